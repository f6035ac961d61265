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
        "Features: masked text (years, amounts, figures and party names replaced; with `afspraak_mask` also "
        "afspraak/afspraken/prestatieafspraken, with `name_mask` other capitalised names inside a sentence) as "
        "lemma 1-2-grams (spaCy lemmas through `pipeline.nlp`; with `compounds` a compound's parts from "
        "`pipeline/lexicon/theme_compounds.yaml` added) and character 2-5-grams within word boundaries, TF-IDF; "
        "multinomial "
        "logistic regression; per-theme keyword lexicon added to the logits; temperature scaling. Stored as "
        "plain arrays (`themes.npz`, no pickle) and JSON (`themes.json`). Dense USE multilingual sentence "
        "embeddings were measured as extra features and left out: they did not raise leave-one-family-out "
        "macro-F1.",
        "",
    ]
    if evaluation and "corpus" in evaluation:
        lines += _evaluation_lines(evaluation)
    elif evaluation:  # a model saved before the challenge-dev evaluation: the corpus figures alone
        lines += _result_lines("Grouped cross-validation on the corpus", evaluation)
    out_of_sample = meta.get("out_of_sample")
    if out_of_sample:
        lines += ["## Out of sample", ""] + [f"- {line}" for line in out_of_sample] + [""]
    lines += [
        "## Limits",
        "",
        "Trained on a synthetic corpus written to the project's codebook; real documents may use other words. "
        "An afspraak that serves two themes gets both scores; the top one becomes `theme`, and `themes` adds the "
        "runner-up when it scores at least the second-theme threshold. Retrain on your own archive with "
        "`afspraken train --pdf ... --corrections ...` (the corrections CSV is what `afspraken review --format "
        "csv` writes, with the theme column corrected).",
        "",
    ]
    return "\n".join(lines)


def _evaluation_lines(evaluation: dict[str, Any]) -> list[str]:
    sources = ", ".join(f"`{s}`" for s in evaluation.get("sources", [])) or "none"
    lines = [f"Trained on the corpus gold and {sources}. In-sample figures: every score below is on families "
             "held out of training, but these families were seen while choosing features and thresholds.", ""]
    lines += _result_lines("Leave-one-family-out on the bundled corpus (extra sources always in training)",
                           evaluation["corpus"])
    if "challenge_dev" in evaluation:
        lines += _result_lines("Leave-one-family-out on the challenge dev split (the rest always in training)",
                               evaluation["challenge_dev"])
    review, second = evaluation.get("review"), evaluation.get("second_theme")
    if review:
        lines += ["## Review queue and second theme", "",
                  f"`afspraken review` lists afspraken whose top score is below **{review['threshold']:.2f}**: on "
                  f"the held-out predictions above it queues {review['queued']} of {review['n']} afspraken "
                  f"({review['share_reviewed']:.0%}) and catches {review['caught']} of {review['errors']} errors "
                  f"({review['share_caught']:.0%})."]
    if second:
        lines += ["", f"A runner-up scoring at least **{second['threshold']:.2f}** becomes the second theme "
                      f"(`Afspraak.themes`): precision {second['precision']:.3f}, recall {second['recall']:.3f} "
                      f"against the gold second themes on the same predictions."]
    return lines + [""]


def _result_lines(title: str, result: dict[str, Any]) -> list[str]:
    lines = [
        f"## {title}",
        "",
        f"Macro-F1 **{result['macro_f1']:.3f}**, accuracy {result['accuracy']:.3f} over {result['n']} gold "
        f"afspraken; gold checksum `{result['checksum']}`.",
        "",
        "| theme | precision | recall | F1 | support |",
        "| --- | --- | --- | --- | --- |",
    ]
    for theme, s in result["per_theme"].items():
        lines.append(f"| {theme} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
    lines += ["", "| held-out family | n | macro-F1 | accuracy |", "| --- | --- | --- | --- |"]
    for fam, s in result["per_family"].items():
        lines.append(f"| {fam} | {s['n']} | {s['macro_f1']:.3f} | {s['accuracy']:.3f} |")
    lines += ["", "Confusion matrix (rows gold, columns predicted):", "",
              "| | " + " | ".join(t[:12] for t in THEMES) + " |", "|---" * (len(THEMES) + 1) + "|"]
    for theme, row in zip(THEMES, result["confusion"]["matrix"], strict=True):
        lines.append(f"| {theme[:12]} | " + " | ".join(str(v) for v in row) + " |")
    return lines + [""]
