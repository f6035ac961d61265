"""Issue #21: a hand-out of slides in a grid (2 x 3 per page) lost the afspraken of the slide beside a section
slide (peelwijde in dev): the section slide's frame with its coloured strip down the left side was read as a ruled
table of one row (an empty narrow cell and the text), so it was no box, the afspraken slide beside it stood beside
no other box and was no column of its own, and its title nested under the "Terugblik" slide above it, whose
content is no afspraak. The strip is the slide's decoration: the frame is a box like the others."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

WIDTH, HEIGHT = A4
SLIDE_W, SLIDE_H = 245.0, 138.0
LEFT, RIGHT = 45.0, 310.0
ITEMS = [("Vennenland realiseert in het plan Kloosterhof 42 sociale huurwoningen; de oplevering vindt "
          "plaats uiterlijk medio 2027.", "Vennenland", "medio 2027"),
         ("De gemeente zorgt ervoor dat in 2026 plancapaciteit beschikbaar is voor ten minste 60 sociale "
          "huurwoningen.", "Gemeente", "2026"),
         ("Partijen streven ernaar de sociale huurvoorraad van Vennenland tot en met 2030 op minimaal 3.150 "
          "woningen te houden.", "Partijen", "2030")]


def _frame(c: canvas.Canvas, x: float, top: float, fill: tuple[float, float, float] = (1, 1, 1)) -> float:
    """A slide's frame with the given fill; returns its bottom in PDF coordinates."""
    y = HEIGHT - top - SLIDE_H
    c.setFillColorRGB(*fill)
    c.rect(x, y, SLIDE_W, SLIDE_H, stroke=0, fill=1)
    c.setStrokeColorRGB(0.4, 0.4, 0.4)
    c.setLineWidth(0.7)
    c.rect(x, y, SLIDE_W, SLIDE_H, stroke=1, fill=0)
    return y


def _titled(c: canvas.Canvas, x: float, top: float, title: str) -> None:
    _frame(c, x, top)
    c.setFillColorRGB(0.1, 0.22, 0.38)
    c.rect(x, HEIGHT - top - 20.8, SLIDE_W, 20.8, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x + 8.6, HEIGHT - top - 13.5, title)
    c.setFillColorRGB(0, 0, 0)


def _build(path) -> None:  # type: ignore[no-untyped-def]
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 7)
    c.drawString(40, HEIGHT - 30, "Bestuurlijk overleg prestatieafspraken Peelwijde - 11 november 2025   Hand-out")
    _frame(c, LEFT, 70)  # the title slide: its title set larger than any slide's title bar, the meeting below
    c.setFont("Helvetica-Bold", 12.25)
    c.drawString(LEFT + 14.7, HEIGHT - 115, "Prestatieafspraken 2026")
    c.setFont("Helvetica", 7.35)
    c.drawString(LEFT + 14.7, HEIGHT - 130, "Bestuurlijk overleg wonen Peelwijde")
    c.drawString(LEFT + 14.7, HEIGHT - 140, "11 november 2025, gemeentehuis Peelwijde")
    c.setFont("Helvetica", 4.3)
    c.drawString(LEFT + 14.7, HEIGHT - 180, "Gemeente Peelwijde, Woonstichting Vennenland, De Turfsteker")
    _titled(c, RIGHT, 70, "Terugblik 2025")
    c.setFont("Helvetica", 5.8)
    for k, line in enumerate(["In 2025 zijn 36 sociale huurwoningen opgeleverd.",
                              "85 woningen met een E-, F- of G-label zijn verbeterd naar label B of beter.",
                              "Het aantal huisuitzettingen wegens huurachterstand bleef beperkt tot twee."]):
        c.drawString(RIGHT + 11, HEIGHT - 105 - 10.4 * k, "• " + line)
    bottom = _frame(c, LEFT, 320, fill=(0.92, 0.95, 0.97))  # the section slide: light fill, a strip on the left
    c.setFillColorRGB(0.05, 0.5, 0.5)
    c.rect(LEFT, bottom, 7.4, SLIDE_H, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 6)
    c.drawString(LEFT + 20.8, HEIGHT - 380, "Thema 1")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(LEFT + 20.8, HEIGHT - 393, "Beschikbaar en betaalbaar wonen")
    c.setFont("Helvetica", 5)
    c.drawString(LEFT + 20.8, HEIGHT - 410, "De wachttijd voor een sociale huurwoning loopt op.")
    _titled(c, RIGHT, 320, "Afspraken beschikbaar en betaalbaar wonen")
    top = 346.0
    for k, (text, who, when) in enumerate(ITEMS, 1):
        words, lines, line = text.split(), [], ""
        for w in words:  # two lines per item at 5 pt in the slide's width
            if c.stringWidth(f"{line} {w}".strip(), "Helvetica", 5) > SLIDE_W - 30:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        lines.append(line)
        c.setFont("Helvetica", 5)
        c.drawString(RIGHT + 8.6, HEIGHT - top, f"{k}.")
        for n, part in enumerate(lines):
            c.drawString(RIGHT + 20.8, HEIGHT - top - 6 * n, part)
        c.setFont("Helvetica-Oblique", 3.8)
        c.drawString(RIGHT + 20.8, HEIGHT - top - 6 * len(lines), f"Wie: {who} | Wanneer: {when}")
        top += 6 * len(lines) + 13
    c.save()


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_slide_with_accent_strip_was_read_as_a_table(tmp_path, backend):
    pdf = tmp_path / "t.pdf"
    _build(pdf)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] == [
        (str(k), text, who, when) for k, (text, who, when) in enumerate(ITEMS, 1)]
