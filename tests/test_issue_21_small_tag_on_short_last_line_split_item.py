"""An item whose last line holds one short word and a closing tag set smaller ("aan.  (Corp.)", the owner in small
grey italics as a slide deck prints it) was read as a line of the tag's size: the item ended a line early and lost
its last words. A bracketed tag set smaller does not set a line's size (issue #21)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import pipeline

LINES = [
    ("1.", "Het Zeggeland en Veenhof hebben eind 2027 geen woningen meer met energielabel E, F", None),
    (None, "of G.", "(Corp.)"),
    ("2.", "Veenhof brengt in 2025 in alle woningen zonder rookmelder ten minste één rookmelder", None),
    (None, "aan.", "(Corp.)"),
    ("3.", "De gemeente stelt in 2025 € 20.000 beschikbaar voor bewonersinitiatieven.", "(Gem.)"),
]


def test_issue_21_small_tag_on_short_last_line_split_item(tmp_path):
    path = tmp_path / "tags.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 770, "Prestatieafspraken Dalmeer 2025")
    c.setFont("Helvetica", 10)
    c.drawString(72, 745, "Gemeente Dalmeer en Woonstichting Dalhof maken de volgende afspraken.")
    y = 715.0
    for number, text, tag in LINES:
        c.setFont("Helvetica", 10)
        if number:
            y -= 5
            c.drawString(72, y, number)
        c.drawString(88, y, text)
        if tag:
            c.setFont("Helvetica-Oblique", 7.8)
            c.drawString(88 + c.stringWidth(text, "Helvetica", 10) + 6, y, tag)
        y -= 12.2
    c.save()
    got = [(a.number, a.text[-25:], a.trekker) for a in pipeline.extract(path, model=None).afspraken]
    assert got == [
        ("1", "met energielabel E, F of G."[-25:], "Corp."),
        ("2", "ten minste één rookmelder aan."[-25:], "Corp."),
        ("3", "voor bewonersinitiatieven."[-25:], "Gem."),
    ]
