"""Issue #21: a status label set beside an afspraak's first line (a coloured rounded tag "NIEUW", "GEWIJZIGD",
"DOORLOPEND" in the left margin, or a bracketed "[Vervallen]" there) was read as the first word of the line: the
numbered item then started with the tag, no marker was found and the afspraak was lost. The tag is an attribute of
the afspraak (`status_label`, labels.yaml status_tags), never its text; the owner line under it ("Eigenaar: ... ·
Gereed: ...") still goes to trekker and planning.

Found on the dev family schelfhorst (a yearly list that restates the running afspraken with such tags). Runs on both
parse backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.status_labels import status_tag

ITEMS = [
    ("NIEUW", ["De gemeente stelt in 2026 een energiefonds van € 150.000 beschikbaar voor kleine",
               "energiebesparende maatregelen bij huurders."], ("Gemeente", "2026")),
    ("GEWIJZIGD", ["De corporatie isoleert in 2026 ten minste 180 woningen volgens de standaard voor",
                   "woningisolatie."], None),
    ("DOORLOPEND", ["Partijen bespreken twee keer per jaar de voortgang van de afspraken aan de hand van",
                    "een gezamenlijke monitor."], ("Partijen", "doorlopend")),
]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def _build(path: Path, boxed: bool) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _, height = A4
    y = height - 80
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, y, "Prestatieafspraken 2026")
    y -= 30
    c.drawString(40, y, "Duurzaamheid")
    y -= 24
    for n, (tag, lines, owner) in enumerate(ITEMS, 1):
        if boxed:
            c.setFillColor(HexColor("#2E7D32"))
            c.roundRect(40, y - 1.8, 52, 11.2, 3.2, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawCentredString(66, y + 2.2, tag)
            c.setFillColorRGB(0, 0, 0)
        else:
            c.setFont("Helvetica", 9.5)
            c.drawString(40, y, f"[{tag.capitalize()}]")
        c.setFont("Helvetica", 9.5)
        c.drawString(100, y, f"{n}.")
        for line in lines:
            c.drawString(128, y, line)
            y -= 13.2
        if owner:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(128, y + 1.5, "Eigenaar: {} · Gereed: {}".format(*owner))
            y -= 11
        y -= 8
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("boxed", [True, False])
def test_status_tag_beside_an_afspraak_is_its_attribute(tmp_path, backend, boxed):
    doc = run.extract(_build(tmp_path / "tags.pdf", boxed), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [" ".join(lines) for _, lines, _ in ITEMS]
    assert [a.number for a in doc.afspraken] == ["1", "2", "3"]
    tags = [tag if boxed else tag.capitalize() for tag, _, _ in ITEMS]
    assert [a.attributes for a in doc.afspraken] == [{"status_label": t} for t in tags]
    assert [(a.trekker, a.planning) for a in doc.afspraken] == [owner or (None, None) for _, _, owner in ITEMS]


def test_status_tag_is_a_status_word_in_capitals_or_brackets():
    assert status_tag("NIEUW") == "NIEUW"
    assert status_tag("[Gewijzigd]") == "Gewijzigd"
    assert status_tag("(DOORLOPEND)") == "DOORLOPEND"
    assert status_tag("Nieuw") is None  # a capitalised word opening a sentence
    assert status_tag("WONEN") is None
