"""Leave-one-family-out evaluation of the theme model on the corpus gold."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from ..config import default_corpus_dir
from ..run import extract
from ..themes.data import (
    Example,
    extra_training_sources,
    gold_checksum,
    load_examples,
    load_gold_examples,
    weak_examples,
)
from ..themes.fit import fit_examples
from ..themes.settings import ThemeSettings
from ..types import THEMES
from .metrics import Scores


def _scores(y_true: Sequence[str], y_pred: Sequence[str]) -> dict[str, Any]:
    per_theme = {}
    for theme in THEMES:
        tp = sum(t == theme and p == theme for t, p in zip(y_true, y_pred, strict=True))
        n_pred = sum(p == theme for p in y_pred)
        n_true = sum(t == theme for t in y_true)
        per_theme[theme] = {**Scores(tp, n_pred, n_true, empty=0.0).rounded(), "support": n_true}
    present = [t for t in THEMES if per_theme[t]["support"] or any(p == t for p in y_pred)]
    macro = sum(per_theme[t]["f1"] for t in present) / len(present) if present else 0.0
    accuracy = sum(t == p for t, p in zip(y_true, y_pred, strict=True)) / len(y_true) if y_true else 0.0
    matrix = [[sum(t == a and p == b for t, p in zip(y_true, y_pred, strict=True)) for b in THEMES]
              for a in THEMES]
    return {"n": len(y_true), "macro_f1": round(macro, 4), "accuracy": round(accuracy, 4),
            "per_theme": per_theme, "confusion": {"labels": list(THEMES), "matrix": matrix}}


def _corpus_weak_examples(corpus: Path) -> list[Example]:
    index = json.loads((corpus / "gold" / "index.json").read_text(encoding="utf-8"))
    out = []
    for d in index["documents"]:
        doc = extract(corpus / d["pdf"], model=None)
        out += [replace(e, family=d["family"], doc_id=d["id"]) for e in weak_examples([doc])]
    return out


def evaluate_themes(
    corpus_dir: str | Path | None = None,
    *,
    settings: ThemeSettings | dict | None = None,
    labels: Literal["gold", "gold+weak", "weak"] = "gold",
    examples: Sequence[Example] | None = None,
    extra: Sequence[Example] = (),
) -> dict[str, Any]:
    """Leave-one-family-out evaluation: train on all other families, test on the held-out family's gold.

    Args:
        corpus_dir: the corpus (default: `config.default_corpus_dir()`).
        settings: model settings to evaluate.
        labels: what the training folds learn from: the gold, gold plus weak heading labels, or weak heading
            labels only (the annotation-free path); weak labels come from the training families' PDFs only.
        examples: the gold examples to use instead of reading them from corpus_dir.
        extra: labelled examples of other families that every fold trains on and none is tested on (such as
            `themes_extra` and the challenge dev split beside the bundled corpus).

    Returns:
        A dict with macro_f1, accuracy, per_theme {precision, recall, f1, support}, confusion {labels,
        matrix}, per_family (the same scores per held-out family), errors (misclassified texts), predictions
        (per held-out example: family, gold themes, the out-of-fold scores), n, checksum (of the gold),
        settings and seconds.
    """
    settings = ThemeSettings.resolve(settings)
    corpus = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
    started = time.perf_counter()
    gold = list(examples) if examples is not None else load_gold_examples(corpus)
    weak = _corpus_weak_examples(corpus) if labels != "gold" else []
    families = sorted({e.family for e in gold})
    if len(families) < 2:
        raise ValueError("leave-one-family-out needs at least two families")
    y_true: list[str] = []
    y_pred: list[str] = []
    per_family = {}
    errors = []
    predictions = []
    for held in families:
        train = [e for e in gold if e.family != held] if labels != "weak" else []
        train += [e for e in weak if e.family != held]
        train += [e for e in extra if e.family != held]
        test = [e for e in gold if e.family == held]
        model = fit_examples(train, settings)
        proba = model.predict_proba([e.text for e in test], test[0].names if test else ())
        pred = [THEMES[i] for i in proba.argmax(axis=1)]
        per_family[held] = _scores([e.theme for e in test], pred)
        per_family[held]["lexicon_weight"] = model.lexicon_weight
        per_family[held]["temperature"] = round(model.temperature, 3)
        y_true += [e.theme for e in test]
        y_pred += pred
        errors += [{"family": held, "doc_id": e.doc_id, "gold": e.theme, "predicted": p,
                    "score": round(float(row.max()), 3), "text": e.text}
                   for e, p, row in zip(test, pred, proba, strict=True) if p != e.theme]
        predictions += [{"family": held, "themes": list(e.themes or (e.theme,)),
                         "scores": [round(float(v), 6) for v in row]} for e, row in zip(test, proba, strict=True)]
    result = _scores(y_true, y_pred)
    result.update({
        "protocol": "leave-one-family-out", "labels": labels, "families": families,
        "per_family": per_family, "errors": errors, "predictions": predictions, "checksum": gold_checksum(gold),
        "extra": {"n": len(extra), "checksum": gold_checksum(extra) if extra else None},
        "settings": settings.to_dict(), "seconds": round(time.perf_counter() - started, 1),
    })
    return result


def scores_text(result: dict[str, Any]) -> str:
    """The leave-one-family-out scores as text: per theme, per held-out family, and the confusion matrix."""
    out = io.StringIO()
    out.write(f"leave-one-family-out macro-F1 {result['macro_f1']:.3f}, accuracy {result['accuracy']:.3f}\n\n")
    out.write("| theme | precision | recall | F1 | support |\n|---|---:|---:|---:|---:|\n")
    for theme, row in result["per_theme"].items():
        out.write(f"| {theme} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | "
                  f"{row['support']} |\n")
    out.write("\n| held-out family | macro-F1 |\n|---|---:|\n")
    for family, row in result["per_family"].items():
        out.write(f"| {family} | {row['macro_f1']:.3f} |\n")
    labels_ = result["confusion"]["labels"]
    out.write("\nconfusion (rows gold, columns predicted): " + ", ".join(labels_) + "\n")
    for name, row in zip(labels_, result["confusion"]["matrix"], strict=True):
        out.write(f"  {name[:14]:<14} {' '.join(f'{v:4d}' for v in row)}\n")
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------- thresholds


def review_queue(predictions: Sequence[dict[str, Any]], threshold: float) -> dict[str, Any]:
    """What a review queue of the afspraken whose top score is below threshold does on out-of-fold predictions:
    the share of afspraken it holds and the share of the errors (top theme not the gold theme) it catches."""
    n = len(predictions)
    errors = [p for p in predictions if THEMES[_argmax(p["scores"])] != p["themes"][0]]
    queued = [p for p in predictions if max(p["scores"]) < threshold]
    caught = [p for p in queued if THEMES[_argmax(p["scores"])] != p["themes"][0]]
    return {"threshold": round(threshold, 3), "n": n, "queued": len(queued), "errors": len(errors),
            "caught": len(caught), "share_reviewed": round(len(queued) / n, 4) if n else 0.0,
            "share_caught": round(len(caught) / len(errors), 4) if errors else 1.0}


def choose_review_threshold(predictions: Sequence[dict[str, Any]], max_share: float = 0.2) -> dict[str, Any]:
    """The highest review threshold (in steps of 0.01) whose queue holds at most max_share of the afspraken,
    with its figures (`review_queue`)."""
    best = review_queue(predictions, 0.0)
    for step in range(1, 100):
        figures = review_queue(predictions, step / 100)
        if figures["share_reviewed"] > max_share:
            break
        best = figures
    return best


def choose_second_theme_threshold(predictions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The score a runner-up needs to be named as second theme: the one (in steps of 0.05) with the best F1 of
    second themes against the gold's, on out-of-fold predictions."""
    best: dict[str, Any] = {"threshold": 0.5, "f1": -1.0}
    for step in range(1, 10):
        threshold = step * 0.05
        tp = n_pred = n_true = 0
        for p in predictions:
            ranked = sorted(range(len(THEMES)), key=lambda i: -p["scores"][i])
            predicted = THEMES[ranked[1]] if p["scores"][ranked[1]] >= threshold else None
            gold = p["themes"][1] if len(p["themes"]) > 1 else None
            n_pred += predicted is not None
            n_true += gold is not None
            tp += predicted is not None and predicted == gold
        scores = Scores(tp, n_pred, n_true, empty=0.0).rounded()
        if scores["f1"] > best["f1"]:
            best = {"threshold": round(threshold, 2), **scores, "predicted": n_pred, "gold": n_true}
    return best


