"""A bod typed into the gemeente's fill-in format (issue #21; oudervaart in dev): per theme the gemeente's numbered
questions (asks, no bids), each followed by a ruled "Antwoord corporatie" box holding the corporatie's answer, the
bids. The box is lined like notepaper at a fixed pitch, so its writing lines cross typed lines at mid-height: they
were read as strikes and those bids dropped. A single answer typed as a plain line (no "- " bullet) was read as a
paragraph under no agreement heading and dropped too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.parse.writing_lines import drop_writing_lines

QUESTIONS = [
    ("Vraag 1.1", "Hoeveel sociale huurwoningen voegt u in de periode 2026-2030 toe? Gemeente: 40 per jaar."),
    ("Vraag 1.2", "Hoe draagt u bij aan klimaatadaptatie in uw complexen?"),
]
ANSWERS = [
    ["Wij voegen in de periode 2026-2030 ten minste 190 sociale huurwoningen toe aan onze voorraad in Ransdal.",
     "Wij isoleren in 2027 ten minste 90 woningen tot minimaal energielabel A.",
     "Wij verkopen in 2027 maximaal 5 bestaande huurwoningen uit de verkoopvijver."],
    ["Wij vervangen bij de herinrichting van binnenterreinen ten minste 30% van de verharding door groen."],
]
LEAD = 11.6


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(57, 780, "Format bod 2027")
    c.setFont("Helvetica", 10)
    c.drawString(57, 762, "Overzicht voorgenomen werkzaamheden woningcorporatie Stichting De Eik 2027-2031")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(57, 735, "Thema 1 - Beschikbaar en betaalbaar wonen")
    y = 710
    for (nr, question), answer in zip(QUESTIONS, ANSWERS, strict=True):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(57, y, nr)
        c.setFont("Helvetica", 8.8)
        c.drawString(105, y, question)
        c.setFillColorRGB(0.45, 0.45, 0.45)
        c.setFont("Helvetica", 6.8)
        c.drawString(57, y - 16, "Antwoord corporatie")
        c.setFillColorRGB(0, 0, 0)
        top = y - 19
        lines = [("- " if len(answer) > 1 else "") + bid for bid in answer]
        height = (len(lines) + 0.4 * (len(lines) - 1)) * LEAD + 12
        c.setLineWidth(0.5)
        c.rect(57, top - height, 481, height)
        c.setStrokeColorRGB(0.78, 0.78, 0.78)  # the writing lines at a fixed pitch: the gaps between bids shift them
        c.setLineWidth(0.3)
        r = top - 6 - LEAD
        while r > top - height + 3:
            c.line(60, r - 2.5, 535, r - 2.5)
            r -= LEAD
        c.setStrokeColorRGB(0, 0, 0)
        c.setFont("Courier", 8.6)
        base = top - 6 - 8.6 * 0.8
        for line in lines:
            c.drawString(63, base, line)
            base -= 1.4 * LEAD
        y = top - height - 30
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_issue_21_the_answers_in_ruled_boxes_are_the_bids(tmp_path, backend):
    pdf = build(tmp_path / "bod.pdf")
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert doc.meta.type == "bod"
    assert [a.text for a in doc.afspraken] == [bid for answer in ANSWERS for bid in answer]


def test_issue_21_a_strike_over_its_words_stays_a_strike_beside_a_writing_line():
    """A rule over a struck phrase strikes it; a rule of the same series as one running over empty paper does not."""
    from pipeline.parse.geometry import Word

    words = [Word("De", 60, 72, 100, 110, 10, False), Word("gemeente", 75, 118, 100, 110, 10, False),
             Word("Wij", 60, 75, 120, 130, 10, False), Word("isoleren", 78, 115, 120, 130, 10, False)]
    strike = (105.0, 60.0, 118.0)  # over "De gemeente", no further
    ruling = [(125.0, 58.0, 535.0), (137.0, 58.0, 535.0), (149.0, 58.0, 535.0)]  # a box's lines, over empty paper
    assert drop_writing_lines(words, [strike, *ruling]) == [strike]
