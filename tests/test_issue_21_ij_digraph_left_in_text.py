"""The Dutch ij digraph as one character in the text layer (U+0133 "ĳ", U+0132 "Ĳ": some typesetters and fonts set
"bĳ", "ĳsbaan", "ĲSSELSTEIN" that way, as they set the "ﬁ" and "ﬂ" ligatures of fliertwijk in dev) is read as the
two letters, as NFKC decomposes it; otherwise "zorgvuldigheid bĳ" matches no "bij" in comparisons and searches."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pipeline import run

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
AFSPRAKEN = ["Vlierhof betrekt de huurders bĳ de keuze voor de ﬁnanciering van de ĳsbaan in 2025.",
             "De gemeente en Vlierhof zĳn samen verantwoordelĳk voor de ﬂexwoningen aan de Molenlaan."]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def build(path: Path) -> Path:
    pdfmetrics.registerFont(TTFont("DejaVuSerifIJ", str(FONT)))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("DejaVuSerifIJ", 14)
    c.drawString(72, 780, "Prestatieafspraken Fliertwijk 2025")
    c.drawString(72, 750, "3 Beschikbaarheid")
    c.setFont("DejaVuSerifIJ", 10)
    for n, text in enumerate(AFSPRAKEN, 1):
        c.drawString(72, 730 - 18 * n, f"3.{n}")
        c.drawString(100, 730 - 18 * n, text)
    c.showPage()
    c.save()
    return path


@pytest.mark.skipif(not FONT.exists(), reason="needs the DejaVu Serif font")
def test_the_ij_digraph_is_read_as_two_letters(tmp_path, backend):
    doc = run.extract(build(tmp_path / "ij.pdf"), parse={"backend": backend}, model=None)
    plain = [t.replace("ĳ", "ij").replace("ﬁ", "fi").replace("ﬂ", "fl") for t in AFSPRAKEN]
    assert [a.text for a in doc.afspraken] == plain
