"""Backend-neutral page layout: glyphs or words -> lines in reading order, markers out, ruled tables filled.

Both parse backends (`plumber`, `pdfium`) produce the same layout model through these functions: words with
size and boldness, grouped into lines in reading order (two-column pages read column by column), superscript
footnote markers taken out of the words, and ruled tables kept as rows of cells.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

import numpy as np

from ..cells import join_cell_line
from ..text import join_lines
from ..types import BOX_COLUMN, Line, Page, Table
from .boxes import Box, box_rows, side_by_side, words_to_boxes
from .geometry import Grid, Word, cluster_baselines
from .unruled import find_unruled_grids

MARKER_CHARS = set("0123456789*†‡")
BOLD_HINTS = ("bold", "black", "heavy", "semibold", "demi")


class Char(NamedTuple):
    """One glyph as the pdfplumber backend sees it (a tuple: pages hold thousands)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


class Marker(NamedTuple):
    """A superscript footnote marker found in the body text."""

    text: str
    x0: float
    top: float
    bottom: float


def is_bold_font(fontname: str | None) -> bool:
    """Whether a font name says bold (Helvetica-Bold, ABCDEF+Calibri-Bold, Arial,Black...)."""
    name = (fontname or "").lower()
    return any(hint in name for hint in BOLD_HINTS)


def is_horizontal(matrix: Sequence[float], tolerance: float = 0.05) -> bool:
    """Whether a glyph's matrix (a, b, c, d, ...) sets it left to right on a level baseline.

    Rotated glyphs (a diagonal "CONCEPT" watermark, a vertical margin note) are not read: pdfminer calls a 45°
    glyph upright. A slant of up to about 3° (a scanned page's OCR layer) still counts as level.
    """
    a, b, c, d = matrix[:4]
    return a > 0 and d > 0 and abs(b) <= tolerance * a and abs(c) <= tolerance * d


def split_superscripts(chars: Sequence[Char], ratio: float = 0.85) -> tuple[list[Char], list[Marker]]:
    """Take raised, smaller digits that follow a glyph (footnote markers inside words) out of the text."""
    body: list[Char] = []
    markers: list[Marker] = []
    prev: Char | None = None
    current: list[Char] = []

    def flush() -> None:
        if current:
            markers.append(
                Marker("".join(c.text for c in current), current[0].x0, current[0].top, current[0].bottom)
            )
            current.clear()

    for ch in chars:
        if ch.text.isspace():
            flush()
            body.append(ch)
            continue
        if current and is_marker_text(ch.text) and abs(ch.bottom - current[-1].bottom) < 0.6 \
                and -0.5 <= ch.x0 - current[-1].x1 < 1.5:
            current.append(ch)
            continue
        if current and prev is not None and abs(ch.bottom - prev.bottom) < 0.3 * prev.size \
                and -0.5 <= ch.x0 - current[-1].x1 < 0.15 * prev.size:
            # the glyph right after a marker joins the word the marker sat in: "grens³)" -> "grens)"
            ch = Char(ch.text, prev.x1, ch.x1, ch.top, ch.bottom, ch.size, ch.bold)
        flush()
        raised = (
            prev is not None
            and is_marker_text(ch.text)
            and ch.size < ratio * prev.size
            and ch.bottom < prev.bottom - 0.15 * prev.size
            and -0.5 <= ch.x0 - prev.x1 < 2.0
        )
        if raised:
            current.append(ch)
            continue
        body.append(ch)
        prev = ch
    flush()
    return body, markers


def is_marker_text(text: str) -> bool:
    """Whether a text can be a footnote marker: one to three digits or *, †, ‡."""
    return bool(text) and len(text) <= 3 and all(c in MARKER_CHARS for c in text)


