"""What every command shares: the typer app (its help lists the exit codes), option types, logging, errors."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from ..errors import AfsprakenError

HELP = """The `afspraken` command line: a thin typer layer over the library.

Exit codes: 0 ok; 1 other error; 2 bad usage; 3 unreadable PDF (not a PDF, empty, corrupt, too large or
too many pages, missing, changed while it was read); 4 encrypted (no or wrong --password); 5 no text layer
(scan); 6 no afspraken found (extract, and either side of compare); 7 theme model missing; 8 store locked or
broken; 9 a batch (ingest) finished but some files failed.
"""
app = typer.Typer(no_args_is_help=True, add_completion=False, help=HELP)
evaluate_app = typer.Typer(no_args_is_help=True, help="Score the pipeline against the corpus gold.")
app.add_typer(evaluate_app, name="evaluate")
log = logging.getLogger("pipeline")
T = TypeVar("T")

Verbose = Annotated[int, typer.Option("--verbose", "-v", count=True, help="-v for info, -vv for debug.")]
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")]


def setup_logging(verbose: int) -> None:
    """Diagnostics to stderr; the level from -v/-vv. Only the CLI configures logging."""
    level = logging.DEBUG if verbose > 1 else logging.INFO if verbose == 1 else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def fail(exc: AfsprakenError) -> typer.Exit:
    """One clear line on stderr and the error's exit code."""
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(exc.exit_code)


def guarded(fn: Callable[[], T]) -> T:
    """Run a library call, turning its errors into one stderr line and an exit code."""
    try:
        return fn()
    except AfsprakenError as exc:
        raise fail(exc) from None
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@contextmanager
def atomic_output(path: Path | None, binary: bool = False) -> Iterator[Any]:
    """Write to stdout, or to a temporary file renamed into place only when writing succeeded."""
    if path is None:
        if binary:
            yield sys.stdout.buffer
        else:
            yield sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else "utf-8",
                       newline=None if binary else "") as fh:
            yield fh
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # a report is for mailing around: not mkstemp's private 0600
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def split_values(values: list[str] | None) -> tuple[str, ...] | None:
    """Repeatable options that may also hold comma-separated values, as one tuple (None when none)."""
    if not values:
        return None
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())

