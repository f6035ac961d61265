"""Compare: reasons per kind, hard negatives that must not be flagged, invariants, lineage, corpus figures."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.changes import CompareSettings, compare, compare_texts, decide
from pipeline.features import extract_features
from pipeline.store import links_to_lineage
from pipeline.types import Afspraak, Document, DocumentMeta, Reason

from .conftest import CORPUS, GOLD


def kinds(reasons: list[Reason]) -> dict[str, int]:
    return {r.kind: r.direction for r in reasons}


@pytest.mark.parametrize("old,new,expected", [
    pytest.param("Het Lindehof realiseert 700 sociale huurwoningen.",
                 "Het Lindehof realiseert 500 sociale huurwoningen.", {"quantity": -1}, id="fewer-homes"),
    pytest.param("De huurverhoging is maximaal 2%.", "De huurverhoging is maximaal 3%.", {"quantity": -1},
                 id="higher-rent-cap-is-weaker"),
    pytest.param("Veenland verkoopt ten hoogste 16 woningen per jaar.",
                 "Veenland verkoopt ten hoogste 10 woningen per jaar.", {"quantity": 1},
                 id="fewer-sales-is-stronger"),
    pytest.param("Zij zijn uiterlijk eind 2023 gereed.", "Zij zijn uiterlijk eind 2025 gereed.",
                 {"deadline": -1}, id="later-deadline"),
    # a response time is a quantity whose object decides the direction (DOMAIN.md), not a deadline
    pytest.param("Binnen tien werkdagen komt een opzichter.", "Binnen vijf werkdagen komt een opzichter.",
                 {"quantity": 1}, id="shorter-response-time"),
    pytest.param("Het Lindehof zal 50 woningen bouwen.", "Het Lindehof streeft ernaar 50 woningen te bouwen.",
                 {"modality": -1}, id="zal-to-streeft"),
    pytest.param("Zij sluit de woningen aan.", "Zij sluit de woningen, indien financieel haalbaar, aan.",
                 {"condition": -1}, id="condition-added"),
    pytest.param("Zij sluit, mits er subsidie is, de woningen aan.", "Zij sluit de woningen aan.",
                 {"condition": 1}, id="condition-removed"),
    pytest.param("Zij isoleert alle woningen.", "Zij isoleert een deel van de woningen.", {"scope": -1},
                 id="scope-narrowed"),
    pytest.param("Zij isoleert twee complexen.", "Zij isoleert alle vier complexen.", {"scope": 1},
                 id="scope-widened"),
    pytest.param("De woningen krijgen label B.", "De woningen krijgen label C.", {"label": -1},
                 id="worse-label"),
])
def test_reasons(old, new, expected):
    assert kinds(compare_texts(old, new, old_year=2022, new_year=2023)) == expected


@pytest.mark.parametrize("old,new", [
    pytest.param("In 2022 organiseren partijen twee bewonersavonden.",
                 "In 2023 organiseren partijen twee bewonersavonden.", id="recurring-year"),
    pytest.param("Deze afspraken gelden van 1 januari 2022 tot en met 31 december 2022.",
                 "Deze afspraken gelden van 1 januari 2023 tot en met 31 december 2023.",
                 id="recurring-period"),
    pytest.param("Bij de jaarlijkse huuraanpassing per 1 juli 2022 stelt het Rijk de grens vast.",
                 "Bij de jaarlijkse huuraanpassing per 1 juli 2023 stelt het Rijk de grens vast.",
                 id="yearly"),
    pytest.param("Zij wijst 85% toe aan huishoudens met een inkomen tot € 40.765 (prijspeil 2022).",
                 "Zij wijst 85% toe aan huishoudens met een inkomen tot € 44.035 (prijspeil 2023).",
                 id="indexed"),
    pytest.param("De woningbouwvereniging draagt jaarlijks € 7.500 bij aan het dorpshuis.",
                 "Het dorpshuis ontvangt elk jaar een bijdrage van € 7.500 van de woningbouwvereniging.",
                 id="same-figures"),
    pytest.param("Zij sluit, mits er subsidie is, de woningen aan.",
                 "Zij sluit, op voorwaarde dat er subsidie is, de woningen aan.", id="condition-reworded"),
])
def test_hard_negatives_are_not_flagged(old, new):
    assert compare_texts(old, new, old_year=2022, new_year=2023) == []


def test_one_off_that_reappears_has_slipped():
    reasons = compare_texts("In 2022 stelt de gemeente een nieuwe woonvisie op.",
                            "In 2023 stelt de gemeente een nieuwe woonvisie op.",
                            old_year=2022, new_year=2023)
    assert kinds(reasons) == {"deadline": -1}


@pytest.mark.parametrize("directions,status", [
    ([], "reworded"), ([-1], "weakened"), ([1, 1], "strengthened"), ([1, -1], "modified"), ([0], "modified"),
])
def test_decide(directions, status):
    reasons = [Reason("quantity", None, None, "", d) for d in directions]
    assert decide(reasons, 0.9, CompareSettings()) == status


def test_decide_low_similarity_is_unclear():
    assert decide([], 0.1, CompareSettings()) == "unclear"


def test_settings_validated():
    with pytest.raises(ValueError, match="unclear_below"):
        CompareSettings(unclear_below=2.0)
    assert CompareSettings.resolve({"align": {"threshold": 0.5}}).align.threshold == 0.5


def document(year: int, texts: list[str], prefix: str) -> Document:
    meta = DocumentMeta(path=f"{prefix}.pdf", sha256=prefix, pages=1, type="prestatieafspraken",
                        years=(year,))
    return Document(meta=meta, afspraken=tuple(
        Afspraak(id=f"{prefix}-{i}", number=str(i + 1), section=None, party=None, page=1, text=t)
        for i, t in enumerate(texts)))


SERIES = [
    ["Het Lindehof realiseert in de periode 2021-2025 ten minste 350 nieuwe sociale huurwoningen.",
     "In 2021 organiseren partijen een bewonersavond in elk van de drie kernen."],
    ["Het Lindehof realiseert in de periode 2021-2026 ten minste 280 nieuwe sociale huurwoningen.",
     "In 2022 organiseren partijen een bewonersavond in elk van de drie kernen.",
     "De huurdersvereniging krijgt jaarlijks een bijdrage van € 32.000 voor scholing en advies."],
    ["Het Lindehof realiseert in de periode 2021-2026 ten minste 280 nieuwe sociale huurwoningen.",
     "De huurdersvereniging krijgt jaarlijks een bijdrage van € 32.000 voor scholing en advies."],
]


def test_compare_statuses_and_reasons_in_dutch():
    c = compare(document(2021, SERIES[0], "d21"), document(2022, SERIES[1], "d22"))
    by_new = {ch.new.id if ch.new else None: ch for ch in c.changes}
    assert by_new["d22-0"].status == "weakened"
    assert {r.kind for r in by_new["d22-0"].reasons} == {"quantity", "deadline"}
    assert "aantal verlaagd van 350" in by_new["d22-0"].reasons[0].explanation
    assert by_new["d22-1"].status == "reworded"
    assert by_new["d22-2"].status == "new"


def test_lineage_over_a_series():
    """The store's lineage rule over the links compare finds in a series of three years."""
    docs = [document(2021 + i, texts, f"d{i}") for i, texts in enumerate(SERIES)]
    comparisons = [compare(a, b) for a, b in zip(docs, docs[1:], strict=False)]
    links = [(c.old.id, c.new.id) for comparison in comparisons for c in comparison.changes if c.old and c.new]
    order = {a.id: (doc.meta.year, k) for doc in docs for k, a in enumerate(doc.afspraken)}
    ids = links_to_lineage(links, order)
    assert ids["d0-0"] == ids["d1-0"] == ids["d2-0"] == "d0-0"
    assert ids["d1-2"] == ids["d2-1"] == "d1-2"
    assert ids["d0-1"] == ids["d1-1"] != ids["d2-1"]


