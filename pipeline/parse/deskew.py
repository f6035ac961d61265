"""A scanned page turned by a small angle (its OCR text layer follows the sheet): the words turned back upright, so
that lines group by baseline and indents line up as on the sheet (issue #21)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import median
from typing import Any, TypeVar

from .geometry import Word

MIN_SLOPE = 0.002  # below ~0.1 degree a page is upright: the turn moves a baseline less than a point over the page
MAX_SLOPE = 0.06  # above ~3.5 degrees it is no scanner's skew but a turned element (a stamp, a margin note)
MIN_RUNS = 3  # runs of words on one baseline that must agree on the angle
MIN_RUN_WORDS = 4
MIN_RUN_SPAN = 10.0  # a run at least this many font sizes wide: short runs say little about the angle

T = TypeVar("T", bound=Any)


def _runs(words: Sequence[Word]) -> list[list[Word]]:
    """Words that follow each other in the page's text order on one baseline, left to right, a word space apart."""
    runs: list[list[Word]] = []
    current: list[Word] = []
    size = bottom = x1 = 0.0  # the previous word's (every page's words pass here: no attribute looked up twice)
    for word in words:
        prev_size, prev_bottom, prev_x1 = size, bottom, x1
        size, bottom, x1 = word.size, word.bottom, word.x1
        if current and abs(size - prev_size) < 0.1 * prev_size and abs(bottom - prev_bottom) < 0.3 * prev_size \
                and -0.1 * prev_size <= word.x0 - prev_x1 < prev_size:
            current.append(word)
            continue
        current = [word]
        runs.append(current)
    return [r for r in runs if len(r) >= MIN_RUN_WORDS and r[-1].x1 - r[0].x0 >= MIN_RUN_SPAN * r[0].size]


def _slope(run: Sequence[Word]) -> float:
    """The least-squares slope of a run's baselines (points down per point right)."""
    xs = [(w.x0 + w.x1) / 2 for w in run]
    mx, my = sum(xs) / len(xs), sum(w.bottom for w in run) / len(run)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (w.bottom - my) for x, w in zip(xs, run, strict=True)) / sxx if sxx else 0.0


def page_skew(words: Sequence[Word]) -> float:
    """The slope the page's baselines run at (the median of its runs of words), or 0.0 when the page is upright,
    has too few runs to tell, or its runs disagree (text set at angles on purpose)."""
    slopes = sorted(_slope(r) for r in _runs(words))
    if len(slopes) < MIN_RUNS:
        return 0.0
    mid = median(slopes)
    if not MIN_SLOPE <= abs(mid) <= MAX_SLOPE:
        return 0.0
    agree = sum(abs(s - mid) <= abs(mid) / 2 for s in slopes)
    return mid if agree * 2 > len(slopes) else 0.0


def unturn(items: Sequence[T], slope: float, cx: float, cy: float) -> list[T]:
    """Words or markers (named tuples with x0, top, bottom and maybe x1) turned back by the angle of `slope` about
    (cx, cy): each keeps its width and height, its baseline start moves."""
    angle = math.atan(slope)
    cos, sin = math.cos(angle), math.sin(angle)
    out: list[T] = []
    for item in items:
        dx, dy = item.x0 - cx, item.bottom - cy
        x0, bottom = cx + dx * cos + dy * sin, cy - dx * sin + dy * cos
        moved = {"x0": x0, "top": bottom - (item.bottom - item.top), "bottom": bottom}
        if hasattr(item, "x1"):
            moved["x1"] = x0 + (item.x1 - item.x0)
        out.append(item._replace(**moved))
    return out
