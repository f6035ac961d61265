"""Afspraken numbered with lowercase roman numerals past ten ("xi.", "xiv.", "xvi."): a chapter of more than ten
afspraken numbered i. to xvi. (fliertwijk in dev numbers its afspraken in lowercase roman, restarting per chapter).
Only i. to x. were read as markers, so xi. and after ran into the text of x."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.numbering import parse_marker

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=6)
AFS = ParagraphStyle("a", parent=BODY, leftIndent=30, bulletIndent=4, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=8)
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi"]
WIJKEN = ["Hoogveld", "De Kampen", "Kerkakker", "Molenlaan", "Spoorzone", "Noordrand", "Het Ven", "Oudland",
          "Beekdal", "Zuidhoek", "Westwijk", "De Horst", "Bleekveld", "Klaverhof", "Nieuwland", "Dorpskern"]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def text(k: int, wijk: str) -> str:
    return f"Vlierhof levert in 2025 ten minste {5 * k} sociale huurwoningen op in de wijk {wijk}."


def build(path: Path) -> Path:
    story = [Paragraph("Prestatieafspraken Fliertwijk 2025", H1), Paragraph("3 Beschikbaarheid", H1),
             Paragraph("Fliertwijk groeit en de vraag naar sociale huurwoningen blijft groot.", BODY),
             *[Paragraph(text(k, w), AFS, bulletText=f"{r}.")
               for k, (r, w) in enumerate(zip(ROMAN, WIJKEN, strict=True), 1)],
             Paragraph("4 Betaalbaarheid", H1),
             Paragraph("Vlierhof voert per 1 juli 2025 een huurverhoging door van ten hoogste de inflatie.", AFS,
                       bulletText="i.")]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def test_lowercase_roman_numbers_past_ten_open_afspraken(tmp_path, backend):
    doc = run.extract(build(tmp_path / "r.pdf"), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == [*ROMAN, "i"]
    assert [a.text for a in doc.afspraken[:16]] == [text(k, w) for k, w in enumerate(WIJKEN, 1)]


@pytest.mark.parametrize("printed, number", [("xi.", "xi"), ("xiv.", "xiv"), ("(xix)", "xix"), ("xxiii.", "xxiii"),
                                             ("vii.", "vii"), ("iv)", "iv")])
def test_parse_marker_reads_lowercase_roman_numbers(printed, number):
    assert parse_marker(printed) == ("roman", number)
