"""Issue #21: a plain text typed in one monospaced font marks its headings by underlining them with characters:
`=` under a chapter, `-` under a sub-heading. The underlines were read as paragraphs of text and the unnumbered
sub-headings as the first line of a paragraph ("NIEUWBOUW EN VOORRAAD ------"), so afspraken stood under the
chapter only and a "TERUGBLIK" heading ran into the text below it. A typed rule of `=` across the page (over and
under a title) is no text either."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.clean import clean
from pipeline.parse import parse_pdf


def underlined(title: str, char: str) -> list[str]:
    return [title, char * len(title), ""]


LINES = [
    "=" * 72, "Prestatieafspraken Ransdal 2026 tussen gemeente, De Eik en de huurders", "=" * 72, "", "-" * 30, "",
    *underlined("1. INLEIDING", "="),
    "Dit zijn de prestatieafspraken voor 2026 tussen de gemeente Ransdal en De Eik.", "",
    *underlined("TERUGBLIK 2025", "-"),
    "In 2025 heeft De Eik 22 sociale huurwoningen opgeleverd aan de Vaartweg.", "",
    *underlined("2. BESCHIKBAARHEID EN BETAALBAARHEID", "="),
    *underlined("NIEUWBOUW EN VOORRAAD", "-"),
    "2.1  De Eik realiseert in het plan De Weerden 48 sociale huurwoningen,",
    "     waarvan ten minste 16 geschikt voor senioren.", "",
    *underlined("HUURBELEID", "-"),
    "2.2  De Eik houdt de gemiddelde huurverhoging per 1 juli 2026 gelijk aan of",
    "     lager dan de inflatie.",
]


def typed_pdf(path) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Courier", 10)
    for i, line in enumerate(LINES):
        c.drawString(50, A4[1] - 64 - 12 * i, line)
    c.showPage()
    c.save()


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_issue_21_typed_underlines_mark_headings_and_are_no_text(tmp_path, backend):
    pdf = tmp_path / "typed.pdf"
    typed_pdf(pdf)
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [(a.number, a.section) for a in doc.afspraken] == [
        ("2.1", "2. BESCHIKBAARHEID EN BETAALBAARHEID > NIEUWBOUW EN VOORRAAD"),
        ("2.2", "2. BESCHIKBAARHEID EN BETAALBAARHEID > HUURBELEID"),
    ]
    blocks = clean(parse_pdf(pdf, {"backend": backend})).blocks
    assert not any("---" in b.text or "===" in b.text for b in blocks)
    assert [b.text for b in blocks if b.kind == "heading"] == [
        LINES[1], "1. INLEIDING", "TERUGBLIK 2025", "2. BESCHIKBAARHEID EN BETAALBAARHEID", "NIEUWBOUW EN VOORRAAD",
        "HUURBELEID"]
