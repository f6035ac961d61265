"""A booklet sheet's two halves are read as pages of their own on one PDF page, moved to one left edge: two
afspraken starting at the same height of both halves had one id, and ingest refused the document ("two afspraken
share the id"). Found by the ingest bench on the dev PDFs (issue #21, kreekhaven-2026)."""

from __future__ import annotations

from pathlib import Path

import pytest

import pipeline

PDF = Path(__file__).resolve().parent.parent / "corpus" / "challenge" / "dev" / "pdf" / "kreekhaven-2026.pdf"


@pytest.mark.skipif(not PDF.exists(), reason="challenge dev corpus not present")
def test_booklet_halves_at_one_height_get_ids_of_their_own(tmp_path):
    ids = [a.id for a in pipeline.extract(PDF, model=None).afspraken]
    assert len(ids) == len(set(ids)) == 35
    result = pipeline.ingest([PDF], tmp_path / "a.duckdb")
    assert not result.failed, result.failed
