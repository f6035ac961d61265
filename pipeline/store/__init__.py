"""The DuckDB store: a versioned schema, one transaction per document or comparison, and frames to read back.

Tables (see the README section "The database"): schema_version, runs, documents, afspraken, comparisons,
changes, commitment_frames; views v_afspraken and v_changes join texts, themes, gemeente and years for
analysts' queries.
`schema` opens the file (waiting a bounded time for another process's lock), `write` stores runs, documents
and comparisons, `lineage` links each commitment's chain over the years, and `read` gives DataFrames back.
"""

from __future__ import annotations

from .lineage import links_to_lineage, update_lineage
from .read import FRAMES, SUMMARY_STATUSES, read_frame, summary_frame
from .schema import DEFAULT_DB_NAME, DEFAULT_LOCK_TIMEOUT, SCHEMA_VERSION, Selection, Store, open_store, store_error
from .write import (
    Pair,
    canonical_overrides,
    check_document,
    delete_document,
    finish_run,
    known_files,
    load_document,
    move_document,
    start_run,
    write_comparison,
    write_document,
    write_documents,
    write_frames,
)

__all__ = [
    "DEFAULT_DB_NAME", "DEFAULT_LOCK_TIMEOUT", "FRAMES", "SCHEMA_VERSION", "SUMMARY_STATUSES", "Pair", "Selection",
    "Store", "canonical_overrides", "check_document", "delete_document", "finish_run", "known_files",
    "links_to_lineage", "load_document", "move_document", "open_store", "read_frame", "start_run",
    "store_error", "summary_frame", "update_lineage", "write_comparison", "write_document", "write_documents",
    "write_frames",
]
