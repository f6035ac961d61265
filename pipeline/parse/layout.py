"""Backend-neutral page layout: glyphs or words -> lines in reading order, markers out, ruled tables filled.

Both parse backends (`plumber`, `pdfium`) produce the same layout model through these functions: words with
size and boldness, grouped into lines in reading order (pages of columns read column by column), superscript
footnote markers taken out of the words, and ruled tables kept as rows of cells.
"""

from __future__ import annotations

import itertools
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from ..cells import join_cell_line
from ..text import join_lines
from ..types import BOX_COLUMN, Line, Page, Table
from .accent_strips import drop_accent_strip_boxes
from .boxes import Box, box_rows, side_by_side, words_to_boxes
from .deskew import page_skew, unturn
from .forms import beside_boxes, cut_by_tables
from .geometry import Grid, Word, body_words, cluster_baselines
from .glyphs import MARKS, collapse_marks
from .gutters import find_gutters, find_spread, margin_marks
from .line_numbers import drop_line_numbers
from .markup_pane import drop_pane, pane_left
from .panels import ReadRegion, overlay_words, panel_lines, with_title_bars, without_nested_cells
from .planning_charts import read_chart
from .status_tags import attach_lone_tags, split_status_tag
from .strikes import strike_through
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
    text = "".join(c.text for c in run)
    return Word(
        collapse_marks(text) if text[0] in MARKS else text, run[0].x0, run[-1].x1,
        min(c.top for c in run), max(c.bottom for c in run), size, bold,
    )


# a line so far set smaller than this much of a word's size, and within its height, is that word's line: a number
# in small print in a margin column, aligned with the top of its text (a borderless table's cells set to the top)
SMALLER_WITHIN = 0.9


def words_to_lines(words: Sequence[Word], page: int, column: int = 0) -> list[Line]:
    """Cluster words on one baseline into lines, top to bottom. Smaller print within a line's height is part of
    it, whether its baseline is below the line's (sorted after it) or above it (a margin number set top-aligned)."""
    groups: list[list[Word]] = []
    current: list[Word] = []
    base = top = size = 0.0
    for word in sorted(words, key=_BOTTOM_X0):
        _, _, _, w_top, bottom, w_size, _ = word
        # the line so far set smaller, within this word's height (its bottom is above the word's: sorted by bottom)
        if current and w_size * SMALLER_WITHIN > size and top >= w_top - 0.2 * w_size \
                and bottom - base <= 0.45 * w_size:  # not a drop cap, whose bottom is lines further down
            current.append(word)
            base, top, size = bottom, min(top, w_top), w_size
            continue
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
    return attach_lone_tags([_line(group, page, column) for group in groups])


_BOTTOM_X0 = operator.itemgetter(4, 1)  # Word.bottom, Word.x0
_X0 = operator.itemgetter(1)  # Word.x0
_X1 = operator.itemgetter(2)  # Word.x1


def _line(group: list[Word], page: int, column: int) -> Line:
    if len(group) > 1:
        group.sort(key=_X0)
    tag, group = split_status_tag(group)
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
        field=_margin_field(group, size),
        tag=tag,
    )


MARGIN_FIELD = re.compile(r"[^\W\d_]{2,15}")  # one word of letters: "loopt", "gereed", "Nieuw"
MARGIN_FIELD_GAP = 3.0  # of the size: white before it that no justified or ragged line of text leaves
MARGIN_FIELD_SET_APART = 1.5  # of the size: enough where the word is also set in another weight or size


def _margin_field(group: Sequence[Word], size: float) -> str:
    """A line's last word when it stands apart far to the right of the rest (a status word at the right margin of
    an item's first line: "❏ A-1 De Zandplaat realiseert ...      loopt"), else "". Whether it is a field is up
    to `clean`: only on the line that opens an item."""
    if len(group) < 3:
        return ""
    last, before = group[-1], group[-2]
    gap = last.x0 - before.x1
    if gap < MARGIN_FIELD_SET_APART * size or not MARGIN_FIELD.fullmatch(last.text):
        return ""
    other_face = last.bold != before.bold or abs(last.size - before.size) > 0.5
    return last.text if gap >= MARGIN_FIELD_GAP * size or other_face else ""


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
    """The size most of a line's characters are set in (weighted by characters). A closing tag in brackets set
    smaller than the words before it ("... aan. (Corp.)", an owner after an afspraak) does not count: a short last
    line of an item is still set in the item's size."""
    group = _without_small_tag(group)
    weighted = sorted((w.size, len(w.text)) for w in group)
    half, seen = sum(n for _, n in weighted) / 2, 0
    for size, n in weighted:
        seen += n
        if seen >= half:
            return size
    return weighted[-1][0]


