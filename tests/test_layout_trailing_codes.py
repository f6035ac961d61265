"""Issue #21: paragraphs numbered at their END ("... de huurverhoging. [BB-11]", "... in 2026 (A12)"), each opening
with a bold run-in topic ("Huurverhoging. "), among context paragraphs that look alike but carry no code."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.numbering import trailing_code

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
AFSPRAKEN = [
    ("Nieuwbouw", "Woonstichting De Eik bouwt in 2025 ten minste 120 sociale huurwoningen in de wijk Noord, waarvan "
                  "de helft voor starters, en de gemeente stelt daartoe twee bouwlocaties beschikbaar."),
    ("Huurverhoging", "De corporaties beperken de jaarlijkse huuraanpassing per 1 juli 2025 voor hun sociale "
                      "huurwoningen tot maximaal de inflatie."),
    ("Verordening", "De gemeente stelt uiterlijk eind 2025 een nieuwe huisvestingsverordening vast, na advies van "
                    "de huurdersvereniging."),
    ("Isolatie", "De Eik isoleert in de periode 2025-2027 alle 300 woningen in Zuid tot minimaal label B, zonder "
                 "huurverhoging voor de zittende huurders."),
]
CONTEXT = [
    ("Opgave", "De woningmarkt in de gemeente staat onder druk; de wachttijden voor een sociale huurwoning zijn "
               "de afgelopen jaren opgelopen tot gemiddeld zeven jaar."),
    (None, "Partijen hebben in 2024 samen ruim honderd woningen opgeleverd en de voortgang twee keer per jaar "
           "besproken in het bestuurlijk overleg."),
]


def build(path: Path, codes: list[str], brackets: str) -> Path:
    def para(topic: str | None, text: str, code: str | None = None) -> Paragraph:
        lead = f"<b>{topic}.</b> " if topic else ""
        tail = f" {brackets[0]}{code}{brackets[1]}" if code else ""
        return Paragraph(lead + text + tail, BODY)

    flow = [Paragraph("Prestatieafspraken 2025", HEAD), Paragraph("1 Inleiding", HEAD)]
    flow += [para(t, x) for t, x in CONTEXT]
    flow.append(Paragraph("2 Afspraken", HEAD))
    flow += [para(t, x, c) for (t, x), c in zip(AFSPRAKEN[:2], codes[:2], strict=True)]
    flow.append(para(*CONTEXT[0]))
    flow += [para(t, x, c) for (t, x), c in zip(AFSPRAKEN[2:], codes[2:], strict=True)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize(("codes", "brackets"), [(["BB-01", "BB-02", "DK-01", "DK-02"], "[]"),
                                                 (["A11", "A12", "B1", "B2"], "()")])
def test_issue_21_a_code_at_the_end_of_a_paragraph_numbers_it_and_uncoded_paragraphs_are_context(
        tmp_path, backend, codes, brackets):
    doc = run.extract(build(tmp_path / "t.pdf", codes, brackets), model=None, parse={"backend": backend})
    assert [a.number for a in doc.afspraken] == codes
    assert [a.text for a in doc.afspraken] == [text for _, text in AFSPRAKEN]  # no run-in topic, no code


def test_issue_21_a_lone_code_at_a_paragraph_end_is_no_numbering():
    assert trailing_code("De uitstoot van CO2 daalt (CO2)") == ("()", "CO2", "De uitstoot van CO2 daalt")
    assert trailing_code("[BB-01]") is None  # a code alone is no paragraph numbered at its end


def test_issue_21_codes_that_form_no_series_leave_the_paragraphs_as_they_were():
    from pipeline.numbering import number_by_trailing_codes
    from pipeline.types import Block

    blocks = [Block("paragraph", text, 1, 70.0, 100.0 + 20 * k, 10.0) for k, text in enumerate(
        ["De uitstoot daalt in 2030 tot nul (CO2)", "Zie de bijlage bij dit document (B3)", "Partijen overleggen."])]
    assert number_by_trailing_codes(blocks) == blocks
