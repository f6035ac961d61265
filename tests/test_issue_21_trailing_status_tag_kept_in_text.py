"""Issue #21: a status label in brackets closing an afspraak, after its last sentence ("... vast. (nieuw)", "...
woningen. [GEWIJZIGD]") or on a line of its own under it ("[Doorlopend]"), stayed in the afspraak's text. It is
the afspraak's attribute `status_label` as a tag in the margin is (test_issue_21_status_tag_read_as_text); a
bracketed status word inside a sentence stays text.

Generalises the status tags of the dev family schelfhorst. Runs on both parse backends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceBefore=6)
RIGHT = ParagraphStyle("r", fontName="Helvetica", fontSize=10, leading=13, alignment=2)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=4)
ITEMS = [
    ("De gemeente legt in elk nieuw woningbouwplan vast dat ten minste 30% uit sociale huurwoningen bestaat.",
     " (nieuw)", "nieuw"),
    ("De corporatie isoleert in 2026 ten minste 180 woningen volgens de standaard voor woningisolatie.",
     " [GEWIJZIGD]", "GEWIJZIGD"),
    ("De corporatie brengt de (nieuw) gebouwde woningen in 2026 onder in het sociale bezit.", "", None),
    ("Partijen bespreken twee keer per jaar de voortgang van de afspraken aan de hand van een monitor.",
     "own line", "Doorlopend"),
]


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def _build(path: Path) -> Path:
    flow = [Paragraph("Prestatieafspraken 2026", HEAD), Paragraph("Wonen en duurzaamheid", HEAD)]
    for n, (text, tag, _) in enumerate(ITEMS, 1):
        flow.append(Paragraph(f"{n}. {text}{'' if tag == 'own line' else tag}", BODY))
        if tag == "own line":
            flow.append(Paragraph("[Doorlopend]", RIGHT))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


def test_trailing_status_tag_is_an_attribute(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "trailing.pdf"), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == [text for text, _, _ in ITEMS]
    assert [(a.attributes or {}).get("status_label") for a in doc.afspraken] == [tag for _, _, tag in ITEMS]
