"""Issue #21: the besluitenlijst of a meeting's minutes heads its columns the way a secretary does ("Nr | Afspraak |
Wie | Uiterlijk", "Actiehouder", "Door wie", "Datum gereed", "Vóór"). A who or when column under such a name was
read as a party-mark column: its cells went to the attributes ("uiterlijk": "eind 2026"), trekker and planning
stayed empty."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
ROWS = [("26-01", "De Kreekrug start in 2026 met de bouw van ten minste 40 sociale huurwoningen.", "De Kreekrug",
         "eind 2027"),
        ("26-02", "De gemeente stelt in 2026 een nieuwe huisvestingsverordening vast.", "Gemeente", "Q3 2026"),
        ("26-03", "Partijen bespreken de voortgang van de afspraken tweemaal per jaar.", "Partijen", "doorlopend")]


@pytest.mark.parametrize(("who", "when"), [
    ("Wie", "Uiterlijk"),
    ("Actiehouder", "Datum gereed"),
    ("Door wie", "Vóór"),
    ("Wie", "Deadline"),
])
def test_issue_21_minutes_column_names_fill_trekker_and_planning(tmp_path, who, when):
    rows = [["Nr", "Afspraak", who, when]] + [[n, Paragraph(t, BODY), w, d] for n, t, w, d in ROWS]
    table = Table(rows, colWidths=[40, 290, 80, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    pdf = tmp_path / "t.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build([
        Paragraph("Verslag bestuurlijk overleg prestatieafspraken 2026", HEAD),
        Paragraph("Besluitenlijst 2026", HEAD), table])
    doc = run.extract(pdf, model=None)
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] == ROWS
    assert all(not a.attributes for a in doc.afspraken)


@pytest.mark.parametrize("line", ["Actiehouder: {who} | Uiterlijk: {when}", "Door wie: {who}; Vóór: {when}"])
def test_issue_21_minutes_field_labels_under_an_afspraak_fill_trekker_and_planning(tmp_path, line):
    """The same names as labels on a line under each numbered afspraak stayed in its text."""
    flow = [Paragraph("Verslag bestuurlijk overleg prestatieafspraken 2026", HEAD), Paragraph("1 Afspraken", HEAD)]
    for k, (_, text, who, when) in enumerate(ROWS, 1):
        flow += [Paragraph(f"1.{k} {text}", BODY), Paragraph(line.format(who=who, when=when), BODY)]
    pdf = tmp_path / "t.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build(flow)
    doc = run.extract(pdf, model=None)
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] \
        == [(f"1.{k}", text, who, when) for k, (_, text, who, when) in enumerate(ROWS, 1)]
