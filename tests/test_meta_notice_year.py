"""A council notice (raadsmededeling) is about the year its subject field names ("Onderwerp Prestatieafspraken
2025"), though it is dated and numbered the year before ("Datum 17 december 2024", "Registratienummer RM
2024/0817"); and a name read after "gemeente" is a place, never the function word that opens the next sentence
("... met de gemeente. Per 1 juli ..."). Made with reportlab, on both parse backends."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run
from pipeline.meta import detect_gemeenten, looks_like_organisation

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
BOLD = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=10, leading=13)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)


def test_notice_year_is_the_year_its_subject_names_not_its_date_or_number(tmp_path, backend):
    header = Table([[Paragraph("Onderwerp", BOLD), Paragraph("Prestatieafspraken 2025", BODY),
                     Paragraph("Datum", BOLD), Paragraph("17 december 2024", BODY)]], colWidths=[80, 170, 60, 140])
    header.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    flow = [Paragraph("Gemeente Eikdorp", HEAD), Paragraph("Raadsmededeling", HEAD), header,
            Paragraph("Registratienummer RM 2024/0817", BOLD),
            Paragraph("Het college informeert de raad over de prestatieafspraken voor 2025, die op 11 december 2024 "
                      "zijn ondertekend door de gemeente Eikdorp en Woonstichting De Eik.", BODY)]
    flow += [Paragraph(f"• {t}", BODY) for t in (
        "De corporatie levert in 2025 ten minste 110 sociale huurwoningen op.",
        "De huurverhoging per 1 juli 2025 blijft ten minste 0,5% onder de inflatie.")]
    path = tmp_path / "rm.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert doc.meta.type == "kennisgeving"
    assert doc.meta.years == (2025,)


def test_a_function_word_after_gemeente_is_no_gemeente():
    text = "De afspraken zijn gemaakt met de gemeente Eikdorp. Daarna sprak de gemeente Per 1 juli geldt de regel."
    assert detect_gemeenten(text) == ["Eikdorp"]
    assert not looks_like_organisation("Per")
    assert not looks_like_organisation("Voor")
    assert looks_like_organisation("De Brug")
