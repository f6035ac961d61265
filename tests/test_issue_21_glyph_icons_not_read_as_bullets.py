"""Items behind an icon printed as a character of the text font (▲, ▶, ★, ◉, ⬤, ◼), as an infographic or a
placemat sets its items when the icon is a glyph rather than a drawing: the character opened no list item, so the
items read as one paragraph (the drawn ▲ of dev family rijsenmoer, printed as a glyph instead). They are bullets
like "•" and "►"."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pipeline import run

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ITEMS = [
    "De corporatie heeft uiterlijk eind 2028 geen woningen meer met energielabel E, F of G.",
    "De corporatie isoleert in 2026 ten minste 120 woningen in de Molenbuurt.",
    "De gemeente zet in 2026 energiecoaches in voor huurders met hoge energielasten.",
]


def build(path: Path, icon: str) -> Path:
    pdfmetrics.registerFont(TTFont("DejaVuSansIcons", str(FONT)))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, 780, "Duurzaam wonen en klimaat")
    y = 750
    for text in ITEMS:
        c.setFont("DejaVuSansIcons", 8)
        c.drawString(56, y, icon)
        c.setFont("Helvetica", 9.5)
        c.drawString(68, y, text)
        y -= 17
    c.showPage()
    c.save()
    return path


@pytest.mark.skipif(not FONT.exists(), reason="needs DejaVu Sans (fonts-dejavu-core)")
@pytest.mark.parametrize("icon", ["►", "▲", "▶", "★", "◉", "⬤", "◼"])
def test_items_behind_glyph_icons_are_the_afspraken(tmp_path: Path, icon: str) -> None:
    doc = run.extract(build(tmp_path / "duurzaam.pdf", icon), model=None)
    assert [a.text for a in doc.afspraken] == ITEMS
