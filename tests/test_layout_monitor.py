"""Monitor tables: a ruled table "Nr | Afspraak 2025 | Stand van zaken 2024 | Trekker", made here and read by both
parse backends.

A year in a header cell after a column name ("Afspraak 2025") keeps the row a header; the column that reports
progress ("Stand van zaken", "Voortgang", "Realisatie 2024") is a past-tense report that is never the afspraak,
however much longer its cells are: it goes to `attributes.stand_van_zaken`. In a bod's table "Nr. | Opgave uit de
woonvisie | Ons bod | Toelichting" the bids are the column headed by the bid ("Ons bod", "Wij bieden"), not the
first or the longest text column: the opgave is what was asked.
"""

from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
ROWS = [
    ("1", "Heidekant levert in 2025 ten minste 52 nieuwe sociale huurwoningen op in het plan Rietkraag.",
     "In 2024 zijn 58 woningen opgeleverd: 40 in Rietkraag en 18 aan de Molenakker; de overige 6 woningen aan de "
     "Molenakker volgen in januari 2025, na een vertraging door de aannemer.", "Heidekant"),
    ("2", "De corporaties verhelpen niet-spoedeisende reparatieverzoeken binnen gemiddeld 10 werkdagen.",
     "In 2024 was de gemiddelde doorlooptijd 11,2 werkdagen door krapte bij de onderhoudsaannemers in de regio.",
     "Corporaties"),
    ("3", "De gemeente stelt uiterlijk in het eerste kwartaal van 2025 een nieuwe woonvisie vast, na overleg met de "
          "corporaties en het huurdersplatform.", "Nieuw.", "Gemeente"),
]


def make_monitor(path, progress_header):
    cells = [[Paragraph(c, CELL) for c in row] for row in ROWS]
    table = Table([["Nr", "Afspraak 2025", progress_header, "Trekker"], *cells], colWidths=[30, 300, 300, 100],
                  repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Prestatieafspraken Wolfsmeer 2025", HEAD), Paragraph("2 Betaalbaar wonen", HEAD), table])
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("progress_header", ["Stand van zaken 2024", "Voortgang", "Realisatie 2024"])
def test_progress_column_goes_to_attributes_never_into_text(tmp_path, backend, progress_header):
    doc = run.extract(make_monitor(tmp_path / "monitor.pdf", progress_header), parse={"backend": backend},
                      model=None)
    assert [(a.number, a.text, a.trekker) for a in doc.afspraken] == [(n, t, w) for n, t, _, w in ROWS]
    assert [a.attributes for a in doc.afspraken] == [{"stand_van_zaken": s} for _, _, s, _ in ROWS]


BIDS = [
    ("B1", "De woonvisie vraagt tot 2030 jaarlijks gemiddeld 60 nieuwe sociale huurwoningen, verdeeld over de kernen "
           "en met voorrang voor starters en senioren uit de eigen gemeente.",
     "Wij leveren in 2026 ten minste 48 sociale huurwoningen op.", "Lindehof fase 2 schuift door."),
    ("B2", "De gemeente vraagt een versnelling van de verduurzaming van de slechtst geïsoleerde woningen in alle "
           "wijken, in het tempo van de transitievisie warmte.",
     "Wij verduurzamen in 2026 ten minste 150 woningen naar label B.", "Subsidie wordt benut."),
]


def make_bod(path, bid_header):
    cells = [[Paragraph(c, CELL) for c in row] for row in BIDS]
    table = Table([["Nr.", "Opgave uit de woonvisie", bid_header, "Toelichting"], *cells],
                  colWidths=[40, 300, 250, 150], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Bod Stichting Dommelwonen 2026", HEAD), Paragraph("1 Beschikbaarheid", HEAD), table])
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("bid_header", ["Ons bod", "Wij bieden"])
def test_bid_column_holds_the_afspraak_not_the_opgave(tmp_path, backend, bid_header):
    doc = run.extract(make_bod(tmp_path / "bod.pdf", bid_header), parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [(n, bid) for n, _, bid, _ in BIDS]
    assert all("woonvisie" not in a.section for a in doc.afspraken)  # the opgave is no sub-theme either
