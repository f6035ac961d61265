"""The DuckDB store: a versioned schema, one transaction per document or comparison, and frames to read back.

Tables (see the README section "The database"): schema_version, runs, documents, afspraken, comparisons,
changes; views v_afspraken and v_changes join texts, themes, gemeente and years for analysts' queries.

DuckDB lets one process write a database file at a time. Every open retries for a bounded time while another
process holds the lock, then raises StoreError naming it. Writes hold the connection only for the few
milliseconds of one transaction, so two ingests started at once take turns instead of failing.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from .errors import StoreError
from .types import Afspraak, Comparison, Document, DocumentMeta, Footnote

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


def _now() -> datetime:
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
    con.execute("INSERT INTO schema_version VALUES (?, ?)", [SCHEMA_VERSION, _now()])
    con.execute("COMMIT")


# --- runs (the manifest) ------------------------------------------------------------------------------------

def start_run(store: Store, command: str, *, options: Mapping[str, Any],
              provenance: Mapping[str, Any]) -> str:
    """Record that a run began; returns its id. A run without finished_at was interrupted."""
    run_id = f"{_now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    store.con.execute(
        "INSERT INTO runs (run_id, command, started_at, tool_version, model_version, model_checksum, "
        "options) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [run_id, command, _now(), provenance.get("tool_version"), provenance.get("model_version"),
         provenance.get("model_checksum"), _json(options)],
    )
    return run_id


def finish_run(store: Store, run_id: str, *, inputs: Any, summary: Mapping[str, Any]) -> None:
    """Close a run with its inputs (file hashes or pairs) and summary counts."""
    store.con.execute(
        "UPDATE runs SET finished_at = ?, inputs = ?, summary = ? WHERE run_id = ?",
        [_now(), _json(inputs), _json(summary), run_id],
    )


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def canonical_overrides(overrides: Mapping[str, Any] | None) -> str:
    """Overrides as canonical JSON, so that equal overrides compare equal as text."""
    clean = {k: list(v) if isinstance(v, tuple | list) else v for k, v in (overrides or {}).items() if v}
    return _json(clean)


# --- documents ----------------------------------------------------------------------------------------------

def known_files(store: Store) -> dict[str, StoredFile]:
    """Every stored document by sha256: what ingest looks up before deciding to parse a file."""
    rows = store.con.execute("SELECT doc_id, path, sha256, coalesce(overrides::VARCHAR, '{}') FROM documents")
    return {r[2]: StoredFile(*r) for r in rows.fetchall()}


def document_row(doc: Document, *, overrides: str, run_id: str | None) -> dict[str, Any]:
    """The documents row of one Document (series key: its first gemeente and first corporatie)."""
    m = doc.meta
    path = Path(m.path)
    return {
        "doc_id": m.sha256[:12], "sha256": m.sha256, "path": str(path.resolve()), "name": path.name,
        "type": m.type, "year": m.year, "years": list(m.years),
        "gemeente": m.gemeenten[0] if m.gemeenten else None,
        "corporatie": m.corporaties[0] if m.corporaties else None,
        "gemeenten": list(m.gemeenten), "corporaties": list(m.corporaties),
        "huurdersorganisaties": list(m.huurdersorganisaties), "title": m.title, "pages": m.pages,
        "n_afspraken": len(doc.afspraken), "warnings": list(doc.warnings),
        "footnotes": _json([{"marker": f.marker, "text": f.text, "page": f.page} for f in doc.footnotes]),
        "overrides": overrides, "run_id": run_id, "ingested_at": _now(),
    }


def afspraken_columns(docs: Iterable[Document]) -> dict[str, list[Any]]:
    """The afspraken rows of documents as one list per column, in the column order of the table."""
    out: dict[str, list[Any]] = {c: [] for c in AFSPRAKEN_COLUMNS}
    for doc in docs:
        doc_id = doc.meta.sha256[:12]
        for i, a in enumerate(doc.afspraken):
            scores = a.theme_scores
            for column, value in (
                ("afspraak_id", a.id), ("doc_id", doc_id), ("seq", i), ("number", a.number),
                ("section", a.section), ("party", a.party), ("page", a.page), ("end_page", a.end_page),
                ("theme", a.theme), ("theme_score", (scores or {}).get(a.theme) if a.theme else None),
                ("theme_scores", _json(scores) if scores is not None else None), ("trekker", a.trekker),
                ("planning", a.planning), ("text", a.text),
            ):
                out[column].append(value)
    return out


AFSPRAKEN_COLUMNS = ["afspraak_id", "doc_id", "seq", "number", "section", "party", "page", "end_page",
                     "theme", "theme_score", "theme_scores", "trekker", "planning", "text"]
_AFSPRAKEN_TYPES = {"seq": "INTEGER", "page": "INTEGER", "end_page": "INTEGER", "theme_score": "DOUBLE"}
# One statement for all rows of a document: each column a typed list parameter, unnested side by side
# (several times faster than a registered DataFrame or executemany).
_INSERT_AFSPRAKEN = (
    f"INSERT INTO afspraken ({', '.join(AFSPRAKEN_COLUMNS)}) SELECT "
    + ", ".join(f"unnest(?::{_AFSPRAKEN_TYPES.get(c, 'VARCHAR')}[])" for c in AFSPRAKEN_COLUMNS)
)


def write_document(store: Store, doc: Document, *, overrides: str = "{}", run_id: str | None = None) -> str:
    """Store one document and its afspraken in one transaction; returns "ingested", "replaced" or "skipped".

    A stored document with the same content and overrides is left alone ("skipped": another run stored it
    meanwhile). An older version at the same path, or the same content ingested with other overrides, is
    deleted together with its afspraken and every comparison that used it ("replaced").
    """
    return write_documents(store, [(doc, overrides)], run_id=run_id)[0]


def write_documents(store: Store, items: Sequence[tuple[Document, str]], *, run_id: str | None = None) -> list[str]:
    """Store several (document, canonical overrides) in one transaction; one status per item, as write_document.

    All of them are stored or none: ingest commits the documents of about a second at once, because a
    commit and each statement cost DuckDB milliseconds whether they carry one document or fifty.

    Raises:
        ValueError: a document the store cannot hold (`check_document`); nothing is written.
        StoreError: DuckDB refused the writes; nothing is written.
    """
    for doc, _ in items:
        check_document(doc)
    rows = [document_row(doc, overrides=overrides, run_id=run_id) for doc, overrides in items]
    statuses: list[str] = []
    try:
        with store.transaction() as con:
            for part in _independent_runs(rows):
                statuses += _write_rows(con, [items[i][0] for i in part], [rows[i] for i in part])
    except duckdb.Error as exc:
        what = rows[0]["name"] if len(rows) == 1 else f"{len(rows)} documents ({rows[0]['name']}, ...)"
        raise StoreError(f"cannot store {what}: {exc}", path=store.path) from exc
    return statuses


def _independent_runs(rows: Sequence[Mapping[str, Any]]) -> Iterator[list[int]]:
    """Consecutive runs of rows that share no path and no sha256, so each run's lookups see the runs before."""
    run: list[int] = []
    keys: set[str] = set()
    for i, row in enumerate(rows):
        mine = {"path:" + row["path"], "sha:" + row["sha256"]}
        if keys & mine:
            yield run
            run, keys = [], set()
        run.append(i)
        keys |= mine
    if run:
        yield run


