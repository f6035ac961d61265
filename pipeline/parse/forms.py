"""A fill-in form printed filled in: labelled boxes, each label beside or above its box, the label rows between
the boxes. Two things the layout would otherwise lose or misread on such a page.

A label printed on the form's paper to the left of its box ("Afspraak" beside the box holding the text) lies
within the ruled grid of the boxes around it but in no drawn cell: it becomes the cell in front of its box
(`beside_boxes`), so the row reads "Afspraak | <text>" as a card's row does. And the label rows between the
boxes ("Betrokken partijen ☒ ... ☐ ...", "Trekker  Gereed in  Indicator" over three boxes) line up down the page
like columns, but boxes spanning the page cut them into stretches of a line or two: whitespace columns run on
for longer (`cut_by_tables`).
"""

from __future__ import annotations

from collections.abc import Sequence

from .boxes import words_to_boxes
from .geometry import Grid, Word, cluster_baselines

MAX_FORM_LINES = 2  # a form's label rows between two boxes: a row of check boxes and a row of labels


def beside_boxes(grid: Grid, words: Sequence[Word],
                 rows: Sequence[tuple[str | None, ...]]) -> list[tuple[str | None, ...]]:
    """`rows` (the cell texts of `grid`) with the words of a row that lie in none of its drawn cells put in the
    undrawn cell (None) before the first drawn cell to their right: a label beside its box."""
    out = [tuple(row) for row in rows]
    open_rows = [r for r, boxes in enumerate(grid.rows) if None in boxes and any(b is not None for b in boxes)]
    if not open_rows:  # most tables: every cell drawn
        return out
    cells = [b for row in grid.rows for b in row if b is not None]
    for r in open_rows:
        boxes = grid.rows[r]
        drawn = [b for b in boxes if b is not None]
        top, bottom = min(b[1] for b in drawn), max(b[3] for b in drawn)
        # in no drawn cell of the grid: not in a cell merged down over the rows below it either
        _, loose = words_to_boxes([w for w in words if top <= (w.top + w.bottom) / 2 <= bottom], cells)
        if not loose:
            continue
        texts = list(out[r])
        for k, box in enumerate(boxes):
            if box is not None or texts[k] is not None:
                continue
            right = next((b[0] for b in boxes[k + 1:] if b is not None), grid.x1)
            left = next((b[2] for b in reversed(boxes[:k]) if b is not None), grid.x0)
            mine = [w for w in loose if left <= (w.x0 + w.x1) / 2 <= right]
            if mine:
                texts[k] = " ".join(w.text for line in cluster_baselines(mine)
                                    for w in sorted(line, key=lambda w: w.x0))
        out[r] = tuple(texts)
    return out


def cut_by_tables(gutter: float, body: Sequence[Word], grids: Sequence[Grid], height: float) -> bool:
    """Whether the tables spanning across a gutter cut the page's lines into stretches of at most MAX_FORM_LINES
    (a form's label rows between its boxes), so that the gutter parts no columns. Only the lines it parts count:
    a heading or a paragraph across it in the same stretch is none of a column's. `body`: the page's words
    outside its tables and running bands (`geometry.body_words`), as the gutters were found in."""
    spanning = sorted((g.top, g.bottom) for g in grids if g.x0 < gutter < g.x1)
    if not spanning:
        return False
    cuts = [0.0, *(y for band in spanning for y in band), height]
    for top, bottom in zip(cuts[::2], cuts[1::2], strict=True):
        lines = cluster_baselines([w for w in body if top <= w.top and w.bottom <= bottom])
        if sum(1 for line in lines if _split(line, gutter)) > MAX_FORM_LINES:
            return False
    return True


def _split(line: Sequence[Word], gutter: float) -> bool:
    """Whether a gutter parts a line: words on both sides of it, none across it."""
    return any(w.x1 <= gutter for w in line) and any(w.x0 >= gutter for w in line) \
        and not any(w.x0 < gutter < w.x1 for w in line)
