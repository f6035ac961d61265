"""What the store holds: `afspraken documents` lists it, `afspraken rm` removes one document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from ..store import open_store
from ..store.catalog import list_documents, remove_document
from .common import Verbose, app, guarded, setup_logging
from .store import Db, Wait, existing_db


@app.command()
def documents(
    db: Db = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    wait: Wait = 30.0,
    verbose: Verbose = 0,
) -> None:
    """List the stored documents: series, type, year, pages, afspraken, file and hash.

    Two versions of one year of a series (a concept and a definitief) both show; `afspraken changes` uses the
    one ingested last. Remove the other with `afspraken rm`.

    Example: afspraken documents --format json
    """
    setup_logging(verbose)
    if format not in ("table", "json"):
        raise typer.BadParameter("choose table or json", param_hint="--format")
    path = existing_db(db)

    def read() -> Any:
        with open_store(path, read_only=True, timeout=wait) as store:
            return list_documents(store)

    frame = guarded(read)
    if format == "json":
        rows = [{"doc_id": r.doc_id, "gemeente": r.gemeente, "corporatie": r.corporatie, "type": r.type,
                 "year": None if r.year != r.year else int(r.year), "pages": int(r.pages),
                 "afspraken": int(r.n_afspraken), "file": r.path, "sha256": r.sha256,
                 "ingested_at": str(r.ingested_at)} for r in frame.itertuples()]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(frame)} documents in {path}")
    for column in ("doc_id", "series", "type", "year", "pages", "afspraken", "file"):
        table.add_column(column, justify="right" if column in ("year", "pages", "afspraken") else "left")
    for r in frame.itertuples():
        table.add_row(r.doc_id, f"{r.gemeente or '?'} – {r.corporatie or '?'}", r.type,
                      "" if r.year != r.year else str(int(r.year)), str(r.pages), str(r.n_afspraken),
                      Path(r.path).name)
    Console(width=160).print(table)


@app.command()
def rm(
    document: Annotated[str, typer.Argument(help="doc_id (or its start), sha256 start, file name or path.")],
    db: Db = None,
    wait: Wait = 30.0,
    verbose: Verbose = 0,
) -> None:
    """Remove one document from the store, with its afspraken and the comparisons that used it.

    Run `afspraken changes` afterwards to compare the series again without it.

    Example: afspraken rm 3f9a1c2b7d10
    """
    setup_logging(verbose)
    path = existing_db(db)

    def remove() -> Any:
        with open_store(path, timeout=wait) as store:
            return remove_document(store, document)

    done = guarded(remove)
    typer.echo(f"removed {done['name']} ({done['doc_id']}) and {done['comparisons_removed']} comparison(s); "
               "run `afspraken changes` to compare its series again")
