"""Frame errors split N showed once it moved to dev (issue #21): numbers written as one compound word, meetings
counted in afternoons, and two ways the scorer misread a right figure (a range, a frequency in another period)."""

from __future__ import annotations

from pipeline.changes import compare_texts
from pipeline.evaluate.frames import quantities_agree
from pipeline.frames import text_to_frame
from pipeline.quantities import parse_number


def figures(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in text_to_frame(text).quantities]


def test_numbers_written_as_one_compound_word_are_figures():
    assert figures("In 2026 levert de corporatie zesendertig seniorenwoningen op.") == [(36.0, "woningen")]
    assert figures("De corporatie isoleert ten minste honderdvijftig woningen in Oost.") == [(150.0, "woningen")]
    assert figures("De gemeente draagt tweeëntwintig kavels over.")[0][0] == 22.0
    assert parse_number("tweehonderdvijfenzeventig") == 275.0
    assert parse_number("drieduizendvijfhonderd") == 3500.0
    # the article is no figure, nor is a word that only starts like a number
    assert figures("De corporatie zet een wijkconsulent in voor zestigplussers.") == []
    # and a figure in words compares with one in digits
    old = "De corporatie bouwt in Noord achtentwintig sociale huurwoningen."
    new = "De corporatie bouwt in Noord 24 sociale huurwoningen."
    assert [(r.kind, r.direction) for r in compare_texts(old, new)] == [("quantity", -1)]


def test_meeting_afternoons_are_meetings_not_days():
    assert figures("De huurdersvereniging organiseert samen met de corporatie drie inloopmiddagen.") == [
        (3.0, "bijeenkomsten")]


def test_the_scorer_reads_a_range_by_its_ends_and_a_frequency_in_any_period():
    frame = text_to_frame("De corporatie bouwt aan de Veldweg 20 tot 30 woningen.")
    assert quantities_agree(frame, {"quantities": [{"value": 20, "unit": "woningen", "value_max": 30}]})
    assert not quantities_agree(frame, {"quantities": [{"value": 20, "unit": "woningen", "value_max": 40}]})
    frame = text_to_frame("Partijen bespreken de voortgang maandelijks in het kernteam.")
    assert quantities_agree(frame, {"quantities": [{"value": 12, "unit": "keer per jaar"}]})
    assert not quantities_agree(frame, {"quantities": [{"value": 4, "unit": "keer per jaar"}]})


def test_an_or_after_an_infinitive_used_as_a_noun_asks_nothing():
    from pipeline.reading import text_to_reading
    # "beschermd wonen of maatschappelijke opvang": two kinds of care joined by "or", no whether-clause
    reading = text_to_reading("Partijen spreken af dat bij uitstroom uit beschermd wonen of maatschappelijke "
                              "opvang een woonplan wordt opgesteld voordat de huurder de sleutel krijgt.")
    assert reading.level == "firm"
    # a verb's whether-clause still explores
    assert text_to_reading("Partijen werken uit of op de locatie twintig woningen kunnen worden gebouwd.").level == (
        "explore")
