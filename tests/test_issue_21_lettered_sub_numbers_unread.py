"""Issue #21: sub-afspraken numbered with their parent's number and a letter and nothing after it ("4a De
corporatie ...", the number in a margin column, the text hanging beside it) under a titled parent ("4
Woningtoewijzing" in bold, not an afspraak) were read as plain paragraphs: "4a" is a bare number with a letter,
learnt like a bare number (numbering.PREFIXED "bare") where the document numbers a series so.

Found on the dev family schelfhorst. Runs on both parse backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

PARENTS = [
    ("Nieuwbouw", [
        ["De corporatie levert in 2026 in het plan Kerkveld 48 sociale huurwoningen op, waarvan ten",
         "minste 16 levensloopbestendig."],
        ["De gemeente hanteert voor sociale huurwoningen in nieuwbouwplannen een vaste grondprijs",
         "van € 23.400 per woning."],
    ]),
    ("Woningtoewijzing", [
        ["De corporatie wijst ten minste 95% van de vrijkomende sociale huurwoningen passend toe",
         "aan huishoudens met recht op huurtoeslag."],
        ["De corporatie zet 15% van de vrije toewijzingsruimte in voor starters met een binding met de",
         "gemeente."],
        ["De corporatie wijst ten minste 90% van de vrijkomende sociale huurwoningen toe aan",
         "huishoudens met een inkomen tot € 49.135."],
    ]),
]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def _build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 80
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, y, "Beschikbaar en betaalbaar wonen")
    y -= 26
    for n, (title, subs) in enumerate(PARENTS, 1):
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(100, y, str(n))
        c.drawString(128, y, title)
        y -= 17
        for letter, lines in zip("abc", subs, strict=False):
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


def test_lettered_sub_numbers_are_the_afspraken_under_a_titled_parent(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "subs.pdf"), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [" ".join(lines) for _, subs in PARENTS for lines in subs]
    assert [a.number for a in doc.afspraken] == ["1a", "1b", "2a", "2b", "2c"]
