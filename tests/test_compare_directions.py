"""Which way a changed figure or date points, on phrasings the challenge dev families showed read wrong: a rent cap
below inflation written with "min", a burden named only in a "zonder ..." phrase, people recruited, and one thing
planned for a year after the document's own.  Sentences written for the tests in the manner of real agreements."""

from __future__ import annotations

import pytest

from pipeline.changes import compare
from pipeline.types import Afspraak, Document, DocumentMeta

OTHERS_OLD = [
    "De corporatie verduurzaamt in 2025 ten minste 80 woningen in de wijk Molenbuurt naar energielabel B.",
    "De gemeente en de corporatie evalueren in het najaar van 2025 de urgentieregeling met de huurdersraad.",
    "De huurdersraad ontvangt vóór 1 maart 2025 het concept-huurvoorstel van de corporatie ter advisering.",
]
OTHERS_NEW = [
    "De corporatie verduurzaamt in 2026 ten minste 80 woningen in de wijk Molenbuurt naar energielabel B.",
    "De gemeente en de corporatie evalueren in het najaar van 2026 de urgentieregeling met de huurdersraad.",
    "De huurdersraad ontvangt vóór 1 maart 2026 het concept-huurvoorstel van de corporatie ter advisering.",
]


def document(year: int, texts: list[str], prefix: str) -> Document:
    meta = DocumentMeta(path=f"{prefix}.pdf", sha256=prefix, pages=1, type="prestatieafspraken", years=(year,))
    return Document(meta=meta, afspraken=tuple(
        Afspraak(id=f"{prefix}-{i}", number=str(i + 1), section=None, party=None, page=1, text=t)
        for i, t in enumerate(texts)))


def change_of(old_text: str, new_text: str):
    """The link of the one changed afspraak among three that stay, 2025 -> 2026."""
    old = document(2025, [*OTHERS_OLD, old_text], "old")
    new = document(2026, [new_text, *OTHERS_NEW], "new")
    return next(c for c in compare(old, new).changes
                if (c.old and c.old.id == "old-3") or (c.new and c.new.id == "new-0"))


@pytest.mark.parametrize(("old", "new", "status"), [
    ("De corporatie beperkt de gemiddelde huurverhoging per 1 juli 2025 tot het inflatiepercentage.",
     "De corporatie beperkt de gemiddelde huurverhoging per 1 juli 2026 tot het inflatiepercentage min 0,5%.",
     "strengthened"),
    ("Per 1 juli 2025 blijft de gemiddelde huurverhoging van de corporatie op inflatie min 1%.",
     "Per 1 juli 2026 blijft de gemiddelde huurverhoging van de corporatie gelijk aan de inflatie.",
     "weakened"),
])
def test_rent_cap_below_inflation_written_with_min_was_no_figure(old, new, status):
    change = change_of(old, new)
    assert change.status == status and {r.kind for r in change.reasons} == {"quantity"}


def test_burden_in_a_zonder_phrase_turned_fewer_homes_into_a_gain():
    change = change_of(
        "De corporatie plaatst in 2025 warmtepompen in 120 woningen, zonder huurverhoging voor de zittende huurders.",
        "De corporatie plaatst in 2026 warmtepompen in 90 woningen, zonder huurverhoging voor de zittende huurders.")
    assert change.status == "weakened" and {r.kind for r in change.reasons} == {"quantity"}


def test_people_recruited_had_no_direction():
    change = change_of("De huurdersraad werft in 2025 zes wooncoaches die nieuwe huurders wegwijs maken.",
                       "De huurdersraad werft in 2026 twaalf wooncoaches die nieuwe huurders wegwijs maken.")
    assert change.status == "strengthened"


def test_one_thing_planned_for_a_later_year_moved_with_the_documents_read_as_recurring():
    later = change_of("De gemeente actualiseert in 2026 de woonzorgvisie en betrekt de huurdersraad vanaf het begin.",
                      "De gemeente actualiseert in 2027 de woonzorgvisie en betrekt de huurdersraad vanaf het begin.")
    assert later.status == "weakened" and {r.kind for r in later.reasons} == {"deadline"}
    # the same act in the document's own year moves with the documents: no change
    own = change_of("De gemeente actualiseert in 2025 het overzicht van wachttijden met de huurdersraad.",
                    "De gemeente actualiseert in 2026 het overzicht van wachttijden met de huurdersraad.")
    assert own.status in ("unchanged", "reworded")


def test_a_project_milestone_in_a_later_year_moved_with_the_documents_read_as_recurring():
    change = change_of(
        "De corporatie bouwt 24 sociale huurwoningen aan de Veldweg; de oplevering is voorzien in 2026.",
        "De corporatie bouwt 24 sociale huurwoningen aan de Veldweg; de oplevering is voorzien in 2027.")
    assert change.status == "weakened" and {r.kind for r in change.reasons} == {"deadline"}
