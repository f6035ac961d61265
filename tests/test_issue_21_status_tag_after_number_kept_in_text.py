"""Issue #21: a status label printed after an afspraak's number ("3. [Nieuw] De gemeente ...", "4. GEWIJZIGD De
corporatie ..." with the label in bold capitals) stayed the first word of the afspraak's text. Like a tag in the
margin (test_issue_21_status_tag_read_as_text) it is the afspraak's attribute `status_label`, never its text; a
word in capitals that opens a heading-like text ("NIEUW BELEID") is no tag.

Generalises what the dev family schelfhorst shows in its margin. Runs on both parse backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.status_labels import leading_tag

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceBefore=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=4)
ITEMS = [
    ("[Nieuw]", "Nieuw", "De gemeente stelt in 2026 een energiefonds van € 150.000 beschikbaar voor kleine "
                         "energiebesparende maatregelen bij huurders."),
    ("<b>GEWIJZIGD</b>", "GEWIJZIGD", "De corporatie isoleert in 2026 ten minste 180 woningen volgens de standaard "
                                      "voor woningisolatie."),
    ("", None, "Partijen bespreken twee keer per jaar de voortgang van de afspraken aan de hand van een "
               "gezamenlijke monitor."),
    ("(DOORLOPEND)", "DOORLOPEND", "De corporatie wijst ten minste 95% van de vrijkomende sociale huurwoningen "
                                   "passend toe."),
]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def _build(path: Path) -> Path:
    flow = [Paragraph("Prestatieafspraken 2026", HEAD), Paragraph("Duurzaamheid en betaalbaarheid", HEAD)]
    for n, (printed, _, text) in enumerate(ITEMS, 1):
        flow.append(Paragraph(f"{n}. {printed} {text}" if printed else f"{n}. {text}", BODY))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


def test_status_tag_after_the_number_is_an_attribute(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "after.pdf"), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [text for _, _, text in ITEMS]
    assert [a.number for a in doc.afspraken] == ["1", "2", "3", "4"]
    assert [(a.attributes or {}).get("status_label") for a in doc.afspraken] == [tag for _, tag, _ in ITEMS]


def test_leading_tag_needs_a_tag_then_text():
    assert leading_tag("[Nieuw] De gemeente bouwt.") == ("Nieuw", "De gemeente bouwt.")
    assert leading_tag("NIEUW De gemeente bouwt.") == ("NIEUW", "De gemeente bouwt.")
    assert leading_tag("NIEUW BELEID") is None
    assert leading_tag("Nieuw is dat de gemeente bouwt.") is None
    assert leading_tag("(nieuw)") is None  # a label line's note: labels.yaml label_notes