def _without_small_tag(group: Sequence[Word]) -> Sequence[Word]:
    """A line's words (left to right) without a bracketed tag it ends with that is set smaller than the word before
    it; all of them where there is no such tag or the tag is all the line holds."""
    if len(group) < 2 or not group[-1].text.endswith(")"):
        return group
    start = next((k for k in range(len(group) - 1, max(len(group) - 5, 0) - 1, -1) if group[k].text.startswith("(")),
                 None)
    if not start or any(w.size >= SMALLER_WITHIN * group[start - 1].size for w in group[start:]):
        return group
    return group[:start]


def split_columns(words: Sequence[Word], gutters: float | Sequence[float], page: int,
                  min_gap: float = 10.0) -> list[Line]:
    """Lines of a page of whitespace columns (split at `gutters`, left to right) in reading order.

    Lines are first built across the full width; a line whose words flow across a gutter with ordinary
    word spacing (a full-width heading, a footnote) stays whole, any other is cut into its column parts.
    """
    edges = [gutters] if isinstance(gutters, float | int) else list(gutters)
    columns: list[list[Word]] = [[] for _ in range(len(edges) + 1)]
    spanning: list[Word] = []
    baselines = cluster_baselines(words)
    marks = margin_marks(baselines, min_gap)
    for line_words in baselines:
        parts = _column_parts(line_words, edges)
        if parts is None or _flows_across(parts, marks, min_gap):
            spanning += line_words
            continue
        for k, part in enumerate(parts):
            columns[k] += part
    lines = [words_to_lines(col, page, k + 1) for k, col in enumerate(columns)]
    headings = spanning_headings(lines)
    if headings:
        lines[0] = [ln for ln in lines[0] if id(ln) not in headings]
        spanning_lines = sorted([*words_to_lines(spanning, page),
                                 *(replace(ln, column=0) for ln in headings.values())], key=lambda ln: ln.top)
        return order_columns(lines, spanning_lines)
    return order_columns(lines, words_to_lines(spanning, page))


