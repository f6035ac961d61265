"""One or two documents: `afspraken extract` and `afspraken compare`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from ..batch.worker import DEFAULT_TIMEOUT
from ..errors import NoAfspraken
from .common import Output, Verbose, app, atomic_output, fail, guarded, log, setup_logging, split_values


@app.command()
def extract(
    pdf: Annotated[Path, typer.Argument(help="The PDF to read.")],
    format: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    output: Output = None,
    model: Annotated[Path | None, typer.Option(help="Theme model folder (default: the shipped one).")] = None,
    no_themes: Annotated[bool, typer.Option("--no-themes", help="Skip theme classification.")] = False,
    spacy_model: Annotated[str | None, typer.Option(help="A full spaCy Dutch pipeline to use instead.")] = None,
    explain: Annotated[bool, typer.Option(help="Show the terms that drove each theme.")] = False,
    backend: Annotated[str, typer.Option(help="pdfium (fast) or pdfplumber.")] = "pdfium",
    password: Annotated[str | None, typer.Option(help="Password of an encrypted PDF.")] = None,
    ocr: Annotated[bool, typer.Option(help="OCR scanned pages (needs ocrmypdf + tesseract nld).")] = False,
    max_pages: Annotated[int, typer.Option(help="Refuse documents with more pages.")] = 2000,
    timeout: Annotated[float, typer.Option(min=1, help="Seconds the document may take; then it fails.")]
    = DEFAULT_TIMEOUT,
    doc_type: Annotated[str | None, typer.Option("--type", help="Override the detected document type.")] = None,
    year: Annotated[list[int] | None, typer.Option(help="Override the years covered (repeatable).")] = None,
    gemeente: Annotated[list[str] | None, typer.Option(help="Override the gemeente(n).")] = None,
    corporatie: Annotated[list[str] | None, typer.Option(help="Override the corporatie(s).")] = None,
    huurdersorganisatie: Annotated[list[str] | None, typer.Option(help="Override the huurdersorganisatie(s).")]
    = None,
    verbose: Verbose = 0,
) -> None:
    """Read one PDF and list its afspraken with number, section, party, page, theme and text.

    Example: afspraken extract corpus/pdf/lindehoven-2022.pdf --format json -o lindehoven-2022.json
    """
    setup_logging(verbose)
    if format not in ("table", "json", "csv"):
        raise typer.BadParameter("choose table, json or csv", param_hint="--format")
    overrides = {
        "type": doc_type, "years": tuple(year or ()), "gemeenten": split_values(gemeente),
        "corporaties": split_values(corporatie), "huurdersorganisaties": split_values(huurdersorganisatie),
    }
    use_spacy_model(spacy_model)
    settings = {"backend": backend, "password": password, "max_pages": max_pages}
    chosen_model: Any = None if no_themes else (model if model is not None else "default")
    # imported here: the library's language and report layers cost a second or two at start-up, which every
    # other command (and --help, --version) need not pay
    from ..batch.pool import call_in_child
    from ..frames import document_frames
    from ..report.document import explain_terms, render_table, write_afspraken_csv, write_afspraken_json
    from ..run import extract as run_extract

    def read() -> tuple[Any, Any, dict]:
        """Everything that reads the document, within its budget: the afspraken, their frames, explanations."""
        doc = run_extract(pdf, parse=settings, model=chosen_model, overrides=overrides, explain=explain, ocr=ocr)
        if not doc.afspraken:
            return doc, None, {}
        return doc, document_frames(doc) if format == "json" else None, \
            explain_terms(doc, chosen_model) if explain else {}

    # in a child process this one kills when the budget runs out: a page stuck in PDFium cannot be stopped here
    doc, frames, explanations = guarded(lambda: call_in_child(timeout, str(pdf), read))
    if not doc.afspraken:  # the one line that says why; the document's warnings would only repeat it
        raise fail(NoAfspraken("no afspraken found (is this an agreement, bid or council notice?)", path=str(pdf)))
    for warning in doc.warnings:
        log.warning("%s: %s", pdf, warning)
    with atomic_output(output) as out:
        if format == "json":
            write_afspraken_json(doc, out, explanations, frames)
        elif format == "csv":
            write_afspraken_csv(doc, out)
        else:
            render_table(doc, out, explanations=explanations)


def use_spacy_model(name: str | None) -> None:
    """Switch the process to a user's full Dutch spaCy pipeline; a missing one is a usage error."""
    if not name:
        return
    from ..nlp import set_default_pipeline  # only here: the default needs no full pipeline

    try:
        set_default_pipeline(name)
    except OSError as exc:
        typer.echo(f"error: spaCy pipeline {name!r} cannot be loaded ({exc})", err=True)
        raise typer.Exit(2) from None


@app.command()
def compare(
    old: Annotated[Path, typer.Argument(help="The earlier document (last year's agreement, or the bod).")],
    new: Annotated[Path, typer.Argument(help="The later document (this year's agreement).")],
    format: Annotated[str, typer.Option("--format", "-f", help="table, json, md or html.")] = "table",
    output: Output = None,
    model: Annotated[Path | None, typer.Option(help="Theme model folder (default: the shipped one).")] = None,
    no_themes: Annotated[bool, typer.Option("--no-themes", help="Skip theme classification.")] = False,
    backend: Annotated[str, typer.Option(help="pdfium (fast) or pdfplumber.")] = "pdfium",
    password: Annotated[str | None, typer.Option(help="Password of encrypted PDFs.")] = None,
    all_changes: Annotated[bool, typer.Option("--all", help="Also list unchanged and reworded afspraken.")]
    = False,
    verbose: Verbose = 0,
) -> None:
    """Compare two documents: which afspraken are new, dropped, weakened or strengthened, with evidence.

    A bod compared with the agreement that followed shows which items of the bid made it in.

    Example: afspraken compare corpus/pdf/lindehoven-2022.pdf corpus/pdf/lindehoven-2023.pdf --format md
    """
    setup_logging(verbose)
    if format not in ("table", "json", "md", "html"):
        raise typer.BadParameter("choose table, json, md or html", param_hint="--format")
    chosen_model: Any = None if no_themes else (model if model is not None else "default")
    settings = {"backend": backend, "password": password}
    from ..report.comparison import comparison_markdown, render_comparison  # imported here: see extract
    from ..report.html import comparison_html
    from ..run import compare_files

    comparison = guarded(lambda: compare_files(old, new, parse=settings, model=chosen_model))
    for path, doc in ((old, comparison.old), (new, comparison.new)):
        if not doc.afspraken:  # everything would show as new or dropped: say why instead
            raise fail(NoAfspraken("no afspraken found (is this an agreement, bid or council notice?)",
                                   path=str(path)))
    with atomic_output(output) as out:
        if format == "json":
            json.dump(comparison.to_dict(), out, ensure_ascii=False, indent=2)
            out.write("\n")
        elif format == "md":
            out.write(comparison_markdown(comparison, all_changes=all_changes))
        elif format == "html":
            out.write(comparison_html(comparison, report_dir=(output or Path("x")).resolve().parent))
        else:
            render_comparison(comparison, out, all_changes=all_changes)

