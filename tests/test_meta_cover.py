"""Issue #21: corporaties of cover layouts not seen before. A cover title runs into the first party of a list
("Prestatieafspraken Gemeente X · A · B"), a list of parties wraps onto a second heading line ("..., Woonstichting
A, Elsgroen" + "Wonen en Huurdersplatform X"), and a row of signatures names two people side by side ("J. Hoekstra
S. Verbeek voorzitter voorzitter"): none of them is a corporatie, and a name without a type word ("Elsgroen
Wonen") is one.
"""
from __future__ import annotations

from pipeline.meta import detect_meta, from_type_word, parties_listed, party_line, signatories
from pipeline.types import Block


def block(text: str, kind: str = "heading", page: int = 1) -> Block:
    return Block(kind, text, page, 0.0, 0.0, 10.0)


def test_a_cover_title_before_the_first_party_is_no_part_of_its_name():
    assert from_type_word("Prestatieafspraken Gemeente Klaverwijk") == "Gemeente Klaverwijk"
    assert from_type_word("Monitorafspraken gemeente Wolfsmeer") == "gemeente Wolfsmeer"
    assert from_type_word("Stichting Woongoed Korenwolde") == "Stichting Woongoed Korenwolde"
    line = "Prestatieafspraken Gemeente Klaverwijk · Woonstichting Klaverhof · Woongoed Heidezoom · Huurderskoepel X"
    assert party_line([block(line)]) == ["Gemeente Klaverwijk", "Woonstichting Klaverhof", "Woongoed Heidezoom",
                                         "Huurderskoepel X"]
    meta = detect_meta([block("Afsprakenkaart 2025"), block(line)])
    assert meta["corporaties"] == ("Woonstichting Klaverhof", "Woongoed Heidezoom")


def test_a_list_of_parties_wrapped_onto_a_second_heading_line():
    blocks = [block("Prestatieafspraken 2024"),
              block("Monitorafspraken gemeente Wolfsmeer, Woonstichting Heidekant, Elsgroen"),
              block("Wonen en Huurdersplatform Wolfsmeer"),
              block("Vastgesteld in het bestuurlijk overleg van 12 december 2023"),
              block("Woonstichting Heidekant levert in 2024 woningen op.", "paragraph", 2)]
    assert parties_listed(blocks) == ["Woonstichting Heidekant", "Elsgroen Wonen", "Huurdersplatform Wolfsmeer"]
    assert detect_meta(blocks)["corporaties"] == ("Woonstichting Heidekant", "Elsgroen Wonen")


def test_a_row_of_two_signatories_names_no_organisation():
    assert signatories([block("J. Hoekstra S. Verbeek voorzitter voorzitter", "paragraph")]) == []
    assert signatories([block("E.M. (Esther) Valkema directeur-bestuurder Kwelder Wonen", "paragraph")]) == [
        "Kwelder Wonen"]
