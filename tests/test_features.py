"""Table-driven tests of the feature helpers, and a property test that extract_features never fails."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import lexicon
from pipeline.features import (
    extract_features,
    label_rank,
    parse_number,
    text_to_deadlines,
    text_to_labels,
)
from pipeline.nlp import docs, get_nlp, lemmas
from pipeline.text import mask_years


def test_lookup_lemmatizer_lemmatises():
    assert lemmas("woningen realiseert zonnepanelen") == ["woning", "realiseren", "zonnepaneel"]
    assert "sentencizer" in get_nlp().pipe_names


def test_docs_batch_matches_single():
    texts = ["Het Lindehof bouwt.", "Twee zinnen. Hier.", "Het Lindehof bouwt."]
    assert [d.text for d in docs(texts)] == texts


@pytest.mark.parametrize("text,value", [
    ("1.200", 1200.0), ("1,5", 1.5), ("60.000", 60000.0), ("30", 30.0), ("twintig", 20.0), ("honderd", 100.0),
    ("abc", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text,expected", [
    ("Het Lindehof realiseert 1.200 woningen.", [(1200.0, "woningen")]),
    ("De bijdrage is € 60.000 per jaar.", [(60000.0, "euro")]),
    ("Er komt € 1,5 miljoen beschikbaar.", [(1500000.0, "euro")]),
    ("Ten minste 30% gaat naar starters.", [(30.0, "procent")]),
    ("Ten minste 30 procent gaat naar starters.", [(30.0, "procent")]),
    ("Er komen twintig appartementen.", [(20.0, "woningen")]),
    ("Jaarlijks stromen 10 tot 15 senioren door.", [(12.5, "personen")]),
    ("Er komen 75-135 sociale huurwoningen.", [(105.0, "woningen")]),
    ("De corporatie plaatst 400 zonnepanelen.", [(400.0, "zonnepanelen")]),
    ("In 2024 organiseren partijen een avond.", []),
    ("Op 1 juli 2023 start de bouw.", []),
])
def test_quantities(text, expected):
    got = [(q.value, q.unit) for q in extract_features(text).quantities]
    assert got == expected


@pytest.mark.parametrize("text,polarity,indexed", [
    ("Veenland houdt de huursomstijging op maximaal de inflatie plus 0,5%.", -1, False),
    ("Veenland verkoopt per jaar ten hoogste 16 eengezinswoningen.", -1, False),
    ("Het Lindehof bouwt 50 woningen.", 1, False),
    ("Een inkomen tot € 44.035 (eenpersoonshuishoudens), prijspeil 2023.", 0, True),
    ("De liberalisatiegrens van € 808,06 blijft gelden.", 0, True),
])
def test_quantity_direction(text, polarity, indexed):
    q = extract_features(text).quantities[0]
    assert (q.polarity, q.indexed) == (polarity, indexed)


def test_response_time_is_a_period():
    q = extract_features("Binnen vijf werkdagen komt een opzichter langs.").quantities[0]
    assert (q.role, q.polarity, q.value) == ("period", -1, 5.0)


@pytest.mark.parametrize("text,expected", [
    ("De gemeente stelt in 2023 een visie vast.", [(2023, 12)]),
    ("Dit is gereed eind 2024.", [(2024, 12)]),
    ("Dit is uiterlijk medio 2025 gereed.", [(2025, 6)]),
    ("Dit gebeurt voor 1 juli 2023.", [(2023, 6)]),
    ("Dit gebeurt in Q3 2023.", [(2023, 9)]),
    ("Dit gebeurt vóór de zomer van 2024.", [(2024, 6)]),
    ("Dit geldt per 1 januari 2024.", [(2024, 1)]),
    ("De start is in het derde kwartaal van 2023.", [(2023, 9)]),
    ("Woonkracht realiseert in de periode 2022-2026 ten minste 650 woningen.", [(2026, 12)]),
    ("Dit past in de Woonvisie 2021-2030.", []),
    ("Het gaat om een inkomen tot € 44.035, prijspeil 2022.", []),
    ("In 2021 zijn 84 woningen opgeleverd.", []),
])
def test_deadlines(text, expected):
    assert [(d.year, d.month) for d in text_to_deadlines(text, year=2022)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Alle woningen hebben label B.", ["B"]),
    ("Het bezit heeft gemiddeld label B.", ["B"]),
    ("De woningen gaan naar minimaal label C.", ["C"]),
    ("Eind 2028 zijn er geen E-, F- en G-labels meer.", ["D"]),
    ("Geen enkele woning heeft nog energielabel E, F of G.", ["D"]),
    ("De woningen gaan van label E naar label A.", ["A"]),
    ("Er is geen label.", []),
])
def test_labels(text, expected):
    assert text_to_labels(text) == expected


def test_label_order():
    assert label_rank("A++") < label_rank("A") < label_rank("B") < label_rank("G")


@pytest.mark.parametrize("text,expected", [
    ("Zij doet dit indien financieel haalbaar.", ("indien financieel haalbaar",)),
    ("Zij doet dit onder voorbehoud van goedkeuring door de RvC.", ("onder voorbehoud",)),
    ("Zij doet dit mits er subsidie is.", ("mits",)),
    ("Zij doet dit, voor zover de financiële ruimte het toelaat.", ("voor zover",)),
    ("Waar mogelijk worden daken vergroend.", ("waar mogelijk",)),
    ("Zij past in principe geen verhoging toe.", ("in principe",)),
    ("Indien nodig schakelt zij hulp in.", ()),
    ("Zij bouwt 50 woningen.", ()),
])
def test_conditions(text, expected):
    assert extract_features(text).conditions == expected


@pytest.mark.parametrize("text,scope", [
    ("Zij isoleert alle woningen.", 1.0),
    ("Zij isoleert een deel van de woningen.", 0.4),
    ("Zij isoleert twee complexen.", 0.25),
    ("Zij start een pilot in Weversdorp.", 0.0),
    ("Zij isoleert twee van de vijf flats.", 0.4),
    ("Elk jaar organiseren partijen een avond.", None),
    ("Van alle nieuwbouw is minimaal 60% klein.", None),
    ("Zij bouwt 50 woningen.", None),
])
def test_scope(text, scope):
    assert extract_features(text).scope == scope


def test_mask_years():
    assert mask_years("In 2022 en 2023, 120 woningen") == "In JJJJ en JJJJ, 120 woningen"


def test_lexicons_load_and_headings_map_to_themes():
    assert lexicon.heading_to_theme("Betaalbaar wonen") == "beschikbaarheid_betaalbaarheid"
    assert lexicon.heading_to_theme("Energietransitie") == "duurzaamheid_klimaat"
    assert lexicon.heading_to_theme("Leefbare wijken") == "leefbaarheid"
    assert lexicon.heading_to_theme("Wonen en zorg") == "kwaliteit"
    assert lexicon.heading_to_theme("Monitoring") == "overig"
    assert lexicon.heading_to_theme("Iets anders") is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200),
       st.one_of(st.none(), st.integers(1990, 2100)))
def test_extract_features_never_fails(text, year):
    features = extract_features(text, year=year)
    assert features.scope is None or 0.0 <= features.scope <= 1.0


DOMAIN_WORDS = ["Het Lindehof", "realiseert", "1.200", "€", "30%", "eind", "2024", "label", "B", "geen", "alle",
                "indien", "twee", "van", "de", ",", ".", "tot", "Q3", "per"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(DOMAIN_WORDS), max_size=30))
def test_extract_features_on_domain_words(words):
    extract_features(" ".join(words), year=2023)


def test_issue_20_a_figure_carries_its_comparator():
    found = extract_features("De corporatie bouwt ten minste 120 woningen, verkoopt maximaal 8 woningen, plaatst "
                             "circa 30 warmtepompen en tussen 20 en 30 zonnepanelen.").quantities
    assert [(q.value, q.unit, q.comparator) for q in found] == [
        (120.0, "woningen", "min"), (8.0, "woningen", "max"), (30.0, "warmtepompen", "approx"),
        (25.0, "zonnepanelen", "range")]
    assert [q.comparator for q in extract_features("De corporatie verkoopt geen woningen.").quantities] == ["max"]
