"""A bod is a letter of one corporatie: another corporatie it is copied to ("Kopie aan: ...") and names as a partner
in its text ("samen met u, Lindeveen Wonen en de huurdersvereniging") does not send it and is none of its
corporaties. On a PDF made here, read by both parse backends, and on the dev bod that showed it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from pipeline import run

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=8)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=26, spaceAfter=8)
HEAD = ParagraphStyle("h", fontName="Times-Bold", fontSize=13, leading=17, spaceBefore=8, spaceAfter=6)
DEV = Path(__file__).resolve().parents[1] / "corpus" / "challenge" / "dev" / "pdf"


def bod_letter(path: Path) -> Path:
    bids = ["Wij bouwen in 2026 ten minste 40 sociale huurwoningen in het plan Beekweide.",
            "Wij isoleren in 2026 ten minste 120 woningen naar ten minste label B.",
            "Wij houden de gemiddelde huurverhoging per 1 juli 2026 gelijk aan de inflatie."]
    story = [Paragraph("Woonstichting De Linde", TITLE),
             Paragraph("Aan het college van burgemeester en wethouders van de gemeente Lindeveen", BODY),
             Paragraph("Postbus 100, 1234 AB Lindeveen", BODY), Spacer(1, 9),
             Paragraph("Lindeveen, 24 juni 2025", BODY),
             Paragraph("Onderwerp: bod op de Woonvisie Lindeveen voor 2026", BODY),
             Paragraph("Kopie aan: Huurdersvereniging Lindeveen, Lindeveen Wonen", BODY), Spacer(1, 9),
             Paragraph("Geacht college,", BODY),
             Paragraph("Hierbij ontvangt u ons bod voor 2026. Wij willen in het najaar samen met u, Lindeveen Wonen "
                       "en de Huurdersvereniging Lindeveen tot prestatieafspraken komen.", BODY),
             Paragraph("Onze financiële ruimte is beperkt: de rentelasten stegen en de huurinkomsten groeiden minder "
                       "hard dan de kosten van onderhoud en nieuwbouw. Wij maken daarom scherpe keuzes en investeren "
                       "vooral daar waar de nood het hoogst is, in betaalbare woningen en in de verduurzaming van "
                       "onze oudste complexen.", BODY),
             Paragraph("In de woonvisie vraagt de gemeente om meer betaalbare woningen, om versnelling van de "
                       "energietransitie en om extra aandacht voor kwetsbare huurders. Wij onderschrijven die opgaven "
                       "en vertalen ze hieronder naar concrete werkzaamheden, die wij met de huurders hebben "
                       "besproken en die passen binnen de financiële kaders die onze toezichthouders stellen.", BODY),
             Paragraph("Ons bod voor 2026", HEAD),
             *[Paragraph(f"{i}. {t}", BODY) for i, t in enumerate(bids, 1)],
             Paragraph("Met vriendelijke groet,", BODY),
             Paragraph("directeur-bestuurder Woonstichting De Linde", BODY)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


def test_bod_copied_to_another_corporatie_took_it_for_a_sender(tmp_path, backend):
    doc = run.extract(bod_letter(tmp_path / "bod.pdf"), parse={"backend": backend}, model=None)
    assert doc.meta.type == "bod"
    assert doc.meta.corporaties == ("Woonstichting De Linde",)


def test_dev_bod_copied_to_the_other_corporatie():
    doc = run.extract(DEV / "vossenhage-bod-2026.pdf", model=None)
    assert doc.meta.corporaties == ("Woonstichting Hagewaard",)
