"""A yearly rule "per 1 januari 2025 voor nieuwe verhuringen" read as a one-off deliverable (the word "nieuwe"
without an article), and the year an amount is "voor" read as a date before it, were reported as slipped deadlines;
an age limit raised ("jongeren tot 26 jaar" -> "tot 28 jaar") reaches more people (issue #21)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

import pipeline
from pipeline.changes import compare

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)


def _doc(path, year: int, items: list[str]):
    flow = [Paragraph(f"Prestatieafspraken Veldmere {year}", HEAD)]
    flow += [Paragraph(f"{i}. {t}", BODY) for i, t in enumerate(items, 1)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return pipeline.extract(path, model=None)


def test_issue_21_yearly_rules_read_as_slipped(tmp_path):
    old = _doc(tmp_path / "old.pdf", 2025, [
        "De corporatie hanteert per 1 januari 2025 voor nieuwe verhuringen een streefhuur van 75% van de maximumhuur.",
        "De corporatie wijst ten minste 20% van de vrijgekomen woningen toe aan jongeren tot 26 jaar.",
    ])
    new = _doc(tmp_path / "new.pdf", 2026, [
        "De corporatie hanteert per 1 januari 2026 voor nieuwe verhuringen een streefhuur van 75% van de maximumhuur.",
        "De corporatie wijst ten minste 20% van de vrijgekomen woningen toe aan jongeren tot 28 jaar.",
    ])
    changes = [c for c in compare(old, new).changes if c.old is not None and c.new is not None]
    assert [(c.status, [r.kind for r in c.reasons]) for c in changes] == [("reworded", []), ("strengthened", ["scope"])]
