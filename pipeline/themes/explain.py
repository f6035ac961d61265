"""Using a model on documents: classify, explain a prediction, list uncertain ones for review."""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from ..types import THEMES, Afspraak, Document
from .features import lexicon_matrix
from .masking import names_of
from .model import ThemeModel
from .settings import DEFAULT_EXPLAIN_TERMS, DEFAULT_REVIEW_THRESHOLD, DEFAULT_SECOND_THEME

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A low-confidence prediction for a person to check, with the runner-up theme."""

    document: str
    afspraak_id: str
    number: str | None
    text: str
    theme: str
    score: float
    runner_up: str
    runner_up_score: float

    @property
    def margin(self) -> float:
        """How far the top theme is ahead of the runner-up: small means uncertain."""
        return self.score - self.runner_up_score

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document, "afspraak_id": self.afspraak_id, "number": self.number,
            "text": self.text, "theme": self.theme, "score": self.score, "runner_up": self.runner_up,
            "runner_up_score": self.runner_up_score,
        }


def classify_texts(texts: Sequence[str], model: ThemeModel, names: Iterable[str] = ()) -> list[dict[str, float]]:
    """Theme scores for bare texts: one dict over all five themes per text."""
    proba = model.predict_proba(list(texts), names)
    return [{t: float(p) for t, p in zip(THEMES, row, strict=True)} for row in proba]


def classify_document(doc: Document, model: ThemeModel, explain: bool = False) -> Document:
    """Fill theme (the top theme), theme_scores (all five, summing to 1) and themes (the top theme, and the
    runner-up where it scores at least `second_theme_threshold`) of every afspraak.

    Explanations are not stored on the afspraken: call `explain(text, model)` for the terms behind one
    prediction. With explain=True they are computed and logged at INFO level.
    """
    if not doc.afspraken:
        return doc
    names = names_of(doc)
    scores = classify_texts([a.text for a in doc.afspraken], model, names)
    afspraken = []
    for a, s in zip(doc.afspraken, scores, strict=True):
        s = {t: round(v, 6) for t, v in s.items()}
        themes = [t for t, _ in theme_ranking(s, second_theme_threshold(model))]
        afspraken.append(replace(a, theme=themes[0], theme_scores=s, themes=themes))
        if explain:
            log.info("%s %s: %s", a.id, afspraken[-1].theme,
                     ", ".join(f"{t} {w:+.2f}" for t, w in _explain(a.text, model, DEFAULT_EXPLAIN_TERMS, names)))
    return replace(doc, afspraken=tuple(afspraken))


def theme_ranking(scores: dict[str, float], second: float = DEFAULT_SECOND_THEME) -> list[tuple[str, float]]:
    """The top theme with its score, then the runner-up where it scores at least `second`."""
    ranked = sorted(scores.items(), key=lambda ts: (-ts[1], THEMES.index(ts[0])))
    return ranked[:1] + [ts for ts in ranked[1:2] if ts[1] >= second]


def second_theme_threshold(model: ThemeModel | None) -> float:
    """The score a runner-up needs to become a second theme: the model's own (fitted on held-out data), or the
    default."""
    return float((model.meta.get("thresholds") or {}).get("second_theme", DEFAULT_SECOND_THEME)) if model \
        else DEFAULT_SECOND_THEME


def review_threshold(model: ThemeModel | None) -> float:
    """The top score under which an afspraak goes to the review queue: the model's own, or the default."""
    return float((model.meta.get("thresholds") or {}).get("review", DEFAULT_REVIEW_THRESHOLD)) if model \
        else DEFAULT_REVIEW_THRESHOLD


def top_themes(afspraak: Afspraak, min_score: float = DEFAULT_SECOND_THEME) -> list[tuple[str, float]]:
    """The themes of an afspraak scoring at least min_score, best first (two for a two-theme afspraak)."""
    scores = afspraak.theme_scores or {}
    return sorted(((t, s) for t, s in scores.items() if s >= min_score), key=lambda ts: -ts[1])


