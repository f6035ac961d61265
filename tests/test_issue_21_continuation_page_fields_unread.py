"""Issue #21: a spreadsheet printed "across, then down" holds the afspraken on one page ("Nr | Afspraak") and the rest
of the same rows on the next, the number repeated as print title. That page's fields reached the afspraken only
where a who or when column was among them and only under a name the lexicon knows: "Nr | Status | Opmerking" was
not read at all, and beside "Trekker | Gereed" a column such as "Risico" or the parties marked "x" were lost, though
the same columns beside the afspraak on its own page are read (lorkendam's layout in dev, general case). A column
with a wording of the afspraak ("Korte omschrijving") stays no field."""

from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
TEXTS = ["De corporatie levert in 2026 ten minste 40 sociale huurwoningen op in het plan Noord.",
         "De gemeente stelt jaarlijks een bouwlocatie voor sociale huurwoningen beschikbaar.",
         "De corporatie isoleert in 2026 ten minste 120 woningen tot ten minste label B.",
         "De corporatie plaatst in 2026 zonnepanelen op 80 eengezinswoningen in de wijk Zuid."]


def _table(header: list[str], rows: list[list[object]], widths: list[float]) -> Table:
    table = Table([header, *rows], colWidths=widths, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _extract(tmp_path, header: list[str], cells: list[list[str]]):  # type: ignore[no-untyped-def]
    first = [[str(k + 1), Paragraph(text, CELL)] for k, text in enumerate(TEXTS)]
    second = [[str(k + 1), *row] for k, row in enumerate(cells)]
    pdf = tmp_path / "t.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build(
        [Paragraph("Prestatieafspraken 2026", HEAD), Paragraph("Afsprakenlijst", HEAD),
         _table(["Nr", "Afspraak"], first, [30, 400]), PageBreak(),
         _table(["Nr", *header], second, [30] + [90] * len(header))])
    doc = run.extract(pdf, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS
    return doc.afspraken


def test_status_and_remark_page_without_who_or_when_was_not_read(tmp_path):
    status = [["Loopt", "Zie bijlage 1"], ["Nieuw", ""], ["Gereed", "Afgerond in maart"], ["Loopt", "Vertraagd"]]
    afspraken = _extract(tmp_path, ["Status", "Opmerking"], status)
    assert [a.attributes for a in afspraken] == [
        {"status": s, "opmerking": o} if o else {"status": s} for s, o in status]


@pytest.mark.parametrize(("column", "value", "expected"), [
    ("Risico", "Laag", {"risico": "Laag"}),
    ("Huurders", "x", {"partijen": "Huurders"}),
    ("Korte omschrijving", "Bouw plan Noord", None),
])
def test_unnamed_column_beside_who_and_when_was_lost(tmp_path, column, value, expected):
    afspraken = _extract(tmp_path, ["Trekker", "Gereed", column], [["Gemeente", "2026", value]] * 4)
    assert [(a.trekker, a.planning, a.attributes) for a in afspraken] == [("Gemeente", "2026", expected)] * 4
