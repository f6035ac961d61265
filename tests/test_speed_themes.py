"""Shortcuts taken for speed in the theme model's TF-IDF (`textvec`) give the ids and weights of the plain loops
they replace (bench/README.md, "session 15"): character and word n-gram ids, the kept ids per word, int32 keys.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import textvec
from pipeline.textvec import CharTfidf, WordTfidf, _tfidf

# --- session 15: the theme model's n-gram ids looked up without a Python loop per n-gram ----------------------------

def _char_ids_plain(vocab, ngram_range, word):
    """Session 14's CharTfidf._word_bytes: each n-gram of the padded word looked up in a loop, ids kept by numpy."""
    padded = f" {word} "
    size = len(padded)
    out = []
    for n in range(ngram_range[0], ngram_range[1] + 1):
        if size <= n:
            if padded in vocab:
                out.append(vocab[padded])
            break
        for offset in range(size - n + 1):
            i = vocab.get(padded[offset:offset + n])
            if i is not None:
                out.append(i)
    return np.array(out, dtype=np.int64).tobytes()


def _word_ids_plain(vocab, ngram_range, text):
    """Session 14's WordTfidf n-grams: bigrams made by an f-string, ids kept by a comprehension."""
    tokens = text.split()
    flat = []
    for n in range(ngram_range[0], ngram_range[1] + 1):
        if n == 1:
            grams = tokens
        elif n == 2:
            grams = [f"{a} {b}" for a, b in pairwise(tokens)]
        else:
            grams = [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
        flat += [j for j in map(vocab.get, grams) if j is not None]
    return flat


_LETTERS = st.sampled_from([*"aeinorstwë", " ", "\n", "\t", "-"])
_TEXTS = st.lists(st.text(_LETTERS, max_size=40), min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.integers(1, 3), st.integers(0, 3), st.integers(0, 2**31))
def test_char_ngram_ids_without_a_loop_per_ngram_are_the_ids_of_the_loop(texts, low, extra, seed):
    rng = np.random.default_rng(seed)
    grams = sorted({f" {w} "[o:o + n] for t in texts for w in t.lower().split()
                    for n in range(low, low + extra + 1) for o in range(len(w) + 3 - n)} | {" a ", " e ", "ee"})
    vocab = {g: i for i, g in enumerate(g for g in grams if rng.random() < 0.6)}  # id 0 among them
    idf = rng.random(max(len(vocab), 1)) + 1.0
    tfidf = CharTfidf(vocab, idf, (low, low + extra))
    for text in texts:
        for word in text.lower().split():
            assert tfidf._word_bytes(word) == _char_ids_plain(vocab, (low, low + extra), word)
    plain = [b"".join(_char_ids_plain(vocab, (low, low + extra), w) for w in t.lower().split()) for t in texts]
    flat = np.frombuffer(b"".join(plain), dtype=np.int64)
    want = _tfidf(flat, [len(b) // 8 for b in plain], tfidf.idf)
    for _ in range(2):  # words worked out, then kept
        got = tfidf.rows(texts)
        for a, b in ((got.row, want.row), (got.col, want.col), (got.data, want.data)):
            assert np.array_equal(a, b)


def test_char_ngram_ids_kept_per_word_are_dropped_when_full(monkeypatch):
    monkeypatch.setattr(textvec, "MAX_CACHED_WORDS", 2)
    vocab = {" a": 0, "a ": 1, " b": 2, "b ": 3, "c": 4}
    tfidf = CharTfidf(vocab, np.ones(5), (2, 2))
    for _ in range(3):
        got = tfidf.rows(["a b c a", "c b"])
        assert len(tfidf._ids) <= 2
        assert got.col.tolist() == [0, 1, 2, 3, 2, 3] and got.row.tolist() == [0, 0, 0, 0, 1, 1]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.sampled_from(list("abc") + [" ", "\t"]), max_size=30), min_size=1, max_size=6),
       st.integers(1, 2), st.integers(0, 2), st.integers(0, 2**31))
def test_word_ngram_ids_without_a_loop_per_ngram_are_the_ids_of_the_loop(texts, low, extra, seed):
    rng = np.random.default_rng(seed)
    tokens = sorted({t for text in texts for t in text.split()})
    grams = tokens + [f"{a} {b}" for a in tokens for b in tokens] + [f"{a} {b} {c}" for a in tokens[:3]
                                                                       for b in tokens[:3] for c in tokens[:3]]
    vocab = {g: i for i, g in enumerate(g for g in grams if rng.random() < 0.7)}
    idf = rng.random(max(len(vocab), 1)) + 1.0
    ngram_range = (low, low + extra)
    flat, lengths = [], []
    for text in texts:
        ids = _word_ids_plain(vocab, ngram_range, text)
        flat += ids
        lengths.append(len(ids))
    want = _tfidf(np.array(flat, dtype=np.int64), lengths, idf)
    got = WordTfidf(vocab, idf, ngram_range).rows(texts)
    for a, b in ((got.row, want.row), (got.col, want.col), (got.data, want.data)):
        assert np.array_equal(a, b)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 40), max_size=30), min_size=1, max_size=8), st.integers(41, 5000))
def test_tfidf_counted_on_int32_keys_is_the_tfidf_of_int64_keys(per_row, width):
    flat = np.array([j for row in per_row for j in row], dtype=np.int64)
    idf = np.linspace(1.0, 3.0, width)
    got = _tfidf(flat, [len(r) for r in per_row], idf)
    saved = textvec._INT32_KEYS
    try:
        textvec._INT32_KEYS = -1  # every key int64, as before session 15
        want = _tfidf(flat, [len(r) for r in per_row], idf)
    finally:
        textvec._INT32_KEYS = saved
    assert got.row.dtype == want.row.dtype == np.int64 and got.col.dtype == want.col.dtype == np.int64
    for a, b in ((got.row, want.row), (got.col, want.col), (got.data, want.data)):
        assert np.array_equal(a, b)
