"""Afspraak numbers set in a margin column and centred on their text (a borderless table row whose cells are
aligned to the middle): the number stands beside a middle line of its afspraak, so it is moved to the first.

Left where it is, the number opens an item halfway through the afspraak and the lines above it are read into the
afspraak before. A number counts as centred only where the row's lines are set apart from the rows above and below
by more than the lines of one row are (row padding), there are lines above it and as many or one more below (the
middle of the row), all set in one size, and the line just above it runs on into the number's line.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import replace

from .numbering import find_marker
from .types import Line, Page

NUMBERED = frozenset({"decimal", "number", "prefixed", "bare", "afspraak", "label"})
SET_APART = 2.0  # of the size: how far left of its text's lines a margin number's line starts
ALIGN = 2.0  # points: lines of one text share their left edge within this
PITCH = 1.15  # times the page's usual line pitch: lines of one row are at most this far apart
CLOSES = (".", ":", ";", "!", "?")  # a line above the number that ends so is no part of its afspraak (a lead-in)


def _number(line: Line) -> str | None:
    """The number a line opens with, as printed, when it is one of an afspraak (not a bullet)."""
    found = find_marker(line.text)
    return found[1] if found is not None and found[0] in NUMBERED else None


def _pitch(lines: Sequence[Line]) -> float | None:
    """The usual distance from one line's top to the next's on the page (the lower of the common ones)."""
    steps = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False)
             if a.column == b.column and 0 < b.top - a.top < 2.5 * a.size]
    return statistics.quantiles(steps, n=4)[0] if len(steps) >= 4 else None


def _run(lines: Sequence[Line], at: int, step: int, text_x: float, pitch: float) -> tuple[int, bool]:
    """How many lines of the text go on from line `at` upwards (step -1) or downwards (+1), and whether the run
    ends at a wider gap or another kind of line (True) rather than at another number's line (False)."""
    count, k = 0, at
    while 0 <= k + step < len(lines):
        nxt = lines[k + step]
        if abs(nxt.top - lines[k].top) > PITCH * pitch or nxt.column != lines[at].column \
                or abs(nxt.size - lines[at].size) > 0.5:  # a note or field line set smaller under a text
            return count, True
        if abs(nxt.x0 - text_x) > ALIGN:
            return count, _number(nxt) is None
        count, k = count + 1, k + step
    return count, True


def raise_centred_numbers(page: Page) -> Page:
    """The page with each margin number that stands beside a middle line of its text moved to the text's first
    line (see the module docstring); the page itself when no number is centred."""
    lines = list(page.lines)
    pitch = _pitch(lines)
    if pitch is None:
        return page
    moves: list[tuple[int, int, str, float]] = []
    for i, line in enumerate(lines):
        number = _number(line)
        if number is None:
            continue
        beside = [ln.x0 for ln in lines[max(0, i - 1): i + 2]
                  if ln is not line and ln.x0 > line.x0 + SET_APART * line.size]
        if not beside:
            continue
        text_x = beside[0]
        above, apart_above = _run(lines, i, -1, text_x, pitch)
        below, apart_below = _run(lines, i, 1, text_x, pitch)
        if above and apart_above and apart_below and above <= below <= above + 1 \
                and not lines[i - 1].text.rstrip().endswith(CLOSES):  # its sentence goes on beside the number

            moves.append((i - above, i, number, text_x))
    if not moves:
        return page
    for first, at, number, text_x in moves:
        line = lines[at]
        lines[at] = replace(line, text=line.text[len(number):].lstrip(), x0=text_x)
        lines[first] = replace(lines[first], text=f"{number} {lines[first].text}", x0=line.x0)
    return replace(page, lines=tuple(lines))
