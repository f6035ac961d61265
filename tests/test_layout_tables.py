"""Ruled agenda tables, each layout problem on a PDF made here and read by both parse backends.

An annex "Uitvoeringsagenda" after the signature holds every afspraak as a row of a ruled table
`Nr | Wat spreken we af | Wie | Wanneer | Indicator`: three-level numbers, shaded rows spanning the table that
title a theme or subtheme, the header row repeated on every page, and a row cut by a page break (its first part
without a closing rule, the rest under the repeated header with an empty Nr cell). A boxed afspraak labelled
"Afspraak 7" keeps the label word in its number, as "Maatregel 4" does.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
BOLD = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=10, leading=13)
HEADER = ["Nr", "Wat spreken we af", "Wie", "Wanneer", "Indicator"]
ROWS = [
    ("1 Betaalbaarheid en beschikbaarheid",),
    ("1.1 Huurbeleid",),
    ("1.1.1", "De Eik houdt de gemiddelde huurverhoging per 1 juli 2025 ten minste 0,5 procentpunt onder de "
              "inflatie.", "Corporatie", "1 juli 2025", "gemiddelde huurverhoging"),
    ("1.1.2", "De gemeente onderzoekt in 2025 of de bijzondere bijstand kan worden ingezet bij "
              "huurachterstanden.", "Gemeente", "Q3 2025", ""),
    ("1.2 Nieuwbouw",),
    ("1.2.1", "De Eik levert in 2025 ten minste 40 sociale huurwoningen op in het plan Oostergaarde.",
     "Corporatie", "2025", "aantal opgeleverde woningen"),
    ("2 Duurzaamheid",),
    ("2.1 Verduurzaming",),
    ("2.1.1", "De Eik isoleert in 2025 ten minste 150 woningen tot minimaal label B, zonder huurverhoging "
              "voor de zittende huurders.", "Corporatie", "2025", "aantal geïsoleerde woningen"),
]


def extract(path: Path, backend: str):
    return run.extract(path, parse={"backend": backend}, model=None)


def agenda_table(rows: list[tuple[str, ...]], *, closed: bool = True) -> Table:
    """The agenda table: theme rows span all columns and are shaded; without `closed` the last rule is left out."""
    data = [HEADER] + [[Paragraph(c, CELL) for c in (r if len(r) > 1 else (r[0], "", "", "", ""))] for r in rows]
    style = [("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBEFORE", (0, 0), (-1, -1), 0.5, colors.black), ("LINEAFTER", (-1, 0), (-1, -1), 0.5, colors.black),
             ("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.black)]
    if closed:
        style.append(("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black))
    for i, row in enumerate(rows, start=1):
        if len(row) == 1:
            style += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.lightgrey)]
    return Table(data, colWidths=[50, 380, 110, 90, 120], repeatRows=1, style=TableStyle(style))


def build_annex(path: Path, pages: list[list]) -> Path:
    """A portrait main text with its signature, then a landscape annex of the given pages."""
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    portrait = Frame(50, 50, A4[0] - 100, A4[1] - 100, id="p")
    wide = Frame(40, 40, landscape(A4)[0] - 80, landscape(A4)[1] - 80, id="l")
    doc.addPageTemplates([PageTemplate("portrait", [portrait], pagesize=A4),
                          PageTemplate("landscape", [wide], pagesize=landscape(A4))])
    story = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("1 Inleiding", HEAD),
             Paragraph("Gemeente Eikhoven en Woonstichting De Eik maken afspraken voor 2025. De afspraken staan "
                       "in de uitvoeringsagenda in bijlage 1.", BODY),
             Paragraph("2 Ondertekening", HEAD),
             Paragraph("Aldus overeengekomen en ondertekend te Eikhoven op 10 december 2024.", BODY),
             NextPageTemplate("landscape"), PageBreak(), Paragraph("Bijlage 1 Uitvoeringsagenda 2025", HEAD)]
    for i, flowables in enumerate(pages):
        story += ([PageBreak()] if i else []) + flowables
    doc.build(story)
    return path


def test_agenda_table_in_an_annex_with_three_level_numbers_and_spanning_theme_rows(tmp_path, backend):
    doc = extract(build_annex(tmp_path / "agenda.pdf", [[agenda_table(ROWS)]]), backend)
    got = {a.number: a for a in doc.afspraken}
    assert list(got) == ["1.1.1", "1.1.2", "1.2.1", "2.1.1"]  # theme rows are sections, not afspraken
    first = got["1.1.1"]
    assert first.section == "Bijlage 1 Uitvoeringsagenda 2025 > 1 Betaalbaarheid en beschikbaarheid > 1.1 Huurbeleid"
    assert (first.trekker, first.planning, first.attributes) == (
        "Corporatie", "1 juli 2025", {"indicator": "gemiddelde huurverhoging"})
    assert got["2.1.1"].section.endswith("> 2 Duurzaamheid > 2.1 Verduurzaming")
    assert not got["1.1.2"].attributes  # an empty Indicator cell gives no attribute


def test_agenda_row_cut_by_a_page_break_without_closing_rule(tmp_path, backend):
    cut = ("1.2.1", "De Eik levert in 2025 ten minste 40 sociale huurwoningen op in het plan Oostergaarde, en", "", "",
           "")
    rest = ("", "start in het najaar met de tweede fase van 30 woningen.", "", "", "")
    pages = [[agenda_table([*ROWS[:5], cut], closed=False)], [agenda_table([rest, *ROWS[6:]])]]
    doc = extract(build_annex(tmp_path / "cut.pdf", pages), backend)
    got = {a.number: a for a in doc.afspraken}
    assert list(got) == ["1.1.1", "1.1.2", "1.2.1", "2.1.1"]  # the repeated header row is no afspraak
    assert got["1.2.1"].text.endswith("Oostergaarde, en start in het najaar met de tweede fase van 30 woningen.")
    assert got["1.2.1"].page == 2


def test_boxed_afspraak_label_keeps_its_label_word(tmp_path, backend):
    boxes = []
    for n, text in [(7, ROWS[2][1]), (8, ROWS[5][1])]:
        boxes += [Table([[Paragraph(f"Afspraak {n}", BOLD)], [Paragraph(text, BODY)]], colWidths=[440],
                        style=TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)])),
                  Paragraph("Toelichting: dit sluit aan bij de woonvisie van de gemeente.", BODY)]
    path = tmp_path / "boxes.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("1 Nieuwbouw", HEAD), *boxes])
    doc = extract(path, backend)
    assert [a.number for a in doc.afspraken] == ["Afspraak 7", "Afspraak 8"]  # as "Maatregel 4": label kept
