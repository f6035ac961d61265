"""A ruled table whose party columns hold only a mark for each party that commits (`Nr | Afspraak | Gemeente |
<corporatie> | <huurders> | Gereed`): the marked parties stay with the afspraak, never in its text, and the frame
takes them as its actors where the text is passive or names fewer parties."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run
from pipeline.frames import document_frames

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6)
ROWS = [
    ("1", "Jaarlijks worden ten minste 60 sociale huurwoningen opgeleverd in de wijk Noord.", "•", "•", "", "2025"),
    ("2", "Onderzoeken of een doorstroomregeling voor senioren kan worden ingevoerd.", "x", "x", "x", "eind 2025"),
    ("3", "Het huurdersoverleg wordt vier keer per jaar gehouden over het onderhoud.", "", "X", "X", "doorlopend"),
]


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_party_columns_holding_marks_name_who_commits(tmp_path: Path, backend: str):
    cover = [Paragraph("Prestatieafspraken 2025", HEAD),
             Paragraph("Gemeente Eikdorp, Woonstichting De Eik en Huurdersvereniging Eikdorp (HVE) maken de "
                       "volgende afspraken.", BODY), Paragraph("1 Beschikbaar wonen", HEAD)]
    header = ("Nr", "Afspraak", "Gemeente", "De Eik", "HVE", "Gereed")
    table = Table([header, *[(n, Paragraph(t, BODY), *rest) for n, t, *rest in ROWS]],
                  colWidths=[25, 260, 55, 50, 40, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("FONTNAME", (0, 0), (-1, -1), "Helvetica")]))
    path = tmp_path / "marks.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([*cover, table])
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [t for _, t, *_ in ROWS]
    assert [(a.attributes or {}).get("partijen") for a in doc.afspraken] == [
        "Gemeente, De Eik", "Gemeente, De Eik, Huurdersvereniging Eikdorp", "De Eik, Huurdersvereniging Eikdorp"]
    assert [a.planning for a in doc.afspraken] == ["2025", "eind 2025", "doorlopend"]
    frames = document_frames(doc)
    assert [set(frames[a.id].actors) for a in doc.afspraken] == [
        {"gemeente", "corporatie"}, {"gemeente", "corporatie", "huurdersorganisatie"},
        {"corporatie", "huurdersorganisatie"}]
