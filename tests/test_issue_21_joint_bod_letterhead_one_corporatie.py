"""Issue #21: the joint bod of two corporaties prints both names side by side on its letterhead ("Woonstichting
Aakant        Woningbouwvereniging De Horst"), read as one line: that line was taken for a third corporatie beside
the two the letter names, where each name on it is one of the senders."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from pipeline import run
from pipeline.meta import letterhead_names

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=12)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
BIDS = [
    "Aakant realiseert in de periode 2026-2028 ten minste 90 sociale huurwoningen in de wijk Oost.",
    "De Horst plaatst in 2026 in 50 woningen een hybride warmtepomp.",
    "Aakant en De Horst leveren de gemeente vóór 1 oktober 2025 een geactualiseerd nieuwbouwprogramma.",
]


def letterhead(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    """Both senders' names on one line at the top, one left and one right, their addresses under them."""
    width, height = A4
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawString(72, height - 60, "Woonstichting Aakant")
    canvas.drawRightString(width - 72, height - 60, "Woningbouwvereniging De Horst")
    canvas.setFont("Helvetica", 8)
    canvas.drawString(72, height - 74, "Dorpsstraat 4, Haverdam")
    canvas.drawRightString(width - 72, height - 74, "Kerkweg 61, Haverdam")


def bod_pdf(path: Path) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=110, invariant=1)
    flow = [Paragraph("Aan het college van burgemeester en wethouders van de gemeente Haverdam", BODY),
            Paragraph("Haverdam, 27 juni 2025", BODY),
            Paragraph("<b>Onderwerp: Bod op de Woonvisie Haverdam voor 2026</b>", BODY),
            Paragraph("Geacht college,", BODY),
            Paragraph("Hierbij ontvangt u het gezamenlijke bod van Woonstichting Aakant en Woningbouwvereniging De "
                      "Horst op de Woonvisie Haverdam voor het jaar 2026.", BODY),
            Paragraph("Ons bod voor 2026", HEAD),
            *[Paragraph(f"{k}. {bid}", BODY) for k, bid in enumerate(BIDS, 1)],
            Paragraph("Met vriendelijke groet,", BODY), Spacer(1, 12),
            Paragraph("<b>Woonstichting Aakant</b>", BODY), Paragraph("<b>Woningbouwvereniging De Horst</b>", BODY)]
    doc.build(flow, onFirstPage=letterhead)
    return path


def test_issue_21_a_joint_bods_letterhead_names_each_corporatie_once(tmp_path, backend):
    doc = run.extract(bod_pdf(tmp_path / "bod.pdf"), parse={"backend": backend}, model=None)
    assert doc.meta.type == "bod"
    assert doc.meta.corporaties == ("Woonstichting Aakant", "Woningbouwvereniging De Horst")
    assert [a.text for a in doc.afspraken] == BIDS


def test_issue_21_a_letterhead_is_cut_before_each_organisation_type_word():
    assert letterhead_names("Woonstichting Aakant Woningbouwvereniging De Horst") == \
        ["Woonstichting Aakant", "Woningbouwvereniging De Horst"]
    assert letterhead_names("Woonstichting De Stichtse Poort") == ["Woonstichting De Stichtse Poort"]
    assert letterhead_names("Woonbedrijf Ter Aa") == ["Woonbedrijf Ter Aa"]