def _write_rows(con: duckdb.DuckDBPyConnection, docs: Sequence[Document], rows: Sequence[dict[str, Any]]) -> list[str]:
    """Write documents that share no path or sha256 with each other: one statement per table for all."""
    stale = con.execute(
        "SELECT doc_id, path, sha256, overrides::VARCHAR FROM documents "
        "WHERE list_contains(?::VARCHAR[], path) OR list_contains(?::VARCHAR[], sha256)",
        [[r["path"] for r in rows], [r["sha256"] for r in rows]],
    ).fetchall()
    statuses: list[str] = []
    fresh: list[int] = []
    gone: set[str] = set()
    for i, row in enumerate(rows):
        mine = [(doc_id, sha, ov) for doc_id, path, sha, ov in stale
                if doc_id not in gone and (path == row["path"] or sha == row["sha256"])]  # as if one by one
        if any(sha == row["sha256"] and (ov or "{}") == row["overrides"] for _, sha, ov in mine):
            statuses.append("skipped")
            continue
        for old_id, _, _ in mine:
            if old_id not in gone:
                delete_document(con, old_id)
                gone.add(old_id)
        statuses.append("replaced" if mine else "ingested")
        fresh.append(i)
    if fresh:
        columns = list(rows[0])
        values = ", ".join("(" + ", ".join("?" * len(columns)) + ")" for _ in fresh)
        con.execute(f"INSERT INTO documents ({', '.join(columns)}) VALUES {values}",
                    [rows[i][c] for i in fresh for c in columns])
        afspraken = afspraken_columns(docs[i] for i in fresh)
        if afspraken["afspraak_id"]:
            con.execute(_INSERT_AFSPRAKEN, list(afspraken.values()))
    return statuses


