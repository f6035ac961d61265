"""Two newspaper columns with the afspraak numbers in a margin beside each column, made here and read by both
parse backends.

A chapter page: a shaded kader of context across both columns at the top, a chapter heading lettered like the
numbers ("B Betaalbaar wonen", as large as the numbered "1 Inleiding" before it), and afspraken "B1", "B2", ...
whose number stands in the column's margin with the text indented beside it; the numbers of the right column
stand in the white between the columns.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from pipeline import run

WIDTH, HEIGHT = A4
LEFT, RIGHT = (56.7, 286.3), (301.0, 538.6)  # each column: where its numbers stand, where its text ends
INDENT = 36.0
TEXTS = [
    "Helmduin en Kwelderwonen voegen in de periode 2025 tot en met 2028 samen ten minste 340 sociale "
    "huurwoningen toe aan de voorraad in de gemeente.",
    "Kwelderwonen start in het tweede kwartaal van 2025 met de bouw van 48 sociale huurwoningen in het plan "
    "Zeereep-Oost en levert deze uiterlijk eind 2026 op.",
    "Helmduin transformeert het voormalige verzorgingshuis De Strandloper tot 64 zelfstandige huurwoningen voor "
    "senioren en jongeren.",
    "De gemeente neemt in elk nieuw woningbouwplan van meer dan twintig woningen een aandeel van ten minste 30% "
    "sociale huur op.",
    "De corporaties beperken de gemiddelde huurverhoging per 1 juli 2025 tot maximaal de inflatie over het "
    "voorgaande kalenderjaar.",
    "Bij het passend toewijzen van sociale huurwoningen hanteren de corporaties de door het Rijk geïndexeerde "
    "inkomensgrenzen.",
    "Helmduin verkoopt in 2025 maximaal 12 eengezinswoningen bij mutatie, uitsluitend in complexen waar het "
    "aandeel sociale huur boven de 60% ligt.",
    "Kwelderwonen liberaliseert in 2025 maximaal 10 sociale huurwoningen en verhuurt deze als middenhuurwoning "
    "aan huishoudens met een middeninkomen.",
    "De corporaties stellen in 2025 voldoende woningen beschikbaar om de door het Rijk opgelegde taakstelling "
    "van 38 vergunninghouders te realiseren.",
    "Ten minste 12% van de vrijkomende sociale huurwoningen wordt door de corporaties toegewezen aan "
    "woningzoekenden die uitstromen uit beschermd wonen.",
]
CONTEXT = ("Partijen willen dat er in Noorderzand voldoende betaalbare huurwoningen beschikbaar zijn, ook voor "
           "starters, senioren en mensen die een steuntje in de rug nodig hebben. Hieronder staan de afspraken.")
KADER = ("Volgens het woningbehoefteonderzoek uit 2022 is tot 2030 behoefte aan circa 1.150 extra woningen, "
         "waarvan ongeveer een derde in de sociale huur. In 2024 stonden 4.870 woningzoekenden ingeschreven, en "
         "de corporaties verhuurden 412 woningen.")


def _column(c: Canvas, column: tuple[float, float], y: float, items: list[tuple[str | None, str]]) -> float:
    """Write items (number or None for context, text) down one column from y; returns where it stopped."""
    x, end = column
    for number, text in items:
        indent = INDENT if number else 0.0
        lines = simpleSplit(text, "Helvetica", 10, end - x - indent)
        if number:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x, y, number)
        c.setFont("Helvetica", 10)
        for line in lines:
            c.drawString(x + indent, y, line)
            y -= 12.6
        y -= 6.0
    return y


def build(path: Path) -> Path:
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(62, 650, "Prestatieafspraken Noorderzand 2025")
    c.setFont("Helvetica", 11)
    for i, name in enumerate(("Gemeente Noorderzand", "Woonstichting Helmduin", "Kwelderwonen")):
        c.drawString(62, 600 - 15 * i, name)
    c.showPage()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(56.7, 780, "1 Inleiding")
    c.setFont("Helvetica", 10)
    for i, line in enumerate(simpleSplit(CONTEXT * 2, "Helvetica", 10, 480)):
        c.drawString(56.7, 760 - 12.6 * i, line)
    c.showPage()
    c.setFillColor(colors.HexColor("#E4ECEF"))
    c.rect(56.7, 700, 482, 70, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(66.7, 755, "Woningbouw in cijfers")
    c.setFont("Helvetica", 8.6)
    for i, line in enumerate(simpleSplit(KADER, "Helvetica", 8.6, 462)):
        c.drawString(66.7, 742 - 11 * i, line)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(56.7, 675, "B Betaalbaar en beschikbaar wonen")
    left = [(None, f"{CONTEXT} {CONTEXT}")] + [(f"B{i}", t) for i, t in enumerate(TEXTS[:5], 1)]
    _column(c, LEFT, 650, left)
    _column(c, RIGHT, 650, [(f"B{i}", t) for i, t in enumerate(TEXTS[5:], 6)])
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_margin_numbers_beside_the_right_column_stay_with_their_column(tmp_path, backend):
    doc = run.extract(build(tmp_path / "columns.pdf"), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == [f"B{i}" for i in range(1, 11)]
    assert [a.text for a in doc.afspraken] == TEXTS
    assert {a.section for a in doc.afspraken} == {"B Betaalbaar en beschikbaar wonen"}


def build_heading_beside(path: Path) -> Path:
    """Two chapters side by side: the right column's subheading "Afspraken" (bold, larger) stands on the same
    baseline as the first line of the left column's first afspraak."""
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(56.7, 780, "1 Inleiding")
    c.setFont("Helvetica", 10)
    for i, line in enumerate(simpleSplit(CONTEXT * 2, "Helvetica", 10, 480)):
        c.drawString(56.7, 760 - 12.6 * i, line)
    c.showPage()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(LEFT[0], 700, "L Leefbare wijken")
    c.drawString(RIGHT[0], 700, "S Samenwerking en proces")
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(RIGHT[0], 675, "Afspraken")
    _column(c, LEFT, 675, [(f"L{i}", t) for i, t in enumerate(TEXTS[:5], 1)])
    _column(c, RIGHT, 650, [(f"S{i}", t) for i, t in enumerate(TEXTS[5:] + TEXTS[:3], 1)])
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_heading_of_the_next_column_beside_an_afspraak_makes_no_table(tmp_path, backend):
    doc = run.extract(build_heading_beside(tmp_path / "beside.pdf"), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == [*(f"L{i}" for i in range(1, 6)), *(f"S{i}" for i in range(1, 9))]
    assert [a.text for a in doc.afspraken] == TEXTS + TEXTS[:3]


SHORT = [
    "Helmduin bouwt in 2025 ten minste 40 sociale huurwoningen.",
    "Kwelderwonen verkoopt in 2025 maximaal 12 woningen.",
    "De gemeente stelt in 2025 een nieuwe woonvisie vast.",
    "De corporaties isoleren in 2025 samen 200 woningen.",
    "Partijen houden twee keer per jaar een bestuurlijk overleg.",
    "Helmduin plaatst in 2025 zonnepanelen op 150 woningen.",
    "Kwelderwonen zet in twee wijken een wijkbeheerder in.",
    "De gemeente verhoogt het wijkbudget in 2025 tot € 60.000.",
    "De corporaties melden huurachterstand na twee maanden.",
    "Partijen evalueren de afspraken uiterlijk eind 2025.",
    "Helmduin maakt in 2025 ten minste 30 woningen rollatorgeschikt.",
    "De gemeente faciliteert in 2025 twee pilots met woningdelen.",
]


def build_sparse(path: Path) -> Path:
    """A sparse chapter page whose right column's numbers stand in the middle of the white between the columns,
    so that no band free of words is as wide as a gutter unless they are left out: the left column ends at 283,
    the numbers stand at 288 and the right column's text starts at 310."""
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(56.7, 780, "1 Inleiding")
    c.setFont("Helvetica", 10)
    for i, line in enumerate(simpleSplit(CONTEXT * 2, "Helvetica", 10, 480)):
        c.drawString(56.7, 760 - 12.6 * i, line)
    c.showPage()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(56.7, 700, "C Duurzaam en leefbaar")
    for column, items, first in (((56.7, 283.0), SHORT[:6], 1), ((288.0, 538.6), SHORT[6:], 7)):
        y = 675.0
        for i, text in enumerate(items, first):
            c.setFont("Helvetica-Bold", 9)
            c.drawString(column[0], y, f"C{i}")
            c.setFont("Helvetica", 10)
            for line in simpleSplit(text, "Helvetica", 10, column[1] - column[0] - 22):
                c.drawString(column[0] + 22, y, line)
                y -= 12.6
            y -= 6.0
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_several_margin_numbers_in_the_gutter_of_a_sparse_page_do_not_hide_the_column_split(tmp_path, backend):
    doc = run.extract(build_sparse(tmp_path / "sparse.pdf"), parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == [f"C{i}" for i in range(1, 13)]
    assert [a.text for a in doc.afspraken] == SHORT
