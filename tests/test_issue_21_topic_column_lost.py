"""A "Onderwerp | Afspraak" table without a number column: the topic cell is the section of the row's afspraak
and, under the name its header gives it, a field of that afspraak (kwartelveen's kennisgeving in dev)."""

from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
ROWS = [("Nieuwbouw", "De corporaties leveren in 2026 samen ten minste 120 sociale huurwoningen op."),
        ("Verkoop", "De corporaties verkopen in 2026 geen sociale huurwoningen uit de bestaande voorraad."),
        ("Vocht en schimmel", "Elke melding van vocht en schimmel wordt binnen een week in de woning beoordeeld.")]


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("header", ["Onderwerp", "Thema"])
def test_topic_column_was_lost_as_a_field_named_by_its_header(tmp_path, backend, header):
    table = Table([[header, "Afspraak"]] + [[topic, Paragraph(text, CELL)] for topic, text in ROWS],
                  colWidths=[110, 330], hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONT", (0, 0), (-1, -1), "Helvetica", 9)]))
    pdf = tmp_path / "t.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build(
        [Paragraph("Prestatieafspraken 2026", HEAD), Paragraph("Belangrijkste afspraken", HEAD), table])
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [text for _, text in ROWS]
    assert [a.attributes for a in doc.afspraken] == [{header.lower(): topic} for topic, _ in ROWS]
    assert [a.section.rsplit(" > ", 1)[-1] for a in doc.afspraken] == [topic for topic, _ in ROWS]
