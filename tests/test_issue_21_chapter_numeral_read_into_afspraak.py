"""Issue #21: a brochure opens each chapter with its number set large on a line of its own over the title ("3" in
30 pt over "Goed en gezond wonen"). Where the chapter opened at the top of a spread's right half, that bare
number stood further right than the last afspraak of the left half and was read as a further paragraph of it
("... tegengaan van hittestress. 3"). A bare number in display type over a title is the chapter's number, never
text; a number set as the text, or one with no title under it, stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate, Paragraph

from pipeline import run
from pipeline.chapter_numerals import is_chapter_numeral
from pipeline.types import Line

W, H = landscape(A3)
HW = W / 2
OUTER, INNER, TOP, BOT = 56, 44, 70, 60
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=32, bulletIndent=0)
NUMERAL = ParagraphStyle("n", fontName="Helvetica-Bold", fontSize=30, leading=34)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=19, leading=24, spaceAfter=10)
CHAPTERS = {
    "Betaalbaar en beschikbaar wonen": [
        "Wielerhof realiseert in de Kanaalzone 64 sociale huurwoningen; de eerste woningen worden uiterlijk eind "
        "2026 opgeleverd.",
        "Wielerhof verkoopt in 2025 ten hoogste 10 huurwoningen, uitsluitend bij mutatie en alleen uit complexen die "
        "al gemengd zijn.",
        "Wielerhof stelt jaarlijks 15 woningen beschikbaar voor inwoners die uitstromen uit beschermd wonen en de "
        "maatschappelijke opvang.",
    ],
    "Duurzaam en klimaatbestendig": [
        "Wielerhof isoleert in 2025 ten minste 180 woningen tot het niveau van de isolatiestandaard uit de Nationale "
        "Prestatieafspraken.",
        "Wielerhof onderzoekt bij elk groot onderhoudsproject de mogelijkheden voor groene daken, het afkoppelen van "
        "regenwater en het tegengaan van hittestress.",
    ],
    "Goed en gezond wonen": [
        "Wielerhof neemt elke melding van vocht of schimmel binnen vijf werkdagen in behandeling en bezoekt de woning "
        "binnen tien werkdagen.",
        "Wielerhof maakt in 2025 ten minste 30 bestaande woningen levensloopgeschikt.",
    ],
}


def _build(path: Path) -> Path:
    doc = BaseDocTemplate(str(path), pagesize=(W, H), invariant=1)
    width = HW - INNER - OUTER
    halves = [Frame(x, BOT, width, H - TOP - BOT, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
              for x in (OUTER, HW + INNER)]
    doc.addPageTemplates([PageTemplate("cover", [Frame(HW + 70, 90, HW - 140, H - 180)]),
                          PageTemplate("spread", halves)])
    story = [Paragraph("Prestatieafspraken Dassenwiel 2025", TITLE),
             Paragraph("Gemeente Dassenwiel, Woonstichting Wielerhof en Huurdersvereniging De Dassenburcht", BODY),
             NextPageTemplate("spread"), PageBreak()]
    for c, (title, items) in enumerate(CHAPTERS.items(), 1):
        if c > 1:
            story.append(FrameBreak())  # each chapter opens a half: the right half's after the left half's items
        story += [Paragraph(str(c), NUMERAL), Paragraph(title, TITLE)]
        story += [Paragraph(text, ITEM, bulletText=f"{c}.{k}") for k, text in enumerate(items, 1)]
    doc.build(story)
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_chapter_numeral_atop_right_half_left_out_of_afspraak(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "numerals.pdf"), model=None, parse={"backend": backend})
    assert [a.text for a in doc.afspraken] == [t for items in CHAPTERS.values() for t in items]
    assert [a.number for a in doc.afspraken] == [f"{c}.{k}" for c, items in enumerate(CHAPTERS.values(), 1)
                                                 for k in range(1, len(items) + 1)]


def _line(text: str, top: float, size: float, bold: bool = True) -> Line:
    return Line(text, 2, 639.0, 700.0, top, top + size, size, bold)


@pytest.mark.parametrize(("numeral", "following", "expected"), [
    (_line("3", 100, 30), _line("Goed en gezond wonen", 138, 19), True),
    (_line("3", 100, 10, False), _line("Goed en gezond wonen", 116, 19), False),  # set as the text: a figure
    (_line("3", 100, 30), _line("Huurders moeten kunnen rekenen op een droge woning.", 138, 10, False), False),
    (_line("3", 100, 30), None, False),
    (_line("2025", 100, 30), _line("Goed en gezond wonen", 138, 19), False),  # a year, not a chapter
])
def test_is_chapter_numeral(numeral, following, expected):
    assert is_chapter_numeral(numeral, following, 10.0) is expected
