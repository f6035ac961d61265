"""Open tables: rules between the rows only, the columns set apart by white space, some cells shaded.

A planning table often draws a rule under each row and no column rules, and shades the column of the current year
("Nr | Afspraak | Trekker | 2025 | 2026 | ..." with 2026 grey) or the periods a row runs. The shaded cells' sides
are then the only column rules on the page, so the ruled finder sees a grid of the shaded cells (with a header band:
one drawn cell a body row, nothing drawn to its left). That grid is not the table: it is dropped, its grey cells
become marks (`shading_marks`), and the unruled finder reads the columns from the header line
(`unruled.find_unruled_grids`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .geometry import Grid, Word, holds_text
from .shading import MIN_COVER, SHADE, Fill, highlights


def is_shaded_column(grid: Grid) -> bool:
    """Whether a grid's rows below the first each hold one drawn cell only, never the first column's: the sides
    of a shaded column across the rows of an open table."""
    body = grid.rows[1:]
    return len(grid.rows[0]) >= 3 and len(body) >= 2 and all(
        sum(box is not None for box in row) == 1 and row[0] is None for row in body)


def drop_shaded_columns(grids: Sequence[Grid]) -> list[Grid]:
    """The grids that are tables: those that are only a shaded column of an open table (`is_shaded_column`) left out."""
    return [g for g in grids if not is_shaded_column(g)]


def shading_marks(grids: Sequence[Grid], fills: Sequence[Fill], words: Sequence[Word]) -> tuple[list[Grid], list[Word]]:
    """The grids that are tables, and the marks of those that are only the shading of an open table: grey cells
    marking the periods a row runs ("Nr | Actie | 2026 | 2027 | ..." with no column rules), whose sides the ruled
    finder took for a grid beside the rows' text. Each filled cell of such a grid that holds no text becomes the
    mark SHADE at its centre, as a shaded cell of a ruled table does (`shading.shade_table`); a colour that fills
    one column only while another marks other columns highlights that column (the current year) and marks
    nothing."""
    kept: list[Grid] = []
    marks: list[Word] = []
    for grid in grids:
        if not fills or not _beside_text(grid, words):
            kept.append(grid)
            continue
        cells = [(k, box, colour) for row in grid.rows for k, box in enumerate(row)
                 if box is not None and (colour := _colour(box, fills)) is not None and not holds_text(box, words)]
        highlight = highlights((k, colour) for k, _, colour in cells)
        marks += [Word(SHADE, (x0 + x1) / 2 - 3, (x0 + x1) / 2 + 3, (top + bottom) / 2 - 4, (top + bottom) / 2 + 4,
                       8.0, False) for _, (x0, top, x1, bottom), colour in cells if colour not in highlight]
    return kept, marks


def _beside_text(grid: Grid, words: Sequence[Word]) -> bool:
    """Whether text stands left of the grid on most of its rows: the number and text of an open table's rows, whose
    only drawn cells are the shaded ones to the right."""
    rows = [row for row in grid.rows if any(row)]
    if len(rows) < 2:
        return False
    left = [(w.top + w.bottom) / 2 for w in words if w.x1 <= grid.x0]  # the middles of the words left of the grid
    beside = sum(any(box[1] <= middle <= box[3] for middle in left)
                 for row in rows for box in [next(b for b in row if b is not None)])
    return 2 * beside > len(rows)


def _colour(box: tuple[float, float, float, float], fills: Sequence[Fill]) -> tuple[int, int, int] | None:
    """The colour of the last-drawn fill covering most of a cell box, or None."""
    x0, top, x1, bottom = box
    area = (x1 - x0) * (bottom - top)
    for f0, ftop, f1, fbottom, rgb in reversed(fills):
        w, h = min(x1, f1) - max(x0, f0), min(bottom, fbottom) - max(top, ftop)
        if area > 0 and w > 0 and h > 0 and w * h >= MIN_COVER * area:
            return rgb
    return None
