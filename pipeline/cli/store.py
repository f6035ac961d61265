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
from ..batch.worker import DEFAULT_TIMEOUT, Extractor
from ..errors import StoreError, UnreadablePdf
from ..report import load_report, render_html, render_markdown, write_csv, write_xlsx
from ..report.i18n import DEFAULT_LANG, check_lang
from ..report.summary import Links, filter_report, resolve_statuses, resolve_themes
from ..report.tables import DEFAULT_DIALECT, write_parquet
from ..store import DEFAULT_DB_NAME, Selection, open_store
from ..store.catalog import NothingSelected, check_selection
from .common import (
    Output,
    OutputError,
    Quiet,
    Verbose,
    app,
    atomic_output,
    check_output,
    choose_format,
    fail,
    guarded,
    setup_logging,
    split_values,
)

EXIT_SOME_FAILED = 9


Db = Annotated[Path | None, typer.Option("--db", help="The DuckDB file (default: AFSPRAKEN_DB or "
                                                       "./afspraken.duckdb).")]
Wait = Annotated[float, typer.Option("--wait", help="Seconds to wait while another process writes.")]
Gemeente = Annotated[str | None, typer.Option(help="Only this gemeente (series key, case-insensitive).")]
Corporatie = Annotated[str | None, typer.Option(help="Only this corporatie (series key, case-insensitive).")]
YearFrom = Annotated[int | None, typer.Option("--from", help="First year to include.")]
YearTo = Annotated[int | None, typer.Option("--to", help="Last year to include.")]
Year = Annotated[int | None, typer.Option("--year", help="Only the changes into this year (2024: 2023 -> 2024 "
                                                         "and the 2024 bod); the same as --from Y --to Y.")]
REPORT_FORMATS = ("html", "md", "xlsx", "csv", "parquet")
OLD_OVERRIDES = {"--gemeente": "--set-gemeente", "--corporatie": "--set-corporatie", "--year": "--set-year",
                 "--type": "--set-type"}


def resolve_db(db: Path | None) -> Path:
    """--db, else AFSPRAKEN_DB, else afspraken.duckdb in the working directory."""
    return db or Path(os.environ.get("AFSPRAKEN_DB") or DEFAULT_DB_NAME)


def existing_db(db: Path | None) -> Path:
    """The store to read; one line and exit 8 when there is none (a reading command never creates one)."""
    path = resolve_db(db)
    if not path.exists():
        raise fail(StoreError("no database here: run `afspraken ingest <folder>` first (or give --db)",
                              path=str(path)))
    return path


def selection(gemeente: str | None, corporatie: str | None, year_from: int | None, year_to: int | None,
              year: int | None) -> Selection:
    """The series and years asked for; --year Y is --from Y --to Y."""
    if year is not None:
        if year_from is not None or year_to is not None:
            raise typer.BadParameter("give --year or --from/--to, not both", param_hint="--year")
        year_from = year_to = year
    return guarded(lambda: Selection(gemeente, corporatie, year_from, year_to))


