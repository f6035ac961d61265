"""Lettered lists read as text inside a block: "... omvat per woning ten minste: a. na-isolatie ...; b. HR++-glas
...; c. ..." stays one afspraak when its members open in lower case (no list marker, `numbering.find_marker`).
A member that opens with a capital ("b. HR++-glas") has a marker; it goes on in the same block when the member
before it ("a.") was read into that block's text at the same indent, so that one list is not cut in two.
"""

from __future__ import annotations

from collections.abc import Sequence

from .types import Line

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def continues_inline_list(lines: Sequence[Line], line: Line, marker: tuple[str, str, str] | None, kind: str) -> bool:
    """Whether `line`, opening with a letter `marker` (`numbering.find_marker`: "b.", "c)"), is the next member of
    a lettered list whose member before it opens one of the `lines` of the open block (of `kind` "item" or
    "paragraph") at the same x, read as text there (not the marker line of an item)."""
    if marker is None or marker[0] != "letter" or len(marker[1]) > 2:
        return False
    printed = marker[1]
    k = LETTERS.find(printed[:1])
    if k <= 0:
        return False
    before = LETTERS[k - 1] + printed[1:] + " "
    return any(ln.text.startswith(before) and abs(ln.x0 - line.x0) <= 2.0 for ln in lines[1 if kind == "item" else 0:])
