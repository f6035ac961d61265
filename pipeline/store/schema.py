"""The store's file: a versioned DuckDB schema, and opening it with a bounded wait for another process's lock.

DuckDB lets one process write a database file at a time. Every open retries for a bounded time while another
process holds the lock, then raises StoreError naming it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError

log = logging.getLogger(__name__)


SCHEMA_VERSION = 1
DEFAULT_LOCK_TIMEOUT = 30.0
DEFAULT_DB_NAME = "afspraken.duckdb"

SCHEMA = """
CREATE TABLE schema_version (
    version     INTEGER NOT NULL,
    applied_at  TIMESTAMP NOT NULL
);
CREATE TABLE runs (
    run_id          VARCHAR PRIMARY KEY,
    command         VARCHAR NOT NULL,      -- ingest | changes
    started_at      TIMESTAMP NOT NULL,    -- UTC
    finished_at     TIMESTAMP,             -- NULL: the run was interrupted
    tool_version    VARCHAR,
    model_version   VARCHAR,
    model_checksum  VARCHAR,
    options         JSON,
    inputs          JSON,                  -- [{path, sha256, outcome}] or the pairs compared
    summary         JSON
);
CREATE TABLE documents (
    doc_id                VARCHAR PRIMARY KEY,   -- first 12 hex digits of sha256 (prefix of afspraak ids)
    sha256                VARCHAR NOT NULL UNIQUE,
    path                  VARCHAR NOT NULL UNIQUE,  -- absolute path of the PDF when ingested
    name                  VARCHAR NOT NULL,
    type                  VARCHAR NOT NULL,      -- prestatieafspraken | bod | kennisgeving | other
    year                  INTEGER,               -- first year covered: orders the series
    years                 INTEGER[],
    gemeente              VARCHAR,               -- series key, part 1: the first gemeente
    corporatie            VARCHAR,               -- series key, part 2: the first corporatie
    gemeenten             VARCHAR[],
    corporaties           VARCHAR[],
    huurdersorganisaties  VARCHAR[],
    title                 VARCHAR,
    pages                 INTEGER,
    n_afspraken           INTEGER NOT NULL,
    warnings              VARCHAR[],
    footnotes             JSON,
    overrides             JSON,                  -- metadata given instead of detected (sidecar, CLI)
    run_id                VARCHAR,
    ingested_at           TIMESTAMP NOT NULL
);
CREATE TABLE afspraken (
    afspraak_id   VARCHAR PRIMARY KEY,
    doc_id        VARCHAR NOT NULL,
    seq           INTEGER NOT NULL,             -- order in the document
    number        VARCHAR,
    section       VARCHAR,
    party         VARCHAR,
    page          INTEGER NOT NULL,
    end_page      INTEGER,
    theme         VARCHAR,
    theme_score   DOUBLE,                       -- the model's score for the chosen theme
    theme_scores  JSON,
    trekker       VARCHAR,
    planning      VARCHAR,
    text          VARCHAR NOT NULL
);
CREATE TABLE comparisons (
    pair_id      VARCHAR PRIMARY KEY,           -- <old doc_id>-<new doc_id>
    old_doc_id   VARCHAR NOT NULL,
    new_doc_id   VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,              -- consecutive (agreement -> next) | bod (bod -> agreement)
    gemeente     VARCHAR,
    corporatie   VARCHAR,
    old_year     INTEGER,
    new_year     INTEGER,
    n_changes    INTEGER NOT NULL,
    run_id       VARCHAR,
    compared_at  TIMESTAMP NOT NULL
);
CREATE TABLE changes (
    change_id        VARCHAR PRIMARY KEY,       -- <pair_id>-<seq>
    pair_id          VARCHAR NOT NULL,
    seq              INTEGER NOT NULL,
    status           VARCHAR NOT NULL,          -- unchanged reworded weakened strengthened modified unclear
                                                -- new dropped split merged
    old_afspraak_id  VARCHAR,
    new_afspraak_id  VARCHAR,
    similarity       DOUBLE,
    reasons          JSON,                      -- [{kind, old, new, explanation, direction}]
    group_id         INTEGER,                   -- splits and merges: rows sharing a group belong together
    lineage_id       VARCHAR,                   -- the first afspraak of the chain this one belongs to
    run_id           VARCHAR
);
CREATE INDEX afspraken_doc ON afspraken (doc_id);
CREATE INDEX changes_pair ON changes (pair_id);
"""

VIEWS = """
CREATE OR REPLACE VIEW v_afspraken AS
SELECT a.*, d.gemeente, d.corporatie, d.year, d.type AS doc_type, d.name AS doc_name, d.path AS doc_path
FROM afspraken a JOIN documents d USING (doc_id);

