"""A bod letter addressed to the tenants' board, its address block run on after the name ("... het bestuur van
Huurdersvereniging De Sleutel / Postbus 40 / Rietmonde"): the capitalised "Postbus" was read into the name
("Huurdersvereniging De Sleutel Postbus"). An address word ends a name (structure.yaml address_words; issue #21,
dev families griendhoven, fliertwijk, hulstbroek, wezelhorst)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import pipeline

LINES = [
    ("Helvetica-Bold", 16, "Woonstichting Kreekzoom"),
    ("Helvetica", 10, "Aan het college van burgemeester en wethouders"),
    ("Helvetica", 10, "van de gemeente Rietmonde"),
    ("Helvetica", 10, "en het bestuur van Huurdersvereniging De Sleutel"),
    ("Helvetica", 10, "Postbus 40"),
    ("Helvetica", 10, "Rietmonde"),
    (None, 0, ""),
    ("Helvetica", 10, "Onderwerp: bod op de woonvisie voor 2026"),
    (None, 0, ""),
    ("Helvetica", 10, "Met deze brief sturen wij u ons bod voor 2026."),
    (None, 0, ""),
    ("Helvetica-Bold", 10, "Verkoop"),
    ("Helvetica", 10, "Wij verkopen in 2026 ten hoogste 8 sociale huurwoningen, uitsluitend bij mutatie."),
    (None, 0, ""),
    ("Helvetica-Bold", 10, "Isoleren"),
    ("Helvetica", 10, "Wij isoleren in 2026 ten minste 200 woningen naar de standaard voor isolatie."),
]


def test_issue_21_postbus_read_into_huurders_name(tmp_path, backend):
    path = tmp_path / "bod.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 780
    for font, size, text in LINES:
        if font:
            c.setFont(font, size)
            c.drawString(72, y, text)
        y -= 20 if font and size > 12 else 14
    c.showPage()
    c.save()
    doc = pipeline.extract(path, parse={"backend": backend}, model=None)
    assert doc.meta.type == "bod"
    assert doc.meta.huurdersorganisaties == ("Huurdersvereniging De Sleutel",)
