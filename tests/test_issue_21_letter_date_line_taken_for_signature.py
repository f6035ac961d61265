"""A bod letter opens with its place and date ("Rietmonde, 27 juni 2025") above the bids, as a report's cover
carries its date ("Definitieve versie, 11 december 2025"): read as the place and date of a signature, it ended the
reading before the first afspraak, and none was found. A place and date is a signature only after an afspraak
(issue #21, dev family griendhoven)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

import pipeline

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=14)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)
BIDS = [
    "Wij realiseren in de periode 2026-2028 ten minste 80 sociale huurwoningen in de wijk De Hoven.",
    "Wij verkopen in 2026 ten hoogste 8 sociale huurwoningen, uitsluitend bij mutatie.",
    "Wij isoleren in 2026 ten minste 200 woningen naar de standaard voor isolatie.",
]


def test_issue_21_letter_date_line_taken_for_signature(tmp_path, backend):
    flow = [Paragraph("Woonstichting Kreekzoom", HEAD),
            Paragraph("Rietmonde, 27 juni 2025", BODY), Spacer(1, 20),
            Paragraph("Geacht college,", BODY),
            Paragraph("Met deze brief sturen wij u ons bod voor 2026 op de woonvisie van Rietmonde.", BODY),
            Paragraph("Ons bod voor 2026", HEAD)]
    flow += [Paragraph(text, BODY) for text in BIDS]
    flow += [Paragraph("Met vriendelijke groet,", BODY), Paragraph("J. de Vries, directeur-bestuurder", BODY)]
    path = tmp_path / "bod.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    doc = pipeline.extract(path, parse={"backend": backend}, model=None)
    assert doc.meta.type == "bod"
    assert [(a.number, a.text) for a in doc.afspraken] == [(None, text) for text in BIDS]
