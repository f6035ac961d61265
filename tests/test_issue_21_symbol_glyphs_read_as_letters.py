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


def test_symbol_font_glyphs_are_marks_not_letters():
    assert symbol_font("ZapfDingbats") == symbol_font(b"ABCDEF+Wingdings-Regular") == "dingbats"
    assert symbol_font("Symbol") == "symbol" and symbol_font("Helvetica") is None
    assert mark_of("o", "dingbats") == BULLET and mark_of("o4", "dingbats") == TICK
    assert mark_of("\u2265", "symbol") is None  # "≥" of the Symbol font is text
    assert mark_of("\uf0b7", "symbol") == BULLET and mark_of("(cid:12)", "symbol") == BULLET
    assert mark_of("o", None) is None
    assert collapse_marks(BULLET + TICK) == TICK and collapse_marks("••") == BULLET and collapse_marks("ok") == "ok"


STATUSES = ["loopt", "gereed", "nieuw", "uitgesteld"]


def _status_column(path: Path, statuses: list[str] = STATUSES) -> Path:
    """Items "A-n" with their text in a column and a bold status word at the right margin of the first line."""
    from reportlab.lib.utils import simpleSplit

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, "Prestatieafspraken 2025")
    c.drawString(60, 750, "Afspraken")
    y = 720
    for i, (text, status) in enumerate(zip(TEXTS * 2, statuses * 2, strict=True), 1):
        text = text.replace("2025", "2025 en de jaren daarna, in overleg met de huurders,")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, f"A-{i}")
        c.setFont("Helvetica", 10)
        lines = simpleSplit(text, "Helvetica", 10, 330)
        for k, ln in enumerate(lines):
            c.drawString(100, y - 13 * k, ln)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(535, y, status)
        y -= 13 * len(lines) + 10
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_status_word_at_right_margin_was_read_into_the_text(tmp_path, backend):
    pdf = _status_column(tmp_path / "status.pdf")
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == [f"A-{i}" for i in range(1, 9)]
    assert [a.text for a in doc.afspraken] == [
        t.replace("2025", "2025 en de jaren daarna, in overleg met de huurders,") for t in TEXTS * 2]
    assert [(a.attributes or {}).get("status") for a in doc.afspraken] == ["loopt", "gereed", "nieuw",
                                                                           "uitgesteld"] * 2


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_checkbox_items_lost_no_last_word_to_a_margin_field(tmp_path, backend):
    """No field where nothing stands apart: an item's text ends where it ends."""
    pdf = _checkbox_list(tmp_path / "boxes.pdf", numbered=True)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert all(not a.attributes for a in doc.afspraken)
    assert [a.text for a in doc.afspraken] == TEXTS


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_word_at_right_margin_is_read_by_what_it_is_not_always_as_status(tmp_path, backend):
    """A who set apart is the trekker, a when the planning, a word that is neither stays in the text."""
    pdf = _status_column(tmp_path / "margin.pdf", ["corporatie", "doorlopend", "woningen", "loopt"])
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == [f"A-{i}" for i in range(1, 9)]
    assert [(a.attributes or {}).get("status") for a in doc.afspraken] == [None, None, None, "loopt"] * 2
    assert [a.trekker for a in doc.afspraken][:4] == ["corporatie", None, None, None]
    assert [a.planning for a in doc.afspraken][:4] == [None, "doorlopend", None, None]
    assert "woningen" in doc.afspraken[2].text
    assert "corporatie" not in doc.afspraken[0].text.split()[-1]


def _bullets_before_figures(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 780, "Prestatieafspraken 2025")
    c.drawString(60, 750, "Afspraken")
    y = 720
    for text in FIGURE_BULLETS:
        c.setFont("Helvetica", 10)
        c.drawString(60, y, "\u2022")
        c.drawString(72, y, text)
        y -= 20
    c.showPage()
    c.save()
    return path


FIGURE_BULLETS = [
    "De gemeente stelt uiterlijk eind 2025 een nieuwe huisvestingsverordening vast.",
    "1.5 miljoen euro is beschikbaar voor de verduurzaming van 200 woningen in de wijk Noord.",
    "De corporatie bouwt in 2025 ten minste 60 sociale huurwoningen in de wijk Noord.",
]


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_bullet_before_a_figure_stays_a_bullet_not_a_numbered_item(tmp_path, backend):
    """Only a number opening a sentence after a box is its marker: '• 1.5 miljoen euro ...' keeps its figure."""
    pdf = _bullets_before_figures(tmp_path / "figures.pdf")
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == FIGURE_BULLETS
    assert "1.5" not in [a.number for a in doc.afspraken]
