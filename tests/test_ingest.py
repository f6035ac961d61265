"""Ingest: skip unchanged files unparsed, replace changed ones, record failures and go on, series and pairs,
survive kill -9, and take turns with a concurrent ingest."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.batch.changes import record_changes, series_pairs
from pipeline.batch.files import read_sidecar
from pipeline.batch.ingest import ingest
from pipeline.cli import app
from pipeline.store import Selection, open_store, read_frame

from .conftest import ROOT
from .test_store import PDF, gold_compare, gold_document, needs_corpus, table_counts

FAMILY = ["lindehoven-2021", "lindehoven-2022", "lindehoven-2023", "lindehoven-bod-2023"]


class GoldExtract:
    """A fake extract_fn: the gold Document of a corpus PDF, counting calls (importable by subprocesses)."""

    def __init__(self, sleep_on: int | None = None, marker: str | None = None, fail_on: str | None = None,
                 delay: float = 0.0) -> None:
        self.calls: list[str] = []
        self.sleep_on, self.marker, self.fail_on, self.delay = sleep_on, marker, fail_on, delay

    def __call__(self, path: Path, overrides: dict | None = None):
        self.calls.append(path.name)
        if self.fail_on and self.fail_on in path.name:
            raise ValueError("this file is broken on purpose")
        if self.sleep_on is not None and len(self.calls) == self.sleep_on:
            Path(self.marker or "started").write_text(path.name)
            time.sleep(60)
        time.sleep(self.delay)
        doc = gold_document(PDF / path.name if not path.exists() else path)
        if overrides:
            meta = doc.meta
            for key, value in overrides.items():
                meta = replace(meta, **{key: value})
            doc = replace(doc, meta=meta)
        return doc


def corpus_copy(folder: Path, names=FAMILY) -> Path:
    """Copies of corpus PDFs in a test folder (so that tests may change them)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(PDF / f"{name}.pdf", folder / f"{name}.pdf")
    return folder


@needs_corpus
def test_rerun_on_an_unchanged_folder_parses_nothing(tmp_path):
    folder = corpus_copy(tmp_path / "pdf")
    extract = GoldExtract()
    first = ingest([folder], tmp_path / "a.duckdb", extract_fn=extract)
    assert len(first.ingested) == 4 and first.ok
    assert len(extract.calls) == 4
    again = ingest([folder], tmp_path / "a.duckdb", extract_fn=extract)
    assert len(extract.calls) == 4  # nothing parsed
    assert [reason for _, reason in again.skipped] == ["unchanged"] * 4 and not again.ingested
    counts = table_counts(tmp_path / "a.duckdb")
    assert counts["documents"] == 4
    assert counts["afspraken"] == sum(len(gold_document(PDF / f"{n}.pdf").afspraken) for n in FAMILY)


@needs_corpus
def test_a_changed_file_replaces_its_old_version(tmp_path):
    folder = corpus_copy(tmp_path / "pdf", ["lindehoven-2021"])
    db = tmp_path / "a.duckdb"
    extract = GoldExtract()
    ingest([folder], db, extract_fn=extract)
    # the same path now holds other content (the 2022 agreement): it is parsed and replaces the old version
    target = folder / "lindehoven-2021.pdf"
    shutil.copy(PDF / "lindehoven-2022.pdf", target)
    newer = gold_document(PDF / "lindehoven-2022.pdf")
    newer = replace(newer, meta=replace(newer.meta, path=str(target)))
    result = ingest([folder], db, extract_fn=lambda p, overrides=None: newer)
    assert "replaced" in result.ingested[0][1]
    with open_store(db, read_only=True) as store:
        docs = read_frame(store, "documents")
        afspraken = read_frame(store, "afspraken")
    assert len(docs) == 1 and docs.iloc[0]["year"] == 2022
    assert set(afspraken["doc_id"]) == {docs.iloc[0]["doc_id"]}


