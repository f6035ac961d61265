"""A check mark or bullet drawn as a vector path in front of a paragraph opens a list item, as a printed "✓" or "•"
does (issue #21; ruiterbeek in dev: a tenants' edition marks each afspraak with a drawn tick and prints no glyph, so
its items read as plain paragraphs and none was found). Drawings that are no marks stay drawings: a pale legend
swatch, a pull quote's bar, an accordion's disclosure triangle, a comment balloon's pointer, a frame around a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.parse.drawn_marks import Shape, mark_words, points_to_shape
from pipeline.parse.geometry import Word
from pipeline.parse.glyphs import BULLET, TICK

ITEMS = [
    "De corporatie beperkt de gemiddelde huurverhoging per 1 juli 2025 tot de inflatie.",
    "De gemeente neemt binnen vijf werkdagen na een melding contact op met de huurder.",
    "Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg.",
]
INTRO = "De huurdersvereniging stuurt deze uitgave elk jaar in december aan alle leden."  # commits: no afspraak
NOTE = "Stijgt uw huur op 1 juli? Dan krijgt u in het voorjaar een brief van de corporatie."


def _tick(c: canvas.Canvas, x: float, y: float) -> None:
    """A check mark stroked as a polyline of three points, as a layout program draws an icon."""
    c.setStrokeColorRGB(0.18, 0.55, 0.24)
    c.setLineWidth(1.7)
    path = c.beginPath()
    path.moveTo(x, y + 3.5)
    path.lineTo(x + 3, y)
    path.lineTo(x + 9, y + 7)
    c.drawPath(path, stroke=1, fill=0)


def _dot(c: canvas.Canvas, x: float, y: float) -> None:
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.circle(x + 2, y + 3, 2, stroke=0, fill=1)


def build(path: Path, mark) -> Path:
    c = canvas.Canvas(str(path), pagesize=A5, invariant=1)
    # a legend over the list: a pale swatch before a line, a bar before a pull quote: no marks
    c.setFillColorRGB(0.86, 0.93, 0.92)
    c.rect(32, 548, 11, 10, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 9)
    c.drawString(49, 550, NOTE)
    c.setFillColorRGB(0.8, 0.42, 0.1)
    c.rect(32, 500, 3, 21, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Oblique", 12)
    c.drawString(42, 506, "Eindelijk nieuwe kozijnen, dat merk ik meteen.")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(32, 460, "Wat gebeurt er met uw huur?")
    c.setFont("Helvetica", 9)
    c.drawString(32, 445, INTRO)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(32, 425, "Dit is afgesproken:")
    y = 405
    for text in ITEMS:
        mark(c, 33, y)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 9)
        c.drawString(49, y, text)
        y -= 22
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize(("mark", "glyph"), [(_tick, TICK), (_dot, BULLET)])
def test_a_drawn_mark_opens_its_paragraph_as_a_list_item(tmp_path, backend, mark, glyph):
    pdf = build(tmp_path / "editie.pdf", mark)
    pages = run.read_pages(pdf, run.ParseSettings.resolve({"backend": backend}))[0]
    starts = [line.text.split()[0] for line in pages[0].lines]
    assert starts.count(glyph) == len(ITEMS)
    note = next(line for line in pages[0].lines if line.text.endswith("in het voorjaar een brief van de corporatie."))
    assert note.text.startswith("Stijgt")  # the pale swatch is a legend key, no bullet
    quote = next(line for line in pages[0].lines if "kozijnen" in line.text)
    assert quote.text.startswith("Eindelijk")  # the pull quote's bar is a rule


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_ticked_items_under_an_agreement_label_are_the_afspraken(tmp_path, backend):
    pdf = build(tmp_path / "editie.pdf", _tick)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == ITEMS
    assert {a.number for a in doc.afspraken} == {None}


def test_shapes_that_are_no_marks():
    ink = (40, 40, 40)
    tick = [[(0.0, 3.5), (3.0, 7.0), (9.0, 0.0)]]  # top-down: the lowest point in the middle
    assert points_to_shape(tick, ink, stroked_only=True) == Shape(0.0, 0.0, 9.0, 7.0, True)
    square = [[(0.0, 0.0), (5.0, 0.0), (5.0, 5.0), (0.0, 5.0), (0.0, 0.0)]]
    assert points_to_shape(square, ink, stroked_only=False) == Shape(0.0, 0.0, 5.0, 5.0, False)
    assert points_to_shape(square, (220, 238, 235), stroked_only=False) is None  # a pale swatch
    assert points_to_shape([[(0.0, 0.0), (8.0, 0.0), (4.0, 5.5), (0.0, 0.0)]], ink, False) is None  # a triangle ▾
    assert points_to_shape([[(0.0, 4.0), (8.0, 0.0)]], ink, stroked_only=True) is None  # a pointer's stroke
    assert points_to_shape([[(0.0, 0.0), (3.0, 0.0), (3.0, 21.0), (0.0, 21.0)]], ink, False) is None  # a bar
    assert points_to_shape([[(0.0, 0.0), (60.0, 0.0), (60.0, 12.0), (0.0, 12.0)]], ink, False) is None  # a frame


def test_a_shape_over_a_word_or_inside_a_line_is_no_mark():
    words = [Word("Nieuwbouw", 20.0, 60.0, 0.0, 10.0, 10.0, False), Word("sociaal", 63.0, 90.0, 0.0, 10.0, 10.0, False)]
    highlight = Shape(18.0, -1.0, 62.0, 11.0, False)
    assert mark_words(words, [highlight]) == words
    between = Shape(60.5, 3.0, 62.5, 6.0, False)  # between two words of a line: no mark opens the line there
    assert mark_words(words, [between]) == words
    before = Shape(8.0, 2.0, 14.0, 8.0, True)
    assert [w.text for w in mark_words(words, [before])] == [TICK, "Nieuwbouw", "sociaal"]
