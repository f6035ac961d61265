"""Issue #21: a gemeente's name is whatever follows the word "gemeente", so a cover whose small labels
"Gemeente  Woonstichting  Huurdersvereniging" stand over the parties' names gave the gemeente "Woonstichting", and a
form's labels run together ("Bezit in de gemeente  Periode van het bod") the gemeente "Periode". An organisation
type, a legal form or a field's label never names a gemeente (lexicon structure.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from pipeline import run

W, H = A4
AFSPRAKEN = [
    "De Slikrand realiseert in 2025 in het plan Veerhaven 48 sociale huurwoningen, waarvan ten minste 16 "
    "levensloopbestendige appartementen.",
    "De Slikrand isoleert in 2025 ten minste 180 woningen volgens de standaard voor woningisolatie.",
    "Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg.",
]


def _build(path: Path) -> Path:
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(60, H - 160, "Prestatieafspraken 2025")
    c.setFont("Helvetica", 11)
    c.drawString(60, H - 190, "Afspraken tussen de gemeente Testdam, Woonstichting De Slikrand en")
    c.drawString(60, H - 204, "Huurdersvereniging De Kaai")
    for x, label, name in ((60, "Gemeente", "Testdam"), (200, "Woonstichting", "De Slikrand"),
                           (340, "Huurdersvereniging", "De Kaai")):  # the parties' logos' captions
        c.setFont("Helvetica", 6.5)
        c.drawString(x, 120, label)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x, 110, name)
    c.showPage()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, H - 80, "Algemene gegevens")
    c.setFont("Helvetica", 9)
    for x, label in ((60, "Naam corporatie"), (200, "Bezit in de gemeente"), (340, "Periode van de afspraken")):
        c.drawString(x, H - 104, label)
    for x, value in ((60, "De Slikrand"), (200, "3.071 woningen"), (340, "2025")):
        c.drawString(x, H - 118, value)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, H - 160, "Afspraken")
    c.setFont("Helvetica", 10)
    y = H - 184
    for k, text in enumerate(AFSPRAKEN, 1):
        c.drawString(60, y, f"{k}.")
        for part in simpleSplit(text, "Helvetica", 10, W - 84 - 60):
            c.drawString(84, y, part)
            y -= 14
        y -= 10
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_organisation_type_and_form_label_never_a_gemeente(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "labels.pdf"), model=None, parse={"backend": backend})
    assert doc.meta.gemeenten == ("Testdam",)
    assert [a.text for a in doc.afspraken] == AFSPRAKEN
