"""Issue #21: a table without a number column whose text cells open with the row's number ("1.12 De gemeente
..." | Wie | Wanneer). The number stayed in the text (1.12, 3.1), or a "1." cell was read as a list of one item
without the row's trekker and planning and the rows after it ("2.", "3.") got no number at all."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
TEXTS = ["De gemeente stelt in 2026 een nieuwe huisvestingsverordening vast.",
         "De Eik isoleert in 2026 ten minste 120 woningen tot label B.",
         "Partijen organiseren twee keer per jaar een bewonersavond in elke wijk."]
FIELDS = [("gemeente", "2026"), ("De Eik", "eind 2026"), ("alle partijen", "doorlopend")]


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize(("numbers", "header"), [
    (["1.1", "1.2", "1.3"], True),
    (["3.10", "3.11", "3.12"], False),
    (["1.", "2.", "3."], True),
    (["A1", "A2", "A3"], True),
])
def test_issue_21_a_number_opening_the_text_cell_is_the_rows_number(tmp_path, backend, numbers, header):
    rows = ([["Afspraak", "Wie", "Wanneer"]] if header else []) \
        + [[Paragraph(f"{n} {t}", BODY), who, when] for n, t, (who, when) in zip(numbers, TEXTS, FIELDS, strict=True)]
    table = Table(rows, colWidths=[300, 90, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    pdf = tmp_path / "t.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build([
        Paragraph("Prestatieafspraken Ransdal 2026", HEAD), Paragraph("1 Wonen", HEAD), table])
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] \
        == [(n.rstrip("."), t, who, when) for n, t, (who, when) in zip(numbers, TEXTS, FIELDS, strict=True)]
