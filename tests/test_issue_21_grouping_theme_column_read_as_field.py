"""Issue #21: a spreadsheet's afsprakenlijst that repeats its grouping on every row ("Nr | Thema | Afspraak |
Trekker | Status", the rows sorted into stretches by theme) gave each afspraak the theme as a field beside its
status, where the theme is the group the row stands in: its section (lorkendam in dev). A theme column whose values
come back after another, or that names one row each, classifies the rows: it stays a field."""

from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
TEXTS = ["De corporatie levert in 2026 ten minste 40 sociale huurwoningen op in het plan Noord.",
         "De gemeente stelt jaarlijks een bouwlocatie voor sociale huurwoningen beschikbaar.",
         "De corporatie isoleert in 2026 ten minste 120 woningen tot ten minste label B.",
         "De corporatie plaatst in 2026 zonnepanelen op 80 eengezinswoningen in de wijk Zuid.",
         "De corporatie zet in 2026 twee wijkbeheerders in voor de wijken Noord en Zuid.",
         "Partijen stellen in 2026 een leefbaarheidsbudget van 60 euro per woning beschikbaar."]
STATUS = ["Loopt", "Nieuw", "Op schema", "Loopt", "Gereed", "Loopt"]


def _extract(tmp_path, backend: str, themes: list[str]):  # type: ignore[no-untyped-def]
    rows = [[str(k + 1), theme, Paragraph(text, CELL), "Corporatie", status]
            for k, (theme, text, status) in enumerate(zip(themes, TEXTS, STATUS, strict=True))]
    table = Table([["Nr", "Thema", "Afspraak", "Trekker", "Status"], *rows], colWidths=[30, 80, 270, 70, 60],
                  hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    pdf = tmp_path / "t.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build(
        [Paragraph("Prestatieafspraken 2026", HEAD), Paragraph("Afsprakenlijst", HEAD), table])
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS
    return doc.afspraken


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_grouping_theme_column_was_read_as_a_field_of_each_row(tmp_path, backend):
    themes = ["Nieuwbouw", "Nieuwbouw", "Duurzaamheid", "Duurzaamheid", "Leefbaarheid", "Leefbaarheid"]
    afspraken = _extract(tmp_path, backend, themes)
    assert [a.attributes for a in afspraken] == [{"status": s} for s in STATUS]
    assert [a.section.rsplit(" > ", 1) for a in afspraken] == [["Afsprakenlijst", t] for t in themes]
    assert [a.trekker for a in afspraken] == ["Corporatie"] * 6


@pytest.mark.parametrize("themes", [
    ["Nieuwbouw", "Nieuwbouw", "Duurzaamheid", "Duurzaamheid", "Nieuwbouw", "Leefbaarheid"],  # comes back
    ["Nieuwbouw", "Grond", "Isolatie", "Zonnepanelen", "Wijkbeheer", "Budget"],  # one row each
])
def test_classifying_theme_column_stays_a_field(tmp_path, themes):
    afspraken = _extract(tmp_path, "pdfium", themes)
    assert [a.attributes for a in afspraken] == [{"thema": t, "status": s} for t, s in zip(themes, STATUS, strict=True)]
    assert {a.section for a in afspraken} == {"Afsprakenlijst"}
