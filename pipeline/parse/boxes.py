"""Drawn boxes side by side: rectangles that stand as columns on a page ("afsprakenkaart", theme cards).

Two or more framed boxes next to each other interleave line by line in a plain reading of the page, as two
columns would; each is read whole, box by box, left to right, the row of boxes where its top stands among the
other lines. A box's header bar (a smaller rectangle inside it) is text of the box like any other. A single box
(a title band, a framed note) or the cells of a ruled table (touching each other) are no such columns.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from .geometry import Word

Box = tuple[float, float, float, float]  # x0, top, x1, bottom (top-down page coordinates)
Rule = tuple[str, float, float, float]  # orientation ("h" or "v"), position, start, end

MIN_WIDTH = 100.0  # a box narrower than this is a mark or a cell, not a column of text
MIN_FRAME = 40.0  # the narrowest box found at all: a framed key figure inside a panel (`panels.inner_boxes`)
MIN_HEIGHT = 40.0
MIN_GAP = 4.0  # boxes side by side stand apart; table cells share their rules
MAX_RULES = 5_000  # a page drawing more rules long enough for a box side is a drawing, not a page of boxes


def rules_to_boxes(rules: Iterable[Rule], tolerance: float = 1.5) -> list[Box]:
    """The rectangles whose four sides are drawn rules: a row rule at the top and one at the bottom over the same
    span, and a column rule at each end of it from the top to the bottom.

    Rules are bucketed by position (buckets as wide as the tolerance), so each row rule meets only the rows of
    its own span and each end only the column rules near it. Only rules long enough to be the side of a box
    MIN_FRAME wide (a panel's framed key figure; `side_by_side` asks wider) take part, and a page with more than
    MAX_RULES of them finds none: a hostile page of
    tens of thousands of marks (issue #23) costs linear work, not every row against every row and column."""
    found_rules = _box_sides(rules, tolerance)
    if found_rules is None:
        return []
    rows, columns = found_rules
    by_start: dict[int, list[int]] = {}
    for i, (_, x0, _) in enumerate(rows):
        by_start.setdefault(_bucket(x0, tolerance), []).append(i)
    starting_near: dict[int, list[int]] = {}  # per bucket: the rows in it and the two on each side
    found: set[Box] = set()
    for i, (top, x0, x1) in enumerate(rows):
        k = _bucket(x0, tolerance)
        candidates = starting_near.get(k)
        if candidates is None:
            candidates = starting_near[k] = [j for key in range(k - 2, k + 3) for j in by_start.get(key, ())]
        left = right = -math.inf
        asked = False
        for j in candidates:
            bottom, b0, b1 = rows[j]
            if j == i or bottom - top < MIN_HEIGHT or abs(b0 - x0) > tolerance or abs(b1 - x1) > tolerance:
                continue
            if not asked:
                left, right, asked = _reach(columns, x0, top, tolerance), _reach(columns, x1, top, tolerance), True
            if left >= bottom - tolerance and right >= bottom - tolerance:
                found.add((round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1)))
    return sorted(found, key=lambda b: (b[1], b[0], b[2], b[3]))


def _reach(columns: dict[int, list[tuple[float, float, float]]], x: float, top: float, tolerance: float) -> float:
    """How far down a column rule at x that starts by `top` runs (-inf: none): a box from `top` down to a bottom
    has this side when the reach is at least the bottom less the tolerance (asked once per top, not per bottom)."""
    k = _bucket(x, tolerance)
    lowest = -math.inf
    for key in range(k - 2, k + 3):  # a superset of the values within the tolerance, float rounding aside
        for pos, start, end in columns.get(key, ()):
            if end > lowest and abs(pos - x) <= tolerance and start <= top + tolerance:
                lowest = end
    return lowest


def _box_sides(rules: Iterable[Rule], tolerance: float
               ) -> tuple[list[tuple[float, float, float]], dict[int, list[tuple[float, float, float]]]] | None:
    """The row rules, and the column rules bucketed by position, long enough to be a side of a box MIN_FRAME wide
    and MIN_HEIGHT tall; None past MAX_RULES of them."""
    slack = 2 * tolerance + 0.5  # both ends within the tolerance, and the rounding of the box
    rows: list[tuple[float, float, float]] = []
    columns: dict[int, list[tuple[float, float, float]]] = {}
    count = 0
    for orientation, pos, start, end in rules:
        if end - start < (MIN_FRAME if orientation == "h" else MIN_HEIGHT) - slack:
            continue
        count += 1
        if count > MAX_RULES:
            return None
        if orientation == "h":
            rows.append((pos, start, end))
        else:
            columns.setdefault(_bucket(pos, tolerance), []).append((pos, start, end))
    return rows, columns


def _bucket(value: float, width: float) -> int:
    return int(value // width) if width > 0 else int(value)


def side_by_side(boxes: Sequence[Box], avoid: Sequence[Box] = ()) -> list[Box]:
    """The outermost boxes wide and tall enough to hold text that stand beside another such box (sharing part of
    its height, apart from it by a gap), none overlapping a box of `avoid` (a ruled table)."""
    big = [b for b in boxes if b[2] - b[0] >= MIN_WIDTH and b[3] - b[1] >= MIN_HEIGHT
           and not any(_overlap(b, a) for a in avoid)]
    outer = [b for b in big if not any(o != b and _contains(o, b) for o in big)]
    return [b for b in outer if any(_beside(b, o) for o in outer if o != b)]


def _contains(outer: Box, inner: Box, tolerance: float = 1.0) -> bool:
    return (outer[0] - tolerance <= inner[0] and outer[1] - tolerance <= inner[1]
            and inner[2] <= outer[2] + tolerance and inner[3] <= outer[3] + tolerance)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _beside(a: Box, b: Box) -> bool:
    shared = min(a[3], b[3]) - max(a[1], b[1])
    gap = max(a[0], b[0]) - min(a[2], b[2])
    return shared >= 0.5 * min(a[3] - a[1], b[3] - b[1]) and gap >= MIN_GAP


def words_to_boxes(words: Sequence[Word], boxes: Sequence[Box]) -> tuple[list[list[Word]], list[Word]]:
    """The words whose centre lies in each box, and the words in none."""
    inside: list[list[Word]] = [[] for _ in boxes]
    outside: list[Word] = []
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        for i, (x0, top, x1, bottom) in enumerate(boxes):
            if x0 <= cx <= x1 and top <= cy <= bottom:
                inside[i].append(w)
                break
        else:
            outside.append(w)
    return inside, outside


def box_rows(boxes: Sequence[Box]) -> list[list[int]]:
    """The indices of `boxes` in reading order, grouped in rows of boxes that share height, each left to right."""
    rows: list[list[int]] = []
    for i in sorted(range(len(boxes)), key=lambda k: boxes[k][1]):
        for row in rows:
            if any(_beside(boxes[i], boxes[k]) or boxes[i][1] < boxes[k][3] and boxes[k][1] < boxes[i][3]
                   for k in row):
                row.append(i)
                break
        else:
            rows.append([i])
    return [sorted(row, key=lambda k: boxes[k][0]) for row in rows]
