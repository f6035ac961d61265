"""Compare errors split N's pairs showed once it moved to dev (issue #21), each one general cause, on sentences
written for the test in the manner of real agreements."""

from __future__ import annotations

from pipeline.changes import compare_texts
from pipeline.frames import text_to_frame
from pipeline.types import Reason


def kinds(reasons: list[Reason]) -> dict[str, int]:
    return {r.kind: r.direction for r in reasons}


def test_a_promise_that_lasts_while_the_budget_does_is_conditional():
    old = "De corporatie vergoedt huurders die hun woning zelf verduurzamen de helft van de kosten van isolatie."
    new = ("De corporatie vergoedt huurders die hun woning zelf verduurzamen de helft van de kosten van isolatie, "
           "zolang het hiervoor bestemde budget toereikend is.")
    assert kinds(compare_texts(old, new)) == {"condition": -1}
    assert kinds(compare_texts(new, old)) == {"condition": 1}
    assert text_to_frame("De gemeente verstrekt duurzaamheidsleningen zolang de middelen strekken.").conditions
    # a "zolang" of time is no condition
    assert not text_to_frame("De corporatie biedt een wisselwoning aan zolang de renovatie duurt.").conditions


def test_a_share_of_the_taakstelling_is_a_promised_figure():
    # the taakstelling itself is the Rijk's figure; the share of it a party takes on is its promise
    old = "De corporatie wijst jaarlijks ten minste een derde van de taakstelling voor statushouders woningen toe."
    new = "De corporatie wijst jaarlijks ten minste 40% van de taakstelling voor statushouders woningen toe."
    assert kinds(compare_texts(old, new)) == {"quantity": 1}
    assert kinds(compare_texts(new, old)) == {"quantity": -1}
    # the taakstelling's own count moving stays the Rijk's figure
    old = "In 2025 huisvest de corporatie 36 statushouders, conform de taakstelling."
    new = "In 2026 huisvest de corporatie 42 statushouders, conform de taakstelling."
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []


def test_a_range_settled_on_a_figure_inside_it_is_no_change_of_number():
    old = "De corporatie bouwt aan de Molenweg 40 tot 50 appartementen voor senioren."
    new = "De corporatie bouwt aan de Molenweg 44 appartementen voor senioren."
    assert compare_texts(old, new) == []
    # taking the range's top is more, its bottom less
    assert kinds(compare_texts(old, "De corporatie bouwt aan de Molenweg 50 appartementen voor senioren.")) == {
        "quantity": 1}
    assert kinds(compare_texts(old, "De corporatie bouwt aan de Molenweg 40 appartementen voor senioren.")) == {
        "quantity": -1}


def test_one_location_becoming_two_is_a_figure_not_a_reach():
    old = "De gemeente biedt de corporatie jaarlijks ten minste één locatie voor flexwoningen aan."
    new = "De gemeente biedt de corporatie jaarlijks ten minste twee locaties voor flexwoningen aan."
    assert kinds(compare_texts(old, new)) == {"quantity": 1}


def test_a_yearly_date_moved_earlier_beside_the_year_it_plans_for():
    # "voor 2027" (the year the plan is for) moves with the document; the day the plan is sent moved a month earlier
    old = "Vóór 1 oktober 2026 deelt de corporatie haar onderhoudsplanning voor 2027 met de huurdersvereniging."
    new = "Vóór 1 september 2027 deelt de corporatie haar onderhoudsplanning voor 2028 met de huurdersvereniging."
    assert kinds(compare_texts(old, new, old_year=2026, new_year=2027)) == {"deadline": 1}
    same = "Vóór 1 oktober 2027 deelt de corporatie haar onderhoudsplanning voor 2028 met de huurdersvereniging."
    assert compare_texts(old, same, old_year=2026, new_year=2027) == []


def test_a_delivery_planned_for_next_year_that_moves_a_year_has_slipped():
    # "levert ... op" with its middle is the project's completion, as "de oplevering" is
    old = "In 2026 levert de corporatie aan de Dorpsstraat 32 sociale huurwoningen op, waarvan 8 voor starters."
    new = "In 2027 levert de corporatie aan de Dorpsstraat 32 sociale huurwoningen op, waarvan 8 voor starters."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"deadline": -1}
    # a year's output of the document's own year moving with it is the yearly figure
    old = "De corporatie levert in 2025 ten minste 40 sociale huurwoningen op."
    new = "De corporatie levert in 2026 ten minste 40 sociale huurwoningen op."
    assert compare_texts(old, new, old_year=2025, new_year=2026) == []
