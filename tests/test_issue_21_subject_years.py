"""The subject field of a letter's header names the year a document is about ("Onderwerp Prestatieafspraken
2025"); a paragraph that opens with "Betreft" is no such field, and its years are not the document's (issue #21)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.meta import subject_years
from pipeline.types import Block

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)


def test_issue_21_a_paragraph_opening_with_betreft_names_no_subject_years(tmp_path):
    flow = [Paragraph("Prestatieafspraken Eikdorp 2025", HEAD),
            Paragraph("Betreft de periode 2021-2025 hebben partijen eerder afspraken gemaakt over de bouw van sociale "
                      "huurwoningen, de betaalbaarheid en de verduurzaming van de voorraad; deze jaarschijf bouwt "
                      "daarop voort en is door alle partijen besproken.", BODY)]
    flow += [Paragraph(f"{i}. {t}", BODY) for i, t in enumerate((
        "De corporatie levert in 2025 ten minste 110 sociale huurwoningen op.",
        "De huurverhoging per 1 juli 2025 blijft ten minste 0,5% onder de inflatie."), 1)]
    path = tmp_path / "betreft.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    assert run.extract(path, model=None).meta.years == (2025,)


def _block(text: str, kind: str = "paragraph") -> Block:
    return Block(kind, text, 1, 72.0, 100.0, 10.0)  # type: ignore[arg-type]


def test_issue_21_subject_years_reads_a_short_field_on_its_first_line_only():
    assert subject_years([_block("Onderwerp Prestatieafspraken 2025 Datum 17 december 2024")]) == (2025,)
    assert subject_years([_block("Betreft: Bod 2026\nOns kenmerk 2025/114 van 2024", "table_row")]) == (2026,)
    assert subject_years([_block("Betreft: bod op de woonvisie\nin 2019 vastgesteld")]) == ()
    long = "Betreft de periode 2021-2025 hebben partijen eerder afspraken gemaakt over de bouw van woningen."
    assert subject_years([_block(long)]) == ()
