"""A row of only period words ("| | 2025 | 2026") completes a two-row planning header only directly under its
first row; further down a table it is a row like any other and leaves the columns as the header named them
(issue #21)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
TEXTS = ["De corporatie bouwt ten minste 40 sociale huurwoningen op de locatie Noord, in twee fasen.",
         "De gemeente stelt een nieuwe huisvestingsverordening vast na advies van de huurdersvereniging.",
         "Partijen organiseren jaarlijks een bewonersavond in elke wijk om de leefbaarheid te bespreken."]


def table_pdf(path: Path) -> Path:
    rows = [["Nr", "Actie", "Trekker", "Planning"],
            ["1", Paragraph(TEXTS[0], BODY), "Corporatie", "2025"],
            ["", "", "2025", "2026"],  # the second phase: only years
            ["2", Paragraph(TEXTS[1], BODY), "Gemeente", "na de evaluatie"],
            ["3", Paragraph(TEXTS[2], BODY), "Partijen", "jaarlijks"]]
    table = Table(rows, colWidths=[30, 300, 80, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow = [Paragraph("Prestatieafspraken Steendam 2025", HEAD), Paragraph("3 Beschikbaarheid", HEAD), table]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


def test_issue_21_a_later_row_of_years_keeps_the_header_roles(tmp_path):
    doc = run.extract(table_pdf(tmp_path / "t.pdf"), model=None)
    assert [a.number for a in doc.afspraken] == ["1", "2", "3"]
    assert [a.trekker for a in doc.afspraken] == ["Corporatie", "Gemeente", "Partijen"]
    assert [a.planning for a in doc.afspraken][1:] == ["na de evaluatie", "jaarlijks"]
