"""Issue #21: a designed report shows each page's theme only as a coloured running band at the page's top or outer
edge, one label per page in white ("Betaalbaarheid"), and prints no theme heading in its body. The band's label
was read as a line of the body (a heading at best, afspraak text at worst) and the afspraken got no theme section.
A band whose label changes from page to page names the page's section: it heads the page's afspraken once where
it changes and is never text. A band that repeats the document's title on every page names no theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.running_bands import band_starts
from pipeline.types import Line, NavTab, Page

W, H = A4
BAND = 34  # the band's thickness
THEMES = {"Betaalbaarheid": (0.80, 0.33, 0.20), "Duurzaamheid": (0.25, 0.55, 0.30), "Leefbaarheid": (0.40, 0.30, 0.62)}
PAGES = [  # (band label, afspraken): a theme may run over two pages; numbered on through the document
    ("Betaalbaarheid", ["De corporatie levert in 2025 ten minste 48 sociale huurwoningen op in het plan Kloosterweide.",
                        "De gemeente stelt uiterlijk eind 2026 twee locaties voor sociale huurbouw beschikbaar."]),
    ("Betaalbaarheid", ["De corporatie verkoopt in 2025 ten hoogste tien sociale huurwoningen bij mutatie.",
                        "De corporatie houdt de gemiddelde huurverhoging in 2025 onder de inflatie."]),
    ("Duurzaamheid", ["De corporatie isoleert in 2025 ten minste 120 woningen tot de standaard van het Rijk.",
                      "De gemeente zet in 2025 energiecoaches in die ten minste 150 huurders thuis adviseren."]),
    ("Leefbaarheid", ["De corporatie besteedt in 2025 ten minste 145 euro per woning aan leefbaarheid.",
                      "De gemeente en de corporatie houden ten minste een keer per jaar een wijkschouw."]),
]
TITLE = "Prestatieafspraken Kloosterveen 2025"


def band(c: canvas.Canvas, page_no: int, label: str, rgb: tuple[float, float, float], edge: str) -> None:
    c.setFillColorRGB(*rgb)
    c.setFont("Helvetica-Bold", 12)
    if edge == "top":
        c.rect(0, H - BAND, W, BAND, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.drawString(56, H - BAND + 12, label)
        return
    left = page_no % 2 == 0  # the outer edge: left on even pages, right on odd ones; the label runs along it
    x = 0 if left else W - BAND
    c.rect(x, 0, BAND, H, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.saveState()
    c.translate(x + BAND / 2, H - 160)
    c.rotate(90 if left else -90)
    c.drawCentredString(0, -4, label)
    c.restoreState()


def build(path: Path, edge: str, title_band: bool = False) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    band(c, 1, TITLE if title_band else "Voorwoord", (0.3, 0.3, 0.3), edge)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(70, H - 110, TITLE)
    c.setFont("Helvetica", 10)
    c.drawString(70, H - 140, "Voor u liggen de afspraken die gemeente, corporatie en huurders voor 2025 maakten.")
    c.showPage()
    number = 0
    for page_no, (label, items) in enumerate(PAGES, start=2):
        band(c, page_no, TITLE if title_band else label, THEMES[label] if not title_band else (0.3, 0.3, 0.3), edge)
        x, y = 70, H - 100
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont("Helvetica", 10)
        c.drawString(x, y, "In de afgelopen jaren is de vraag naar betaalbare woningen in de gemeente gestegen.")
        y -= 30
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x, y, "Dit spreken we af")
        y -= 22
        for text in items:
            number += 1
            c.setFont("Helvetica", 10)
            c.drawString(x, y, f"{number}.")
            c.drawString(x + 24, y, text)
            y -= 24
        c.setFont("Helvetica", 8)
        c.drawString(W / 2, 40, str(page_no))
        c.showPage()
    c.save()
    return path


EXPECTED = [text for _, items in PAGES for text in items]
SECTIONS = [label for label, items in PAGES for _ in items]


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("edge", ["top", "outer"])
def test_the_band_label_heads_the_pages_afspraken(tmp_path, edge, backend):
    doc = run.extract(build(tmp_path / "band.pdf", edge), model=None, parse={"backend": backend})
    assert [a.text for a in doc.afspraken] == EXPECTED
    assert [a.number for a in doc.afspraken] == [str(k) for k in range(1, len(EXPECTED) + 1)]
    assert [a.section.split(" > ")[0] for a in doc.afspraken] == SECTIONS


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_a_band_repeating_the_title_names_no_theme(tmp_path, backend):
    doc = run.extract(build(tmp_path / "title.pdf", "top", title_band=True), model=None, parse={"backend": backend})
    assert [a.text for a in doc.afspraken] == EXPECTED
    assert not any(a.section and a.section.split(" > ")[0] in THEMES for a in doc.afspraken)


def _page(number: int, label: str, label_size: float = 12.0) -> Page:
    bar = NavTab(label, 0.0, 0.0, W, BAND, (204, 84, 51))
    lines = (Line(label, number, 56.0, 160.0, 12.0, 12.0 + label_size, label_size, True),
             Line("De corporatie levert in 2025 ten minste 48 sociale huurwoningen op.", number, 70.0, 500.0, 100.0,
                  110.0, 10.0))
    return Page(number, W, H, lines, band=bar)


@pytest.mark.parametrize(("labels", "label_size", "expected"), [
    (["Voorwoord", "Wonen", "Wonen", "Energie"], 12.0, {1: "Voorwoord", 2: "Wonen", 4: "Energie"}),
    (["Leeswijzer", "Waar staan we?", "Wonen", "Energie"], 12.0, {}),  # a new label on every page: titles
    ([TITLE] * 4, 12.0, {}),  # the document's title throughout
    (["Voorwoord", "Wonen", "Wonen", "Energie"], 26.0, {}),  # a slide's title bar, set far larger than its text
])
def test_band_starts(labels, label_size, expected):
    pages, starts = band_starts([_page(k, label, label_size) for k, label in enumerate(labels, 1)])
    assert starts == expected
    assert all(len(page.lines) == (1 if expected else 2) for page in pages)  # the band's own line out, if it counts
