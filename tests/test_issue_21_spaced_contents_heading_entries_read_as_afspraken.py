"""A table of contents without dot leaders ("6 Kwaliteit en wonen met zorg 6") under a heading the text layer
gives with a space inside it: small caps whose larger initial is set apart ("I NHOUD") or letter-spaced
("I N H O U D"). Its entries are never afspraken (fliertwijk in dev, a typeset agreement)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.contents import is_contents_heading

CHAPTERS = [("Inleiding", 2), ("Beschikbaarheid en toewijzing", 2), ("Betaalbaarheid", 2),
            ("Kwaliteit en wonen met zorg", 2), ("Leefbaarheid in de wijken", 2), ("Ondertekening", 2)]
AFSPRAKEN = {
    "Kwaliteit en wonen met zorg": [
        "Vlierhof neemt meldingen van vocht en schimmel binnen vijf werkdagen in behandeling.",
        "Vlierhof zegt toe dat in 2025 ten minste 40 bestaande woningen levensloopgeschikt worden gemaakt."],
    "Leefbaarheid in de wijken": [
        "Vlierhof besteedt in 2025 € 125 per woning aan leefbaarheid, binnen de wettelijke grens.",
        "Vlierhof zet in de wijken Hoogveld en De Kampen elk een wijkbeheerder in."],
}
ROMAN = ["i", "ii", "iii"]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def small_caps(c: canvas.Canvas, x: float, y: float, word: str, spaced: bool) -> None:
    """A heading in small caps: the initial at 14 pt, the rest at 10.6 pt, set a little apart (or letter-spaced)."""
    c.setFont("Times-Roman", 14)
    c.drawString(x, y, word[0])
    x += c.stringWidth(word[0], "Times-Roman", 14) + 5
    c.setFont("Times-Roman", 10.6)
    for ch in word[1:].upper():
        c.drawString(x, y, ch)
        x += c.stringWidth(ch, "Times-Roman", 10.6) + (5 if spaced else 0)


def build(path: Path, spaced: bool) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Times-Bold", 16)
    c.drawString(72, 760, "Prestatieafspraken Fliertwijk 2025")
    small_caps(c, 72, 720, "Inhoud", spaced)
    c.setFont("Times-Roman", 10.5)
    y = 690
    for n, (title, page) in enumerate(CHAPTERS, 1):
        c.drawString(72, y, f"{n} {title} {page}")
        y -= 19
    c.showPage()
    y = 780
    for n, (title, _) in enumerate(CHAPTERS, 1):
        c.setFont("Times-Bold", 14)
        c.drawString(72, y, f"{n} {title}")
        y -= 24
        c.setFont("Times-Roman", 10.2)
        for number, text in zip(ROMAN, AFSPRAKEN.get(title, []), strict=False):
            c.drawString(76, y, f"{number}.")
            c.drawString(100, y, text)
            y -= 20
        y -= 8
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("spaced", [False, True], ids=["small-caps", "letter-spaced"])
def test_contents_entries_under_a_spaced_heading_are_no_afspraken(tmp_path, backend, spaced):
    doc = run.extract(build(tmp_path / "toc.pdf", spaced), parse={"backend": backend}, model=None)
    assert [(a.number, a.page) for a in doc.afspraken] == [("i", 2), ("ii", 2), ("i", 2), ("ii", 2)]
    assert [a.text for a in doc.afspraken] == [t for texts in AFSPRAKEN.values() for t in texts]


@pytest.mark.parametrize("text, heading", [("Inhoud", True), ("INHOUDSOPGAVE:", True), ("I NHOUD", True),
                                           ("I N H O U D", True), ("Table of contents", True),
                                           ("Inhoud van de afspraken", False), ("In houding", False)])
def test_is_contents_heading(text, heading):
    assert is_contents_heading(text) is heading
