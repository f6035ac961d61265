"""Scores against the corpus gold: `afspraken evaluate extract|compare|themes`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..config import default_corpus_dir
from ..evaluate.compare import evaluate_compare
from ..evaluate.compare import scores_markdown as compare_scores_markdown
from ..evaluate.extract import evaluate_extract
from ..evaluate.extract import scores_markdown as extract_scores_markdown
from ..evaluate.themes import evaluate_themes
from ..evaluate.themes import scores_text as theme_scores_text
from .common import Output, Verbose, atomic_output, evaluate_app, guarded, setup_logging


@evaluate_app.command("compare")
def evaluate_compare_cmd(
    corpus: Annotated[Path | None, typer.Option(help="Corpus folder with gold/pairs.")] = None,
    from_pdfs: Annotated[bool, typer.Option("--from-pdfs", help="End to end: read the documents from their "
                                                                "PDFs instead of the gold texts.")] = False,
    output: Output = None,
    verbose: Verbose = 0,
) -> None:
    """Score change detection on the corpus pairs: per-status precision, recall, F1 and reason-kind accuracy.

    Example: afspraken evaluate compare --from-pdfs
    """
    setup_logging(verbose)
    result = guarded(lambda: evaluate_compare(corpus or default_corpus_dir(), from_pdfs=from_pdfs))
    with atomic_output(output) as out:
        out.write(compare_scores_markdown(result))
        if output is not None:
            out.write("\n" + json.dumps({k: v for k, v in result.items() if k != "mistakes"}, indent=2) + "\n")


@evaluate_app.command("themes")
def evaluate_themes_cmd(
    corpus: Annotated[Path | None, typer.Option(help="Corpus folder with gold/.")] = None,
    labels: Annotated[str, typer.Option(help="Train folds on gold, gold+weak or weak labels.")] = "gold",
    output: Output = None,
    verbose: Verbose = 0,
) -> None:
    """Leave-one-family-out theme scores: per theme precision, recall, F1, macro-F1, confusion matrix.

    Example: afspraken evaluate themes --labels weak
    """
    setup_logging(verbose)
    if labels not in ("gold", "gold+weak", "weak"):
        raise typer.BadParameter("choose gold, gold+weak or weak", param_hint="--labels")
    result = guarded(lambda: evaluate_themes(corpus or default_corpus_dir(), labels=labels))  # type: ignore[arg-type]
    with atomic_output(output) as out:
        out.write(theme_scores_text(result))


@evaluate_app.command("extract")
def evaluate_extract_cmd(
    corpus: Annotated[Path | None, typer.Option(help="Corpus folder with pdf/ and gold/.")] = None,
    family: Annotated[list[str] | None, typer.Option(help="Only these families.")] = None,
    output: Output = None,
    verbose: Verbose = 0,
) -> None:
    """Score segmentation against the corpus gold: precision, recall, F1 per family (90% token overlap).

    Example: afspraken evaluate extract --family lindehoven
    """
    setup_logging(verbose)
    result = guarded(lambda: evaluate_extract(corpus or default_corpus_dir(), families=family))
    with atomic_output(output) as out:
        out.write(extract_scores_markdown(result["families"], result["overall"]))
        if output is not None:
            out.write("\n" + json.dumps(result, indent=2) + "\n")

