"""A label that says what follows was agreed ("Dit is afgesproken:", "Dit spraken we af:", "Afgesproken is:") opens
afspraken like "Partijen spreken af:" does (issue #21; ruiterbeek in dev: a tenants' edition sets it over each
chapter's items). Its paragraphs that commit someone are the afspraken, with nothing printed in front of them; a
paragraph that commits before the label, the chapter's introduction, is none.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.parties import agreement_heading

INTRO = ("De huurdersvereniging legt hier uit wat de partijen voor uw huur hebben besloten en stuurt u elk jaar "
         "een brief.")
AGREED = [
    "De corporatie beperkt de gemiddelde huurverhoging per 1 juli 2025 tot de inflatie.",
    "De gemeente neemt binnen vijf werkdagen na een melding contact op met de huurder.",
    "Partijen bespreken de voortgang van de afspraken twee keer per jaar in het bestuurlijk overleg.",
]


def build(path: Path, label: str) -> Path:
    c = canvas.Canvas(str(path), pagesize=A5, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(32, 540, "Wat gebeurt er met uw huur?")
    c.setFont("Helvetica", 9)
    c.drawString(32, 520, INTRO[:68])
    c.drawString(32, 508, INTRO[68:].strip())
    c.setFont("Helvetica-Bold", 8)
    c.drawString(32, 485, label)
    y = 465
    c.setFont("Helvetica", 9)
    for text in AGREED:
        c.drawString(32, y, text)
        y -= 22
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("label", ["Dit is afgesproken:", "Dit spraken we af:", "Afgesproken is:"])
def test_commitments_under_an_agreed_label_are_the_afspraken(tmp_path, label):
    doc = run.extract(build(tmp_path / "editie.pdf", label), model=None)
    assert [a.text for a in doc.afspraken] == AGREED


def test_agreed_labels_are_agreement_headings():
    for label in ("Dit is afgesproken:", "Dit hebben we afgesproken", "Wat is er afgesproken?", "Afgesproken is:"):
        assert agreement_heading().match(label), label
    assert not agreement_heading().match("Wat betekent dit voor u?")