def checked_selection(path: Path, sel: Selection, wait: float, *, need_pairs: bool = False) -> None:
    """One line and exit 10 when the store is empty or holds nothing the selection names (listing what is)."""
    def check() -> None:
        with open_store(path, read_only=True, timeout=wait) as store:
            check_selection(store, sel, need_pairs=need_pairs)

    guarded(check)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="PDF files and folders (searched for *.pdf).")],
    db: Db = None,
    set_gemeente: Annotated[list[str] | None, typer.Option(
        "--set-gemeente", help="Record this gemeente for every file instead of the detected one.")] = None,
    set_corporatie: Annotated[list[str] | None, typer.Option(
        "--set-corporatie", help="Record this corporatie for every file instead of the detected one.")] = None,
    set_year: Annotated[list[int] | None, typer.Option(
        "--set-year", help="Record these years covered instead of the detected ones (repeatable).")] = None,
    set_type: Annotated[str | None, typer.Option("--set-type", help="Record this document type.")] = None,
    old_gemeente: Annotated[list[str] | None, typer.Option("--gemeente", hidden=True)] = None,
    old_corporatie: Annotated[list[str] | None, typer.Option("--corporatie", hidden=True)] = None,
    old_year: Annotated[list[int] | None, typer.Option("--year", hidden=True)] = None,
    old_type: Annotated[str | None, typer.Option("--type", hidden=True)] = None,
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
    timeout: Annotated[float, typer.Option(min=1, help="Seconds one document may take; then it fails.")]
    = DEFAULT_TIMEOUT,
    wait: Wait = 30.0,
    verbose: Verbose = 0,
    quiet: Quiet = False,
) -> None:
    """Extract and classify PDFs and store them; unchanged files are skipped without parsing.

    Metadata can be fixed per file with a sidecar `<name>.pdf.yaml` (keys type, years, gemeente,
    corporatie); the --set-* options override it for every file (they relabel, they do not filter). Documents
    are read in parallel (--workers, or a Dask cluster with --scheduler); this process alone writes the store.
    -v prints one line per file with what was detected. Exits 9 if any file failed.

    Example: afspraken ingest corpus/pdf --db afspraken.duckdb --workers 4
    """
    setup_logging(0 if quiet else max(verbose - 1, 0))
    for old, value in (("--gemeente", old_gemeente), ("--corporatie", old_corporatie), ("--year", old_year),
                       ("--type", old_type)):
        if value:
            raise typer.BadParameter(f"ingest {old} is now {OLD_OVERRIDES[old]}: it sets the {old[2:]} of every "
                                     "file ingested (it is not a filter)", param_hint=old)
    if backend not in ("pdfium", "pdfplumber"):
        raise typer.BadParameter("choose pdfium or pdfplumber", param_hint="--backend")
    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    if paths and len(missing) == len(paths):  # before the store is opened: a mistyped path creates nothing
        raise fail(UnreadablePdf("no such file or folder (nothing was ingested)", path=str(missing[0])))
    # one missing path among others is a failed file of the batch, reported with the rest
    path = resolve_db(db)
    if not path.exists():
        check_output(path)
    flags = {"type": set_type, "years": tuple(set_year or ()), "gemeenten": split_values(set_gemeente),
             "corporaties": split_values(set_corporatie)}
    flags = {k: v for k, v in flags.items() if v}
    options = {"overrides": flags, "no_themes": no_themes, "backend": backend, "workers": workers,
               "scheduler": scheduler, "paths": [str(p) for p in paths]}
    result = guarded(lambda: _with_progress(lambda on_progress: run_ingest(
        paths, path, extract_fn=Extractor(backend=backend, themes=not no_themes, password=password,
                                          max_pages=max_pages, ocr=ocr, timeout=timeout),
        on_progress=on_progress, overrides_for=_Overrides(flags), map_fn=choose_map(workers, scheduler),
        lock_timeout=wait, strict=strict, options=options), quiet=quiet))
    if verbose and not quiet:
        _per_file_lines(path, result, wait)
    s = result.summary()
    if not quiet:
        typer.echo(f"{s['ingested']} ingested, {s['skipped']} skipped, {s['failed']} failed "
                   f"(store {path}, run {result.run_id})")
    if not result.ok:
        raise typer.Exit(EXIT_SOME_FAILED)


def _per_file_lines(path: Path, result: Any, wait: float) -> None:
    """-v: one line per file with what was detected (a wrongly detected year shows at once)."""
    def rows() -> dict[str, Any]:
        with open_store(path, read_only=True, timeout=wait) as store:
            frame = store.con.execute("SELECT path, type, years, gemeenten, corporaties, n_afspraken "
                                      "FROM documents").df()
        return {r.path: r for r in frame.itertuples()}

    stored = guarded(rows)
    for file, _ in result.ingested + result.skipped:
        r = stored.get(str(Path(file).resolve())) or stored.get(file)
        outcome = "ingested" if (file, _) in result.ingested else "skipped"
        if r is None:
            typer.echo(f"{outcome}: {_safe(file)}", err=True)
            continue
        years = ", ".join(str(int(y)) for y in (r.years if r.years is not None else [])) or "year?"
        typer.echo(f"{outcome}: {_safe(Path(file).name)}: {r.type}, {years}, gemeente "
                   f"{', '.join(r.gemeenten if r.gemeenten is not None else []) or '?'}, corporaties "
                   f"{', '.join(r.corporaties if r.corporaties is not None else []) or '?'}, "
                   f"{r.n_afspraken} afspraken", err=True)


