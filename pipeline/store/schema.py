"""The store's file: a versioned DuckDB schema, and opening it with a bounded wait for another process's lock.

DuckDB lets one process write a database file at a time. Every open retries for a bounded time while another
process holds the lock, then raises StoreError naming it.
"""

from __future__ import annotations

import logging
import os
import stat
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


SCHEMA_VERSION = 3  # 2: commitment_frames; 3: afspraken.lead_in
DEFAULT_LOCK_TIMEOUT = 30.0
DEFAULT_DB_NAME = "afspraken.duckdb"
# Nothing is downloaded at run time: DuckDB would otherwise fetch an extension for a file it does not know (a
# SQLite file given as --db makes it try to install sqlite_scanner into ~/.duckdb).
CONNECT_CONFIG = {"autoload_known_extensions": False, "autoinstall_known_extensions": False}
TABLES = ("schema_version", "runs", "documents", "afspraken", "comparisons", "changes")
# One statement that binds every table and view: a store missing any of them fails here, at opening, with a
# CatalogException, instead of in the middle of a report. It costs what the version query alone costs.
_VERSION_QUERY = ("SELECT max(version) FROM schema_version UNION ALL SELECT NULL FROM runs, documents, afspraken, "
                  "comparisons, changes, v_afspraken, v_changes WHERE false")

# Version 2: the commitment frame of each compared afspraak, written by `changes` (the grammar model reads it;
# ingest does not load that model).  Kept out of _VERSION_QUERY so that a version-1 store still opens read-only.
FRAMES_TABLE = """
CREATE TABLE IF NOT EXISTS commitment_frames (
    afspraak_id    VARCHAR PRIMARY KEY,
    actors         VARCHAR[],                 -- gemeente corporatie huurdersorganisatie partijen other
    action         VARCHAR,                   -- the governing verb's lemma
    object         VARCHAR,                   -- the head noun of its object
    modality       VARCHAR,                   -- firm intent explore discuss; NULL: nothing commits
    modal_terms    VARCHAR[],
    committed      BOOLEAN,
    quantities     JSON,                      -- [{value, unit, text, low, high, noun, indexed, polarity, role}]
    deadline_year  INTEGER,
    deadline_month INTEGER,
    deadline_text  VARCHAR,
    relative_year  INTEGER,                   -- deadline year minus the document's year (0: this year)
    conditions     VARCHAR[],
    scope_terms    VARCHAR[],
    run_id         VARCHAR
);
"""

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
    text          VARCHAR NOT NULL,
    lead_in       VARCHAR                       -- the line a bullet fragment completes ("De gemeente:")
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

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        self.close()
        if isinstance(exc, duckdb.Error):
            raise store_error(exc, self.path) from None

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


def store_error(exc: BaseException, path: str) -> StoreError:
    """A DuckDB failure past the opening (a truncated file fails at its first read, a read-only folder at the
    first write) as the one-line StoreError the CLI shows."""
    return StoreError(f"the database cannot be read or written ({_first_line(exc)})", path=path)


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
    _check_not_foreign(path)
    con = _connect(path, read_only=read_only, timeout=timeout)
    try:
        _ensure_schema(con, path, read_only=read_only)
    except duckdb.Error as exc:  # a damaged file can open and then fail at its first read
        con.close()
        raise StoreError(f"broken database ({_first_line(exc)})", path=path) from None
    except BaseException:
        con.close()
        raise
    return Store(con, path)


FOREIGN_HEADERS = {b"SQLite format 3\x00": "a SQLite file", b"PAR1": "a Parquet file", b"PK\x03\x04": "a zip file"}


def _check_not_foreign(path: str) -> None:
    """Refuse what is no DuckDB file (a folder, a FIFO, some other database) before DuckDB opens it: it would
    block on a FIFO, and go looking for an extension to read a SQLite file."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return  # a new store
    except OSError as exc:
        raise StoreError(f"cannot be read ({exc.strerror})", path=path) from None
    if stat.S_ISDIR(mode):
        raise StoreError("is a folder, not a database file", path=path)
    if not stat.S_ISREG(mode):
        raise StoreError("not a regular file (a FIFO, socket or device)", path=path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"cannot be read ({exc.strerror})", path=path) from None
    for magic, kind in FOREIGN_HEADERS.items():
        if head.startswith(magic):
            raise StoreError(f"not an afspraken database ({kind})", path=path)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:300]


def _connect(path: str, *, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + timeout
    delay = 0.02
    while True:
        try:
            return duckdb.connect(path, read_only=read_only, config=CONNECT_CONFIG)
        except duckdb.IOException as exc:
            message = _first_line(exc)
            if "lock" not in message.lower():
                raise StoreError(f"cannot open the database: {message}", path=path) from None
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"the database is locked by another process (waited {timeout:g} s; DuckDB allows one "
                    f"writer at a time): {message}", path=path,
                ) from exc
            log.info("%s is locked, retrying in %.2f s", path, delay)
            time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
            delay = min(delay * 2, 0.5)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the database: {_first_line(exc)}", path=path) from None


def _ensure_schema(con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool) -> None:
    try:  # the common case first: information_schema costs a fresh process 2-5 ms of each opening
        version = con.execute(_VERSION_QUERY).fetchall()[0][0]
    except duckdb.CatalogException:
        _create_schema(con, path, read_only=read_only)
        return
    if version is None or version > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {version} is newer than this afspraken supports ({SCHEMA_VERSION}): "
            "upgrade afspraken", path=path,
        )
    if version < SCHEMA_VERSION and not read_only:  # one step per version, inside one transaction
        con.execute("BEGIN TRANSACTION")
        if version < 2:
            con.execute(FRAMES_TABLE)
        if version < 3:
            con.execute("ALTER TABLE afspraken ADD COLUMN IF NOT EXISTS lead_in VARCHAR")
        con.execute("INSERT INTO schema_version VALUES (?, ?)", [SCHEMA_VERSION, utc_now()])
        con.execute("COMMIT")


def _create_schema(con: duckdb.DuckDBPyConnection, path: str, *, read_only: bool) -> None:
    """The tables of a new store; refuses a database that holds other tables, or an empty one read-only."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if "schema_version" in tables:
        missing = sorted(set(TABLES) - tables) or ["a view"]
        raise StoreError(f"broken afspraken database ({', '.join(missing)} missing): restore a copy or start a "
                         "new store", path=path)
    if tables:
        raise StoreError(f"not an afspraken database (tables {', '.join(sorted(tables))} but no "
                         "schema_version)", path=path)
    if read_only:
        raise StoreError("empty database: run `afspraken ingest` first", path=path)
    con.execute("BEGIN TRANSACTION")
    con.execute(SCHEMA)
    con.execute(FRAMES_TABLE)
    con.execute(VIEWS)
    con.execute("INSERT INTO schema_version VALUES (?, ?)", [SCHEMA_VERSION, utc_now()])
    con.execute("COMMIT")
