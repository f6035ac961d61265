"""Tables of contents taken out of the pages: an inhoudsopgave lists chapters and pages, never afspraken.

An entry is a line that ends in a page number after dot leaders ("6 Kwaliteit ....... 6"), or after a space on
the lines under a contents heading ("6 Kwaliteit en wonen met zorg 6"). The heading is found with its spaces
taken out, as typeset headings are letter-spaced ("I N H O U D") or set in small caps whose larger initial the
text layer sets apart ("I NHOUD").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from .structure import structure_lexicon
from .types import Line, Page

TOC_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}\s*$|…+\s*\d{1,4}\s*$")
TOC_PAGE_NUMBER = re.compile(r"\s\d{1,4}$")  # "3.2 Duurzaamheid 14" under an Inhoud heading
SPACES = re.compile(r"\s+")


@cache
def _contents_headings() -> frozenset[str]:
    """The contents headings of lexicon/structure.yaml, lowercase and without spaces."""
    return frozenset(SPACES.sub("", w.lower()) for w in structure_lexicon()["contents_headings"])


def is_contents_heading(text: str) -> bool:
    """Whether a line is the heading of a table of contents ("Inhoud", "Inhoudsopgave:", "I N H O U D")."""
    if len(text) > 40:
        return False
    return SPACES.sub("", text).lower().rstrip(":") in _contents_headings()


def ends_in_digit(text: str) -> bool:
    """Whether the last character before trailing whitespace is a decimal digit (what regex's \\d matches)."""
    return text.rstrip()[-1:].isdecimal()


def drop_toc(pages: Sequence[Page]) -> tuple[list[Page], int]:
    """Remove tables of contents: lines with dot leaders, and numbered lines ending in a page number that
    follow a contents heading on the same page."""
    out, removed = [], 0
    for page in pages:
        kept: list[Line] = []
        in_toc = False
        heading: Line | None = None  # an Inhoud heading with no entry dropped under it yet
        for line in page.lines:
            if is_contents_heading(line.text):
                in_toc, heading = True, line
                removed += 1
                continue
            # both patterns end in a page number, so a line whose last character is no digit is neither
            if ends_in_digit(line.text) and (TOC_LEADER.search(line.text)
                                             or (in_toc and TOC_PAGE_NUMBER.search(line.text))):
                removed += 1
                heading = None
                continue
            if in_toc and (line.bold or line.size > 0) and not re.search(r"\d{1,4}$", line.text):
                in_toc = in_toc and len(line.text) < 3
                if heading is not None:  # a contents list without page numbers: its heading stays and heads it
                    kept.append(heading)
                    removed -= 1
                    heading = None
            kept.append(line)
        out.append(replace(page, lines=tuple(kept)))
    return out, removed
