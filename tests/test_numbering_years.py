"""numbering's year of a label number uses text.year_pattern (one definition of a year, 1900-2099 here) instead of
a regex of its own: the same years are found, and only where the number is a date or a year-coded id."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.numbering import YEAR_PART, _year, learn_numbering
from pipeline.types import Line

OLD_YEAR_PART = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # the regex numbering had before


@pytest.mark.parametrize(("number", "year"), [
    ("01-07-2025", "2025"), ("2025-07", "2025"), ("2099.12.01", "2099"), ("1900/3", "1900"),
    ("2025", None),  # a bare year is no date or year-coded id
    ("1899-01", None), ("2100-01", None), ("12345-07", None), ("20255-01", None), ("3a", None), ("B-4", None),
])
def test_year_of_a_label_number_is_a_year_of_1900_to_2099(number, year):
    assert _year(number) == year


@given(st.text(alphabet="0123456789-/. ab", max_size=16))
def test_year_part_matches_where_numberings_own_regex_did(text):
    assert [m.span() for m in YEAR_PART.finditer(text)] == [m.span() for m in OLD_YEAR_PART.finditer(text)]


@pytest.mark.parametrize(("second", "family"), [("15-09-2025", True), ("15-09-2027", False)])
def test_label_dates_make_a_family_only_within_one_year(second, family):
    """'Afspraak 01-07-2025', 'Afspraak 15-09-2025': dates of one year are a series of meetings, learnt as a style;
    dates two years apart are not (nor consecutive numbers)."""
    texts = ["Afspraak 01-07-2025 De gemeente bouwt.", f"Afspraak {second} De corporatie isoleert."]
    lines = [Line(text=t, page=1, x0=72.0, x1=400.0, top=100.0 + 20 * k, bottom=110.0 + 20 * k, size=10.0)
             for k, t in enumerate(texts)]
    assert ("label:afspraak" in learn_numbering(lines).styles) is family
