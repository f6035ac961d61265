"""Compare errors split O's pairs showed once it moved to dev (issue #21), each one general cause, on sentences
written for the test in the manner of real agreements."""

from __future__ import annotations

from pipeline.changes import compare_texts
from pipeline.types import Reason


def kinds(reasons: list[Reason]) -> dict[str, int]:
    return {r.kind: r.direction for r in reasons}


def test_a_years_work_named_again_as_the_latest_year_for_it_has_slipped():
    old = "Het Waterhuis past in 2025 de badkamers van de 32 woningen aan de Populierenlaan aan."
    new = "Het Waterhuis past uiterlijk in 2026 de badkamers van de 32 woningen aan de Populierenlaan aan."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"deadline": -1}
    # the same year's work a year on, named the same way, recurs
    new = "Het Waterhuis past in 2026 de badkamers van de 32 woningen aan de Populierenlaan aan."
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []


def test_a_completion_planned_in_a_clause_of_its_own_a_year_on_has_slipped():
    old = "Woonzorg Eemland levert in 2025 aan de Kloosterhof 24 seniorenwoningen op."
    new = ("Woonzorg Eemland levert aan de Kloosterhof 24 seniorenwoningen op; door vertraging bij de aannemer is "
           "de oplevering voorzien in het eerste kwartaal van 2026.")
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"deadline": -1}
    # the year's output named for the next year, without a planned moment, is the yearly figure again
    new = "Woonzorg Eemland levert in 2026 aan de Kloosterhof 24 seniorenwoningen op."
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []


def test_wanting_an_outcome_is_an_aim_like_striving_for_it():
    old = "De corporatie streeft naar een gemiddelde klanttevredenheid over het onderhoud van ten minste een 8."
    new = "De corporatie wil dat huurders het onderhoud gemiddeld ten minste een 8 als rapportcijfer geven."
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []
    assert compare_texts(new, old, old_year=2025, new_year=2026) == []
    # a bid's "wij willen" with the act itself stays close to firm: no change when the act is promised plainly
    assert compare_texts("Wij willen jaarlijks 25 woningen aanpassen.", "Wij passen jaarlijks 25 woningen aan.") == []


def test_a_softer_promise_for_the_next_year_worded_apart_has_slipped_its_date():
    old = "De gemeente stelt vóór 1 oktober 2025 een woonzorgvisie op samen met de corporaties en zorgpartijen."
    new = "De gemeente onderzoekt in 2026 of een woonzorgvisie samen met de corporaties en zorgpartijen nodig is."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"modality": -1, "deadline": -1}
    # the same wording with its year moved along is the new year's own: only the level changed
    old = "De corporatie zet in 2025 samen met de gemeente twee wooncoaches in voor senioren."
    new = "De corporatie streeft ernaar in 2026 samen met de gemeente twee wooncoaches in te zetten voor senioren."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"modality": -1}
    # a start date named as the next year is still that year's
    old = "De corporatie voert per 1 juli 2025 een nieuwe huurverhogingssystematiek in."
    new = "De corporatie onderzoekt in 2026 of zij een nieuwe huurverhogingssystematiek kan invoeren."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"modality": -1}



def test_all_homes_after_a_year_and_van_are_the_reach_not_the_base_of_a_share():
    old = "Woonbron Aa biedt in 2025 de huurders van alle eengezinswoningen een slimme thermostaat aan."
    new = ("Woonbron Aa biedt in 2026 de huurders van de eengezinswoningen in Oostwold en Zandeind een slimme "
           "thermostaat aan.")
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"scope": -1}


def test_homes_placed_by_a_name_right_after_them_narrow_the_reach_unless_it_is_the_gemeente():
    old = "De corporatie wijst ten minste 20% van de vrijkomende eengezinswoningen toe aan starters."
    new = "De corporatie wijst ten minste 20% van de vrijkomende eengezinswoningen in Beekzijde toe aan starters."
    assert kinds(compare_texts(old, new)) == {"scope": -1}
    assert kinds(compare_texts(new, old)) == {"scope": 1}
    # the gemeente itself is the whole area: no narrower reach in its own agreement
    assert compare_texts(old, new, gemeenten=("Beekzijde",)) == []
    # a kern named so is a part even where it shares the gemeente's name
    placed = ("De corporatie wijst ten minste 20% van de vrijkomende eengezinswoningen in de kern Beekzijde toe aan "
              "starters.")
    assert kinds(compare_texts(old, placed, gemeenten=("Beekzijde",))) == {"scope": -1}


def test_a_bids_own_homes_are_all_of_them():
    old = "Wij brengen in 2026 de staat van onze complexen met een lift in kaart en stellen een verbeterplan op."
    new = "De corporatie brengt in 2026 van alle complexen met een lift de staat in kaart en stelt een verbeterplan op."
    assert compare_texts(old, new, old_year=2026, new_year=2026) == []


def test_a_floor_set_where_nothing_was_counted_promises_more():
    old = "De gemeente zet in 2025 wooncoaches in voor senioren die willen verhuizen."
    new = "De gemeente zet in 2026 wooncoaches in die ten minste 80 senioren begeleiden bij een verhuizing."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": 1}
    assert kinds(compare_texts(new, old, old_year=2025, new_year=2026)) == {"quantity": -1}
    # what is left of a programme is progress, not a floor dropped
    old = "De corporatie richt in 2025 in ten minste drie complexen een bewonerscommissie op."
    new = "De corporatie richt in 2026 in de resterende twee complexen een bewonerscommissie op."
    assert "quantity" not in kinds(compare_texts(old, new, old_year=2025, new_year=2026))