@needs_corpus
def test_a_failing_file_is_reported_and_the_batch_goes_on(tmp_path):
    folder = corpus_copy(tmp_path / "pdf", ["lindehoven-2021", "lindehoven-2022"])
    (folder / "notes.txt").write_text("not a pdf")  # folders are searched for *.pdf only
    events = []
    result = ingest([folder, tmp_path / "missing.pdf"], tmp_path / "a.duckdb",
                    extract_fn=GoldExtract(fail_on="2021"), on_progress=events.append)
    assert sorted(Path(p).name for p, _ in result.failed) == ["lindehoven-2021.pdf", "missing.pdf"]
    assert "broken on purpose" in dict(result.failed)[str(folder / "lindehoven-2021.pdf")]
    assert [Path(p).name for p, _ in result.ingested] == ["lindehoven-2022.pdf"]
    assert [(e.done, e.total) for e in events][-1] == (3, 3)
    assert table_counts(tmp_path / "a.duckdb")["documents"] == 1
    with open_store(tmp_path / "a.duckdb", read_only=True) as store:
        runs = read_frame(store, "runs")
    assert runs.iloc[0]["finished_at"] is not None
    assert '"failed": 2' in runs.iloc[0]["summary"]


@needs_corpus
def test_extraction_can_be_mapped_by_an_executor(tmp_path):
    folder = corpus_copy(tmp_path / "pdf")
    with ThreadPoolExecutor(max_workers=4) as pool:
        result = ingest([folder], tmp_path / "a.duckdb", extract_fn=GoldExtract(delay=0.05), map_fn=pool.map)
    assert len(result.ingested) == 4
    assert table_counts(tmp_path / "a.duckdb")["documents"] == 4


@needs_corpus
def test_a_sidecar_overrides_metadata_and_its_change_is_picked_up(tmp_path):
    folder = corpus_copy(tmp_path / "pdf", ["lindehoven-2021"])
    sidecar = folder / "lindehoven-2021.pdf.yaml"
    sidecar.write_text("gemeente: Oud-Lindehoven\ncorporatie: [Lindehof, Vivare]\nyears: 2020\n")
    extract = GoldExtract()
    db = tmp_path / "a.duckdb"
    ingest([folder], db, extract_fn=extract)
    sidecar.write_text("gemeente: Nieuw-Lindehoven\n")
    result = ingest([folder], db, extract_fn=extract)
    assert len(extract.calls) == 2 and "replaced" in result.ingested[0][1]
    with open_store(db, read_only=True) as store:
        docs = read_frame(store, "documents")
    assert list(docs["gemeente"]) == ["Nieuw-Lindehoven"] and list(docs["year"]) == [2021]


@pytest.mark.parametrize(("text", "expected"), [
    ("type: bod\nyears: [2023, 2024]\n", {"type": "bod", "years": (2023, 2024)}),
    ("gemeenten: [A, B]\ncorporatie: C\n", {"gemeenten": ("A", "B"), "corporaties": ("C",)}),
    ("", {}),
])
def test_read_sidecar(tmp_path, text, expected):
    path = tmp_path / "x.yaml"
    path.write_text(text)
    assert read_sidecar(path) == expected


