"""The theme model: `afspraken train` and `afspraken review`."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Annotated

import typer

from ..config import default_corpus_dir, default_model_dir
from ..errors import AfsprakenError, ModelNotFound
from ..run import extract as run_extract
from ..spreadsheet import neutralise_row
from ..themes import resolve_model, review_items, review_threshold
from ..train import build_shipped_model, train_model
from .common import Output, Verbose, app, atomic_output, fail, guarded, setup_logging


@app.command()
def train(
    corpus: Annotated[Path | None, typer.Option(help="Corpus with gold labels (default: the bundled one).")]
    = None,
    pdf: Annotated[list[Path] | None, typer.Option(help="Your own PDFs: afspraken under theme headings "
                                                        "become weak labels (repeatable).")] = None,
    corrections: Annotated[Path | None, typer.Option(help="CSV with text,theme or id,theme (from "
                                                          "'afspraken review').")] = None,
    no_gold: Annotated[bool, typer.Option("--no-gold", help="Train without the corpus gold.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Model folder to write "
                                                                       "(default: models/).")] = None,
    verbose: Verbose = 0,
) -> None:
    """Train the theme model and save it with its model card.

    On the corpus alone this also runs the leave-one-family-out evaluation for the card.

    Example: afspraken train --pdf archief/2023/ --corrections review.csv -o mijn-model
    """
    setup_logging(verbose)
    corpus_dir = corpus or default_corpus_dir()
    out = output or default_model_dir()
    pdfs = [p for path in (pdf or []) for p in (sorted(path.rglob("*.pdf")) if path.is_dir() else [path])]
    if not pdfs and corrections is None and not no_gold:
        guarded(lambda: build_shipped_model(corpus_dir, out))
    else:
        model = guarded(lambda: train_model(None if no_gold else corpus_dir, pdfs, corrections))
        model.save(out)
    typer.echo(f"wrote the theme model to {out}")


@app.command()
def review(
    pdfs: Annotated[list[Path], typer.Argument(help="PDFs to classify and review.")],
    threshold: Annotated[float | None, typer.Option(
        help="List predictions whose top score is below this (default: the model's review threshold, chosen so "
             "that the queue holds at most a fifth of the afspraken and catches most errors).")] = None,
    model: Annotated[Path | None, typer.Option(help="Theme model folder (default: the shipped one).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or csv.")] = "table",
    output: Output = None,
    verbose: Verbose = 0,
) -> None:
    """List the afspraken whose theme the model is least sure of, most uncertain first.

    Write them as CSV, correct the theme column, and feed the file back with 'afspraken train --corrections'.

    Example: afspraken review corpus/pdf/lindehoven-2023.pdf --format csv -o review.csv
    """
    setup_logging(verbose)
    resolved = guarded(lambda: resolve_model(model if model is not None else "default"))
    if resolved is None:
        raise fail(ModelNotFound("no theme model: run 'afspraken train' first"))
    docs = []
    for path in pdfs:
        try:
            docs.append(run_extract(path, model=resolved))
        except AfsprakenError as exc:
            typer.echo(f"error: {exc}", err=True)
    threshold = review_threshold(resolved) if threshold is None else threshold
    items = review_items(docs, threshold=threshold)
    with atomic_output(output) as out:
        if format == "csv":
            writer = csv.writer(out)  # edited in Excel and fed back: every text cell neutralised (restore reads it)
            writer.writerow(["id", "theme", "predicted", "score", "runner_up", "runner_up_score", "document",
                             "number", "text"])
            for r in items:
                writer.writerow(neutralise_row([r.afspraak_id, r.theme, r.theme, round(r.score, 3), r.runner_up,
                                                round(r.runner_up_score, 3), r.document, r.number, r.text]))
        else:
            for r in items:
                out.write(f"{r.score:.2f} {r.theme} / {r.runner_up_score:.2f} {r.runner_up}  "
                          f"{Path(r.document).name} {r.number or '•'}: {r.text[:120]}\n")
            out.write(f"{len(items)} of {sum(len(d.afspraken) for d in docs)} afspraken below {threshold}\n")

