"""Parallel ingest (issue #8): worker processes and a Dask cluster store what one process stores, a failing or
crashing document costs only itself, and a re-ingest does not even hash files whose stat is unchanged."""

from __future__ import annotations

import gc
import multiprocessing
import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline.batch.files as files_module
import pipeline.batch.ingest as ingest_module
from pipeline.batch.files import FileStat
from pipeline.batch.ingest import ingest
from pipeline.batch.pool import BATCH_GC_THRESHOLDS, DaskMap, ProcessMap, choose_map, fewer_collections
from pipeline.batch.worker import ExtractJob, Extractor
from pipeline.cli import app
from pipeline.store import open_store

from .conftest import CORPUS

PDF = CORPUS / "pdf"
SMALL = ["zuidermeer-kennisgeving-2022", "lindehoven-bod-2023", "oudeveen-kennisgeving-2023",
         "zuidermeer-2021"]
NO_THEMES = Extractor(themes=False)  # spaCy and the model would load in every worker: slow, not tested here
needs_forkserver = pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                                      reason="no fork server on this platform")


def copy_pdfs(folder: Path, names: list[str] = SMALL) -> Path:
    """Corpus PDFs in a test folder, with the corpus files' (old) modification times."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy2(PDF / f"{name}.pdf", folder / f"{name}.pdf")
    return folder


def stored(db: Path) -> tuple[list[tuple], list[tuple]]:
    """Documents and afspraken as stored, without what differs per run (run ids, times)."""
    with open_store(db, read_only=True) as store:
        docs = store.con.execute(
            "SELECT doc_id, sha256, path, type, year, years, gemeenten, corporaties, pages, n_afspraken, "
            "warnings, footnotes::VARCHAR, overrides::VARCHAR FROM documents ORDER BY doc_id").fetchall()
        afspraken = store.con.execute(
            "SELECT afspraak_id, doc_id, seq, number, section, party, page, end_page, theme, text "
            "FROM afspraken ORDER BY afspraak_id").fetchall()
    return docs, afspraken


class CrashOn:
    """An extract_fn that kills its worker process on one file, the way a segfault or the OOM killer would."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, path: Path, overrides: dict | None = None):
        if self.name in path.name:
            os._exit(1)
        return NO_THEMES(path, overrides)


# --- worker processes ---------------------------------------------------------------------------------------

def test_two_workers_store_the_same_documents_as_one(tmp_path):
    folder = copy_pdfs(tmp_path / "pdf")
    one = ingest([folder], tmp_path / "one.duckdb", extract_fn=NO_THEMES, workers=1)
    two = ingest([folder], tmp_path / "two.duckdb", extract_fn=NO_THEMES, workers=2)
    assert one.ok and two.ok and len(two.ingested) == len(SMALL)
    assert sorted(p for p, _ in two.ingested) == sorted(p for p, _ in one.ingested)
    docs, afspraken = stored(tmp_path / "two.duckdb")
    assert (docs, afspraken) == stored(tmp_path / "one.duckdb")
    assert len(docs) == len(SMALL) and len(afspraken) > 50


def test_a_failing_and_a_crashing_document_do_not_stop_the_others(tmp_path):
    folder = copy_pdfs(tmp_path / "pdf")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    shutil.copy(PDF / "grevenmark-2022.pdf", folder / "crash-me.pdf")
    result = ingest([folder], tmp_path / "a.duckdb", extract_fn=CrashOn("crash-me"), workers=2)
    failed = {Path(p).name: reason for p, reason in result.failed}
    assert set(failed) == {"broken.pdf", "crash-me.pdf"}
    assert "corrupt or truncated" in failed["broken.pdf"] or "PDF" in failed["broken.pdf"]
    assert "worker process died" in failed["crash-me.pdf"]
    assert sorted(Path(p).name for p, _ in result.ingested) == sorted(f"{n}.pdf" for n in SMALL)
    docs, _ = stored(tmp_path / "a.duckdb")
    assert len(docs) == len(SMALL)


def _lose_the_first(task, jobs):
    """A map_fn with a bug: it never returns the first document."""
    return map(task, list(jobs)[1:])


def test_a_map_fn_that_loses_a_document_gets_it_reported_as_failed(tmp_path):
    folder = copy_pdfs(tmp_path / "pdf", SMALL[:3])
    result = ingest([folder], tmp_path / "a.duckdb", extract_fn=NO_THEMES, map_fn=_lose_the_first)
    assert len(result.ingested) == 2
    assert [(Path(p).name, reason) for p, reason in result.failed] == [
        (f"{sorted(SMALL[:3])[0]}.pdf", ingest_module.NO_RESULT)]
    again = ingest([folder], tmp_path / "a.duckdb", extract_fn=NO_THEMES, workers=1)
    assert len(again.ingested) == 1 and len(again.skipped) == 2  # not taken for stored


