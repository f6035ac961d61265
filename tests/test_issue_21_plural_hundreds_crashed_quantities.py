"""Issue #21: "honderden" and "duizenden" (hundreds, thousands: no figure) were taken for number words since
compound numbers are read ("honderdtwintig"), and reading their value raised StopIteration, so any afspraak
saying "honderden woningen" stopped quantities, frames and compare."""

from __future__ import annotations

import pytest

from pipeline.changes import compare_texts
from pipeline.number_words import number_word_re, number_word_value
from pipeline.quantities import parse_number, text_to_quantities


@pytest.mark.parametrize("word", ["honderden", "duizenden", "tweehonderden", "duizendtweehonderden"])
def test_plural_hundreds_and_thousands_are_no_number_word(word):
    assert number_word_re().fullmatch(word) is None
    assert parse_number(word) is None


@pytest.mark.parametrize(("word", "value"), [("honderd", 100), ("honderdenvijf", 105), ("honderdtwintig", 120),
                                             ("duizend", 1000), ("duizendenvijftig", 1050),
                                             ("tweeduizendvijfhonderd", 2500), ("achtentwintig", 28)])
def test_compound_numbers_still_read(word, value):
    assert number_word_re().fullmatch(word) is not None
    assert number_word_value(word) == value


def test_an_afspraak_about_hundreds_of_homes_reads_and_compares():
    quantities, _ = text_to_quantities("De corporatie verduurzaamt de komende jaren honderden woningen.")
    assert [q.value for q in quantities] == []
    old = "De corporatie verduurzaamt in 2026 40 woningen; duizenden huurders krijgen een energiecoach."
    new = "De corporatie verduurzaamt in 2026 60 woningen; duizenden huurders krijgen een energiecoach."
    assert [r.kind for r in compare_texts(old, new)] == ["quantity"]
