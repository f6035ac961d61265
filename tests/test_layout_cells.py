"""Ruled tables "Thema | Afspraken" whose right cell holds several afspraken numbered 1., 2., 3. (restarting in
every cell), made here and read by both parse backends.

The left column is shaded and names a sub-theme (the section of the afspraken beside it); some cells open with
one sentence of context; one row per printed line, rules only between sub-themes, so a sub-theme and an
afspraak run over a page break under the repeated header row (and the shaded column's bottom edge is the only
rule drawn where the page cuts the table). The contents page lists the chapters without page numbers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline import run
from pipeline.cells import cell_list, join_cell_line
from pipeline.parse.rules import Edge, closing_rules

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=8, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=12)
LABEL = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=9, leading=12)
CONTEXT = ParagraphStyle("x", fontName="Helvetica-Oblique", fontSize=9, leading=12)
RIGHT_WIDTH = 13 * 28.35
SUBTHEMES = {
    "Nieuwbouw": ("De woonvisie gaat uit van een groei van circa 900 woningen tot 2030.", [
        "De Eik en Het Anker realiseren samen in de periode 2024 tot en met 2027 ten minste 260 sociale "
        "huurwoningen in de gemeente, waarvan ten minste 70 woningen in 2024 worden opgeleverd.",
        "De gemeente hanteert bij nieuwe woningbouwplannen van twintig woningen of meer een aandeel van ten minste "
        "30% sociale huur en legt dit vast in de anterieure overeenkomsten met ontwikkelaars.",
        "Het Anker onderzoekt in 2024 of op de locatie aan de Stationsweg tijdelijke woningen voor spoedzoekers "
        "kunnen worden geplaatst en bespreekt de uitkomst met de gemeente.",
    ]),
    "Voorraad": (None, [
        "De Eik verkoopt in 2024 maximaal 15 bestaande sociale huurwoningen, uitsluitend in complexen waar verkoop "
        "bijdraagt aan een meer gemengde wijkopbouw.",
        "Partijen spreken af dat de corporaties geen sociale huurwoningen liberaliseren, tenzij dit noodzakelijk "
        "is voor de financiering van nieuwbouw; in dat geval gaat het om maximaal 10 woningen per jaar.",
    ]),
    "Huurschulden": (None, [
        "De corporaties nemen uiterlijk na twee maanden huurachterstand persoonlijk contact op met de huurder en "
        "melden de achterstand, met toestemming van de huurder, bij het gemeentelijke team Vroegsignalering, dat "
        "binnen twee weken een huisbezoek aflegt en de huurder zo nodig doorverwijst naar schuldhulpverlening, "
        "budgetcoaching of een andere passende vorm van ondersteuning in de wijk.",
        "Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2024 te beperken tot "
        "maximaal 4 en zetten daartoe vroegtijdig schuldhulpverlening in.",
    ]),
}


def cell_lines(number: int, text: str) -> list[Paragraph]:
    """One afspraak as a paragraph per printed line, so that a row can break over a page mid-afspraak."""
    lines = simpleSplit(text, "Helvetica", 9, RIGHT_WIDTH - 30)
    return [Paragraph(f"{number}.&nbsp;&nbsp;{line}" if j == 0 else line, CELL) for j, line in enumerate(lines)]


def theme_table() -> Table:
    rows: list[list] = [[Paragraph("Thema", LABEL), Paragraph("Afspraken", LABEL)]]
    rule = colors.HexColor("#7A8C93")
    style = [("BOX", (0, 0), (-1, -1), 0.6, rule), ("LINEAFTER", (0, 0), (0, -1), 0.6, rule),
             ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#E8EFF1")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 1), (-1, -1), 0), ("BOTTOMPADDING", (0, 1), (-1, -1), 0)]
    for sub, (context, texts) in SUBTHEMES.items():
        first = len(rows)
        style.append(("LINEABOVE", (0, first), (-1, first), 0.6, rule))
        if context:
            rows.append(["", Paragraph(context, CONTEXT)])
        for i, text in enumerate(texts, 1):
            rows += [["", line] for line in cell_lines(i, text)]
        rows[first][0] = Paragraph(sub, LABEL)
    table = Table(rows, colWidths=[3.3 * 28.35, RIGHT_WIDTH], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def build(path: Path) -> Path:
    contents = ["Inleiding", "1 Beschikbaar en betaalbaar wonen", "2 Duurzaamheid", "3 Samenwerking en proces"]
    flowables = [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("Inhoud", HEAD),
                 *[Paragraph(line, BODY) for line in contents], Paragraph("Inleiding", HEAD),
                 Paragraph("Deze afspraken maken de gemeente Eikdorp, Woonstichting De Eik en Stichting Het Anker "
                           "voor het jaar 2024.", BODY), PageBreak(),
                 Paragraph("1 Beschikbaar en betaalbaar wonen", HEAD),
                 Spacer(1, 430),  # the table starts low, so that the page break cuts the Huurschulden row
                 theme_table()]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flowables)
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_numbered_list_in_a_table_cell_is_one_afspraak_per_number(tmp_path, backend):
    doc = run.extract(build(tmp_path / "cells.pdf"), parse={"backend": backend}, model=None)
    expected = [(sub, str(i), text) for sub, (_, texts) in SUBTHEMES.items() for i, text in enumerate(texts, 1)]
    got = [(a.section.split(" > ")[-1], a.number, a.text) for a in doc.afspraken]
    assert got == expected
    assert {a.section.split(" > ")[0] for a in doc.afspraken} == {"1 Beschikbaar en betaalbaar wonen"}
    assert doc.afspraken[-1].page == doc.afspraken[-2].end_page == doc.afspraken[-2].page + 1  # the cut afspraak


@pytest.mark.parametrize(("text", "starts", "lead", "numbers"), [
    ("1. De gemeente bouwt. 2. De Eik isoleert.", (1,), "", ["1", "2"]),
    ("Context in 2023. 1. De gemeente bouwt 20 woningen. 2. Partijen overleggen.", (1,), "Context in 2023.",
     ["1", "2"]),
    ("melden het bij het team. 2. Partijen streven ernaar.", (1, 2), "melden het bij het team.", ["2"]),
    ("De Eik bouwt in fase 2. De gemeente helpt.", (1,), None, None),  # no list: no 1 to start it
    ("1. De Eik bouwt in fase 3. De gemeente helpt. 2. Partijen overleggen.", (1,), "", ["1", "2"]),
])
def test_cell_list(text, starts, lead, numbers):
    found = cell_list(text, starts)
    if lead is None:
        assert found is None
    else:
        assert found is not None and found.lead == lead and [n for n, _ in found.items] == numbers


def test_shaded_first_column_edge_does_not_close_a_cut_table():
    """Where a page cuts a table, the bottom edge of the shaded first column is the only row rule: a closing
    rule still runs across the whole table."""
    edges = [Edge("v", 62.0, 167.0, 772.6), Edge("v", 156.0, 167.0, 772.6), Edge("v", 533.0, 167.0, 772.6),
             Edge("h", 772.6, 62.0, 156.0)]
    assert closing_rules(edges) == [Edge("h", 773.0, 62.0, 533.0)]
    closed = [*edges[:3], Edge("h", 772.6, 62.0, 533.0)]
    assert closing_rules(closed) == []


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_a_word_too_long_for_a_narrow_cell_broken_without_hyphen_is_joined_again(tmp_path, backend):
    """A label cell just wide enough for most of a long word: the renderer broke it without a hyphen
    ("Verduurzamingsprogramm" / "a"); the section label has the word whole, a label of two words stays two."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = stringWidth("Verduurzamingsprogramm", "Helvetica-Bold", 9) + 12 + 2
    labels = [["Verduurzamingsprogramm", "a"], ["Huisvesting", "statushouders"]]
    rows: list[list] = [[Paragraph("Thema", LABEL), Paragraph("Afspraken", LABEL)]]
    rows += [[[Paragraph(part, LABEL) for part in label], Paragraph(f"1. {text}", CELL)]
             for label, text in zip(labels, SUBTHEMES["Nieuwbouw"][1][:2], strict=True)]
    table = Table(rows, colWidths=[width, RIGHT_WIDTH])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "narrow.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("1 Duurzaamheid", HEAD), table])
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [a.section.split(" > ")[-1] for a in doc.afspraken] == ["Verduurzamingsprogramma",
                                                                 "Huisvesting statushouders"]


@pytest.mark.parametrize(("text", "line", "joined"), [
    ("Verduurzamingsprogramm", "a", "Verduurzamingsprogramma"),
    ("Huisvesting", "statushouders", "Huisvesting statushouders"),  # two words
    ("Woonwagenstandplaats", "en", "Woonwagenstandplaats en"),  # a compound ending in a word, then a stop word
    ("Nieuwbouw", "sociale huur", "Nieuwbouw sociale huur"),
])
def test_join_cell_line_joins_only_a_word_the_cell_broke(text, line, joined):
    assert join_cell_line(text, line) == joined
