"""Footnotes: the small-print notes at the foot of a page, and the markers that point to them.

Superscript digits glued to a word are taken off the line as its markers (a power after a unit stays); a marker
set apart from its note's text is joined to it; the trailing small-font lines of a page that open with a marker
are taken off the body as footnotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .text import join_lines
from .types import Footnote, Line, Page

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# Superscript digits glued to a word ("haalbaar³", "woningen¹²,"): a footnote marker; after a unit ("m²", "km²",
# "m³") a power. The note itself may open with one ("³ Bron: ...").
SUPERSCRIPT_MARKER = re.compile(r"(?<=[^\W\d_])([" + SUPERSCRIPTS + r"]+)(?=[\s.,;:!?)\]”’'\"]|$)")
SUPERSCRIPT_DIGITS = str.maketrans(SUPERSCRIPTS, "0123456789")
POWER_UNITS = frozenset({"m", "km", "cm", "dm", "mm", "ha"})
_ANY_SUPERSCRIPT = re.compile("[" + SUPERSCRIPTS + "]")  # one search, not a test per character of every line


def split_superscript_markers(text: str) -> tuple[str, tuple[str, ...]]:
    """A line's text without the superscript footnote markers glued to its words, and the markers as digits."""
    if _ANY_SUPERSCRIPT.search(text) is None:
        return text, ()
    markers: list[str] = []

    def cut(m: re.Match[str]) -> str:
        word = re.search(r"[^\W\d_]+$", text[:m.start()])
        if word and word.group().lower() in POWER_UNITS:
            return m.group()
        markers.append(m.group().translate(SUPERSCRIPT_DIGITS))
        return ""

    return SUPERSCRIPT_MARKER.sub(cut, text), tuple(markers)


FOOTNOTE_START = re.compile(r"^(\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\*{1,3}|[†‡])\s*(?=\S)")
NOTE_MARKER_ALONE = re.compile(r"^(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\*{1,3}|[†‡])$")


def split_footnotes(pages: Sequence[Page], size: float) -> tuple[list[Page], list[Footnote]]:
    """Take footnotes off the foot of each page: trailing small-font lines, the first starting with a number."""
    out, notes = [], []
    markers_seen: set[str] = set()
    for page in pages:
        for line in page.lines:
            markers_seen.update(line.markers)
        kept: list[Line] = []
        for area in page_areas(page):
            kept += _take_notes(page, area, size, markers_seen, notes)
        out.append(replace(page, lines=tuple(kept)))
    return out, notes


def page_areas(page: Page) -> list[list[Line]]:
    """A page's lines in the areas each with a foot of its own: the two halves of a spread (a landscape page whose
    reading goes back up to the top in its right half after the left half, see `parse.layout`), else the page."""
    lines = list(page.lines)
    if page.width <= page.height:
        return [lines]
    for i in range(1, len(lines)):
        before, line = lines[i - 1], lines[i]
        if line.column != before.column and line.x0 >= page.width / 2 > before.x1 \
                and line.top < 0.3 * page.height and before.top > 0.45 * page.height:
            return [lines[:i], lines[i:]]
    return [lines]


def _take_notes(page: Page, lines: list[Line], size: float, markers_seen: set[str], notes: list[Footnote],
                ) -> list[Line]:
    """The lines of one area of a page without its footnotes, which go to `notes`."""
    tail: list[Line] = []
    while lines and lines[-1].size < 0.93 * size and lines[-1].top > 0.45 * page.height:
        tail.insert(0, lines.pop())
    start = _first_note(tail, size, markers_seen)
    lines.extend(tail[:start])  # small print of the body above the notes (an owner line under an afspraak)
    tail = tail[start:]
    if tail and (not FOOTNOTE_START.match(tail[0].text) or (lines and runs_on(lines[-1], tail[0], size))):
        # small print that is no footnote (a caption, a source line, the items of a sidebar set small that run
        # on from the upper half of the page): keep it in the body
        lines.extend(tail)
        tail = []
    for line in tail:
        m = FOOTNOTE_START.match(line.text)
        number = m.group(1).translate(SUPERSCRIPT_DIGITS) if m else ""
        starts_note = m and (number in markers_seen or not markers_seen or line.x0 <= tail[0].x0 + 1)
        if starts_note or not notes or notes[-1].page != page.number:
            marker = number
            notes.append(Footnote(marker, line.text[m.end():] if m else line.text, page.number))
        else:
            last = notes[-1]
            notes[-1] = replace(last, text=join_lines(last.text, line.text))
    return lines


def _first_note(tail: Sequence[Line], size: float, markers_seen: set[str]) -> int:
    """Where the notes start in a page's trailing small print: at its first line, or, where that line opens no
    note, at the first line set apart from the small print above it that opens with a marker the body printed
    ("Eigenaar: ... · Gereed: ..." in small print under the last afspraak, then the footnotes); 0 without one."""
    if not tail or FOOTNOTE_START.match(tail[0].text):
        return 0
    for k in range(1, len(tail)):
        m = FOOTNOTE_START.match(tail[k].text)
        if m and m.group(1).translate(SUPERSCRIPT_DIGITS) in markers_seen and not runs_on(tail[k - 1], tail[k], size):
            return k
    return 0


def runs_on(above: Line, first: Line, size: float) -> bool:
    """Whether small print at the foot of a page runs on from the line above it: that line is small print of the
    same size in the same column, as close as the lines of one text (footnotes stand apart from the body)."""
    return above.size < 0.93 * size and abs(above.size - first.size) < 0.3 and above.column == first.column \
        and 0 <= first.top - above.bottom <= 1.5 * first.size


def join_note_markers(page: Page, size: float) -> Page:
    """Footnote lines whose marker is set apart (a small raised "1" before "De liberalisatiegrens ...", both in
    small print in the lower half of the page), each marker joined to the text beside it, so that neither is
    read as a page number: "1 De liberalisatiegrens ..."."""
    out: list[Line] = []
    for line in page.lines:
        last = out[-1] if out else None
        if last is not None and NOTE_MARKER_ALONE.match(last.text) and line.x0 > last.x0 \
                and max(line.size, last.size) < 0.93 * size and last.top > 0.45 * page.height \
                and abs(line.top - last.top) < max(line.size, last.size) and line.column == last.column:
            out[-1] = replace(line, text=f"{last.text} {line.text}", x0=last.x0, top=min(last.top, line.top))
            continue
        out.append(line)
    return page if len(out) == len(page.lines) else replace(page, lines=tuple(out))
