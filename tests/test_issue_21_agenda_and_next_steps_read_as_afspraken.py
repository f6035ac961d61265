"""A deck shown at the bestuurlijk overleg opens with the meeting's agenda (numbered items: "1. Opening en terugblik
op 2024", "2. Wonen: nieuwbouw, betaalbaarheid en toewijzing") and closes with the next steps ("Vervolg":
ondertekening, publicatie, the next round of talks); both were read as afspraken. A title that is only "Agenda" or
"Vervolg" (or "Vervolgstappen", "Hoe nu verder") holds none; "Evaluatie en vervolg" still may (issue #21)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import pipeline

SLIDES = [
    ("Agenda", ["1. Opening en terugblik op 2024", "2. Wonen: nieuwbouw, betaalbaarheid en toewijzing",
                "3. Kwaliteit en wonen met zorg", "4. Leefbaarheid in de wijken en samenwerking tussen partijen"]),
    ("Wonen en nieuwbouw", ["1. Het Zeggeland levert in 2025 in het plan De Rietkraag 36 sociale huurwoningen op.",
                            "2. De gemeente hanteert een vaste grondprijs van € 18.500 per sociale huurwoning."]),
    ("Evaluatie en vervolg", ["• Partijen evalueren deze afspraken in het voorjaar van 2026 in het overleg."]),
    ("Vervolg", ["• Ondertekening van de prestatieafspraken 2025: 12 december 2024, gemeentehuis Zeggeveen",
                 "• Publicatie op de websites van Het Zeggeland, Veenhof en het Huurdersplatform Zeggeveen",
                 "• Start van de gesprekken over de afspraken 2026: september 2025"]),
]


def test_issue_21_agenda_and_next_steps_read_as_afspraken(tmp_path):
    path = tmp_path / "deck.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(88, 770, "Prestatieafspraken Zeggeveen 2025")
    c.showPage()
    for title, points in SLIDES:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(88, 770, title)
        c.setFont("Helvetica", 10)
        for k, text in enumerate(points):
            c.drawString(88, 740 - 18 * k, text)
        c.showPage()
    c.save()
    got = [(a.page, a.text[:40]) for a in pipeline.extract(path, model=None).afspraken]
    assert got == [
        (3, "Het Zeggeland levert in 2025 in het plan"),
        (3, "De gemeente hanteert een vaste grondprij"),
        (4, "Partijen evalueren deze afspraken in het"),
    ]
