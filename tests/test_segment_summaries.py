"""Afspraken in letters: a letter to the raad (kennisgeving) that sums them up in a table of short sentences, and
the parts of a letter that commit no one (address, thanks, closing). PDFs made on the fly with reportlab, read by
both parse backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11, spaceAfter=4)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
ROWS = [
    ("Wonen", ["Woonstichting De Eik bouwt in 2026 ten minste 120 sociale huurwoningen.",
               "De gemeente stelt uiterlijk eind 2026 een nieuwe huisvestingsverordening vast.",
               "De Eik verkoopt in 2026 geen sociale huurwoningen."]),
    ("Duurzaamheid", ["De laatste 40 woningen met label E, F of G worden uiterlijk medio 2026 verbeterd.",
                      "De Eik isoleert in 2026 ten minste 300 woningen tot label B."]),
    ("Proces", ["Partijen stellen in 2026 kaderafspraken op voor de periode 2027-2030."]),
]


def _table(header: str) -> Table:
    rows = [[Paragraph("<b>Thema</b>", CELL), Paragraph(f"<b>{header}</b>", CELL)]]
    rows += [[Paragraph(thema, CELL), [Paragraph(s, CELL) for s in sentences]] for thema, sentences in ROWS]
    table = Table(rows, colWidths=[90, 360])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def test_a_kennisgeving_table_of_afspraken_gives_one_afspraak_per_sentence_of_a_cell(tmp_path: Path, backend):
    path = tmp_path / "rib.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Gemeente Eikenrode", HEAD), Paragraph("Raadsinformatiebrief", HEAD),
        Paragraph("Geachte leden van de raad,", BODY),
        Paragraph("Met deze brief informeren wij u over de prestatieafspraken voor 2026, die de gemeente, "
                  "Woonstichting De Eik en Huurdersvereniging Eikenrode op 9 december 2025 hebben ondertekend.", BODY),
        Paragraph("Belangrijkste afspraken", HEAD), _table("Belangrijkste afspraken"),
        Paragraph("Met vriendelijke groet,", BODY),
    ])
    doc = run.extract(path, model=None, parse={"backend": backend})
    assert doc.meta.type == "kennisgeving"
    assert [a.text for a in doc.afspraken] == [s for _, sentences in ROWS for s in sentences]
    assert {a.number for a in doc.afspraken} == {None}
    assert doc.afspraken[3].section.endswith("Duurzaamheid")


def test_a_cell_of_several_sentences_in_an_agreement_table_stays_one_afspraak(tmp_path: Path, backend):
    path = tmp_path / "pa.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Prestatieafspraken Eikenrode 2026", HEAD), Paragraph("Afspraken per thema", HEAD),
        _table("Afspraken"),
    ])
    doc = run.extract(path, model=None, parse={"backend": backend})
    assert [a.text for a in doc.afspraken] == [" ".join(sentences) for _, sentences in ROWS]


BIDS = [
    "Wij bouwen in de periode 2026-2029 ten minste 160 sociale huurwoningen in Eikenrode.",
    "Wij verkopen in 2026 niet meer dan 12 woningen uit onze sociale voorraad, uitsluitend bij mutatie.",
    "Wij beginnen een renovatie met verduurzaming pas als ten minste 70% van de huurders heeft ingestemd, en "
    "stellen het sociaal plan op met de betrokken huurdersorganisatie.",
    "Wij trekken in 2026 een leefbaarheidsbudget uit van € 165 per woning, binnen de wettelijke grens.",
]


def test_a_bod_letter_reads_its_bids_and_not_its_address_thanks_or_closing(tmp_path: Path, backend):
    path = tmp_path / "bod.pdf"
    leads = ["Nieuwbouw.", "Verkoop.", "Renovatie.", "Leefbaarheid."]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Woonstichting De Eik", HEAD),
        Paragraph("Aan het college van burgemeester en wethouders van de gemeente Eikenrode Postbus 200 "
                  "5430 AE Eikenrode", BODY),
        Paragraph("Onderwerp: bod 2026 op de woonvisie", BODY),
        Paragraph("Geacht college,", BODY),
        Paragraph("Wij danken u voor de constructieve samenwerking in het afgelopen jaar. In 2025 hebben wij 52 "
                  "sociale huurwoningen opgeleverd.", BODY),
        Paragraph("Ons bod", HEAD),
        *[Paragraph(f"<b>{lead}</b> {bid}", BODY) for lead, bid in zip(leads, BIDS, strict=True)],
        Paragraph("Wij realiseren ons dat niet alle wensen uit de woonvisie binnen onze mogelijkheden passen. Wij "
                  "gaan graag met u in gesprek over de keuzes en zien uit naar een zorgvuldig proces.", BODY),
        Paragraph("Met vriendelijke groet,", BODY),
    ])
    doc = run.extract(path, model=None, parse={"backend": backend})
    assert [a.text for a in doc.afspraken] == BIDS


@pytest.mark.parametrize("text, commits", [
    ("Aan het college van burgemeester en wethouders van de gemeente Ruwaarde Postbus 200", False),
    ("Wij danken u voor de constructieve samenwerking in het afgelopen jaar.", False),
    ("Wij zien uit naar een goed gesprek met u en met de huurdersorganisaties over dit bod.", False),
    ("Met deze brief informeren wij u over de prestatieafspraken voor 2026.", False),
    ("Wij beginnen een renovatie pas als ten minste 70% van de huurders heeft ingestemd.", True),
    ("De corporaties leveren in 2026 40 woningen op, mits de vergunning is verleend.", True),
    ("In 2024 hebben wij 52 sociale huurwoningen opgeleverd en 168 woningen verbeterd.", False),
])
def test_a_letters_courtesy_is_no_commitment_and_a_conditional_bid_is(text: str, commits: bool):
    from pipeline.commitment import looks_like_commitment

    assert looks_like_commitment(text, ("Woonstichting Kempwaard",)) is commits


def test_a_summary_cell_splits_at_sentences_but_not_at_abbreviations_or_a_sentence_that_points_back():
    from pipeline.cells import cell_sentences

    cell = ("De Eik isoleert o.a. in Noord 300 woningen tot label B. Dit gebeurt in overleg met mr. C.E. Jansen. "
            "De gemeente verhoogt het budget tot € 1.200 per jaar.")
    assert [t for _, t in cell_sentences(cell).items] == [
        "De Eik isoleert o.a. in Noord 300 woningen tot label B. Dit gebeurt in overleg met mr. C.E. Jansen.",
        "De gemeente verhoogt het budget tot € 1.200 per jaar."]
    continued = cell_sentences("einde van de zin. De gemeente bouwt 40 woningen.", continued=True)
    assert continued.lead == "einde van de zin." and [t for _, t in continued.items] == [
        "De gemeente bouwt 40 woningen."]


@pytest.mark.parametrize(("lead", "as_heading"), [("Het college besluit:", False), ("Beslispunten", True),
                                                  ("De raad wordt gevraagd:", False)])
def test_the_numbered_decision_points_of_a_letter_to_the_raad_are_no_afspraken(tmp_path: Path, backend, lead,
                                                                                as_heading):
    """A raadsinformatiebrief lists the afspraken and ends with the college's decision points under "Het college
    besluit:" or a heading "Beslispunten" ("1. kennis te nemen van ..."): those decide about the letter itself."""
    afspraken = [s for _, sentences in ROWS for s in sentences]
    decisions = ["de raad met deze raadsinformatiebrief te informeren over de jaarschijf 2026 van de afspraken;",
                 "de jaarschijf 2026 ter inzage te leggen bij de griffie en te publiceren op de website;",
                 "de wethouder Wonen te machtigen tot het voeren van het bestuurlijk overleg over 2027."]
    story = [Paragraph("Raadsinformatiebrief prestatieafspraken 2026", HEAD), Paragraph("Kernboodschap", HEAD),
             Paragraph("De belangrijkste afspraken voor 2026 zijn:", BODY)]
    story += [Paragraph(f"{i}. {text}", BODY) for i, text in enumerate(afspraken, 1)]
    story += [Paragraph("Vervolg", HEAD), Paragraph("De voortgang wordt in mei 2026 besproken.", BODY),
              Paragraph(lead, HEAD if as_heading else BODY)]
    story += [Paragraph(f"{i}. {text}", BODY) for i, text in enumerate(decisions, 1)]
    story += [Paragraph("Burgemeester en wethouders van Wolderhoven,", BODY)]
    path = tmp_path / "rib.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == afspraken