def _safe(text: str) -> str:
    """A file name for the terminal: control characters (a newline could forge a line) escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class _Overrides:
    """Per file: its sidecar's overrides, then the command-line flags over them."""

    def __init__(self, flags: dict[str, Any]) -> None:
        self.flags = flags

    def __call__(self, path: Path) -> dict[str, Any]:
        return {**(sidecar_overrides(path) or {}), **self.flags}


def _with_progress(run: Any, quiet: bool = False) -> Any:
    """Run an ingest with a progress bar on stderr (a TTY only) and one stderr line per failed file."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), TextColumn("{task.fields[name]}"), console=console,
                        disable=quiet or not sys.stderr.isatty(), transient=True)
    task = progress.add_task("ingest", total=None, name="")

    def on_progress(event: Any) -> None:
        progress.update(task, completed=event.done, total=event.total, name=Path(event.path).name)
        if event.outcome == "failed":
            line = f"error: {_safe(event.path)}: {_safe(event.reason)}"
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
    year: Year = None,
    wait: Wait = 30.0,
    verbose: Verbose = 0,
    quiet: Quiet = False,
) -> None:
    """Compare consecutive years of each series (and each bod with its agreement) and store the changes.

    A series is a gemeente with a corporatie (the first of each in a document); earlier results for the same
    pair of documents are replaced. A pair belongs to the year it leads into: --year 2024 compares 2023 -> 2024.
    Exits 10 when there is nothing to compare (the message says what the store holds).

    Example: afspraken changes --gemeente Lindehoven --year 2023
    """
    setup_logging(0 if quiet else verbose)
    sel = selection(gemeente, corporatie, year_from, year_to, year)
    path = existing_db(db)
    checked_selection(path, sel, wait, need_pairs=True)

    def on_pair(p: Any, counts: Any) -> None:
        if not quiet:
            typer.echo(f"{p.gemeente} – {p.corporatie}: {p.old_year} -> {p.new_year} ({p.kind}): {counts}")

    result = guarded(lambda: record_changes(path, sel, lock_timeout=wait, on_pair=lambda p, n: on_pair(
        p, _pair_counts(path, p, wait, n))))
    if not quiet:
        for note in result.notes:
            typer.echo(f"note: {note}", err=True)
    if not result.pairs:
        raise fail(NothingSelected("no pair of years to compare in this selection: ingest at least two years of "
                                   "one gemeente and corporatie"))
    if not quiet:
        typer.echo(f"{len(result.pairs)} pairs compared, {sum(n for _, n in result.pairs)} changes stored "
                   f"(run {result.run_id})")


def _pair_counts(path: Path, pair: Any, wait: float, total: int) -> str:
    """What a pair's changes were, most telling first: "6 afgezwakt, 4 vervallen, ... (42 in all)"."""
    from ..report.i18n import status_label
    from ..types import STATUS_ORDER

    def read() -> dict[str, int]:
        with open_store(path, read_only=True, timeout=wait) as store:
            return dict(store.con.execute("SELECT status, count(*) FROM changes WHERE pair_id = ? GROUP BY status",
                                          [pair.pair_id]).fetchall())

    try:
        counts = read()
    except Exception:  # the line is a courtesy: the stored result stands whatever the reading does
        return f"{total} changes"
    shown = ", ".join(f"{counts[s]} {status_label(s, 'en')}" for s in STATUS_ORDER if counts.get(s))
    return f"{shown} ({total} in all)"


