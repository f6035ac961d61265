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
from ..themes.data import Example, gold_checksum, load_gold_examples, weak_examples
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
) -> dict[str, Any]:
    """Leave-one-family-out evaluation: train on all other families, test on the held-out family's gold.

    Args:
        corpus_dir: the corpus (default: `config.default_corpus_dir()`).
        settings: model settings to evaluate.
        labels: what the training folds learn from: the gold, gold plus weak heading labels, or weak heading
            labels only (the annotation-free path); weak labels come from the training families' PDFs only.
        examples: the gold examples to use instead of reading them from corpus_dir.

    Returns:
        A dict with macro_f1, accuracy, per_theme {precision, recall, f1, support}, confusion {labels,
        matrix}, per_family (the same scores per held-out family), errors (misclassified texts), n,
        checksum (of the gold), settings and seconds.
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
    for held in families:
        train = [e for e in gold if e.family != held] if labels != "weak" else []
        train += [e for e in weak if e.family != held]
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
    result = _scores(y_true, y_pred)
    result.update({
        "protocol": "leave-one-family-out", "labels": labels, "families": families,
        "per_family": per_family, "errors": errors, "checksum": gold_checksum(gold),
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
