"""Issue #21: a raadsvoorstel that informs the council of the new afspraken lists the most important ones ("Kern van de
afspraken") and then argues for its decision under "Argumenten", numbered by beslispunt as titled paragraphs ("1.1 De
afspraken dragen bij aan de woonvisie", "1.2 ...") and "Kanttekeningen". The argumenten were read as afspraken, and
the proposal's mention of the corporatie's "bod op de woonvisie" made it a bod."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
ARGUMENT = ParagraphStyle("a", parent=BODY, leftIndent=24)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=24, leading=28, spaceAfter=12)
AFSPRAKEN = [
    "Woonstichting Veldhof realiseert in 2026 ten minste 40 sociale huurwoningen in het plan De Akkers.",
    "Woonstichting Veldhof isoleert in 2026 ten minste 150 woningen tot het niveau van de standaard.",
    "De gemeente zet in 2026 energiecoaches in die huurders op verzoek kosteloos bezoeken.",
]
ARGUMENTEN = {
    "De afspraken dragen bij aan de woonvisie": "De woonvisie vraagt om meer sociale huurwoningen. Met de nieuwbouw "
                                                "in De Akkers groeit de sociale voorraad.",
    "De huurders zijn gelijkwaardig betrokken": "Huurdersvereniging Heidebroek heeft vanaf het begin aan tafel "
                                                "gezeten.",
    "De raad kan de voortgang volgen": "Het college informeert de raad voortaan twee keer per jaar over de voortgang "
                                       "van de prestatieafspraken.",
}


def test_issue_21_a_raadsvoorstels_argumenten_are_no_afspraken(tmp_path):
    header = Table([["Onderwerp", "Prestatieafspraken 2026 met Woonstichting Veldhof"],
                    ["Portefeuillehouder", "Wethouder A. de Boer"], ["Zaaknummer", "Z/25/10233"]],
                   colWidths=[120, 330])
    header.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    pdf = tmp_path / "raadsvoorstel.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build([
        Paragraph("Gemeente Heidebroek", HEAD), Paragraph("Raadsvoorstel", TITLE), header,
        Paragraph("Inleiding", HEAD),
        Paragraph("Woonstichting Veldhof heeft op 26 juni 2025 haar bod op de woonvisie uitgebracht.", BODY),
        Paragraph("Kern van de afspraken", HEAD),
        Paragraph("De belangrijkste afspraken voor 2026 zijn de volgende:", BODY),
        *[Paragraph(f"{k}. {text}", BODY) for k, text in enumerate(AFSPRAKEN, 1)],
        Paragraph("Argumenten", HEAD),
        *[p for k, (title, text) in enumerate(ARGUMENTEN.items(), 1)
          for p in (Paragraph(f"<b>1.{k} {title}</b>", BODY), Paragraph(text, ARGUMENT))],
        Paragraph("Kanttekeningen", HEAD),
        Paragraph("De financiële ruimte van Woonstichting Veldhof na 2027 is beperkt.", BODY),
    ])
    doc = run.extract(pdf, model=None)
    assert doc.meta.type == "kennisgeving"
    assert doc.meta.corporaties == ("Woonstichting Veldhof",)
    assert [a.text for a in doc.afspraken] == AFSPRAKEN
