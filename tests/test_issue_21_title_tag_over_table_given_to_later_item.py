"""Issue #21: a status tag on a title line ("[Nieuw] Nieuwbouw") is held for the text under the title
(`status_labels.carry_tag`: a titled parent's tag is its paragraph's). Where a ruled table stands under the title
instead, the tag was held past the table and given to the first afspraak after it, under the next heading or
none; a table row, like another heading, ends what a title's tag can reach.

Found while generalising the status tags of the dev family schelfhorst. Runs on both parse backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
ROWS = [("1.1", "De corporatie bouwt in 2026 ten minste 40 sociale huurwoningen op de locatie Noord.", "Corporatie",
         "2026")]
ITEM = "De corporatie houdt de gemiddelde huurverhoging in 2026 onder de inflatie."


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def _build(path: Path, heading: bool) -> Path:
    data = [["Nr", "Afspraak", "Trekker", "Planning"]] + [[n, Paragraph(t, BODY), w, p] for n, t, w, p in ROWS]
    table = Table(data, colWidths=[30, 300, 80, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow = [Paragraph("Prestatieafspraken 2026", HEAD), Paragraph("[Nieuw] Nieuwbouw", HEAD), table, Spacer(1, 12),
            *([Paragraph("Huurbeleid", HEAD)] if heading else []), Paragraph(f"2.1 {ITEM}", BODY)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


@pytest.mark.parametrize("heading", [True, False])
def test_title_tag_stops_at_a_table(tmp_path, backend, heading):
    doc = run.extract(_build(tmp_path / "table.pdf", heading), parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [("1.1", ROWS[0][1]), ("2.1", ITEM)]
    assert (doc.afspraken[1].attributes or {}).get("status_label") is None
