"""A lettered list inside an afspraak ("... ten minste: a. na-isolatie ...; b. HR++-glas ...; c. ...") stays in its
text when a member opens with a capital ("b. HR++-glas"), on one page and over a page break, in both backends; and
the paragraph after a one-line item of a hanging list stays out of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

LEAD = "De Eik verduurzaamt in 2025 ten minste 150 woningen naar minimaal energielabel B. Het pakket omvat ten minste:"
MEMBERS = ["a. na-isolatie van dak, gevel en vloer;", "b. HR++-glas of triple glas in alle verblijfsruimten;",
           "c. mechanische ventilatie met CO2-sturing."]
OTHERS = ["De gemeente stelt uiterlijk eind 2025 een nieuwe huisvestingsverordening vast.",
          "Partijen organiseren twee keer per jaar een bewonersavond in elke wijk."]


def lettered_pdf(path: Path, break_before: int | None) -> Path:
    """Afspraak 1 with its lettered list (a page break before member `break_before`, or none), then 2 and 3."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 780.0
    c.setFont("Helvetica-Bold", 12)
    c.drawString(90, y, "Terugblik")
    y -= 24
    c.setFont("Helvetica", 10)
    for k in range(0 if break_before is None else 12):  # context paragraphs to fill the page above the afspraak
        for line in (f"In {2010 + k} bouwden de corporaties in de gemeente samen {100 + 7 * k} woningen, waarvan",
                     f"een deel voor starters; de wachttijd bedroeg dat jaar gemiddeld {30 + k} maanden."):
            c.drawString(90, y, line)
            y -= 14
        y -= 8
    c.setFont("Helvetica-Bold", 12)
    c.drawString(90, y, "Afspraken")
    y -= 24
    c.setFont("Helvetica", 10)
    c.drawString(90, y, "1.")
    for part in (LEAD[:66], LEAD[66:].lstrip()):
        c.drawString(110, y, part)
        y -= 14
    for k, member in enumerate(MEMBERS):
        if k == break_before:
            c.showPage()
            c.setFont("Helvetica", 10)
            y = 780.0
        c.drawString(126, y, member)
        y -= 14
    for k, text in enumerate(OTHERS, 2):
        y -= 6
        c.drawString(90, y, f"{k}.")
        c.drawString(110, y, text)
        y -= 14
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("break_before", [None, 0, 1, 2])
def test_capitalised_lettered_member_stays_in_afspraak(tmp_path, backend, break_before):
    doc = run.extract(lettered_pdf(tmp_path / "l.pdf", break_before), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["1", "2", "3"]
    assert doc.afspraken[0].text == " ".join([LEAD, *MEMBERS])
    assert [a.text for a in doc.afspraken[1:]] == OTHERS


ITEMS = [
    ("Zilverhof realiseert in 2027 ten minste 85 sociale huurwoningen, waarvan 40 in het plan Kampereiland-Zuid",
     "en 45 in de Stationsbuurt."),
    ("Zilverhof heeft eind 2027 geen woningen meer met energielabel E, F of G.", None),
    ("De gemeente stelt in 2027 een budget van 60.000 euro beschikbaar voor de inzet van energiecoaches bij",
     "huishoudens met een laag inkomen."),
    ("Zilverhof maakt in de periode 2025-2028 ten minste 100 bestaande woningen nultredengeschikt.", None),
]
NOTE = ("Toelichting. Het college merkt op dat de sanering van de woningen met de laagste labels een jaar later",
        "wordt afgerond dan in 2026 was afgesproken.")


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_paragraph_after_one_line_item_of_hanging_list_is_no_part_of_it(tmp_path, backend):
    """A numbered list whose items hang their second lines under the text: after a one-line item a paragraph set
    at the marker's x, as far down as the items are apart, is context ("Toelichting. ..."), not the item's text."""
    path = tmp_path / "h.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(90, 780, "Afspraken")
    c.setFont("Helvetica", 9.5)
    y = 756.0
    for k, (first, second) in enumerate(ITEMS, 1):
        c.drawString(90, y, f"{k}.")
        c.drawString(106, y, first)
        if second:
            y -= 13.5
            c.drawString(106, y, second)
        y -= 16.5
        if k == 2:
            for part in NOTE:
                c.drawString(90, y, part)
                y -= 13.5
            y -= 7
    c.showPage()
    c.save()
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["1", "2", "3", "4"]
    assert [a.text for a in doc.afspraken] == [f"{a} {b}" if b else a for a, b in ITEMS]
