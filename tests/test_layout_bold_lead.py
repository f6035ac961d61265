"""Issue #21: numbered paragraphs whose afspraak is their bold opening (dommelrade): "3.2 **Dommelwonen realiseert
... woningen.** Dit sluit aan bij ..." holds the afspraak in its bold sentences, their normal-weight rest is the
explanation (the attribute "toelichting", never text), and a numbered paragraph without a bold opening is context.
The number hangs in plain weight; the bold run may end on the number's line or lines later. Made here with
reportlab, on both parse backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=8)
NUM = ParagraphStyle("n", parent=BODY, leftIndent=30, bulletIndent=0, bulletFontName="Helvetica")
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=8, spaceAfter=6)
CONTEXT = ("De woonvisie gaat uit van een groei van de sociale huurvoorraad met ongeveer 480 woningen. Eind 2024 "
           "telde Dommelwonen 4.260 huurwoningen in de gemeente.")
LEADS = [
    ("Dommelwonen realiseert in 2025 ten minste 64 sociale huurwoningen, verdeeld over de projecten Lindehof en "
     "Molenakker fase 1.", "Dit sluit aan bij de opgave uit de woonvisie om tot 2030 jaarlijks 60 woningen toe te "
     "voegen."),
    ("Dommelwonen sloopt in 2025 geen woningen.", "De maatregelen bestaan uit isolatie van gevel, "
     "dak en vloer en het vervangen van de ventilatie, waar nodig met een tijdelijke verhuizing van de bewoners."),
    ("Dommelwonen hanteert per 1 januari 2025 voor de duur van een jaar een liberalisatiestop, waardoor geen sociale "
     "huurwoningen naar de vrije sector worden overgeheveld. De gemeente monitort dit jaarlijks.",
     "In 2024 bleek dat de voorraad onder de liberalisatiegrens afnam."),
]


def bold_lead_paragraphs(path: Path, hanging: bool = True) -> Path:
    def para(number: str, text: str) -> Paragraph:
        return Paragraph(text, NUM, bulletText=number) if hanging else Paragraph(f"{number} {text}", BODY)

    story = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("3 Beschikbaarheid en betaalbaarheid", HEAD),
             para("3.1", CONTEXT)]
    story += [para(f"3.{i}", f"<b>{lead}</b> {rest}") for i, (lead, rest) in enumerate(LEADS, 2)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    return path


@pytest.mark.parametrize("hanging", [True, False])
def test_bold_opening_of_a_numbered_paragraph_is_the_afspraak(tmp_path, backend, hanging):
    doc = run.extract(bold_lead_paragraphs(tmp_path / "bold.pdf", hanging), parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [(f"3.{i}", lead) for i, (lead, _) in enumerate(LEADS, 2)]
    assert [a.attributes for a in doc.afspraken] == [{"toelichting": rest.rstrip(".")} for _, rest in LEADS]


def test_numbered_run_in_headings_are_no_bold_lead_afspraken(tmp_path, backend):
    """ "3.2 **Nieuwbouw.** Wij bouwen ...": a bold run-in heading of a few words opens the afspraak, it is none."""
    story = [Paragraph("Prestatieafspraken 2025", HEAD)]
    story += [Paragraph(f"<b>{head}.</b> {lead} {rest}", NUM, bulletText=f"3.{i}")
              for i, (head, (lead, rest)) in enumerate(zip(["Nieuwbouw", "Verduurzaming", "Liberalisatie"], LEADS,
                                                            strict=True), 1)]
    path = tmp_path / "runin.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["3.1", "3.2", "3.3"]
    assert all(a.text.endswith(rest) and not a.attributes for a, (_, rest) in zip(doc.afspraken, LEADS, strict=True))
