"""Compare errors split L's pairs showed (issue #21), each one general cause, on sentences written for the test
in the manner of real agreements, and on split L's own gold pairs (now in dev)."""

from __future__ import annotations

import pytest

from pipeline.changes import compare_texts
from pipeline.evaluate.compare import evaluate_compare
from pipeline.reading import text_to_reading
from pipeline.types import Reason

from .conftest import CORPUS

DEV = CORPUS / "challenge" / "dev"


def kinds(reasons: list[Reason]) -> dict[str, int]:
    return {r.kind: r.direction for r in reasons}


def test_remaining_count_falling_is_progress_not_a_smaller_promise():
    old = "De corporatie heeft eind 2028 geen woningen met label E, F of G meer; het gaat nog om 96 woningen."
    new = "De corporatie heeft eind 2028 geen woningen met label E, F of G meer; het gaat nog om 51 woningen."
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []


def test_remaining_count_beside_a_moved_target_date_reports_only_the_date():
    old = "Uiterlijk eind 2026 zijn alle E-, F- en G-labels verdwenen; nu gaat het nog om 70 woningen."
    new = "Uiterlijk eind 2027 zijn alle E-, F- en G-labels verdwenen; nu gaat het nog om 31 woningen."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"deadline": -1}


def test_margin_below_the_legal_rent_cap_is_a_figure_with_its_reference():
    # "onder de maximale huursomstijging": a larger margin below the cap is a lower rent increase, better for tenants
    old = ("De corporatie blijft met de huursomstijging per 1 juli 2025 ten minste 0,5 procentpunt onder de "
           "maximale huursomstijging.")
    new = ("De corporatie blijft met de huursomstijging per 1 juli 2026 ten minste 1,5 procentpunt onder de "
           "maximale huursomstijging.")
    reasons = compare_texts(old, new, old_year=2025, new_year=2026)
    assert kinds(reasons) == {"quantity": 1}
    assert "onder de maximale huursomstijging" in reasons[0].explanation
    assert kinds(compare_texts(new, old, old_year=2025, new_year=2026)) == {"quantity": -1}


def test_every_half_year_is_less_often_than_every_quarter():
    old = "De gemeente en de corporatie bespreken elk kwartaal de voortgang van de nieuwbouwprojecten."
    new = "De gemeente en de corporatie bespreken elk halfjaar de voortgang van de nieuwbouwprojecten."
    assert kinds(compare_texts(old, new)) == {"quantity": -1}


def test_a_single_year_two_years_off_moving_with_the_document_has_slipped():
    old = "De corporatie bouwt uiterlijk in 2027 een wooncomplex met 24 zorgwoningen aan de Beekstraat."
    new = "De corporatie bouwt uiterlijk in 2028 een wooncomplex met 24 zorgwoningen aan de Beekstraat."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"deadline": -1}


def test_a_planning_period_moving_with_the_document_stays_the_yearly_bod():
    old = "De corporatie stuurt vóór 1 juli 2025 haar bod voor de jaren 2026 tot en met 2030 aan de gemeente."
    new = "De corporatie stuurt vóór 1 juli 2026 haar bod voor de jaren 2027 tot en met 2031 aan de gemeente."
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []


def test_agreeing_on_a_topic_in_the_documents_year_is_done_once():
    old = "Partijen maken in 2025 afspraken over de inzet van huismeesters in de flats aan de Dijklaan."
    new = "Partijen maken in 2026 afspraken over de inzet van huismeesters in de flats aan de Dijklaan."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"deadline": -1}
    yearly = "Partijen maken jaarlijks in {} afspraken over de inzet van huismeesters in de flats aan de Dijklaan."
    assert compare_texts(yearly.format(2025), yearly.format(2026), old_year=2025, new_year=2026) == []


def test_expecting_a_project_moment_is_a_forecast_not_a_hedge():
    forecast = text_to_reading("Wij starten in 2026 met de bouw van 20 woningen; de oplevering verwachten wij in 2027.",
                               coordinated=True)
    assert forecast.terms == ()
    hedge = text_to_reading("Wij verwachten in 2026 twintig woningen te realiseren.")
    assert hedge.level == "intent"


SPLIT_L = ("brammerveld", "heggerode", "oudervaart", "sudergaast")


@pytest.fixture(scope="module")
def split_l_compare(tmp_path_factory):
    """Compare scored on split L's own pairs only (a corpus folder of links to their gold)."""
    root = tmp_path_factory.mktemp("split_l")
    (root / "gold" / "pairs").mkdir(parents=True)
    for family in SPLIT_L:
        for path in (DEV / "gold").glob(f"{family}-*.json"):
            (root / "gold" / path.name).symlink_to(path)
        for path in (DEV / "gold" / "pairs").glob(f"{family}-*.json"):
            (root / "gold" / "pairs" / path.name).symlink_to(path)
    return evaluate_compare(root)


