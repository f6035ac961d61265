"""Whitespace columns: the gutters that split a page's words into columns side by side, whatever their number.

A gutter is a white band down the page that (almost) no word crosses, found on the words' x-extents; a page of
three columns has two, found one after the other (the page's, then one within the words beside it). A row of
column titles set far apart marks gutters too, where a column holds a title and little else.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import numpy as np

from .geometry import Word, cluster_baselines

# beside a column found on the page, the fewest words a further column holds (a column title and a short item)
MIN_COLUMN_WORDS = 4
TITLE_GAP = 3.0  # column titles on one line stand this many gutter widths apart, at least
MAX_TITLE_WORDS = 8
# the most whitespace columns a page of text is set in: more are a grid of figures or words without rules, read as
# one text (its column numbers stay below `types.BOX_COLUMN`, the first of a row of drawn boxes)
MAX_COLUMNS = 8
_X0 = operator.itemgetter(1)  # Word.x0
_X1 = operator.itemgetter(2)  # Word.x1


def find_gutters(words: Sequence[Word], width: float, min_gap: float = 10.0, left_edge: float = 0.0) -> list[float]:
    """The x of every gutter of a page (from `left_edge` to `width`: one half of a spread) of whitespace columns,
    left to right, whatever their number: the gutter `find_gutter` finds on the page, then the gutters it finds
    within the words on each side of it (a page of three columns: the one gutter, then the other inside the two
    columns beside it); none on a page of more than MAX_COLUMNS."""
    baselines = cluster_baselines(words)  # the same lines for the gutter and the title row
    first = find_gutter(words, width, min_gap, left_edge, baselines=baselines)
    found: list[float] = []
    if first is not None:
        left = [w for w in words if w.x1 <= first]
        right = [w for w in words if w.x0 >= first]
        found = [*_gutters_within(left, min_gap), first, *_gutters_within(right, min_gap)]
    titled = [x for x in title_row_gutters(words, min_gap, baselines)
              if not any(abs(x - g) <= 3 * min_gap for g in found)]
    gutters = sorted([*found, *titled])
    return gutters if len(gutters) < MAX_COLUMNS else []


SPREAD_MARGIN = 0.08  # of the height: the bands at the top and foot of a page its running header and number stand in
# a page number as a half of a spread prints it: "12", "- 12 -", "Pagina 12", "12 van 40" (not a year)
FOLIO = re.compile(r"^[\W_]*(?:pagina|page|blz\.?|p\.)?\s*\d{1,3}\s*(?:(?:van|/|of)\s*\d{1,3})?[\W_]*$", re.IGNORECASE)


EDGE_FOLIO = re.compile(r"^\d{1,3}$")  # a page number opening or closing a footer phrase (not a year)


def find_spread(words: Sequence[Word], width: float, height: float, min_gap: float = 10.0) -> float | None:
    """The x of the fold of a page that is two pages side by side (an A3 landscape spread of two facing A4
    pages), None on any other page: a landscape page with a white band down its middle that no word crosses, and
    page furniture in each half of its own: a running header or footer (a line of words in the top or bottom
    margin) and a page number, alone or at either end of it. A landscape page of two columns has one header and
    one page number for both; a cover spread with the front page on one half has none in the other."""
    if width <= height or len(words) < 2:
        return None
    fold = width / 2
    if any(w.x0 < fold + min_gap and w.x1 > fold - min_gap for w in words):
        return None
    top, foot = SPREAD_MARGIN * height, (1 - SPREAD_MARGIN) * height
    for half in ([w for w in words if w.x1 <= fold], [w for w in words if w.x0 >= fold]):
        header = folio = False
        for line in cluster_baselines([w for w in half if w.bottom <= top or w.top >= foot]):
            for phrase in _phrases(line):
                text = " ".join(w.text for w in phrase)
                if FOLIO.match(text):
                    folio = True
                elif any(c.isalpha() for c in text):
                    header = True
                    # a running footer with the number at its outer end ("4 Prestatieafspraken 2026")
                    folio = folio or any(EDGE_FOLIO.match(w.text) for w in (phrase[0], phrase[-1]))
        if not (header and folio):
            return None
    return fold


def _phrases(line: Sequence[Word]) -> list[list[Word]]:
    """A baseline's words in phrases: runs of words closer than twice their size."""
    phrases: list[list[Word]] = []
    for w in sorted(line, key=_X0):
        if phrases and w.x0 - phrases[-1][-1].x1 < 2 * w.size:
            phrases[-1].append(w)
        else:
            phrases.append([w])
    return phrases


