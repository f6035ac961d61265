"""A cap on a burden for tenants that becomes none ("liberaliseert maximaal 10 woningen" -> "liberaliseert geen
woningen"): one afspraak made firmer, though the two share few words.  Sentences written for the tests in the
manner of real agreements."""

from __future__ import annotations

import pytest

from pipeline.align import align, cap_to_none, similarity_matrix
from pipeline.changes import compare
from pipeline.types import Afspraak, Document, DocumentMeta

OTHERS_OLD = [
    "De corporatie verduurzaamt in 2025 ten minste 80 woningen in de wijk Molenbuurt naar energielabel B.",
    "De gemeente en de corporatie evalueren in het najaar van 2025 de urgentieregeling met de huurdersraad.",
    "De huurdersraad ontvangt vóór 1 maart 2025 het concept-huurvoorstel van de corporatie ter advisering.",
]
OTHERS_NEW = [
    "De corporatie verduurzaamt in 2026 ten minste 90 woningen in de wijk Molenbuurt naar energielabel B.",
    "De gemeente en de corporatie evalueren in het najaar van 2026 de urgentieregeling met de huurdersraad.",
    "De huurdersraad ontvangt vóór 1 maart 2026 het concept-huurvoorstel van de corporatie ter advisering.",
]


def document(year: int, texts: list[str], prefix: str) -> Document:
    meta = DocumentMeta(path=f"{prefix}.pdf", sha256=prefix, pages=1, type="prestatieafspraken", years=(year,))
    return Document(meta=meta, afspraken=tuple(
        Afspraak(id=f"{prefix}-{i}", number=str(i + 1), section=None, party=None, page=1, text=t)
        for i, t in enumerate(texts)))


@pytest.fixture
def pair_of():
    """The old and new document with one changed afspraak among three that stay, and the changed pair's link."""
    def make(old_text: str, new_text: str):
        old = document(2025, [*OTHERS_OLD, old_text], "old")
        new = document(2026, [new_text, *OTHERS_NEW], "new")
        change = next(c for c in compare(old, new).changes
                      if (c.old and c.old.id == "old-3") or (c.new and c.new.id == "new-0"))
        return old, new, change
    return make


CAPPED_SALE = ("Woonstede verkoopt in 2025 maximaal 12 eengezinswoningen uit de verkoopvijver aan zittende huurders, "
               "met een korting van tien procent op de taxatiewaarde.")
NO_SALE = ("Woonstede verkoopt in 2026 geen huurwoningen meer; de verkoopvijver wordt opgeheven en vrijkomende "
           "woningen blijven in de sociale voorraad.")


def test_a_capped_sale_that_becomes_none_is_one_afspraak(pair_of):
    old, new, change = pair_of(CAPPED_SALE, NO_SALE)
    assert similarity_matrix(old.afspraken, new.afspraken)[3, 0] < 0.30  # below the usual threshold
    assert change.old is not None and change.new is not None
    assert change.status == "strengthened"


def test_capped_evictions_that_become_none_are_one_afspraak(pair_of):
    old = ("Partijen streven ernaar het aantal huisuitzettingen vanwege huurachterstand in 2025 te beperken tot "
           "hooguit vijf per jaar.")
    new = ("In 2026 vinden er geen huisuitzettingen plaats die alleen het gevolg zijn van een huurachterstand; de "
           "corporatie schakelt eerst de schuldhulp van de gemeente in.")
    assert cap_to_none(old, new)
    _, _, change = pair_of(old, new)
    assert (change.old is not None, change.new is not None) == (True, True)
    assert change.status == "strengthened"


def test_a_cap_on_an_output_that_becomes_none_is_no_cap_to_none():
    # a cap on what is delivered is no burden: "geen" there is less done, and no reason to pair loosely
    assert not cap_to_none("De corporatie plaatst in 2025 maximaal 40 zonnepanelen op de daken van de Kade.",
                           "De corporatie plaatst in 2026 geen zonnepanelen op de daken van de Kade.")


def test_none_of_another_burden_is_no_cap_to_none():
    assert not cap_to_none(CAPPED_SALE, "De corporatie liberaliseert in 2026 geen sociale huurwoningen.")


def test_a_new_cap_is_no_cap_to_none():
    assert not cap_to_none(CAPPED_SALE, "Woonstede verkoopt in 2026 geen eengezinswoningen en maximaal 4 "
                                        "appartementen.")


def test_an_unrelated_afspraak_stays_new_and_dropped():
    old = document(2025, [*OTHERS_OLD, CAPPED_SALE], "old")
    new = document(2026, ["De gemeente richt in 2026 een fonds op voor bewonersinitiatieven in alle wijken.",
                          *OTHERS_NEW], "new")
    kinds = {link.kind for link in align(old.afspraken, new.afspraken) if 3 in (link.old,) or link.new == 0}
    assert kinds == {"new", "dropped"}
