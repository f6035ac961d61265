"""A framed box with a coloured strip down one side (a slide's or a card's accent bar) is no one-row table.

The strip is a filled rectangle inside the frame, as tall as it: its edge is a rule from the top of the frame to
the bottom, so the frame reads as a ruled table of one row and two cells, a narrow empty one and the box's text.
As a table it hides the box: boxes side by side are columns only where no table overlaps them
(`boxes.side_by_side`), so the slide beside it on a hand-out page loses its column and its lines interleave with
the page's others. A grid of one row whose cells are the text and, at its left or right edge, a strip too narrow
for a column of its own and holding no word is taken for the box it frames.
"""

from __future__ import annotations

from collections.abc import Sequence

from .geometry import Grid, Word, holds_text

MAX_STRIP_WIDTH = 12.0  # points: a number column ("1", "12") is wider than this
MAX_STRIP_SHARE = 0.08  # of the box's width
AT_EDGE = 1.0  # points a strip's side may stand from the frame's: both are drawn on the same rule


def _is_strip(cell: tuple[float, float, float, float], grid: Grid, words: Sequence[Word]) -> bool:
    """Whether a cell is the accent strip: at the frame's left or right edge, narrow, holding no word."""
    x0, _, x1, _ = cell
    at_edge = abs(x0 - grid.x0) < AT_EDGE or abs(x1 - grid.x1) < AT_EDGE
    return at_edge and x1 - x0 <= min(MAX_STRIP_WIDTH, MAX_STRIP_SHARE * (grid.x1 - grid.x0)) \
        and not holds_text(cell, words)


def is_accent_strip_box(grid: Grid, words: Sequence[Word]) -> bool:
    """Whether a ruled grid is a box with an accent strip: one row of two cells, one of them an empty strip at an
    edge (see the module docstring)."""
    if len(grid.rows) != 1 or len(grid.rows[0]) != 2 or None in grid.rows[0]:
        return False
    return sum(_is_strip(cell, grid, words) for cell in grid.rows[0] if cell is not None) == 1


def drop_accent_strip_boxes(grids: Sequence[Grid], words: Sequence[Word]) -> list[Grid]:
    """The grids of a page without those that are boxes with an accent strip (`is_accent_strip_box`)."""
    return [g for g in grids if not is_accent_strip_box(g, words)]
