"""Issue #21: afspraken laid out as borderless table rows of three cells, the number in a narrow first column, a
bullet glyph in a second and the text in the third ("A-1  •  De corporatie ..."). Read as one line, the bullet
stood between the number and the text, so the number was no marker and the afspraken ran together. The bullet
beside a number is a mark of the number, as a box before one is (`clean._number_after_mark`), not the text's."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run
from pipeline.numbering import mark_after_number

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14)
NUMBER = ParagraphStyle("n", fontName="Helvetica", fontSize=7.5, leading=14, textColor=colors.HexColor("#888888"))
H1 = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8)

AFSPRAKEN = [
    ("A-1", "De corporatie renoveert in 2025 en 2026 de 96 woningen van complex Akkerhof, zodat alle woningen "
            "uiterlijk eind 2026 minimaal energielabel B hebben."),
    ("A-2", "De corporatie neemt iedere melding van vocht of schimmel binnen vijf werkdagen in behandeling."),
    ("A-3", "De gemeente onderzoekt in 2025 of de wijk kan worden aangesloten op het warmtenet."),
]


def _build(path: Path, bullet: str, number_style: ParagraphStyle) -> Path:
    story = [Paragraph("1 Wijk De Weide", H1), Paragraph("Afspraken", H1)]
    for number, text in AFSPRAKEN:
        row = Table([[Paragraph(number, number_style), Paragraph(bullet, BODY), Paragraph(text, BODY)]],
                    colWidths=[16 * mm, 6 * mm, 148 * mm])
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(row)
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("number_style", [NUMBER, BODY], ids=["small", "body"])
def test_a_bullet_between_a_margin_number_and_its_text_hid_the_number(tmp_path, backend, number_style):
    doc = run.extract(_build(tmp_path / "bullets.pdf", "•", number_style), parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == AFSPRAKEN


def test_mark_after_number_drops_only_a_bullet_after_a_whole_number():
    assert mark_after_number("A-1 • De corporatie bouwt") == "A-1 De corporatie bouwt"
    assert mark_after_number("0.1 • De corporatie bouwt") == "0.1 De corporatie bouwt"
    assert mark_after_number("3. • De corporatie bouwt") == "3. De corporatie bouwt"
    assert mark_after_number("• De corporatie bouwt") == "• De corporatie bouwt"
    assert mark_after_number("Woningen • De Meent") == "Woningen • De Meent"  # no number
    assert mark_after_number("2025 • De corporatie bouwt") == "2025 • De corporatie bouwt"  # a year, no number
    assert mark_after_number("A-1 • een kleine letter") == "A-1 • een kleine letter"
