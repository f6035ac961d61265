"""Small text helpers that several stages share (parse fills table cells with them, clean and segment join lines)."""

from __future__ import annotations

import re

SUSPENDED_HYPHEN = re.compile(r"^(en|of|tot|noch|als|dan)\b")


def join_lines(first: str, second: str) -> str:
    """Join two lines of one paragraph, undoing a hyphen that only broke a word at the line end."""
    if not first:
        return second
    if not second:
        return first
    if first.endswith("-") and len(first) > 1:
        before = first[-2]
        if before.islower() and second[:1].islower() and not SUSPENDED_HYPHEN.match(second):
            return first[:-1] + second
        if before.isalnum() and not SUSPENDED_HYPHEN.match(second):
            return first + second  # a real hyphen: "CO2-" + "uitstoot", "Westervoort-" + "Noord"
    if first.endswith("/"):
        return first + second
    return first + " " + second
