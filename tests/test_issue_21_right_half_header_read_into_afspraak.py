"""Issue #21: a brochure published as spreads (two A4 pages side by side on one A3 sheet), the right half's small
running header naming the chapter open there. An afspraak running from the foot of the left half onto the top of
the right half took that header into its text: the header changes from spread to spread, so it does not repeat,
and small print atop a page was only taken for a header as the page's first line, never as the first line of the
right half read after the whole left half. Each half's top line is now judged as the top of a page."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph

from pipeline import run

W, H = landscape(A3)
HW = W / 2
OUTER, INNER, TOP, BOT = 56, 44, 70, 60
BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=32, bulletIndent=0)
H1 = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=19, leading=24, spaceBefore=10, spaceAfter=10)
# the chapter open at the top of each right half: a different one on every spread
RIGHT_HEADERS = {2: "Betaalbaar en beschikbaar wonen", 3: "Duurzaam en klimaatbestendig", 4: "Prettig wonen in de wijk"}
ITEMS = [
    "Wielerhof realiseert in de Kanaalzone 64 sociale huurwoningen; de eerste woningen worden uiterlijk eind 2026 "
    "opgeleverd en de overige woningen volgen in het jaar daarna, zodra de gemeente het bestemmingsplan voor het "
    "tweede deel van de Kanaalzone heeft vastgesteld.",
    "Wielerhof onderzoekt bij elk groot onderhoudsproject de mogelijkheden voor groene daken, het afkoppelen van "
    "regenwater en het tegengaan van hittestress in de buurt rond het complex, en legt de uitkomst per project "
    "vast in het projectplan dat zij met de bewonerscommissie bespreekt.",
    "De gemeente en Wielerhof stellen uiterlijk eind 2025 een wijkuitvoeringsplan op voor het aardgasvrij maken "
    "van de wijk Oostbroek en bespreken dat plan vooraf met de bewoners in ten minste twee bijeenkomsten in de "
    "wijk, waarvan een in het buurthuis aan de Oostbroekweg.",
    "Wielerhof besteedt in 2025 ten minste € 140.000 aan leefbaarheid in de buurten waar zij woningen bezit, "
    "in overleg met de bewonerscommissies en het wijkteam, en zij legt in het jaarverslag per buurt verantwoording "
    "af over de besteding van dat budget.",
    "Partijen bespreken de voortgang van alle afspraken twee keer per jaar in het bestuurlijk overleg, in mei en in "
    "november, op basis van een monitor die Wielerhof opstelt en die zij vooraf met De Dassenburcht bespreekt; "
    "afspraken die achterlopen krijgen daarbij een plan van aanpak met een nieuwe termijn, en de gemeente meldt de "
    "uitkomst van elk overleg binnen een maand aan de gemeenteraad.",
]

INTRO = ("Voor u ligt de brochure met de afspraken die de gemeente, Wielerhof en De Dassenburcht voor 2025 hebben "
         "gemaakt, per onderwerp bij elkaar gezet.")


def _furniture(c, doc) -> None:
    if doc.page == 1:
        return
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.drawString(OUTER, H - 40, "Prestatieafspraken Dassenwiel 2025")
    c.drawRightString(W - OUTER, H - 40, RIGHT_HEADERS[doc.page])
    c.drawString(OUTER, 36, str(2 * doc.page - 2))
    c.drawRightString(W - OUTER, 36, str(2 * doc.page - 1))
    c.restoreState()


def _build(path: Path) -> Path:
    doc = BaseDocTemplate(str(path), pagesize=(W, H), invariant=1)
    width = HW - INNER - OUTER
    halves = [Frame(OUTER, BOT, width, H - TOP - BOT, id="L", leftPadding=0, rightPadding=0, topPadding=0,
                    bottomPadding=0),
              Frame(HW + INNER, BOT, width, H - TOP - BOT, id="R", leftPadding=0, rightPadding=0, topPadding=0,
                    bottomPadding=0)]
    doc.addPageTemplates([PageTemplate("cover", [Frame(HW + 70, 90, HW - 140, H - 180)], onPage=_furniture),
                          PageTemplate("spread", halves, onPage=_furniture)])
    story = [Paragraph("Prestatieafspraken Dassenwiel 2025", H1),
             Paragraph("Gemeente Dassenwiel, Woonstichting Wielerhof en Huurdersvereniging De Dassenburcht", BODY),
             NextPageTemplate("spread"), PageBreak(), Paragraph("Wonen in Dassenwiel", H1),
             Paragraph(INTRO, BODY)]
    story += [Paragraph(text, ITEM, bulletText=f"{k}.") for k, text in enumerate(ITEMS * 9, 1)]
    story += [Paragraph("Ondertekening", H1)]
    story += [Paragraph("Aldus overeengekomen en ondertekend te Dassenwiel op 12 december 2024.", BODY)] * 30
    doc.build(story)
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_right_half_header_left_out_of_afspraak_running_into_it(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "spreads.pdf"), model=None, parse={"backend": backend})
    assert [a.text for a in doc.afspraken] == ITEMS * 9
    assert not any(header in a.text for a in doc.afspraken for header in RIGHT_HEADERS.values())
