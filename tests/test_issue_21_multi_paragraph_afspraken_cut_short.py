"""Numbered afspraken ("3.2" in a hanging column) that run over several paragraphs: a first sentence, then
"Daarbij geldt het volgende:" with an indented dash list or a continuing paragraph, an italic "Toelichting:" after
it (context), and a captioned table of figures between two afspraken of the same chapter (gravenbroek in dev)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
AFS = ParagraphStyle("a", parent=BODY, leftIndent=30, bulletIndent=0, bulletFontName="Helvetica-Bold", spaceAfter=4)
AFS2 = ParagraphStyle("a2", parent=BODY, leftIndent=30, spaceAfter=4)
DASH = ParagraphStyle("d", parent=BODY, leftIndent=44, bulletIndent=33, spaceAfter=2)
NOTE = ParagraphStyle("n", parent=BODY, fontName="Helvetica-Oblique", fontSize=9, leading=12, leftIndent=30)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=8)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3)

FIRST = "De corporaties leveren in 2025 samen ten minste 110 sociale huurwoningen op in de kernen van de gemeente."
LEAD = "Daarbij geldt het volgende:"
DASHES = ["ten minste een derde van de woningen is geschikt voor een- en tweepersoonshuishoudens;",
          "de gemeente levert de bouwgrond tegen de geldende grondprijs voor sociale huur."]
SECOND = ("Lindeborgh Wonen realiseert uiterlijk eind 2026 op de locatie Ruiterhoek 24 flexwoningen voor spoedzoekers "
          "en jongeren.")
SECOND_MORE = ("De gemeente draagt zorg voor een tijdelijke omgevingsvergunning; Lindeborgh Wonen is verantwoordelijk "
               "voor de bouw, de verhuur en het beheer van de woningen.")
NOTE_TEXT = "Toelichting: in 2024 werden in de kernen ongeveer veertig flexwoningen verhuurd aan spoedzoekers."
AFTER_TABLE = ["Partijen spreken af dat de corporaties in de kerkdorpen voor ten hoogste 25% van de vrijkomende "
               "woningen voorrang geven aan woningzoekenden met een lokale binding.",
               "Woonstichting Akkerhuis verkent in 2025 met de andere corporaties een gezamenlijk woningruilplatform "
               "voor de hele gemeente."]
NEXT_CHAPTER = ("De corporaties voeren per 1 juli 2025 een gemiddelde huurverhoging door die ten hoogste gelijk is aan "
                "de inflatie.")


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def build(path: Path) -> Path:
    table = Table([["Corporatie", "Woningen", "Waarvan DAEB", "Mutatiegraad"],
                   ["Woonstichting Akkerhuis", "4.212", "4.018", "6,1%"],
                   ["Lindeborgh Wonen", "2.630", "2.587", "5,4%"],
                   ["De Meentgaarde", "1.194", "1.176", "7,0%"]], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.black)]))
    story = [Paragraph("Prestatieafspraken Gravenbroek 2025", H1),
             Paragraph("3 Voldoende en passende woningen", H1),
             Paragraph("Er is in de gemeente een groot tekort aan betaalbare woningen voor starters en senioren.",
                       BODY),
             Paragraph("Partijen spreken het volgende af:", BODY),
             Paragraph(FIRST, AFS, bulletText="3.1"), Paragraph(LEAD, AFS2),
             *[Paragraph(d, DASH, bulletText="\u2013") for d in DASHES],
             Paragraph(SECOND, AFS, bulletText="3.2"), Paragraph(SECOND_MORE, AFS2), Paragraph(NOTE_TEXT, NOTE),
             Paragraph("Kerncijfers sociale huurvoorraad per 1 januari 2025", H3), table,
             *[Paragraph(t, AFS, bulletText=f"3.{k}") for k, t in enumerate(AFTER_TABLE, 3)],
             Paragraph("4 Betaalbaar wonen", H1),
             Paragraph("Partijen spreken het volgende af:", BODY),
             Paragraph(NEXT_CHAPTER, AFS, bulletText="4.1")]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def test_multi_paragraph_afspraken_keep_their_paragraphs_and_leave_out_the_toelichting(tmp_path, backend):
    doc = run.extract(build(tmp_path / "m.pdf"), parse={"backend": backend}, model=None)
    texts = {a.number: a.text for a in doc.afspraken}
    assert texts["3.1"] == " ".join([FIRST, LEAD, *DASHES])
    assert texts["3.2"] == f"{SECOND} {SECOND_MORE}"


def test_a_caption_of_figures_between_afspraken_excludes_only_its_table(tmp_path, backend):
    doc = run.extract(build(tmp_path / "c.pdf"), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["3.1", "3.2", "3.3", "3.4", "4.1"]
    assert [a.text for a in doc.afspraken[2:4]] == AFTER_TABLE
    assert {a.section for a in doc.afspraken[:4]} == {"3 Voldoende en passende woningen"}
    assert not any("4.212" in a.text for a in doc.afspraken)


def test_a_note_under_a_multi_paragraph_afspraak_is_not_its_text(tmp_path, backend):
    """A paragraph at the afspraak's text indent continues it, unless it is a note: set smaller (an italic
    explanation without a label) or opened by a label of context ("Terugblik: ...")."""
    story = [Paragraph("3 Voldoende en passende woningen", H1),
             Paragraph("Partijen spreken het volgende af:", BODY),
             Paragraph(SECOND, AFS, bulletText="3.1"), Paragraph(SECOND_MORE, AFS2),
             Paragraph("In 2024 stonden in de gemeente ruim 5.300 woningzoekenden ingeschreven bij de corporaties.",
                       NOTE),
             Paragraph(FIRST, AFS, bulletText="3.2"), Paragraph(SECOND_MORE, AFS2),
             Paragraph("Terugblik: in 2024 zijn in de kernen 96 sociale huurwoningen opgeleverd door de corporaties.",
                       AFS2),
             Paragraph(AFTER_TABLE[0], AFS, bulletText="3.3")]
    pdf = tmp_path / "n.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build(story)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [("3.1", f"{SECOND} {SECOND_MORE}"),
                                                          ("3.2", f"{FIRST} {SECOND_MORE}"),
                                                          ("3.3", AFTER_TABLE[0])]


def test_lettered_chapters_set_smaller_than_the_introduction_do_not_nest_under_it(tmp_path, backend):
    """Chapters "A. ...", "B. ..." set in 13 pt after an "Inleiding en kerncijfers" in 14 pt (tessendam in dev)
    are chapters of their own: their afspraken are not under the introduction, which holds none."""
    intro = ParagraphStyle("i", parent=H1, fontSize=14)
    chapter = ParagraphStyle("c", parent=H1, fontSize=13)
    story = [Paragraph("Inleiding en kerncijfers", intro),
             Paragraph("Voor u ligt de eerste jaarschijf bij de prestatieafspraken van de gemeente.", BODY),
             Paragraph("A. Beschikbaar en betaalbaar wonen", chapter),
             Paragraph(FIRST, AFS, bulletText="1."), Paragraph(SECOND, AFS, bulletText="2."),
             Paragraph("B. Duurzaam en klimaatbestendig", chapter),
             Paragraph(AFTER_TABLE[1], AFS, bulletText="1.")]
    pdf = tmp_path / "l.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build(story)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [(a.section, a.text) for a in doc.afspraken] == [("A. Beschikbaar en betaalbaar wonen", FIRST),
                                                           ("A. Beschikbaar en betaalbaar wonen", SECOND),
                                                           ("B. Duurzaam en klimaatbestendig", AFTER_TABLE[1])]


def test_a_subheading_after_a_captioned_table_does_not_nest_under_the_caption(tmp_path, backend):
    """A subheading set smaller than the caption of a table of figures, right after the table, opens a part of
    the chapter: its afspraken are not under the caption (which excludes what stands under it)."""
    table = Table([["Corporatie", "Woningen"], ["Woonstichting Akkerhuis", "4.212"], ["Lindeborgh Wonen", "2.630"]],
                  hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black)]))
    sub = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=3)
    story = [Paragraph("3 Voldoende en passende woningen", H1),
             Paragraph(FIRST, AFS, bulletText="3.1"),
             Paragraph("Kerncijfers sociale huurvoorraad per 1 januari 2025", ParagraphStyle("k", parent=H3,
                                                                                             fontSize=11)),
             table,
             Paragraph("Toewijzing", sub),
             *[Paragraph(t, AFS, bulletText=f"3.{k}") for k, t in enumerate(AFTER_TABLE, 2)]]
    pdf = tmp_path / "s.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build(story)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["3.1", "3.2", "3.3"]
    assert "Kerncijfers" not in (doc.afspraken[1].section or "")