def explain(text: str, model: ThemeModel, k: int = DEFAULT_EXPLAIN_TERMS, names: Iterable[str] = ()) -> list[
        tuple[str, float]]:
    """The k terms that pushed the text most towards its predicted theme, with their contribution (logits).

    Lemma n-grams are given as lemmas; character n-grams are summed back into the words they came from, so
    a compound such as "zonnepanelen" appears as one term. The keyword lexicon appears as
    "[lexicon: keywords found]".
    """
    return _explain(text, model, k, tuple(names))


def _explain(text: str, model: ThemeModel, k: int, names: tuple[str, ...]) -> list[tuple[str, float]]:
    masked = model.mask([text], names)[0]
    x = model.features([masked]).tocsr()
    z = model.logits([masked])
    c = int(z[0].argmax())
    # contribution to the margin of the predicted theme over the mean of the other trained themes (a gradient
    # of the probability would vanish exactly where the model is sure)
    others = np.isfinite(model.intercept) & (np.arange(len(THEMES)) != c)
    delta = (model.coef[c] - model.coef[others].mean(axis=0)) / model.temperature
    contrib: dict[str, float] = defaultdict(float)
    n_lemma = len(model.lemma_vocab)
    char_parts: dict[int, float] = {}
    for i, v in zip(x.indices, x.data, strict=True):
        value = float(v * delta[i])
        if i < n_lemma:
            contrib[model.lemma_vocab[i]] += value
        else:
            char_parts[i - n_lemma] = value
    contrib.update(_char_contributions(masked, char_parts, model))
    if model.lexicon_weight:
        lex = lexicon_matrix([masked], model._patterns())[0]
        found = sorted(set(model._patterns()[c].findall(masked.lower())))
        label = f"[lexicon: {', '.join(found)}]" if found else "[lexicon]"
        contrib[label] = float(model.lexicon_weight * (lex[c] - lex[others].mean()) / model.temperature)
    ranked = sorted(((t, v) for t, v in contrib.items() if v > 0), key=lambda tv: -tv[1])
    return [(t, round(v, 4)) for t, v in ranked[:k]]


def _char_contributions(masked: str, parts: dict[int, float], model: ThemeModel) -> dict[str, float]:
    """Spread each char n-gram's contribution over the words containing it, and sum per word."""
    char_vec, = model._vectorisers()[1:]
    analyzer = char_vec.build_analyzer()
    vocab = char_vec.vocabulary_
    words = [w for w in masked.lower().split() if w]
    grams_per_word = [[vocab[g] for g in analyzer(w) if g in vocab] for w in words]
    counts = Counter(i for grams in grams_per_word for i in grams)
    out: dict[str, float] = defaultdict(float)
    for word, grams in zip(words, grams_per_word, strict=True):
        label = word.strip(".,;:()“”\"'‘’")
        out[label or word] += sum(parts.get(i, 0.0) / counts[i] for i in grams)
    return out


def review_items(
    docs: Iterable[Document], threshold: float | None = None, model: ThemeModel | None = None,
) -> list[ReviewItem]:
    """Predictions whose top score is below threshold, most uncertain (smallest margin) first: a work queue.

    The threshold defaults to the model's review threshold (chosen on held-out families so that the queue
    holds at most a fifth of the afspraken and catches most errors), else `DEFAULT_REVIEW_THRESHOLD`.
    Documents not yet classified are classified with model first (skipped when model is None).
    """
    threshold = review_threshold(model) if threshold is None else threshold
    items = []
    for doc in docs:
        if model is not None and any(a.theme_scores is None for a in doc.afspraken):
            doc = classify_document(doc, model)
        for a in doc.afspraken:
            if not a.theme_scores:
                continue
            ranked = sorted(a.theme_scores.items(), key=lambda ts: -ts[1])
            (theme, score), (second, second_score) = ranked[0], ranked[1]
            if score < threshold:
                items.append(ReviewItem(doc.meta.path, a.id, a.number, a.text, theme, score, second, second_score))
    return sorted(items, key=lambda r: (r.margin, r.score))