def chars_to_words(chars: Iterable[Char]) -> list[Word]:
    """Group glyphs into words: same baseline, no space glyph and no gap wider than a fraction of the size."""
    rows: list[list[Char]] = []
    for ch in sorted(chars, key=lambda c: c.bottom):
        if rows and ch.bottom - rows[-1][0].bottom <= 0.3 * max(ch.size, 1.0):
            rows[-1].append(ch)
        else:
            rows.append([ch])
    words: list[Word] = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        run: list[Char] = []
        for ch in row:
            gap_too_wide = run and ch.x0 - run[-1].x1 > 0.2 * max(ch.size, run[-1].size)
            if ch.text.isspace() or gap_too_wide:
                if run:
                    words.append(_make_word(run))
                run = [] if ch.text.isspace() else [ch]
                continue
            run.append(ch)
        if run:
            words.append(_make_word(run))
    return words


def _make_word(run: Sequence[Char]) -> Word:
    if len(run) == 1:
        c = run[0]
        return Word(c.text, c.x0, c.x1, c.top, c.bottom, c.size, c.bold)
    size = sorted(c.size for c in run)[len(run) // 2]
    bold = sum(c.bold for c in run) * 2 > len(run)
    return Word(
        "".join(c.text for c in run), run[0].x0, run[-1].x1,
        min(c.top for c in run), max(c.bottom for c in run), size, bold,
    )


def find_gutter(words: Sequence[Word], width: float, min_gap: float = 10.0) -> float | None:
    """The x of a vertical white band that splits the page into two populated columns, if there is one.

    A gutter is a band at least ``min_gap`` points wide, in the middle half of the page, that (almost) no word
    crosses; the gaps between words of justified single-column text are far narrower.
    """
    if len(words) < 40:
        return None
    size = int(width) + 2
    baselines = cluster_baselines(words)  # for the margin marks and the cut, which read the same lines
    marks = _margin_marks(baselines, min_gap)  # a column of them may stand in the band: they never close it
    free_of = [w for w in words if id(w) not in marks]
    x0 = np.fromiter(map(_X0, free_of), dtype=np.float64, count=len(free_of))
    x1 = np.fromiter(map(_X1, free_of), dtype=np.float64, count=len(free_of))
    lo = np.clip(x0.astype(np.int64), 0, size)
    hi = np.clip(x1.astype(np.int64) + 1, 0, size)
    keep = lo < hi
    diff = np.bincount(lo[keep], minlength=size + 1) - np.bincount(hi[keep], minlength=size + 1)
    occupancy = np.cumsum(diff[:size])
    allowed = max(1, int(0.03 * len(words)))
    start, stop = int(0.25 * width), int(0.75 * width) + 1
    free = np.concatenate(([False], occupancy[start:stop] <= allowed, [False]))
    edges = np.flatnonzero(free[1:] != free[:-1])  # starts and ends of runs of free columns
    if len(edges) == 0:
        return None
    runs = edges.reshape(-1, 2)
    lengths = runs[:, 1] - runs[:, 0]
    first, end = runs[int(np.argmax(lengths))]  # the first of the longest free runs
    best = (start + int(first), start + int(end) - 1)
    if best[1] - best[0] < min_gap:
        return None
    gutter = _cut_in_band(baselines, best, min_gap)
    left = [w for w in words if w.x1 <= gutter]
    right = [w for w in words if w.x0 >= gutter]
    if len(left) < 20 or len(right) < 20:
        return None
    top = max(min(w.top for w in left), min(w.top for w in right))
    bottom = min(max(w.bottom for w in left), max(w.bottom for w in right))
    shorter = min(max(w.bottom for w in side) - min(w.top for w in side) for side in (left, right))
    side_by_side = bottom - top >= 0.5 * shorter  # the columns share most of their height
    return gutter if side_by_side else None


MARGIN_MARK = re.compile(r"^(?:[A-Z]{1,2}[.\-]?)?\d{1,2}(?:\.\d{1,2})?[.)]?$")
# The same, searched over a baseline's words joined by line ends: it finds every word MARGIN_MARK matches
# (and may find more where a word holds a line end, which the match per word then sorts out).
_ANY_MARK = re.compile(MARGIN_MARK.pattern, re.MULTILINE)


def _margin_marks(baselines: Sequence[Sequence[Word]], min_gap: float) -> set[int]:
    """The ids of the margin numbers among the words of `baselines` (`cluster_baselines`) ("B6", "12", "3.1"): a
    short number that opens a phrase (no word within `min_gap` before it on its baseline) or stands in a column of
    three or more (the same x0, give or take 2 points), however close the other column's text ends before it. On
    a sparse page the few words that cross a gutter are many of all its words, so a column of them in the white
    between the columns would close it."""
    marks: set[int] = set()
    candidates: list[Word] = []
    for line in baselines:
        if not _ANY_MARK.search("\n".join([w[0] for w in line])):  # Word.text
            continue  # most lines: no word is one, and the line need not be walked in x order
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


def words_to_lines(words: Sequence[Word], page: int, column: int = 0) -> list[Line]:
    """Cluster words on one baseline into lines, top to bottom."""
    groups: list[list[Word]] = []
    current: list[Word] = []
    base = top = size = 0.0
    for word in sorted(words, key=_BOTTOM_X0):
        _, _, _, w_top, bottom, w_size, _ = word
        if current and (abs(bottom - base) <= 0.45 * size
                        or (w_top >= top - 0.5 and bottom <= base + 0.2 * size)):  # smaller print within
            current.append(word)
            if w_top < top:
                top = w_top
            if w_size > size:
                size = w_size
            continue
        current = [word]
        groups.append(current)
        base, top, size = bottom, w_top, w_size
    return [_line(group, page, column) for group in groups]


_BOTTOM_X0 = operator.itemgetter(4, 1)  # Word.bottom, Word.x0
_X0 = operator.itemgetter(1)  # Word.x0
_X1 = operator.itemgetter(2)  # Word.x1


def _line(group: list[Word], page: int, column: int) -> Line:
    if len(group) > 1:
        group.sort(key=_X0)
    first = group[0]
    top, bottom, size = first.top, first.bottom, first.size
    n_chars = bold_chars = 0
    same_size = True
    texts = []
    for text, _, _, w_top, w_bottom, w_size, w_bold in group:
        texts.append(text)
        n = len(text)
        n_chars += n
        if w_bold:
            bold_chars += n
        if w_top < top:
            top = w_top
        if w_bottom > bottom:
            bottom = w_bottom
        if w_size != size:
            same_size = False
    return Line(
        text=" ".join(texts),
        page=page,
        x0=first.x0,
        x1=group[-1].x1,
        top=top,
        bottom=bottom,
        size=round(size if same_size else _median_size(group), 2),
        bold=bold_chars * 2 > n_chars,
        column=column,
        lead_bold=_lead_bold(group) if 0 < bold_chars < n_chars else 0,  # a bold line too: where its bold ends
    )


PLAIN_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}[.)]?$")


