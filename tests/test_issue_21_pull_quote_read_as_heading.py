"""A pull quote set large beside the text ("“Wie hier opgroeit, moet hier ook een eerste woning kunnen vinden.”"
over "— Wethouder ...") read as a heading: the afspraken under it got the quotation in their section (issue #21;
heggerode in dev: "Toewijzing en doorstroming > kunnen vinden.” > Dit spreken we af"). A quote heads nothing and
agrees nothing: it and its attribution are left out, whatever it says.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.pull_quotes import is_pull_quote

W, H = A4
ITEMS = ["De corporatie levert in 2025 ten minste 48 sociale huurwoningen op in het plan Kloosterweide.",
         "De gemeente stelt uiterlijk eind 2026 twee locaties voor sociale huurbouw beschikbaar.",
         "De corporatie verkoopt in 2025 ten hoogste tien sociale huurwoningen bij mutatie."]


def build(path: Path, quote: list[str]) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = H - 80
    c.setFont("Helvetica-Bold", 15)
    c.drawString(60, y, "Nieuwbouw en voorraad")
    y -= 30
    c.setFont("Helvetica", 10)
    c.drawString(60, y, "De vraag naar sociale huurwoningen in de gemeente is groter dan het aanbod.")
    y -= 30
    c.setFont("Helvetica-Oblique", 13)
    for line in quote:
        c.drawString(80, y, line)
        y -= 17
    c.setFont("Helvetica", 8.5)
    c.drawString(80, y - 4, "— Wethouder M.C. Vleugels")
    y -= 40
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, y, "Dit spreken we af")
    y -= 22
    for k, text in enumerate(ITEMS, start=1):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, y, f"{k:02d}")
        c.setFont("Helvetica", 10)
        c.drawString(94, y, text)
        y -= 24
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("quote", [
    ["“Wie in Heggerode opgroeit, moet hier ook een eerste woning", "kunnen vinden.”"],
    ["“We blijven bouwen, ook als de bouwkosten tegenzitten.”"],
])
def test_a_pull_quote_heads_nothing(tmp_path, quote):
    doc = run.extract(build(tmp_path / "rapport.pdf", quote), model=None)
    assert [a.text for a in doc.afspraken] == ITEMS
    assert {a.section for a in doc.afspraken} == {"Nieuwbouw en voorraad > Dit spreken we af"}


def test_pull_quotes_are_one_quotation():
    assert is_pull_quote("“Wie hier opgroeit, moet hier ook kunnen wonen.”")
    assert is_pull_quote("„Dat merk je meteen.”")
    assert not is_pull_quote("“Wonen” en “zorg”")  # two quoted words: a title
    assert not is_pull_quote("Nieuwbouw en voorraad")
