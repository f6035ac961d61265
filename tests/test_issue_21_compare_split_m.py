"""Compare errors split M's pairs showed (issue #21), each one general cause, on sentences written for the test
in the manner of real agreements."""

from __future__ import annotations

from pipeline.changes import compare_texts
from pipeline.frames import text_to_frame
from pipeline.types import Reason


def kinds(reasons: list[Reason]) -> dict[str, int]:
    return {r.kind: r.direction for r in reasons}


def test_an_aim_named_with_als_doel_is_an_intent():
    assert text_to_frame("Bij de afhandeling van klachten heeft de corporatie als doel een gemiddeld "
                         "klantoordeel van ten minste 7,8.").modality == "intent"
    assert text_to_frame("De gemeente stelt zich ten doel jaarlijks 30 starterswoningen te laten bouwen."
                         ).modality == "intent"
    # the same aim as "streeft naar" is a rewording, not a firmer promise
    old = "De corporatie streeft naar een gemiddeld klantoordeel van ten minste 7,8 voor de afhandeling van klachten."
    new = "Voor de afhandeling van klachten heeft de corporatie als doel een gemiddeld klantoordeel van minimaal 7,8."
    assert "modality" not in kinds(compare_texts(old, new))
    # "als" before anything else still opens an if-clause
    assert text_to_frame("Als de gemeente de grond levert, bouwt de corporatie 40 woningen.").modality == "firm"


def test_a_margin_below_inflation_added_to_an_average_cap_is_firmer():
    # "tot gemiddeld de inflatie" and "gelijk aan of lager dan de inflatie" are a cap at inflation (offset 0)
    old = "De corporatie beperkt de huurverhoging per 1 juli 2025 tot gemiddeld de inflatie."
    new = "De corporatie beperkt de huurverhoging per 1 juli 2026 tot gemiddeld de inflatie min 0,5%."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": 1}
    old = "De corporatie houdt de gemiddelde huurverhoging per 1 juli 2025 gelijk aan of lager dan de inflatie."
    new = "De corporatie houdt de gemiddelde huurverhoging per 1 juli 2026 ten minste 1 procentpunt onder de inflatie."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": 1}
    assert kinds(compare_texts(new, old, old_year=2025, new_year=2026)) == {"quantity": -1}


def test_a_time_limit_compares_across_units_of_time():
    old = "Bij een huurachterstand neemt de corporatie binnen één maand contact op met de huurder."
    new = "Bij een huurachterstand neemt de corporatie binnen twee weken contact op met de huurder."
    reasons = compare_texts(old, new)
    assert kinds(reasons) == {"quantity": 1}
    assert "één maand" in reasons[0].explanation and "twee weken" in reasons[0].explanation
    assert kinds(compare_texts(new, old)) == {"quantity": -1}
    # ten working days are two weeks: no change; the fifth working day is five working days
    assert compare_texts("De corporatie handelt een klacht binnen tien werkdagen af.",
                         "De corporatie handelt een klacht binnen twee weken af.") == []
    assert compare_texts("De corporatie belt de melder binnen vijf werkdagen na de melding.",
                         "De corporatie belt de melder uiterlijk de vijfde werkdag na de melding.") == []


def test_more_than_under_a_negation_is_a_cap():
    old = "De huurverhoging per 1 juli 2025 is voor geen enkele woning van de corporatie meer dan 4%."
    new = "De huurverhoging per 1 juli 2026 is voor geen enkele woning van de corporatie meer dan 5%."
    assert kinds(compare_texts(old, new, old_year=2025, new_year=2026)) == {"quantity": -1}
    # without a negation "meer dan" stays a floor
    assert kinds(compare_texts("De corporatie bouwt meer dan 40 woningen.",
                               "De corporatie bouwt meer dan 50 woningen.")) == {"quantity": 1}


def test_nul_before_a_counted_burden_is_a_figure_of_zero():
    old = "Partijen streven naar ten hoogste vijf huisuitzettingen per jaar wegens huurachterstand."
    new = "Partijen streven naar nul huisuitzettingen wegens huurachterstand."
    assert kinds(compare_texts(old, new)) == {"quantity": 1}
    assert kinds(compare_texts(new, old)) == {"quantity": -1}