@app.command()
def report(
    db: Db = None,
    gemeente: Gemeente = None,
    corporatie: Corporatie = None,
    year_from: YearFrom = None,
    year_to: YearTo = None,
    year: Year = None,
    format: Annotated[str | None, typer.Option(
        "--format", "-f", help="html, md, xlsx, csv (a folder) or parquet (a file: the changes; a folder: every "
                               "table). Default: from the -o extension, else html.")] = None,
    output: Output = None,
    status: Annotated[list[str] | None, typer.Option(
        help="Only changes of these statuses (afgezwakt, vervallen, nieuw, ...; repeatable or comma-separated).")]
    = None,
    theme: Annotated[list[str] | None, typer.Option(
        help="Only these themes (a slug, the words, or their start: duurzaam; repeatable).")] = None,
    lang: Annotated[str, typer.Option(help="nl (default) or en: the report's headings, statuses and themes.")]
    = DEFAULT_LANG,
    link_base: Annotated[str | None, typer.Option(
        help="Where page links point: default absolute file:// links (they survive the report being moved or "
             "mailed); a URL or folder to put in place of the PDFs' common folder; or 'relative'.")] = None,
    dialect: Annotated[str, typer.Option(
        help="CSV: excel (comma, decimal point; the default) or nl (semicolon, decimal comma, as Dutch Excel "
             "opens it). Both UTF-8 with BOM.")] = DEFAULT_DIALECT,
    review_threshold: Annotated[float, typer.Option(help="Theme scores below this go to the review list.")]
    = 0.5,
    wait: Wait = 30.0,
    verbose: Verbose = 0,
    quiet: Quiet = False,
) -> None:
    """Write a change report: a self-contained HTML page, Markdown, an Excel workbook, CSVs or Parquet.

    The report opens with the Samenvatting: per series the newest pair of years (counts per status and theme),
    then the weakened and dropped afspraken, newest first, each with its reason and page link. Dutch unless
    --lang en. The format follows the -o extension (r.xlsx, r.md, ...) unless --format says otherwise.

    Example: afspraken report --gemeente Lindehoven -o lindehoven.html
    """
    setup_logging(0 if quiet else verbose)
    fmt = choose_format(output, format, REPORT_FORMATS, "html")
    guarded(lambda: check_lang(lang))
    if dialect not in ("excel", "nl"):
        raise typer.BadParameter("choose excel or nl", param_hint="--dialect")
    if fmt in ("xlsx", "csv", "parquet") and output is None:
        raise typer.BadParameter(f"--format {fmt} needs -o (a file or a folder)", param_hint="--output")
    statuses = guarded(lambda: resolve_statuses(split_values(status)))
    themes = guarded(lambda: resolve_themes(split_values(theme)))
    sel = selection(gemeente, corporatie, year_from, year_to, year)
    path = existing_db(db)
    checked_selection(path, sel, wait)
    check_output(output)
    data = guarded(lambda: load_report(path, sel, lock_timeout=wait))
    if statuses or themes:
        data = filter_report(data, statuses, themes)
    report_dir = (output.parent if output is not None else Path.cwd()).absolute()
    links = Links(data.documents, report_dir, link_base)
    if not len(data.changes) and not quiet:
        typer.echo("note: no compared pairs in this selection: run `afspraken changes` for the change cards",
                   err=True)
    if fmt in ("csv", "parquet"):
        assert output is not None
        writer = write_csv if fmt == "csv" else write_parquet
        kw: dict[str, Any] = {"dialect": dialect} if fmt == "csv" else {}
        try:
            written = writer(data, output, lang=lang, links=links, **kw)
        except OSError as exc:
            raise fail(OutputError(f"cannot write {output}: {exc.strerror or exc}")) from None
        if not quiet:
            typer.echo(f"wrote {len(written)} {fmt} file(s) to {output.absolute()}", err=True)
        return
    if fmt == "xlsx":
        assert output is not None
        with atomic_output(output, binary=True) as out:
            write_xlsx(data, out, lang=lang, links=links)
        if not quiet:
            typer.echo(f"wrote {output.absolute()}", err=True)
        return
    filtered = ", ".join([*(statuses or ()), *(themes or ())])
    kwargs = {"report_dir": report_dir, "review_threshold": review_threshold, "lang": lang,
              "link_base": link_base}
    with atomic_output(output) as out:
        if fmt == "md":
            out.write(render_markdown(data, **kwargs))
        else:
            out.write(render_html(data, filtered=filtered, **kwargs))
    if output is not None and not quiet:
        typer.echo(f"wrote {output.absolute()}" + (" (open it in a browser)" if fmt == "html" else ""), err=True)
