"""A designed report names a page's theme only in the navigation strip at its outer edge: a stack of filled tabs,
one per theme, the current one in full colour, the others pale (issue #21; heggerode in dev: nothing was read, as
the voorwoord's heading, set larger than every sub-heading, held all that followed). The tab set apart heads the
page's afspraken as their chapter; the strip is never text; a row of filled cells at the margin (a table's first
column) is no strip.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.navigation import current_tab
from pipeline.parse.tabs import find_strip
from pipeline.types import NavTab

W, H = A4
STRIP = 60
THEMES = [("Betaalbaar wonen", "Wonen", (0.80, 0.33, 0.20)), ("Duurzaam wonen", "Energie", (0.25, 0.55, 0.30)),
          ("Thuis in de wijk", "Wijk", (0.62, 0.35, 0.60))]
PAGES = [  # (current theme, sub-heading, afspraken): numbered 01, 02, ... per theme
    (0, "Nieuwbouw", ["De corporatie levert in 2025 ten minste 48 sociale huurwoningen op in het plan Kloosterweide.",
                      "De gemeente stelt uiterlijk eind 2026 twee locaties voor sociale huurbouw beschikbaar.",
                      "De corporatie verkoopt in 2025 ten hoogste tien sociale huurwoningen bij mutatie."]),
    (1, "Isolatie", ["De corporatie isoleert in 2025 ten minste 120 woningen tot de standaard van het Rijk.",
                     "De gemeente zet in 2025 energiecoaches in die ten minste 150 huurders thuis adviseren.",
                     "De corporatie plaatst in 2025 zonnepanelen op ten minste 200 grondgebonden woningen."]),
    (2, None, ["De corporatie besteedt in 2025 ten minste 145 euro per woning aan leefbaarheid in de buurten.",
               "De gemeente en de corporatie houden ten minste een keer per jaar een wijkschouw met bewoners.",
               "De corporatie heeft in elke wijk een vaste wijkbeheerder die twee dagdelen per week aanwezig is."]),
]


def tint(rgb: tuple[float, float, float], f: float) -> tuple[float, ...]:
    return tuple(1 - f * (1 - c) for c in rgb)


def strip(c: canvas.Canvas, page_no: int, active: int | None, rotated: bool) -> None:
    left = page_no % 2 == 0
    x = 0 if left else W - STRIP
    c.setFillColorRGB(0.95, 0.95, 0.93)
    c.rect(x, 0, STRIP, H, stroke=0, fill=1)
    th = (H - 120) / len(THEMES)
    for i, (label, short, rgb) in enumerate(THEMES):
        y0 = H - 60 - (i + 1) * th
        c.setFillColorRGB(*(rgb if i == active else tint(rgb, 0.3)))
        c.rect(x + (10 if left else 0), y0 + 2, STRIP - 10, th - 4, stroke=0, fill=1)
        c.setFillColorRGB(*((1, 1, 1) if i == active else tint(rgb, 0.9)))
        c.setFont("Helvetica-Bold" if i == active else "Helvetica", 9)
        c.saveState()
        c.translate(x + STRIP / 2 + (5 if left else -5), y0 + th / 2)
        if rotated:
            c.rotate(90 if left else -90)
        c.drawCentredString(0, -3, label if rotated else short)
        c.restoreState()


def body_x(page_no: int) -> float:
    return STRIP + 40 if page_no % 2 == 0 else 60


def build(path: Path, rotated: bool, printed: bool = False) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    strip(c, 1, None, rotated)  # the voorwoord: no tab set apart
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(body_x(1), H - 90, "Voorwoord")
    c.setFont("Helvetica", 10)
    c.drawString(body_x(1), H - 120, "Voor u ligt het jaarrapport met de prestatieafspraken voor 2025.")
    c.showPage()
    for page_no, (active, sub, items) in enumerate(PAGES, start=2):
        strip(c, page_no, active, rotated)
        x, y = body_x(page_no), H - 90
        c.setFillColorRGB(*THEMES[active][2])
        if printed:  # the theme printed as the page's heading too, set smaller than the voorwoord's
            c.setFont("Helvetica-Bold", 16)
            c.drawString(x, y + 30, THEMES[active][0])
        if sub:
            c.setFont("Helvetica-Bold", 15)
            c.drawString(x, y, sub)
            y -= 30
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont("Helvetica", 10)
        c.drawString(x, y, "In de afgelopen jaren is de vraag naar betaalbare woningen in de gemeente gestegen.")
        y -= 30
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x, y, "Dit spreken we af")
        y -= 22
        for k, text in enumerate(items, start=1):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x, y, f"{k:02d}")
            c.setFont("Helvetica", 10)
            c.drawString(x + 34, y, text)
            y -= 24
        c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("rotated", [True, False])
def test_the_tab_set_apart_heads_the_pages_afspraken(tmp_path, rotated, backend):
    doc = run.extract(build(tmp_path / "rapport.pdf", rotated), model=None, parse={"backend": backend})
    expected = [(f"{k:02d}", text) for _, _, items in PAGES for k, text in enumerate(items, start=1)]
    assert [(a.number, a.text) for a in doc.afspraken] == expected
    labels = [label if rotated else short for label, short, _ in THEMES]
    for afspraak, (active, sub, _) in zip(doc.afspraken, [p for p in PAGES for _ in p[2]], strict=True):
        assert afspraak.section.split(" > ")[0] == labels[active]
        assert sub is None or sub in afspraak.section
        assert not any(label in afspraak.text for label in labels)


def test_a_page_without_a_tab_set_apart_has_no_current_tab():
    pale = [NavTab(label, 0, 100 * k, 50, 100 * k + 90, (240, 204, 194)) for k, label in enumerate("abc")]
    assert current_tab(pale) is None
    full = [*pale[:2], NavTab("c", 0, 200, 50, 290, (204, 84, 51))]
    assert current_tab(full) == full[2]


def test_a_tables_first_column_at_the_margin_is_no_strip():
    # three filled cells at the left margin, each with a short label, the rows' text right beside them
    fills = [(20.0, 100.0 + 60 * k, 80.0, 158.0 + 60 * k, (238, 244, 240)) for k in range(3)]
    labels = {fill[:4]: f"Thema {k}" for k, fill in enumerate(fills)}
    from pipeline.parse.geometry import Word

    words = [Word("De", 84.0, 96.0, 110.0 + 60 * k, 120.0 + 60 * k, 10.0, False) for k in range(3)]
    assert find_strip(fills, [], words, lambda box: labels.get(tuple(box), ""), W, H) == ()
    assert len(find_strip(fills, [], [], lambda box: labels.get(tuple(box), ""), W, H)) == 3


def test_a_theme_printed_as_a_heading_too_heads_once(tmp_path):
    doc = run.extract(build(tmp_path / "rapport.pdf", True, printed=True), model=None)
    assert [a.section for a in doc.afspraken][:3] == ["Betaalbaar wonen > Nieuwbouw > Dit spreken we af"] * 3
