"""Labelled afspraak blocks without rules: a bold "Afspraak N" on its own line, then label lines "Wat:", "Wie:",
"Wanneer:" and "Hoe meten we dit:" with their values beside them. The number is the one on the label line; the
labels the lexicon names (labels.yaml `attribute_names`) go to the attributes under their name. Made with
reportlab, on both parse backends."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline import run
from pipeline.attributes import attribute_name

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
BOLD = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=10, leading=13)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
BLOCKS = [  # (number, text, who, when, indicator, new)
    ("4", "De gemeente brengt uiterlijk eind 2025 twee nieuwe locaties in voor sociale woningbouw en voert per "
          "locatie een haalbaarheidstoets uit.", "Gemeente", "Eind 2025", "Aantal ingebrachte locaties", False),
    ("5", "De corporaties isoleren in 2025 ten minste 140 woningen met een energielabel E, F of G tot minimaal "
          "label B, zonder huurverhoging.", "Corporaties", "2025", None, True),
    ("6", "Partijen organiseren twee keer per jaar een bewonersavond in elke wijk waar woningen aardgasvrij "
          "worden gemaakt.", "Alle partijen", "Halfjaarlijks", "Aantal bewonersavonden per wijk", False),
]


def build(path: Path, flowables: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flowables)
    return path


def labelled_block(number, text, who, when, indicator, new) -> list:
    rows = [("Wat:", text), ("Wie:", who), ("Wanneer:", when)] + ([("Hoe meten we dit:", indicator)] if indicator
                                                                  else [])
    grid = Table([[Paragraph(label, BOLD), Paragraph(value, BODY)] for label, value in rows], colWidths=[110, 340])
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Paragraph(f"Afspraak {number}" + (" (nieuw)" if new else ""), BOLD), grid, Spacer(1, 14)]


def test_number_on_its_own_label_line_and_indicator_label_in_unruled_blocks(tmp_path, backend):
    flow = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("2 Beschikbaar en betaalbaar wonen", HEAD),
            Paragraph("De woningmarkt in de gemeente staat onder druk; partijen maken daarom de volgende afspraken.",
                      BODY), Spacer(1, 10)]
    for fields in BLOCKS:
        flow += labelled_block(*fields)
    doc = run.extract(build(tmp_path / "b.pdf", flow), parse={"backend": backend}, model=None)
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] == [b[:4] for b in BLOCKS]
    assert [a.attributes for a in doc.afspraken] == [{"indicator": b[4]} if b[4] else None for b in BLOCKS]


def test_number_on_its_own_label_line_over_plain_label_lines(tmp_path, backend):
    flow = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Duurzaamheid", HEAD)]
    for number, text, who, when, indicator, _new in BLOCKS:
        flow += [Paragraph(f"Afspraak {number}", BOLD), Spacer(1, 4), Paragraph(f"<b>Wat:</b> {text}", BODY),
                 Paragraph(f"<b>Wie:</b> {who}", BODY), Paragraph(f"<b>Wanneer:</b> {when}", BODY)]
        flow += [Paragraph(f"<b>Meetbaar resultaat:</b> {indicator}", BODY)] if indicator else []
        flow += [Spacer(1, 14)]
    doc = run.extract(build(tmp_path / "p.pdf", flow), parse={"backend": backend}, model=None)
    # a label line numbers the paragraph under it and keeps its word, as "Maatregel 4" does (test_layout_label_lines)
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] \
        == [(f"Afspraak {b[0]}", *b[1:4]) for b in BLOCKS]
    assert [a.attributes for a in doc.afspraken] == [{"indicator": b[4]} if b[4] else None for b in BLOCKS]


def test_attribute_names_come_from_the_label_lexicon():
    assert attribute_name("Hoe meten we dit:") == "indicator"
    assert attribute_name("Meetbaar resultaat") == "indicator"
    assert attribute_name("Stand van zaken") == "stand_van_zaken"
    assert attribute_name("Relatie woonvisie") == "relatie_woonvisie"  # a label the lexicon does not name


BIDS = [  # (thema, bid, toelichting, relatie woonvisie)
    ("Betaalbaarheid", "Wij beperken de gemiddelde huurverhoging per 1 juli 2026 tot maximaal de inflatie.",
     "Zo blijven de woonlasten beheersbaar.", "Pijler 1, betaalbaar wonen"),
    ("Beschikbaarheid", "Wij realiseren in de periode 2026 tot en met 2029 ten minste 200 sociale huurwoningen.",
     "Twee plannen schuiven naar 2029.", "Pijler 2, woningbouwprogramma"),
    ("Duurzaamheid", "Wij isoleren in 2026 ten minste 220 woningen met een energielabel E, F of G tot label B.",
     "Volgens de routekaart verduurzaming.", "Pijler 3, energietransitie"),
]


def test_spreadsheet_bod_columns_after_the_number_are_attributes_by_their_names(tmp_path, backend):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import landscape

    small = ParagraphStyle("s", fontName="Helvetica", fontSize=8, leading=10)
    rows = [["Nr", "Thema", "Ons bod voor 2026", "Toelichting", "Relatie woonvisie"]]
    rows += [[str(i), thema, Paragraph(bid, small), Paragraph(why, small), Paragraph(link, small)]
             for i, (thema, bid, why, link) in enumerate(BIDS, 1)]
    table = Table(rows, colWidths=[30, 90, 300, 200, 140], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "bod.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Bod van Woonstichting Heiderade voor 2026", HEAD), Paragraph("2 Ons bod per thema", HEAD),
         table])
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [(str(i), b[1]) for i, b in enumerate(BIDS, 1)]
    assert [a.attributes for a in doc.afspraken] == [
        {"thema": thema, "toelichting": why, "relatie_woonvisie": link} for thema, _, why, link in BIDS]
