"""Issue #21: afspraken laid out as borderless table rows whose cells are centred vertically: the number in its
narrow margin column stands beside a middle line of the afspraak, not its first. The number opened an item
halfway through the afspraak, and the lines above it were read into the afspraak before. A number beside the
middle of a row set apart from the rows around it belongs to the row's first line; a number at the top of its
row, or rows set without space between them, stay as they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14)
NUMBER = ParagraphStyle("n", fontName="Helvetica-Bold", fontSize=8, leading=14, textColor=colors.HexColor("#555555"))
H1 = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8)

AFSPRAKEN = [
    ("A-1", "De corporatie renoveert in 2025 en 2026 de 96 woningen van complex Akkerhof, zodat alle woningen "
            "uiterlijk eind 2026 minimaal energielabel B hebben."),
    ("A-2", "De corporatie neemt iedere melding van vocht of schimmel binnen vijf werkdagen in behandeling."),
    ("A-3", "De gemeente onderzoekt in 2025 of de wijk kan worden aangesloten op het warmtenet dat vanuit het "
            "bedrijventerrein wordt aangelegd, waarbij de gemeente de kosten en baten van de aansluiting per complex "
            "in kaart brengt en met de huurders bespreekt voordat een besluit wordt genomen over de aansluiting."),
    ("A-4", "Partijen bespreken de voortgang van alle wijkafspraken twee keer per jaar in het bestuurlijk overleg, "
            "in mei en in november, op basis van een monitor die de corporaties samen opstellen en die zij vooraf "
            "met de huurdersorganisatie bespreken."),
    ("A-5", "De gemeente legt in 2025 bij ten minste drie complexen wadi's en groene bergingszones aan, zodat "
            "regenwater beter kan infiltreren en de wijk bij hevige buien minder last heeft van wateroverlast op "
            "straat en in de kelders van de portiekflats, en zij betrekt de bewoners vroegtijdig bij het ontwerp "
            "van de groene zones."),
]


def _build(path: Path, valign: str, padding: float, one_table: bool) -> Path:
    story = [Paragraph("1 Wijkafspraken De Weide", H1), Paragraph("Partijen spreken het volgende af:", BODY)]
    style = TableStyle([("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), padding), ("BOTTOMPADDING", (0, 0), (-1, -1), padding)])
    rows = [[Paragraph(number, NUMBER), Paragraph(text, BODY)] for number, text in AFSPRAKEN]
    tables = [Table(rows, colWidths=[18 * mm, 150 * mm])] if one_table \
        else [Table([row], colWidths=[18 * mm, 150 * mm]) for row in rows]
    for table in tables:
        table.setStyle(style)
    story += tables
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("one_table", [False, True], ids=["row_tables", "one_table"])
def test_numbers_centred_beside_their_afspraak_opened_it_halfway(tmp_path, backend, one_table):
    path = _build(tmp_path / "centred.pdf", "MIDDLE", 3, one_table)
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == AFSPRAKEN


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("padding", [0, 3])
def test_numbers_at_the_top_of_their_rows_stay(tmp_path, backend, padding):
    path = _build(tmp_path / "top.pdf", "TOP", padding, True)
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == AFSPRAKEN
