"""Label lines and attribute lines (issue #21): an afspraak under a bold title line "Afspraak 3.2 – Titel", an
attribute line of "key value" parts under it ("Uitvoering: trekker X, gereed Y"). Made on the fly with reportlab,
on both parse backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.structure import keyed_attributes

from .test_layout_variants import TEXTS

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=2)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=10, leading=14, spaceBefore=10)
NOTE = ParagraphStyle("n", fontName="Helvetica-Oblique", fontSize=9, leading=12)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=8, spaceAfter=4)
WHO = ["Kempwaard", "Gemeente", "Kempwaard", "Partijen"]
WHEN = ["eind 2028", "1 juli 2025", "doorlopend", "Q3 2025"]


def build(path: Path, flowables: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flowables)
    return path


def titled_agreement(path: Path, label: str) -> Path:
    story = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("2 Wonen en duurzaamheid", HEAD)]
    for i, (text, who, when) in enumerate(zip(TEXTS, WHO, WHEN, strict=True), 1):
        story += [Paragraph(f"{label} 2.{i} – Korte titel nummer {i}", TITLE), Paragraph(text, BODY),
                  Paragraph(f"Uitvoering: trekker {who}, gereed {when}", NOTE)]
    return build(path, story)


@pytest.mark.parametrize("label", ["Afspraak", "Actie", "Maatregel"])
def test_title_line_and_keyed_attribute_line_are_not_text(tmp_path, backend, label):
    doc = run.extract(titled_agreement(tmp_path / "t.pdf", label), parse={"backend": backend}, model=None)
    numbers = [f"2.{i}" if label != "Maatregel" else f"Maatregel 2.{i}" for i in range(1, 5)]
    assert [a.number for a in doc.afspraken] == numbers
    assert [a.text for a in doc.afspraken] == TEXTS  # no title, no "Uitvoering: ..."
    assert [a.trekker for a in doc.afspraken] == WHO
    assert [a.planning for a in doc.afspraken] == WHEN


def test_a_body_on_the_label_line_is_kept(tmp_path, backend):
    """A label followed by the afspraak itself (not bold, a sentence) keeps all its text."""
    story = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("Afspraken", HEAD)]
    story += [Paragraph(f"<b>Afspraak {i}:</b> {text}", BODY) for i, text in enumerate(TEXTS, 1)]
    doc = run.extract(build(tmp_path / "b.pdf", story), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == TEXTS


@pytest.mark.parametrize(("line", "expected"), [
    ("Uitvoering: trekker Kempwaard, gereed eind 2028", {"trekker": "Kempwaard", "gereed": "eind 2028"}),
    ("Uitvoering: trekker gemeente en Kempwaard; gereed doorlopend; status loopt",
     {"trekker": "gemeente en Kempwaard", "gereed": "doorlopend", "status": "loopt"}),
    ("Toelichting: de gemeente stelt de verordening vast", None),
    ("Uitvoering: trekker Kempwaard", None),  # one part: too little to tell from a sentence
    ("Trekker: gemeente", None),  # a plain attribute: read by attribute_key, not here
])
def test_keyed_attribute_line(line, expected):
    assert keyed_attributes(line) == expected


def test_bold_run_in_headings_start_paragraphs_and_are_not_text(tmp_path, backend):
    """A bod letter: each afspraak a paragraph opening with a bold run-in heading ("Nieuwbouw."), the paragraphs
    spaced only a little further apart than their lines, a closing paragraph after them."""
    letter = ParagraphStyle("l", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=2)
    leads = ["Nieuwbouw.", "Verkoop van woningen.", "Isolatie.", "Bewonersavonden."]
    closing = ("Wij zien uit naar een open gesprek over de keuzes die daarbij moeten worden gemaakt, en danken u "
               "voor de goede samenwerking in het afgelopen jaar.")
    story = [Paragraph("Bod 2025 op de woonvisie", HEAD), Paragraph("Geacht college,", letter),
             Paragraph("Wonen en duurzaamheid", TITLE)]
    story += [Paragraph(f"<b>{lead}</b> {text}", letter) for lead, text in zip(leads, TEXTS, strict=True)]
    story += [Paragraph(closing, letter), Paragraph("Met vriendelijke groet,", letter)]
    doc = run.extract(build(tmp_path / "bod.pdf", story), parse={"backend": backend}, model=None)
    texts = [a.text for a in doc.afspraken]
    assert texts[:4] == TEXTS  # no lead-in in the text, the closing paragraph not joined to the last
    assert not any(lead in text for lead in leads for text in texts)


def test_bold_run_in_labels_ending_in_a_colon_mark_the_afspraken_of_a_bod(tmp_path, backend):
    """A bod letter whose bids each open with a bold label and a colon ("Middenhuur: Wij bouwen ..."): the label is
    no part of the text, a labelled bid without an actor in front still counts ("Huurders met een achterstand
    krijgen ..."), and the unlabelled introduction of a theme is context even where it says "wij"."""
    letter = ParagraphStyle("l", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=4)
    bids = [("Middenhuur:", "Wij bouwen in de Spoorzone 20 middenhuurwoningen voor huishoudens met een "
                            "middeninkomen, onder voorbehoud van een sluitende businesscase."),
            ("Koop voor zittende huurders:", "Wij bieden zittende huurders van eengezinswoningen jaarlijks de "
                                             "mogelijkheid om hun woning met korting te kopen."),
            ("Betalingsregelingen:", "Huurders met een betalingsachterstand krijgen altijd een passende "
                                     "betalingsregeling aangeboden voordat een incassobureau wordt ingeschakeld."),
            ("Isolatie:", "Wij verduurzamen in 2025 en 2026 in totaal 400 woningen naar ten minste label B.")]
    intro = ("Met de Nationale Prestatieafspraken hebben corporaties zich verbonden aan het uitfaseren van slechte "
             "labels. Wij liggen op koers, maar de investeringen drukken zwaar op onze financiële ruimte.")
    story = [Paragraph("Bod 2025 op de woonvisie", HEAD), Paragraph("Geacht college,", letter),
             Paragraph("Wonen en duurzaamheid", TITLE), Paragraph(intro, letter)]
    story += [Paragraph(f"<b>{label}</b> {text}", letter) for label, text in bids]
    story += [Paragraph("Met vriendelijke groet,", letter)]
    doc = run.extract(build(tmp_path / "bod.pdf", story), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [text for _, text in bids]
