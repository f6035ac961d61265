"""Issue #21: the minutes of a bestuurlijk overleg close with an "Actiepuntenlijst" (A1, A2, ...: who sends the report
round, who plans the next meeting) after the besluitenlijst. Those are the secretarial actions of the meeting,
no afspraken, yet every row was read as one."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
AFSPRAKEN = [("1", "De gemeente stelt in 2026 een nieuwe huisvestingsverordening vast.", "Gemeente", "Q3 2026"),
             ("2", "De corporaties isoleren in 2026 ten minste 120 woningen tot label B.", "Corporaties", "eind 2026")]
ACTIONS = [("A1", "Notulist stuurt het conceptverslag binnen twee weken rond aan alle deelnemers.", "Notulist",
            "december 2025"),
           ("A2", "Gemeente plant het voorjaarsoverleg in en verstuurt de uitnodiging.", "Gemeente", "januari 2026")]


def _table(head: list[str], rows: list[tuple[str, str, str, str]]) -> Table:
    table = Table([head] + [[n, Paragraph(t, BODY), w, d] for n, t, w, d in rows], colWidths=[40, 290, 80, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


@pytest.mark.parametrize("heading", ["Actiepuntenlijst", "Actielijst", "Openstaande actiepunten",
                                     "Actiepunten uit het overleg"])
def test_issue_21_a_meetings_action_list_is_no_afspraken(tmp_path, heading):
    pdf = tmp_path / "t.pdf"
    SimpleDocTemplate(str(pdf), pagesize=A4, invariant=1).build([
        Paragraph("Verslag bestuurlijk overleg prestatieafspraken 2026", HEAD),
        Paragraph("Besluitenlijst 2026", HEAD), _table(["Nr", "Afspraak", "Wie", "Wanneer"], AFSPRAKEN),
        Paragraph(heading, HEAD),
        Paragraph("De onderstaande actiepunten betreffen de organisatie van het overleg.", BODY),
        _table(["Nr", "Actiepunt", "Wie", "Gereed"], ACTIONS)])
    doc = run.extract(pdf, model=None)
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] == AFSPRAKEN
