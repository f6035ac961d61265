"""The extraction side of an ingest: what a worker process (or Dask worker) runs for one document.

Kept apart from `pipeline.batch.ingest`, which writes the store, so that a worker imports neither DuckDB nor pandas:
the fork server loads this module, spaCy and the theme model once and every worker starts from there.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import DEFAULT_MAX_PAGES, ParseSettings
from ..errors import AfsprakenError, NoAfspraken
from ..parse.files import time_budget
from ..run import add_themes, extract
from ..themes import resolve_model
from ..types import Document

DEFAULT_TIMEOUT = 180.0  # seconds one document may take (--timeout); the corpus's largest takes about 1 s
DEFAULT_BACKEND = "pdfium"  # same afspraken as pdfplumber on the corpus (tests/test_backends.py), ~14x faster
ExtractFn = Callable[..., Document]  # extract_fn(path, overrides=dict | None) -> Document


@dataclass(frozen=True, slots=True)
class ExtractJob:
    """One file to extract, with the metadata overrides that apply to it (picklable for executors)."""

    path: str
    overrides: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Extracted:
    """The result of one ExtractJob: a Document or the error that stopped it (errors are data here)."""

    path: str
    document: Document | None
    error: str | None = None
    seconds: float = 0.0
    exception: BaseException | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class ExtractTask:
    """extract_fn wrapped so that a failure becomes an Extracted with an error instead of ending a map.

    A module-level class rather than a closure, so that a process pool can pickle it.
    """

    extract_fn: ExtractFn

    def __call__(self, job: ExtractJob) -> Extracted:
        start = time.perf_counter()
        try:
            doc = self.extract_fn(Path(job.path), overrides=job.overrides)
        except Exception as exc:  # noqa: BLE001 - a batch records each file's failure and goes on
            return Extracted(job.path, None, describe_error(exc), time.perf_counter() - start, exc)
        return Extracted(job.path, doc, None, time.perf_counter() - start)


def describe_error(exc: BaseException) -> str:
    """The cause of a failure in one line, without repeating the path."""
    if isinstance(exc, AfsprakenError):
        return str(exc.args[0]) if exc.args else type(exc).__name__
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, OSError) and exc.strerror:
        return f"cannot be read ({exc.strerror})"
    if isinstance(exc, ValueError | OSError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"  # unexpected: the type helps a bug report


@dataclass(frozen=True, slots=True)
class Extractor:
    """The extract_fn of an ingest: `pipeline.run.extract` with a parse backend and the shipped theme model.

    Picklable, so that worker processes and Dask workers can run it; each process loads the model once.

    Args:
        backend: "pdfium" (fast) or "pdfplumber".
        themes: classify themes with the shipped model (left empty, with a warning, while there is none).
    """

    backend: str = DEFAULT_BACKEND
    themes: bool = True
    password: str | None = None
    max_pages: int = DEFAULT_MAX_PAGES
    ocr: bool = False
    timeout: float | None = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        ParseSettings(backend=self.backend, max_pages=self.max_pages)  # raises ValueError naming the field
        if self.timeout is not None and self.timeout <= 0:
            raise ValueError(f"timeout must be positive, not {self.timeout}")

    def __call__(self, path: Path, overrides: dict[str, Any] | None = None) -> Document:
        parse = {"backend": self.backend, "password": self.password, "max_pages": self.max_pages}
        with _ONE_AT_A_TIME, time_budget(self.timeout):
            doc = extract(path, parse=parse, model=None, overrides=overrides, ocr=self.ocr)
            if not doc.afspraken:
                raise NoAfspraken("no afspraken found (is this an agreement, bid or council notice?)",
                                  path=str(path))
            # Themes after the check: a file without afspraken never loads spaCy or the model.
            return add_themes(doc, shipped_model()) if self.themes else doc


# PDFium is not thread-safe, and parsing holds the GIL anyway: threads of one process (a thread pool, a Dask
# worker with several threads) take turns. Processes are what run documents in parallel.
_ONE_AT_A_TIME = threading.RLock()


def shipped_model() -> Any:
    """The shipped theme model (kept per process while its files are unchanged); "default" while absent.

    "default" lets extract add its warning that themes are left empty.
    """
    return resolve_model("default") or "default"


default_extract = Extractor()
