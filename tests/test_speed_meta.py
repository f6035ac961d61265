"""Shortcuts taken for speed in reading a document's parties find what the plain code they replace finds
(bench/README.md, "Session 14" on): `party_lists.enumerated_corporaties` and `meta.party_line` on random texts.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import meta, party_lists
from pipeline.structure import structure_lexicon
from pipeline.types import Block


def _enumerated_corporaties_lowering_per_type(text, types, huurder_types):
    """Session 14's enumerated_corporaties: each sentence lowered again for every type word it is searched for."""
    typed = tuple(t.lower() for t in (*types, *huurder_types, "gemeente"))
    found = []
    sentences = re.split(r"(?<=[.;:])\s+", party_lists.PARENTHESIS.sub("", text))
    candidates = [s for s in sentences if " en " in s and any(t in s.lower() for t in typed)]
    for m in (m for s in candidates for m in party_lists.ENUMERATION.finditer(s)):
        items = [re.sub(r"^(?:de |het )", "", p.strip()) for p in re.split(r"\s*,\s*|\s+en\s+", m.group(0))]
        if not any(item.lower().startswith(typed) for item in items):
            continue
        found += [item for item in items if not item.lower().startswith(typed) and party_lists.is_housing_name(item)
                  and party_lists.looks_like_organisation(item)]
    for m in (m for s in candidates for m in party_lists._signed_by().finditer(s)):
        found += party_lists._beside_roles(m.group(1), types, typed)
    return found


_PARTY_PIECES = ["de gemeente Korenwolde", "Stichting Woongoed Korenwolde", "(hierna: Woongoed)", "Polderrand Wonen",
                 "Huurdersvereniging De Korenaar", "WONINGSTICHTING Ter Aa", "De Meentgaarde", "de drie "
                 "huurdersorganisaties", "zijn ondertekend door", "Lindeborgh Wonen", "GEMEENTE Aa", ", ", " en ",
                 ". ", "; ", "Huis"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PARTY_PIECES), max_size=16))
def test_enumerated_corporaties_lowering_each_sentence_once_finds_what_lowering_per_type_finds(pieces):
    text = "".join(pieces)
    lex = structure_lexicon()
    types, huurder_types = lex["corporatie_types"], tuple(lex["huurders_types"])
    assert party_lists.enumerated_corporaties(text, types, huurder_types) == \
        _enumerated_corporaties_lowering_per_type(text, types, huurder_types)


def _party_line_taking_titles_off_every_block(blocks):
    """Session 14's meta.party_line: every part of each of the first twelve blocks read by `from_type_word` before
    the block's kind, page and number of parts are looked at."""
    types = tuple(t.lower() for t in party_lists.all_types())
    first_page = min((b.page for b in blocks), default=1)
    for block in blocks[:12]:
        parts = [meta.from_type_word(p) for p in meta.PARTY_SEPARATOR.split(block.text.strip())]
        if block.kind != "table_row" and block.page == first_page and len(parts) >= 2 \
                and all(party_lists.looks_like_organisation(p) for p in parts) \
                and any(p.lower().startswith(types) for p in parts):
            return parts
    return []


_LINE_PIECES = ["Gemeente Ravensloot", "Prestatieafspraken Gemeente Klaverwijk", "Meerland Wonen", " · ", " | ", " • ",
                "Huurdersraad Ravensloot", "de afspraken", "Hoeksteen", "·", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(_LINE_PIECES), max_size=7), st.integers(1, 2),
                          st.sampled_from(["heading", "paragraph", "table_row"])), max_size=14))
def test_party_line_taking_titles_off_only_where_a_line_has_parts_finds_the_same_parties(specs):
    blocks = [Block(kind, "".join(pieces), page, 50.0, 100.0 + 12 * i, 11.0) for i, (pieces, page, kind) in
              enumerate(specs)]
    assert meta.party_line(blocks) == _party_line_taking_titles_off_every_block(blocks)
