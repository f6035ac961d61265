"""TF-IDF of new texts over a fitted vocabulary, equal to scikit-learn's TfidfVectorizer.transform, faster.

scikit-learn builds every character n-gram of every text as a Python string and looks each up; most words
of an agreement recur, so here each distinct word's n-grams are looked up once and kept as vocabulary ids.
Fitting stays scikit-learn's: only the transform of a fitted model is done here (tests check equality).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

MAX_CACHED_WORDS = 200_000


class CharTfidf:
    """analyzer="char_wb", lowercase, sublinear tf, l2 norm (the theme model's character block)."""

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray, ngram_range: tuple[int, int]) -> None:
        self.vocabulary, self.idf, self.ngram_range = vocabulary, np.asarray(idf, dtype=np.float64), ngram_range
        self._ids: dict[str, list[int]] = {}

    def word_ids(self, word: str) -> list[int]:
        """Vocabulary ids of the n-grams of one word padded with spaces, as scikit-learn's char_wb makes them."""
        found = self._ids.get(word)
        if found is not None:
            return found
        vocab = self.vocabulary
        padded = f" {word} "
        size = len(padded)
        out = []
        for n in range(self.ngram_range[0], self.ngram_range[1] + 1):
            if size <= n:  # a word shorter than n counts once, whole
                if padded in vocab:
                    out.append(vocab[padded])
                break
            for offset in range(size - n + 1):
                i = vocab.get(padded[offset:offset + n])
                if i is not None:
                    out.append(i)
        if len(self._ids) >= MAX_CACHED_WORDS:
            self._ids.clear()
        self._ids[word] = out
        return out

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        rows = []
        for text in texts:
            ids: list[int] = []
            for word in text.lower().split():  # split() already treats any run of whitespace as one
                ids += self.word_ids(word)
            rows.append(ids)
        return _tfidf(rows, self.idf)


class WordTfidf:
    """Whitespace tokens, n-grams joined by a space, no lowercasing (the theme model's lemma block)."""

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray, ngram_range: tuple[int, int]) -> None:
        self.vocabulary, self.idf, self.ngram_range = vocabulary, np.asarray(idf, dtype=np.float64), ngram_range

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        vocab = self.vocabulary
        low, high = self.ngram_range
        rows = []
        for text in texts:
            tokens = text.split()
            ids = []
            for n in range(low, high + 1):
                for i in range(len(tokens) - n + 1):
                    j = vocab.get(tokens[i] if n == 1 else " ".join(tokens[i:i + n]))
                    if j is not None:
                        ids.append(j)
            rows.append(ids)
        return _tfidf(rows, self.idf)


def _tfidf(rows: list[list[int]], idf: np.ndarray) -> sparse.csr_matrix:
    """Rows of vocabulary ids -> (1 + log tf) * idf, each row scaled to unit length."""
    lengths = np.fromiter((len(ids) for ids in rows), dtype=np.int64, count=len(rows))
    cols = np.fromiter((i for ids in rows for i in ids), dtype=np.int64, count=int(lengths.sum()))
    row_of = np.repeat(np.arange(len(rows)), lengths)
    counts = sparse.csr_matrix((np.ones(len(cols)), (row_of, cols)), shape=(len(rows), len(idf)))
    counts.sum_duplicates()  # now data holds each n-gram's count in its row
    counts.data = (1.0 + np.log(counts.data)) * idf[counts.indices]
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ counts)
