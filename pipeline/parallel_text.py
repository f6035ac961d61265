"""Parallel text: pages whose two columns hold the same text in two languages (Dutch beside Frisian, English or
German in a bilingual gemeente or a border region), paragraph by paragraph, each paragraph beside its translation.

Read as two flows, the translation doubles every afspraak, and read line by line it interleaves them. The Dutch
column is the document: the other column is dropped before the lines become blocks. Which column is Dutch follows
from the language of its text (the share of distinctively Dutch function words, `lexicon/language.yaml`), never
from the side of the page; a page with too few words to tell (a title or signature page) takes the side the
document's other parallel pages were told. A heading across both columns that carries both languages
("2. Beschikbaarheid / Beskikberens") keeps its Dutch half.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from .lexicon import load
from .types import BOX_COLUMN, Line, Page

PARALLEL_WIDTH = 0.8  # the narrower column is at least this share of the wider one's width
PARALLEL_LINES = 0.7  # and holds at least this share of the other's number of lines
PARALLEL_WORDS = 0.7  # a translation runs about as long as its text: at least this share of its words
PARALLEL_STARTS = 0.75  # at least this share of each column's paragraphs starts beside one of the other's
START_TOLERANCE = 2.0  # points between the tops of two paragraph starts side by side
PARAGRAPH_GAP = 1.35  # a gap over this many times the column's usual line pitch starts a paragraph
HANGING = 4.0  # a line this far left of the line above starts a paragraph (a hanging number)
SAME_LINE = 0.5  # points between the tops of two lines of one baseline (a pitch no smaller is no line's)
MIN_WORDS = 30  # each column has this many words before its language is measured
DUTCH_SHARE = 0.10  # the Dutch column: at least this share of its words are Dutch function words
TRANSLATION_SHARE = 0.35  # the translation: at most this share of the Dutch column's share
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_BOTH_LANGUAGES = re.compile(r"^(?P<left>.*\w.*?)\s+/\s+(?P<right>.*\w.*)$")
_LEADING_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+")


@cache
def dutch_words() -> frozenset[str]:
    """The function words that mark a text as Dutch and not as the languages printed beside it."""
    return frozenset(str(w).lower() for w in load("language")["dutch_function_words"])


def dutch_share(lines: Sequence[Line]) -> tuple[float, int]:
    """The share of the lines' words that are Dutch function words, and the number of words."""
    words = [w.lower() for line in lines for w in _WORD.findall(line.text)]
    if not words:
        return 0.0, 0
    marked = dutch_words()
    return sum(w in marked for w in words) / len(words), len(words)


def paragraph_starts(lines: Sequence[Line]) -> list[float]:
    """The tops of a column's lines that open a paragraph: its first line, a line after a gap wider than the
    column's usual pitch, or a line further left than the one above (a hanging number)."""
    ordered = sorted(lines, key=lambda line: line.top)
    pitches = [b.top - a.top for a, b in zip(ordered, ordered[1:], strict=False) if b.top - a.top > SAME_LINE]
    pitch = statistics.median(pitches) if pitches else 0.0
    return [line.top for i, line in enumerate(ordered)
            if i == 0 or line.top - ordered[i - 1].top > PARAGRAPH_GAP * pitch or line.x0 < ordered[i - 1].x0 - HANGING]


def _share_beside(tops: Sequence[float], others: Sequence[float]) -> float:
    """The share of paragraph starts `tops` that stand beside one of `others` (0.0 for none)."""
    return sum(any(abs(t - o) <= START_TOLERANCE for o in others) for t in tops) / len(tops) if tops else 0.0


def is_parallel(left: Sequence[Line], right: Sequence[Line]) -> bool:
    """Whether two columns side by side are laid out as a text and its translation: about as wide, and over the
    height both columns fill (a heading or footer in one column only is left aside) about as many lines, (nearly)
    every paragraph of each starting beside one of the other's."""
    if not left or not right:
        return False
    widths = [max(line.x1 for line in col) - min(line.x0 for line in col) for col in (left, right)]
    if min(widths) < PARALLEL_WIDTH * max(widths):
        return False
    top = max(min(line.top for line in col) for col in (left, right)) - START_TOLERANCE
    bottom = min(max(line.top for line in col) for col in (left, right)) + START_TOLERANCE
    left = [line for line in left if top <= line.top <= bottom]
    right = [line for line in right if top <= line.top <= bottom]
    if min(len(left), len(right)) < PARALLEL_LINES * max(len(left), len(right), 1):
        return False
    a, b = paragraph_starts(left), paragraph_starts(right)
    return min(_share_beside(a, b), _share_beside(b, a)) >= PARALLEL_STARTS


