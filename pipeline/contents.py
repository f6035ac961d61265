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

from .listed_chapters import listed_titles
from .page_number_column import join_page_numbers
from .structure import structure_lexicon
from .types import Line, Page

# leaders of dots, middle dots, underscores or spaced dashes before a page number ("Wonen ....... 6", "Wonen ·····
# 6", "Wonen ______ 6", "Wonen - - - - 6", "Wonen …… 6")
TOC_LEADER = re.compile(r"(?:[.·∙‧•_]\s?){4,}\s*\d{1,4}\s*$|(?:[-–]\s){4,}\s*\d{1,4}\s*$|…+\s*\d{1,4}\s*$")
TOC_PAGE_NUMBER = re.compile(r"\s\d{1,4}$")  # "3.2 Duurzaamheid 14" under an Inhoud heading
# an entry of a contents list without heading or leaders: "3 Beschikbaarheid en toewijzing 3", "3.2 Nieuwbouw 4",
# "Bijlagen 8"; a title of a few words that ends in no punctuation, then the page number
ENTRY = re.compile(r"^(?:(\d{1,2})(?:\.\d{1,2}){0,3}\.?\s+)?([^\W\d_][^.;:,!?]{0,70}?[^\W_])\s+(\d{1,4})$")
MIN_ENTRIES = 3  # numbered entries in a row before lines without a contents heading are taken for one
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


def headless_entries(lines: Sequence[Line], page_count: int) -> set[int]:
    """The indexes of lines that form a contents list without heading or leaders: MIN_ENTRIES or more numbered
    entries in a row ("5 Duurzaamheid 4", "6 Kwaliteit en wonen met zorg 5"), unnumbered ones among and after them
    ("Bijlagen 8"), their chapter numbers and page numbers never going down and no page past the document's."""
    found: set[int] = set()
    run: list[tuple[int, int | None, int]] = []  # (line index, chapter, page)

    def close() -> None:
        if sum(chapter is not None for _, chapter, _ in run) >= MIN_ENTRIES:
            found.update(i for i, _, _ in run)
        run.clear()

    for i, line in enumerate(lines):
        m = ENTRY.match(line.text.strip()) if ends_in_digit(line.text) else None
        if m is None or int(m.group(3)) > page_count + 2:
            close()
            continue
        chapter, page = (int(m.group(1)) if m.group(1) else None), int(m.group(3))
        chapters = [c for _, c, _ in run if c is not None]
        if run and (page < run[-1][2] or (chapter is not None and chapters and chapter < chapters[-1])):
            close()
        run.append((i, chapter, page))
    close()
    return found


def drop_toc(pages: Sequence[Page]) -> tuple[list[Page], int, frozenset[str]]:
    """Remove tables of contents: lines with leaders, numbered lines ending in a page number that follow a
    contents heading on the same page, and runs of such lines without heading (`headless_entries`). Also gives
    the titles its entries name (`listed_chapters.listed_titles`)."""
    out, removed = [], 0
    entries: list[str] = []
    for page in pages:
        page = join_page_numbers(page, is_contents_heading)  # numbers set flush right, read as a column of their own
        kept: list[Line] = []
        in_toc = False
        heading: Line | None = None  # an Inhoud heading with no entry dropped under it yet
        headless = headless_entries(page.lines, len(pages))
        for n, line in enumerate(page.lines):
            if n in headless:
                removed += 1
                entries.append(line.text)
                continue
            if is_contents_heading(line.text):
                in_toc, heading = True, line
                removed += 1
                continue
            # both patterns end in a page number, so a line whose last character is no digit is neither
            if ends_in_digit(line.text) and (TOC_LEADER.search(line.text)
                                             or (in_toc and TOC_PAGE_NUMBER.search(line.text))):
                removed += 1
                heading = None
                entries.append(line.text)
                continue
            if in_toc and (line.bold or line.size > 0) and not re.search(r"\d{1,4}$", line.text):
                in_toc = in_toc and len(line.text) < 3
                if heading is not None:  # a contents list without page numbers: its heading stays and heads it
                    kept.append(heading)
                    removed -= 1
                    heading = None
            kept.append(line)
        out.append(replace(page, lines=tuple(kept)))
    return out, removed, listed_titles(entries)