def _lead_bold(group: Sequence[Word]) -> int:
    """The length of the run of bold words a line starts with (a bold lead-in), spaces between them counted."""
    n = 0
    for k, w in enumerate(group):
        if not w.bold and not (k == 0 and len(group) > 1 and group[1].bold and PLAIN_NUMBER.match(w.text)):
            break  # a paragraph number set in plain weight before the bold words counts with them
        n += len(w.text) + (1 if n else 0)
    return n


def _median_size(group: Sequence[Word]) -> float:
    """The size most of a line's characters are set in (weighted by characters)."""
    weighted = sorted((w.size, len(w.text)) for w in group)
    half, seen = sum(n for _, n in weighted) / 2, 0
    for size, n in weighted:
        seen += n
        if seen >= half:
            return size
    return weighted[-1][0]


def split_columns(words: Sequence[Word], gutter: float, page: int, min_gap: float = 10.0) -> list[Line]:
    """Lines of a two-column page in reading order.

    Lines are first built across the full width; a line whose words flow across the gutter with ordinary
    word spacing (a full-width heading, a footnote) stays whole, any other is cut into its two column halves.
    """
    left: list[Word] = []
    right: list[Word] = []
    spanning: list[Word] = []
    baselines = cluster_baselines(words)
    marks = _margin_marks(baselines, min_gap)
    for line_words in baselines:
        lw = [w for w in line_words if w.x1 <= gutter]
        rw = [w for w in line_words if w.x0 >= gutter]
        crossing = len(lw) + len(rw) < len(line_words)
        if crossing or (lw and rw and min(w.x0 for w in rw) - max(w.x1 for w in lw) < min_gap
                        and id(min(rw, key=_X0)) not in marks):  # a margin number opens the right column's line
            spanning += line_words
        else:
            left += lw
            right += rw
    return order_columns(words_to_lines(left, page, 1), words_to_lines(right, page, 2),
                         words_to_lines(spanning, page))


