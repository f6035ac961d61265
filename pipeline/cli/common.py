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
broken, or the output cannot be written (missing or read-only folder); 9 a batch (ingest) finished but some
files failed; 10 nothing to work on (an empty store, no year pairs yet, or a gemeente, corporatie or year the
store does not hold: the message lists what there is).
"""
CONTEXT = {"help_option_names": ["-h", "--help"]}
app = typer.Typer(no_args_is_help=True, help=HELP, context_settings=CONTEXT)
evaluate_app = typer.Typer(no_args_is_help=True, context_settings=CONTEXT,
                           help="Score the pipeline against the corpus gold.")
app.add_typer(evaluate_app, name="evaluate")
log = logging.getLogger("pipeline")
T = TypeVar("T")

Verbose = Annotated[int, typer.Option("--verbose", "-v", count=True, help="-v for info, -vv for debug.")]
Output = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr; no progress or notes.")]
EXIT_OUTPUT = 8
EXTENSIONS = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".xlsx": "xlsx", ".csv": "csv",
              ".parquet": "parquet", ".json": "json"}


class OutputError(AfsprakenError):
    """The output file or folder cannot be written (its folder is missing or read-only, the disk is full)."""

    exit_code = EXIT_OUTPUT


def choose_format(output: Path | None, given: str | None, choices: tuple[str, ...], default: str) -> str:
    """The output format: --format if given, else the -o extension, else the default; a conflict is an error.

    Raises:
        typer.BadParameter: an unknown format, or --format and the extension disagree.
    """
    if given is not None and given not in choices:
        raise typer.BadParameter(f"choose {', '.join(choices)}", param_hint="--format")
    by_extension = EXTENSIONS.get(output.suffix.lower()) if output is not None else None
    if given is not None and by_extension is not None and by_extension != given:
        raise typer.BadParameter(f"--format {given} but {output} ends in {output.suffix}: give one or make them "
                                 "agree", param_hint="--format")
    if given is not None:
        return given
    if by_extension in choices:
        return by_extension
    return default


def check_output(path: Path | None) -> None:
    """Fail early, with one line and nothing created, when an output cannot go where it is asked to."""
    if path is None:
        return
    folder = path.parent if path.parent != Path("") else Path(".")
    if not folder.is_dir():
        raise fail(OutputError(f"the folder {folder} does not exist: create it first, or choose another -o"))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise fail(OutputError(f"the folder {folder} is not writable: choose another -o"))
    if path.is_dir() and path.suffix:
        raise fail(OutputError(f"{path} is a folder: give a file name"))


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
    check_output(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise fail(OutputError(f"cannot write {path}: {exc.strerror or exc}")) from None
    try:
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else "utf-8",
                       newline=None if binary else "") as fh:
            yield fh
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # a report is for mailing around: not mkstemp's private 0600
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise fail(OutputError(f"cannot write {path}: {exc.strerror or exc}")) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def version_callback(value: bool) -> None:
    """--version: the tool's version, then exit."""
    if value:
        from ..provenance import tool_version

        typer.echo(f"afspraken {tool_version()}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool | None, typer.Option("--version", callback=version_callback, is_eager=True,
                                                 help="Show the version and exit.")] = None,
) -> None:
    """Read Dutch prestatieafspraken from PDF and show what changed since last year."""


def split_values(values: list[str] | None) -> tuple[str, ...] | None:
    """Repeatable options that may also hold comma-separated values, as one tuple (None when none)."""
    if not values:
        return None
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())

