"""A chapter opened by its number set large on a line of its own above the title (a brochure's "3" in 30 pt over
"Goed en gezond wonen"): display type, never text. Left as a line, it joined the afspraak read before it wherever
it stood further right than that afspraak (at the top of a spread's right half)."""

from __future__ import annotations

import re
from dataclasses import replace

from .types import Line, Page

NUMERAL = re.compile(r"^\d{1,2}\.?$")
DISPLAY = 2.0  # of the body size: a numeral this large is display type, not a figure in the text
TITLE = 1.15  # of the body size: the line under it set this large (or bold and larger than the body) is a title
TITLE_GAP = 2.0  # of the numeral's size: its title stands at most this far under it (display type leaves air)


def is_chapter_numeral(line: Line, following: Line | None, size: float) -> bool:
    """A bare chapter number in display type with the chapter's title set as a heading right under it."""
    return (NUMERAL.match(line.text.strip()) is not None and line.size >= DISPLAY * size and following is not None
            and following.column == line.column and 0 <= following.top - line.bottom <= TITLE_GAP * line.size
            and (following.size >= TITLE * size or (following.bold and following.size > size))
            and any(ch.isalpha() for ch in following.text))


def drop_chapter_numerals(page: Page, size: float) -> Page:
    """The page without the display numbers over its chapter titles."""
    lines = page.lines
    kept = [ln for k, ln in enumerate(lines)
            if not is_chapter_numeral(ln, lines[k + 1] if k + 1 < len(lines) else None, size)]
    return page if len(kept) == len(lines) else replace(page, lines=tuple(kept))
