"""Segmentation on the corpus: every document gives its gold afspraken, each layout hazard asserted on a PDF."""

from __future__ import annotations

import re
from functools import cache

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean
from pipeline.evaluate.metrics import match_afspraken, overlap, tokens
from pipeline.parse import parse_pdf
from pipeline.run import extract
from pipeline.text import join_lines
from pipeline.types import Document

from .conftest import CORPUS, gold_ids, load_gold

pytestmark = pytest.mark.skipif(not gold_ids(), reason="corpus not built (python corpus/build.py)")


@cache
def extracted(doc_id: str) -> Document:
    return extract(CORPUS / "pdf" / f"{doc_id}.pdf", model=None)


def paired(doc_id: str):
    """(predicted, gold) afspraken matched one-to-one by text."""
    doc, gold = extracted(doc_id), load_gold(doc_id)["afspraken"]
    matches = match_afspraken([a.text for a in doc.afspraken], [g["text"] for g in gold])
    return doc, gold, [(doc.afspraken[i], gold[j]) for i, j, _ in sorted(matches)]


@pytest.mark.parametrize("doc_id", gold_ids())
def test_document_gives_its_gold_afspraken(doc_id):
    doc, gold, pairs = paired(doc_id)
    assert len(pairs) == len(gold) == len(doc.afspraken)
    for pred, g in pairs:
        assert (pred.number, pred.party, pred.page) == (g["number"], g["party"], g["page"]), g["key"]
    # reading order is the printed order
    assert [g["key"] for _, g in pairs] == [g["key"] for g in gold]


@pytest.mark.parametrize("doc_id", gold_ids())
def test_texts_are_exact_after_whitespace(doc_id):
    """The afspraak text is the printed text: no header, footer, footnote or marker mixed in."""
    _, _, pairs = paired(doc_id)
    exact = sum(pred.text == g["text"] for pred, g in pairs)
    assert exact / len(pairs) >= 0.97, [(p.text, g["text"]) for p, g in pairs if p.text != g["text"]][:3]


def _layout(doc_id: str) -> str:
    return load_gold(doc_id)["document"]["layout"]


def _ids_with(layout: str) -> list[str]:
    return [d for d in gold_ids() if _layout(d) == layout]


def test_running_headers_footers_and_page_numbers_are_removed():
    doc_id = _ids_with("decimal")[0]
    with pdfplumber.open(CORPUS / "pdf" / f"{doc_id}.pdf") as pdf:
        header = pdf.pages[3].extract_text().splitlines()[0]
        footer = pdf.pages[3].extract_text().splitlines()[-1]
    layout = clean(parse_pdf(CORPUS / "pdf" / f"{doc_id}.pdf"))
    assert layout.removed_lines >= 2 * (layout.pages - 1)
    texts = [b.text for b in layout.blocks]
    assert header not in texts and footer not in texts
    assert not any(header in a.text or footer in a.text for a in extracted(doc_id).afspraken)


def test_footnotes_are_separated_from_the_afspraak_they_annotate():
    hits = 0
    for doc_id in gold_ids():
        doc = extracted(doc_id)
        for note in doc.footnotes:
            assert not any(note.text[:40] in a.text for a in doc.afspraken), (doc_id, note)
            hits += 1
    assert hits >= 10


def test_hyphenation_at_line_ends_is_undone():
    """Words the PDF breaks with a hyphen at a line end come out whole, as the gold has them."""
    checked = 0
    for doc_id in _ids_with("decimal") + _ids_with("deep") + _ids_with("twocol_bullets"):
        gold_text = " ".join(g["text"] for g in load_gold(doc_id)["afspraken"])
        with pdfplumber.open(CORPUS / "pdf" / f"{doc_id}.pdf") as pdf:
            lines = [ln for page in pdf.pages for ln in (page.extract_text() or "").splitlines()]
        for first, second in zip(lines, lines[1:], strict=False):
            if re.search(r"[a-z]-$", first) and second[:1].islower():
                whole = join_lines(first.split()[-1], second.split()[0])
                if whole in gold_text:
                    assert whole in " ".join(a.text for a in extracted(doc_id).afspraken)
                    checked += 1
    assert checked >= 20


def test_two_column_pages_are_read_column_by_column():
    for doc_id in _ids_with("twocol_bullets"):
        pages = parse_pdf(CORPUS / "pdf" / f"{doc_id}.pdf")
        assert sum(p.columns == 2 for p in pages) >= 3
        _, gold, pairs = paired(doc_id)
        assert len(pairs) == len(gold)
        assert all(p.number is None for p, _ in pairs)  # bullets have no number


