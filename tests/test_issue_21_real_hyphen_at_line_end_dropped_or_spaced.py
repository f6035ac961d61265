"""Hyphens at the end of a line in typeset text (fliertwijk in dev breaks words "werkda-" / "gen"): a hyphen that
only breaks a word goes, a real one stays. A line that ends in "HR++-" or "A++-" before "glas" or "label" ends in a
real hyphen (the compound is written so), as one that ends in a word of one letter ("e-" before "mailadres") does:
no hyphenation leaves a single letter before the break."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.text import join_lines

LINES = [
    ("3.1", ["Vlierhof vervangt in 2025 in de Kerkakker bij 120 woningen het enkel glas door HR++-",
             "glas en isoleert daar de gevels en de daken tot ten minste energielabel B."]),
    ("3.2", ["Vlierhof informeert alle huurders van de Kerkakker uiterlijk in maart 2025 per brief en per e-",
             "mail over de planning van de werkzaamheden en de tijdelijke overlast."]),
    ("3.3", ["Reparatieverzoeken zonder spoedeisend karakter worden binnen 15 werkda-",
             "gen uitgevoerd; de huurder ontvangt binnen twee dagen een afspraak."]),
]
TEXTS = [
    "Vlierhof vervangt in 2025 in de Kerkakker bij 120 woningen het enkel glas door HR++-glas en isoleert daar de "
    "gevels en de daken tot ten minste energielabel B.",
    "Vlierhof informeert alle huurders van de Kerkakker uiterlijk in maart 2025 per brief en per e-mail over de "
    "planning van de werkzaamheden en de tijdelijke overlast.",
    "Reparatieverzoeken zonder spoedeisend karakter worden binnen 15 werkdagen uitgevoerd; de huurder ontvangt "
    "binnen twee dagen een afspraak.",
]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Times-Bold", 14)
    c.drawString(72, 780, "Prestatieafspraken Fliertwijk 2025")
    c.drawString(72, 750, "3 Duurzaamheid en kwaliteit")
    c.setFont("Times-Roman", 10.2)
    y = 720
    for number, lines in LINES:
        c.drawString(72, y, number)
        for line in lines:
            c.drawString(100, y, line)
            y -= 13.5
        y -= 8
    c.showPage()
    c.save()
    return path


def test_real_hyphens_at_a_line_end_stay_and_word_breaks_go(tmp_path, backend):
    doc = run.extract(build(tmp_path / "h.pdf"), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS


@pytest.mark.parametrize("first, second, joined", [
    ("door HR++-", "glas", "door HR++-glas"), ("label A++-", "woningen", "label A++-woningen"),
    ("per e-", "mail", "per e-mail"), ("werkda-", "gen", "werkdagen"), ("€ 125,-", "per woning", "€ 125,- per woning"),
    ("huur-", "en koopwoningen", "huur- en koopwoningen"), ("Noord-", "Oost", "Noord-Oost"),
])
def test_join_lines_at_a_hyphen(first, second, joined):
    assert join_lines(first, second) == joined
