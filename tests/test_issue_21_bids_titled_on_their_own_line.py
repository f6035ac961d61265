"""A bod letter that titles each bid with a short bold line of its own, set at the text's size ("Verkoop" over
"Wij verkopen ..."), under larger theme headings: a bid worded as a passive or with its object first ("Van de
vrijkomende woningen wordt ... toegewezen", "Een Wmo-aanvraag handelen wij ... af") did not read as a commitment
and was lost, and the letter's closing under the last bid ("Wij gaan graag met u in gesprek ...") was read as a
bid. As run-in titles do ("Verkoop. Wij ..."), the titles mark the bids: the paragraph right under a title is one,
a paragraph without a title is context (issue #21, dev family griendhoven)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

import pipeline

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=4)
THEME = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=2)
BIDS = {
    "Betaalbaar wonen": [
        ("Nieuwbouw De Hoven", "Wij realiseren in de periode 2026-2028 ten minste 80 sociale huurwoningen in de "
                               "wijk De Hoven."),
        ("Passend toewijzen", "Van de vrijkomende sociale huurwoningen die aan huishoudens met recht op "
                              "huurtoeslag worden verhuurd, wordt door Kreekzoom ten minste 95% passend toegewezen."),
        ("Verkoop", "Wij verkopen in 2026 ten hoogste 8 sociale huurwoningen, uitsluitend bij mutatie."),
    ],
    "Kwaliteit": [
        ("Woningaanpassingen", "Een Wmo-aanvraag voor een woningaanpassing handelen wij samen met de gemeente "
                               "binnen zes weken af."),
        ("Evaluatie", "Wij stellen voor de samenwerking in de loop van 2027 te evalueren met een onafhankelijke "
                      "gespreksleider."),
    ],
}


def test_issue_21_bids_titled_on_their_own_line(tmp_path, backend):
    flow = [Paragraph("Woonstichting Kreekzoom", THEME),
            Paragraph("Met deze brief sturen wij u ons bod voor 2026 op de woonvisie van Rietmonde.", BODY)]
    for theme, bids in BIDS.items():
        flow.append(Paragraph(theme, THEME))
        for title, text in bids:
            flow += [Paragraph(title, TITLE), Paragraph(text, BODY)]
    flow += [Paragraph("Wij gaan graag met u in gesprek over dit bod en zien uit naar de prestatieafspraken voor "
                       "2026.", BODY),
             Paragraph("Met vriendelijke groet,", BODY), Paragraph("J. de Vries, directeur-bestuurder", BODY)]
    path = tmp_path / "bod.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    doc = pipeline.extract(path, parse={"backend": backend}, model=None)
    assert doc.meta.type == "bod"
    assert [(a.number, a.section.rsplit(" > ", 2)[-2:], a.text) for a in doc.afspraken] == [
        (None, [theme, title], text) for theme, bids in BIDS.items() for title, text in bids]
