"""A form's ticked parties (oudervaart's "Betrokken partijen") are a list of names in the gold and the names as the
form prints them in the tool's attributes: the evaluation compares them as sets of names, without legal forms
(issue #21), so that a right reading is not scored wrong for its spelling and a wrong one still is."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.evaluate.extract import evaluate_extract
from pipeline.run import extract

from .conftest import CORPUS

DEV = CORPUS / "challenge" / "dev"


@pytest.fixture(scope="module")
def oudervaart():
    if not (DEV / "pdf" / "oudervaart-2026.pdf").exists():
        pytest.skip("oudervaart is not in dev")
    return evaluate_extract(DEV, families=["oudervaart"])["families"]["oudervaart"]


def test_ticked_parties_read_from_the_form_match_the_gold_names(oudervaart):
    assert oudervaart["attributes_gold"] == 64
    assert oudervaart["attributes_found"] == oudervaart["attributes_gold"]


def test_a_party_left_out_still_counts_as_wrong():
    def one_party_short(path):
        doc = extract(path, model=None)
        afspraken = [replace(a, attributes={**(a.attributes or {}), "betrokken_partijen":
                                            (a.attributes or {}).get("betrokken_partijen", "").split(",")[0]})
                     for a in doc.afspraken]
        return replace(doc, afspraken=tuple(afspraken))
    if not (DEV / "pdf" / "oudervaart-2026.pdf").exists():
        pytest.skip("oudervaart is not in dev")
    row = evaluate_extract(DEV, extract_fn=one_party_short, families=["oudervaart"])["families"]["oudervaart"]
    assert row["attributes_found"] < row["attributes_gold"]
