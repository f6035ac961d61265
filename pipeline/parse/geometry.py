"""The shapes the layout works with: words with their boxes, table grids, and words grouped by baseline.

Apart from `layout` so that `unruled` (tables drawn without rules) can use them without importing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple


class Word(NamedTuple):
    """Adjacent glyphs between spaces."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool



@dataclass(frozen=True, slots=True)
class Grid:
    """A ruled table found on a page: its box and, per row, the box of each cell (None where merged)."""

    x0: float
    top: float
    x1: float
    bottom: float
    rows: tuple[tuple[tuple[float, float, float, float] | None, ...], ...]



def cluster_baselines(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped by shared baseline, across the whole page width."""
    groups: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.bottom, w.x0)):
        if groups and abs(word.bottom - groups[-1][0].bottom) <= 0.45 * max(word.size, groups[-1][0].size):
            groups[-1].append(word)
        else:
            groups.append([word])
    return groups


