"""Line numbering in a page margin ("5", "10", ... "180" beside every fifth line, as in legislative drafts and
council proposals): taken out of a page's words before its lines are built, in both backends.

Left in, each number joins the body line it stands beside and ends up inside an afspraak's text ("in het plan
50 Kampereiland-Zuid"), or is read as an afspraak number, a quantity or a page number. A line numbering is a
column of bare numbers at one x (left or right aligned), in a margin no other body word reaches, that go up down
the page in steps of 5 or 10 (every fifth or tenth line, counted per page or through the document), or of 1 in
print smaller than the lines they stand on (every line). What stays: afspraak numbers set in a margin column
("1", "2", "3" on the first line of each afspraak, or a contents list's chapter numbers: steps of 1 in the
text's own size) and a table's column of figures (which body text above or below reaches into, and which does
not go up in even steps).
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from math import gcd

from .geometry import Word

NUMBER = re.compile(r"[1-9]\d{0,3}")
ALIGN = 1.5  # points: numbers of one column share their left or their right edge within this
STEPS = (5, 10)  # every fifth or tenth line numbered
SMALLER = 0.9  # of the size of the words on its baseline: a number set smaller than the line it numbers
BAND = 0.08  # of the page height: running headers and footers above and below it do not count as body text

_X0 = operator.attrgetter("x0")
_X1 = operator.attrgetter("x1")
_TOP = operator.attrgetter("top")
_BOTTOM = operator.attrgetter("bottom")


def drop_line_numbers(words: Sequence[Word], height: float) -> Sequence[Word]:
    """A page's words without the numbers of a margin line numbering (the words themselves when there is none)."""
    numbers = [w for w in words if len(w.text) <= 4 and w.text.isdigit() and NUMBER.fullmatch(w.text)]
    if len(numbers) < 2:
        return words  # most pages: no column of numbers to weigh
    found: set[int] = set()
    for column in _columns(numbers):
        if _is_numbering(column, words, height):
            found.update(id(w) for w in column)
    if not found:
        return words
    return [w for w in words if id(w) not in found]


def _columns(numbers: list[Word]) -> list[list[Word]]:
    """Groups of two or more numbers that share a right edge (within `ALIGN`: "5" and "10" of a numbering set
    flush right), and those that share a left edge: a number can be in one of each."""
    out: list[list[Word]] = []
    for edge in (_X1, _X0):
        ordered = sorted(numbers, key=edge)
        start = 0
        for k in range(1, len(ordered) + 1):
            if k < len(ordered) and edge(ordered[k]) - edge(ordered[start]) <= ALIGN:
                continue
            if k - start >= 2:
                out.append(ordered[start:k])
            start = k
    return out


def _is_numbering(column: list[Word], words: Sequence[Word], height: float) -> bool:
    """Whether a column of numbers is a line numbering: in a margin of its own, going up in even steps down the
    page, each number on the baseline of a body line (see the module docstring)."""
    column.sort(key=_TOP)
    values = [int(w.text) for w in column]
    diffs = [b - a for a, b in zip(values, values[1:], strict=False)]
    if min(diffs) <= 0:
        return False
    step = 0
    for d in diffs:
        step = gcd(step, d)
    if step not in (1, *STEPS) or 2 * sum(d == step for d in diffs) < len(diffs):
        return False
    if step == 1 and (len(column) < 3 or any(d != 1 for d in diffs)):
        return False
    members = {id(w) for w in column}
    lo, hi = min(w.x0 for w in column), max(w.x1 for w in column)
    top, bottom = BAND * height, (1 - BAND) * height
    others = [w for w in words if id(w) not in members]
    if any(w.x0 < hi and w.x1 > lo and top < w.top < bottom for w in others):
        return False  # body text reaches into the column: a table's figures or numbers within the text
    if step == 1 and not _every_line(column, others):
        return False  # "10", "11", "12" on the first lines of afspraken of several lines: afspraak numbers
    if step == 1 or len(column) == 2:  # every line numbered, or only two numbers: only in smaller print
        return _smaller_than_their_lines(column, others) == len(column)
    return 2 * _on_baselines(column, others) >= len(column)


def _line_sizes(column: list[Word], others: list[Word]) -> list[float | None]:
    """Per number, the largest size of the other words on its baseline (None: it stands alone)."""
    ordered = sorted(others, key=_BOTTOM)
    bottoms = [w.bottom for w in ordered]
    sizes: list[float | None] = []
    for w in column:
        tolerance = 0.45 * max(w.size, 1.0) + 1.0
        near = ordered[bisect_left(bottoms, w.bottom - tolerance):bisect_right(bottoms, w.bottom + tolerance)]
        sizes.append(max((o.size for o in near), default=None))
    return sizes


def _every_line(column: list[Word], others: list[Word]) -> bool:
    """Whether no other line stands between two numbers that follow each other (every line numbered)."""
    bottoms = sorted(w.bottom for w in others)
    for a, b in zip(column, column[1:], strict=False):
        tolerance = 0.45 * max(a.size, b.size, 1.0) + 1.0
        if bisect_right(bottoms, b.bottom - tolerance) > bisect_right(bottoms, a.bottom + tolerance):
            return False
    return True


def _smaller_than_their_lines(column: list[Word], others: list[Word]) -> int:
    """How many numbers stand on a line of larger print."""
    return sum(s is not None and w.size < SMALLER * s for w, s in zip(column, _line_sizes(column, others),
                                                                      strict=True))


def _on_baselines(column: list[Word], others: list[Word]) -> int:
    """How many numbers share their baseline with other words."""
    return sum(s is not None for s in _line_sizes(column, others))
