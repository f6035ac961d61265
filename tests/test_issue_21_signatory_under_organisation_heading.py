"""A signature block that prints each organisation's name in bold over its signatory on a line of its own
("Thuisplein Wonen" / "mevrouw S. El Amrani, bestuurder"): the name is a party of the document, a corporatie named
without a type word too, where nothing else names it ("de twee woningcorporaties" in the intro); a "Voor
Huurdersvereniging ..." heading names a tenants' body, no corporatie (dev family wilgenrade)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=8)
ORG = ParagraphStyle("o", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6)
SIGN = ParagraphStyle("s", fontName="Helvetica", fontSize=9.5, leading=12, leftIndent=10)
H1 = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=10)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=8, spaceAfter=6)

SIGNATURES = [("Gemeente Wilgenrade", "mevrouw A.M. (Anneke) Verhulst, wethouder Wonen"),
              ("Woonstichting De Rietkraag", "de heer R.J. Hoekstra, directeur-bestuurder"),
              ("Thuisplein Wonen", "mevrouw S. El Amrani, bestuurder"),
              ("Voor Huurdersvereniging De Kraag", "de heer P. van Dijken, voorzitter")]


def _build(path: Path) -> Path:
    flow = [Paragraph("Prestatieafspraken 2026", H1),
            Paragraph("Op deze pagina vindt u de prestatieafspraken voor 2026 tussen de gemeente Wilgenrade, de twee "
                      "woningcorporaties die in onze gemeente actief zijn en hun huurdersorganisaties.", BODY),
            Paragraph("Afspraken", H2)]
    flow += [Paragraph(f"{n}. {t}", BODY) for n, t in enumerate([
        "De corporaties starten in 2026 samen de bouw van ten minste 120 sociale huurwoningen.",
        "De gemeente stelt voor 1 oktober 2026 een nieuwe huisvestingsverordening vast.",
        "Partijen monitoren de voortgang van deze afspraken twee keer per jaar."], 1)]
    flow += [Paragraph("Looptijd en ondertekening", H2),
             Paragraph("Aldus overeengekomen en ondertekend te Wilgenrade op 11 december 2025.", BODY)]
    for org, signer in SIGNATURES:
        flow += [Paragraph(org, ORG), Paragraph(signer, SIGN)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


@pytest.fixture(params=["pdfplumber", "pdfium"])
def backend(request):
    return request.param


def test_organisation_over_its_signatory_is_a_party(tmp_path, backend):
    doc = run.extract(_build(tmp_path / "s.pdf"), parse={"backend": backend}, model=None)
    assert doc.meta.corporaties == ("Woonstichting De Rietkraag", "Thuisplein Wonen")
    assert len(doc.afspraken) == 3
