"""Issue #21: afspraken numbered on with letter suffixes for later insertions ("7a.", "12a.") and closed by a
right-aligned party tag in square brackets on its own line ("[G, C]", codes explained in a legend). The tag is the
afspraak's trekker as printed without brackets, never its text; a tag-like "[G, C]" inside a sentence stays text;
a tag on the last line of a page closes its afspraak (the next page's first afspraak keeps its own lines)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Table

from pipeline import run
from pipeline.attributes import split_attributes
from pipeline.numbering import find_marker, party_tag

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=30, bulletIndent=0)
TAG = ParagraphStyle("t", fontName="Helvetica-Oblique", fontSize=9, leading=11, alignment=TA_RIGHT, spaceAfter=7)
H1 = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=6, spaceAfter=6)

AFSPRAKEN = [
    ("1", "De corporaties bouwen in 2025 samen ten minste 70 sociale huurwoningen in de wijk Oeverzijde.", "G, C"),
    ("2", "De gemeente stelt in 2025 twee bouwlocaties beschikbaar tegen de sociale grondprijs.", "G"),
    ("2a", "Partijen verkennen in 2025 een regeling voor senioren die een eengezinswoning achterlaten.", "G, C, H"),
    ("3", "De corporaties beperken de huurverhoging per 1 juli 2025 tot gemiddeld de inflatie.", "C"),
    ("3a", "De corporaties verkopen in 2025 niet meer dan 10 sociale huurwoningen uit de bestaande voorraad.", "C"),
    ("4", "De huurdersorganisatie raadpleegt haar achterban jaarlijks over de uitvoering van de afspraken.", "H"),
]


def _item(number: str, text: str, tag: str) -> KeepTogether:
    return KeepTogether([Paragraph(text, ITEM, bulletText=number + "."), Paragraph(f"[{tag}]", TAG)])


def _build(path: Path, *, break_after: int | None = None) -> Path:
    story = [Paragraph("Leeswijzer", H1),
             Paragraph("Achter elke afspraak staat tussen vierkante haken welke partij de afspraak trekt:", BODY),
             Table([["Code", "Partij"], ["G", "Gemeente Tolbeek"], ["C", "de corporaties"],
                    ["H", "Huurdersvereniging Tolbeek"]]),
             Paragraph("Een combinatie zoals [G, C] betekent dat beide partijen verantwoordelijk zijn.", BODY),
             Paragraph("1 Wonen", H1), Paragraph("Afspraken", H1)]
    for k, (number, text, tag) in enumerate(AFSPRAKEN):
        story.append(_item(number, text, tag))
        if break_after is not None and k == break_after:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("break_after", [None, 2])
def test_letter_suffixed_numbers_and_closing_party_tags_were_read_as_text(tmp_path, backend, break_after):
    doc = run.extract(_build(tmp_path / "tags.pdf", break_after=break_after), parse={"backend": backend}, model=None)
    got = [(a.number, a.text, a.trekker) for a in doc.afspraken]
    assert got == AFSPRAKEN


def test_party_tag_reads_only_a_closing_list_of_codes():
    assert party_tag("[G, C]") == ("G, C", "")
    assert party_tag("De gemeente zorgt ervoor. [G, C, H]") == ("G, C, H", "De gemeente zorgt ervoor.")
    assert party_tag("Een combinatie zoals [G, C] betekent dat") is None
    assert party_tag("... de huurverhoging. [BB-11]") is None  # a numbering code, not a party tag
    assert party_tag("zie de toelichting [3]") is None  # a footnote reference
    assert party_tag("... deze afspraak. [gemeente, corporaties]") is None
    assert party_tag("... deze afspraak. [gemeente, corporaties]", lambda p: p in ("gemeente", "corporaties")) \
        == ("gemeente, corporaties", "... deze afspraak.")


def test_party_tag_inside_a_sentence_stays_text():
    text = "Een combinatie zoals [G, C] betekent dat beide partijen verantwoordelijk zijn."
    assert split_attributes(text) == (text, {})
    assert split_attributes("De corporaties bouwen 70 woningen. [C, G]") == ("De corporaties bouwen 70 woningen.",
                                                                             {"trekker": "C, G"})


def test_letter_suffix_is_a_number_marker():
    assert find_marker("7a. De corporaties verkopen") == ("number", "7a.", "7a")
    assert find_marker("12a. Partijen onderzoeken") == ("number", "12a.", "12a")
    assert find_marker("7a. de corporaties") is None  # a lower-case word after it: no afspraak's opening


def test_letter_suffix_in_the_other_number_forms():
    assert find_marker("2.3a. De gemeente stelt") == ("decimal", "2.3a.", "2.3a")
    assert find_marker("7a) De gemeente stelt") == ("number", "7a)", "7a")
    assert find_marker("(7a) De gemeente stelt") == ("number", "(7a)", "7a")
    assert find_marker("3e kwartaal van 2025") is None
    assert find_marker("2.1a van de Woningwet") is None


DECIMAL = [("1.1", "De corporaties bouwen in 2025 samen ten minste 70 sociale huurwoningen in de wijk Oeverzijde."),
           ("1.1a", "De gemeente stelt in 2025 twee bouwlocaties beschikbaar tegen de sociale grondprijs."),
           ("1.2", "De corporaties beperken de huurverhoging per 1 juli 2025 tot gemiddeld de inflatie."),
           ("2.1", "De corporaties isoleren in 2025 samen 200 woningen naar ten minste label B."),
           ("2.1a", "Partijen verkennen in 2025 een regeling voor senioren die een eengezinswoning achterlaten."),
           ("2.2", "De huurdersorganisatie raadpleegt haar achterban jaarlijks over de uitvoering van de afspraken.")]


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_letter_suffixed_decimal_numbers_restart_per_chapter(tmp_path, backend):
    story = []
    for chapter, title in (("1", "Wonen"), ("2", "Duurzaamheid")):
        story.append(Paragraph(f"{chapter} {title}", H1))
        story += [Paragraph(text, ITEM, bulletText=number) for number, text in DECIMAL if number[0] == chapter]
    path = tmp_path / "decimal.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == DECIMAL
