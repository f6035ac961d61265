"""Fitting a `ThemeModel` on labelled examples: linear weights, then lexicon weight and temperature on grouped folds."""

from __future__ import annotations

import hashlib
import logging
import math
import time
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import numpy as np

from ..types import THEMES
from .data import SOURCE_PRIORITY, Example, gold_checksum
from .features import compile_keywords, default_keywords, lemma_text, lexicon_matrix, make_vectorizer, stack_features
from .masking import theme_mask
from .model import ThemeModel, softmax
from .settings import LEXICON_WEIGHTS, MODEL_VERSION, ThemeSettings

log = logging.getLogger(__name__)


def _dedupe(examples: Sequence[Example], settings: ThemeSettings | None = None) -> list[tuple[Example, str]]:
    """Examples with their masked text, one per masked text: corrections beat gold beat weak labels."""
    settings = settings or ThemeSettings()
    seen: dict[str, tuple[Example, str]] = {}
    for e in sorted(examples, key=lambda e: SOURCE_PRIORITY[e.source]):
        masked = theme_mask(e.text, e.names, afspraak=settings.afspraak_mask, proper=settings.name_mask)
        key = " ".join(masked.lower().split())
        if key not in seen:
            seen[key] = (e, masked)
    return list(seen.values())


def _fit_linear(masked: Sequence[str], y: np.ndarray, weights: np.ndarray, settings: ThemeSettings) -> ThemeModel:
    from sklearn.linear_model import LogisticRegression

    lemma = make_vectorizer("lemma", settings)
    char = make_vectorizer("char", settings)
    x = stack_features(lemma.fit_transform(lemma_text(masked, settings.compounds)), char.fit_transform(masked))
    clf = LogisticRegression(C=settings.C, max_iter=5000, class_weight="balanced")
    clf.fit(x, y, sample_weight=weights)
    coef = np.zeros((len(THEMES), x.shape[1]))
    intercept = np.full(len(THEMES), -np.inf)
    classes = list(clf.classes_)
    if len(classes) == 2:  # sklearn keeps one row for two classes: expand to a softmax over both
        rows = np.vstack([-clf.coef_[0] / 2, clf.coef_[0] / 2])
        icpt = np.array([-clf.intercept_[0] / 2, clf.intercept_[0] / 2])
    else:
        rows, icpt = clf.coef_, clf.intercept_
    for row, theme in enumerate(classes):
        coef[THEMES.index(theme)] = rows[row]
        intercept[THEMES.index(theme)] = icpt[row]
    lemma_vocab = [t for t, _ in sorted(lemma.vocabulary_.items(), key=lambda kv: kv[1])]
    char_vocab = [t for t, _ in sorted(char.vocabulary_.items(), key=lambda kv: kv[1])]
    return ThemeModel(settings=settings, lemma_vocab=lemma_vocab, lemma_idf=lemma.idf_.copy(),
                      char_vocab=char_vocab, char_idf=char.idf_.copy(), coef=coef, intercept=intercept,
                      keywords={}, _vectorizers=(lemma, char))


def _groups_for(examples: Sequence[Example]) -> list[str]:
    """Calibration folds: whole families, dealt round-robin into at most CALIBRATION_FOLDS folds (or the
    documents when there are fewer than three families)."""
    families = sorted({e.family for e in examples})
    if len(families) < 3:
        return [e.doc_id for e in examples]
    fold = {f: f"fold{i % CALIBRATION_FOLDS}" for i, f in enumerate(families)}
    return [fold[e.family] for e in examples]


CALIBRATION_FOLDS = 6


