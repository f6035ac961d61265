"""Issue #21: a status tag in the left margin whose box is set higher (or lower) than the text's baseline, its
word ("NIEUW", in small bold capitals) too far off to join the afspraak's first line, stood as a line of its own
and was lost: the afspraak had no status_label. A lone tag beside a line it overlaps in height is that line's
tag (parse/status_tags.attach_lone_tags), as one on the line's baseline is (test_issue_21_status_tag_read_as_text).

Generalises the margin tags of the dev family schelfhorst. Runs on both parse backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

TEXTS = [
    "De gemeente bouwt in 2026 ten minste 40 sociale huurwoningen in het plan Kerkveld.",
    "De corporatie isoleert in 2026 ten minste 180 woningen volgens de standaard.",
    "Partijen bespreken twee keer per jaar de voortgang van de afspraken.",
]
TAGS = ["NIEUW", "GEWIJZIGD", "DOORLOPEND"]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


@pytest.mark.parametrize("raised", [5.0, -4.0])
def test_status_tag_off_the_baseline_is_the_afspraaks(tmp_path, backend, raised):
    path = tmp_path / "lone.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 700.0
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, y + 40, "Wonen")
    for n, (tag, text) in enumerate(zip(TAGS, TEXTS, strict=True), 1):
        c.setFillColor(HexColor("#E07B00"))
        c.roundRect(40, y + raised - 4, 52, 11.2, 3.2, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawCentredString(66, y + raised, tag)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 9.5)
        c.drawString(100, y, f"{n}.")
        c.drawString(128, y, text)
        y -= 24
    c.showPage()
    c.save()
    doc = run.extract(Path(path), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS
    assert [a.attributes for a in doc.afspraken] == [{"status_label": t} for t in TAGS]
