"""A total broken down ("60 woningen, waarvan 40 in De Brink en 20 in Noord") was compared part by part, so a larger
total read as modified; a size threshold ("in elk complex met meer dan 50 woningen") was read as an amount provided,
so a higher threshold, which covers fewer complexes, read as stronger (issue #21)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

import pipeline
from pipeline.changes import compare

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)


def _doc(path, year: int, items: list[str]):
    flow = [Paragraph(f"Prestatieafspraken Dalmeer {year}", HEAD)]
    flow += [Paragraph(f"{i}. {t}", BODY) for i, t in enumerate(items, 1)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return pipeline.extract(path, model=None)


def test_issue_21_breakdowns_and_thresholds_read_as_amounts(tmp_path):
    old = _doc(tmp_path / "old.pdf", 2025, [
        "De corporatie levert in 2025 ten minste 60 sociale huurwoningen op, waarvan 40 in De Brink en 20 in Noord.",
        "De corporatie zet in elk complex met meer dan 50 woningen een huismeester in die wekelijks aanwezig is.",
    ])
    new = _doc(tmp_path / "new.pdf", 2026, [
        "De corporatie levert in 2026 ten minste 80 sociale huurwoningen op, waarvan 30 in De Brink, 35 in Noord en "
        "15 aan de Veldweg.",
        "De corporatie zet in elk complex met meer dan 80 woningen een huismeester in die wekelijks aanwezig is.",
    ])
    changes = [c for c in compare(old, new).changes if c.old is not None and c.new is not None]
    assert [(c.status, [r.kind for r in c.reasons]) for c in changes] == [
        ("strengthened", ["quantity"]), ("weakened", ["scope"])]
