"""Small text helpers that several stages share: joining the lines of a paragraph, years, and gapped phrases.

Parse fills table cells with `join_lines`, clean and segment join lines with it; `year_pattern` is the one
definition of a year that metadata, features, alignment and theme masking narrow to the range they accept.
"""

from __future__ import annotations

import re

# a line or text that ends a sentence (or a lead-in, "...:"), a closing quote or bracket after the mark allowed
ENDS_SENTENCE = re.compile(r"[.!?:;]['\"”’)]*$")
SUSPENDED_HYPHEN = re.compile(r"^(en|of|tot|noch|als|dan)\b")
# a hyphen after a word of one letter ("e-" + "mail"): no hyphenation leaves a single letter before the break
SINGLE_LETTER_HYPHEN = re.compile(r"(?:^|\s)\w-$")


def join_lines(first: str, second: str) -> str:
    """Join two lines of one paragraph, undoing a hyphen that only broke a word at the line end."""
    if not first:
        return second
    if not second:
        return first
    if first.endswith("-") and len(first) > 1:
        before = first[-2]
        if before.islower() and second[:1].islower() and not SUSPENDED_HYPHEN.match(second) \
                and not SINGLE_LETTER_HYPHEN.search(first):
            return first[:-1] + second
        if (before.isalnum() or before == "+" and second[:1].isalnum()) and not SUSPENDED_HYPHEN.match(second):
            return first + second  # a real hyphen: "CO2-" + "uitstoot", "Westervoort-" + "Noord", "HR++-" + "glas"
    if first.endswith("/") and not first.endswith(" /"):  # a path or url goes on; "Gemeente /" names one more
        return first + second
    return first + " " + second


def year_pattern(first: int, last: int) -> str:
    r"""A regular expression (one group, no capture) for the years `first` to `last`, whole decades.

    year_pattern(1980, 2049) == r"(?:19[8-9]\d|20[0-4]\d)".
    """
    if first % 10 or last % 10 != 9 or first > last:
        raise ValueError(f"years must run over whole decades: {first}-{last}")
    parts = []
    for century in range(first // 100, last // 100 + 1):
        low = max(first, century * 100) // 10 % 10
        high = min(last, century * 100 + 99) // 10 % 10
        parts.append(f"{century}{low if low == high else f'[{low}-{high}]'}\\d")
    return "(?:" + "|".join(parts) + ")"


_YEARS = re.compile(rf"\b{year_pattern(1950, 2199)}\b")


def mask_years(text: str) -> str:
    """Replace every year by "JJJJ" so that re-yeared texts compare equal."""
    return _YEARS.sub("JJJJ", text)


def gapped_phrase(phrase: str, max_gap: int) -> str:
    """A lexicon phrase as a regex whose " ... " matches up to `max_gap` words, as few as can be: the middle of a
    separable verb ("levert ... op" in "levert in 2025 48 woningen op")."""
    return rf"(?:\s+\S+){{0,{max_gap}}}?\s+".join(map(re.escape, phrase.split(" ... ")))
