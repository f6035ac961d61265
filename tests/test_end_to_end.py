"""End to end on the corpus: PDFs -> afspraken -> changes, scored against the gold links."""

from __future__ import annotations

import pytest

from pipeline.evaluate.compare import evaluate_compare
from pipeline.run import extract

from .conftest import CORPUS, gold_ids

pytestmark = pytest.mark.skipif(not gold_ids(), reason="corpus not built")


@pytest.fixture(scope="module")
def scores():
    return evaluate_compare(CORPUS, from_pdfs=True,
                            extract_fn=lambda pdf: extract(pdf, parse={"backend": "pdfium"}, model=None))


def test_change_detection_from_the_pdfs_meets_the_targets(scores):
    year = scores["overall"]
    status = year["status"]
    assert status["new"]["f1"] >= 0.90 and status["dropped"]["f1"] >= 0.90
    assert status["weakened"]["f1"] >= 0.85 and status["strengthened"]["f1"] >= 0.85
    assert year["reason_kind_accuracy"] >= 0.85
    assert year["hard_negatives"] > 50 and year["hard_negatives_flagged"] == 0


def test_a_bod_compared_with_its_agreement_tells_what_made_it_in(scores):
    bod = scores["bod"]["status"]
    # most bid items are found back in the agreement; the few not taken over are reported as dropped
    assert bod["kept"]["recall"] >= 0.85
    assert bod["dropped"]["recall"] >= 0.8
    assert bod["new"]["f1"] >= 0.9


def test_every_weakened_or_strengthened_change_carries_old_and_new_evidence():
    import json

    from pipeline.changes import compare
    from pipeline.evaluate.compare import gold_document

    from .conftest import GOLD, corpus_index

    flagged = 0
    for pair in corpus_index()["pairs"]:
        old, new = (gold_document(json.loads((GOLD / f"{pair[k]}.json").read_text())) for k in ("old", "new"))
        for change in compare(old, new).changes:
            if change.status in ("weakened", "strengthened"):
                flagged += 1
                assert any(r.old and r.new for r in change.reasons), change
    assert flagged >= 80
