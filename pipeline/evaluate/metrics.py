"""The scores every evaluation shares: token overlap, one-to-one matching of texts, precision/recall/F1."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
DEFAULT_MIN_OVERLAP = 0.9


def tokens(text: str) -> list[str]:
    """Normalised tokens for matching: lowercase letters and digits, hyphens and punctuation dropped."""
    return TOKEN.findall(text.lower().replace("-", ""))


def overlap(a: Sequence[str], b: Sequence[str]) -> float:
    """Shared tokens as a share of the longer text: 1.0 only when both say the same."""
    if not a or not b:
        return 0.0
    shared = sum((Counter(a) & Counter(b)).values())
    return shared / max(len(a), len(b))


def match_afspraken(
    predicted: Sequence[str], gold: Sequence[str], min_overlap: float = DEFAULT_MIN_OVERLAP
) -> list[tuple[int, int, float]]:
    """One-to-one matches (pred index, gold index, overlap) of texts that overlap by at least min_overlap."""
    p_tok = [tokens(t) for t in predicted]
    g_tok = [tokens(t) for t in gold]
    pairs = sorted(
        ((overlap(p, g), i, j) for i, p in enumerate(p_tok) for j, g in enumerate(g_tok)
         if abs(len(p) - len(g)) <= (1 - min_overlap) * max(len(p), len(g)) + 1),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    matches = []
    for score, i, j in pairs:
        if score < min_overlap:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matches.append((i, j, score))
    return matches


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1 of `tp` right out of `predicted` found and `gold` to find."""

    tp: int
    predicted: int
    gold: int
    empty: float = 1.0

    @property
    def precision(self) -> float:
        """Right over found; with nothing found, `empty` if there was nothing to find either, else 0."""
        if self.predicted:
            return self.tp / self.predicted
        return self.empty if not self.gold else 0.0

    @property
    def recall(self) -> float:
        """Right over to find; with nothing to find, `empty` if nothing was found either, else 0."""
        if self.gold:
            return self.tp / self.gold
        return self.empty if not self.predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rounded(self) -> dict[str, float]:
        """precision, recall and f1, each to four decimals."""
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}
