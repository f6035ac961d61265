"""Shortcuts taken for speed after the parse (issue #19, session 19) find what the plain forms they replace find.

Each is checked against the plain form on random input: texts of attribute names, colons and words for
`structure.attribute_keys`; sets of names for the cached actor pattern of `commitment`.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import commitment
from pipeline.structure import attribute_key, attribute_keys, attribute_kinds

_PIECES = st.sampled_from([*sorted(attribute_kinds())[:12], "Wie", "Gereed", "Status 2025", "per 1 juli 2025", ":",
                           " : ", " ", "  ", ".", ";", "(", ")", "de gemeente", "Q3 2025", "woningen", "-", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_attribute_keys_finds_what_the_plain_scan_finds(text):
    assert [m.span() for m in attribute_keys(text)] == [m.span() for m in attribute_key().finditer(text)]


def test_attribute_keys_on_texts_with_and_without_a_colon():
    assert [m.group(1) for m in attribute_keys("Bouwen. Trekker: gemeente; gereed: Q3")] == ["Trekker", "gereed"]
    assert list(attribute_keys("Trekker gemeente gereed Q3 2025")) == []


def _actor_as_first_written(names):
    """Session 18's `_actor`: the pattern built anew on every call."""
    words = sorted({w for n in names for w in n.split() if w[:1].isupper() and len(w) > 2}, key=len, reverse=True)
    extra = "|" + "|".join(re.escape(w) for w in words) if words else ""
    return re.compile(r"\b(?:" + commitment.ROLES + extra + r")\b", re.IGNORECASE)


_NAMES = st.lists(st.sampled_from(["Woonstichting De Eik", "Lindewaard", "Wonen Oeverland", "Gemeente Oosterhout",
                                   "Huurdersvereniging Samen", "De Eik", "Ons Huis", "a.b"]), max_size=4)
_WORDS = st.lists(st.sampled_from(["De", "Eik", "Lindewaard", "bouwt", "gemeente", "Oeverland", "Samen", "Ons",
                                   "Huis", "partijen", "wij", "Eikenhof", "huis", " ", ","]), max_size=8)


@settings(max_examples=200, deadline=None)
@given(_NAMES, _WORDS)
def test_cached_actor_pattern_matches_as_the_pattern_built_anew(names, words):
    text = " ".join(words)
    found = commitment._actor(names).search(text)
    plain = _actor_as_first_written(names).search(text)
    assert (found and found.span()) == (plain and plain.span())


def test_actor_pattern_kept_per_names_whatever_sequence_holds_them():
    assert commitment._actor(["Lindewaard", "De Eik"]) is commitment._actor(("Lindewaard", "De Eik"))
    assert commitment._actor(["Lindewaard"]).search("Eikenhof bouwt") is None
    assert commitment._actor(["Eikenhof"]).search("Eikenhof bouwt") is not None


_SPACE_PIECES = st.lists(st.sampled_from(["a", "woningen", " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", ".", "\n",
                                          "ﬁ", "\u00ad", "(cid:127)", "é", "e\u0301"]), max_size=10).map("".join)


@settings(max_examples=300, deadline=None)
@given(_SPACE_PIECES)
def test_normalise_text_skips_only_lines_whose_spaces_would_not_change(text):
    from pipeline.normalise import _SPACES, _SPACES_TO_FOLD, normalise_text

    if _SPACES_TO_FOLD.search(text) is None:
        assert _SPACES.sub(" ", text) == text
    assert normalise_text(text) == normalise_text(normalise_text(text))


_SIGNATURE_PIECES = st.lists(st.sampled_from(["E.M.", "(Esther)", "Valkema", "van", "de", "J.", "Hoekstra", " ",
                                              "directeur-bestuurder", "bestuurder", "Directeur", "voorzitter",
                                              "secretaris", "Woonstichting De Eik", ",", "\n"]), max_size=8)


@settings(max_examples=300, deadline=None)
@given(_SIGNATURE_PIECES.map(" ".join))
def test_signer_found_only_in_texts_naming_a_signers_role(text):
    from pipeline.meta import SIGNER, SIGNER_ROLES

    if SIGNER.search(text) is not None:
        assert any(role in text for role in SIGNER_ROLES)