def can_tell(left: Sequence[Line], right: Sequence[Line]) -> bool:
    """Whether the columns' language can be measured: both hold words enough, and running text (one of them at
    least as rich in Dutch function words as Dutch text is), not only names and titles (a signature page)."""
    (ls, ln), (rs, rn) = dutch_share(left), dutch_share(right)
    return min(ln, rn) >= MIN_WORDS and max(ls, rs) >= DUTCH_SHARE


def translation_of(left: Sequence[Line], right: Sequence[Line]) -> int | None:
    """Which of two parallel columns is the translation by their language (0 the left, 1 the right): the one
    with about as many words as the other but far fewer Dutch function words; None when neither is."""
    (ls, ln), (rs, rn) = dutch_share(left), dutch_share(right)
    if min(ln, rn) < PARALLEL_WORDS * max(ln, rn):
        return None
    if ls >= DUTCH_SHARE and rs <= TRANSLATION_SHARE * ls:
        return 1
    if rs >= DUTCH_SHARE and ls <= TRANSLATION_SHARE * rs:
        return 0
    return None


def _column_pair(page: Page) -> tuple[tuple[int, int], list[Line], list[Line]] | None:
    """The page's two whitespace columns when it has exactly two: their numbers (left, right) and their lines."""
    columns: dict[int, list[Line]] = {}
    for line in page.lines:
        if 1 <= line.column < BOX_COLUMN:
            columns.setdefault(line.column, []).append(line)
    if len(columns) != 2:
        return None
    a, b = sorted(columns)
    return (a, b), columns[a], columns[b]


def translation_columns(pages: Sequence[Page]) -> dict[int, int]:
    """Page number -> the column that translates the Dutch one beside it, on every parallel-text page."""
    found: dict[int, int] = {}
    short: dict[int, tuple[int, int]] = {}  # parallel pages with too few words to tell: (left, right) column
    sides: set[int] = set()  # the sides (0 left, 1 right) the told pages' translations are on
    for page in pages:
        pair = _column_pair(page)
        if pair is None:
            continue
        columns, left, right = pair
        if not is_parallel(left, right):
            continue
        if not can_tell(left, right):
            short[page.number] = columns
            continue
        side = translation_of(left, right)
        if side is not None:
            found[page.number] = columns[side]
            sides.add(side)
    if len(sides) == 1:  # a page too short to tell takes the side the document's told pages agree on
        side = sides.pop()
        found.update((number, columns[side]) for number, columns in short.items())
    return found


def dutch_heading(line: Line, translation_right: bool) -> Line:
    """A line across both columns that names a heading in both languages ("2. Beschikbaarheid / Beskikberens"),
    cut to its Dutch half: the halves stand in the order of the columns; a leading number is kept."""
    m = _BOTH_LANGUAGES.match(line.text)
    if m is None or line.text.count(" / ") != 1:
        return line
    left, right = m.group("left").strip(), m.group("right").strip()
    if translation_right:
        text = left
    else:
        number = _LEADING_NUMBER.match(left)
        text = right if number is None or _LEADING_NUMBER.match(right) else number.group(0) + right
    return replace(line, text=text, x1=line.x0 + (line.x1 - line.x0) * len(text) / len(line.text))


def drop_translations(pages: Sequence[Page]) -> tuple[list[Page], int]:
    """The pages with the translation column of each parallel-text page taken out (and bilingual headings across
    the page cut to their Dutch half), and the number of lines taken out."""
    found = translation_columns(pages)
    out, removed = [], 0
    for page in pages:
        column = found.get(page.number)
        if column is None:
            out.append(page)
            continue
        translated_x0 = min(line.x0 for line in page.lines if line.column == column)
        dutch_x0 = min(line.x0 for line in page.lines if 1 <= line.column < BOX_COLUMN and line.column != column)
        kept = [dutch_heading(line, translated_x0 > dutch_x0) if line.column == 0 else line
                for line in page.lines if line.column != column]
        removed += len(page.lines) - len(kept)
        out.append(replace(page, lines=tuple(kept)))
    return out, removed