POOL = [t for texts in SERIES for t in texts] + ["Kort.", "In 2023 gebeurt iets anders met 12 woningen."]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(POOL), max_size=5), st.lists(st.sampled_from(POOL), max_size=5))
def test_every_afspraak_in_exactly_one_change(old_texts, new_texts):
    c = compare(document(2022, old_texts, "o"), document(2023, new_texts, "n"))
    olds = Counter(ch.old.id for ch in c.changes if ch.old)
    news = Counter(ch.new.id for ch in c.changes if ch.new)
    assert olds == Counter(f"o-{i}" for i in range(len(old_texts)))
    assert news == Counter(f"n-{i}" for i in range(len(new_texts)))


# ------------------------------------------------------------------------------ the corpus acceptance figures

@pytest.fixture(scope="module")
def evaluation():
    if not (GOLD / "pairs").is_dir() or not any((GOLD / "pairs").glob("*.json")):
        pytest.skip("corpus/gold/pairs is not built (python corpus/build.py)")
    from pipeline.evaluate.compare import evaluate_compare

    return evaluate_compare(CORPUS)


@pytest.mark.parametrize("status,target", [("new", 0.90), ("dropped", 0.90), ("weakened", 0.85),
                                           ("strengthened", 0.85)])
def test_corpus_status_f1(evaluation, status, target):
    assert evaluation["all"]["status"][status]["f1"] >= target