def test_an_extract_fn_that_cannot_be_pickled_is_refused_clearly(tmp_path):
    folder = copy_pdfs(tmp_path / "pdf", SMALL[:2])
    with pytest.raises(TypeError, match="picklable"):
        ingest([folder], tmp_path / "a.duckdb", extract_fn=lambda p, overrides=None: NO_THEMES(p), workers=2)


def test_one_job_or_one_worker_runs_in_this_process():
    jobs = [ExtractJob("a.pdf")]
    assert list(ProcessMap(4)(lambda job: job.path, jobs)) == ["a.pdf"]  # a lambda: no pickling happened
    assert list(ProcessMap(1)(lambda job: job.path, jobs * 2)) == ["a.pdf", "a.pdf"]


class _WorkerState:
    """What a worker process holds when it gets its first job (module level, so that it can be pickled)."""

    def __call__(self, job: ExtractJob) -> tuple[str, bool, tuple[int, ...]]:
        from pipeline import nlp

        return job.path, nlp._lookup_pipeline.cache_info().currsize == 1, gc.get_threshold()


@needs_forkserver
def test_workers_start_with_the_pipeline_loaded_and_collect_less_often():
    jobs = [ExtractJob(name) for name in ("a.pdf", "b.pdf")]
    states = sorted(ProcessMap(2)(_WorkerState(), jobs))
    assert [path for path, *_ in states] == ["a.pdf", "b.pdf"]
    for _, loaded, thresholds in states:
        assert loaded  # spaCy's Dutch pipeline came from the fork server, not from the job
        assert thresholds == BATCH_GC_THRESHOLDS