def test_ruled_table_rows_are_afspraken_with_trekker_and_planning():
    for doc_id in [d for d in _ids_with("table")]:
        doc, gold, pairs = paired(doc_id)
        assert len(pairs) == len(gold)
        assert all(p.trekker and p.planning for p, _ in pairs)
        # a row that the page break splits is joined into one afspraak
        assert any(p.end_page and p.end_page > p.page for p, _ in pairs)


def test_afspraken_running_over_a_page_break_are_joined():
    spanning = [(d, p, g) for d in gold_ids() for p, g in paired(d)[2] if p.end_page and p.end_page > p.page]
    assert len(spanning) >= 15
    assert all(p.text == g["text"] for _, p, g in spanning)


def test_table_of_contents_cover_and_preamble_give_no_afspraken():
    for doc_id in gold_ids("prestatieafspraken"):
        doc = extracted(doc_id)
        first = min(a.page for a in doc.afspraken)
        assert first >= 3, doc_id  # cover (1) and table of contents (2) hold none
        for a in doc.afspraken:
            assert not re.search(r"\.{4,}\s*\d+$", a.text)
            assert not re.match(r"(De )?gemeente \w+, (te dezen|in deze|hierbij)", a.text)


def test_multi_party_document_assigns_each_afspraak_its_corporatie():
    docs = _ids_with("afspraak_multi")
    assert docs
    for doc_id in docs:
        doc, gold, pairs = paired(doc_id)
        parties = {g["party"] for g in gold}
        assert len(parties - {None}) >= 2
        assert all(p.party == g["party"] for p, g in pairs)
        assert len(doc.meta.corporaties) >= 2


def test_kennisgeving_lists_restart_and_trailing_lists_are_skipped():
    for doc_id in gold_ids("kennisgeving"):
        doc, gold, pairs = paired(doc_id)
        assert len(doc.afspraken) == len(gold) == len(pairs)
        assert not any("https://" in a.text or "example.nl" in a.text for a in doc.afspraken)
        assert doc.meta.type == "kennisgeving"


@pytest.mark.parametrize("doc_id", gold_ids())
def test_metadata_is_detected(doc_id):
    info = load_gold(doc_id)["document"]
    meta = extracted(doc_id).meta
    assert meta.type == info["type"]
    assert meta.year == info["year"]
    assert meta.gemeenten[0] == info["gemeente"]
    assert set(info["corporaties"]) <= set(meta.corporaties)


def test_match_requires_ninety_percent_of_tokens():
    a = "Woonstichting De Eik bouwt in 2024 ten minste 120 sociale huurwoningen in de wijk Noord"
    assert overlap(tokens(a), tokens(a + " Zuid")) >= 0.9
    assert overlap(tokens(a), tokens("Woonstichting De Eik bouwt in 2024 ten minste 120 woningen")) < 0.9


def _cut_signature_searching_everything(text: str) -> tuple[str, bool]:
    """cut_signature as it was before its prefilters (issue #8)."""
    from pipeline.clean import ENDS_SENTENCE
    from pipeline.structure import PLACE_DATE, signature_start

    cut = len(text)
    m = PLACE_DATE.search(text)
    if m:
        cut = m.start()
    for sm in signature_start().finditer(text):
        if sm.start() == 0 or ENDS_SENTENCE.search(text[: sm.start()].rstrip()):
            cut = min(cut, sm.start())
            break
    return text[:cut].rstrip(), cut < len(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Westervoort, 29 maart 2022", "Aldus overeengekomen", "ALDUS VASTGESTELD", "Voor",
                                 "akkoord", "voor akkoord", "Hoogachtend,", "Met vriendelijke groet", "De gemeente",
                                 "bouwt 40 woningen.", "Arnhem", ", 3 mei 2024", "mei", "1 juni 2023.", "ondertekend",
                                 "te", " ", "\n", ".", "”", "Getekend te Duiven,"]), max_size=10))
def test_cut_signature_with_its_prefilters_cuts_where_a_full_search_cuts(pieces):
    from pipeline.segment import cut_signature

    text = " ".join(pieces)
    assert cut_signature(text) == _cut_signature_searching_everything(text)


@pytest.mark.parametrize("doc_id", gold_ids())
def test_cut_signature_with_its_prefilters_on_every_corpus_block(doc_id):
    from pipeline.segment import cut_signature

    blocks = clean(parse_pdf(CORPUS / "pdf" / f"{doc_id}.pdf")).blocks
    assert any(_cut_signature_searching_everything(block.text)[1] for block in blocks)
    for block in blocks:
        assert cut_signature(block.text) == _cut_signature_searching_everything(block.text)
