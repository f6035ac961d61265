"""A contents list without dot leaders, its page numbers set flush right (a Word inhoudsopgave with a plain right
tab): the gap before the numbers is so wide that the parser reads them as a column of their own, and the entries
beside them no longer end in a page number. Each number is joined back to the entry on its line, so that the
contents list is taken out as one with leaders is (`contents.drop_toc`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .types import Line, Page

PAGE_NUMBER = re.compile(r"^\d{1,4}$")
MIN_NUMBERS = 3  # bare numbers in the column, each beside an entry
SAME_LINE = 2.0  # points: a number and its entry share their top within this


def join_page_numbers(page: Page, is_heading: Callable[[str], bool]) -> Page:
    """The page with a column of bare page numbers joined to the entries beside them, where the page carries a
    contents heading (`is_heading`) and every line of that column is a page number standing beside a line of a
    column to its left; otherwise the page as it is."""
    if page.columns < 2 or not any(is_heading(line.text) for line in page.lines):
        return page
    by_column: dict[int, list[Line]] = {}
    for line in page.lines:
        by_column.setdefault(line.column, []).append(line)
    for column, lines in by_column.items():
        if column == 0 or len(lines) < MIN_NUMBERS or not all(PAGE_NUMBER.match(ln.text.strip()) for ln in lines):
            continue
        left_of = min(n.x0 for n in lines)
        entries = [ln for ln in page.lines if ln.column not in (0, column) and ln.x1 < left_of]
        beside = [(n, next((e for e in entries if abs(e.top - n.top) <= SAME_LINE), None)) for n in lines]
        if any(entry is None for _, entry in beside):
            continue
        numbers = {id(entry): n for n, entry in beside}  # the entry's line -> its page number
        out = [replace(ln, text=f"{ln.text.rstrip()} {numbers[id(ln)].text.strip()}", x1=numbers[id(ln)].x1)
               if id(ln) in numbers else ln for ln in page.lines if ln.column != column]
        return replace(page, lines=tuple(out))
    return page
