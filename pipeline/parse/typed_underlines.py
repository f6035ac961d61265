"""Headings underlined with typed characters in a plain text: `=` under a chapter, `-` under a sub-heading.

A text typed in one monospaced font has no bold and no larger type; its headings are marked by a line of `=` or `-`
as long as the heading, right under it. That line is the heading's look, never text: it is taken out, and the
heading line gets the look a typeset document gives a heading (bold, set larger: a `=` chapter larger than a `-`
sub-heading), so that `clean` and `segment` read and nest it as they read a typeset heading. A longer run that
underlines nothing (a rule over a heading, between parts) is the typed stand-in for a drawn rule: taken out too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Line, Page
from .character_tables import EDGE_SLACK, char_width

UNDERLINE = re.compile(r"^(?:=+|-+)$")
MIN_CHARS = 3  # a shorter run ("--", "=") is a dash or a sign in the text, never an underline
MIN_RULE_CHARS = 10  # a run of `=` or `-` this long that underlines nothing is a typed rule, never text
# how much larger each underline sets its heading: a chapter (`=`) above a sub-heading (`-`)
SIZE_OF = {"=": 1.2, "-": 1.1}
# the underline runs the heading's length, give or take this many characters; it stands on the next line
LENGTH_TOLERANCE = 2
NEXT_LINE = 1.6  # at most this many times the size from the heading's top to the underline's top


def underline_char(line: Line) -> str | None:
    """`=` or `-` for a line that is only a run of that character (no spaces), else None."""
    text = line.text.strip()
    return text[0] if len(text) >= MIN_CHARS and UNDERLINE.match(text) else None


def underlines(heading: Line, line: Line) -> bool:
    """Whether `line`, a run of `=` or `-`, underlines `heading`: on the next line, at its left edge, its length."""
    width = char_width(line)
    return heading.page == line.page and any(ch.isalpha() for ch in heading.text) \
        and 0 < line.top - heading.top <= NEXT_LINE * max(heading.size, line.size) \
        and abs(heading.x0 - line.x0) <= width \
        and abs((heading.x1 - heading.x0) - (line.x1 - line.x0)) <= LENGTH_TOLERANCE * width + EDGE_SLACK


def underlined_headings(page: Page) -> Page:
    """A page whose typed underlines are taken out, the lines they underline set as headings."""
    if not any(underline_char(ln) for ln in page.lines):
        return page
    out: list[Line] = []
    for line in page.lines:
        char = underline_char(line)
        if char is not None and out and underlines(out[-1], line):
            above = out[-1]
            out[-1] = replace(above, bold=True, size=round(above.size * SIZE_OF[char], 2))
            continue
        if char is not None and len(line.text.strip()) >= MIN_RULE_CHARS:
            continue  # a rule typed across the page (over a heading, between parts): never text
        out.append(line)
    return page if len(out) == len(page.lines) else replace(page, lines=tuple(out))
