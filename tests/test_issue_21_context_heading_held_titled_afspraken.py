"""A chapter that opens with an unnumbered context sub-heading ("Achtergrond" in italic over a paragraph of
background) before its afspraken, each a numbered bold title line at the text's size over its paragraph ("3.1
Nieuwbouw sociale huurwoningen"): the title lines are read as items, so no heading closed "Achtergrond" and every
afspraak of the chapter was taken for its context and lost. The context sub-heading heads only its own paragraph;
an unnumbered chapter of context set as large as the chapters ("Terugblik op 2025") still holds what follows it
(issue #21, dev family griendhoven set at the text's size)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

import pipeline

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6)
CONTEXT = ParagraphStyle("c", fontName="Helvetica-Oblique", fontSize=10.5, leading=13, spaceBefore=6)
CHAPTER = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6)

AFSPRAKEN = [
    ("Nieuwbouw sociale huurwoningen", "Woonstichting De Eik levert in 2026 ten minste 120 sociale huurwoningen op "
                                       "in de wijk Noord."),
    ("Verkoop van huurwoningen", "De Eik verkoopt in 2026 maximaal 10 eengezinswoningen bij mutatie."),
    ("Huisvesting vergunninghouders", "Partijen zorgen er samen voor dat de taakstelling voor vergunninghouders in "
                                      "2026 volledig wordt gehaald."),
]
LOOKBACK = [
    ("Nieuwbouw 2025", "De Eik heeft in 2025 ten minste 80 sociale huurwoningen opgeleverd in de wijk Zuid."),
    ("Verkoop 2025", "De Eik verkoopt in 2025 maximaal 12 eengezinswoningen bij mutatie."),
    ("Energielabels 2025", "De Eik heeft eind 2025 geen woningen met label E, F of G meer in bezit."),
]


def test_issue_21_context_heading_held_titled_afspraken(tmp_path, backend):
    flow = [Paragraph("Prestatieafspraken Kolmerdam 2026", CHAPTER),
            Paragraph("Terugblik op 2025", CHAPTER)]
    for i, (title, text) in enumerate(LOOKBACK, 1):
        flow += [Paragraph(f"2.{i} {title}", TITLE), Paragraph(text, BODY)]
    flow += [Paragraph("3 Beschikbaar wonen", CHAPTER), Paragraph("Achtergrond", CONTEXT),
             Paragraph("De woonvisie gaat uit van een groei van de sociale huurvoorraad met ruim 400 woningen.", BODY)]
    for i, (title, text) in enumerate(AFSPRAKEN, 1):
        flow += [Paragraph(f"3.{i} {title}", TITLE), Paragraph(text, BODY)]
    path = tmp_path / "afspraken.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    doc = pipeline.extract(path, parse={"backend": backend}, model=None)
    assert [(a.number, a.text, (a.attributes or {}).get("titel")) for a in doc.afspraken] == [
        (f"3.{i}", text, title) for i, (title, text) in enumerate(AFSPRAKEN, 1)]
    assert {a.section for a in doc.afspraken} == {"3 Beschikbaar wonen"}
