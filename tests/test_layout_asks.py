"""Issue #21: in a bod, asks addressed to another party ("Wat wij vragen van de gemeente", "Wij vragen de gemeente
...") are no bids of the corporatie."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
BIDS = [
    "Wij bouwen in 2026 ten minste 60 sociale huurwoningen in de wijk Noord, waarvan de helft voor starters.",
    "Wij isoleren in 2026 ten minste 200 woningen tot minimaal energielabel B, zonder huurverhoging.",
    "Wij beperken de huurverhoging per 1 juli 2026 tot maximaal de inflatie.",
]
ASKS = [
    "Wij vragen de gemeente om voor sociale huurwoningen grond beschikbaar te stellen tegen een sociale grondprijs.",
    "Wij vragen de gemeente om vergunningprocedures voor sociale nieuwbouw met voorrang te behandelen.",
]


def bullets(texts: list[str]) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(t, BODY)) for t in texts], bulletType="bullet")


def build(path: Path, ask_heading: str) -> Path:
    flow = [Paragraph("Bod 2026 van Woonstichting De Eik aan de gemeente Eikendorp", HEAD),
            Paragraph("Ons bod voor 2026", HEAD), bullets(BIDS), Paragraph(ask_heading, HEAD), bullets(ASKS)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


def test_issue_21_the_asks_under_wat_wij_vragen_van_de_gemeente_are_no_bids(tmp_path):
    doc = run.extract(build(tmp_path / "b.pdf", "Wat wij vragen van de gemeente"), model=None)
    assert doc.meta.type == "bod"
    assert [a.text for a in doc.afspraken] == BIDS


def test_issue_21_a_bullet_that_asks_the_gemeente_is_no_bid_even_among_the_bids(tmp_path):
    texts = BIDS[:2] + ["<b>Grond.</b> " + ASKS[0], BIDS[2], "Wij verzoeken het college om " + ASKS[1][27:]]
    flow = [Paragraph("Bod 2026 van Woonstichting De Eik aan de gemeente Eikendorp", HEAD),
            Paragraph("Ons bod voor 2026", HEAD), bullets(texts)]
    SimpleDocTemplate(str(tmp_path / "b.pdf"), pagesize=A4, invariant=1).build(flow)
    doc = run.extract(tmp_path / "b.pdf", model=None)
    assert [a.text for a in doc.afspraken] == BIDS