def _fit_calibration(
    masked: Sequence[str], y: np.ndarray, weights: np.ndarray, groups: Sequence[str], settings: ThemeSettings,
    keywords: dict[str, tuple[str, ...]],
) -> tuple[float, float]:
    """Lexicon weight and temperature that minimise the weighted log loss of grouped out-of-fold logits."""
    from scipy.optimize import minimize_scalar

    unique = sorted(set(groups))
    if not settings.calibrate or len(unique) < 3:
        return (1.0 if settings.lexicon else 0.0), 1.0
    z = np.zeros((len(masked), len(THEMES)))
    ok = np.zeros(len(masked), dtype=bool)
    group_arr = np.array(groups)
    for held in unique:
        test = group_arr == held
        if len(set(y[~test])) < 2:
            continue
        fold = _fit_linear([m for m, t in zip(masked, test, strict=True) if not t], y[~test], weights[~test],
                           settings)
        z[test] = fold.logits([m for m, t in zip(masked, test, strict=True) if t])
        ok[test] = True
    z, yy, ww = z[ok], y[ok], weights[ok]
    target = np.array([THEMES.index(t) for t in yy])
    lex = lexicon_matrix([m for m, k in zip(masked, ok, strict=True) if k], compile_keywords(keywords))
    z = np.where(np.isfinite(z), z, -1e9)

    def loss(w: float, temp: float) -> float:
        p = softmax((z + w * lex) / temp)
        return float(-(ww * np.log(np.clip(p[np.arange(len(target)), target], 1e-12, 1))).sum() / ww.sum())

    best = (math.inf, 0.0, 1.0)
    for w in (LEXICON_WEIGHTS if settings.lexicon else (0.0,)):
        res = minimize_scalar(lambda t, w=w: loss(w, t), bounds=(0.05, 20.0), method="bounded")
        if res.fun < best[0]:
            best = (float(res.fun), float(w), float(res.x))
    log.info("calibration: lexicon weight %.2f, temperature %.3f, out-of-fold log loss %.4f",
             best[1], best[2], best[0])
    return best[1], best[2]


def fit_examples(examples: Sequence[Example], settings: ThemeSettings | dict | None = None) -> ThemeModel:
    """Fit a model on labelled examples (deduplicated after masking; weak labels weigh `weak_weight`)."""
    from threadpoolctl import threadpool_limits

    settings = ThemeSettings.resolve(settings)
    started = time.perf_counter()
    # one BLAS thread: the problem is small and sparse, and more threads only fight each other on a busy machine
    with threadpool_limits(limits=1):
        return _fit_examples(examples, settings, started)


def _fit_examples(examples: Sequence[Example], settings: ThemeSettings, started: float) -> ThemeModel:
    rows = _dedupe(examples, settings)
    if len({e.theme for e, _ in rows}) < 2:
        raise ValueError("training needs examples of at least two themes")
    masked = [m for _, m in rows]
    y = np.array([e.theme for e, _ in rows])
    weights = np.array([settings.weak_weight if e.source == "weak" else 1.0 for e, _ in rows])
    groups = _groups_for([e for e, _ in rows])
    keywords = default_keywords() if settings.lexicon else {}
    model = _fit_linear(masked, y, weights, settings)
    model.keywords = dict(keywords)
    model.lexicon_weight, model.temperature = _fit_calibration(masked, y, weights, groups, settings, keywords)
    model.meta = {
        "version": MODEL_VERSION,
        "trained": date.today().isoformat(),
        "training": {
            "examples": len(examples),
            "unique_texts": len(rows),
            "by_source": dict(Counter(e.source for e, _ in rows)),
            "by_theme": {t: int((y == t).sum()) for t in THEMES},
            "families": sorted({e.family for e, _ in rows}),
            "checksum": gold_checksum(examples),
            "seconds": round(time.perf_counter() - started, 2),
        },
        "code_sha256": code_checksum(),
        "libraries": _library_versions(),
    }
    return model


def code_checksum() -> str:
    """A sha256 over the sources of `pipeline/themes/`: ties a saved model and its card to the code that made them."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode("utf-8") + b"\x1f" + path.read_bytes() + b"\x1e")
    return digest.hexdigest()


def _library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("afspraken", "scikit-learn", "numpy", "scipy", "spacy", "spacy-lookups-data"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    return out
