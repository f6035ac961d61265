"""A legal prestatieovereenkomst (issue #21): parties under "De ondergetekenden:", a considerans, "Artikel N"
headings with numbered members and lettered sub-members, articles of definitions and term that hold no
afspraken, and articles with one party's obligations. Made on the fly with reportlab, on both parse backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14, spaceAfter=3)
SUB = ParagraphStyle("s", parent=BODY, leftIndent=20)
HEAD = ParagraphStyle("h", fontName="Times-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
TITLE = ParagraphStyle("t", fontName="Times-Bold", fontSize=15, leading=19, spaceAfter=6)

MEMBER_3_1 = ("De corporaties realiseren in 2025 gezamenlijk ten minste 140 nieuwe sociale huurwoningen in de "
              "gemeente, verdeeld als volgt:")
SUBS = ["Woonstichting De Kempkes: 60 woningen;", "Stichting Brugwonen: 50 woningen;", "Haverland Wonen: 30 woningen."]
MEMBER_3_2 = ("De corporaties wijzen ten minste 20% van de vrijkomende sociale huurwoningen toe aan jongeren tot "
              "28 jaar, met voorrang voor starters uit de gemeente.")
MEMBER_4_1 = ("De gemeente stelt vóór eind 2025 ten minste drie locaties voor de bouw van sociale huurwoningen "
              "beschikbaar tegen een sociale grondprijs.")
MEMBER_4_2 = ("De gemeente stelt per 1 januari 2025 een subsidie van € 12.500 beschikbaar aan de huurderskoepel "
              "ten behoeve van de ondersteuning van huurders.")
MEMBER_5_1 = ("De huurderskoepel raadpleegt in het voorjaar van 2025 haar achterban over de betaalbaarheid en "
              "deelt de uitkomsten met partijen.")


def legal_agreement(path: Path) -> Path:
    story = [
        Paragraph("Prestatieovereenkomst 2025", TITLE),
        Paragraph("De ondergetekenden:", BODY),
        Paragraph("1. de gemeente Velderhoek, rechtsgeldig vertegenwoordigd door de wethouder Wonen, handelend ter "
                  "uitvoering van het besluit van het college;", BODY),
        Paragraph("2. Woonstichting De Kempkes, gevestigd te Velderhoek, rechtsgeldig vertegenwoordigd door haar "
                  "directeur-bestuurder;", BODY),
        Paragraph("3. de vereniging Huurderskoepel Velderhoek, gevestigd te Velderhoek, rechtsgeldig "
                  "vertegenwoordigd door haar voorzitter;", BODY),
        Paragraph("hierna gezamenlijk te noemen: partijen;", BODY),
        Paragraph("Considerans", HEAD),
        Paragraph("overwegende dat:", BODY),
        Paragraph("a. de gemeenteraad de Woonvisie Velderhoek 2022-2030 heeft vastgesteld, waarin betaalbaarheid "
                  "voorop staat;", SUB),
        Paragraph("b. partijen hun afspraken voor 2025 in deze overeenkomst willen vastleggen;", SUB),
        Paragraph("Artikel 1 Begripsbepalingen", HEAD),
        Paragraph("In deze overeenkomst wordt verstaan onder:", BODY),
        Paragraph("a. DAEB-woning: een woning die behoort tot de diensten van algemeen economisch belang als "
                  "bedoeld in de Woningwet;", SUB),
        Paragraph("b. Doelgroep: huishoudens met een inkomen tot de inkomensgrens voor passend toewijzen, zoals "
                  "die jaarlijks door het Rijk wordt vastgesteld;", SUB),
        Paragraph("Artikel 2 Looptijd", HEAD),
        Paragraph("1. Deze overeenkomst treedt in werking op 1 januari 2025 en eindigt van rechtswege op 31 "
                  "december 2025.", BODY),
        Paragraph("2. De overeenkomst 2024 wordt met ingang van 1 januari 2025 ingetrokken en door deze "
                  "vervangen.", BODY),
        Paragraph("Artikel 3 Beschikbaarheid en nieuwbouw", HEAD),
        Paragraph("1. " + MEMBER_3_1, BODY),
        *[Paragraph(f"{letter}. {sub}", SUB) for letter, sub in zip("abc", SUBS, strict=True)],
        Paragraph("2. " + MEMBER_3_2, BODY),
        Paragraph("Artikel 4 Verplichtingen van de gemeente", HEAD),
        Paragraph("1. " + MEMBER_4_1, BODY),
        Paragraph("2. " + MEMBER_4_2, BODY),
        Paragraph("Artikel 5 Verplichtingen van de huurderskoepel", HEAD),
        Paragraph("1. " + MEMBER_5_1, BODY),
    ]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


@pytest.fixture(params=["pdfplumber", "pdfium"])
def doc(request, tmp_path):
    return run.extract(legal_agreement(tmp_path / "legal.pdf"), parse={"backend": request.param}, model=None)


def test_parties_considerans_definitions_and_term_are_no_afspraken(doc):
    assert [a.text for a in doc.afspraken] == [
        MEMBER_3_1 + " " + " ".join(f"{letter}. {sub}" for letter, sub in zip("abc", SUBS, strict=True)),
        MEMBER_3_2, MEMBER_4_1, MEMBER_4_2, MEMBER_5_1]


def test_lettered_sub_members_are_part_of_the_member(doc):
    assert [a.number for a in doc.afspraken] == ["1", "2", "1", "2", "1"]
    assert doc.afspraken[0].text.endswith("c. Haverland Wonen: 30 woningen.")


def test_an_article_of_one_partys_obligations_names_that_party(doc):
    assert [a.party for a in doc.afspraken] == [None, None, "Gemeente Velderhoek", "Gemeente Velderhoek",
                                                "Huurderskoepel Velderhoek"]
