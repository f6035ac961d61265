"""A jaarschijf table `Nr | Afspraak | Trekker | Gereed | t.o.v. 2024`, on a PDF made here and read by both parse
backends: the change column goes to the attributes as "wijziging", a row the change column marks as lapsing
("vervalt", printed greyed and struck through) is no afspraak of the year, and a Trekker cell naming two parties
over two lines ("Corporaties /" + "gemeente") keeps the space around its slash.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run
from pipeline.cells import lapsed_row, table_roles
from pipeline.text import join_lines

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
ROWS = [
    ("W-01", "De corporaties realiseren in 2025 gezamenlijk ten minste 80 nieuwe sociale huurwoningen in de wijk "
             "Noord.", "Corporaties / gemeente", "Q4 2025", "gewijzigd"),
    ("W-02", "De gemeente onderzoekt in 2025 of een tweede doorstroommakelaar kan worden ingezet.", "Gemeente",
     "eind 2025", "vervalt"),
    ("W-03", "De corporaties verkopen in 2025 samen maximaal 12 bestaande huurwoningen aan starters.", "Corporaties",
     "2025", "ongewijzigd"),
    ("W-04", "Partijen brengen de gemiddelde inschrijfduur van starters op de woningmarkt in beeld.", "Partijen",
     "Q3 2025", "nieuw"),
]


def build(path: Path) -> Path:
    data = [["Nr", "Afspraak", "Trekker", "Gereed", "t.o.v. 2024"]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, (nr, text, who, when, change) in enumerate(ROWS, 1):
        if change == "vervalt":
            text = f"<strike>{text}</strike>"
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f0f0f0")))
        data.append([nr, Paragraph(text, CELL), Paragraph(who, CELL), Paragraph(when, CELL), change])
    table = Table(data, colWidths=[38, 230, 72, 60, 60], repeatRows=1)
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph("Prestatieafspraken Wolderveen 2025-2028 - Jaarschijf 2025", HEAD),
         Paragraph("1. Wonen", HEAD), table])
    return path


def test_jaarschijf_change_column_goes_to_attributes_and_lapsed_rows_are_left_out(tmp_path, backend):
    doc = run.extract(build(tmp_path / "j.pdf"), parse={"backend": backend}, model=None)
    kept = [r for r in ROWS if r[4] != "vervalt"]
    assert [a.number for a in doc.afspraken] == [r[0] for r in kept]
    assert [a.attributes for a in doc.afspraken] == [{"wijziging": r[4]} for r in kept]
    assert [(a.trekker, a.planning) for a in doc.afspraken] == [(r[2], r[3]) for r in kept]


def test_header_naming_the_year_before_is_a_header():
    assert table_roles(["Nr", "Afspraak", "Trekker", "Gereed", "t.o.v. 2024"]) == {
        "number": 0, "text": 1, "trekker": 2, "planning": 3, "attr:wijziging": 4}
    assert table_roles(["2024", "Afspraak"]) is None  # a year alone is content


@pytest.mark.parametrize("mark", ["vervalt", "Vervallen", "komt te vervallen", "geschrapt", "Vervalt."])
def test_lapse_marks_in_a_cell_beside_the_text(mark):
    assert lapsed_row(["W-02", "De gemeente onderzoekt ...", "Gemeente", mark], {"number": 0, "text": 1})
    assert not lapsed_row(["W-02", "De regeling vervalt per 1 juli.", "Gemeente"], {"number": 0, "text": 1})


def test_two_parties_over_two_lines_keep_the_space_around_the_slash():
    assert join_lines("Corporaties /", "gemeente") == "Corporaties / gemeente"
    assert join_lines("https://www.wolderveen.nl/", "wonen") == "https://www.wolderveen.nl/wonen"


def test_struck_through_row_without_a_lapse_mark_is_no_afspraak(tmp_path, backend):
    data = [["Nr", "Afspraak", "Trekker", "Gereed"]]
    for i, (nr, text, who, when, _) in enumerate(ROWS):
        data.append([nr, Paragraph(f"<strike>{text}</strike>" if i == 1 else text, CELL), who, when])
    table = Table(data, colWidths=[38, 300, 90, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "s.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph("Prestatieafspraken Wolderveen 2025", HEAD), Paragraph("1. Wonen", HEAD), table,
         Paragraph("Partijen <u>spreken af</u> dat zij de voortgang twee keer per jaar bespreken.", BODY)])
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["W-01", "W-03", "W-04"]
    assert [a.text for a in doc.afspraken] == [ROWS[0][1], ROWS[2][1], ROWS[3][1]]
