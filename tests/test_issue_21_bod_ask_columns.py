"""Issue #21: a bod's ruled table sets what the gemeente asks beside what the corporatie bids ("Wens gemeente |
Ons bod", "Wat vraagt de gemeente? | Wat bieden wij?"): only the bid column holds bids, in whichever column it
stands; the ask column is context (its header words: lexicon labels.yaml `table_columns.ask`). "Wat vraagt de
gemeente?" was taken for the text column ("Wat ...") and the table was read as no table at all."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
ASKS = ["De gemeente vraagt de corporatie om jaarlijks 60 sociale huurwoningen toe te voegen.",
        "De woonvisie vraagt om voorrang voor starters bij de toewijzing."]
BIDS = ["Woonstichting De Eik realiseert in 2026 ten minste 80 sociale huurwoningen in Oeverlanden.",
        "Woonstichting De Eik wijst in 2026 ten minste 20% van de vrijkomende woningen toe aan starters."]


@pytest.mark.parametrize(("ask", "bid", "bid_first"), [
    ("Wat vraagt de gemeente?", "Wat bieden wij?", False),
    ("Vraag gemeente", "Wat wij bieden", False),
    ("Wens", "Bod", False),
    ("Opgave uit de woonvisie", "Ons aanbod", False),
    ("Wens gemeente", "Ons bod", True),
])
def test_issue_21_only_the_bid_column_of_an_ask_and_bid_table_holds_bids(tmp_path, ask, bid, bid_first):
    rows = [[ask, bid]] + [[Paragraph(a, BODY), Paragraph(b, BODY)] for a, b in zip(ASKS, BIDS, strict=True)]
    table = Table([row[::-1] for row in rows] if bid_first else rows, colWidths=[230, 250])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    pdf = tmp_path / "bod.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build([
        Paragraph("Bod Woonstichting De Eik 2026", HEAD),
        Paragraph("Woonstichting De Eik biedt de gemeente Ransdal het volgende bod aan voor 2026.", BODY),
        Paragraph("1 Beschikbaarheid", HEAD), table])
    doc = run.extract(pdf, model=None)
    assert doc.meta.type == "bod"
    assert [a.text for a in doc.afspraken] == BIDS
