"""A heading lettered 'A.' is a chapter only in a document that numbers no heading with digits: in one that does,
a lettered heading is a subsection, also after the digit-numbered chapters have closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=10)
PART = ParagraphStyle("p", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=6)
CHAPTER = ParagraphStyle("c", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=4)
SUB = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)


def _lettered_after_numbered(path: Path) -> Path:
    story = [Paragraph("Prestatieafspraken Noordstad 2025", TITLE),
             Paragraph("Afspraken per thema", PART),
             Paragraph("1 Nieuwbouw", CHAPTER),
             Paragraph("1. De corporatie bouwt in 2025 ten minste 60 sociale huurwoningen in de wijk Noord.", BODY),
             Paragraph("2 Duurzaamheid", CHAPTER),
             Paragraph("2. De corporatie isoleert in 2025 ten minste 180 woningen tot minimaal label B.", BODY),
             Paragraph("Uitvoering en monitoring", PART),
             Paragraph("A. Huurbeleid", SUB),
             Paragraph("3. De gemeente stelt uiterlijk eind 2025 een nieuwe huisvestingsverordening vast.", BODY),
             Paragraph("B. Overleg", SUB),
             Paragraph("4. Partijen organiseren twee keer per jaar een bewonersavond in elke wijk.", BODY)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_lettered_subsection_after_closed_digit_chapters_nests_under_its_part(tmp_path, backend):
    pdf = _lettered_after_numbered(tmp_path / "lettered.pdf")
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    sections = {a.number: a.section for a in doc.afspraken}
    assert sections["3"].endswith("Uitvoering en monitoring > A. Huurbeleid")
    assert sections["4"].endswith("Uitvoering en monitoring > B. Overleg")