def test_corpus_reason_kind_accuracy(evaluation):
    assert evaluation["all"]["reason_kind_accuracy"] >= 0.85


def test_corpus_no_hard_negative_flagged(evaluation):
    assert evaluation["all"]["hard_negatives"] > 0
    assert evaluation["all"]["hard_negatives_flagged"] == 0


# ---- session 11: errors of the retired test split B (now dev), each a general case

def test_yearly_output_of_new_homes_rolls_forward_with_the_document():
    """"140 nieuwe woningen in 2024" in the 2024 agreement is that year's output, not a one-off deliverable."""
    reasons = compare_texts("De corporaties realiseren in 2024 ten minste 140 nieuwe sociale huurwoningen.",
                            "De corporaties realiseren in 2025 ten minste 120 nieuwe sociale huurwoningen.",
                            old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", -1)]


def test_a_share_in_a_relative_clause_is_no_one_off_deliverable():
    reasons = compare_texts("Woonstichting Kade bouwt in de periode 2024-2027 ten minste 200 huurwoningen, waarvan "
                            "60 woningen in 2024 worden opgeleverd.",
                            "Woonstichting Kade bouwt in de periode 2024-2027 ten minste 200 huurwoningen, waarvan "
                            "60 woningen in 2025 worden opgeleverd.", old_year=2024, new_year=2025)
    assert reasons == []


def test_a_new_plan_in_a_bare_year_still_slips():
    reasons = compare_texts("De gemeente stelt in 2024 een nieuwe woonvisie vast.",
                            "De gemeente stelt in 2025 een nieuwe woonvisie vast.", old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", -1)]


def test_a_period_whose_end_moves_is_no_roll_forward():
    reasons = compare_texts("De corporaties maken in de periode 2024 tot en met 2026 ten minste 80 woningen "
                            "levensloopbestendig.", "De corporaties maken in de periode 2024 tot en met 2027 ten "
                            "minste 80 woningen levensloopbestendig.", old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", -1)]


def test_tot_en_met_a_year_ends_that_year():
    assert [(d.year, d.month) for d in extract_features("Dit geldt tot en met 2027.").deadlines] == [(2027, 12)]


def test_a_yearly_date_moved_within_its_year_is_earlier_or_later_in_the_cycle():
    """"per 1 maart 2025 (over 2024)" -> "per 1 februari 2026 (over 2025)": the yearly report comes a month sooner."""
    reasons = compare_texts("De corporaties leveren per 1 maart 2025 hun verantwoording over 2024 aan.",
                            "De corporaties leveren per 1 februari 2026 hun verantwoording over 2025 aan.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", 1)]


def test_every_district_narrowed_to_two_named_ones_is_narrower_scope():
    reasons = compare_texts("De corporatie zet in iedere wijk een wijkconsulent in.",
                            "De corporatie zet in de wijken Oosthoek en Zandvliet een wijkconsulent in.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("scope", -1)]


def test_months_of_arrears_before_a_report_fewer_is_stronger():
    reasons = compare_texts("De corporatie meldt een achterstand van twee maanden bij de schuldhulpverlening.",
                            "De corporatie meldt een achterstand van één maand bij de schuldhulpverlening.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_a_present_tense_verb_of_deploying_gives_more_is_stronger():
    """"zet ... in" (inzetten): the lookup lemmas do not know "zet", the provision verbs do know "zetten in"."""
    reasons = compare_texts("De gemeente zet in 2025 vier woonconsulenten in.",
                            "De gemeente zet in 2026 zes woonconsulenten in.", old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_meetings_about_a_nuisance_more_often_is_stronger():
    """The burden "overlast" is what the meeting is about, not what is counted."""
    reasons = compare_texts("Bij overlast komt het buurtoverleg ten minste zes keer per jaar bijeen.",
                            "Bij overlast komt het buurtoverleg ten minste vier keer per jaar bijeen.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", -1)]


def test_making_arrangements_then_working_by_them_is_firmer():
    reasons = compare_texts("Partijen maken in 2025 afspraken over de aanpak van woonoverlast met de politie.",
                            "Partijen werken volgens de afspraken over de aanpak van woonoverlast met de politie.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("modality", 1)]
    back = compare_texts("Partijen werken volgens het convenant Zorg en Veiligheid.",
                         "Partijen sluiten in 2026 een nieuw convenant Zorg en Veiligheid.",
                         old_year=2025, new_year=2026)
    assert ("modality", -1) in [(r.kind, r.direction) for r in back]


def test_a_study_in_a_bare_year_that_moves_has_slipped():
    reasons = compare_texts("De gemeente onderzoekt in 2024 samen met de corporaties of in de seniorencomplexen "
                            "een ontmoetingsruimte kan komen.", "De gemeente onderzoekt in 2025 samen met de "
                            "corporaties of in de seniorencomplexen een ontmoetingsruimte kan komen.",
                            old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", -1)]


def test_a_cap_on_evictions_that_becomes_none_is_stronger():
    reasons = compare_texts("Partijen zetten zich in om het aantal huisuitzettingen te beperken tot maximaal 4 per "
                            "jaar.",
                            "Partijen zetten zich ervoor in dat er geen huisuitzettingen plaatsvinden.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_contact_after_fewer_months_of_arrears_is_stronger():
    reasons = compare_texts("De corporatie neemt uiterlijk na twee maanden huurachterstand contact op met de huurder.",
                            "De corporatie neemt al na één maand huurachterstand contact op met de huurder.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_a_price_level_after_a_semicolon_marks_only_its_own_part():
    reasons = compare_texts("De corporaties besteden ten minste € 65 per woning aan leefbaarheid; dit blijft binnen "
                            "het wettelijk maximum van € 142 per woning (prijspeil 2025).",
                            "De corporaties besteden ten minste € 75 per woning aan leefbaarheid; dit blijft binnen "
                            "het wettelijk maximum van € 146 per woning (prijspeil 2026).",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_at_most_equal_to_inflation_with_a_verb_between():
    reasons = compare_texts("De corporatie voert een huurverhoging door die maximaal gelijk is aan de inflatie.",
                            "De corporatie houdt de huurverhoging ten minste 0,5% onder de inflatie.",
                            old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_an_indexed_amount_raised_far_beyond_indexation_is_stronger():
    reasons = compare_texts("De corporatie stelt jaarlijks een budget beschikbaar voor scholing, dat voor 2025 "
                            "€ 12.900 bedraagt (prijspeil 2025).", "De corporatie stelt jaarlijks een budget "
                            "beschikbaar voor scholing, dat voor 2026 wordt verhoogd tot € 16.000.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_a_perfect_infinitive_names_a_deadline_ahead_not_the_past():
    reasons = compare_texts("De corporatie zet zich in om de maatregelen uiterlijk eind 2025 te hebben uitgevoerd.",
                            "De corporatie zet zich in om de maatregelen uiterlijk medio 2026 te hebben uitgevoerd.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", -1)]


def test_named_wijken_added_narrow_the_reach_but_the_gemeente_named_does_not():
    narrowed = compare_texts("De gemeente zet energiecoaches in voor huurders met hoge energielasten.",
                             "De gemeente zet energiecoaches in voor huurders met hoge energielasten in de wijken "
                             "Oosterkamp en Veldhuizen.", old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in narrowed] == [("scope", -1)]
    gemeente = compare_texts("De corporatie verkoopt maximaal 10 woningen.",
                             "De corporatie verkoopt maximaal 6 woningen in de gemeente Rijsveld.",
                             old_year=2025, new_year=2026)
    assert [r.kind for r in gemeente] == ["quantity"]


def test_a_taakstelling_count_far_from_its_word_is_the_rijks_figure():
    reasons = compare_texts("De corporaties zorgen dat de door het Rijk vastgestelde taakstelling wordt gehaald; voor "
                            "2025 gaat het om 58 personen.", "De corporaties zorgen dat de door het Rijk vastgestelde "
                            "taakstelling wordt gehaald; voor 2026 gaat het om 64 personen.",
                            old_year=2025, new_year=2026)
    assert reasons == []


def test_twice_a_year_to_once_a_year_is_weaker():
    reasons = compare_texts("Partijen bespreken de voortgang twee keer per jaar in het bestuurlijk overleg.",
                            "Partijen bespreken de voortgang een keer per jaar in het bestuurlijk overleg.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", -1)]


def test_where_technically_possible_is_a_condition():
    reasons = compare_texts("De corporatie biedt waar technisch mogelijk zonnepanelen aan alle huurders aan.",
                            "De corporatie biedt zonnepanelen aan alle huurders aan.", old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("condition", 1)]


def test_a_yearly_date_in_the_cycle_moved_a_month_earlier_is_stronger():
    reasons = compare_texts("De corporaties informeren de huurdersorganisaties jaarlijks vóór 1 maart 2026 over de "
                            "geplande onderhoudsprojecten.", "De corporaties informeren de huurdersorganisaties "
                            "jaarlijks vóór 1 februari 2027 over de geplande onderhoudsprojecten.",
                            old_year=2026, new_year=2027)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", 1)]


def test_a_dated_deliverable_without_a_yearly_cue_that_moves_a_year_has_slipped():
    """Dev errors of a looser rule: "stelt vóór 1 oktober 2024 een wijkvisie op" -> "vóór 1 april 2025" is six
    months later for a one-off plan, not three months earlier in a yearly cycle."""
    reasons = compare_texts("De Linde stelt vóór 1 oktober 2024 samen met bewoners en de gemeente een wijkvisie op.",
                            "De Linde stelt vóór 1 april 2025 samen met bewoners en de gemeente een wijkvisie op.",
                            old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", -1)]
    decision = compare_texts("De gemeente neemt vóór 1 oktober 2025 een besluit over de aanleg van een warmtenet.",
                             "De gemeente neemt vóór 1 april 2026 een besluit over de aanleg van een warmtenet.",
                             old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in decision] == [("deadline", -1)]


def test_places_named_as_a_share_do_not_narrow_the_reach():
    reasons = compare_texts("De corporaties isoleren in 2025 ten minste 260 woningen na.",
                            "De corporaties isoleren in 2026 ten minste 260 woningen na, waarvan 120 in de wijk "
                            "Molenbuurt.", old_year=2025, new_year=2026)
    assert reasons == []


def test_not_higher_than_inflation_with_words_between():
    reasons = compare_texts("de huurverhoging per 1 juli 2024 gemiddeld niet hoger te laten uitvallen dan de inflatie;",
                            "de huurverhoging per 1 juli 2025 gemiddeld ten minste 0,5% onder de inflatie te houden;",
                            old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("quantity", 1)]


def test_a_plan_drawn_up_in_a_bare_year_with_its_particle_far_off_has_slipped():
    reasons = compare_texts("Partijen stellen in 2024 voor het Stationskwartier een gezamenlijk wijkactieplan op en "
                            "bespreken de voortgang.", "Partijen stellen uiterlijk in 2025 voor het Stationskwartier "
                            "een gezamenlijk wijkactieplan op en bespreken de voortgang.", old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", -1)]


def test_a_softer_verb_in_a_coordinated_clause_weakens():
    reasons = compare_texts("Stelt in 2024 bouwgrond beschikbaar tegen een sociale grondprijs en zorgt voor een "
                            "doorlooptijd van de vergunningprocedure van maximaal 26 weken.",
                            "Stelt in 2025 bouwgrond beschikbaar tegen een sociale grondprijs en streeft naar een "
                            "doorlooptijd van de vergunningprocedure van maximaal 26 weken.",
                            old_year=2024, new_year=2025)
    assert [(r.kind, r.direction) for r in reasons] == [("modality", -1)]


def test_a_promise_that_becomes_an_effort_weakens_though_the_clause_discusses():
    """"zegt toe dat ... binnen twee weken worden geagendeerd": a discussion within a set time is a firm act, so the
    framing verb decides."""
    reasons = compare_texts("De gemeente zegt toe dat overlastsituaties binnen twee weken worden geagendeerd in het "
                            "casusoverleg.", "De gemeente zet zich ervoor in dat overlastsituaties binnen twee weken "
                            "worden geagendeerd in het casusoverleg.", old_year=2026, new_year=2027)
    assert [(r.kind, r.direction) for r in reasons] == [("modality", -1)]


def test_a_fragment_without_subject_that_starts_with_its_verb_commits():
    """A party-matrix cell: "Voert ... uit" (firm) -> "Gaat na of ..." (explore)."""
    reasons = compare_texts("Voert in 2024 samen met de corporatie een campagne uit tegen het niet-gebruik van "
                            "huurtoeslag.", "Gaat na of een vervolg op de campagne tegen het niet-gebruik van "
                            "huurtoeslag zinvol is.", old_year=2024, new_year=2025)
    assert ("modality", -1) in [(r.kind, r.direction) for r in reasons]


def test_a_talk_that_becomes_an_act_has_no_slipped_date_nor_narrower_reach():
    """"gaan in 2025 in gesprek over ..." -> "ondertekenen uiterlijk eind 2026 een convenant": the dates are about
    different things, and the act names where it applies."""
    reasons = compare_texts("Partijen gaan in 2025 met politie en zorgpartners in gesprek over een werkwijze bij "
                            "ernstige overlast.", "Partijen ondertekenen uiterlijk eind 2026 met politie en "
                            "zorgpartners een convenant overlast voor de wijken Oosthoek en Zandvliet.",
                            old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("modality", 1)]


def test_a_dated_deadline_near_a_title_word_is_still_a_deadline():
    """"actualiseert de woonvisie uiterlijk medio 2026": "woonvisie 2026" would be a title, "uiterlijk medio 2026"
    is a deadline; "zijn uiterlijk medio 2027 afgerond" is done by then, not the past."""
    reasons = compare_texts("De gemeente actualiseert de woonvisie uiterlijk in het derde kwartaal van 2025.",
                            "De gemeente actualiseert de woonvisie uiterlijk medio 2026.", old_year=2025, new_year=2026)
    assert [(r.kind, r.direction) for r in reasons] == [("deadline", -1)]
    sooner = compare_texts("De corporaties inspecteren alle complexen; deze inspecties zijn uiterlijk eind 2027 "
                           "afgerond.", "De corporaties inspecteren alle complexen; deze inspecties zijn uiterlijk "
                           "medio 2027 afgerond.", old_year=2026, new_year=2027)
    assert [(r.kind, r.direction) for r in sooner] == [("deadline", 1)]


def test_working_by_a_protocol_with_words_between_verb_and_volgens():
    reasons = compare_texts("De gemeente en de corporaties leggen de werkwijze voor woningaanpassingen vast in een "
                            "gezamenlijk protocol, dat uiterlijk 1 april 2026 wordt vastgesteld.",
                            "De gemeente en de corporaties werken bij woningaanpassingen vanuit de Wmo volgens het "
                            "gezamenlijke protocol.", old_year=2026, new_year=2027)
    assert ("modality", 1) in [(r.kind, r.direction) for r in reasons]
    same = compare_texts("Wij stellen ten minste 8 woningen beschikbaar, volgens het convenant Zachte Landing.",
                         "Partijen werken samen volgens het convenant Zachte Landing; de corporatie stelt ten minste "
                         "8 woningen beschikbaar.", old_year=2025, new_year=2025)
    assert "modality" not in [r.kind for r in same]


def test_a_progress_restatement_has_no_narrower_reach_nor_later_date():
    """"alle 32 woningen in 2025 en 2026" -> "in 2026 de resterende 12 woningen": what is left of the programme."""
    reasons = compare_texts("Hoeksteen Wonen maakt in 2025 en 2026 alle 32 woningen in het complex Kerkhof "
                            "levensloopgeschikt.", "Hoeksteen Wonen maakt in 2026 de resterende 12 woningen in het "
                            "complex Kerkhof levensloopgeschikt.", old_year=2025, new_year=2026)
    assert reasons == []


@pytest.mark.parametrize("bound", ["uiterlijk 1 juli 2026", "vóór 1 juli 2026", "per 1 januari 2027"])
def test_a_bounded_date_added_or_dropped_or_moved_is_a_deadline_change(bound):
    """A date that bounds the act ("uiterlijk", "vóór": an end; "per": a start; lexicon numbers.yaml) set where
    none stood is a stronger deadline, dropped a weaker one, moved a year later a slipped one; a year an activity
    runs in ("in 2026") sets no deadline."""
    plain = "De gemeente voert de nieuwe huisvestingsverordening in."
    dated = f"De gemeente voert {bound} de nieuwe huisvestingsverordening in."
    later = dated.replace("2027", "2028") if "2027" in bound else dated.replace("2026", "2027")

    def deadlines(old, new):
        return [r.direction for r in compare_texts(old, new, old_year=2026, new_year=2026) if r.kind == "deadline"]

    assert deadlines(plain, dated) == [1]
    assert deadlines(dated, plain) == [-1]
    assert deadlines(dated, later) == [-1]
    assert deadlines(plain, "De gemeente voert in 2026 de nieuwe huisvestingsverordening in.") == []
