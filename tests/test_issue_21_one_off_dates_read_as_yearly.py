"""Dates compared a year on: evaluating a woonvisie or drawing up a plan after a long middle field is done once, so
its year moving with the document has slipped; informing tenants before a yearly date a month earlier is that
yearly moment brought forward, not a year's delay (issue #21)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

import pipeline
from pipeline.changes import compare

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)


def _doc(path, year: int, items: list[str]):
    flow = [Paragraph(f"Prestatieafspraken Ommeren {year}", HEAD)]
    flow += [Paragraph(f"{i}. {t}", BODY) for i, t in enumerate(items, 1)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return pipeline.extract(path, model=None)


def _items(year: int, informs: str) -> list[str]:
    return [
        f"De gemeente evalueert in {year} de woonvisie Ommeren 2022-2028 en betrekt de huurdersraad vanaf de start "
        "bij de evaluatie.",
        f"De gemeente stelt in {year} in overleg met de corporatie en de zorgaanbieders een opgave voor "
        "wonen met zorg op, waarin de behoefte per kern staat.",
        f"De corporatie informeert de huurdersraad {informs} over de geplande onderhoudsprojecten per complex.",
    ]


def test_issue_21_one_off_dates_read_as_yearly(tmp_path):
    old = _doc(tmp_path / "old.pdf", 2025, _items(2025, "vóór 1 april 2025"))
    new = _doc(tmp_path / "new.pdf", 2026, _items(2026, "vóór 1 maart 2026"))
    changes = [c for c in compare(old, new).changes if c.old is not None and c.new is not None]
    assert [(c.status, [r.kind for r in c.reasons]) for c in changes] == [
        ("weakened", ["deadline"]), ("weakened", ["deadline"]), ("strengthened", ["deadline"])]