def order_columns(lines_left: list[Line], lines_right: list[Line], spanning: list[Line]) -> list[Line]:
    """Reading order of a two-column page: full-width lines cut the page into bands, each read left then right."""
    ordered: list[Line] = []
    cuts = sorted(spanning, key=lambda ln: ln.top)
    lo = float("-inf")
    for cut in [*cuts, None]:
        hi = cut.top if cut is not None else float("inf")
        ordered += sorted((ln for ln in lines_left if lo <= ln.top < hi), key=lambda ln: ln.top)
        ordered += sorted((ln for ln in lines_right if lo <= ln.top < hi), key=lambda ln: ln.top)
        if cut is not None:
            ordered.append(cut)
            lo = cut.top
    return ordered


def attach_markers(lines: Sequence[Line], markers: Sequence[Marker]) -> list[Line]:
    """Give each footnote marker to the one line it sits on: the nearest baseline at or below it."""
    if not markers:
        return list(lines)
    owned: dict[int, list[str]] = {}
    for m in markers:
        candidates = [
            (abs(line.bottom - m.bottom), i) for i, line in enumerate(lines)
            if line.x0 - 1 <= m.x0 <= line.x1 + 3 and line.bottom >= m.bottom - 1 and line.top - 3 <= m.top
        ]
        if candidates:
            owned.setdefault(min(candidates)[1], []).append(m.text)
    return [
        _replace(line, markers=tuple(owned[i])) if i in owned else line for i, line in enumerate(lines)
    ]


def _replace(line: Line, **changes: object) -> Line:
    return replace(line, **changes)  # type: ignore[arg-type]


def grid_to_table(grid: Grid, words: Sequence[Word], page: int) -> Table:
    """Fill a table's cells with the words inside each cell (footnote markers already out)."""
    # Each cell looks only at the words whose centre lies within its rows' height (found by bisection).
    centres = sorted(((w.top + w.bottom) / 2, i) for i, w in enumerate(words))
    heights = [cy for cy, _ in centres]
    rows = []
    for row in grid.rows:
        cells: list[str | None] = []
        for box in row:
            if box is None:
                cells.append(None)
                continue
            x0, top, x1, bottom = box
            band = sorted(i for _, i in centres[bisect_left(heights, top):bisect_right(heights, bottom)])
            inside = [w for w in (words[i] for i in band) if x0 <= (w.x0 + w.x1) / 2 <= x1]
            text, prev = "", None
            for line in words_to_lines(inside, page):
                # after one word that fills the cell's width a word too long for it may go on without a hyphen
                broke = prev is not None and " " not in prev.text and prev.x1 > x1 - 1.5 * prev.size
                text, prev = join_cell_line(text, line.text) if broke else join_lines(text, line.text), line
            cells.append(text)  # drawn but empty: "", so that None marks a cell covered by a spanning one
        rows.append(tuple(cells))
    return Table(page=page, top=grid.top, bottom=grid.bottom, x0=grid.x0, x1=grid.x1, rows=tuple(rows))


def layout_page(
    number: int, width: float, height: float, chars: Sequence[Char], grids: Sequence[Grid] = (),
    rules: Sequence[tuple[float, float, float]] = (), boxes: Sequence[Box] = (),
) -> Page:
    """Glyphs and ruled-table grids of one page -> a Page with lines in reading order and filled tables."""
    body, markers = split_superscripts(chars)
    return layout_words(number, width, height, chars_to_words(body), markers, grids, rules, boxes)


