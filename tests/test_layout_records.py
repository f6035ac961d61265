"""Record tables ("afspraakkaarten"): a ruled table whose first column holds field labels is one afspraak, read
by its labels, never a row of afspraken each (`pipeline.records`). Made with reportlab, on both parse backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline import run
from pipeline.records import find_records, label_role
from pipeline.types import Block

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
LABEL = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=9, leading=12)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
CARDS = [  # (number, text, who, when, toelichting)
    ("3.1", "De corporaties isoleren in 2025 ten minste 140 woningen met een energielabel E, F of G tot minimaal "
            "label B, zonder huurverhoging voor de zittende huurders.", "Corporaties", "Eind 2025",
     "In 2024 werden 96 woningen verbeterd."),
    ("3.2", "De gemeente stelt vóór 1 juli 2025 een warmteplan vast voor de wijk Lindehof en betrekt de "
            "huurdersorganisaties bij de keuze van de warmtebron.", "Gemeente", "Vóór 1 juli 2025", None),
    ("3.3", "Partijen organiseren twee keer per jaar een bewonersavond in elke wijk waar woningen aardgasvrij "
            "worden gemaakt.", "Alle partijen", "Halfjaarlijks", "Zie ook de Transitievisie Warmte."),
]


def build(path: Path, flowables: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flowables)
    return path


def card(rows: list[tuple[str, str]]) -> Table:
    table = Table([[Paragraph(label, LABEL), Paragraph(value, BODY)] for label, value in rows],
                  colWidths=[75, 380])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                               ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#dbe4ee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def numbered_card(number, text, who, when, toelichting) -> Table:
    rows = [("Nr", number), ("Afspraak", text), ("Wie", who), ("Wanneer", when)]
    return card(rows + ([("Toelichting", toelichting)] if toelichting else []))


def test_afspraakkaarten_are_one_afspraak_each_read_by_their_labels(tmp_path, backend):
    flow = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Duurzaamheid", HEAD),
            Paragraph("De Nationale Prestatieafspraken vragen dat corporaties uiterlijk eind 2028 geen woningen met "
                      "een slecht label meer verhuren.", BODY), Spacer(1, 10)]
    for fields in CARDS:
        flow += [numbered_card(*fields), Spacer(1, 14)]
    doc = run.extract(build(tmp_path / "k.pdf", flow), parse={"backend": backend}, model=None)
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] == [c[:4] for c in CARDS]
    assert [a.attributes for a in doc.afspraken] == [{"toelichting": c[4]} if c[4] else None for c in CARDS]
    assert {a.section for a in doc.afspraken} == {"3 Duurzaamheid"}


def test_single_record_card_without_number_is_one_afspraak(tmp_path, backend):
    text = ("De gemeente en de corporaties stellen in 2025 samen een plan op voor 24 tijdelijke woningen voor "
            "spoedzoekers op de locatie Oude Haven.")
    flow = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("2 Wonen voor spoedzoekers", HEAD),
            card([("Omschrijving", text), ("Trekker", "Gemeente"), ("Gereed", "Medio 2025"),
                  ("Status:", "Loopt")])]
    doc = run.extract(build(tmp_path / "s.pdf", flow), parse={"backend": backend}, model=None)
    assert [(a.number, a.text, a.trekker, a.planning, a.attributes) for a in doc.afspraken] == \
        [(None, text, "Gemeente", "Medio 2025", {"status": "Loopt"})]


def test_card_with_label_value_pairs_side_by_side_and_spanning_cells(tmp_path, backend):
    flow = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Duurzaamheid", HEAD)]
    for number, text, who, when, _ in CARDS:
        table = Table([["Nr", number, "", ""], ["Afspraak", Paragraph(text, BODY), "", ""],
                       ["Wie", who, "Wanneer", when]], colWidths=[70, 160, 70, 160])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (1, 0), (3, 0)),
                                   ("SPAN", (1, 1), (3, 1))]))
        flow += [table, Spacer(1, 12)]
    doc = run.extract(build(tmp_path / "p.pdf", flow), parse={"backend": backend}, model=None)
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] == [c[:4] for c in CARDS]


def test_card_cut_by_a_page_break_stays_one_afspraak_on_its_first_page(tmp_path, backend):
    def running(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 810, "Prestatieafspraken Oosterdam 2025")
        canvas.drawString(280, 30, f"Pagina {doc.page}")

    flow = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Duurzaamheid", HEAD), Spacer(1, 560)]
    for fields in CARDS:
        flow += [numbered_card(*fields), Spacer(1, 14)]
    pdf = tmp_path / "c.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build(flow, onFirstPage=running, onLaterPages=running)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] == [c[:4] for c in CARDS]
    assert [(a.page, a.end_page) for a in doc.afspraken] == [(1, 2), (2, 2), (2, 2)]
    assert doc.afspraken[0].attributes == {"toelichting": CARDS[0][4]}


@pytest.mark.parametrize("where", ["title row", "label cell"])
def test_card_number_in_a_title_row_or_in_the_label_of_its_text(tmp_path, backend, where):
    flow = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Duurzaamheid", HEAD)]
    for number, text, who, when, _ in CARDS:
        if where == "title row":
            rows = [[f"Afspraak {number}: Verduurzaming", ""], ["Omschrijving", Paragraph(text, BODY)]]
        else:
            rows = [[f"Actie {number}", Paragraph(text, BODY)]]
        table = Table(rows + [["Trekker", who], ["Gereed", when]], colWidths=[90, 370])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 0), (1, 0))]
                                  if where == "title row" else [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        flow += [table, Spacer(1, 12)]
    doc = run.extract(build(tmp_path / "n.pdf", flow), parse={"backend": backend}, model=None)
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] == [c[:4] for c in CARDS]


@pytest.mark.parametrize("drawn", ["shaded labels only", "outer box only", "row lines only", "no lines"])
def test_card_drawn_without_inner_rules_is_read_as_a_card(tmp_path, backend, drawn):
    style = {"shaded labels only": [("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#dbe4ee"))],
             "outer box only": [("BOX", (0, 0), (-1, -1), 0.9, colors.black)],
             "row lines only": [("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)],
             "no lines": []}[drawn]
    flow = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Duurzaamheid", HEAD),
            Paragraph("De corporaties werken aan de verduurzaming van hun bezit, zoals de woonvisie vraagt.", BODY),
            Spacer(1, 8)]
    for number, text, who, when, toelichting in CARDS:
        rows = [("Nr", number), ("Afspraak", text), ("Wie", who), ("Wanneer", when)]
        rows += [("Toelichting", toelichting)] if toelichting else []
        table = Table([[Paragraph(a, LABEL), Paragraph(b, BODY)] for a, b in rows], colWidths=[75, 380])
        table.setStyle(TableStyle([*style, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        flow += [table, Spacer(1, 14)]
    doc = run.extract(build(tmp_path / "u.pdf", flow), parse={"backend": backend}, model=None)
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] == [c[:4] for c in CARDS]
    assert [a.attributes for a in doc.afspraken] == [{"toelichting": c[4]} if c[4] else None for c in CARDS]


def test_two_column_theme_table_keeps_its_reading(tmp_path, backend):
    first, second = CARDS[0][1], CARDS[1][1]
    table = Table([["Thema", "Afspraken"],
                   [Paragraph("Duurzaamheid", BODY), Paragraph(f"1. {first} 2. {second}", BODY)]],
                  colWidths=[90, 370])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    flow = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Afspraken", HEAD), table]
    doc = run.extract(build(tmp_path / "t.pdf", flow), parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [("1", first), ("2", second)]


def row(label: str, value: str, page: int = 1) -> Block:
    return Block("table_row", label, page, 70.0, 100.0, 10.0, cells=(label, value))


@pytest.mark.parametrize(("label", "role"), [("Nr", "number"), ("Nummer:", "number"), ("Afspraak", "text"),
                                             ("Maatregel", "text"), ("Wie", "trekker"), ("Eigenaar", "trekker"),
                                             ("Wanneer", "planning"), ("Termijn", "planning"),
                                             ("Toelichting", "attr:toelichting"), ("Budget", "attr:budget"),
                                             ("Thema", None), ("Sociale huurwoningen", None)])
def test_record_label_roles_come_from_the_lexicon(label, role):
    assert label_role(label) == role


def test_record_runs_split_at_a_repeated_field_and_need_text_and_another_known_field():
    blocks = [row("Nr", "1.1"), row("Afspraak", "De gemeente doet iets."), row("Wie", "Gemeente"),
              row("Afspraak", "De corporatie doet iets."), row("Wanneer", "2025"),
              Block("paragraph", "Kerncijfers.", 1, 70.0, 300.0, 10.0),
              row("Kengetal", "Stand 2025"), row("Wie", "Gemeente"),  # no text: no card
              row("Nr", "1.2"), row("Afspraak", "Partijen overleggen."), row("", "Twee keer per jaar.", 2),
              row("Gebied", "Noord", 2), row("Partners", "Wijkteam", 2), row("Sociale huurwoningen", "3.412", 2)]
    found = find_records(blocks)
    cards = {i: r for i, r in found.items() if r is not None}
    assert sorted(cards) == [0, 3, 8]
    assert [cards[0].number, cards[3].number, cards[8].number] == ["1.1", None, "1.2"]
    assert cards[8].text == "Partijen overleggen. Twee keer per jaar."
    assert cards[8].attributes == {"gebied": "Noord", "partners": "Wijkteam"}
    assert cards[8].end_page == 2
    assert not {5, 6, 7, 13} & found.keys()  # after the card: a table of its own


def test_numbered_label_rows_without_a_who_or_when_are_no_cards():
    """"Actie 1 | <text>", "Actie 2 | <text>": a two-column list of actions, read as such elsewhere."""
    assert find_records([row("Actie 1", "De gemeente doet iets."), row("Actie 2", "De corporatie doet iets.")]) == {}
