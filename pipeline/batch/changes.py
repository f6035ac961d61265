"""Record the changes of each series: consecutive years (and each bod with its agreement) compared and stored."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..provenance import provenance
from ..store import (
    DEFAULT_LOCK_TIMEOUT,
    Pair,
    Selection,
    finish_run,
    load_document,
    open_store,
    start_run,
    update_lineage,
    write_comparison,
    write_frames,
)
from ..types import Comparison, Document

# --- series and changes -------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ChangesResult:
    """The comparisons a `changes` run recorded: (pair, number of changes), and what it left out and why."""

    pairs: tuple[tuple[Pair, int], ...] = ()
    notes: tuple[str, ...] = ()
    run_id: str | None = None


def series_pairs(documents: Sequence[Mapping[str, Any]], selection: Selection | None = None) -> tuple[
        list[Pair], list[str]]:
    """The pairs to compare in each series (gemeente + corporatie), and notes on what was left out.

    Consecutive prestatieafspraken form the chain (ordered by year); a bod is paired with the agreement of the
    year it precedes (its own first year); kennisgevingen and other documents belong to the series but are
    not compared. Two agreements with the same year: the one ingested last is used.
    """
    sel = selection or Selection()
    series: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for d in documents:
        if sel.matches(d["gemeente"], d["corporatie"]):
            key = ((d["gemeente"] or "").casefold(), (d["corporatie"] or "").casefold())
            series.setdefault(key, []).append(d)
    pairs: list[Pair] = []
    notes: list[str] = []
    for docs in series.values():
        by_year = _agreements_by_year(docs, notes)
        years = sorted(by_year)
        for old_year, new_year in zip(years, years[1:], strict=False):
            if sel.covers(new_year):  # a pair belongs to the year it leads into (issue #22)
                pairs.append(_pair(by_year[old_year], by_year[new_year], "consecutive"))
        for bod in (d for d in docs if d["type"] == "bod"):
            agreement = by_year.get(bod["year"])
            if agreement is None:
                notes.append(f"{bod['name']}: no agreement for {bod['year']} in its series to compare with")
            elif sel.covers(bod["year"]):
                pairs.append(_pair(bod, agreement, "bod"))
    return pairs, notes


def _agreements_by_year(docs: Sequence[Mapping[str, Any]], notes: list[str]) -> dict[int, Mapping[str, Any]]:
    """A series' agreements by year, the one ingested last for a year held twice; notes on what was left out."""
    by_year: dict[int, Mapping[str, Any]] = {}
    for d in sorted(docs, key=lambda d: str(d["ingested_at"])):
        if d["type"] != "prestatieafspraken":
            continue
        if d["year"] is None:
            notes.append(f"{d['name']}: no year detected (set one with --year or a sidecar file)")
        elif d["year"] in by_year:
            notes.append(f"{by_year[d['year']]['name']}: superseded by {d['name']} for {d['year']}")
            by_year[d["year"]] = d
        else:
            by_year[d["year"]] = d
    return by_year


def _pair(old: Mapping[str, Any], new: Mapping[str, Any], kind: str) -> Pair:
    return Pair(old["doc_id"], new["doc_id"], kind, new["gemeente"], new["corporatie"], old["year"],
                new["year"])


def record_changes(
    db_path: str | Path,
    selection: Selection | None = None,
    *,
    compare_fn: Callable[[Document, Document], Comparison] | None = None,
    on_pair: Callable[[Pair, int], None] | None = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
) -> ChangesResult:
    """Compare each consecutive pair (and bod -> agreement) of the selected series and store the changes.

    Documents are loaded back from the store; each comparison replaces earlier results for its pair in one
    transaction; the commitment frame of every compared afspraak is stored, and lineage ids are then recomputed
    over all stored links.

    Raises:
        StoreError: the store cannot be opened or written.
    """
    if compare_fn is None:
        from ..changes import compare as compare_fn  # lazy: the comparison stage is heavy and optional here
    sel = selection or Selection()
    with open_store(db_path, timeout=lock_timeout) as store:
        # Rows as dicts straight from DuckDB: through a DataFrame a column of NULLs (no corporatie detected
        # in any document) came back as float NaN, which is no name (issue #23).
        cursor = store.con.execute(
            "SELECT doc_id, name, type, year, gemeente, corporatie, ingested_at FROM documents")
        columns = [c[0] for c in cursor.description]
        docs = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        pairs, notes = series_pairs(docs, sel)
        run_id = start_run(store, "changes", options={"db": str(db_path), **sel.to_dict()},
                           provenance=provenance())
        loaded = {doc_id: load_document(store, doc_id)
                  for doc_id in dict.fromkeys(d for p in pairs for d in (p.old_doc_id, p.new_doc_id))}
    done: list[tuple[Pair, int]] = []
    for pair in pairs:
        # Compare without holding the store: other processes may write meanwhile.
        comparison = compare_fn(loaded[pair.old_doc_id], loaded[pair.new_doc_id])
        with open_store(db_path, timeout=lock_timeout) as store:
            n = write_comparison(store, pair, comparison, run_id=run_id)
        done.append((pair, n))
        if on_pair is not None:
            on_pair(pair, n)
    from ..frames import document_frames  # lazy, as compare: it loads the grammar model
    with open_store(db_path, timeout=lock_timeout) as store:  # a frame depends only on its document: read once
        framed = {r[0] for r in store.con.execute("SELECT afspraak_id FROM commitment_frames").fetchall()}
    frames = {k: v for doc in loaded.values() if any(a.id not in framed for a in doc.afspraken)
              for k, v in document_frames(doc).items()}
    with open_store(db_path, timeout=lock_timeout) as store:
        write_frames(store, frames, run_id=run_id)
        update_lineage(store)
        finish_run(store, run_id, inputs=[{"pair_id": p.pair_id, "kind": p.kind, "old_year": p.old_year,
                                           "new_year": p.new_year, "changes": n} for p, n in done],
                   summary={"pairs": len(done), "changes": sum(n for _, n in done), "notes": notes})
    return ChangesResult(tuple(done), tuple(notes), run_id)
