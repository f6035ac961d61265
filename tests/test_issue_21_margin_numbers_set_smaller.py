"""Issue #21: afspraken laid out as borderless table rows (a narrow first column with the number set smaller and
in grey, a coloured square, the text), the cells aligned at their tops. The small number's baseline lies above
the text's, so it was read as a line of its own and the afspraak lost its number ("0.1", "DM-1" as paragraphs).
A word set smaller within the height of the line beside it belongs to that line: its number."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run
from pipeline.parse.geometry import Word
from pipeline.parse.layout import words_to_lines

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14, spaceAfter=6)
NUMBER = ParagraphStyle("n", fontName="Helvetica", fontSize=7.5, leading=14, textColor=colors.HexColor("#8a8a8a"))
H1 = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8)

CHAPTERS = {
    "0 Algemeen": [
        ("0.1", "De corporaties bouwen in de periode 2025 tot en met 2028 samen ten minste 320 sociale huurwoningen "
                "in de gemeente, zoals opgenomen in het nieuwbouwprogramma van de bijlage."),
        ("0.2", "De corporaties hanteren per 1 januari 2025 voor nieuwe verhuringen een streefhuur van ten hoogste "
                "80% van de maximaal redelijke huur."),
    ],
    "1 Wijkafspraken De Weide": [
        ("DW-1", "De corporatie renoveert in 2025 en 2026 de 96 woningen van complex Akkerhof, zodat alle woningen "
                 "uiterlijk eind 2026 minimaal energielabel B hebben."),
        ("DW-2", "De corporatie neemt iedere melding van vocht of schimmel binnen vijf werkdagen in behandeling."),
        ("DW-3", "De gemeente onderzoekt in 2025 of de wijk kan worden aangesloten op het warmtenet."),
    ],
}


class Square(Flowable):
    """The coloured square bullet, a drawn rectangle (no glyph in the text layer)."""

    def __init__(self, size: float = 2.6 * mm) -> None:
        super().__init__()
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setFillColor(colors.HexColor("#d98c1f"))
        self.canv.rect(0, 0, self.width, self.width, stroke=0, fill=1)


def _row(number: str, text: str) -> Table:
    table = Table([[Paragraph(number, NUMBER), Square(), Paragraph(text, BODY)]],
                  colWidths=[16 * mm, 6 * mm, 148 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (1, 0), (1, 0), 4)]))
    return table


def _build(path: Path) -> Path:
    story = []
    for chapter, afspraken in CHAPTERS.items():
        story += [Paragraph(chapter, H1), Paragraph("De afspraken in dit hoofdstuk gelden voor het hele jaar.", BODY)]
        story += [_row(number, text) for number, text in afspraken]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_numbers_set_smaller_in_a_margin_column_were_lines_of_their_own(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "margin.pdf"), parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [pair for rows in CHAPTERS.values() for pair in rows]


def test_a_smaller_word_within_a_line_joins_it_whichever_comes_first():
    number = Word("0.1", 56.7, 67.1, 130.9, 138.4, 7.5, False)  # top-aligned with the text: a higher baseline
    words = [number, Word("De", 119.1, 131.3, 131.6, 142.1, 10.5, False),
             Word("gemeente", 133.9, 180.6, 131.6, 142.1, 10.5, False)]
    lines = words_to_lines(words, 1)
    assert [ln.text for ln in lines] == ["0.1 De gemeente"]
    assert lines[0].size == 10.5


def test_small_print_on_its_own_line_stays_apart():
    note = Word("bron:", 56.7, 80.0, 118.0, 125.5, 7.5, False)  # above the line, not within it
    words = [note, Word("De", 119.1, 131.3, 131.6, 142.1, 10.5, False)]
    assert [ln.text for ln in words_to_lines(words, 1)] == ["bron:", "De"]
