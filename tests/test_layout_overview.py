"""Overview tables: an annex table repeating the afspraken by number gives them its fields, never new afspraken."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run
from pipeline.overview import number_key

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
TEXTS = [
    "Woonstichting De Eik bouwt in 2024 ten minste 120 sociale huurwoningen in de wijk Noord, waarvan de helft "
    "voor starters.",
    "De gemeente stelt een nieuwe huisvestingsverordening vast, na advies van de huurdersvereniging.",
    "De Eik isoleert alle 300 woningen in Zuid tot minimaal label B, zonder huurverhoging.",
    "Partijen organiseren een bewonersavond in elke wijk om de leefbaarheid te bespreken.",
]
SHORT = ["Nieuwbouw sociale huur", "Huisvestingsverordening", "Isolatie Zuid", "Bewonersavonden"]
WHO = ["De Eik", "gemeente", "De Eik", "partijen"]
WHEN = ["eind 2024", "Q3 2024", "2026", "jaarlijks"]


def build(path: Path, codes: list[str], header: list[str], body_when: str | None = None,
          table_codes: list[str] | None = None) -> Path:
    flow = [Paragraph("Prestatieafspraken 2024", HEAD), Paragraph("1 Wonen", HEAD)]
    for i, (code, text) in enumerate(zip(codes, TEXTS, strict=True)):
        flow.append(Paragraph(f"{code}. {text}", BODY))
        if i == 0 and body_when:
            flow.append(Paragraph(f"Wanneer: {body_when}", BODY))
    flow += [Paragraph("Bijlage 1 Overzicht van de afspraken", HEAD),
             Paragraph("De tabel geeft de afspraken in verkorte vorm weer.", BODY)]
    rows = [header] + [list(r) for r in zip(table_codes or codes, SHORT, WHO, WHEN, strict=True)]
    table = Table(rows, colWidths=[40, 220, 90, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([*flow, table])
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_overview_table_gives_afspraken_their_trekker_and_planning(tmp_path, backend):
    pdf = build(tmp_path / "o.pdf", ["A1", "A2", "B1", "P1"], ["Code", "Korte omschrijving", "Trekker", "Gereed"])
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["A1", "A2", "B1", "P1"]  # no row of the annex is an afspraak
    assert [a.text for a in doc.afspraken] == TEXTS  # nor does its shortened wording replace the text
    assert [a.trekker for a in doc.afspraken] == WHO
    assert [a.planning for a in doc.afspraken] == WHEN


def test_overview_table_does_not_override_a_field_printed_with_the_afspraak(tmp_path):
    pdf = build(tmp_path / "o.pdf", ["1", "2", "3", "4"], ["Nr", "Omschrijving", "Wie", "Planning"],
                body_when="1 juli 2024")
    doc = run.extract(pdf, model=None)
    assert len(doc.afspraken) == 4
    assert [a.planning for a in doc.afspraken] == ["1 juli 2024", *WHEN[1:]]
    assert [a.trekker for a in doc.afspraken] == WHO


def test_overview_table_whose_numbers_name_no_afspraak_gives_nothing(tmp_path):
    pdf = build(tmp_path / "o.pdf", ["1", "2", "3", "4"], ["Nr", "Project", "Eigenaar", "Wanneer"],
                table_codes=["P7", "P8", "P9", "3"])  # a project list of its own: one number matches by chance
    doc = run.extract(pdf, model=None)
    assert [a.number for a in doc.afspraken] == ["1", "2", "3", "4"]
    assert [(a.trekker, a.planning) for a in doc.afspraken] == [(None, None)] * 4


@pytest.mark.parametrize(("printed", "key"), [("C1", "c1"), ("C1.", "c1"), ("1.2", "1.2"), ("1.2.", "1.2"),
                                              ("12", "12"), ("3)", "3")])
def test_overview_number_key(printed, key):
    assert number_key(printed) == key


def test_zwaluwdijk_annex_overview_gives_planning_and_no_afspraken():
    doc = run.extract(Path(__file__).parent.parent / "corpus/challenge/dev/pdf/zwaluwdijk-2026.pdf", model=None)
    assert len(doc.afspraken) == 39
    by_number = {a.number: a for a in doc.afspraken}
    assert by_number["C1"].planning == "eind 2026" and by_number["C1"].text.startswith("De corporaties leveren")
    assert by_number["H3"].planning == "1 september 2026"  # its row printed on the annex's second page
    assert all(a.planning for a in doc.afspraken)
    assert not any(a.text == "Oplevering nieuwe sociale huurwoningen" for a in doc.afspraken)