@pytest.mark.parametrize("family", ["heggerode", "sudergaast"])
def test_split_l_progress_hard_negatives_stay_kept(split_l_compare, family):
    """Every gold `progress` link of the family (a remaining count falling) is predicted kept."""
    assert family in {p.split("-")[0] for p in split_l_compare["pairs"]}
    assert "progress" in "".join(p.read_text() for p in (DEV / "gold" / "pairs").glob(f"{family}-*.json"))
    wrong = [m for m in split_l_compare["mistakes"]
             if m["pair"].startswith(family) and m["hard_negative"] == "progress"]
    assert wrong == []


def test_split_l_reads_the_rent_margin_and_the_frequency_in_their_direction(split_l_compare):
    """sudergaast's margin below the rent cap and brammerveld's quarterly -> half-yearly figures."""
    wrong = [m for m in split_l_compare["mistakes"] if m["pair"].startswith(("sudergaast", "brammerveld"))
             and m["gold_kinds"] == ["quantity"] and m["gold"] in ("weakened", "strengthened")]
    assert wrong == []


def test_one_more_coordinated_object_widens_the_reach():
    old = "De corporatie vergroent bij de herinrichting van speelplekken ten minste 20% van de verharding."
    new = ("De corporatie vergroent bij de herinrichting van schoolpleinen en speelplekken ten minste 20% van de "
           "verharding.")
    assert kinds(compare_texts(old, new)) == {"scope": 1}
    assert kinds(compare_texts(new, old)) == {"scope": -1}


def test_one_more_group_after_the_shared_words_widens_the_reach():
    old = "De verhuisregeling geldt voor senioren die een eengezinswoning achterlaten."
    new = "De verhuisregeling geldt voor senioren die een eengezinswoning of een ruime bovenwoning achterlaten."
    assert kinds(compare_texts(old, new)) == {"scope": 1}


def test_a_sentence_rebuilt_around_its_second_act_is_no_narrower():
    # the coordinated act ("en bespreken") comes back as a passive clause: a rewording, not a smaller reach
    old = ("De corporatie streeft naar een huurdersoordeel van ten minste 7,5 over het onderhoud en bespreekt de "
           "uitkomsten twee keer per jaar met de huurdersraad.")
    new = ("Voor het onderhoud streeft de corporatie naar een huurdersoordeel van ten minste 7,5; de uitkomsten "
           "worden twee keer per jaar met de huurdersraad besproken.")
    assert compare_texts(old, new) == []


def test_a_party_or_a_month_joined_in_is_not_a_wider_reach():
    old = "Samen met de gemeente stelt de corporatie in 2026 een plan op voor het warmtenet in de wijk Noord."
    new = "De gemeente en Woonkracht stellen in 2026 een plan op voor het warmtenet in de wijk Noord."
    assert all(r.kind != "scope" for r in compare_texts(old, new))
    old = "Partijen bespreken de voortgang in het overleg in maart en september 2026."
    new = "Partijen bespreken de voortgang in het overleg in september 2026."
    assert all(r.kind != "scope" for r in compare_texts(old, new))


def test_a_further_restriction_joined_in_is_no_wider_reach():
    old = "De corporatie verkoopt in 2026 maximaal 8 woningen, uitsluitend bij mutatie."
    new = "De corporatie verkoopt in 2026 maximaal 8 woningen, uitsluitend bij mutatie en met een terugkoopregeling."
    assert all(r.direction <= 0 for r in compare_texts(old, new) if r.kind == "scope")


def test_a_talk_that_becomes_a_study_is_firmer():
    old = "Partijen bespreken in 2025 de behoefte aan tijdelijke woningen voor spoedzoekers."
    new = "De corporatie onderzoekt in 2026 de haalbaarheid van tijdelijke woningen voor spoedzoekers."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"modality": 1}
    assert kinds(compare_texts(new, old, old_year=2025, new_year=2026)) == {"modality": -1}


def test_a_reason_given_after_nu_is_not_the_commitment(tmp_path):
    """kolmerdam's verhuiscoach: "onderzoeken of ... kan worden voortgezet, nu de bijdrage ... is afgelopen" is a
    study (the "nu" clause says why), so "zetten een verhuiscoach in" -> it is weaker, not a rewording."""
    (tmp_path / "gold" / "pairs").mkdir(parents=True)
    for path in (DEV / "gold").glob("kolmerdam-202[67].json"):
        (tmp_path / "gold" / path.name).symlink_to(path)
    pair = DEV / "gold" / "pairs" / "kolmerdam-2026__kolmerdam-2027.json"
    if not pair.exists():
        pytest.skip("kolmerdam is not in dev")
    (tmp_path / "gold" / "pairs" / pair.name).symlink_to(pair)
    result = evaluate_compare(tmp_path)
    assert not [m for m in result["mistakes"] if m["gold"] == "weakened" and m["gold_kinds"] == ["modality"]]