def spanning_headings(columns: Sequence[Sequence[Line]]) -> dict[int, Line]:
    """The headings set over all columns that stay within the first (a chapter title of a newspaper page, shorter
    than a column is wide): larger than the text, with every other column white at its height and holding text
    both above and below it, so the columns flow above the heading and start again under it. A subheading of the
    text's size stays in its column, though the column beside it is white there (a table, a figure). By id, each
    with its line."""
    if len(columns) < 2 or not all(columns[1:]):
        return {}
    sizes = sorted(ln.size for col in columns for ln in col)
    body = sizes[len(sizes) // 2]
    found: dict[int, Line] = {}
    for line in columns[0]:
        if line.size < 1.15 * body:
            continue
        margin = 0.5 * line.size
        top, bottom = line.top - margin, line.bottom + margin
        if all(any(ln.bottom <= line.top for ln in col) and any(ln.top >= line.bottom for ln in col)
               and not any(ln.top < bottom and ln.bottom > top for ln in col) for col in columns[1:]):
            found[id(line)] = line
    return found


def _column_parts(line: Sequence[Word], edges: Sequence[float]) -> list[list[Word]] | None:
    """A baseline's words per column (`edges`: the gutters); None when a word crosses a gutter."""
    parts: list[list[Word]] = [[] for _ in range(len(edges) + 1)]
    for w in line:
        k = bisect_right(edges, w.x0)
        if k < len(edges) and w.x1 > edges[k]:
            return None
        parts[k].append(w)
    return parts


def _flows_across(parts: Sequence[Sequence[Word]], marks: set[int], min_gap: float) -> bool:
    """Whether a baseline's words run on from one column into the next with ordinary word spacing (a
    full-width line), unless a margin number opens the next column's part."""
    filled = [p for p in parts if p]
    for before, after in itertools.pairwise(filled):
        first = min(after, key=_X0)
        if first.x0 - max(w.x1 for w in before) < min_gap and id(first) not in marks:
            return True
    return False


def order_columns(columns: Sequence[Sequence[Line]], spanning: list[Line]) -> list[Line]:
    """Reading order of a page of columns: full-width lines cut the page into bands, each read column by column,
    left to right."""
    ordered: list[Line] = []
    cuts = sorted(spanning, key=lambda ln: ln.top)
    lo = float("-inf")
    for cut in [*cuts, None]:
        hi = cut.top if cut is not None else float("inf")
        for lines in columns:
            ordered += sorted((ln for ln in lines if lo <= ln.top < hi), key=lambda ln: ln.top)
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
    rows = beside_boxes(grid, words, rows)  # a form's label printed beside its box, in no cell of its own
    return Table(page=page, top=grid.top, bottom=grid.bottom, x0=grid.x0, x1=grid.x1, rows=tuple(rows),
                 spanned=spanned_cells(grid))


def spanned_cells(grid: Grid) -> tuple[tuple[int, ...], ...]:
    """Per row of `grid`, the cells covered by a cell of a row above whose rules span down over it (a vertically
    merged cell); () where none does."""
    spanned = []
    for r, row in enumerate(grid.rows):
        top = min((box[1] for box in row if box is not None), default=None)
        spanned.append(() if top is None else tuple(
            k for k, box in enumerate(row)
            if box is None and any(above[k] is not None and above[k][3] > top + 0.5 for above in grid.rows[:r])))
    return tuple(spanned) if any(spanned) else ()


def layout_page(
    number: int, width: float, height: float, chars: Sequence[Char], grids: Sequence[Grid] = (),
    rules: Sequence[tuple[float, float, float]] = (), boxes: Sequence[Box] = (),
) -> Page:
    """Glyphs and ruled-table grids of one page -> a Page with lines in reading order and filled tables."""
    body, markers = split_superscripts(chars)
    return layout_words(number, width, height, strike_through(chars_to_words(body), rules), markers, grids, boxes)


def layout_words(
    number: int, width: float, height: float, words: Sequence[Word], markers: Sequence[Marker] = (),
    grids: Sequence[Grid] = (), boxes: Sequence[Box] = (), rounded: Sequence[Box] = (),
    rules: Sequence[tuple[float, float, float]] = (), *, slope: float | None = None,
) -> Page:
    """Words (markers already out, struck-through ones too: `strikes.strike_through`) and ruled-table grids of one
    page -> lines in reading order, filled tables; drawn `boxes` that stand
    side by side (`boxes.side_by_side`) read as columns, box by box; `rounded` boxes on a time axis as the table
    of a planning chart (`planning_charts.read_chart`, its lanes parted by horizontal `rules`: height, x0, x1), the
    rules drawn under it no table. A spread of two facing pages
    (`gutters.find_spread`) is read half by half, each half a page of its own columns. A margin line numbering
    is left out (`line_numbers.drop_line_numbers`). A scan's text layer turned by a small angle is turned back
    first (`deskew.page_skew`), unless the page has ruled tables or boxes (upright, so no scan); `slope` is the
    angle still to turn back when the backend measured it already (0.0 once it turned its glyphs back itself),
    None to measure it here."""
    chart, words = read_chart(number, words, rounded, rules) if rounded else (None, words)
    if chart is not None:  # the chart's lanes and columns are drawn rules too: no table, no boxes of their own
        grids = [g for g in grids if not _overlaps(g, chart)]
        boxes = [b for b in boxes if not (b[0] < chart.x1 and chart.x0 < b[2] and b[1] < chart.bottom
                                          and chart.top < b[3])]
    if slope is None:
        slope = 0.0 if grids or boxes else page_skew(words)
    if slope:
        words, markers = unturn(words, slope, width / 2, height / 2), unturn(markers, slope, width / 2, height / 2)
    pane = pane_left(words, width)  # a concept's review comments beside the text: no text of the document
    if pane is not None:
        words, markers = drop_pane(words, pane), drop_pane(markers, pane)
    words = drop_line_numbers(words, height)
    fold = find_spread(words, width, height)
    if fold is not None:
        page = _layout_spread(number, width, height, fold, words, markers, grids, boxes)
    else:
        lines, tables, columns = _layout_region(number, 0.0, width, height, words, grids, boxes,
                                                [] if chart is not None else rounded, rules)
        page = Page(number, width, height, tuple(attach_markers(lines, markers)), tuple(tables), columns)
    return replace(page, tables=(*page.tables, chart)) if chart is not None else page


def _layout_spread(number: int, width: float, height: float, fold: float, words: Sequence[Word],
                   markers: Sequence[Marker], grids: Sequence[Grid], boxes: Sequence[Box]) -> Page:
    """A spread read as its two pages: the left half's lines, then the right half's, each half laid out on its own
    (its gutters, tables and boxes); the columns numbered on from the left half's into the right half's, so that
    text running on from the one half into the other reads as a column that goes on."""
    lines: list[Line] = []
    tables: list[Table] = []
    offset = 0
    for lo, hi in ((0.0, fold), (fold, width)):
        half_lines, half_tables, columns = _layout_region(
            number, lo, hi, height, [w for w in words if lo <= (w.x0 + w.x1) / 2 < hi],
            [g for g in grids if lo <= (g.x0 + g.x1) / 2 < hi], [b for b in boxes if lo <= (b[0] + b[2]) / 2 < hi])
        lines += [ln if ln.column >= BOX_COLUMN or (ln.column == 0 and columns > 1)
                  else replace(ln, column=max(ln.column, 1) + offset) for ln in half_lines]
        tables += half_tables
        offset += columns
    return Page(number, width, height, tuple(attach_markers(lines, markers)), tuple(tables), offset)


def _layout_region(number: int, left: float, width: float, height: float, words: Sequence[Word],
                   grids: Sequence[Grid], boxes: Sequence[Box], rounded: Sequence[Box] = (),
                   rules: Sequence[tuple[float, float, float]] = ()) -> tuple[list[Line], list[Table], int]:
    """The lines in reading order, the filled tables and the number of columns of a page's words from x `left` to
    `width` (the page, or one half of a spread); drawn boxes side by side read as panels (`panels`), the
    `rounded` boxes among the boxes drawn inside or over them, a title bar on top of one (its row `rules`) its own."""
    tables: list[Table] = []
    grids = drop_accent_strip_boxes(grids, words)  # a slide's frame with a coloured strip: a box, no table
    grids = without_nested_cells(grids) if boxes else grids
    columns_drawn = with_title_bars(side_by_side(boxes, [(g.x0, g.top, g.x1, g.bottom) for g in grids]), rules)
    in_boxes: list[list[Word]] = []
    over: list[tuple[Box, list[Word]]] = []
    drawn = [*boxes, *rounded]  # the boxes drawn inside or over the panels
    if columns_drawn:
        over, words = overlay_words(columns_drawn, words, drawn)
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
    body = body_words(words, height)
    gutters = find_gutters(body, width, left_edge=left)
    if gutters and (grids or boxes):  # a form's label rows between its boxes line up, but form no columns
        frames = [*grids, *(Grid(*box, rows=()) for box in boxes)]  # a drawn box across a gutter cuts it as a table
        gutters = [g for g in gutters if not cut_by_tables(g, body, frames, height)]
    if gutters:
        lines = split_columns(words, gutters, number)
    else:
        lines = words_to_lines(words, number)
    columns = len(gutters) + 1
    if columns_drawn:
        panels = panel_lines(columns_drawn, in_boxes, drawn, _read_panel(number), BOX_COLUMN, over)
        lines = insert_boxes(lines, columns_drawn, panels)
        columns = max(columns, max(len(row) for row in box_rows(columns_drawn)))
    return lines, tables, columns


def _read_panel(page: int) -> ReadRegion:
    """How a panel reads its words from x0 to x1: by the whitespace columns within it (none found when x1 is
    not past x0)."""
    def read(words: Sequence[Word], x0: float, x1: float) -> list[Line]:
        gutters = find_gutters(words, x1, left_edge=x0) if x1 > x0 else []
        return split_columns(words, gutters, page) if gutters else words_to_lines(words, page)
    return read


def insert_boxes(lines: Sequence[Line], boxes: Sequence[Box], box_lines: Sequence[Sequence[Line]]) -> list[Line]:
    """The lines of a page with the lines of its side-by-side boxes put in (`panels.panel_lines`): each row of
    boxes before the first line below its top, box by box left to right."""
    out = list(lines)
    for row in reversed(box_rows(boxes)):
        top = min(boxes[k][1] for k in row)
        at = next((i for i, ln in enumerate(out) if ln.top >= top), len(out))
        out[at:at] = [ln for k in row for ln in box_lines[k]]
    return out


def _overlaps(a: Grid | Table, b: Grid | Table) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom
