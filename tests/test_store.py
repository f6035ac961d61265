"""The DuckDB store: schema and version, atomic writes, round-trips, lineage, summaries, the write lock."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from pipeline.errors import StoreError
from pipeline.run import file_sha256
from pipeline.store import (
    SCHEMA_VERSION,
    Pair,
    links_to_lineage,
    load_document,
    open_store,
    read_frame,
    update_lineage,
    write_comparison,
    write_document,
    write_documents,
)
from pipeline.store.schema import VIEWS
from pipeline.types import Afspraak, Change, Comparison, Document, DocumentMeta, Reason

from .conftest import GOLD, ROOT

PDF = ROOT / "corpus" / "pdf"
needs_corpus = pytest.mark.skipif(not (GOLD / "index.json").exists(), reason="corpus not built")


# --- helpers shared by the store, ingest and report tests ---------------------------------------------------

def gold_document(path: Path, *, low_confidence_every: int = 0) -> Document:
    """The Document the pipeline should make of a corpus PDF, from its gold JSON (ids carry the gold key).

    Theme scores are 0.9, except every n-th afspraak (low_confidence_every) at 0.35, to feed the review list.
    """
    gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
    d = gold["document"]
    sha = file_sha256(path)
    meta = DocumentMeta(path=str(path.resolve()), sha256=sha, pages=d["pages"], type=d["type"],
                        years=(d["year"],), gemeenten=(d["gemeente"],), corporaties=tuple(d["corporaties"]),
                        huurdersorganisaties=tuple(d["huurdersorganisaties"]), title=d["id"])
    def score(i: int) -> float:
        return 0.35 if low_confidence_every and i % low_confidence_every == 0 else 0.9

    afspraken = tuple(
        Afspraak(id=f"{sha[:12]}-{a['key']}", number=a["number"], section=a["section"], party=a["party"],
                 page=a["page"], text=a["text"], theme=a["theme"], theme_scores={a["theme"]: score(i)})
        for i, a in enumerate(gold["afspraken"], start=1)
    )
    return Document(meta=meta, afspraken=afspraken)


def gold_compare(old: Document, new: Document) -> Comparison:
    """A stand-in for pipeline.changes.compare: the corpus gold links as Changes (one reason per kind)."""
    old_id, new_id = Path(old.meta.path).stem, Path(new.meta.path).stem
    links = json.loads((GOLD / "pairs" / f"{old_id}__{new_id}.json").read_text(encoding="utf-8"))["links"]
    by_key_old = {a.id.split("-", 1)[1]: a for a in old.afspraken}
    by_key_new = {a.id.split("-", 1)[1]: a for a in new.afspraken}
    changes = []
    for link in links:
        a, b = by_key_old.get(link["old"]), by_key_new.get(link["new"])
        direction = {"weakened": -1, "strengthened": 1}.get(link["status"], 0)
        reasons = tuple(Reason(kind=k, old=None, new=None, explanation=f"{k} {link['status']}",
                               direction=direction) for k in link["kinds"])
        changes.append(Change(status=link["status"], old=a, new=b, similarity=None if a is None or b is None
                              else 0.8, reasons=reasons))
    return Comparison(old=old, new=new, changes=tuple(changes))


def make_document(path: Path, *, n: int = 3, year: int = 2022, sha: str | None = None,
                  kind: str = "prestatieafspraken", gemeente: str = "Lindehoven",
                  corporatie: str = "Het Lindehof") -> Document:
    """A small hand-made Document (ids from the given or a made-up hash)."""
    sha = sha or f"{abs(hash((str(path), year))):064x}"[-64:]
    meta = DocumentMeta(path=str(path.resolve()), sha256=sha, pages=4, type=kind, years=(year,),
                        gemeenten=(gemeente,), corporaties=(corporatie,))
    afspraken = tuple(Afspraak(id=f"{sha[:12]}-{i:03d}", number=f"1.{i}", section="1. Wonen", party=None,
                               page=i, text=f"Het Lindehof bouwt {100 + i} woningen in {year}.",
                               theme="kwaliteit", theme_scores={"kwaliteit": 0.8}) for i in range(1, n + 1))
    return Document(meta=meta, afspraken=afspraken)


def table_counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                for t in ("documents", "afspraken", "comparisons", "changes")}
    finally:
        con.close()


# --- schema -------------------------------------------------------------------------------------------------

def test_a_new_store_records_its_schema_version(tmp_path):
    with open_store(tmp_path / "a.duckdb") as store:
        assert store.con.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
        views = {r[0] for r in store.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'VIEW'").fetchall()}
    assert {"v_changes", "v_afspraken"} <= views


def test_a_store_of_a_newer_version_is_refused(tmp_path):
    db = tmp_path / "a.duckdb"
    open_store(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(db)


@pytest.mark.parametrize("content", [b"not a database at all" * 50, None])
def test_a_file_that_is_not_a_store_is_refused(tmp_path, content):
    db = tmp_path / "other.duckdb"
    if content is None:  # a DuckDB file of someone else
        con = duckdb.connect(str(db))
        con.execute("CREATE TABLE t (x INTEGER)")
        con.close()
    else:
        db.write_bytes(content)
    with pytest.raises(StoreError) as info:
        open_store(db)
    assert info.value.exit_code == 8 and str(db) in str(info.value)


def test_reading_a_missing_store_says_to_ingest_first(tmp_path):
    with pytest.raises(StoreError, match="ingest"):
        open_store(tmp_path / "none.duckdb", read_only=True)


# --- documents ----------------------------------------------------------------------------------------------

def test_a_document_survives_the_round_trip(tmp_path):
    doc = make_document(tmp_path / "x.pdf")
    doc = replace(doc, warnings=("a warning",))
    with open_store(tmp_path / "a.duckdb") as store:
        assert write_document(store, doc) == "ingested"
        assert load_document(store, doc.meta.sha256[:12]) == doc


def test_the_same_document_twice_is_skipped(tmp_path):
    doc = make_document(tmp_path / "x.pdf")
    with open_store(tmp_path / "a.duckdb") as store:
        write_document(store, doc)
        assert write_document(store, doc) == "skipped"
    assert table_counts(tmp_path / "a.duckdb")["afspraken"] == 3


def test_a_new_version_at_the_same_path_replaces_the_old_one_and_its_comparisons(tmp_path):
    db = tmp_path / "a.duckdb"
    old = make_document(tmp_path / "x.pdf", year=2022, sha="a" * 64)
    other = make_document(tmp_path / "y.pdf", year=2023, sha="b" * 64)
    new = make_document(tmp_path / "x.pdf", n=2, year=2022, sha="c" * 64)
    with open_store(db) as store:
        write_document(store, old)
        write_document(store, other)
        pair = Pair("a" * 12, "b" * 12, "consecutive", "Lindehoven", "Het Lindehof", 2022, 2023)
        write_comparison(store, pair, Comparison(old, other, (Change("unchanged", old.afspraken[0],
                                                                      other.afspraken[0]),)))
        assert write_document(store, new) == "replaced"
        ids = store.con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()
    assert ids == [("b" * 12,), ("c" * 12,)]
    assert table_counts(db) == {"documents": 2, "afspraken": 5, "comparisons": 0, "changes": 0}


def test_a_failing_write_leaves_nothing_half_written(tmp_path):
    db = tmp_path / "a.duckdb"
    first = make_document(tmp_path / "x.pdf", sha="a" * 64)
    # the second document reuses an afspraak id of the first: its afspraken insert fails mid-transaction
    second = make_document(tmp_path / "y.pdf", sha="b" * 64)
    clash = replace(second.afspraken[1], id=first.afspraken[0].id)
    second = replace(second, afspraken=(second.afspraken[0], clash))
    with open_store(db) as store:
        write_document(store, first)
        with pytest.raises(StoreError, match="y.pdf"):
            write_document(store, second)
    assert table_counts(db) == {"documents": 1, "afspraken": 3, "comparisons": 0, "changes": 0}


def store_contents(db: Path) -> dict[str, list[tuple]]:
    """Every stored document and afspraak, without the write time."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "documents": con.execute("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id").fetchall(),
            "afspraken": con.execute("SELECT * FROM afspraken ORDER BY afspraak_id").fetchall(),
        }
    finally:
        con.close()


