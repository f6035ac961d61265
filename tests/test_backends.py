"""PDFium gives the same afspraken as pdfplumber on every corpus PDF and on the real notice (issue #8).

Ingest reads with PDFium by default; this is what makes that safe. Themes are left out: they are a function of
the afspraken, which are compared here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.run import extract

from .conftest import CORPUS, REAL_NOTICE

CORPUS_PDFS = sorted((CORPUS / "pdf").glob("*.pdf"))


def afspraken_of(path: Path, backend: str) -> list[tuple]:
    doc = extract(path, parse={"backend": backend}, model=None)
    return [(a.number, a.party, a.page, a.section, a.text) for a in doc.afspraken]


def assert_same_afspraken(path: Path) -> None:
    plumber = afspraken_of(path, "pdfplumber")
    pdfium = afspraken_of(path, "pdfium")
    assert plumber, f"{path.name}: no afspraken at all, nothing compared"
    # Compare one afspraak at a time first: a failure then names the afspraak, not a list of 38.
    for expected, got in zip(plumber, pdfium, strict=False):
        assert got == expected
    assert len(pdfium) == len(plumber)


@pytest.mark.parametrize("path", CORPUS_PDFS, ids=lambda p: p.stem)
def test_pdfium_and_pdfplumber_give_the_same_afspraken(path: Path) -> None:
    assert_same_afspraken(path)


def test_pdfium_and_pdfplumber_give_the_same_afspraken_on_the_real_notice(real_notice: Path) -> None:
    assert real_notice == REAL_NOTICE
    assert_same_afspraken(real_notice)


def test_the_corpus_is_there() -> None:
    """Guards against the parametrized test above silently running on nothing."""
    assert len(CORPUS_PDFS) >= 20


@pytest.mark.parametrize("path", [*CORPUS_PDFS, REAL_NOTICE], ids=lambda p: p.stem)
def test_a_word_hyphenated_at_a_line_end_is_cut_as_glyph_by_glyph_cutting_cuts_it(path: Path, monkeypatch) -> None:
    """PDFium reads "huur-" + "ders" as one word; its halves are found from four glyphs (issue #8), not all."""
    if not path.exists():
        pytest.skip(f"{path} is not here")
    from pipeline.config import ParseSettings
    from pipeline.parse import parse_pdf
    from pipeline.parse import pdfium as parse_pdfium

    settings = ParseSettings(backend="pdfium")
    found = []
    quick = parse_pdfium._split_at_hyphen
    monkeypatch.setattr(parse_pdfium, "_split_at_hyphen", lambda *a: found.append(quick(*a)) or found[-1])
    pages = parse_pdf(path, settings)
    monkeypatch.setattr(parse_pdfium, "_split_at_hyphen", lambda *a: None)
    assert parse_pdf(path, settings) == pages
    if found:  # words over two lines; not every document hyphenates
        assert any(halves is not None for halves in found)
