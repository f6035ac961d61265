"""The titles of boxes in a narrow side column ("Wat betekent dit voor u?", "Goed om te weten") title only their
boxes (issue #21; ruiterbeek in dev: beside a chapter's afspraken, under "Dit is afgesproken:", a tenants' edition
explains them in shaded boxes set smaller in a narrow right column). Read as headings of the main column, a box title
closed the label, and the chapter's afspraken on the next page, read after the box, were lost. The boxes' own text is
never an afspraak and never joins the afspraken's lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.side_columns import side_columns

PAGE_ONE = [
    ["De corporatie beperkt de gemiddelde huurverhoging", "per 1 juli 2025 tot de inflatie."],
    ["De gemeente neemt binnen vijf werkdagen na een", "melding contact op met de huurder."],
]
PAGE_TWO = [
    ["De corporatie verkoopt in 2025 ten hoogste tien", "sociale huurwoningen, alleen bij leegkomst."],
    ["De gemeente stelt in 2025 een bouwlocatie voor", "twintig sociale huurwoningen beschikbaar."],
    ["Partijen bespreken de voortgang van de afspraken", "twee keer per jaar in het bestuurlijk overleg."],
]
BOXES = [("Wat betekent dit voor u?", ["Stijgt uw huur op 1 juli? Dan", "krijgt u in het voorjaar een",
                                       "brief van de corporatie."]),
         ("Goed om te weten", ["Betalen lukt even niet? Bel", "dan zo snel mogelijk de", "corporatie zelf op. Hoe",
                               "eerder u belt, hoe sneller er", "een regeling is getroffen."])]


def _box(c: canvas.Canvas, y: float, title: str, lines: list[str]) -> float:
    c.setFillColorRGB(0.87, 0.94, 0.92)
    c.roundRect(260, y - 12 * len(lines) - 10, 128, 12 * len(lines) + 24, 5, stroke=0, fill=1)
    c.setFillColorRGB(0.1, 0.4, 0.4)
    c.setFont("Helvetica-Bold", 8.4)
    c.drawString(266, y, title)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 7.8)
    for k, line in enumerate(lines, 1):
        c.drawString(266, y - 10 * k, line)
    return y - 12 * len(lines) - 40


def _items(c: canvas.Canvas, y: float, items: list[list[str]], bullet: bool) -> None:
    c.setFont("Helvetica", 9)
    for item in items:
        if bullet:
            c.drawString(32, y, "•")
        for line in item:
            c.drawString(44 if bullet else 32, y, line)
            y -= 11.6
        y -= 8


def build(path: Path, lead_in: str = "", bullet: bool = False) -> Path:
    c = canvas.Canvas(str(path), pagesize=A5, invariant=1)
    c.setFont("Helvetica-Bold", 13.5)
    c.drawString(32, 540, "Wat gebeurt er met uw huur?")
    c.setFont("Helvetica-Bold", 7.8)
    c.drawString(32, 515, "Dit is afgesproken:")
    if lead_in:
        c.setFont("Helvetica", 9)
        c.drawString(32, 500, lead_in)
    _items(c, 485 if lead_in else 500, PAGE_ONE, bullet)
    _box(c, 505, *BOXES[0])
    c.showPage()
    _items(c, 550, PAGE_TWO, bullet)
    _box(c, 545, *BOXES[1])
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_afspraken_after_a_side_box_stay_under_the_agreed_label(tmp_path, backend):
    doc = run.extract(build(tmp_path / "editie.pdf"), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [" ".join(item) for item in PAGE_ONE + PAGE_TWO]
    assert {a.section for a in doc.afspraken} == {"Wat gebeurt er met uw huur? > Dit is afgesproken"}


def test_the_main_column_lead_in_holds_again_after_a_box(tmp_path):
    """The lead-in the main column's items complete ("Partijen spreken het volgende af:") is theirs after a box too: the
    box's lines set no lead-in of the main column."""
    lead_in = "Partijen spreken het volgende af:"
    doc = run.extract(build(tmp_path / "editie.pdf", lead_in=lead_in, bullet=True), model=None)
    assert [a.text for a in doc.afspraken] == [" ".join(item) for item in PAGE_ONE + PAGE_TWO]
    assert [a.lead_in for a in doc.afspraken] == [lead_in] * len(PAGE_ONE + PAGE_TWO)


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_the_box_column_is_a_side_column(tmp_path, backend):
    pages = run.read_pages(build(tmp_path / "editie.pdf"), run.ParseSettings.resolve({"backend": backend}))[0]
    assert side_columns(pages) == {(1, 2), (2, 2)}