@needs_corpus
def test_documents_written_in_one_transaction_are_stored_as_if_written_one_by_one(tmp_path):
    docs = [gold_document(PDF / f"{name}.pdf") for name in
            ("lindehoven-2021", "lindehoven-2022", "heesterbroek-2023", "oudeveen-2022")]
    # in the same batch: the first again (skipped) and a new version of the second at its path (replaced)
    newer = replace(docs[1], meta=replace(docs[1].meta, sha256="f" * 64),
                    afspraken=tuple(replace(a, id="f" * 12 + a.id[12:]) for a in docs[1].afspraken[:5]))
    items = [(d, "{}") for d in [*docs, docs[0], newer]]
    with open_store(tmp_path / "one.duckdb") as store:
        one_by_one = [write_document(store, d, overrides=o, run_id="r") for d, o in items]
    with open_store(tmp_path / "batch.duckdb") as store:
        together = write_documents(store, items, run_id="r")
    assert together == one_by_one == ["ingested"] * 4 + ["skipped", "replaced"]
    assert store_contents(tmp_path / "batch.duckdb") == store_contents(tmp_path / "one.duckdb")
    assert table_counts(tmp_path / "batch.duckdb")["documents"] == 4


@needs_corpus
def test_a_batch_that_replaces_a_document_and_brings_its_content_back_under_another_path(tmp_path):
    """Stored: X (content c1 at path P). Then, in one batch, new content at P and c1 again at Q: as one by one,
    P's new version replaces X and Q's c1 is stored, not skipped as a copy of the X just deleted."""
    x = gold_document(PDF / "lindehoven-2021.pdf")
    at_p = replace(x, meta=replace(x.meta, sha256="e" * 64),
                   afspraken=tuple(replace(a, id="e" * 12 + a.id[12:]) for a in x.afspraken))
    at_q = replace(x, meta=replace(x.meta, path=str(tmp_path / "elsewhere.pdf")))
    results = []
    for name, write in (("one.duckdb", lambda st, items: [write_document(st, d, overrides=o) for d, o in items]),
                        ("batch.duckdb", lambda st, items: write_documents(st, items))):
        with open_store(tmp_path / name) as store:
            write_document(store, x)
            results.append(write(store, [(at_p, "{}"), (at_q, "{}")]))
    assert results == [["replaced", "ingested"]] * 2
    assert store_contents(tmp_path / "batch.duckdb") == store_contents(tmp_path / "one.duckdb")
    assert table_counts(tmp_path / "batch.duckdb")["documents"] == 2


