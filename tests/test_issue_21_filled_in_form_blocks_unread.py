"""Agreements printed on a region's fill-in format (issue #21; oudervaart in dev): one block of labelled boxes per
afspraak, a grey strip "Nr. 1.3", the text in a box with its label "Afspraak" printed beside it, a row of drawn
check boxes for the parties involved, and three boxes with their labels "Trekker", "Gereed in", "Indicator" above
them. The label beside its box fell in no cell of the ruled grid and was lost, the label rows between the boxes
lined up and split the page into columns, and the labels above their boxes stood apart from the values: no block
read as an afspraak. Each block is one afspraak now, its boxes its fields.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

BLOCKS = [
    ("1.1", "De Eik start in 2026 met de bouw van 36 sociale huurwoningen in het Sluiskwartier.",
     "De Eik", "2027", "aantal gestarte woningen", "GC"),
    ("1.2", "De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van 22.500 euro per woning.",
     "Gemeente", "doorlopend", "grondprijs per woning", "G"),
    ("1.3", "De Eik verkoopt in 2026 niet meer dan 8 bestaande huurwoningen uit de verkoopvijver.",
     "De Eik", "31-12-2026", "aantal verkochte woningen", "CH"),
    ("1.4", "De Eik wijst in 2026 ten minste 20% van de vrijkomende woningen toe met lokale voorrang.",
     "De Eik", "eind 2026", "aandeel toewijzingen", "GCH"),
    ("1.5", "Gemeente en De Eik onderzoeken in 2026 of een verhuiscoach kan worden ingezet voor senioren.",
     "Gemeente", "Q3 2026", "onderzoek afgerond", "GC"),
]
PARTIES = [("G", "Gemeente Ransdal"), ("C", "Woonstichting De Eik"), ("H", "Huurdersvereniging Ransdal")]
ML, W, LABW = 57.0, 481.0, 76.0


def _label(c: canvas.Canvas, x: float, y: float, text: str) -> None:
    c.setFillColorRGB(0.45, 0.45, 0.45)
    c.setFont("Helvetica", 6.8)
    c.drawString(x, y, text)
    c.setFillColorRGB(0, 0, 0)


def _block(c: canvas.Canvas, y: float, block: tuple[str, ...]) -> float:
    number, text, trekker, gereed, indicator, ticked = block
    c.setLineWidth(0.5)
    c.setFillColorRGB(0.9, 0.9, 0.9)
    c.rect(ML, y - 13, W, 13, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    _label(c, ML + 4, y - 9.2, "Nr.")
    c.setFont("Times-Roman", 9.5)
    c.drawString(ML + 18, y - 9.4, number)
    _label(c, ML + W - 62, y - 9.2, "Format PA-3")
    y -= 15
    c.rect(ML + LABW, y - 20, W - LABW, 20)
    _label(c, ML + 4, y - 12.8, "Afspraak")
    c.setFont("Times-Roman", 9.8)
    c.drawString(ML + LABW + 5, y - 12.8, text)
    y -= 23
    _label(c, ML + 4, y - 9, "Betrokken partijen")
    x = ML + LABW + 5
    for code, name in PARTIES:
        c.rect(x, y - 10, 7, 7)
        if code in ticked:
            c.line(x + 1.2, y - 8.8, x + 5.8, y - 4.2)
            c.line(x + 1.2, y - 4.2, x + 5.8, y - 8.8)
        c.setFont("Helvetica", 8.2)
        c.drawString(x + 10, y - 9, name)
        x += 24 + c.stringWidth(name, "Helvetica", 8.2)
    y -= 13
    x = ML
    for label, width, value in (("Trekker", 128, trekker), ("Gereed in", 91, gereed),
                                ("Indicator", W - 219, indicator)):
        _label(c, x + 1, y - 7, label)
        c.rect(x, y - 28, width - 3, 18)
        c.setFont("Times-Roman", 9.2)
        c.drawString(x + 4, y - 21.5, value)
        x += width
    return y - 28 - 9


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(ML, 790, "Format prestatieafspraken 2026")
    c.setFont("Helvetica", 10)
    c.drawString(ML, 772, "Gemeente Ransdal, Woonstichting De Eik en Huurdersvereniging Ransdal")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(ML, 745, "Deel B - Afspraken per thema")
    y = 730
    for block in BLOCKS[:2]:
        y = _block(c, y, block)
    c.showPage()
    y = 790  # a page of blocks only: their label rows line up down the page
    for block in BLOCKS[2:]:
        y = _block(c, y, block)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_issue_21_each_form_block_is_one_afspraak_with_its_fields(tmp_path, backend):
    pdf = build(tmp_path / "format.pdf")
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    found = [(a.number, a.text, a.trekker, a.planning, (a.attributes or {}).get("indicator")) for a in doc.afspraken]
    assert found == [(n, t, who, when, indicator) for n, t, who, when, indicator, _ in BLOCKS]