def _argmax(values: Sequence[float]) -> int:
    return max(range(len(values)), key=values.__getitem__)


# ---------------------------------------------------------------------------------------------------- shipped


SUMMARY_KEYS = ("protocol", "labels", "families", "n", "macro_f1", "accuracy", "per_theme", "confusion", "checksum",
                "extra", "seconds")


def summary(result: dict[str, Any]) -> dict[str, Any]:
    """The part of an evaluation that goes into a model's metadata and card (no texts, no predictions)."""
    out = {k: result[k] for k in SUMMARY_KEYS if k in result}
    out["per_family"] = {f: {"n": s["n"], "macro_f1": s["macro_f1"], "accuracy": s["accuracy"]}
                         for f, s in result["per_family"].items()}
    return out


def evaluate_training_sets(
    corpus_dir: str | Path | None = None, settings: ThemeSettings | dict | None = None,
) -> tuple[list[Example], dict[str, Any]]:
    """All labelled examples of a corpus (gold and `extra_training_sources`) and how a model trained on them
    does on held-out families: leave-one-family-out on the corpus gold (every fold trains on the extra sources
    too) and, where the challenge dev split is among the sources, leave-one-family-out on it (every fold trains
    on the rest). The review and second-theme thresholds are chosen on the challenge dev predictions (else on
    the corpus's).

    Returns:
        (examples, evaluation): evaluation holds `corpus` and `challenge_dev` (summaries), `review` and
        `second_theme` (the chosen thresholds with their figures).
    """
    corpus = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
    gold = load_gold_examples(corpus)
    sources = {path: load_examples(path) for path in extra_training_sources(corpus)}
    extra = [e for examples in sources.values() for e in examples]
    evaluation: dict[str, Any] = {"sources": [str(p.relative_to(corpus)) for p in sources]}
    result = evaluate_themes(corpus, settings=settings, examples=gold, extra=extra)
    evaluation["corpus"] = summary(result)
    predictions = result["predictions"]
    dev = corpus / "challenge" / "dev"
    if dev in sources:
        rest = gold + [e for path, examples in sources.items() if path != dev for e in examples]
        dev_result = evaluate_themes(dev, settings=settings, examples=sources[dev], extra=rest)
        evaluation["challenge_dev"] = summary(dev_result)
        predictions = dev_result["predictions"]
    evaluation["review"] = choose_review_threshold(predictions)
    evaluation["second_theme"] = choose_second_theme_threshold(predictions)
    return gold + extra, evaluation


def evaluate_model_on(examples: Sequence[Example], model: Any) -> dict[str, Any]:
    """A trained model's scores on labelled examples it never saw (such as a held-out JSON-lines set): the usual
    scores, the accuracy when a gold second theme counts too, and its review queue at the model's threshold."""
    from ..themes.explain import review_threshold

    proba = model.predict_proba([e.text for e in examples]) if examples else []
    pred = [THEMES[int(row.argmax())] for row in proba]
    result = _scores([e.theme for e in examples], pred)
    either = sum(p in (e.themes or (e.theme,)) for e, p in zip(examples, pred, strict=True))
    result["accuracy_either_theme"] = round(either / len(examples), 4) if examples else 0.0
    predictions = [{"themes": list(e.themes or (e.theme,)), "scores": [float(v) for v in row]}
                   for e, row in zip(examples, proba, strict=True)]
    result["review"] = review_queue(predictions, review_threshold(model))
    return result