@needs_corpus
def test_a_failing_batch_writes_none_of_its_documents(tmp_path):
    db = tmp_path / "a.duckdb"
    good = gold_document(PDF / "lindehoven-2021.pdf")
    other = gold_document(PDF / "lindehoven-2022.pdf")
    clash = replace(other, afspraken=(*other.afspraken, replace(other.afspraken[-1], id=good.afspraken[0].id)))
    with open_store(db) as store, pytest.raises(StoreError, match="2 documents"):
        write_documents(store, [(good, "{}"), (clash, "{}")])
    assert table_counts(db) == {"documents": 0, "afspraken": 0, "comparisons": 0, "changes": 0}


def test_a_document_with_duplicate_afspraak_ids_is_refused_clearly(tmp_path):
    doc = make_document(tmp_path / "x.pdf")
    doc = replace(doc, afspraken=(doc.afspraken[0], doc.afspraken[0]))
    with open_store(tmp_path / "a.duckdb") as store, pytest.raises(ValueError, match="share the id"):
        write_document(store, doc)


# --- comparisons and lineage --------------------------------------------------------------------------------

@pytest.mark.parametrize(("links", "expected"), [
    ([], {}),
    ([("a1", "b1"), ("b1", "c1")], {"a1": "a1", "b1": "a1", "c1": "a1"}),
    ([("b1", "c1"), ("a1", "b1")], {"a1": "a1", "b1": "a1", "c1": "a1"}),  # order of links does not matter
    ([("a1", "b1"), ("a1", "b2")], {"a1": "a1", "b1": "a1", "b2": "a1"}),  # split
    ([("a1", "b1"), ("a2", "b1")], {"a1": "a1", "a2": "a1", "b1": "a1"}),  # merge: the earliest id wins
])
def test_links_to_lineage(links, expected):
    order = {"a1": (2021, 0), "a2": (2021, 1), "b1": (2022, 0), "b2": (2022, 1), "c1": (2023, 0)}
    assert links_to_lineage(links, order) == expected


