"""Scores against the corpus gold: `afspraken evaluate extract|compare|themes|frames`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..config import default_corpus_dir
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
    from ..evaluate.compare import evaluate_compare  # imported here: the evaluation stack is slow to import
    from ..evaluate.compare import scores_markdown as compare_scores_markdown
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
    from ..evaluate.themes import evaluate_themes  # imported here: see evaluate compare
    from ..evaluate.themes import scores_text as theme_scores_text
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
    from ..evaluate.extract import evaluate_extract  # imported here: see evaluate compare
    from ..evaluate.extract import scores_markdown as extract_scores_markdown
    result = guarded(lambda: evaluate_extract(corpus or default_corpus_dir(), families=family))
    with atomic_output(output) as out:
        out.write(extract_scores_markdown(result["families"], result["overall"], result["documents"]))
        if output is not None:
            out.write("\n" + json.dumps(result, indent=2) + "\n")



@evaluate_app.command("frames")
def evaluate_frames_cmd(
    corpus: Annotated[Path | None, typer.Option(help="Corpus folder whose gold afspraken carry a `frame`.")] = None,
    modality: Annotated[Path | None, typer.Option(help="A JSON-lines file of labelled texts (text, is_commitment, "
                                                       "modality) to score the modality reading on instead.")] = None,
    output: Output = None,
    verbose: Verbose = 0,
) -> None:
    """Score commitment frames: actors, quantities, deadline and modality per afspraak against gold frames.

    Example: afspraken evaluate frames --corpus corpus/challenge/dev
    Example: afspraken evaluate frames --modality tests/data/real_phrasing/afspraken.jsonl
    """
    setup_logging(verbose)
    from ..evaluate.frames import evaluate_frames, evaluate_modality, frames_markdown  # see evaluate compare
    if modality is not None:
        def score() -> dict:
            lines = modality.read_text(encoding="utf-8").splitlines()
            return evaluate_modality(json.loads(line) for line in lines if line.strip())

        result = guarded(score)
        with atomic_output(output) as out:
            out.write(f"commitments {result['commitments']}: no reading {result['no_reading']}, agreement "
                      f"{result['agreement']}; non-commitments {result['non_commitments']}: read as committing "
                      f"{result['non_commitments_read_as_commitment']}\n")
            if output is not None:
                out.write(json.dumps(result, indent=2) + "\n")
        return
    frames = guarded(lambda: evaluate_frames(corpus or default_corpus_dir() / "challenge" / "dev"))
    with atomic_output(output) as out:
        out.write(frames_markdown(frames))
        if output is not None:
            out.write("\n" + json.dumps({k: v for k, v in frames.items() if k != "mistakes"}, indent=2) + "\n")
