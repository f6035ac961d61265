"""Shortcuts taken for speed in the segment stage answer what the plain functions answer (bench/README.md,
"Session 13"): the caches of `numbering.find_marker`, `numbering.prefixed_marker` and `structure.cell_kind` on
random line and cell texts and numberings.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.numbering import Numbering, find_marker, prefixed_marker
from pipeline.structure import cell_kind

# --- Session 13, second pass: caches on pure functions asked again for the same line or cell text -------------

_MARKER_PIECES = ["1.", "2.1", "12)", "a)", "b.", "A1", "A2.", "B-4", "II.3", "IV", "§ 3", "[BS-03]", "Afspraak 4:",
                  "Actie 2.1", "Maatregel 3", "Activiteit 12:", "Afspraak 01-07-2025", "2025-07", "•", "–", "-",
                  "-20%", "Q3 2025", "eind 2025", "doorlopend", "gemeente", "Woonstichting De Eik", "De Eik /",
                  "1 juli", "“Wonen”", "(a)", "3", "4", " ", "  ", "Xx", "de", "huurders", "1.000", ":"]
_NUMBERINGS = [None, Numbering(), Numbering(frozenset({"prefixed:L"})), Numbering(frozenset({"prefixed:L.", "bare"})),
               Numbering(frozenset({"label:maatregel", "label:activiteit", "prefixed:R.", "prefixed:L[]"}))]
_texts = st.lists(st.sampled_from(_MARKER_PIECES), min_size=1, max_size=5).map(" ".join) \
    | st.lists(st.sampled_from(_MARKER_PIECES), min_size=1, max_size=4).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_texts, st.sampled_from(_NUMBERINGS)), min_size=1, max_size=30))
def test_marker_caches_answer_what_the_plain_functions_answer_for_any_text_and_numbering(asked):
    """find_marker and prefixed_marker keep what they found per text (and numbering): asked again, in any order
    and with other numberings in between, they answer what the uncached functions answer."""
    for text, numbering in asked + asked[::-1]:
        assert find_marker(text, numbering) == find_marker.__wrapped__(text, numbering)
        assert find_marker(text) == find_marker.__wrapped__(text)
        assert prefixed_marker(text) == prefixed_marker.__wrapped__(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_texts, min_size=1, max_size=30))
def test_cell_kind_cache_answers_what_the_plain_function_answers(texts):
    """cell_kind keeps its answer per cell text: asked again it answers what the uncached function answers."""
    for text in texts + texts[::-1]:
        assert cell_kind(text) == cell_kind.__wrapped__(text)


def test_marker_cache_tells_numberings_apart():
    """The same line under two numberings: a learnt style counts only where it was learnt, cache or not."""
    learnt = Numbering(frozenset({"prefixed:L"}))
    assert find_marker("A1 Woningbouw versnellen", learnt) == ("prefixed", "A1", "A1")
    assert find_marker("A1 Woningbouw versnellen", Numbering()) is None
    assert find_marker("A1 Woningbouw versnellen", learnt) == ("prefixed", "A1", "A1")
    assert cell_kind("Q3 2025") == "when" and cell_kind("Woonstichting De Eik") == "who"
