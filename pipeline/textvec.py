"""TF-IDF of new texts over a fitted vocabulary, equal to scikit-learn's TfidfVectorizer.transform, faster.

scikit-learn builds every character n-gram of every text as a Python string and looks each up; most words
of an agreement recur, so here each distinct word's n-grams are looked up once and kept as vocabulary ids.
Fitting stays scikit-learn's: only the transform of a fitted model is done here (tests check equality).
Scoring needs no sparse matrix at all (`Rows.dot`), so a process that only predicts never imports scipy.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from operator import is_not
from typing import Any

import numpy as np

MAX_CACHED_WORDS = 200_000
_is_id = partial(is_not, None)  # _is_id(j): j is not None
_INT32_KEYS = 2**31 - 1  # row * width + column below it fits an int32


class CharTfidf:
    """analyzer="char_wb", lowercase, sublinear tf, l2 norm (the theme model's character block)."""

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray, ngram_range: tuple[int, int]) -> None:
        self.vocabulary, self.idf, self.ngram_range = vocabulary, np.asarray(idf, dtype=np.float64), ngram_range
        self._ids = _WordIds(self._word_bytes)  # per word, its ids as int64 bytes: a text's ids are then one join

    def _word_bytes(self, word: str) -> bytes:
        """Vocabulary ids of the n-grams of one word padded with spaces, as scikit-learn's char_wb makes them
        (int64 bytes)."""
        vocab = self.vocabulary
        padded = f" {word} "
        size = len(padded)
        out = array("q")  # int64: np.int64's bytes
        for n in range(self.ngram_range[0], self.ngram_range[1] + 1):
            if size <= n:  # a word shorter than n counts once, whole
                if padded in vocab:
                    out.append(vocab[padded])
                break
            out.extend(filter(_is_id, map(vocab.get, [padded[offset:offset + n] for offset in range(size - n + 1)])))
        return out.tobytes()

    def transform(self, texts: Sequence[str]) -> Any:
        """The TF-IDF matrix (scipy CSR), as scikit-learn's transform gives it."""
        return self.rows(texts).tocsr()

    def rows(self, texts: Sequence[str]) -> Rows:
        """The TF-IDF rows of texts, for scoring."""
        ids = self._ids.__getitem__  # a word not kept yet is worked out and kept (`_WordIds.__missing__`)
        per_text = [b"".join(map(ids, text.lower().split())) for text in texts]  # any run of whitespace is one
        flat = np.frombuffer(b"".join(per_text), dtype=np.int64)
        return _tfidf(flat, [len(b) // 8 for b in per_text], self.idf)


class _WordIds(dict[str, bytes]):
    """Word -> its n-gram ids as int64 bytes, worked out by `make` on the first look-up; emptied when full."""

    def __init__(self, make: Callable[[str], bytes]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, word: str) -> bytes:
        if len(self) >= MAX_CACHED_WORDS:
            self.clear()
        found = self[word] = self.make(word)
        return found


class WordTfidf:
    """Whitespace tokens, n-grams joined by a space, no lowercasing (the theme model's lemma block)."""

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray, ngram_range: tuple[int, int]) -> None:
        self.vocabulary, self.idf, self.ngram_range = vocabulary, np.asarray(idf, dtype=np.float64), ngram_range

    def transform(self, texts: Sequence[str]) -> Any:
        """The TF-IDF matrix (scipy CSR), as scikit-learn's transform gives it."""
        return self.rows(texts).tocsr()

    def rows(self, texts: Sequence[str]) -> Rows:
        """The TF-IDF rows of texts, for scoring."""
        vocab = self.vocabulary
        low, high = self.ngram_range
        flat: list[int] = []
        lengths: list[int] = []
        for text in texts:
            tokens = text.split()
            before = len(flat)
            for n in range(low, high + 1):
                if n == 1:
                    grams = tokens
                elif n == 2:
                    grams = map(" ".join, pairwise(tokens))
                else:
                    grams = [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
                flat += filter(_is_id, map(vocab.get, grams))  # the n-grams in the vocabulary (an id may be 0)
            lengths.append(len(flat) - before)
        return _tfidf(np.array(flat, dtype=np.int64), lengths, self.idf)


@dataclass(frozen=True, slots=True)
class Rows:
    """Sparse rows as coordinates (row-major, one entry per row and column): all that scoring needs."""

    row: np.ndarray
    col: np.ndarray
    data: np.ndarray
    shape: tuple[int, int]

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """This matrix times a weight matrix given transposed (k x columns): rows x k, dense.

        Each row's entries are contiguous, so every column of the result is one `np.add.reduceat`; as fast as
        scipy's sparse product, without building (or importing) scipy.sparse.
        """
        out = np.zeros((self.shape[0], weights.shape[0]))
        if not len(self.row):
            return out
        starts = np.flatnonzero(np.r_[True, self.row[1:] != self.row[:-1]])
        rows = self.row[starts]
        for j, column in enumerate(weights):
            out[rows, j] = np.add.reduceat(self.data * np.take(column, self.col), starts)
        return out

    def tocsr(self) -> Any:
        from scipy import sparse

        indptr = np.zeros(self.shape[0] + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.row, minlength=self.shape[0]), out=indptr[1:])
        return sparse.csr_matrix((self.data, self.col, indptr), shape=self.shape)


def _tfidf(flat: np.ndarray, lengths: list[int], idf: np.ndarray) -> Rows:
    """Vocabulary ids of each text, one after the other (`lengths` per text) -> (1 + log tf) * idf, each row
    scaled to unit length. Counted with one sort in numpy rather than through scipy's COO -> CSR."""
    n_rows, width = len(lengths), len(idf)
    rows = np.repeat(np.arange(n_rows, dtype=np.int64), lengths)
    keys = rows * width + flat
    if n_rows * width <= _INT32_KEYS:  # the same keys sort about twice as fast as int32
        keys = keys.astype(np.int32)
    keys, counts = np.unique(keys, return_counts=True)
    row, col = np.divmod(keys.astype(np.int64), width)
    data = (1.0 + np.log(counts)) * idf[col]
    norms = np.sqrt(np.bincount(row, weights=data * data, minlength=n_rows))
    norms[norms == 0] = 1.0
    data /= norms[row]
    return Rows(row, col, data, (n_rows, width))
