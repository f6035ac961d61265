"""The model card: a Markdown page written beside a saved model from its metadata."""

from __future__ import annotations

import json
from typing import Any

from ..types import THEMES
from .settings import ARRAYS_FILE

# ---------------------------------------------------------------------------------------------------- card


def model_card(meta: dict[str, Any]) -> str:
    """The model card (Markdown) written beside a saved model."""
    training = meta.get("training", {})
    evaluation = meta.get("evaluation")
    lines = [
        "# Theme model",
        "",
        "Classifies each afspraak into one of five themes with a calibrated score per theme "
        "(`pipeline/themes/`).",
        "",
        f"- Version: {meta.get('version')} (format {meta.get('format')})",
        f"- Trained: {meta.get('trained')} in {training.get('seconds')} s",
        f"- Labels: {', '.join(meta.get('labels', []))}",
        f"- Training data: {training.get('examples')} labelled afspraken, {training.get('unique_texts')} "
        f"distinct after masking, families {', '.join(training.get('families', []))}; "
        f"by source {training.get('by_source')}; by theme {training.get('by_theme')}",
        f"- Training-data checksum (sha256 over doc id, theme, text): `{training.get('checksum')}`",
        f"- Code checksum (sha256 over the sources of `pipeline/themes/`): `{meta.get('code_sha256')}`",
        f"- Arrays checksum (`{ARRAYS_FILE}`): `{meta.get('arrays_sha256')}`",
        f"- Settings: `{json.dumps(meta.get('settings'))}`",
        f"- Lexicon weight {meta.get('lexicon_weight')}, temperature {meta.get('temperature'):.3f} "
        "(fitted on grouped out-of-fold predictions)",
        f"- Libraries: {', '.join(f'{k} {v}' for k, v in meta.get('libraries', {}).items())}",
        "",
        "Features: masked text (years, amounts, figures and party names replaced) as lemma 1-2-grams "
        "(spaCy `nl` lookup lemmas) and character 2-5-grams within word boundaries, TF-IDF; multinomial "
        "logistic regression; per-theme keyword lexicon added to the logits; temperature scaling. Stored as "
        "plain arrays (`themes.npz`, no pickle) and JSON (`themes.json`). Dense USE multilingual sentence "
        "embeddings were measured as extra features and left out: they did not raise leave-one-family-out "
        "macro-F1.",
        "",
    ]
    if evaluation:
        lines += [
            f"## Grouped cross-validation ({evaluation['protocol']}, trained on {evaluation['labels']})",
            "",
            f"Macro-F1 **{evaluation['macro_f1']:.3f}**, accuracy {evaluation['accuracy']:.3f} over "
            f"{evaluation['n']} gold afspraken; gold checksum `{evaluation['checksum']}`.",
            "",
            "| theme | precision | recall | F1 | support |",
            "| --- | --- | --- | --- | --- |",
        ]
        for theme, s in evaluation["per_theme"].items():
            lines.append(f"| {theme} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
        lines += ["", "| held-out family | n | macro-F1 | accuracy |", "| --- | --- | --- | --- |"]
        for fam, s in evaluation["per_family"].items():
            lines.append(f"| {fam} | {s['n']} | {s['macro_f1']:.3f} | {s['accuracy']:.3f} |")
        lines += ["", "Confusion matrix (rows gold, columns predicted):", "",
                  "| | " + " | ".join(t[:12] for t in THEMES) + " |", "|---" * (len(THEMES) + 1) + "|"]
        for theme, row in zip(THEMES, evaluation["confusion"]["matrix"], strict=True):
            lines.append(f"| {theme[:12]} | " + " | ".join(str(v) for v in row) + " |")
        lines.append("")
    lines += [
        "## Limits",
        "",
        "Trained on a synthetic corpus written to the project's codebook; real documents may use other words. "
        "An afspraak that serves two themes gets both scores; only the top one becomes `theme`. Retrain on your "
        "own archive with `afspraken train --pdf ... --corrections ...`.",
        "",
    ]
    return "\n".join(lines)
