"""Issue #21: the corporaties of a document named where no sentence types them: a title page listing the parties
one per line with no lead line (the corporaties without a type word: "Woonlieden Ooltwijk", "Woongroep Rijnkade"),
and a notice naming who signed by role and by name ("ondertekend door de gemeente, Woonstichting Akkerhuis,
Lindeborgh Wonen, De Meentgaarde en de drie huurdersorganisaties")."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.meta import cover_list, enumerated_corporaties
from pipeline.structure import structure_lexicon
from pipeline.types import Block

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4)
COVER = ParagraphStyle("c", fontName="Helvetica", fontSize=14, leading=20)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=26, leading=32, spaceAfter=12)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)


def _block(text: str, kind: str = "heading", page: int = 1) -> Block:
    return Block(kind=kind, text=text, page=page, x0=70.0, top=100.0, size=14.0, bold=kind == "heading")


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_cover_lists_the_parties_one_per_line_without_a_lead(tmp_path, backend):
    path = tmp_path / "cover.pdf"
    story = [Paragraph("Prestatieafspraken 2025", TITLE),
             *[Paragraph(p, COVER) for p in ("Gemeente Tolbeek", "Woonlieden Tolbeek", "Woongroep Aarkade",
                                             "Huurdersvereniging De Sluis")],
             Paragraph("Vastgesteld in het bestuurlijk overleg van december 2024", BODY), PageBreak(),
             Paragraph("Afspraken", HEAD),
             *[Paragraph(f"{k}. De corporaties bouwen in 2025 ten minste {10 * k} sociale huurwoningen in de wijk "
                         "Noord.", BODY) for k in (1, 2, 3)]]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    meta = run.extract(path, parse={"backend": backend}, model=None).meta
    assert meta.corporaties == ("Woonlieden Tolbeek", "Woongroep Aarkade")
    assert meta.huurdersorganisaties == ("Huurdersvereniging De Sluis",)


def test_cover_list_needs_names_alone_on_their_lines():
    names = ["Gemeente Tolbeek", "Woonlieden Tolbeek", "Huurdersvereniging De Sluis"]
    assert cover_list([_block("Prestatieafspraken 2025"), *map(_block, names)]) == names
    # a list's heading and its names joined into one line, a lead with a colon, an enumeration's commas: no list
    assert cover_list([_block("Gemeenten"), _block("Gemeente Veenoord Gemeente Dalmerloo"),
                       _block("Woningcorporaties")]) == []
    assert cover_list([_block("Partijen:"), _block("Gemeente Tolbeek,"), _block("Woonlieden Tolbeek,"),
                       _block("en Huurdersvereniging De Sluis")]) == []
    assert cover_list([*map(_block, names[:2]), _block("Woongroep Aarkade", page=2)]) == []  # the first page only


def test_notice_names_who_signed_by_role_and_by_name():
    lex = structure_lexicon()
    text = ("Met deze raadsinformatiebrief informeert het college u over de prestatieafspraken 2027 die op 10 december "
            "2026 zijn ondertekend door de gemeente, Woonstichting Akkerhuis, Lindeborgh Wonen, De Meentgaarde en de "
            "drie huurdersorganisaties.")
    assert enumerated_corporaties(text, lex["corporatie_types"], lex["huurders_types"]) == [
        "Woonstichting Akkerhuis", "Lindeborgh Wonen", "De Meentgaarde"]
    # places beside the parties are no parties: without the roles and a typed corporatie, nothing is read
    place = "De afspraken zijn gemaakt door de corporaties voor Kerkelanden, Schaapsdrift en De Weide."
    assert enumerated_corporaties(place, lex["corporatie_types"], lex["huurders_types"]) == []


def test_dev_notice_reads_all_three_corporaties():
    path = Path(__file__).parents[1] / "corpus/challenge/dev/pdf/gravenbroek-kennisgeving-2027.pdf"
    if not path.exists():
        pytest.skip("dev corpus not built")
    meta = run.extract(path, model=None).meta
    assert meta.corporaties == ("Woonstichting Akkerhuis", "Lindeborgh Wonen", "De Meentgaarde")
