"""pipeline.text: the one definition of a year, checked against the four patterns it replaced (issue #18)."""

from __future__ import annotations

import re

import pytest

from pipeline.text import mask_years, year_pattern

# The patterns before issue #18, each where it was: features, meta (a year, a range's first year, a date), themes.
BEFORE = [
    ((1950, 2199), r"(?:19[5-9]\d|20\d\d|21\d\d)"),
    ((1980, 2049), r"(?:20[0-4]\d|19[89]\d)"),
    ((2000, 2049), r"(?:20[0-4]\d)"),
    ((2000, 2099), r"(?:20\d\d)"),
    ((1900, 2099), r"(?:19|20)\d\d"),
]


@pytest.mark.parametrize(("years", "before"), BEFORE)
def test_year_pattern_matches_what_the_pattern_before_it_matched(years, before):
    now, then = re.compile(rf"\b{year_pattern(*years)}\b"), re.compile(rf"\b{before}\b")
    for n in range(10_000):
        text = f"in {n:04d}, of {n}."
        assert now.findall(text) == then.findall(text), text


def test_year_pattern_wants_whole_decades():
    assert year_pattern(1980, 2049) == r"(?:19[8-9]\d|20[0-4]\d)"
    with pytest.raises(ValueError, match="decades"):
        year_pattern(1985, 2049)


def test_mask_years():
    text = "In 2022 en 2023, 120 woningen; 1949 en 2200 niet"
    assert mask_years(text) == "In JJJJ en JJJJ, 120 woningen; 1949 en 2200 niet"
