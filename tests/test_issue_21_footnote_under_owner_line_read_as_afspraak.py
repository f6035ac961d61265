"""Issue #21: a footnote at the foot of a page whose last afspraak ends with an owner line in small print
("Eigenaar: ... · Gereed: ...", 8 pt over 9.5 pt text) stayed in the body (on schelfhorst read as an afspraak
numbered by its marker): the trailing small print of the page opened with the owner line, no note. The notes start
at the first small-print line set apart from the one above that opens with a marker the body printed; the owner
line above them stays the afspraak's.

Found on the dev family schelfhorst. Runs on both parse backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

TEXTS = [
    "De corporatie stelt in 2026 een leefbaarheidsbudget van 55 euro per woning beschikbaar.",
    "De corporatie zet in elk van de vier wijken een vaste wijkbeheerder in.",
    "Partijen evalueren in het vierde kwartaal van 2026 de werkwijze van het overleg.",
]
NOTE = "Binnen het wettelijke maximum voor uitgaven aan leefbaarheid per woning."


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def _build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    y = height - 80
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, y, "Leefbare wijken")
    y = height - 520  # the list ends low on the page, its owner line in the lower half
    for n, text in enumerate(TEXTS, 1):
        c.setFont("Helvetica", 9.5)
        c.drawString(100, y, f"{n}.")
        if n == 1:  # a superscript mark after "woning": "... per woning¹ beschikbaar."
            head, tail = text.split(" beschikbaar")
            c.drawString(128, y, head)
            x = 128 + c.stringWidth(head, "Helvetica", 9.5)
            c.setFont("Helvetica", 5.5)
            c.drawString(x + 0.3, y + 3.6, "1")
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 0.6 + c.stringWidth("1", "Helvetica", 5.5), y, " beschikbaar" + tail)
        else:
            c.drawString(128, y, text)
        y -= 13.2
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(128, y + 1.5, "Eigenaar: Partijen · Gereed: Q4 2026")
        y -= 19
    c.setFont("Helvetica", 7)
    c.drawString(100, 70, f"1 {NOTE}")
    c.setFont("Helvetica", 7.5)
    c.drawString(width - 110, 40, "Pagina 1 van 1")
    c.showPage()
    c.save()
    return path


def test_footnote_under_an_owner_line_is_a_footnote(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "note.pdf"), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [(a.trekker, a.planning) for a in doc.afspraken] == [("Partijen", "Q4 2026")] * 3
    assert [n.text for n in doc.footnotes] == [NOTE]
