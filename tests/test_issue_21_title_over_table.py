"""A bold title line over a ruled table ("Actie 2 Nieuwbouw") keeps its text: its number goes to the table's
first row only when the line holds nothing else ("Afspraak 4", "Afspraak 4 (nieuw)"), issue #21."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline import run
from pipeline.clean import clean
from pipeline.config import ParseSettings
from pipeline.run import read_pages

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
BOLD = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=10, leading=13)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
ACTIONS = [("1", "Nieuwbouw", [("3.1", "De corporatie bouwt in 2025 ten minste 40 sociale huurwoningen op de locatie "
                                       "Noord.", "Corporatie", "2025")]),
           ("2", "Wonen en zorg", [("3.2", "De corporatie bouwt in 2026 ten minste 20 zorgwoningen voor ouderen in "
                                           "de kern.", "Corporatie", "2026")])]


def titled_tables_pdf(path: Path) -> Path:
    flow = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Beschikbaarheid", HEAD)]
    for number, title, rows in ACTIONS:
        data = [["Nr", "Afspraak", "Trekker", "Planning"]] + [[n, Paragraph(t, BODY), w, p] for n, t, w, p in rows]
        table = Table(data, colWidths=[30, 300, 80, 80])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        flow += [Paragraph(f"Actie {number} {title}", BOLD), table, Spacer(1, 12)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


def test_issue_21_a_title_line_over_a_ruled_table_keeps_its_text(tmp_path):
    path = titled_tables_pdf(tmp_path / "t.pdf")
    pages, _ = read_pages(path, ParseSettings())
    blocks = clean(pages).blocks
    assert [(b.marker, b.text) for b in blocks if b.kind == "item"] == [("Actie 1", "Nieuwbouw"),
                                                                       ("Actie 2", "Wonen en zorg")]
    assert all(b.marker is None for b in blocks if b.kind == "table_row")
    doc = run.extract(path, model=None)
    assert [(a.number, a.trekker, a.planning) for a in doc.afspraken] == [("3.1", "Corporatie", "2025"),
                                                                          ("3.2", "Corporatie", "2026")]
