"""A version with visible revisions: removed words struck through (a line at mid-height), added words underlined.

Gold is the new text: struck words go, underlined ones stay; a line that opens with struck words still starts
at the margin (not an indented paragraph of its own), and a lapsed afspraak struck through whole, its label
with a "(vervalt)" note beside it, leaves nothing behind. Runs on both parse backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.parse.geometry import Word
from pipeline.parse.strikes import strike_through

LEFT, SIZE = 72.0, 10.0


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def draw_line(c: canvas.Canvas, y: float, runs: list[tuple[str, str, str]]) -> None:
    """One line of runs (text, font, "" / "strike" / "under"), struck or underlined as a redline prints them."""
    x = LEFT
    for k, (text, font, deco) in enumerate(runs):
        c.setFont(font, SIZE)
        tail = " " if k < len(runs) - 1 else ""
        c.drawString(x, y, text + tail)
        width = stringWidth(text, font, SIZE)
        if deco:
            c.setLineWidth(0.7)
            yy = y + SIZE * 0.30 if deco == "strike" else y - 1.6
            c.line(x, yy, x + width, yy)
        x += stringWidth(text + tail, font, SIZE)


def redline(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    lines: list[list[tuple[str, str, str]]] = [
        [("Prestatieafspraken Lierdam 2026", "Helvetica-Bold", "")],
        [],
        [("Afspraak 1", "Helvetica-Bold", "")],
        [("De corporatie bouwt in", "Helvetica", ""), ("2025", "Helvetica", "strike"),
         ("2026", "Helvetica", "under"), ("ten minste 120 sociale huurwoningen in de wijk", "Helvetica", "")],
        [("Noord, waarvan de helft voor starters.", "Helvetica", "")],
        [],
        [("Afspraak 2", "Helvetica-Bold", "")],
        [("De gemeente stelt uiterlijk eind", "Helvetica", ""), ("2025", "Helvetica", "strike"),
         ("2026", "Helvetica", "under"), ("een nieuwe huisvestingsverordening vast,", "Helvetica", "")],
        [("in overleg met de corporatie en", "Helvetica", "strike"),
         ("na advies van de huurdersvereniging.", "Helvetica", "")],
        [],
        [("Afspraak 3", "Helvetica-Bold", "strike"), ("(vervalt)", "Helvetica-Oblique", "")],
        [("Partijen organiseren twee keer per jaar een bewonersavond in elke wijk om de", "Helvetica", "strike")],
        [("leefbaarheid te bespreken.", "Helvetica", "strike")],
        [],
        [("Afspraak 3", "Helvetica-Bold", "")],
        [("De corporatie isoleert in de periode 2024-2026 alle 300 woningen in Zuid tot", "Helvetica", "")],
        [("minimaal label B, zonder huurverhoging.", "Helvetica", "")],
    ]
    y = 780.0
    for runs in lines:
        y -= 14
        if runs:
            draw_line(c, y, runs)
    c.showPage()
    c.save()
    return path


def test_struck_words_go_underlined_words_stay_and_a_lapsed_afspraak_leaves_nothing(tmp_path, backend):
    doc = run.extract(redline(tmp_path / "r.pdf"), parse={"backend": backend}, model=None)
    assert [a.number.split()[-1] for a in doc.afspraken] == ["1", "2", "3"]
    assert [a.text for a in doc.afspraken] == [
        "De corporatie bouwt in 2026 ten minste 120 sociale huurwoningen in de wijk Noord, waarvan de helft "
        "voor starters.",
        "De gemeente stelt uiterlijk eind 2026 een nieuwe huisvestingsverordening vast, na advies van de "
        "huurdersvereniging.",
        "De corporatie isoleert in de periode 2024-2026 alle 300 woningen in Zuid tot minimaal label B, zonder "
        "huurverhoging.",
    ]


def test_a_line_opening_with_struck_words_keeps_its_start(tmp_path, backend):
    from pipeline.parse import parse_pdf

    page = parse_pdf(redline(tmp_path / "r.pdf"), {"backend": backend})[0]
    line = next(ln for ln in page.lines if ln.text.startswith("na advies"))
    assert line.x0 == pytest.approx(LEFT, abs=0.5)
    assert not any("vervalt" in ln.text or "bewonersavond" in ln.text for ln in page.lines)


def test_strike_through_leaves_a_page_without_strikes_as_it_was():
    words = [Word("huur", 72, 92, 100, 110, 10, False), Word("woning", 95, 125, 100, 110, 10, False)]
    underline = [(111.6, 72.0, 125.0)]  # below the baseline: an underline, no strike
    assert strike_through(words, underline) == words
    assert strike_through(words, [(105.0, 94.0, 126.0)]) == [words[0]._replace(x1=125)]


def test_lierbeek_redline_reads_the_new_text(backend):
    """Dev family lierbeek (a jaarschijf with visible revisions against the year before)."""
    from pipeline.parse import parse_pdf

    pdf = Path(__file__).resolve().parent.parent / "corpus/challenge/dev/pdf/lierbeek-2027.pdf"
    if not pdf.exists():
        pytest.skip("dev corpus not present")
    lines = [ln for page in parse_pdf(pdf, {"backend": backend}) for ln in page.lines]
    assert not any(ln.text == "(vervalt)" for ln in lines)
    opening = next(ln for ln in lines if ln.text.startswith("De Lierstroom plaatst vóór eind 2027"))
    assert opening.x0 == pytest.approx(72.0, abs=0.5)  # its first words struck: still at the margin


def test_a_year_closing_a_bracket_at_the_page_foot_is_no_page_number():
    """'(prijspeil ~~2026).~~' then '2027).' alone on the last line of a page: the end of a sentence, not a folio."""
    from pipeline.clean import is_page_number

    assert not is_page_number("2027).")
    assert all(is_page_number(t) for t in ("12", "- 12 -", "Pagina 3 van 8", "(3)", "[3]", "3 / 8"))