def title_row_gutters(words: Sequence[Word], min_gap: float = 10.0,
                      baselines: Sequence[Sequence[Word]] | None = None) -> list[float]:
    """The gutters a row of column titles marks: a line of short bold phrases set far apart and larger than the text
    under them ("Waar staan we?", "Wat spreken we af?", "Wat levert het op?"), the text under two of them or more
    starting where they start;
    a gutter just left of each title after the first where the white before it runs down the page under the
    row. A column of a title and little else (a continuation page, a short column) is a column all the same.
    `baselines`: `cluster_baselines(words)` when the caller has them."""
    if baselines is None:
        baselines = cluster_baselines(words)
    for i, line in enumerate(baselines):
        if not all(w[6] for w in line):  # Word.bold: titles are bold, most lines are not; no phrases to build
            continue
        phrases: list[list[Word]] = []
        for w in sorted(line, key=_X0):
            if phrases and w.x0 - phrases[-1][-1].x1 < TITLE_GAP * min_gap:
                phrases[-1].append(w)
            else:
                phrases.append([w])
        if len(phrases) < 2 or any(len(p) > MAX_TITLE_WORDS for p in phrases) \
                or not all(p[0].text[:1].isalpha() for p in phrases):  # "2   Terugblik": a number in a margin
            continue
        below = [w for ln in baselines[i + 1:] for w in ln]
        if not below or min(w.size for w in line) < sorted(w.size for w in below)[len(below) // 2] + 0.5:
            continue  # titles stand out from the text under them (a signature block's bold names do not)
        starts = [p[0].x0 for p in phrases]
        if sum(any(abs(w.x0 - x) <= 3 for w in below) for x in starts) < 2:
            continue
        allowed = max(1, int(0.03 * len(below)))
        gutters = [x - 1 for x in starts[1:]
                   if sum(w.x1 > x - min_gap and w.x0 < x - 1 for w in below) <= allowed]
        return gutters if len(gutters) == len(starts) - 1 else []
    return []


def _gutters_within(words: Sequence[Word], min_gap: float) -> list[float]:
    if len(words) < 40:
        return []
    lo, hi = min(map(_X0, words)), max(map(_X1, words))
    first = find_gutter(words, hi, min_gap, lo, MIN_COLUMN_WORDS)
    if first is None:
        return []
    left = [w for w in words if w.x1 <= first]
    right = [w for w in words if w.x0 >= first]
    return [*_gutters_within(left, min_gap), first, *_gutters_within(right, min_gap)]


def find_gutter(words: Sequence[Word], width: float, min_gap: float = 10.0, left_edge: float = 0.0,
                min_side: int = 20, baselines: Sequence[Sequence[Word]] | None = None) -> float | None:
    """The x of a vertical white band that splits the page (from `left_edge` to `width`) into two populated
    columns, if there is one.

    A gutter is a band at least ``min_gap`` points wide, in the middle half of the page, that (almost) no word
    crosses; the gaps between words of justified single-column text are far narrower. `baselines`:
    `cluster_baselines(words)` when the caller has them.
    """
    if len(words) < 40:
        return None
    size = int(width) + 2
    if baselines is None:  # for the margin marks and the cut, which read the same lines
        baselines = cluster_baselines(words)
    marks = margin_marks(baselines, min_gap)  # a column of them may stand in the band: they never close it
    free_of = [w for w in words if id(w) not in marks] if marks else words
    x0 = np.fromiter(map(_X0, free_of), dtype=np.float64, count=len(free_of))
    x1 = np.fromiter(map(_X1, free_of), dtype=np.float64, count=len(free_of))
    lo = np.clip(x0.astype(np.int64), 0, size)
    hi = np.clip(x1.astype(np.int64) + 1, 0, size)
    keep = lo < hi
    diff = np.bincount(lo[keep], minlength=size + 1) - np.bincount(hi[keep], minlength=size + 1)
    occupancy = np.cumsum(diff[:size])
    allowed = max(1, int(0.03 * len(words)))
    start, stop = int(left_edge + 0.25 * (width - left_edge)), int(left_edge + 0.75 * (width - left_edge)) + 1
    free = np.concatenate(([False], occupancy[start:stop] <= allowed, [False]))
    edges = np.flatnonzero(free[1:] != free[:-1])  # starts and ends of runs of free columns
    if len(edges) == 0:
        return None
    runs = [(int(first), int(end)) for first, end in edges.reshape(-1, 2) if end - 1 - first >= min_gap]
    # the clearest free runs first (the fewest words across them at their whitest: the white between two columns,
    # not a band that only a short column's lines cross beside a long one), then the longest, left to right
    band = occupancy[start:stop]
    runs.sort(key=lambda run: (int(band[run[0]:run[1]].min()), run[0] - run[1], run[0]))
    for first, end in runs:
        best = (start + first, start + end - 1)
        gutter = _cut_in_band(baselines, best, min_gap)
        if _splits_columns(words, gutter, min_side):
            return gutter
    return None


def _splits_columns(words: Sequence[Word], gutter: float, min_side: int) -> bool:
    """Whether a gutter at x has `min_side` words or more on either side, the two columns side by side."""
    left = [w for w in words if w.x1 <= gutter]
    right = [w for w in words if w.x0 >= gutter]
    if len(left) < min_side or len(right) < min_side:
        return False
    top = max(min(w.top for w in left), min(w.top for w in right))
    bottom = min(max(w.bottom for w in left), max(w.bottom for w in right))
    shorter = min(max(w.bottom for w in side) - min(w.top for w in side) for side in (left, right))
    return bottom - top >= 0.5 * shorter  # the columns share most of their height


MARGIN_MARK = re.compile(r"^(?:[A-Z]{1,2}[.\-]?)?\d{1,2}(?:\.\d{1,2})?[.)]?$")
# The same, searched over a baseline's words joined by line ends: it finds every word MARGIN_MARK matches
# (and may find more where a word holds a line end, which the match per word then sorts out).
_ANY_MARK = re.compile(MARGIN_MARK.pattern, re.MULTILINE)


def margin_marks(baselines: Sequence[Sequence[Word]], min_gap: float) -> set[int]:
    """The ids of the margin numbers among the words of `baselines` (`cluster_baselines`) ("B6", "12", "3.1"): a
    short number that opens a phrase (no word within `min_gap` before it on its baseline) or stands in a column of
    three or more (the same x0, give or take 2 points), however close the other column's text ends before it. On
    a sparse page the few words that cross a gutter are many of all its words, so a column of them in the white
    between the columns would close it."""
    marks: set[int] = set()
    candidates: list[Word] = []
    for line in _lines_with_a_mark(baselines):  # most lines hold none and need not be walked in x order
        ordered = sorted(line, key=_X0)
        for before, word in zip([None, *ordered], ordered, strict=False):
            if MARGIN_MARK.match(word.text):
                candidates.append(word)
                if before is None or word.x0 - before.x1 >= min_gap:
                    marks.add(id(word))
    candidates.sort(key=_X0)
    xs = [c.x0 for c in candidates]
    for word in candidates:
        if bisect_right(xs, word.x0 + 2.0) - bisect_left(xs, word.x0 - 2.0) >= 3:
            marks.add(id(word))
    return marks


def _lines_with_a_mark(baselines: Sequence[Sequence[Word]]) -> list[Sequence[Word]]:
    """The baselines with a word `_ANY_MARK` finds, in order: one search over all of them, each baseline's words
    joined by line ends and the baselines by line ends too (a match never runs over one), not one search each."""
    texts = ["\n".join([w[0] for w in line]) for line in baselines]  # Word.text
    starts: list[int] = []  # where each baseline's text starts in the page's
    at = 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    found: list[Sequence[Word]] = []
    last = -1
    for match in _ANY_MARK.finditer("\n".join(texts)):
        k = bisect_right(starts, match.start()) - 1
        if k != last:
            found.append(baselines[k])
            last = k
    return found


def _cut_in_band(baselines: Sequence[Sequence[Word]], band: tuple[int, int], min_gap: float) -> float:
    """Where a free band between two columns is cut: right of the phrases that run into it from the left and
    left of the phrases that start in it.

    A band counts as free while only a few words cross it, so it can hold a column of margin numbers ("B6",
    "D3") set beside the right column, or the end of a line that runs on from the left; a phrase (words of a
    baseline closer than `min_gap`) that starts in the band belongs to the column to its right, one that ends
    in it to the column to its left, and one that runs across the band (a full-width line) to neither.
    """
    lo, hi = float(band[0]), float(band[1] + 1)
    ends: list[float] = []
    starts: list[float] = []
    for line in baselines:
        phrase: list[Word] = []
        for w in [*sorted(line, key=_X0), None]:
            if w is not None and (not phrase or w.x0 - phrase[-1].x1 < min_gap):
                phrase.append(w)
                continue
            x0, x1 = phrase[0].x0, phrase[-1].x1
            if x0 < lo <= x1 <= hi:
                ends.append(x1)
            elif lo <= x0 <= hi:
                starts.append(x0)
            phrase = [w] if w is not None else []
    left, right = max(ends, default=lo), min(starts, default=hi)
    return (left + right) / 2 if left < right else (lo + hi - 1) / 2
