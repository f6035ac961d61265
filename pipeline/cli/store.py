"""The store commands: `ingest`, `changes` and `report`.

The database is `afspraken.duckdb` in the working directory unless --db or AFSPRAKEN_DB says otherwise.
Exit codes (besides those in `pipeline.cli.common`): ingest exits 9 when some files failed (the others were
stored); 8 when the store is locked past --wait, corrupt or of a newer schema.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..batch.changes import record_changes
from ..batch.files import sidecar_overrides
from ..batch.ingest import ingest as run_ingest
from ..batch.pool import choose_map
from ..batch.worker import Extractor
from ..report import FORMATS, load_report, render_html, render_markdown, write_csv, write_xlsx
from ..store import DEFAULT_DB_NAME, Selection
from .common import Output, Verbose, app, atomic_output, guarded, setup_logging, split_values

EXIT_SOME_FAILED = 9


Db = Annotated[Path | None, typer.Option("--db", help="The DuckDB file (default: AFSPRAKEN_DB or "
                                                       "./afspraken.duckdb).")]
Wait = Annotated[float, typer.Option("--wait", help="Seconds to wait while another process writes.")]
Gemeente = Annotated[str | None, typer.Option(help="Only this gemeente (series key, case-insensitive).")]
Corporatie = Annotated[str | None, typer.Option(help="Only this corporatie (series key, case-insensitive).")]
YearFrom = Annotated[int | None, typer.Option("--from", help="First year to include.")]
YearTo = Annotated[int | None, typer.Option("--to", help="Last year to include.")]


def resolve_db(db: Path | None) -> Path:
    """--db, else AFSPRAKEN_DB, else afspraken.duckdb in the working directory."""
    return db or Path(os.environ.get("AFSPRAKEN_DB") or DEFAULT_DB_NAME)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="PDF files and folders (searched for *.pdf).")],
    db: Db = None,
    gemeente: Annotated[list[str] | None, typer.Option(help="Override the gemeente(n) of each file.")] = None,
    corporatie: Annotated[list[str] | None, typer.Option(help="Override the corporatie(s) of every file.")]
    = None,
    year: Annotated[list[int] | None, typer.Option(help="Override the years covered (repeatable).")] = None,
    doc_type: Annotated[str | None, typer.Option("--type", help="Override the document type.")] = None,
    no_themes: Annotated[bool, typer.Option("--no-themes", help="Skip theme classification.")] = False,
    backend: Annotated[str, typer.Option(help="pdfium (fast) or pdfplumber.")] = "pdfium",
    password: Annotated[str | None, typer.Option(help="Password of encrypted PDFs.")] = None,
    max_pages: Annotated[int, typer.Option(help="Fail documents with more pages.")] = 2000,
    ocr: Annotated[bool, typer.Option(help="OCR scanned PDFs (needs ocrmypdf + tesseract nld).")] = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-j", min=1, help="Worker processes, one document each (default: all cores).")] = None,
    scheduler: Annotated[str | None, typer.Option(
        help="Extract on this Dask scheduler instead, e.g. tcp://host:8786 (needs afspraken[dask]; the "
             "workers must see the PDFs at the same paths).")] = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first file that fails.")] = False,
    wait: Wait = 30.0,
    verbose: Verbose = 0,
) -> None:
    """Extract and classify PDFs and store them; unchanged files are skipped without parsing.

    Metadata can be fixed per file with a sidecar `<name>.pdf.yaml` (keys type, years, gemeente,
    corporatie); the options here override it for every file. Documents are read in parallel (--workers,
    or a Dask cluster with --scheduler); this process alone writes the store. Exits 9 if any file failed.

    Example: afspraken ingest corpus/pdf --db afspraken.duckdb --workers 4
    """
    setup_logging(verbose)
    if backend not in ("pdfium", "pdfplumber"):
        raise typer.BadParameter("choose pdfium or pdfplumber", param_hint="--backend")

    flags = {"type": doc_type, "years": tuple(year or ()), "gemeenten": split_values(gemeente),
             "corporaties": split_values(corporatie)}
    flags = {k: v for k, v in flags.items() if v}
    options = {"overrides": flags, "no_themes": no_themes, "backend": backend, "workers": workers,
               "scheduler": scheduler, "paths": [str(p) for p in paths]}
    result = guarded(lambda: _with_progress(lambda on_progress: run_ingest(
        paths, resolve_db(db), extract_fn=Extractor(backend=backend, themes=not no_themes, password=password,
                                                       max_pages=max_pages, ocr=ocr),
        on_progress=on_progress, overrides_for=_Overrides(flags), map_fn=choose_map(workers, scheduler),
        lock_timeout=wait, strict=strict, options=options)))
    s = result.summary()
    typer.echo(f"{s['ingested']} ingested, {s['skipped']} skipped, {s['failed']} failed "
               f"(store {resolve_db(db)}, run {result.run_id})")
    if not result.ok:
        raise typer.Exit(EXIT_SOME_FAILED)


class _Overrides:
    """Per file: its sidecar's overrides, then the command-line flags over them."""

    def __init__(self, flags: dict[str, Any]) -> None:
        self.flags = flags

    def __call__(self, path: Path) -> dict[str, Any]:
        return {**(sidecar_overrides(path) or {}), **self.flags}


