"""Issue #21: afspraken closed by a theme tag in square brackets ("... energielabel B hebben. [Duurzaamheid]",
coloured and italic, after the last sentence or on a line of its own). The tag says under which theme the
parties file the afspraak: it goes to the attributes as "thema" (labels.yaml theme_tags), never into the text.
A bracketed word inside a sentence, or one that names no theme, stays text; a party tag stays the trekker."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.attributes import split_attributes, theme_tag

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14, spaceAfter=6)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=30, bulletIndent=0)
H1 = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=6, spaceAfter=6)

AFSPRAKEN = [
    ("1", "De corporaties bouwen in 2025 samen ten minste 70 sociale huurwoningen in de wijk Oeverzijde.",
     "Betaalbaarheid"),
    ("2", "De corporatie renoveert in 2025 en 2026 de 96 woningen van complex Akkerhof, zodat alle woningen "
          "uiterlijk eind 2026 minimaal energielabel B hebben.", "Duurzaamheid"),
    ("3", "In de wijk voeren de gemeente, de corporaties en bewoners elk kwartaal een buurtschouw uit.",
     "Leefbaarheid"),
    ("4", "Partijen bespreken de voortgang van alle afspraken twee keer per jaar in het bestuurlijk overleg.",
     "Proces"),
    ("5", "Partijen verkennen in 2025 een regeling voor senioren die een eengezinswoning achterlaten.",
     "Wonen en zorg"),
]


def _build(path: Path) -> Path:
    story = [Paragraph("1 Afspraken", H1)]
    for number, text, tag in AFSPRAKEN:
        story.append(Paragraph(f'{text} <font color="#3f7d3a"><i>[{tag}]</i></font>', ITEM, bulletText=number + "."))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_closing_theme_tags_were_read_as_text(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "tags.pdf"), parse={"backend": backend}, model=None)
    got = [(a.number, a.text, (a.attributes or {}).get("thema")) for a in doc.afspraken]
    assert got == AFSPRAKEN
    assert all(a.trekker is None for a in doc.afspraken)


def test_theme_tag_reads_only_a_closing_bracketed_theme():
    assert theme_tag("De gemeente zorgt ervoor. [Duurzaamheid]") == ("Duurzaamheid", "De gemeente zorgt ervoor.")
    assert theme_tag("[Leefbaarheid]") == ("Leefbaarheid", "")
    assert theme_tag("De gemeente zorgt ervoor. [Kwaliteit en duurzaamheid]") \
        == ("Kwaliteit en duurzaamheid", "De gemeente zorgt ervoor.")
    assert theme_tag("De gemeente zorgt ervoor. [Spoorzicht]") is None  # names no theme
    assert theme_tag("De gemeente zorgt ervoor. [G, C]") is None  # a party tag
    assert theme_tag("De gemeente zorgt ervoor (Duurzaamheid)") is None


def test_theme_tag_inside_a_sentence_stays_text():
    text = "Afspraken met het label [Duurzaamheid] worden jaarlijks gemonitord."
    assert split_attributes(text) == (text, {})
    assert split_attributes("De corporaties bouwen 70 woningen. [Betaalbaarheid]") \
        == ("De corporaties bouwen 70 woningen.", {"thema": "Betaalbaarheid"})
    assert split_attributes("De corporaties bouwen 70 woningen. [C, G]") \
        == ("De corporaties bouwen 70 woningen.", {"trekker": "C, G"})
