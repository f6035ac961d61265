"""Panels: a page divided into drawn boxes side by side (a placemat's theme quadrants, an infographic's cards),
each read as a small page of its own.

A panel holds more than one text: its items may flow over two whitespace columns, and a framed box inside it (a
key figure, "Kerncijfer 2.150 woningen") stands beside its items on the same baselines. Read as one run of lines,
the columns and the box interleave word by word. So a panel's own words are laid out with its own gutters, and
each box drawn inside it is read apart, right after the panel's title (its context, never the tail of the item it
stands beside). A circle drawn over the corners of several panels (the shared ambition) is no panel's text: it is
read apart after the first row of panels it overlaps.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from ..types import ASIDE_COLUMN, Line
from .boxes import Box, box_rows, words_to_boxes
from .geometry import Grid, Word

MAX_INNER_WIDTH = 0.75  # of the panel's width: a box as wide as the panel holds its body (a frame), no aside
TOLERANCE = 1.0
SMALL_GRID = 12  # cells: up to this many compared pairwise in Python, more in one numpy comparison
MAX_BAR = 40.0  # points: a title bar drawn on top of a panel is no taller (a box of that height is a panel itself)

# the lines of words between x0 and x1, their whitespace columns numbered 1, 2, ... (0: a line across them)
ReadRegion = Callable[[Sequence[Word], float, float], list[Line]]


def with_title_bars(panels: Sequence[Box], rules: Sequence[tuple[float, float, float]]) -> list[Box]:
    """Each panel grown up over the title bar drawn right on top of it, not inside it: a bar whose top is a row
    rule (`rules`: y, x0, x1) at most MAX_BAR above the panel's top, within its width and over half of it, that
    is no other panel's foot. The bar's title is then the panel's, not one line with the next panel's title."""
    feet = [p[3] for p in panels]
    out = []
    for x0, top, x1, bottom in panels:
        tops = [y for y, a, b in rules if top - MAX_BAR <= y < top - 2 and x0 - 1 <= a and b <= x1 + 1
                and b - a >= 0.5 * (x1 - x0) and not any(abs(y - foot) <= 2 for foot in feet)]
        out.append((x0, min(tops), x1, bottom) if tops else (x0, top, x1, bottom))
    return out


def without_nested_cells(grids: Sequence[Grid]) -> list[Grid]:
    """The grids that are tables: not those with a cell inside another (a tinted panel and the shorter title bar
    drawn over its top, which the ruled finder takes for two cells of one row), whose text is the panel's."""
    kept = []
    for grid in grids:
        cells = [c for row in grid.rows for c in row if c is not None]
        if not _any_nested(cells):
            kept.append(grid)
    return kept


def _any_nested(cells: Sequence[Box]) -> bool:
    """Whether a cell lies inside another (`_inside`): pairwise in Python for a few cells, in one array comparison
    for more (a large grid's every pair in Python cost ~0.8 s over the corpus; same comparisons, same answer)."""
    if len(cells) <= SMALL_GRID:
        return any(a != b and _inside(b, a) for a in cells for b in cells)
    arr = np.array(cells, dtype=float)
    x0, top, x1, bottom = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
    inside = ((x0[:, None] - TOLERANCE <= x0[None, :]) & (top[:, None] - TOLERANCE <= top[None, :])
              & (x1[None, :] <= x1[:, None] + TOLERANCE) & (bottom[None, :] <= bottom[:, None] + TOLERANCE))
    differ = (arr[:, None, :] != arr[None, :, :]).any(axis=2)
    return bool((inside & differ).any())


