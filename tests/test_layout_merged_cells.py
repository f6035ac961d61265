"""Word-style ruled tables with vertically merged cells, on PDFs made here and read by both parse backends.

"Thema | Nr | Afspraak | Wie | Wanneer": the Thema cell spans every row, and a Wie or Wanneer value shared by
consecutive afspraken is one merged cell over their rows, its text once, centred in the block. Each afspraak the
cell spans has its value; a small raised footnote digit after a word in a cell is no text; a cell spanning
columns (an Afspraak cell drawn over Wie and Wanneer) gives nothing to the cells it covers.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
TEXTS = [
    "De Eik realiseert in 2025 ten minste 40 sociale huurwoningen in het plan Oostergaarde.",
    "De Eik verkoopt in 2025 ten hoogste tien sociale huurwoningen uit de kernvoorraad.",
    "De corporaties liberaliseren in 2025 geen sociale huurwoningen.",
    "De gemeente stelt in 2025 een nieuwe huisvestingsverordening vast, na advies van de huurders.",
    "De gemeente onderzoekt in 2025 of de bijzondere bijstand kan worden ingezet bij huurachterstanden.",
]


def merged_table(wie: list[tuple[int, int, str]], wanneer: list[tuple[int, int, str]],
                 spanned_right: tuple[int, ...] = ()) -> Table:
    """Rows 1..5 under the header; `wie` and `wanneer` as (first row, last row, value) blocks, one merged cell
    each; the Afspraak cell of the rows in `spanned_right` drawn over Wie and Wanneer."""
    data = [["Thema", "Nr", "Afspraak", "Wie", "Wanneer"]]
    data += [["Beschikbaarheid" if i == 0 else "", f"1.{i + 1}", Paragraph(marked(t), CELL), "", ""]
             for i, t in enumerate(TEXTS)]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("FONTSIZE", (0, 0), (-1, -1), 9), ("SPAN", (0, 1), (0, -1))]
    for column, blocks in ((3, wie), (4, wanneer)):
        for first, last, value in blocks:
            data[first][column] = value
            if last > first:
                style.append(("SPAN", (column, first), (column, last)))
    for row in spanned_right:
        style.append(("SPAN", (2, row), (4, row)))
    return Table(data, colWidths=[80, 30, 250, 80, 60], style=TableStyle(style))


def marked(text: str) -> str:
    """A footnote reference after "huurwoningen", set as a word processor sets it: a small raised digit."""
    return text.replace("huurwoningen ", "huurwoningen<super><font size=5.5>3</font></super> ", 1)


def build(path: Path, table: Table) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Voldoende woningen", HEAD),
         Paragraph("Partijen maken de volgende afspraken.", BODY), table])
    return path


def extract(path: Path, backend: str):
    return run.extract(path, parse={"backend": backend}, model=None)


def test_a_vertically_merged_wie_or_wanneer_cell_gives_its_value_to_every_row_it_spans(tmp_path, backend):
    table = merged_table(wie=[(1, 2, "De Eik"), (3, 3, "Corporaties"), (4, 5, "Gemeente")],
                         wanneer=[(1, 3, "2025"), (4, 4, "Q2 2025"), (5, 5, "")])
    doc = extract(build(tmp_path / "merged.pdf", table), backend)
    assert [a.text for a in doc.afspraken] == TEXTS  # a raised footnote digit is no text
    assert [(a.number, a.trekker, a.planning) for a in doc.afspraken] == [
        ("1.1", "De Eik", "2025"), ("1.2", "De Eik", "2025"), ("1.3", "Corporaties", "2025"),
        ("1.4", "Gemeente", "Q2 2025"), ("1.5", "Gemeente", None)]  # a drawn empty cell stays empty


def test_a_cell_spanning_columns_gives_nothing_to_the_who_and_when_it_covers(tmp_path, backend):
    table = merged_table(wie=[(1, 1, "De Eik"), (3, 5, "Gemeente")], wanneer=[(1, 1, "2025"), (3, 5, "2026")],
                         spanned_right=(2,))
    doc = extract(build(tmp_path / "across.pdf", table), backend)
    assert [(a.number, a.trekker, a.planning) for a in doc.afspraken] == [
        ("1.1", "De Eik", "2025"), ("1.2", None, None), ("1.3", "Gemeente", "2026"), ("1.4", "Gemeente", "2026"),
        ("1.5", "Gemeente", "2026")]
