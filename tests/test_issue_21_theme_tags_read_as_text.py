"""Issue #21: afspraken closed by a theme tag in square brackets ("... energielabel B hebben. [Duurzaamheid]",
coloured and italic, after the last sentence or on a line of its own). The tag says under which theme the
parties file the afspraak: it goes to the attributes as "thema" (labels.yaml theme_tags), never into the text.
A bracketed word inside a sentence, or one that names no theme, stays text; a party tag stays the trekker. A tag
on its own line at the foot of a page closes its afspraak: the next page's lines are read in their own order."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.attributes import split_attributes
from pipeline.numbering import theme_tag

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14, spaceAfter=6)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=30, bulletIndent=0)
TAG = ParagraphStyle("t", fontName="Helvetica-Oblique", fontSize=9, leading=11, alignment=TA_RIGHT, spaceAfter=7)
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


# a page that opens with a one-line afspraak and its tag, right-aligned under it as under the last afspraak of the
# page before: read as the continuation of that tag's line unless a tag on its own line closes an afspraak
FOOT = [
    ("1", "De corporaties bouwen in 2025 samen ten minste 70 sociale huurwoningen in de wijk Oeverzijde.",
     "Betaalbaarheid"),
    ("2", "De gemeente stelt in 2025 twee bouwlocaties beschikbaar tegen de sociale grondprijs.", "Betaalbaarheid"),
    ("3", "De corporaties isoleren in 2025 samen 200 woningen naar ten minste label B.", "Duurzaamheid"),
    ("4", "De huurdersorganisatie raadpleegt haar achterban jaarlijks over de uitvoering van de afspraken.", "Proces"),
]
SANS = ParagraphStyle("s", fontName="Helvetica", fontSize=10, leading=13.5, leftIndent=30, bulletIndent=0)


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize(("item", "afspraken"), [(ITEM, AFSPRAKEN), (SANS, FOOT)], ids=["apart", "joined"])
def test_theme_tag_on_its_own_line_at_a_page_foot_closes_its_afspraak(tmp_path, backend, item, afspraken):
    story = [Paragraph("1 Afspraken", H1)]
    for k, (number, text, tag) in enumerate(afspraken):
        story.append(KeepTogether([Paragraph(text, item, bulletText=number + "."), Paragraph(f"[{tag}]", TAG)]))
        if k == 1:
            story.append(PageBreak())
    path = tmp_path / "foot.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [(a.number, a.text, (a.attributes or {}).get("thema")) for a in doc.afspraken] == afspraken


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