CREATE OR REPLACE VIEW v_changes AS
SELECT c.change_id, c.pair_id, p.kind AS pair_kind, p.gemeente, p.corporatie, p.old_year, p.new_year,
       c.status, coalesce(n.theme, o.theme) AS theme, c.similarity,
       o.number AS old_number, o.page AS old_page, o.text AS old_text, o.theme AS old_theme,
       o.theme_score AS old_theme_score,
       n.number AS new_number, n.page AS new_page, n.text AS new_text, n.theme AS new_theme,
       n.theme_score AS new_theme_score,
       c.reasons, c.group_id, c.lineage_id, c.old_afspraak_id, c.new_afspraak_id,
       p.old_doc_id, p.new_doc_id, od.path AS old_path, nd.path AS new_path, c.seq, c.run_id
FROM changes c
JOIN comparisons p USING (pair_id)
LEFT JOIN afspraken o ON o.afspraak_id = c.old_afspraak_id
LEFT JOIN afspraken n ON n.afspraak_id = c.new_afspraak_id
LEFT JOIN documents od ON od.doc_id = p.old_doc_id
LEFT JOIN documents nd ON nd.doc_id = p.new_doc_id;
"""


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class Selection:
    """Which series and years a command works on; None means all."""

    gemeente: str | None = None
    corporatie: str | None = None
    year_from: int | None = None
    year_to: int | None = None

    def __post_init__(self) -> None:
        if self.year_from is not None and self.year_to is not None and self.year_from > self.year_to:
            raise ValueError(f"year_from ({self.year_from}) is after year_to ({self.year_to})")

    def matches(self, gemeente: str | None, corporatie: str | None) -> bool:
        """Whether a series key is selected (names compare case-insensitively)."""
        return _same(self.gemeente, gemeente) and _same(self.corporatie, corporatie)

    def covers(self, *years: int | None) -> bool:
        """Whether every one of the years lies in the selected range (an unknown year never does)."""
        if self.year_from is None and self.year_to is None:
            return True
        return all(
            y is not None and (self.year_from is None or y >= self.year_from)
            and (self.year_to is None or y <= self.year_to)
            for y in years
        )

    def to_dict(self) -> dict[str, Any]:
        return {"gemeente": self.gemeente, "corporatie": self.corporatie,
                "year_from": self.year_from, "year_to": self.year_to}


def _same(wanted: str | None, value: str | None) -> bool:
    return wanted is None or (value or "").casefold() == wanted.strip().casefold()


@dataclass(frozen=True, slots=True)
class StoredFile:
    """What the store knows about one file: enough to skip it without parsing."""

    doc_id: str
    path: str
    sha256: str
    overrides: str  # canonical JSON of the overrides it was ingested with


class Store:
    """One open connection to an afspraken database; use `open_store` to get one."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All statements inside commit together or not at all."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")


def open_store(
    path: str | Path, *, read_only: bool = False, timeout: float = DEFAULT_LOCK_TIMEOUT
) -> Store:
    """Open (and on first use create) the database, waiting up to `timeout` seconds for another writer.

    Raises:
        StoreError: the file is locked after the timeout, is not a DuckDB file, is not an afspraken store,
            or was written by a newer version of afspraken.
    """
    path = str(path)
    if read_only and not Path(path).exists():
        raise StoreError("no database here: run `afspraken ingest` first", path=path)
    con = _connect(path, read_only=read_only, timeout=timeout)
    try:
        _ensure_schema(con, path, read_only=read_only)
    except BaseException:
        con.close()
        raise
    return Store(con, path)


def _connect(path: str, *, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + timeout
    delay = 0.02
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            message = str(exc)
            if "lock" not in message.lower():
                raise StoreError(f"cannot open the database: {message}", path=path) from exc
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"the database is locked by another process (waited {timeout:g} s; DuckDB allows one "
                    f"writer at a time): {message}", path=path,
                ) from exc
            log.info("%s is locked, retrying in %.2f s", path, delay)
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, 0.5)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the database: {exc}", path=path) from exc


def _ensure_schema(con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool) -> None:
    try:  # the common case first: information_schema costs a fresh process 2-5 ms of each opening
        version = con.execute("SELECT max(version) FROM schema_version").fetchall()[0][0]
    except duckdb.CatalogException:
        _create_schema(con, path, read_only=read_only)
        return
    if version is None or version > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {version} is newer than this afspraken supports ({SCHEMA_VERSION}): "
            "upgrade afspraken", path=path,
        )
    # Older versions would be migrated here, one step per version, inside one transaction.


def _create_schema(con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool) -> None:
    """The tables of a new store; refuses a database that holds other tables, or an empty one read-only."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if tables:
        raise StoreError(f"not an afspraken database (tables {', '.join(sorted(tables))} but no "
                         "schema_version)", path=path)
    if read_only:
        raise StoreError("empty database: run `afspraken ingest` first", path=path)
    con.execute("BEGIN TRANSACTION")
    con.execute(SCHEMA)
    con.execute(VIEWS)
    con.execute("INSERT INTO schema_version VALUES (?, ?)", [SCHEMA_VERSION, utc_now()])
    con.execute("COMMIT")
