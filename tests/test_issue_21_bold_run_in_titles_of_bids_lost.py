"""A bod letter that titles its bids with bold run-in titles ("Nieuwbouw. Wij bieden aan ..."): the title was
dropped, and a titled bid that asks the gemeente ("Aandeel sociale huur. Wij vragen de gemeente om ...") was left
out as an ask. The title is kept under the title attribute (labels.yaml title_attribute) and a titled ask is one
of the items the letter lists (issue #21)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

import pipeline

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=8)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
BIDS = [
    ("Nieuwbouw", "Wij bieden aan om in 2026 ten minste 60 nieuwe sociale huurwoningen op te leveren in de plannen "
                  "Kloosterweide en Beukenlaan."),
    ("Aandeel sociale huur", "Wij vragen de gemeente om in nieuwe woningbouwplannen van meer dan twintig woningen "
                             "een aandeel sociale huur van ten minste 35% voor te schrijven."),
    ("Verkoop", "Wij verkopen in 2026 maximaal 12 huurwoningen uit ons verspreide bezit en liberaliseren geen "
                "sociale huurwoningen."),
    ("Huurbeleid", "Wij houden de gemiddelde huurverhoging per 1 juli 2026 maximaal gelijk aan de inflatie."),
]


def test_issue_21_bold_run_in_titles_of_bids_lost(tmp_path, backend):
    story = [Paragraph("Bod 2026 van Woonstichting Elzenwaard aan de gemeente Hulstbroek", HEAD),
             Paragraph("Geacht college, hierbij ontvangt u ons bod op de woonvisie voor het jaar 2026.", BODY),
             Paragraph("Ons bod voor 2026", HEAD)]
    story += [Paragraph(f"<b>{title}.</b> {text}", BODY) for title, text in BIDS]
    path = tmp_path / "bod.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = pipeline.extract(path, parse={"backend": backend}, model=None)
    assert doc.meta.type == "bod"
    assert [(a.number, a.attributes, a.text) for a in doc.afspraken] == [
        (None, {"titel": title}, text) for title, text in BIDS]
