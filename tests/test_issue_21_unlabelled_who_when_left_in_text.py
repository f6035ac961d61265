"""Unnumbered bullets ending in a parenthesis of who and when without labels ("... (Monderhof, Q4 2026)") beside
labelled ones ("... (trekker: gemeente; gereed: Q2 2026)"): both give trekker and planning and leave the text; a
parenthesis naming a source rather than a party of the document ("(Woonvisie Eikdorp, 2023)") stays text."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.attributes import unlabelled_attributes

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4)
BULLET = ParagraphStyle("i", parent=BODY, leftIndent=14, bulletIndent=2)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6)
NAMES = ("Woonstichting Monderhof", "Huurdersvereniging De Berkelstroom", "Eikdorp")

BULLETS = [
    ("Monderhof levert in 2026 ten minste 48 sociale huurwoningen op in het plan Kerkakker-Zuid.",
     " (Monderhof, Q4 2026)", "Monderhof", "Q4 2026"),
    ("De gemeente stelt in 2026 een nieuwe huisvestingsverordening vast met een urgentieregeling.",
     " (trekker: gemeente; gereed: Q2 2026)", "gemeente", "Q2 2026"),
    ("Monderhof neemt bij een huurachterstand van één maand persoonlijk contact op met de huurder.",
     " (Monderhof, doorlopend)", "Monderhof", "doorlopend"),
    ("Partijen houden vast aan een aandeel van 30% sociale huur in de nieuwbouw zoals afgesproken",
     " (Woonvisie Eikdorp, 2023).", None, None),
]


def test_unlabelled_who_and_when_in_a_trailing_parenthesis_were_left_in_the_text(tmp_path: Path):
    story = [Paragraph("Prestatieafspraken Eikdorp 2026", HEAD),
             Paragraph("Gemeente Eikdorp, Woonstichting Monderhof en Huurdersvereniging De Berkelstroom maken de "
                       "volgende afspraken.", BODY),
             Paragraph("3 Beschikbaar wonen", HEAD), Paragraph("Wat spreken we af?", HEAD),
             Paragraph("Partijen spreken voor 2026 het volgende af:", BODY)]
    story += [Paragraph(text + tail, BULLET, bulletText="•") for text, tail, _, _ in BULLETS]
    path = tmp_path / "who_when.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = run.extract(path, model=None)
    assert [(a.trekker, a.planning) for a in doc.afspraken] == [(w, p) for _, _, w, p in BULLETS]
    assert [a.text for a in doc.afspraken][:3] == [t for t, _, _, _ in BULLETS[:3]]
    assert doc.afspraken[3].text.endswith("(Woonvisie Eikdorp, 2023).")


def test_a_source_in_a_trailing_parenthesis_is_no_who():
    assert unlabelled_attributes("Monderhof, Q4 2026", NAMES) == {"wie": "Monderhof", "wanneer": "Q4 2026"}
    assert unlabelled_attributes("eind 2027; gemeente", NAMES) == {"wie": "gemeente", "wanneer": "eind 2027"}
    assert unlabelled_attributes("Woonvisie Eikdorp, 2023", NAMES) is None
    assert unlabelled_attributes("Monderhof, gemeente, 2026", NAMES) is None
    assert unlabelled_attributes("zie bijlage 2", NAMES) is None
