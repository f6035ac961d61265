"""Training the theme model from the corpus and a user's PDFs: above `pipeline.run`, which reads the PDFs."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .config import default_corpus_dir, default_model_dir
from .evaluate.themes import evaluate_training_sets
from .run import extract
from .themes.data import Example, read_corrections, training_examples, weak_examples
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
        gold: a corpus directory (its gold JSON, or its YAML sources, plus the labelled data beside it that
            `themes.data.extra_training_sources` names), labelled examples, or None for no gold.
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
        examples += training_examples(gold)
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
    """Train on the corpus gold and the labelled data beside it, evaluate on held-out families with the same
    settings (`evaluate.themes.evaluate_training_sets`, which also chooses the review and second-theme
    thresholds), and save with its card."""
    corpus = Path(corpus_dir) if corpus_dir is not None else default_corpus_dir()
    settings = ThemeSettings.resolve(settings)
    examples, evaluation = evaluate_training_sets(corpus, settings)
    model = fit_examples(examples, settings)
    model.meta["thresholds"] = {"review": evaluation["review"]["threshold"],
                                "second_theme": evaluation["second_theme"]["threshold"]}
    model.save(out_dir if out_dir is not None else default_model_dir(), evaluation=evaluation)
    return model
