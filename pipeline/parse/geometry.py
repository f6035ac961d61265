"""The shapes the layout works with: words with their boxes, table grids, and words grouped by baseline.

Apart from `layout` so that `unruled` (tables drawn without rules) can use them without importing it.
"""

from __future__ import annotations

import operator
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
    group: list[Word] = []
    base = size = 0.0  # the first word of the group: its bottom and size
    for word in sorted(words, key=_BOTTOM_X0):
        bottom, word_size = word[4], word[5]  # Word.bottom, Word.size
        if group and abs(bottom - base) <= 0.45 * (word_size if word_size > size else size):
            group.append(word)
        else:
            group = [word]
            groups.append(group)
            base, size = bottom, word_size
    return groups


_BOTTOM_X0 = operator.itemgetter(4, 1)  # Word.bottom, Word.x0

RUNNING_BAND = 0.08  # of the page height, at its top and at its foot: where running headers and footers stand


def body_words(words: Sequence[Word], height: float) -> list[Word]:
    """The words of a page's body: those in the running header and footer bands left out, so that a header's
    or a page number's position never shapes the body's columns."""
    return [w for w in words if RUNNING_BAND * height < w.top < (1 - RUNNING_BAND) * height]




def holds_text(box: tuple[float, float, float, float], words: Sequence[Word]) -> bool:
    """Whether a box (x0, top, x1, bottom) holds a word: one whose centre lies in it (an empty cell holds none)."""
    x0, top, x1, bottom = box
    return any(x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom for w in words)
