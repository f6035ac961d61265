"""A text cut by a page break goes on in its own column: the lines that read before it on the next page (the next
page's prose beside a sidebar, the sidebar's repeated heading "Afspraken (vervolg)") read after it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from .lexicon import load
from .numbering import find_marker, party_tag, theme_tag
from .text import ENDS_SENTENCE
from .types import Line, Page


def carry_over(pages: Sequence[Page]) -> list[Page]:
    """Pages whose first lines do not go on with the text the page before broke off (see the module docstring),
    with that text's continuation moved to the top of the page."""
    out = list(pages)
    for k in range(1, len(out)):
        before = next((p for p in reversed(out[:k]) if p.lines), None)
        if before is not None and out[k].lines:
            out[k] = _carried(before.lines[-1], out[k])
    return out


def _carried(last: Line, page: Page) -> Page:
    """The page with the continuation of `last` (a line that breaks off mid-sentence) first, when it stands in
    `last`'s column under bold headings and lines of another column set in another size only (a newspaper column
    that goes on in the next page's first column is set as the column it continues)."""
    tag = party_tag(last.text) or theme_tag(last.text)
    if ENDS_SENTENCE.search(last.text) or (tag and not tag[1]):  # a party or theme tag on its own line closes one
        return page
    i = _continuation(last, page.lines)
    if i is None or find_marker(page.lines[i].text) is not None:
        return page
    end = i
    while end < len(page.lines) and _same_column(last, page.lines[end]) \
            and abs(page.lines[end].size - last.size) <= 0.3 and not ENDS_SENTENCE.search(page.lines[end].text):
        end += 1
    end = min(end + 1, len(page.lines))  # the line that ends the sentence goes with it
    return replace(page, lines=(*page.lines[i:end], *page.lines[:i], *page.lines[end:]))


def _continuation(last: Line, lines: Sequence[Line]) -> int | None:
    """Where the text `last` broke off goes on: the first plain line in its column, set as it is, after at least
    one plain line of another column set in another size; None where no such line is."""
    beside = False  # only headings before it are no reason to move it
    for i, line in enumerate(lines):
        if not _same_column(last, line):
            if abs(line.size - last.size) <= 0.3 and not line.bold:
                return None  # text set as the broken-off text: it may well go on with it
            beside = beside or not line.bold
        elif not line.bold or last.bold:
            return i if beside and abs(line.size - last.size) <= 0.3 else None
    return None


def _same_column(a: Line, b: Line) -> bool:
    """Whether two lines stand in one column: each overlaps most of the narrower one's width."""
    shared = min(a.x1, b.x1) - max(a.x0, b.x0)
    return shared > 0.5 * min(a.x1 - a.x0, b.x1 - b.x0)


def continued_title(title: str) -> str:
    """A heading repeated over the rest of its section on the next page ("Betaalbaar wonen (vervolg)") as the title
    of the section it continues (the marks: lexicon structure.yaml `continuation_marks`)."""
    return _continuation_mark().sub("", title) or title


@cache
def _continuation_mark() -> re.Pattern[str]:
    words = "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in load("structure")["continuation_marks"])
    return re.compile(rf"\s*(?:\(\s*(?:{words})\s*\)|\s[-–—]\s*(?:{words}))\s*$", re.I)
