"""A watermark drawn as real text under the page ("CONCEPT" in 92 pt, light grey, upright or turned 45 degrees):
never part of a line, so its letters neither get into the words they cross nor split a paragraph. Body text,
a large dark title and white text on a band stay. Runs on both parse backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.parse import parse_pdf
from pipeline.parse.watermarks import is_watermark, to_rgb

TEXTS = [
    "De corporatie bouwt in 2026 ten minste 120 sociale huurwoningen in de wijk Noord, waarvan de helft voor "
    "starters en de andere helft voor senioren uit de wijk.",
    "De gemeente stelt uiterlijk eind 2026 een nieuwe huisvestingsverordening vast, na advies van de "
    "huurdersvereniging en de beide corporaties.",
    "De corporatie isoleert in de periode 2024-2026 alle 300 woningen in Zuid tot minimaal label B, zonder "
    "huurverhoging voor de zittende huurders.",
]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def concept(path: Path, angle: float) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.saveState()  # the watermark first, under the text, as a viewer's stamp or a Word watermark is drawn
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.setFont("Helvetica-Bold", 92)
    c.translate(300, 560)
    c.rotate(angle)
    c.drawCentredString(0, 0, "CONCEPT")
    c.restoreState()
    c.setFont("Helvetica-Bold", 44)
    c.drawString(72, 770, "Afspraken")
    c.setFont("Helvetica", 10)
    y = 720.0
    for i, text in enumerate(TEXTS, 1):
        words, line = text.split(), ""
        c.drawString(72, y, f"{i}.")
        for word in words:
            if len(line) + len(word) > 70:
                c.drawString(90, y, line)
                y -= 13
                line = ""
            line = f"{line} {word}".strip()
        c.drawString(90, y, line)
        y -= 40 if i == 1 else 20
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("angle", [0, 45])
def test_a_light_grey_concept_watermark_is_no_part_of_the_lines(tmp_path, backend, angle):
    pdf = concept(tmp_path / "c.pdf", angle)
    lines = [ln.text for ln in parse_pdf(pdf, {"backend": backend})[0].lines]
    assert "Afspraken" in lines
    assert not any("CONCEPT" in t or t.strip() in set("CONEPT") for t in lines)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS


def test_only_large_tinted_text_is_a_watermark():
    assert is_watermark(92, (0.85, 0.85, 0.85))
    assert not is_watermark(11, (0.85, 0.85, 0.85))  # grey body text, a footer
    assert not is_watermark(44, (0.0, 0.0, 0.0))  # a dark cover title
    assert not is_watermark(44, (1.0, 1.0, 1.0))  # white on a band
    assert to_rgb((0.8,)) == (0.8, 0.8, 0.8) and to_rgb(None) is None and to_rgb((0, 0, 0, 0.2)) == (0.8, 0.8, 0.8)