def test_read_sidecar_rejects_unknown_keys(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("jaar: 2022\n")
    with pytest.raises(ValueError, match="unknown key 'jaar'"):
        read_sidecar(path)


def _doc(doc_id, kind, year, gemeente="Lindehoven", corporatie="Lindehof", at=0):
    return {"doc_id": doc_id, "name": f"{doc_id}.pdf", "type": kind, "year": year, "gemeente": gemeente,
            "corporatie": corporatie, "ingested_at": f"2024-01-01 00:00:{at:02d}"}


@pytest.mark.parametrize(("docs", "selection", "expected"), [
    # consecutive agreements chain by year, whatever the order they come in
    ([_doc("c", "prestatieafspraken", 2023), _doc("a", "prestatieafspraken", 2021),
      _doc("b", "prestatieafspraken", 2022)], None, [("a", "b", "consecutive"), ("b", "c", "consecutive")]),
    # a bod is compared with the agreement of its year; a kennisgeving is not compared
    ([_doc("a", "prestatieafspraken", 2022), _doc("b", "prestatieafspraken", 2023), _doc("bod", "bod", 2023),
      _doc("k", "kennisgeving", 2023)], None, [("a", "b", "consecutive"), ("bod", "b", "bod")]),
    # other series stay apart; the series key is case-insensitive
    ([_doc("a", "prestatieafspraken", 2022), _doc("x", "prestatieafspraken", 2023, gemeente="Elders"),
      _doc("b", "prestatieafspraken", 2023, gemeente="LINDEHOVEN")], None, [("a", "b", "consecutive")]),
    # filters: a pair belongs to the year it leads into, so --from 2022 starts with 2021 -> 2022
    ([_doc("a", "prestatieafspraken", 2021), _doc("b", "prestatieafspraken", 2022),
      _doc("c", "prestatieafspraken", 2023)], Selection(year_from=2022), [("a", "b", "consecutive"),
                                                                          ("b", "c", "consecutive")]),
    ([_doc("a", "prestatieafspraken", 2021), _doc("b", "prestatieafspraken", 2022),
      _doc("c", "prestatieafspraken", 2023)], Selection(year_from=2023), [("b", "c", "consecutive")]),
    ([_doc("a", "prestatieafspraken", 2021), _doc("b", "prestatieafspraken", 2022)],
     Selection(gemeente="elders"), []),
    # two agreements for one year: the one ingested last
    ([_doc("a", "prestatieafspraken", 2021), _doc("b1", "prestatieafspraken", 2022, at=1),
      _doc("b2", "prestatieafspraken", 2022, at=2)], None, [("a", "b2", "consecutive")]),
])
def test_series_pairs(docs, selection, expected):
    pairs, _ = series_pairs(docs, selection)
    assert [(p.old_doc_id, p.new_doc_id, p.kind) for p in pairs] == expected


@needs_corpus
def test_changes_are_stored_for_each_consecutive_pair_and_the_bod(tmp_path):
    db = tmp_path / "a.duckdb"
    ingest([corpus_copy(tmp_path / "pdf")], db, extract_fn=GoldExtract())
    result = record_changes(db, compare_fn=gold_compare)
    assert sorted((p.old_year, p.new_year, p.kind) for p, _ in result.pairs) == [
        (2021, 2022, "consecutive"), (2022, 2023, "consecutive"), (2023, 2023, "bod")]
    again = record_changes(db, compare_fn=gold_compare)  # replaces, does not add
    counts = table_counts(db)
    assert counts["comparisons"] == 3 and counts["changes"] == sum(n for _, n in again.pairs)
    with open_store(db, read_only=True) as store:
        runs = read_frame(store, "runs")
        lineage = store.con.execute(
            "SELECT count(DISTINCT lineage_id) FROM changes WHERE lineage_id IS NULL").fetchall()[0][0]
    assert list(runs["command"]) == ["ingest", "changes", "changes"]
    assert runs["tool_version"].notna().all() and runs["finished_at"].notna().all()
    assert lineage == 0


def test_real_pdfs_end_to_end(tmp_path, real_notice):
    """The real pipeline on the real notice and (when built) two corpus agreements, then their comparison."""
    paths = [real_notice] + ([PDF / "lindehoven-2021.pdf", PDF / "lindehoven-2022.pdf"]
                             if (PDF / "lindehoven-2021.pdf").exists() else [])
    db = tmp_path / "a.duckdb"
    from pipeline.batch.worker import default_extract

    result = ingest(paths, db, extract_fn=lambda p, overrides=None: default_extract(p, overrides))
    assert result.ok, result.failed
    with open_store(db, read_only=True) as store:
        docs = read_frame(store, "documents")
        notice = docs[docs["name"] == real_notice.name].iloc[0]
        query = "SELECT text FROM afspraken WHERE doc_id = ?"
        texts = store.con.execute(query, [notice["doc_id"]]).fetchall()
    assert notice["type"] == "kennisgeving" and notice["n_afspraken"] == len(texts) == 12
    assert any("75-135 sociale huurwoningen" in t for (t,) in texts)
    if len(paths) == 3:
        pytest.importorskip("pipeline.changes")
        changes = record_changes(db)
        assert [(p.old_year, p.new_year) for p, _ in changes.pairs] == [(2021, 2022)]


@needs_corpus
def test_the_cli_ingests_reports_failures_on_stderr_and_exits_9(tmp_path, monkeypatch):
    folder = corpus_copy(tmp_path / "pdf", ["lindehoven-2021"])
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    monkeypatch.setenv("AFSPRAKEN_DB", str(tmp_path / "env.duckdb"))
    result = CliRunner().invoke(app, ["ingest", str(folder), "--no-themes"])
    assert result.exit_code == 9, result.output
    assert "1 ingested, 0 skipped, 1 failed" in result.stdout
    assert "error: " in result.stderr and "broken.pdf" in result.stderr
    assert table_counts(tmp_path / "env.duckdb")["documents"] == 1


# --- robustness: kill -9 and two ingests at once ------------------------------------------------------------

def run_ingest_script(db: Path, folder: Path, extract: str) -> list[str]:
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from tests.test_ingest import GoldExtract
        from pipeline.batch.ingest import ingest
        result = ingest([{str(folder)!r}], {str(db)!r}, extract_fn={extract}, lock_timeout=60)
        print(result.summary(), flush=True)
        sys.exit(0 if result.ok else 1)
    """)
    return [sys.executable, "-c", code]


def stored_documents(db: Path) -> int | None:
    """The documents another process sees in the store now; None while the writer holds it."""
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None
    try:
        return con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    except duckdb.Error:
        return None
    finally:
        con.close()


@needs_corpus
@pytest.mark.parametrize("when", ["once the store is let go", "at once"])
def test_a_kill_9_mid_batch_leaves_the_others_intact(tmp_path, when):
    """Documents are committed about a second's worth at a time, and when the extraction goes idle: a kill
    loses the uncommitted ones whole, never part of one, and the next run reads just those again."""
    folder = corpus_copy(tmp_path / "pdf", FAMILY + ["heesterbroek-2022"])
    db = tmp_path / "a.duckdb"
    marker = tmp_path / "third-started"
    proc = subprocess.Popen(run_ingest_script(db, folder, f"GoldExtract(sleep_on=3, marker={str(marker)!r})"),
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 30
        while not marker.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        assert marker.exists(), "the third file was never reached"
        if when == "once the store is let go":  # the third file takes long: the two before it are committed
            while stored_documents(db) != 2 and time.monotonic() < deadline:
                time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    third = marker.read_text()
    with open_store(db, read_only=True) as store:
        docs = read_frame(store, "documents")
        runs = read_frame(store, "runs")
        per_doc = dict(store.con.execute("SELECT doc_id, count(*) FROM afspraken GROUP BY doc_id").fetchall())
    assert third not in set(docs["name"])
    assert len(docs) == 2 if when == "once the store is let go" else len(docs) in (0, 2)
    for d in docs.itertuples():  # each stored document is complete
        assert per_doc[d.doc_id] == d.n_afspraken == len(gold_document(PDF / d.name).afspraken)
    assert len(per_doc) == len(docs)  # no afspraken without their document
    assert runs["finished_at"].isna().all()  # the run shows it was interrupted
    # the next run parses only what is missing
    extract = GoldExtract()
    result = ingest([folder], db, extract_fn=extract)
    assert len(extract.calls) == 5 - len(docs) and len(result.skipped) == len(docs)
    assert table_counts(db)["documents"] == 5


@needs_corpus
def test_two_ingests_at_once_take_turns(tmp_path):
    folder = corpus_copy(tmp_path / "pdf", FAMILY + ["heesterbroek-2022", "heesterbroek-2023"])
    db = tmp_path / "a.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen(run_ingest_script(db, folder, "GoldExtract(delay=0.1)"), cwd=tmp_path, env=env,
                              stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=60)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    counts = table_counts(db)
    assert counts["documents"] == 6
    assert counts["afspraken"] == sum(len(gold_document(p).afspraken) for p in folder.glob("*.pdf"))
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM runs WHERE finished_at IS NOT NULL").fetchall() == [(2,)]
    finally:
        con.close()
