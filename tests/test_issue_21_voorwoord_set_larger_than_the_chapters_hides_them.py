"""A voorwoord set larger than the chapters after it does not hold them (issue #21; ruiterbeek in dev: a tenants'
edition opens with "Voorwoord" in 15 pt, its chapters are questions in 13.5 pt on the pages after it, so by size
every chapter nested under the voorwoord and none of its afspraken was read). The contents list ("In deze editie",
a magazine's name for it) names the chapters and not the voorwoord: a heading it names closes the front matter
above it. The contents list itself is never afspraken, and neither is the leeswijzer ("Zo leest u deze editie").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.listed_chapters import closes_front_matter, entry_title, listed_titles

CHAPTERS = {
    "Wat gebeurt er met uw huur?": [
        "De corporatie beperkt de gemiddelde huurverhoging per 1 juli 2025 tot de inflatie.",
        "De corporatie neemt binnen twee weken na het ontstaan van een huurachterstand contact op met de huurder.",
    ],
    "Komen er nieuwe woningen?": [
        "De corporatie levert in 2026 aan de Molenweg 48 sociale huurwoningen op.",
        "De gemeente stelt in 2025 een bouwlocatie voor ten minste 20 sociale huurwoningen beschikbaar.",
    ],
}


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A5, invariant=1)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(32, 500, "Huurderseditie 2025")
    c.showPage()
    c.setFont("Helvetica-Bold", 15)
    c.drawString(32, 555, "Voorwoord")
    c.setFont("Helvetica", 9)
    c.drawString(32, 535, "In 2024 zijn er 52 nieuwe huurwoningen opgeleverd en kregen 200 woningen isolatie.")
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(32, 505, "Zo leest u deze editie")
    c.setFont("Helvetica", 9)
    c.drawString(32, 488, "• Achter een bolletje staat een afspraak, precies zoals die is ondertekend.")
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(32, 460, "In deze editie")
    c.setFont("Helvetica", 9)
    y = 442
    for k, title in enumerate(CHAPTERS, 3):
        c.drawString(32, y, title)
        c.drawRightString(387, y, str(k))
        y -= 14
    c.showPage()
    for title, items in CHAPTERS.items():
        c.setFont("Helvetica-Bold", 13.5)
        c.drawString(32, 555, title)
        y = 530
        c.setFont("Helvetica", 9)
        for text in items:
            c.drawString(32, y, "•")
            cut = text.rfind(" ", 0, 70) if len(text) > 70 else len(text)
            c.drawString(44, y, text[:cut])
            if cut < len(text):
                y -= 12
                c.drawString(44, y, text[cut:].strip())
            y -= 20
        c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_chapters_named_by_the_contents_are_read_after_a_larger_voorwoord(tmp_path, backend):
    doc = run.extract(build(tmp_path / "editie.pdf"), parse={"backend": backend}, model=None)
    assert [" ".join(a.text.split()) for a in doc.afspraken] == [t for items in CHAPTERS.values() for t in items]
    assert [a.section.split(" > ")[-1] for a in doc.afspraken] == [t for t, items in CHAPTERS.items() for _ in items]


def test_a_listed_heading_closes_only_front_matter_the_list_does_not_name():
    chapters = listed_titles(["Wat gebeurt er met uw huur? 3", "2 Komen er nieuwe woningen? ........ 3", "Bijlagen 9"])
    assert chapters == {"wat gebeurt er met uw huur?", "komen er nieuwe woningen?", "bijlagen"}
    assert entry_title("3.2 Nieuwbouw · · · · · 12") == "nieuwbouw"
    assert closes_front_matter("Komen er nieuwe woningen?", "Voorwoord", True, chapters)
    assert not closes_front_matter("Komen er nieuwe woningen?", "Huurderseditie 2025", False, chapters)  # a title
    assert not closes_front_matter("Zo leest u deze editie", "Voorwoord", True, chapters)  # not listed: its part
    assert not closes_front_matter("Bijlagen", "Bijlagen", True, chapters)  # listed itself
    assert not closes_front_matter("Komen er nieuwe woningen?", "Voorwoord", True, frozenset())  # no contents list