def test_comparisons_are_replaced_per_pair_and_carry_lineage(tmp_path):
    db = tmp_path / "a.duckdb"
    docs = [make_document(tmp_path / f"{y}.pdf", year=y, sha=c * 64) for y, c in ((2021, "a"), (2022, "b"),
                                                                                 (2023, "c"))]
    with open_store(db) as store:
        for doc in docs:
            write_document(store, doc)
        pairs = [Pair(o.meta.sha256[:12], n.meta.sha256[:12], "consecutive", "Lindehoven", "Het Lindehof",
                      o.meta.year, n.meta.year) for o, n in zip(docs, docs[1:], strict=False)]
        for (old, new), pair in zip(zip(docs, docs[1:], strict=False), pairs, strict=True):
            changes = tuple(Change("unchanged", a, b, 1.0)
                            for a, b in zip(old.afspraken, new.afspraken, strict=True))
            write_comparison(store, pair, Comparison(old, new, changes))
        # a second run for the first pair replaces it: one change weaker, the rest as before
        first = docs[0].afspraken
        weaker = (Change("weakened", first[0], docs[1].afspraken[0], 0.7,
                         (Reason("quantity", "101", "90", "fewer homes", -1),)),
                  *(Change("unchanged", a, b, 1.0)
                    for a, b in zip(first[1:], docs[1].afspraken[1:], strict=True)))
        write_comparison(store, pairs[0], Comparison(docs[0], docs[1], weaker))
        update_lineage(store)
        rows = store.con.execute(
            "SELECT pair_id, status, lineage_id, reasons::VARCHAR FROM changes ORDER BY pair_id, seq",
        ).fetchall()
    assert len(rows) == 6
    assert [r[1] for r in rows[:3]] == ["weakened", "unchanged", "unchanged"]
    assert json.loads(rows[0][3]) == [{"kind": "quantity", "old": "101", "new": "90",
                                       "explanation": "fewer homes", "direction": -1}]
    # every chain 2021 -> 2022 -> 2023 is named after its 2021 afspraak
    assert {r[2] for r in rows} == {a.id for a in docs[0].afspraken}


def test_summary_counts_agree_with_sql(tmp_path):
    db = tmp_path / "a.duckdb"
    old = make_document(tmp_path / "2022.pdf", year=2022, sha="a" * 64)
    new = make_document(tmp_path / "2023.pdf", year=2023, sha="b" * 64)
    with open_store(db) as store:
        write_document(store, old)
        write_document(store, new)
        changes = (Change("weakened", old.afspraken[0], new.afspraken[0]),
                   Change("dropped", old.afspraken[1], None), Change("new", None, new.afspraken[1]),
                   Change("unchanged", old.afspraken[2], new.afspraken[2]))
        pair = Pair("a" * 12, "b" * 12, "consecutive", "Lindehoven", "Het Lindehof", 2022, 2023)
        write_comparison(store, pair, Comparison(old, new, changes))
        summary = read_frame(store, "summary")
        by_sql = dict(store.con.execute("SELECT status, count(*) FROM v_changes GROUP BY status").fetchall())
    row = summary[summary["year"] == 2023].iloc[0]
    figures = (row["afspraken"], row["new"], row["dropped"], row["weakened"], row["strengthened"])
    assert figures == (3, 1, 1, 1, 0)
    assert by_sql == {"weakened": 1, "dropped": 1, "new": 1, "unchanged": 1}
    assert summary[summary["year"] == 2022].iloc[0]["afspraken"] == 3


# --- the write lock -----------------------------------------------------------------------------------------