def _inside(inner: Box, outer: Box) -> bool:
    return (outer[0] - TOLERANCE <= inner[0] and outer[1] - TOLERANCE <= inner[1]
            and inner[2] <= outer[2] + TOLERANCE and inner[3] <= outer[3] + TOLERANCE)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inner_boxes(panel: Box, drawn: Sequence[Box]) -> list[Box]:
    """The boxes drawn inside a panel that stand beside its text (narrower than MAX_INNER_WIDTH of it), outermost
    only, top to bottom."""
    width = panel[2] - panel[0]
    inside = [b for b in drawn if b != panel and _inside(b, panel) and b[2] - b[0] <= MAX_INNER_WIDTH * width]
    outer = [b for b in inside if not any(o != b and _inside(b, o) for o in inside)]
    return sorted(set(outer), key=lambda b: (b[1], b[0]))


def overlays(panels: Sequence[Box], drawn: Sequence[Box]) -> list[Box]:
    """The boxes drawn over two panels or more and inside none (a circle at the crossing of four quadrants)."""
    found = [b for b in drawn if not any(_inside(b, p) for p in panels)
             and sum(_overlaps(b, p) for p in panels) >= 2]
    return sorted(set(found), key=lambda b: (b[1], b[0]))


def overlay_words(panels: Sequence[Box], words: Sequence[Word], drawn: Sequence[Box]
                  ) -> tuple[list[tuple[Box, list[Word]]], list[Word]]:
    """The words of each box drawn over several panels (`overlays`) that holds any, and the words in none. Such a
    box is a circle or an oval at the panels' crossing: a word is in it when its centre lies in the ellipse its
    box bounds, so the panels' text in the corners of that box stays theirs."""
    found = overlays(panels, drawn)
    inside: list[list[Word]] = [[] for _ in found]
    rest: list[Word] = []
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        for k, (x0, top, x1, bottom) in enumerate(found):
            rx, ry = (x1 - x0) / 2, (bottom - top) / 2
            if ((cx - x0 - rx) / rx) ** 2 + ((cy - top - ry) / ry) ** 2 <= 1.0:
                inside[k].append(w)
                break
        else:
            rest.append(w)
    return [(box, own) for box, own in zip(found, inside, strict=True) if own], rest


def panel_lines(panels: Sequence[Box], words: Sequence[Sequence[Word]], drawn: Sequence[Box], read: ReadRegion,
                first_column: int, over: Sequence[tuple[Box, Sequence[Word]]] = ()) -> list[list[Line]]:
    """Per panel (its words in `words`), its lines in reading order: its own text by its whitespace columns, the
    text of each box drawn inside it right after its leading title lines (bold ones); then the text of each
    overlay (`overlay_words`) whose top is below the panel's, when it is the last such panel in reading order.
    A panel's first column is numbered `first_column` + its index, its further columns after the panels', the
    boxes read apart from ASIDE_COLUMN on."""
    out: list[list[Line]] = []
    spare, aside = first_column + len(panels), ASIDE_COLUMN
    for k, (panel, own) in enumerate(zip(panels, words, strict=True)):
        column = first_column + k
        boxes = inner_boxes(panel, drawn)
        in_boxes, rest = words_to_boxes(own, boxes) if boxes else ([], list(own))
        body = read(rest, panel[0], panel[2])
        numbers = {c: (column if c <= 1 else spare + c - 2) for c in {ln.column for ln in body}}
        spare += max(0, len(numbers) - 1)
        body = [_renumber(ln, numbers[ln.column]) for ln in body]
        asides: list[Line] = []
        for box_words in in_boxes:
            if box_words:
                asides += [_renumber(ln, aside) for ln in read(box_words, 0.0, 0.0)]
                aside += 1
        title = 0
        while title < len(body) and body[title].bold:
            title += 1
        out.append([*body[:title], *asides, *body[title:]])
    order = [k for row in box_rows(panels) for k in row]
    for box, box_words in over:
        above = [k for k in order if panels[k][1] <= box[1]] or order[:1]
        out[above[-1]] += [_renumber(ln, aside) for ln in read(box_words, 0.0, 0.0)]
        aside += 1
    return out


def _renumber(line: Line, column: int) -> Line:
    return line if line.column == column else replace(line, column=column)
