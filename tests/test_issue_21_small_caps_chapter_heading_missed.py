"""A numbered chapter heading set in small caps, not bold: the capital initial at 14 pt and the rest in capitals at
10.6 pt on 10.2 pt text ("6 KWALITEIT EN WONEN MET ZORG", fliertwijk in dev). Where most of its letters are the
small ones the line reads at about the text's size, so it was no heading and its afspraken were put under the
chapter before it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

CHAPTERS = {
    "Duurzaamheid": ["Vlierhof plaatst in 2025 op ten minste 200 woningen zonnepanelen.",
                     "Vlierhof verbetert in 2025 ten minste 64 woningen met label E, F of G tot label B."],
    "Kwaliteit en wonen met zorg": ["Vlierhof neemt meldingen van vocht en schimmel binnen vijf werkdagen op.",
                                    "Vlierhof maakt in 2025 ten minste 40 bestaande woningen levensloopgeschikt."],
    "Leefbaarheid in de wijken": ["Vlierhof besteedt in 2025 € 125 per woning aan leefbaarheid.",
                                  "Vlierhof zet in de wijken Hoogveld en De Kampen elk een wijkbeheerder in."],
}
ROMAN = ["i", "ii"]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def small_caps(c: canvas.Canvas, x: float, y: float, text: str) -> None:
    """Small caps as a typesetter sets them: the number and the capital at 14 pt, the other letters at 10.6 pt."""
    for i, ch in enumerate(text):
        size = 14 if ch.isdigit() or ch.isupper() or i == 0 else 10.6
        c.setFont("Times-Roman", size)
        c.drawString(x, y, ch.upper())
        x += c.stringWidth(ch.upper(), "Times-Roman", size)


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Times-Roman", 18)
    c.drawString(72, 780, "Prestatieafspraken Fliertwijk 2025")
    y = 740
    for n, (title, afspraken) in enumerate(CHAPTERS.items(), 5):
        small_caps(c, 72, y, f"{n} {title}")
        y -= 24
        c.setFont("Times-Roman", 10.2)
        c.drawString(72, y, "Partijen willen dat de woningen van Vlierhof goed en betaalbaar blijven.")
        y -= 20
        for number, text in zip(ROMAN, afspraken, strict=True):
            c.drawString(76, y, f"{number}.")
            c.drawString(100, y, text)
            y -= 18
        y -= 16
    c.showPage()
    c.save()
    return path


def test_small_caps_chapter_headings_head_their_afspraken(tmp_path, backend):
    doc = run.extract(build(tmp_path / "sc.pdf"), parse={"backend": backend}, model=None)
    expected = [(f"{n} {title.upper()}", text) for n, (title, texts) in enumerate(CHAPTERS.items(), 5)
                for text in texts]
    assert [(a.section, a.text) for a in doc.afspraken] == expected
