"""Issue #21: where a list of titled parents over lettered sub-afspraken ("1 Nieuwbouw" over "1a", "1b") has only
one or two parents without subs ("2 Huurbeleid" over its paragraph), those were lost: a one-number title over a
paragraph counted as an afspraak's title only in a series of three or more such titles. The parents heading
lettered subs number the same series, so they count in it.

Follows test_issue_21_titled_parent_without_subs_lost (the dev family schelfhorst has seven such parents a year).
Runs on both parse backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

PARENTS = [
    ("Nieuwbouw", ["De corporatie levert in 2026 in het plan Kerkveld 48 sociale huurwoningen op.",
                   "De gemeente hanteert een vaste grondprijs van € 23.400 per sociale huurwoning."]),
    ("Huurbeleid", ["De corporatie houdt de gemiddelde huurverhoging per 1 juli 2026 onder de inflatie."]),
    ("Woningtoewijzing", ["De corporatie wijst ten minste 95% van de vrijkomende woningen passend toe.",
                          "De corporatie zet 15% van de vrije toewijzingsruimte in voor starters."]),
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
        for letter, text in zip("abc", subs, strict=False):
            if len(subs) > 1:
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(100, y, f"{n}{letter}")
            c.setFont("Helvetica", 9.5)
            c.drawString(128, y, text)
            y -= 19
    c.showPage()
    c.save()
    return path


def test_one_titled_parent_without_subs_is_the_afspraak(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "one.pdf"), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [text for _, subs in PARENTS for text in subs]
    assert [a.number for a in doc.afspraken] == ["1a", "1b", "2", "3a", "3b"]
