"""Boxes, ticks and bullets from symbol fonts (ZapfDingbats, Symbol, Wingdings) are marks, never words.

pdfminer reads a ZapfDingbats box as "o" and a box with a tick over it as "o4"; PDFium gives "❏" and "❏✔". Both
backends turn them into one mark ("•", or "✔" for a ticked box) where the text layer is read, and a number
after the mark is the afspraak's marker.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.parse.glyphs import BULLET, TICK, collapse_marks, mark_of, symbol_font

TEXTS = [
    "De corporatie bouwt in 2025 ten minste 60 sociale huurwoningen in de wijk Noord.",
    "De gemeente stelt uiterlijk eind 2025 een nieuwe huisvestingsverordening vast.",
    "De corporatie isoleert in 2025 ten minste 180 woningen tot minimaal label B.",
    "Partijen organiseren twee keer per jaar een bewonersavond in elke wijk.",
]


def _checkbox_list(path: Path, numbered: bool) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, "Prestatieafspraken 2025")
    c.drawString(60, 750, "Afspraken")
    y = 720
    for i, text in enumerate(TEXTS, 1):
        c.setFont("ZapfDingbats", 10)
        c.drawString(60, y, "\u274f")  # an empty box
        if i % 2 == 0:  # a tick over it: done
            c.setFont("ZapfDingbats", 9)
            c.drawString(61, y + 1, "\u2714")
        x = 76
        if numbered:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(76, y, f"A-{i}")
            x = 112
        c.setFont("Helvetica", 10)
        c.drawString(x, y, text)
        y -= 24
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_checkbox_glyph_before_a_number_is_a_mark_and_the_number_the_marker(tmp_path, backend):
    pdf = _checkbox_list(tmp_path / "boxes.pdf", numbered=True)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["A-1", "A-2", "A-3", "A-4"]
    assert [a.text for a in doc.afspraken] == TEXTS


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_checkbox_glyphs_read_as_marks_not_letters(tmp_path, backend):
    pdf = _checkbox_list(tmp_path / "boxes.pdf", numbered=False)
    pages = run.read_pages(pdf, run.ParseSettings.resolve({"backend": backend}))[0]
    starts = [line.text.split()[0] for line in pages[0].lines[2:]]
    assert starts == [BULLET, TICK, BULLET, TICK]


def test_symbol_fonts_and_their_marks():
    assert symbol_font("ZapfDingbats") == symbol_font(b"ABCDEF+Wingdings-Regular") == "dingbats"
    assert symbol_font("Symbol") == "symbol" and symbol_font("Helvetica") is None
    assert mark_of("o", "dingbats") == BULLET and mark_of("o4", "dingbats") == TICK
    assert mark_of("\u2265", "symbol") is None  # "≥" of the Symbol font is text
    assert mark_of("\uf0b7", "symbol") == BULLET and mark_of("(cid:12)", "symbol") == BULLET
    assert mark_of("o", None) is None
    assert collapse_marks(BULLET + TICK) == TICK and collapse_marks("••") == BULLET and collapse_marks("ok") == "ok"
