"""`pipeline.compare` is the API function for every call: importing the comparison stage must not rebind the name
to a module (a notebook's second call failed with "'module' object is not callable")."""

from __future__ import annotations

from pathlib import Path

import pytest

import pipeline

PDF = Path(__file__).resolve().parent.parent / "corpus" / "pdf"


@pytest.mark.skipif(not (PDF / "lindehoven-2023.pdf").exists(), reason="bundled corpus not present")
def test_pipeline_compare_can_be_called_twice():
    old, new = pipeline.extract(PDF / "lindehoven-2022.pdf"), pipeline.extract(PDF / "lindehoven-2023.pdf")
    first = pipeline.compare(old, new)
    second = pipeline.compare(old, new)
    assert callable(pipeline.compare)
    assert [c.status for c in first.changes] == [c.status for c in second.changes]
    assert any(c.status == "weakened" for c in second.changes)
