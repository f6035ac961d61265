"""Shortcuts taken for speed in the clean stage find what the plain code they replace finds (bench/README.md,
"Session 12"): lines of text for `footnotes.split_superscript_markers`.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


def _split_superscripts_testing_every_character(text):
    """split_superscript_markers as it was: a test per character before the marker pattern runs."""
    from pipeline.footnotes import SUPERSCRIPTS, split_superscript_markers

    if not any(ch in SUPERSCRIPTS for ch in text):
        return text, ()
    return split_superscript_markers(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab m2³¹⁰⁹,.) \u2070\u00b9x")), max_size=30))
def test_superscript_markers_one_search_per_line_finds_what_a_test_per_character_finds(text):
    from pipeline.footnotes import split_superscript_markers

    assert split_superscript_markers(text) == _split_superscripts_testing_every_character(text)
    if not any(ch in "⁰¹²³⁴⁵⁶⁷⁸⁹" for ch in text):
        assert split_superscript_markers(text) == (text, ())


def test_superscript_markers_one_search_per_line_on_a_note_and_a_power():
    from pipeline.footnotes import split_superscript_markers

    assert split_superscript_markers("woningen¹² en 40 m² tuin") == ("woningen en 40 m² tuin", ("12",))
    assert split_superscript_markers("geen noot hier") == ("geen noot hier", ())