def strike_out(words: Sequence[Word], rules: Sequence[tuple[float, float, float]]) -> list[Word]:
    """The words that no horizontal rule (y, x0, x1; top-down) crosses at mid-height: struck-through text is text
    taken out ("doorgehaald"), as a jaarschijf prints the afspraken that lapse. An underline runs below the middle
    and a table's rules between the rows, so neither strikes a word."""
    if not rules:
        return list(words)
    ordered = sorted(rules)
    heights = [y for y, _, _ in ordered]
    n = len(heights)
    kept = []
    for w in words:
        _, w_x0, w_x1, top, bottom, _, _ = w
        h = bottom - top
        low, high = top + 0.3 * h, bottom - 0.2 * h
        first = bisect_left(heights, low)
        if first == n or heights[first] > high:  # no rule at mid-height: most words, one search
            kept.append(w)
            continue
        margin = 0.2 * (w_x1 - w_x0)
        if not any(x0 <= w_x0 + margin and x1 >= w_x1 - margin
                   for _, x0, x1 in ordered[first:bisect_right(heights, high)]):
            kept.append(w)
    return kept


def layout_words(
    number: int, width: float, height: float, words: Sequence[Word], markers: Sequence[Marker] = (),
    grids: Sequence[Grid] = (), rules: Sequence[tuple[float, float, float]] = (), boxes: Sequence[Box] = (),
) -> Page:
    """Words (markers already out) and ruled-table grids of one page -> lines in reading order, filled tables;
    the words struck through by one of the horizontal `rules` (y, x0, x1) left out; drawn `boxes` that stand
    side by side (`boxes.side_by_side`) read as columns, box by box."""
    words = strike_out(words, rules)
    tables: list[Table] = []
    columns_drawn = side_by_side(boxes, [(g.x0, g.top, g.x1, g.bottom) for g in grids])
    in_boxes: list[list[Word]] = []
    if columns_drawn:
        in_boxes, words = words_to_boxes(words, columns_drawn)
    grids = [*grids, *(g for g in find_unruled_grids(words) if not any(_overlaps(g, r) for r in grids))]
    if grids:
        in_table: list[Word] = []
        outside: list[Word] = []
        boxes = [(g.x0, g.top, g.x1, g.bottom) for g in grids]
        for w in words:  # in a table when its centre lies in a grid's box
            _, w_x0, w_x1, w_top, w_bottom, _, _ = w
            cx, cy = (w_x0 + w_x1) / 2, (w_top + w_bottom) / 2
            for x0, top, x1, bottom in boxes:
                if x0 <= cx <= x1 and top <= cy <= bottom:
                    in_table.append(w)
                    break
            else:
                outside.append(w)
        tables = [grid_to_table(g, in_table, number) for g in grids]
        words = outside
    gutter = find_gutter([w for w in words if 0.08 * height < w.top < 0.92 * height], width)
    if gutter is None:
        lines = words_to_lines(words, number)
        columns = 1
    else:
        lines = split_columns(words, gutter, number)
        columns = 2
    if columns_drawn:
        lines = insert_boxes(lines, columns_drawn, in_boxes, number)
        columns = max(columns, max(len(row) for row in box_rows(columns_drawn)))
    return Page(number, width, height, tuple(attach_markers(lines, markers)), tuple(tables), columns)


def insert_boxes(lines: Sequence[Line], boxes: Sequence[Box], words: Sequence[Sequence[Word]], page: int,
                 ) -> list[Line]:
    """The lines of a page with the lines of its side-by-side boxes put in: each row of boxes before the first
    line below its top, box by box left to right (each box its own column number, after the page's 1 and 2)."""
    out = list(lines)
    column = BOX_COLUMN
    for row in reversed(box_rows(boxes)):
        top = min(boxes[k][1] for k in row)
        at = next((i for i, ln in enumerate(out) if ln.top >= top), len(out))
        chunk: list[Line] = []
        for k in row:
            chunk += words_to_lines(words[k], page, column + k)
        out[at:at] = chunk
    return out


def _overlaps(a: Grid, b: Grid) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom
