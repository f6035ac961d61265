"""A bod that numbers its bids "Bod 1", "Bod 2", ... on a label line: an item so labelled is a bid even where it
opens with an ask to the gemeente ("Wij vragen de gemeente om ... en brengen deze actief onder de aandacht van
onze huurders"); an unlabelled ask paragraph between the bids stays out (wezelhorst in dev)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=6)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=18)
LABEL = ParagraphStyle("l", fontName="Times-Bold", fontSize=10.5, leading=13.5, spaceBefore=4)
HEAD = ParagraphStyle("h", fontName="Times-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
BIDS = [
    "Wezelhof Wonen verbetert de resterende 38 woningen met energielabel E, F of G uiterlijk eind 2026 tot ten "
    "minste label B.",
    "Wij vragen de gemeente om ook in 2026 energiecoaches in te zetten en brengen deze actief onder de aandacht van "
    "onze huurders.",
    "Wezelhof Wonen plaatst in 2026 zonnepanelen op ten minste 300 woningen, zonder extra kosten voor de huurders.",
]
ASK = "Wij vragen de gemeente om grond voor sociale huurwoningen beschikbaar te stellen tegen een sociale grondprijs."


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def build(path: Path) -> Path:
    story = [Paragraph("Bod 2026 van Wezelhof Wonen aan de gemeente Wezelhorst", HEAD),
             Paragraph("Geacht college, hierbij ontvangt u ons bod op de woonvisie voor het jaar 2026.", BODY),
             Paragraph("Duurzaamheid", HEAD)]
    for n, bid in enumerate(BIDS, 11):
        story += [Paragraph(f"Bod {n}", LABEL), Paragraph(bid, ITEM)]
    story += [Paragraph("Wat wij van de gemeente vragen", HEAD), Paragraph(ASK, BODY)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def test_a_bid_labelled_bod_that_opens_with_an_ask_is_a_bid(tmp_path, backend):
    doc = run.extract(build(tmp_path / "bod.pdf"), parse={"backend": backend}, model=None)
    assert doc.meta.type == "bod"
    assert [(a.number, a.text) for a in doc.afspraken] == [(f"Bod {n}", t) for n, t in enumerate(BIDS, 11)]
