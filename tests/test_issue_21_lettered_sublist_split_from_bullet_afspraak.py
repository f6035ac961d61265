"""A bulleted afspraak whose text ends in a colon and goes on in an indented lettered sub-list "(a) ...; (b) ...":
the sub-list is part of that afspraak, as under a numbered one (the general case of fliertwijk's roman-numbered
"vii. ... bestaat uit: (a) ..."). Under a bullet that only announces statements ("Partijen spreken het volgende
af:") the lettered items stay afspraken of their own."""

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
STATEMENTS = ["De gemeente levert in 2025 grond voor veertig sociale huurwoningen.",
              "Vlierhof bouwt in 2025 ten minste veertig sociale huurwoningen.",
              "De Sleutel wordt betrokken bij het ontwerp van de woningen."]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def build(path: Path, lead: str, subs: list[str], marker: str) -> Path:
    story = [Paragraph("Prestatieafspraken Fliertwijk 2025", H1), Paragraph("6 Kwaliteit en wonen met zorg", H1),
             Paragraph("Een goede woning is droog, veilig en past bij de levensfase van de bewoner.", BODY),
             Paragraph(FIRST, AFS, bulletText="•"), Paragraph(lead, AFS, bulletText="•"),
             *[Paragraph(t, SUB, bulletText=marker.format(c)) for c, t in zip("abc", subs, strict=True)],
             Paragraph(AFTER, AFS, bulletText="•")]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


@pytest.mark.parametrize("marker", ["({})", "{})", "{}."])
def test_a_lettered_sub_list_stays_in_its_bulleted_afspraak(tmp_path, backend, marker):
    doc = run.extract(build(tmp_path / "b.pdf", LEAD, SUBS, marker), parse={"backend": backend}, model=None)
    subs = " ".join(f"{marker.format(c)} {t}" for c, t in zip("abc", SUBS, strict=True))
    assert [a.text for a in doc.afspraken] == [FIRST, f"{LEAD} {subs}", AFTER]


def test_the_lettered_items_under_a_bullet_that_announces_statements_are_afspraken(tmp_path, backend):
    doc = run.extract(build(tmp_path / "s.pdf", "Partijen spreken het volgende af:", STATEMENTS, "{}."),
                      parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken][-4:] == [*STATEMENTS, AFTER]
