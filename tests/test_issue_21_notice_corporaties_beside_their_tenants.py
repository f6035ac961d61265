"""Issue #21: a council notice that names who signed as "de gemeente, Woonstichting ..., <name> Wonen, Woongoed
<name> en hun huurdersorganisaties" kept only the corporatie with a type word: the tenants named by a possessive
("hun", "haar") were no role item of the enumeration, so the names without a type word were never read."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
ITEMS = ["De corporaties leveren in 2027 samen ten minste 90 sociale huurwoningen op.",
         "De gemiddelde huurverhoging per 1 juli 2027 blijft onder de inflatie.",
         "De corporaties besteden samen ten minste € 80.000 per jaar aan leefbaarheid in de wijken."]


def notice_pdf(path: Path) -> Path:
    flow = [Paragraph("Gemeente Berkendal", HEAD),
            Paragraph("Aan de leden van de gemeenteraad van Berkendal", BODY),
            Paragraph("Geachte leden van de raad,", BODY),
            Paragraph("Hierbij informeren wij u dat op 14 december 2026 de prestatieafspraken voor 2027 zijn "
                      "ondertekend door de gemeente, Woonstichting Het Anker, Berkendal Wonen, Woongoed Noordhoek en "
                      "hun huurdersorganisaties. De volledige afsprakenlijst treft u aan als bijlage.", BODY),
            Paragraph("Belangrijkste afspraken voor 2027", HEAD),
            ListFlowable([ListItem(Paragraph(t, BODY)) for t in ITEMS], bulletType="bullet"),
            Paragraph("Met vriendelijke groet, burgemeester en wethouders van Berkendal", BODY)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


def test_issue_21_notice_corporaties_named_beside_their_tenants(tmp_path):
    doc = run.extract(notice_pdf(tmp_path / "notice.pdf"), model=None)
    assert doc.meta.corporaties == ("Woonstichting Het Anker", "Berkendal Wonen", "Woongoed Noordhoek")
