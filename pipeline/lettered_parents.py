"""Titled parents over lettered sub-afspraken: "4  Woningtoewijzing" (a short title, not an afspraak) over "4a",
"4b", "4c", each an afspraak. A parent without subs ("3  Huurbeleid" over one paragraph) is the afspraak itself: where
a document numbers so, its one-number titles over a paragraph are afspraak titles like "2.4 Omvang ..."
(`numbered_subheadings`), issue #21."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .types import Block

PARENT_TITLE = re.compile(r"^(\d{1,2})\.?\s+(\D.*)$")  # "4 Woningtoewijzing": one number, then the title
SUB_NUMBER = re.compile(r"\(?(\d{1,2})([a-z])[.)]?")  # "4a", "4b.", "(4c)": a parent's number and a letter
MIN_LETTERED = 2  # parents heading lettered subs before their one-number titles count as a series of titles


def _sub_number(block: Block) -> tuple[str, str] | None:
    """(number, letter) of an item numbered with a number and a letter ("4a", "4b."), else None."""
    m = SUB_NUMBER.fullmatch((block.marker or "").strip()) if block.kind == "item" else None
    return (m.group(1), m.group(2)) if m else None


def lettered_parents(blocks: Sequence[Block]) -> frozenset[str]:
    """The numbers of the one-number titled parents over lettered sub-afspraken in a document that heads them so:
    headings "N Title" whose next block is the item "Na" (a list under a title that states no afspraak of its own),
    MIN_LETTERED or more of them; empty where there are fewer."""
    found = set()
    for block, after in zip(blocks, blocks[1:], strict=False):
        titled = parent_title(block)
        if titled and _sub_number(after) == (titled[0], "a"):
            found.add(titled[0])
    return frozenset(found) if len(found) >= MIN_LETTERED else frozenset()


def parent_title(block: Block) -> tuple[str, str] | None:
    """(number, title) of a one-number titled heading ("3 Huurbeleid"), else None."""
    m = PARENT_TITLE.match(block.text.strip()) if block.kind == "heading" else None
    return (m.group(1), m.group(2)) if m else None
