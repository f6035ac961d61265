"""A bod's answer in a weak past tense ("Op 1 januari 2025 verhuurden wij ...") was read as a bid (issue #21, dev
brinkvoorde-bod): the local commitment test knew only irregular past forms, and the Dutch model's morphology calls
"verhuurden" present."""

from __future__ import annotations

from pipeline.commitment import looks_like_commitment
from pipeline.nlp import parse
from pipeline.reading import doc_to_reading


def test_a_weak_past_tense_reports_what_was_and_commits_nothing():
    fact = "Op 1 januari 2025 verhuurden wij 2.415 sociale huurwoningen in de gemeente, waarvan 300 in de kern Oost."
    assert not looks_like_commitment(fact)
    assert doc_to_reading(parse(fact)).past
    offer = "Wij verhuren in 2026 ten minste 40 vrijkomende woningen met voorrang aan senioren uit de kern Oost."
    assert looks_like_commitment(offer)
    assert not doc_to_reading(parse(offer)).past
    # a participle in the clause ("kan worden aangesloten") is no past tense of the main verb
    assert looks_like_commitment("Wij onderzoeken samen met de gemeente of de wijk vóór 2030 op het warmtenet "
                                 "kan worden aangesloten.")