def hold_lock(db: Path, seconds: float) -> subprocess.Popen:
    """Another process that opens the store for writing and keeps it for `seconds`."""
    code = textwrap.dedent(f"""
        import sys, time, duckdb
        con = duckdb.connect({str(db)!r})
        print("locked", flush=True)
        time.sleep({seconds})
        con.close()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_a_locked_store_fails_clearly_after_the_timeout(tmp_path):
    db = tmp_path / "a.duckdb"
    open_store(db).close()
    proc = hold_lock(db, 30)
    try:
        start = time.monotonic()
        with pytest.raises(StoreError, match="locked by another process") as info:
            open_store(db, timeout=0.5)
        assert 0.5 <= time.monotonic() - start < 5
        assert "lock" in str(info.value) and info.value.exit_code == 8
    finally:
        proc.kill()
        proc.wait()


def test_a_locked_store_is_waited_for(tmp_path):
    db = tmp_path / "a.duckdb"
    open_store(db).close()
    proc = hold_lock(db, 1.0)
    try:
        with open_store(db, timeout=20) as store:
            assert store.con.execute("SELECT count(*) FROM documents").fetchall() == [(0,)]
    finally:
        proc.wait()


# --- commitment frames (issue #20: frames are in the store) -------------------------------------------------

def two_years_ingested(tmp_path: Path) -> Path:
    """A store of grevenmark 2022 and 2023, read from the bundled PDFs, not yet compared."""
    from pipeline.batch.ingest import ingest

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for year in (2022, 2023):
        name = f"grevenmark-{year}.pdf"
        (inbox / name).write_bytes((ROOT / "corpus" / "pdf" / name).read_bytes())
    db = tmp_path / "a.duckdb"
    ingest([inbox], db)
    return db


def test_issue_20_changes_stores_the_frame_of_every_compared_afspraak(tmp_path):
    from pipeline.batch.changes import record_changes

    db = two_years_ingested(tmp_path)
    record_changes(db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        n_afspraken = con.execute("SELECT count(*) FROM afspraken").fetchall()[0][0]
        rows = con.execute("SELECT actors, modality, quantities::VARCHAR, relative_year FROM commitment_frames "
                           "JOIN afspraken USING (afspraak_id)").fetchall()
    finally:
        con.close()
    assert n_afspraken > 40 and len(rows) == n_afspraken
    assert sum(r[1] is not None for r in rows) / len(rows) > 0.9  # nearly every afspraak commits at some level
    assert sum(bool(r[0]) for r in rows) == len(rows)
    assert any(json.loads(r[2]) for r in rows) and any(r[3] is not None for r in rows)


def test_issue_20_a_version_1_store_gains_the_frames_table_when_opened_for_writing(tmp_path):
    db = tmp_path / "a.duckdb"
    open_store(db).close()
    con = duckdb.connect(str(db))
    con.execute("DROP TABLE commitment_frames")
    con.execute("DELETE FROM schema_version")
    con.execute("INSERT INTO schema_version VALUES (1, now())")
    con.close()
    with open_store(db, read_only=True) as store:  # an old store still reads
        assert store.con.execute("SELECT max(version) FROM schema_version").fetchall() == [(1,)]
    with open_store(db) as store:
        assert store.con.execute("SELECT max(version) FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
        assert store.con.execute("SELECT count(*) FROM commitment_frames").fetchall() == [(0,)]


def test_issue_20_a_second_changes_run_keeps_the_stored_frames(tmp_path):
    from pipeline.batch.changes import record_changes

    db = two_years_ingested(tmp_path)
    first = record_changes(db).run_id
    second = record_changes(db).run_id
    con = duckdb.connect(str(db), read_only=True)
    try:
        runs = {r[0] for r in con.execute("SELECT DISTINCT run_id FROM commitment_frames").fetchall()}
    finally:
        con.close()
    assert first != second and runs == {first}  # read once, with the run that read them


def test_lead_ins_of_bullet_fragments_are_stored_and_read_back(tmp_path):
    """A fragment under "De gemeente:" keeps its lead-in in the store, so `changes` reads who commits and how
    firmly as extract does (dev family kragsteden: lead-in lines with bullet fragments)."""
    from pipeline.batch.ingest import ingest
    from pipeline.store import load_document

    pdf = ROOT / "corpus" / "challenge" / "dev" / "pdf" / "kragsteden-2025.pdf"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / pdf.name).write_bytes(pdf.read_bytes())
    db = tmp_path / "a.duckdb"
    ingest([inbox], db)
    with open_store(db, read_only=True) as store:
        doc_id = store.con.execute("SELECT doc_id FROM documents").fetchall()[0][0]
        doc = load_document(store, doc_id)
    lead_ins = [a.lead_in for a in doc.afspraken if a.lead_in]
    assert len(lead_ins) > len(doc.afspraken) / 2
    assert all(li.rstrip().endswith(":") and li not in a.text for a, li in zip(doc.afspraken, lead_ins, strict=False))


def test_a_version_2_store_reads_read_only_and_gains_lead_in_when_opened_for_writing(tmp_path):
    from pipeline.store import load_document

    db = two_years_ingested(tmp_path)
    con = duckdb.connect(str(db))  # the afspraken table as schema version 2 had it: without lead_in
    con.execute("DROP VIEW v_afspraken")
    con.execute("DROP VIEW v_changes")
    con.execute("CREATE TABLE old_afspraken AS SELECT * EXCLUDE (lead_in) FROM afspraken")
    con.execute("DROP TABLE afspraken")
    con.execute("ALTER TABLE old_afspraken RENAME TO afspraken")
    con.execute(VIEWS)
    con.execute("DELETE FROM schema_version")
    con.execute("INSERT INTO schema_version VALUES (2, now())")
    con.close()
    with open_store(db, read_only=True) as store:
        doc_id = store.con.execute("SELECT doc_id FROM documents LIMIT 1").fetchall()[0][0]
        assert all(a.lead_in is None for a in load_document(store, doc_id).afspraken)
    with open_store(db) as store:
        assert store.con.execute("SELECT max(version) FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
        assert store.con.execute("SELECT count(lead_in) FROM afspraken").fetchall() == [(0,)]