def _with_progress(run: Any) -> Any:
    """Run an ingest with a progress bar on stderr (a TTY only) and one stderr line per failed file."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("{task.fields[name]}"), console=console,
                        disable=not sys.stderr.isatty(), transient=True)
    task = progress.add_task("ingest", total=None, name="")

    def on_progress(event: Any) -> None:
        progress.update(task, completed=event.done, total=event.total, name=Path(event.path).name)
        if event.outcome == "failed":
            line = f"error: {event.path}: {event.reason}"
            if progress.disable:
                typer.echo(line, err=True)
            else:
                progress.console.print(line, markup=False, highlight=False)

    with progress:
        return run(on_progress)


@app.command()
def changes(
    db: Db = None,
    gemeente: Gemeente = None,
    corporatie: Corporatie = None,
    year_from: YearFrom = None,
    year_to: YearTo = None,
    wait: Wait = 30.0,
    verbose: Verbose = 0,
) -> None:
    """Compare consecutive years of each series (and each bod with its agreement) and store the changes.

    A series is a gemeente with a corporatie (the first of each in a document); earlier results for the same
    pair of documents are replaced.

    Example: afspraken changes --gemeente Lindehoven --from 2021 --to 2023
    """
    setup_logging(verbose)
    def run() -> Any:
        selection = Selection(gemeente, corporatie, year_from, year_to)
        return record_changes(resolve_db(db), selection, lock_timeout=wait,
                              on_pair=lambda p, n: typer.echo(
                                  f"{p.gemeente} – {p.corporatie}: {p.old_year} -> {p.new_year} ({p.kind}): "
                                  f"{n} changes"))

    result = guarded(run)
    for note in result.notes:
        typer.echo(f"note: {note}", err=True)
    typer.echo(f"{len(result.pairs)} pairs compared, {sum(n for _, n in result.pairs)} changes stored "
               f"(run {result.run_id})")


@app.command()
def report(
    db: Db = None,
    gemeente: Gemeente = None,
    corporatie: Corporatie = None,
    year_from: YearFrom = None,
    year_to: YearTo = None,
    format: Annotated[str, typer.Option("--format", "-f", help="html, md, xlsx or csv (a folder).")] = "html",
    output: Output = None,
    review_threshold: Annotated[float, typer.Option(help="Theme scores below this go to the review list.")]
    = 0.5,
    wait: Wait = 30.0,
    verbose: Verbose = 0,
) -> None:
    """Write a change report: a self-contained HTML page, Markdown, an Excel workbook or a folder of CSVs.

    Example: afspraken report --gemeente Lindehoven -o report.html
    """
    setup_logging(verbose)
    if format not in FORMATS:
        raise typer.BadParameter(f"choose {', '.join(FORMATS)}", param_hint="--format")
    if format in ("xlsx", "csv") and output is None:
        raise typer.BadParameter(f"--format {format} needs -o (a file or a folder)", param_hint="--output")
    data = guarded(lambda: load_report(resolve_db(db), Selection(gemeente, corporatie, year_from, year_to),
                                       lock_timeout=wait))
    report_dir = output.parent if output is not None else Path.cwd()
    if format == "csv":
        assert output is not None
        written = write_csv(data, output)
        typer.echo(f"wrote {len(written)} CSV files to {output.resolve()}", err=True)
        return
    if format == "xlsx":
        assert output is not None
        with atomic_output(output, binary=True) as out:
            write_xlsx(data, out)
        typer.echo(f"wrote {output.resolve()}", err=True)
        return
    with atomic_output(output) as out:
        if format == "md":
            out.write(render_markdown(data, report_dir=report_dir, review_threshold=review_threshold))
        else:
            out.write(render_html(data, report_dir=report_dir, review_threshold=review_threshold))
    if output is not None:
        typer.echo(f"wrote {output.resolve()}" + (" (open it in a browser)" if format == "html" else ""), err=True)

