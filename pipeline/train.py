"""Training the theme model from the corpus and a user's PDFs: above `pipeline.run`, which reads the PDFs."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .config import default_corpus_dir, default_model_dir
from .evaluate.themes import evaluate_themes
from .run import extract
from .themes.data import Example, load_gold_examples, read_corrections, weak_examples
from .themes.fit import fit_examples
from .themes.model import ThemeModel
from .themes.settings import ThemeSettings
from .types import Document

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------------- training


def train_model(
    gold: str | Path | Iterable[Example] | None = None,
    pdfs: Iterable[str | Path] = (),
    corrections: str | Path | None = None,
    *,
    docs: Iterable[Document] = (),
    settings: ThemeSettings | dict | None = None,
) -> ThemeModel:
    """Train a theme model from gold labels, weak labels of theme headings, and corrections.

    Args:
        gold: a corpus directory (its gold JSON, or its YAML sources), labelled examples, or None for no gold.
        pdfs: PDFs whose afspraken stand under theme headings; each is extracted (`pipeline.run.extract`) and
            the afspraken under a heading that clearly names one theme become weak labels.
        corrections: a CSV with columns `text,theme`, or `id,theme` with ids of afspraken in `pdfs` or `docs`;
            taken as gold (a correction beats a gold or weak label of the same text).
        docs: already extracted documents: more weak labels, and the afspraken that corrections ids refer to.
        settings: a ThemeSettings, a dict of its fields, or None for the defaults.

    Returns:
        The fitted ThemeModel (not saved: call `model.save(directory)`).

    Raises:
        ValueError: fewer than two themes among the labels, or a malformed corrections file.
    """
    examples: list[Example] = []
    if isinstance(gold, (str, Path)):
        examples += load_gold_examples(gold)
    elif gold is not None:
        examples += list(gold)
    documents = list(docs) + [extract(p, model=None) for p in pdfs]
    examples += weak_examples(documents)
    if corrections is not None:
        examples += read_corrections(corrections, documents)
    log.info("training on %d examples (%s)", len(examples), dict(Counter(e.source for e in examples)))
    return fit_examples(examples, settings)


def build_shipped_model(
    corpus_dir: str | Path | None = None,
    out_dir: str | Path | None = None,
    settings: ThemeSettings | dict | None = None,
) -> ThemeModel:
    """Train on all corpus gold, evaluate leave-one-family-out with the same settings, save with its card."""
    corpus = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
    settings = ThemeSettings.resolve(settings)
    gold = load_gold_examples(corpus)
    evaluation = evaluate_themes(corpus, settings=settings, examples=gold)
    model = fit_examples(gold, settings)
    summary = {k: evaluation[k] for k in ("protocol", "labels", "families", "n", "macro_f1", "accuracy",
                                          "per_theme", "confusion", "checksum", "seconds")}
    summary["per_family"] = {f: {"n": s["n"], "macro_f1": s["macro_f1"], "accuracy": s["accuracy"]}
                             for f, s in evaluation["per_family"].items()}
    model.save(out_dir if out_dir is not None else default_model_dir(), evaluation=summary)
    return model
