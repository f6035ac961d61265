"""The Dutch language layer: spaCy's tokenizer with its special cases added as the texts need them (issue #8)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.nl import Dutch

from pipeline import nlp, themes

ROOT = Path(__file__).resolve().parent.parent
EXCEPTIONS = sorted(Dutch.Defaults.tokenizer_exceptions)
PIECES = [key for key in EXCEPTIONS if not any(c.isspace() for c in key)]


def tokens(doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.norm_, t.whitespace_) for t in doc]


@pytest.fixture(scope="module")
def stock() -> spacy.language.Language:
    """spaCy's own Dutch tokenizer, every special case loaded up front."""
    return spacy.blank("nl")


def lazy() -> nlp.SpecialCasesAsNeeded:
    return spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": nlp.LAZY_TOKENIZER}}}).tokenizer


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    examples = themes.load_gold_examples(ROOT / "corpus")
    return [e.text for e in examples] + [themes.mask(e.text, e.names) for e in examples]


def test_lookup_pipeline_tokenizes_with_special_cases_added_as_needed():
    assert isinstance(nlp.get_nlp().tokenizer, nlp.SpecialCasesAsNeeded)


def test_every_corpus_piece_tokenizes_as_with_every_special_case_loaded(stock, corpus_texts):
    """Pieces between whitespace (what the lemma path tokenizes) get only the cases occurring in them."""
    tokenizer = lazy()
    pieces = sorted({piece for text in corpus_texts for piece in text.split()})
    assert [tokens(tokenizer(p)) for p in pieces] == [tokens(stock.tokenizer(p)) for p in pieces]
    added = len(EXCEPTIONS) - len(tokenizer.pending)
    assert 20 < added < len(EXCEPTIONS) / 10, added  # some cases were needed, and far from all
    assert any(len(d) > 1 for d in map(stock.tokenizer, pieces))  # pieces that split, so the test can fail


def test_a_text_with_whitespace_gets_every_special_case_first(stock, corpus_texts):
    tokenizer = lazy()
    assert [tokens(tokenizer(t)) for t in corpus_texts[:50]] == [tokens(stock.tokenizer(t)) for t in corpus_texts[:50]]
    assert not tokenizer.pending


def test_a_very_long_piece_gets_every_special_case_first(stock):
    tokenizer = lazy()
    piece = "o.a.bijv.(ca." * 20
    assert len(piece) > nlp.SpecialCasesAsNeeded.LONGEST_PIECE
    assert tokens(tokenizer(piece)) == tokens(stock.tokenizer(piece))
    assert not tokenizer.pending


def test_the_tokenizer_beyond_a_call_is_spacys_own_with_every_special_case(stock):
    tokenizer = lazy()
    tokenizer("bijv.")
    assert tokenizer.rules == stock.tokenizer.rules
    assert tokenizer.to_bytes(exclude=["vocab"]) == stock.tokenizer.to_bytes(exclude=["vocab"])
    assert tokenizer.explain("t.b.v. (o.a.) 40%") == stock.tokenizer.explain("t.b.v. (o.a.) 40%")
    assert ("SPECIAL-1", "t.b.v.") in tokenizer.explain("t.b.v.")


def test_extracting_a_corpus_document_adds_only_the_special_cases_it_needs():
    """The lemma path never forces every special case in (which costs each process 0.45 s); a fresh process,
    since other tests tokenize whole texts."""
    script = ("import pipeline; from pipeline import nlp; d = pipeline.extract('corpus/pdf/lindehoven-2023.pdf'); "
              "assert all(a.theme for a in d.afspraken); print(len(nlp.get_nlp().tokenizer.pending))")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert int(out.stdout) > len(EXCEPTIONS) * 0.9


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(["(", ")", ",", ".", "'", "’", "-", "/", "a",
                                                                        "woning", "1", "%", ":", "\"", "…"])),
                min_size=1, max_size=6))
def test_pieces_made_of_special_cases_and_affixes_tokenize_as_spacy_does(stock, parts):
    text = "".join(parts)
    tokenizer = lazy() if len(text) % 2 else _shared
    assert tokens(tokenizer(text)) == tokens(stock.tokenizer(text))


_shared = lazy()  # one tokenizer over many examples too: cases added earlier must not change later texts


def test_spacy_is_imported_without_its_cli_which_still_imports_on_demand() -> None:
    # issue #19: spaCy's __init__ imports its whole CLI for `spacy.info` (0.17 s of each worker's start-up)
    code = (
        "import sys, pipeline.nlp as n, spacy\n"
        "assert 'spacy.cli' not in sys.modules and 'spacy.cli.info' not in sys.modules\n"
        "assert [t.text for t in n.get_nlp()('De gemeente bouwt.')] == ['De', 'gemeente', 'bouwt', '.']\n"
        "import spacy.cli\n"
        "assert spacy.cli.info.__module__ == 'spacy.cli.info'\n"
        "assert 'spaCy version' in spacy.info(markdown=True, silent=True)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