def check_document(doc: Document) -> None:
    """Refuse a document the store cannot hold faithfully.

    Raises:
        ValueError: two afspraken share an id (ids are the keys that changes refer to).
    """
    seen: set[str] = set()
    for a in doc.afspraken:
        if a.id in seen:
            raise ValueError(f"two afspraken share the id {a.id} (same page and position: side-by-side "
                             "columns?); ids must be unique to store and compare them")
        seen.add(a.id)


def delete_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    """Remove a document, its afspraken and the comparisons that used it (call inside a transaction)."""
    query = "SELECT pair_id FROM comparisons WHERE old_doc_id = ? OR new_doc_id = ?"
    pairs = [r[0] for r in con.execute(query, [doc_id, doc_id]).fetchall()]
    for pair_id in pairs:
        con.execute("DELETE FROM changes WHERE pair_id = ?", [pair_id])
        con.execute("DELETE FROM comparisons WHERE pair_id = ?", [pair_id])
    con.execute("DELETE FROM afspraken WHERE doc_id = ?", [doc_id])
    con.execute("DELETE FROM documents WHERE doc_id = ?", [doc_id])


def move_document(store: Store, doc_id: str, new_path: str | Path) -> None:
    """Point a stored document at the file's new location (same content, moved file)."""
    path = Path(new_path).resolve()
    store.con.execute("UPDATE documents SET path = ?, name = ? WHERE doc_id = ?",
                      [str(path), path.name, doc_id])


def load_document(store: Store, doc_id: str) -> Document:
    """A stored document back as the Document the pipeline produced (path as stored, absolute)."""
    rows = store.con.execute(
        "SELECT path, sha256, pages, type, years, gemeenten, corporaties, huurdersorganisaties, title, "
        "footnotes::VARCHAR, warnings FROM documents WHERE doc_id = ?", [doc_id]).fetchall()
    if not rows:
        raise StoreError(f"no document {doc_id!r} in the store", path=store.path)
    path, sha, pages, dtype, years, gem, corp, huurders, title, footnotes, warnings = rows[0]
    meta = DocumentMeta(path=path, sha256=sha, pages=pages, type=dtype, years=tuple(years or ()),
                        gemeenten=tuple(gem or ()), corporaties=tuple(corp or ()),
                        huurdersorganisaties=tuple(huurders or ()), title=title)
    afspraken = tuple(
        Afspraak(id=r[0], number=r[1], section=r[2], party=r[3], page=r[4], text=r[5], theme=r[6],
                 theme_scores=json.loads(r[7]) if r[7] else None, trekker=r[8], planning=r[9], end_page=r[10])
        for r in store.con.execute(
            "SELECT afspraak_id, number, section, party, page, text, theme, theme_scores::VARCHAR, trekker, "
            "planning, end_page FROM afspraken WHERE doc_id = ? ORDER BY seq", [doc_id]).fetchall()
    )
    notes = tuple(Footnote(**f) for f in json.loads(footnotes or "[]"))
    return Document(meta=meta, afspraken=afspraken, footnotes=notes, warnings=tuple(warnings or ()))


