"""The corpus is reproducible from its sources and its gold agrees with its PDFs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import CORPUS, GOLD, corpus_index, gold_ids

pytestmark = pytest.mark.skipif(not gold_ids(), reason="corpus not built")


def test_rebuilding_from_sources_gives_identical_pdfs_and_gold():
    result = subprocess.run([sys.executable, str(CORPUS / "build.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_gold_text_is_in_its_pdf_and_pairs_cover_every_afspraak():
    sys.path.insert(0, str(CORPUS))
    try:
        from check import check_corpus
    finally:
        sys.path.pop(0)
    assert check_corpus(CORPUS) == []


def test_counts_hold():
    docs = corpus_index()["documents"]
    families = {d["family"] for d in docs}
    assert len(families) >= 6
    for family in families:
        years = [d for d in docs if d["family"] == family and d["type"] == "prestatieafspraken"]
        assert len(years) >= 3
    assert sum(d["type"] == "bod" for d in docs) >= 2
    assert sum(d["type"] == "kennisgeving" for d in docs) >= 2
    total = sum(len(json.loads((GOLD / f"{d['id']}.json").read_text())["afspraken"]) for d in docs)
    assert total >= 600


def test_pairs_hold_every_status_kind_and_hard_negative():
    statuses, kinds, negatives = set(), set(), set()
    for pair in corpus_index()["pairs"]:
        data = json.loads((GOLD / "pairs" / f"{pair['old']}__{pair['new']}.json").read_text())
        for link in data["links"]:
            statuses.add(link["status"])
            kinds.update(link.get("kinds") or [])
            if link.get("hard_negative"):
                negatives.add(link["hard_negative"])
    assert statuses >= {"unchanged", "reworded", "weakened", "strengthened", "new", "dropped"}
    assert kinds == {"quantity", "deadline", "modality", "condition", "scope", "label"}
    assert negatives == {"recurring_year", "indexed_amount", "same_figures"}


def test_readme_counts_match_the_gold():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    total = sum(len(json.loads((GOLD / f"{d}.json").read_text())["afspraken"]) for d in gold_ids())
    assert f"{total} afspraken" in readme
