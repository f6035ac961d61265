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
        flat: list[int] = []
        lengths: list[int] = []
        word_ids = self.word_ids
        for text in texts:
            before = len(flat)
            for word in text.lower().split():  # split() already treats any run of whitespace as one
                flat += word_ids(word)
            lengths.append(len(flat) - before)
        return _tfidf(flat, lengths, self.idf)


class WordTfidf:
    """Whitespace tokens, n-grams joined by a space, no lowercasing (the theme model's lemma block)."""

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray, ngram_range: tuple[int, int]) -> None:
        self.vocabulary, self.idf, self.ngram_range = vocabulary, np.asarray(idf, dtype=np.float64), ngram_range

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        vocab = self.vocabulary
        low, high = self.ngram_range
        flat: list[int] = []
        lengths: list[int] = []
        for text in texts:
            tokens = text.split()
            before = len(flat)
            for n in range(low, high + 1):
                for i in range(len(tokens) - n + 1):
                    j = vocab.get(tokens[i] if n == 1 else " ".join(tokens[i:i + n]))
                    if j is not None:
                        flat.append(j)
            lengths.append(len(flat) - before)
        return _tfidf(flat, lengths, self.idf)


def _tfidf(flat: list[int], lengths: list[int], idf: np.ndarray) -> sparse.csr_matrix:
    """Vocabulary ids of each text, one after the other (`lengths` per text) -> (1 + log tf) * idf, each row
    scaled to unit length. Counted with one sort in numpy rather than through scipy's COO -> CSR."""
    n_rows, width = len(lengths), len(idf)
    rows = np.repeat(np.arange(n_rows, dtype=np.int64), lengths)
    keys, counts = np.unique(rows * width + np.array(flat, dtype=np.int64), return_counts=True)
    row, col = np.divmod(keys, width)
    data = (1.0 + np.log(counts)) * idf[col]
    norms = np.sqrt(np.bincount(row, weights=data * data, minlength=n_rows))
    norms[norms == 0] = 1.0
    data /= norms[row]
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(row, minlength=n_rows), out=indptr[1:])
    return sparse.csr_matrix((data, col, indptr), shape=(n_rows, width))
