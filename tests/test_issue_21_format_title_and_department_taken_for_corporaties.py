"""The metadata of documents on a region's fill-in formats (issue #21; oudervaart in dev): the corporatie is
"Stichting Jaagpadwonen" as the document prints it, not "Jaagpadwonen" as its afspraken call it; the format's
title line ("Woonregio Vaartland - regionaal invulformat") and the gemeente's department that sends the bod format
("Gemeente Oudervaart - afdeling Wonen") are no corporaties; and an agreement that tells of the bod it started from
("Het bod van Jaagpadwonen vormde het vertrekpunt") is an agreement, as its title says, not a bod.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run

SMALL = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=12)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=4)
SUB = ParagraphStyle("u", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=9.8, leading=12.5, spaceAfter=5)
PRINTED = ParagraphStyle("p", fontName="Helvetica", fontSize=8.6, leading=11, spaceAfter=5)  # the format's own text

AFSPRAKEN = [
    "1. Ransvaart Wonen start in 2027 met de bouw van 32 sociale huurwoningen in het Sluiskwartier.",
    "2. Ransvaart Wonen isoleert in 2027 ten minste 90 woningen tot minimaal energielabel B.",
    "3. Gemeente en Ransvaart Wonen bespreken twee keer per jaar de voortgang in het tripartiete overleg.",
    "4. Gemeente en Ransvaart Wonen verkennen in 2027 de aansluiting van De Kolk op een warmtenet.",
    "5. Gemeente en Ransvaart Wonen maken in 2027 afspraken over de kosten van woningaanpassingen.",
]


def agreement(path: Path) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Woonregio Vaartland – regionaal invulformat", SMALL),
        Paragraph("Format prestatieafspraken 2027", TITLE),
        Paragraph("Gemeente Ransdal · Stichting Ransvaart Wonen · Huurdersvereniging De Trekvaart", SUB),
        Paragraph("Toelichting en terugblik", HEAD),
        Paragraph("In 2026 zijn 44 sociale huurwoningen opgeleverd. Het bod van Ransvaart Wonen van 26 juni 2026 "
                  "vormde het vertrekpunt voor deze afspraken.", BODY),
        Paragraph("Afspraken", HEAD),
        *(Paragraph(text, BODY) for text in AFSPRAKEN),
    ])
    return path


def bod(path: Path) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build([
        Paragraph("Gemeente Ransdal – afdeling Wonen", SMALL),
        Paragraph("Format bod 2027", TITLE),
        Paragraph("Overzicht voorgenomen werkzaamheden woningcorporatie 2027-2031", SUB),
        Paragraph("Deel 1 – Gegevens corporatie", HEAD),
        Paragraph("Naam corporatie: Stichting Ransvaart Wonen", PRINTED),
        Paragraph("Deel 2 – Vragen per thema", HEAD),
        Paragraph("Vraag 1.1 Hoeveel sociale huurwoningen voegt u toe?", PRINTED),
        Paragraph("Antwoord corporatie", SMALL),
        Paragraph("Ransvaart Wonen voegt in de periode 2027-2031 ten minste 190 sociale huurwoningen toe.", PRINTED),
    ])
    return path


def test_issue_21_an_agreement_on_a_format_is_one_of_the_corporatie_by_its_legal_name(tmp_path):
    doc = run.extract(agreement(tmp_path / "format.pdf"), model=None)
    assert doc.meta.type == "prestatieafspraken"
    assert doc.meta.corporaties == ("Stichting Ransvaart Wonen",)


def test_issue_21_the_department_sending_a_bod_format_is_no_corporatie(tmp_path):
    doc = run.extract(bod(tmp_path / "bod.pdf"), model=None)
    assert doc.meta.type == "bod"
    assert doc.meta.corporaties == ("Stichting Ransvaart Wonen",)
