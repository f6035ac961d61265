"""Issue #21: parties and year of a slide deck and of a bod letter, on PDFs made here and read by both backends.
A 16:9 deck names its parties on the title slide, on one line between dots ("Gemeente X · A Wonen · B Wonen ·
Huurdersraad X"), and again in a closing slide of signatories ("A Wonen E.M. (Esther) Valkema
directeur-bestuurder"); a bod letter signs off with its director and corporatie, and says what it is about in its
"Betreft" line ("bod op de woonvisie 2025"), so it is about 2025 though dated June 2024.
"""
from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from pipeline import run
from pipeline.meta import BOD_ON, party_line, signatories
from pipeline.types import Block

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=6)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=26, leading=30, spaceAfter=10)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=8)
AFSPRAKEN = [
    "Kwelder Wonen en Duinhof Wonen bouwen in 2025 samen ten minste 80 sociale huurwoningen in de Spoorzone.",
    "De gemeente stelt in 2025 een nieuwe huisvestingsverordening vast, na advies van de huurdersraad.",
    "Duinhof Wonen isoleert in 2025 ten minste 150 woningen tot minimaal label B, zonder huurverhoging.",
]


def test_slide_deck_parties_from_the_title_slide_line(tmp_path, backend):
    path = tmp_path / "deck.pdf"
    SimpleDocTemplate(str(path), pagesize=(960, 540), invariant=1).build([
        Paragraph("Prestatieafspraken 2025", TITLE), Paragraph("Samen werken aan wonen in Zeeveen", HEAD),
        Paragraph("Gemeente Zeeveen · Kwelder Wonen · Duinhof Wonen · Huurdersraad Zeeveen", BODY), PageBreak(),
        Paragraph("Wonen", HEAD), *[Paragraph(f"{i}. {t}", BODY) for i, t in enumerate(AFSPRAKEN, 1)], PageBreak(),
        Paragraph("Ondertekening", HEAD),
        Table([["Gemeente Zeeveen J.W. (Joost) Terpstra wethouder Wonen",
                "Kwelder Wonen E.M. (Esther) Valkema directeur-bestuurder"]], colWidths=[400, 400]),
    ])
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert set(doc.meta.corporaties) == {"Kwelder Wonen", "Duinhof Wonen"}
    assert doc.meta.gemeenten == ("Zeeveen",)


def test_bod_on_the_woonvisie_of_next_year_is_about_that_year(tmp_path, backend):
    path = tmp_path / "bod.pdf"
    SimpleDocTemplate(str(path), invariant=1).build([
        Paragraph("Aan het college van burgemeester en wethouders van de gemeente Zeeveen", BODY),
        Paragraph("Zeeveen, 27 juni 2024", BODY), Paragraph("Ons kenmerk: KW/2024-118", BODY),
        Paragraph("Betreft: bod op de woonvisie 2025", BODY), Paragraph("Geachte college,", BODY),
        *[Paragraph(t.replace("Kwelder Wonen en Duinhof Wonen", "Wij"), BODY) for t in AFSPRAKEN[:1]],
        Paragraph("Met vriendelijke groet,", BODY),
        Paragraph("E.M. (Esther) Valkema directeur-bestuurder Kwelder Wonen", BODY),
    ])
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert doc.meta.type == "bod"
    assert doc.meta.year == 2025
    assert doc.meta.corporaties == ("Kwelder Wonen",)


def test_signatories_name_their_organisation_before_or_after_them():
    def block(text: str, cells: tuple[str, ...] = ()) -> Block:
        return Block("table_row" if cells else "paragraph", text, 1, 0.0, 0.0, 10.0, cells=cells)

    assert signatories([block("E.M. (Esther) Valkema directeur-bestuurder Kwelder Wonen")]) == ["Kwelder Wonen"]
    assert signatories([block("x", ("Duinhof Wonen R. (Ronald) Bijlsma directeur-bestuurder", "",
                                    "Huurdersraad Zeeveen A. (Annet) de Graaf-Lunenburg voorzitter"))]) == [
        "Duinhof Wonen", "Huurdersraad Zeeveen"]
    assert signatories([block("De directeur-bestuurder van Kwelder Wonen stelt het bod vast.")]) == []


def test_a_table_header_row_is_no_line_of_parties():
    header = "Onderwerp | Gemeente | Woonstichting De Eik | Huurdersvereniging Samen"
    row = Block("table_row", header, 1, 0.0, 0.0, 0.0, cells=tuple(header.split(" | ")))
    assert party_line([row]) == []
    assert party_line([Block("paragraph", "Gemeente Zeeveen · Kwelder Wonen", 1, 0.0, 0.0, 10.0)]) == [
        "Gemeente Zeeveen", "Kwelder Wonen"]


@pytest.mark.parametrize(("text", "year"), [("Betreft: bod op de woonvisie 2025", 2025), ("Bod voor 2026", 2026),
                                            ("Bod op de Prestatieafspraken 2026.", 2026)])
def test_what_a_bod_answers_names_its_year(text, year):
    assert BOD_ON.search(text).group(1) == str(year)


def test_a_woonvisie_period_is_no_bod_year():
    assert BOD_ON.search("Betreft: bod op de woonvisie 2022-2027") is None
