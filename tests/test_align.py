"""Alignment: matches, new and dropped items, splits and merges, settings, and the one-link invariant."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.align import AlignSettings, align, similarity_matrix
from pipeline.types import Afspraak

TEXTS = [
    "Het Lindehof realiseert in de periode 2021-2025 ten minste 350 nieuwe sociale huurwoningen in Lindehoven-stad"
    " en de dorpen.",
    "In 2022 organiseren partijen in elk van de drie kernen een bewonersavond over wonen en leefbaarheid.",
    "Woonkracht brengt het gemiddelde energielabel van haar woningbezit uiterlijk in 2025 op label B.",
    "De gemeente stelt jaarlijks een leefbaarheidsbudget van € 55.000 beschikbaar voor bewonersinitiatieven.",
    "Meldingen van vocht en schimmel worden binnen tien werkdagen in behandeling genomen.",
]


def afspraken(texts: list[str], prefix: str = "a") -> list[Afspraak]:
    return [Afspraak(id=f"{prefix}{i}", number=str(i + 1), section=None, party=None, page=1, text=t)
            for i, t in enumerate(texts)]


def test_identical_documents_match_one_to_one():
    links = align(afspraken(TEXTS), afspraken(TEXTS, "b"))
    assert sorted((link.old, link.new) for link in links) == [(i, i) for i in range(len(TEXTS))]
    assert all(link.kind == "match" for link in links)


def test_reordered_and_reyeared_items_still_match():
    new = [TEXTS[2], TEXTS[0].replace("2021-2025", "2022-2026"), TEXTS[1].replace("2022", "2023")]
    links = {(link.old, link.new) for link in align(afspraken(TEXTS), afspraken(new, "b"))}
    assert {(2, 0), (0, 1), (1, 2)} <= links
    assert (3, None) in links and (4, None) in links


def test_new_item_is_not_forced_onto_an_old_one():
    new = TEXTS[:2] + ["De huurdersvereniging krijgt ondersteuning bij het inhuren van onafhankelijk advies."]
    links = align(afspraken(TEXTS[:2]), afspraken(new, "b"))
    assert [link.kind for link in links if link.new == 2] == ["new"]


def test_split_is_grouped_with_its_origin():
    old = ["Het Lindehof realiseert 350 sociale huurwoningen in Lindehoven en plaatst zonnepanelen op alle "
           "eengezinswoningen in Weversdorp die daarvoor geschikt zijn."]
    new = ["Het Lindehof realiseert 350 sociale huurwoningen in Lindehoven.",
           "Het Lindehof plaatst zonnepanelen op alle eengezinswoningen in Weversdorp die daarvoor geschikt "
           "zijn."]
    links = align(afspraken(old), afspraken(new, "b"))
    kinds = Counter(link.kind for link in links)
    assert kinds == {"match": 1, "split": 1}
    assert len({link.group for link in links}) == 1


def test_similarity_masks_years():
    sim = similarity_matrix(afspraken(["In 2022 organiseren partijen een avond."]),
                            afspraken(["In 2023 organiseren partijen een avond."], "b"))
    assert sim[0, 0] > 0.99


@pytest.mark.parametrize("field,value", [
    ("threshold", 1.5), ("word_weight", -1.0), ("split_containment", -0.1),
])
def test_settings_are_validated(field, value):
    with pytest.raises(ValueError, match=field):
        AlignSettings(**{field: value})


def test_settings_resolve():
    assert AlignSettings.resolve(None) == AlignSettings()
    assert AlignSettings.resolve({"threshold": 0.4}).threshold == 0.4
    with pytest.raises(ValueError, match="unknown"):
        AlignSettings.resolve({"nope": 1})


def test_empty_sides():
    assert align([], []) == []
    assert [link.kind for link in align(afspraken(TEXTS[:2]), [])] == ["dropped", "dropped"]
    assert [link.kind for link in align([], afspraken(TEXTS[:1]))] == ["new"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(TEXTS + ["Kort.", "", "Het Lindehof bouwt 20 woningen."]), max_size=6),
       st.lists(st.sampled_from(TEXTS + ["Anders.", "Het Lindehof bouwt 30 woningen."]), max_size=6))
def test_every_afspraak_in_exactly_one_link(old_texts, new_texts):
    links = align(afspraken(old_texts), afspraken(new_texts, "b"))
    assert sorted(link.old for link in links if link.old is not None) == list(range(len(old_texts)))
    assert sorted(link.new for link in links if link.new is not None) == list(range(len(new_texts)))
