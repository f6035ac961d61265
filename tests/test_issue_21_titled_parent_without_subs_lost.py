"""Issue #21: in a list of titled parents over lettered sub-afspraken ("4 Woningtoewijzing" over "4a", "4b"), a
parent without subs ("3 Huurbeleid" in bold, its one paragraph under the title) is itself the afspraak; it was
lost, the paragraph read as context under a heading. Where a document heads lettered subs so
(`lettered_parents`), a one-number title over a paragraph numbers it as a numbered sub-heading does
(`numbered_subheadings`). A status tag beside the title ("GEWIJZIGD") is the afspraak's attribute.

Found on the dev family schelfhorst. Runs on both parse backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

PARENTS = [
    ("Nieuwbouw", [["De corporatie levert in 2026 in het plan Kerkveld 48 sociale huurwoningen op."],
                   ["De gemeente hanteert een vaste grondprijs van € 23.400 per sociale huurwoning."]]),
    ("Huurbeleid", [["De corporatie houdt de gemiddelde huurverhoging per 1 juli 2026 ten minste 1 procentpunt",
                     "onder de maximaal toegestane huurverhoging."]]),
    ("Woningtoewijzing", [["De corporatie wijst ten minste 95% van de vrijkomende woningen passend toe."],
                          ["De corporatie zet 15% van de vrije toewijzingsruimte in voor starters."]]),
    ("Huurachterstanden", [["De corporatie neemt binnen 7 dagen na het ontstaan van een huurachterstand contact op",
                            "met de huurder."]]),
    ("Klimaatadaptatie", [["Bij groot onderhoud legt de corporatie waar mogelijk groene daken aan."]]),
]
TAGS = ["NIEUW", "GEWIJZIGD", "DOORLOPEND", "GEWIJZIGD", "NIEUW", "DOORLOPEND", "NIEUW"]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def _tag(c: canvas.Canvas, y: float, tag: str) -> None:
    c.setFillColor(HexColor("#1F5FA8"))
    c.roundRect(40, y - 1.8, 52, 11.2, 3.2, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 6.5)
    c.drawCentredString(66, y + 2.2, tag)
    c.setFillColorRGB(0, 0, 0)


def _build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 80
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, y, "Beschikbaar en betaalbaar wonen")
    y -= 26
    tags = iter(TAGS)
    for n, (title, subs) in enumerate(PARENTS, 1):
        solo = len(subs) == 1
        if solo:
            _tag(c, y, next(tags))
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(100, y, str(n))
        c.drawString(128, y, title)
        y -= 17
        for letter, lines in zip("abc", subs, strict=False):
            if not solo:
                _tag(c, y, next(tags))
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(100, y, f"{n}{letter}")
            c.setFont("Helvetica", 9.5)
            for line in lines:
                c.drawString(128, y, line)
                y -= 13.2
            y -= 6
    c.showPage()
    c.save()
    return path


def test_titled_parent_without_subs_is_the_afspraak(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "parents.pdf"), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [" ".join(lines) for _, subs in PARENTS for lines in subs]
    assert [a.number for a in doc.afspraken] == ["1a", "1b", "2", "3a", "3b", "4", "5"]
    assert [(a.attributes or {}).get("status_label") for a in doc.afspraken] == TAGS