# --- comparisons and changes --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Pair:
    """Two stored documents of one series to compare: an agreement and the next, or a bod and its agreement.

    kind is "consecutive" or "bod".
    """

    old_doc_id: str
    new_doc_id: str
    kind: str  # consecutive | bod
    gemeente: str | None
    corporatie: str | None
    old_year: int | None
    new_year: int | None

    @property
    def pair_id(self) -> str:
        return f"{self.old_doc_id}-{self.new_doc_id}"


def write_comparison(store: Store, pair: Pair, comparison: Comparison, *, run_id: str | None = None) -> int:
    """Store one comparison and its changes in one transaction, replacing earlier results for the pair."""
    rows = [
        (f"{pair.pair_id}-{seq:04d}", pair.pair_id, seq, c.status, c.old.id if c.old else None,
         c.new.id if c.new else None, c.similarity, _json([r.to_dict() for r in c.reasons]), c.group, None,
         run_id)
        for seq, c in enumerate(comparison.changes)
    ]
    with store.transaction() as con:
        con.execute("DELETE FROM changes WHERE pair_id = ?", [pair.pair_id])
        con.execute("DELETE FROM comparisons WHERE pair_id = ?", [pair.pair_id])
        con.execute(
            "INSERT INTO comparisons VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [pair.pair_id, pair.old_doc_id, pair.new_doc_id, pair.kind, pair.gemeente, pair.corporatie,
             pair.old_year, pair.new_year, len(rows), run_id, _now()],
        )
        if rows:
            con.executemany("INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def links_to_lineage(links: Iterable[tuple[str, str]], order: Mapping[str, Any]) -> dict[str, str]:
    """Chains of linked afspraken -> the id of each chain's earliest afspraak (by `order`), for every member.

    Splits and merges join their chains: a lineage is a connected group of links. The same rule as
    pipeline.compare.lineage, applied to the links stored for every pair rather than to Comparison objects.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb, key=lambda k: (order.get(k, ()), k))] = min(
                ra, rb, key=lambda k: (order.get(k, ()), k))
    return {x: find(x) for x in parent}


def update_lineage(store: Store) -> None:
    """Recompute lineage_id on every change from all stored links (one transaction)."""
    links = store.con.execute(
        "SELECT old_afspraak_id, new_afspraak_id FROM changes "
        "WHERE old_afspraak_id IS NOT NULL AND new_afspraak_id IS NOT NULL").fetchall()
    # Rows of one split or merge share a group: their afspraken belong to one lineage (as compare.lineage).
    grouped = store.con.execute(
        "SELECT list(DISTINCT x) FROM (SELECT pair_id, group_id, "
        "unnest([old_afspraak_id, new_afspraak_id]) AS x FROM changes WHERE group_id IS NOT NULL) "
        "WHERE x IS NOT NULL GROUP BY pair_id, group_id").fetchall()
    links += [(ids[0], other) for (ids,) in grouped for other in ids[1:]]
    order = {r[0]: (r[1] if r[1] is not None else 9999, r[2], r[3]) for r in store.con.execute(
        "SELECT a.afspraak_id, d.year, d.type <> 'bod', a.seq "
        "FROM afspraken a JOIN documents d USING (doc_id)",
    ).fetchall()}
    lineage = links_to_lineage(links, order)
    frame = pd.DataFrame({"afspraak_id": list(lineage), "lineage_id": list(lineage.values())},
                         columns=["afspraak_id", "lineage_id"])
    with store.transaction() as con:
        con.register("_lineage", frame)
        try:
            con.execute(
                "UPDATE changes SET lineage_id = coalesce((SELECT l.lineage_id FROM _lineage l "
                "WHERE l.afspraak_id = coalesce(changes.new_afspraak_id, changes.old_afspraak_id)), "
                "coalesce(changes.new_afspraak_id, changes.old_afspraak_id))")
        finally:
            con.unregister("_lineage")


# --- reading back -------------------------------------------------------------------------------------------

FRAMES = ("documents", "afspraken", "changes", "comparisons", "runs", "summary")


def read_frame(store: Store, name: str, selection: Selection | None = None) -> pd.DataFrame:
    """One table as a DataFrame, limited to the selected series and years.

    documents, afspraken (v_afspraken), changes (v_changes), comparisons, runs, summary (afspraken and change
    counts per series, year and theme).
    """
    sel = selection or Selection()
    if name == "summary":
        return summary_frame(read_frame(store, "afspraken", sel), read_frame(store, "changes", sel))
    if name == "runs":
        return store.con.execute("SELECT * FROM runs ORDER BY started_at").df()
    table, order, years = {
        "documents": ("documents", "gemeente, corporatie, year, type, name", ("year",)),
        "afspraken": ("v_afspraken", "gemeente, corporatie, year, doc_name, seq", ("year",)),
        "changes": ("v_changes", "gemeente, corporatie, new_year, old_year, pair_kind, seq",
                    ("old_year", "new_year")),
        "comparisons": ("comparisons", "gemeente, corporatie, new_year, kind", ("old_year", "new_year")),
    }.get(name, (None, None, ()))
    if table is None:
        raise ValueError(f"unknown frame {name!r}; choose from {', '.join(FRAMES)}")
    where, params = _where(sel, years)
    return store.con.execute(f"SELECT * FROM {table}{where} ORDER BY {order}", params).df()


def _where(sel: Selection, year_columns: Sequence[str]) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("gemeente", sel.gemeente), ("corporatie", sel.corporatie)):
        if value is not None:
            clauses.append(f"lower({column}) = lower(?)")
            params.append(value.strip())
    for column in year_columns:
        if sel.year_from is not None:
            clauses.append(f"{column} >= ?")
            params.append(sel.year_from)
        if sel.year_to is not None:
            clauses.append(f"{column} <= ?")
            params.append(sel.year_to)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


SUMMARY_STATUSES = ("new", "dropped", "weakened", "strengthened")


def summary_frame(afspraken: pd.DataFrame, changes: pd.DataFrame) -> pd.DataFrame:
    """Per series, year and theme: afspraken in that year's agreement and its changes since the previous one.

    Only prestatieafspraken documents and consecutive pairs count (a bod or kennisgeving would double-count).
    """
    keys = ["gemeente", "corporatie", "year", "theme"]
    agreements = afspraken[afspraken["doc_type"] == "prestatieafspraken"]
    consecutive = changes[changes["pair_kind"] == "consecutive"].rename(columns={"new_year": "year"})
    parts = [_count(agreements, keys, "afspraken")]
    parts += [_count(consecutive[consecutive["status"] == s], keys, s) for s in SUMMARY_STATUSES]
    frame = pd.concat(parts, axis=1).fillna(0).astype("int64").reset_index()
    return frame.sort_values(keys, na_position="last", ignore_index=True)


def _count(frame: pd.DataFrame, keys: list[str], name: str) -> pd.Series:
    """Rows per key (a missing theme counted as "(geen thema)"), as a Series indexed by the keys."""
    frame = frame.assign(theme=frame["theme"].fillna("(geen thema)"),
                         year=frame["year"].astype("Int64"),
                         gemeente=frame["gemeente"].fillna(""), corporatie=frame["corporatie"].fillna(""))
    return frame.groupby(keys, dropna=False).size().rename(name)