class _RecordThresholds:
    """An extract_fn that notes the collector's thresholds while it reads each document."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, ...]] = []

    def __call__(self, path: Path, overrides: dict | None = None):
        self.seen.append(gc.get_threshold())
        return NO_THEMES(path, overrides)


def test_an_ingest_collects_less_often_while_reading_and_restores_the_collector_after(tmp_path):
    folder = copy_pdfs(tmp_path / "pdf", SMALL[:2])
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    before = gc.get_threshold()
    record = _RecordThresholds()
    result = ingest([folder], tmp_path / "a.duckdb", extract_fn=record, workers=1)
    assert len(result.ingested) == 2 and len(result.failed) == 1
    assert record.seen == [BATCH_GC_THRESHOLDS] * 3 and BATCH_GC_THRESHOLDS != before
    assert gc.get_threshold() == before
    with pytest.raises(Exception, match="broken.pdf|PDF"):
        ingest([folder], tmp_path / "b.duckdb", extract_fn=_RecordThresholds(), workers=1, strict=True)
    assert gc.get_threshold() == before


def test_overlapping_batches_in_threads_restore_the_collector_when_the_last_ends():
    before = gc.get_threshold()
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, tuple[int, ...]] = {}

    def first() -> None:
        with fewer_collections():
            a_in.set()
            b_in.wait(5)
        a_out.set()

    def second() -> None:
        a_in.wait(5)
        with fewer_collections():
            b_in.set()
            a_out.wait(5)
            seen["after the first ended"] = gc.get_threshold()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen["after the first ended"] == BATCH_GC_THRESHOLDS
    assert gc.get_threshold() == before


@needs_forkserver
def test_strict_mode_with_workers_stops_at_a_file_that_cannot_be_read_and_keeps_what_was_read(tmp_path):
    names = ["grevenmark-2022", "lindehoven-2021", "oudeveen-2024", "welderveld-2023", "zuidermeer-2022",
             "zuidermeer-kennisgeving-2022"]
    folder = copy_pdfs(tmp_path / "pdf", names)
    (folder / "aa-broken.pdf").write_bytes(b"%PDF-1.4 nothing else")
    with pytest.raises(Exception, match="PDF|corrupt"):
        ingest([folder], tmp_path / "a.duckdb", extract_fn=NO_THEMES, workers=2, strict=True)
    docs, _ = stored(tmp_path / "a.duckdb")
    assert all(Path(d[2]).stem in names for d in docs)  # whatever was stored is whole and real


def test_choose_map():
    assert choose_map(3) == ProcessMap(3)
    assert choose_map(None).workers >= 1
    assert choose_map(2, "tcp://127.0.0.1:8786") == DaskMap("tcp://127.0.0.1:8786")
    with pytest.raises(ValueError, match="workers"):
        ProcessMap(0)


def test_the_cli_ingests_with_workers_and_records_its_options(tmp_path):
    folder = copy_pdfs(tmp_path / "pdf", SMALL[:3])
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--workers", "2", "--no-themes",
                                      "--backend", "pdfplumber"])
    assert result.exit_code == 0, result.output
    assert "3 ingested, 0 skipped, 0 failed" in result.stdout
    with open_store(db, read_only=True) as store:
        options = store.con.execute("SELECT options::VARCHAR FROM runs").fetchone()[0]
    assert '"backend": "pdfplumber"' in options and '"workers": 2' in options


def test_the_cli_refuses_an_unknown_backend(tmp_path):
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--backend", "pymupdf"])
    assert result.exit_code == 2 and "pdfium or pdfplumber" in result.output


# --- Dask ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("processes", [False, True], ids=["threads", "processes"])
def test_a_dask_cluster_stores_the_same_documents(tmp_path, processes):
    distributed = pytest.importorskip("distributed")
    folder = copy_pdfs(tmp_path / "pdf", SMALL[:3])
    (folder / "broken.pdf").write_bytes(b"not a pdf at all")
    local = ingest([folder], tmp_path / "local.duckdb", extract_fn=NO_THEMES, workers=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=processes,
                                  dashboard_address=None) as cluster:
        remote = ingest([folder], tmp_path / "dask.duckdb", extract_fn=NO_THEMES,
                        scheduler=cluster.scheduler_address)
    assert [Path(p).name for p, _ in remote.failed] == ["broken.pdf"]  # and the others went on
    assert len(remote.ingested) == 3
    assert stored(tmp_path / "dask.duckdb") == stored(tmp_path / "local.duckdb")
    assert local.failed == remote.failed


# --- re-ingest: unchanged files are not even hashed --------------------------------------------------------

class CountingHash:
    def __init__(self) -> None:
        self.paths: list[str] = []

    def __call__(self, path):
        self.paths.append(Path(path).name)
        from pipeline.run import file_sha256

        return file_sha256(path)


def test_a_reingest_hashes_only_files_whose_stat_changed(tmp_path, monkeypatch):
    folder = copy_pdfs(tmp_path / "pdf", SMALL[:3])
    db = tmp_path / "a.duckdb"
    counting = CountingHash()
    monkeypatch.setattr(ingest_module, "file_sha256", counting)
    ingest([folder], db, extract_fn=NO_THEMES)
    assert len(counting.paths) == 3
    counting.paths.clear()
    again = ingest([folder], db, extract_fn=NO_THEMES)
    assert counting.paths == [] and [r for _, r in again.skipped] == ["unchanged"] * 3
    # touched (same bytes, new mtime): hashed again, and the hash says it is unchanged
    touched = folder / f"{SMALL[0]}.pdf"
    os.utime(touched, ns=(time.time_ns() - 10**10, time.time_ns() - 10**10))
    # changed: new bytes, so a new size and mtime; hashed, and parsed again
    changed = folder / f"{SMALL[1]}.pdf"
    changed.write_bytes(changed.read_bytes() + b"\n% changed\n")
    third = ingest([folder], db, extract_fn=NO_THEMES)
    assert sorted(counting.paths) == sorted([touched.name, changed.name])
    assert [Path(p).name for p, _ in third.ingested] == [changed.name]
    assert sorted(Path(p).name for p, _ in third.skipped) == sorted([touched.name, f"{SMALL[2]}.pdf"])


def test_a_file_modified_just_now_is_not_trusted_by_its_stat(tmp_path, monkeypatch):
    """Within one mtime tick a file can change again without its stat changing: such a file is hashed."""
    folder = copy_pdfs(tmp_path / "pdf", SMALL[:1])
    path = folder / f"{SMALL[0]}.pdf"
    os.utime(path)  # modified now
    db = tmp_path / "a.duckdb"
    counting = CountingHash()
    monkeypatch.setattr(ingest_module, "file_sha256", counting)
    ingest([folder], db, extract_fn=NO_THEMES)
    ingest([folder], db, extract_fn=NO_THEMES)
    assert counting.paths == [path.name, path.name]
    assert not FileStat.of(path).settled()


def test_the_hash_memo_reads_the_recent_runs_only(tmp_path, monkeypatch):
    """A store used for years keeps every run's manifest; a re-ingest reads the last MEMO_RUNS of them, so a
    folder no recent run saw is hashed again (and, unchanged, still skipped)."""
    first = copy_pdfs(tmp_path / "a", SMALL[:2])
    second = copy_pdfs(tmp_path / "b", SMALL[2:3])
    db = tmp_path / "a.duckdb"
    monkeypatch.setattr(files_module, "MEMO_RUNS", 1)
    counting = CountingHash()
    monkeypatch.setattr(ingest_module, "file_sha256", counting)
    ingest([first], db, extract_fn=NO_THEMES)
    ingest([second], db, extract_fn=NO_THEMES)  # now the one recent run
    counting.paths.clear()
    again = ingest([first], db, extract_fn=NO_THEMES)
    assert sorted(counting.paths) == sorted(f"{name}.pdf" for name in SMALL[:2])
    assert [r for _, r in again.skipped] == ["unchanged"] * 2
    counting.paths.clear()
    ingest([first], db, extract_fn=NO_THEMES)  # the run just before saw them
    assert counting.paths == []
