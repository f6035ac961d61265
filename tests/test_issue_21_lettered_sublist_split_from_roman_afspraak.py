"""Afspraken numbered with lowercase roman numerals ("vii.") whose text ends in a colon and goes on in an indented
lettered sub-list "(a) ...; (b) ...; (c) ...": the sub-list is part of that afspraak, not three afspraken of its own
(fliertwijk in dev, a typeset agreement with a hanging indent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=6)
AFS = ParagraphStyle("a", parent=BODY, leftIndent=28, bulletIndent=4, spaceAfter=5)
SUB = ParagraphStyle("s", parent=BODY, leftIndent=48, bulletIndent=28, spaceAfter=2)
H1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=8)

FIRST = "Vlierhof neemt meldingen van vocht en schimmel binnen vijf werkdagen in behandeling."
LEAD = "Vlierhof voert in 2025 in de galerijflats een brandveiligheidsprogramma uit, dat bestaat uit:"
SUBS = ["het plaatsen van rookmelders in alle woningen waar die nog ontbreken;",
        "het controleren van de vluchtwegen en van de brandwerende deuren;",
        "een voorlichtingsbijeenkomst per complex, die samen met de brandweer wordt georganiseerd."]
AFTER = "De gemeente en Vlierhof maken afspraken over de verdeling van de kosten van woningaanpassingen."


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def build(path: Path) -> Path:
    story = [Paragraph("Prestatieafspraken Fliertwijk 2025", H1),
             Paragraph("6 Kwaliteit en wonen met zorg", H1),
             Paragraph("Een goede woning is droog, veilig en past bij de levensfase van de bewoner.", BODY),
             Paragraph(FIRST, AFS, bulletText="i."),
             Paragraph(LEAD, AFS, bulletText="ii."),
             *[Paragraph(t, SUB, bulletText=f"({c})") for c, t in zip("abc", SUBS, strict=True)],
             Paragraph(AFTER, AFS, bulletText="iii.")]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def test_a_lettered_sub_list_stays_in_its_roman_numbered_afspraak(tmp_path, backend):
    doc = run.extract(build(tmp_path / "r.pdf"), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["i", "ii", "iii"]
    texts = {a.number: a.text for a in doc.afspraken}
    assert texts["ii"] == " ".join([LEAD, *(f"({c}) {t}" for c, t in zip("abc", SUBS, strict=True))])
    assert texts["iii"] == AFTER
