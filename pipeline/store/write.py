"""Writing the store: runs (the manifest), documents with their afspraken, comparisons with their changes.

Writes hold the connection only for the few milliseconds of one transaction, so two ingests started at once take
turns instead of failing; each document or comparison is written whole or not at all.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from ..types import Afspraak, Comparison, Document, DocumentMeta, Footnote, Frame
from .schema import Store, StoredFile, utc_now

# --- runs (the manifest) ------------------------------------------------------------------------------------

def start_run(store: Store, command: str, *, options: Mapping[str, Any],
              provenance: Mapping[str, Any]) -> str:
    """Record that a run began; returns its id. A run without finished_at was interrupted."""
    run_id = f"{utc_now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    store.con.execute(
        "INSERT INTO runs (run_id, command, started_at, tool_version, model_version, model_checksum, "
        "options) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [run_id, command, utc_now(), provenance.get("tool_version"), provenance.get("model_version"),
         provenance.get("model_checksum"), _json(options)],
    )
    return run_id


def finish_run(store: Store, run_id: str, *, inputs: Any, summary: Mapping[str, Any]) -> None:
    """Close a run with its inputs (file hashes or pairs) and summary counts."""
    store.con.execute(
        "UPDATE runs SET finished_at = ?, inputs = ?, summary = ? WHERE run_id = ?",
        [utc_now(), _json(inputs), _json(summary), run_id],
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
        "overrides": overrides, "run_id": run_id, "ingested_at": utc_now(),
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
                ("planning", a.planning), ("text", a.text), ("lead_in", a.lead_in),
            ):
                out[column].append(value)
    return out


AFSPRAKEN_COLUMNS = ["afspraak_id", "doc_id", "seq", "number", "section", "party", "page", "end_page",
                     "theme", "theme_score", "theme_scores", "trekker", "planning", "text", "lead_in"]
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
    con.execute("DELETE FROM commitment_frames WHERE afspraak_id IN (SELECT afspraak_id FROM afspraken WHERE "
                "doc_id = ?)", [doc_id])
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
        "footnotes::VARCHAR, warnings, year FROM documents WHERE doc_id = ?", [doc_id]).fetchall()
    if not rows:
        raise StoreError(f"no document {doc_id!r} in the store", path=store.path)
    path, sha, pages, dtype, years, gem, corp, huurders, title, footnotes, warnings, year = rows[0]
    meta = DocumentMeta(path=path, sha256=sha, pages=pages, type=dtype, years=tuple(years or ()),
                        gemeenten=tuple(gem or ()), corporaties=tuple(corp or ()),
                        huurdersorganisaties=tuple(huurders or ()), title=title, year=year)
    query = ("SELECT afspraak_id, number, section, party, page, text, theme, theme_scores::VARCHAR, trekker, "
             "planning, end_page, {lead_in} FROM afspraken WHERE doc_id = ? ORDER BY seq")
    try:
        rows = store.con.execute(query.format(lead_in="lead_in"), [doc_id]).fetchall()
    except duckdb.BinderException:  # a store of schema version 2 or older, opened read-only
        rows = store.con.execute(query.format(lead_in="NULL"), [doc_id]).fetchall()
    afspraken = tuple(
        Afspraak(id=r[0], number=r[1], section=r[2], party=r[3], page=r[4], text=r[5], theme=r[6],
                 theme_scores=json.loads(r[7]) if r[7] else None, trekker=r[8], planning=r[9], end_page=r[10],
                 lead_in=r[11])
        for r in rows
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
             pair.old_year, pair.new_year, len(rows), run_id, utc_now()],
        )
        if rows:
            con.executemany("INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def write_frames(store: Store, frames: Mapping[str, Frame], *, run_id: str | None = None) -> int:
    """Store the commitment frame of each afspraak (by afspraak id) in one transaction, replacing earlier ones."""
    rows = [
        (afspraak_id, list(f.actors), f.action, f.object, f.modality, list(f.modal_terms), f.committed,
         _json([asdict(q) for q in f.quantities]), f.deadline.year if f.deadline else None,
         f.deadline.month if f.deadline else None, f.deadline.text if f.deadline else None, f.relative_year,
         list(f.conditions), list(f.scope_terms), run_id)
        for afspraak_id, f in frames.items()
    ]
    if not rows:  # DuckDB's executemany refuses an empty list: `changes` on a store without pairs (issue #23, 3)
        return 0
    with store.transaction() as con:
        con.executemany("DELETE FROM commitment_frames WHERE afspraak_id = ?", [[r[0]] for r in rows])
        if rows:
            con.executemany("INSERT INTO commitment_frames VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            rows)
    return len(rows)

