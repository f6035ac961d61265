"""A narrow column beside the main column of a page (shaded boxes "Wat betekent dit voor u?" and "Goed om te
weten" next to the afspraken, a sidebar): a flow of its own, read after the main column's lines on each page.

Its headings title its own boxes. Read as the main column's headings, a box title closes the chapter's label
("Dit is afgesproken:") and the chapter's items on the next page, after the box, land under the box's title and
lose their label. So a side column's headings stack on top of the main column's without closing them, and close
as soon as the main column's text (or a heading across the page) goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from .types import ASIDE_COLUMN, BOX_COLUMN, Page

SIDE_SHARE = 0.6  # a side column is at most this share of the main column's width
SMALLER = 0.95  # and set smaller than the main column's text: a sidebar of notes, not a second column of the text


def side_columns(pages: Sequence[Page]) -> frozenset[tuple[int, int]]:
    """The (page, column) of each whitespace column that stands right of a wider column on its page, at most
    SIDE_SHARE of its width, its text set smaller (by the median size of their lines); and of each box read apart
    from the panel it stands in (a key figure, `parse.panels`)."""
    found: set[tuple[int, int]] = set()
    for page in pages:
        found.update((page.number, line.column) for line in page.lines if line.column >= ASIDE_COLUMN)
        spans: dict[int, tuple[float, float]] = {}
        sizes: dict[int, list[float]] = {}
        for line in page.lines:
            if 1 <= line.column < BOX_COLUMN:
                x0, x1 = spans.get(line.column, (line.x0, line.x1))
                spans[line.column] = (min(x0, line.x0), max(x1, line.x1))
                sizes.setdefault(line.column, []).append(line.size)
        if len(spans) < 2:
            continue
        main = max(spans, key=lambda c: spans[c][1] - spans[c][0])
        m0, m1 = spans[main]
        size = median(sizes[main])
        found.update((page.number, c) for c, (x0, x1) in spans.items()
                     if c != main and x0 >= m1 and x1 - x0 <= SIDE_SHARE * (m1 - m0)
                     and median(sizes[c]) <= SMALLER * size)
    return frozenset(found)
