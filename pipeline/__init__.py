"""afspraken: extract, classify and compare Dutch prestatieafspraken from PDFs.

>>> import pipeline
>>> doc = pipeline.extract("corpus/pdf/lindehoven-2023.pdf")        # Document of Afspraken, with themes
>>> changes = pipeline.compare("corpus/pdf/lindehoven-2022.pdf", "corpus/pdf/lindehoven-2023.pdf")
>>> [(c.status, c.new.number if c.new else None) for c in changes.changes if c.status == "weakened"]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import (
    AfsprakenError,
    EncryptedPdf,
    ModelNotFound,
    NoAfspraken,
    NoTextLayer,
    StoreError,
    UnreadablePdf,
)
from .types import Afspraak, Change, Comparison, Document, DocumentMeta, Reason

__all__ = [
    "Afspraak", "AfsprakenError", "Change", "Comparison", "Document", "DocumentMeta", "EncryptedPdf",
    "ModelNotFound", "NoAfspraken", "NoTextLayer", "Reason", "StoreError", "UnreadablePdf",
    "__version__", "compare", "extract", "ingest",
]


def __getattr__(name: str) -> Any:
    """`__version__`, looked up on first use: importlib.metadata costs every process that reads PDFs 30 ms."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .provenance import tool_version

    return tool_version()


def extract(path: str | Path, **options: Any) -> Document:
    """One PDF -> its afspraken with number, section, party, page, theme and text (see run.extract)."""
    from .run import extract as _extract

    return _extract(path, **options)


def compare(old: str | Path | Document, new: str | Path | Document, **options: Any) -> Comparison:
    """Two documents (paths or extracted Documents) -> the changes between their afspraken."""
    from .run import compare_files

    return compare_files(old, new, **options)


def ingest(paths: Any, db_path: str | Path = "afspraken.duckdb", **options: Any) -> Any:
    """Extract, classify and store PDFs (files or folders) in a DuckDB file; unchanged files are skipped."""
    from .batch.ingest import ingest as _ingest

    return _ingest(paths, db_path, **options)
