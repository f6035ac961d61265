"""Ingest PDFs into the store: unchanged files are skipped unparsed, the rest extracted and written.

Extraction goes through a function argument and is mapped with `map_fn`: the builtin `map` (one process), a
`pipeline.batch.pool` mapper (worker processes, a Dask cluster) or an executor's `map`. Every write happens in
the calling process (`writer`), in transactions of about a second's documents, so an interrupted run leaves
each document either fully stored or absent (a crash loses at most the last second's). Results are taken from
a background thread so that the caller notices when none is coming: the store stays open across a run of
writes (re-opening DuckDB costs more than a write) but is let go when idle and at least every 20 s, so that a
concurrent ingest or report gets its turn.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import yaml

from ..errors import StoreError, UnreadablePdf, printable
from ..provenance import provenance
from ..run import META_FIELDS, file_sha256
from ..store import (
    DEFAULT_LOCK_TIMEOUT,
    canonical_overrides,
    check_document,
    finish_run,
    known_files,
    move_document,
    open_store,
    start_run,
    store_error,
)
from .files import FileStat, Found, all_in_memo, file_stat, find_pdfs, hash_memo, sidecar_overrides
from .results import Batch, IngestEvent, IngestResult
from .worker import Extracted, ExtractFn, ExtractJob, ExtractTask, default_extract, describe_error
from .writer import Pending, Writer, in_background

log = logging.getLogger(__name__)


NO_RESULT = "no result came back for this file (the map function lost it): read it again"
MapFn = Callable[[Callable[[Any], Any], Iterable[Any]], Iterable[Any]]


def ingest(
    paths: Iterable[str | Path],
    db_path: str | Path,
    *,
    extract_fn: ExtractFn | None = None,
    on_progress: Callable[[IngestEvent], None] | None = None,
    overrides_for: Callable[[Path], Mapping[str, Any] | None] | None = None,
    map_fn: MapFn | None = None,
    workers: int | None = 1,
    scheduler: str | None = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    strict: bool = False,
    options: Mapping[str, Any] | None = None,
) -> IngestResult:
    """Extract and store every PDF in `paths` (files and folders); unchanged files are skipped unparsed.

    Args:
        paths: PDF files and folders (searched recursively for *.pdf).
        db_path: the DuckDB file (created on first use).
        extract_fn: `extract_fn(path, overrides=...) -> Document`; default `default_extract` (an Extractor).
        on_progress: called after each file with an IngestEvent.
        overrides_for: per-file metadata overrides; default: the sidecar file beside the PDF.
        map_fn: maps an ExtractTask over ExtractJobs, e.g. `ProcessPoolExecutor().map`; overrides `workers`
            and `scheduler`.
        workers: worker processes, one document per task (None: all cores). With a time budget (an
            Extractor's timeout) documents are read in worker processes even with 1, each killed when its
            budget runs out. extract_fn must be picklable for more than one.
        scheduler: address of a Dask scheduler to extract on instead (needs afspraken[dask]).
        lock_timeout: seconds to wait for another process's write lock before failing.
        strict: raise on the first failed file instead of recording it and going on.
        options: recorded in the run manifest (the CLI passes its flags).

    Returns:
        IngestResult with (path, reason) for each ingested, skipped and failed file.

    Raises:
        StoreError: the store cannot be opened or written (locked past the timeout, corrupt, newer schema).
        AfsprakenError, ValueError: with strict=True, the first file that fails.
        TypeError: workers > 1 with an extract_fn that cannot be pickled.
    """
    found = find_pdfs(paths)
    files = found.files
    overrides_for = overrides_for or sidecar_overrides
    batch = Batch(total=len(files) + len(found.passed_over), on_progress=on_progress)
    _record_passed_over(batch, found)
    with open_store(db_path, timeout=lock_timeout) as store:
        run_id = start_run(store, "ingest", options={"db": str(db_path), **(options or {})},
                           provenance=provenance())
        known = known_files(store)
        memo = hash_memo(store)
        # Nothing to hash: plan here, so that a re-ingest of unchanged files opens the store once only.
        stats = all_in_memo(files, memo)
        plan = _plan(files, known, memo, overrides_for, batch, strict=strict, stats=stats) if stats else None
        if plan is not None and not any(plan):
            finish_run(store, run_id, inputs=batch.inputs, summary=batch.result(run_id).summary())
            return batch.result(run_id)
    # here: a re-ingest of unchanged files needs none
    from .pool import ProcessMap, choose_map, fewer_collections, prestart, stop_workers

    mapper = map_fn or choose_map(workers, scheduler)
    task = ExtractTask(extract_fn or default_extract)
    jobs_ahead = len(plan[0]) if plan is not None else len(files)
    if isinstance(mapper, ProcessMap) and min(mapper.workers, jobs_ahead) > 1 and mapper.forks(task, jobs_ahead):
        prestart()  # the workers' fork server warms up while the files are hashed (one worker forks from here)
    # Hashed without holding the store: reading thousands of files can take a while.
    jobs, moves = plan or _plan(files, known, memo, overrides_for, batch, strict=strict)
    writer = Writer(db_path, lock_timeout)
    pending = Pending(writer, run_id, batch)
    with fewer_collections(), _sigterm_interrupts():
        try:
            for doc_id, path in moves:
                move_document(writer.store(), doc_id, path)
            _store_all(pending, mapper, task, jobs, strict=strict)
            finish_run(writer.store(), run_id, inputs=batch.inputs, summary=batch.result(run_id).summary())
        except duckdb.Error as exc:  # a store that breaks mid-run (full disk, read-only folder, truncated)
            raise store_error(exc, str(db_path)) from None
        except BaseException as exc:
            stop_workers()  # Ctrl-C, SIGTERM: a busy worker would otherwise hold the exit for its whole document
            if not isinstance(exc, StoreError):  # Ctrl-C, strict mode: the documents read before it are whole
                pending.commit_quietly()
            raise
        finally:
            writer.release()
    return batch.result(run_id)


def _record_passed_over(batch: Batch, found: Found) -> None:
    """What the folder walk passed over, in the tally: unreadable folders failed, outside links skipped."""
    for path, outcome, reason in found.passed_over:
        if outcome == "skipped":
            log.warning("%s: %s", printable(path), reason)
        batch.record(path, outcome, reason)  # type: ignore[arg-type]


def _store_all(pending: Pending, mapper: MapFn, task: ExtractTask, jobs: Sequence[tuple[ExtractJob, str]], *,
               strict: bool) -> None:
    """Extract the jobs and commit the documents as they come; a job the map loses is failed."""
    planned = {job.path: (job, sha) for job, sha in jobs}
    answered: set[str] = set()
    for extracted in in_background(mapper(task, [job for job, _ in jobs])):
        if extracted is None:  # nothing ready: commit what is waiting and let the store go meanwhile
            pending.commit()
            pending.writer.release()
            continue
        job, sha = planned[extracted.path]
        answered.add(extracted.path)
        _take_one(pending, extracted, job, sha, strict=strict)
        if pending.due():
            pending.commit()
    pending.commit()
    for path, (_, sha) in planned.items():
        if path not in answered:  # a map_fn that loses a job must not make its file look stored
            log.warning("%s: %s", printable(path), NO_RESULT)
            pending.batch.record(path, "failed", NO_RESULT, sha)


@contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """While a batch runs, SIGTERM stops it as Ctrl-C does (what was read is committed, the workers stopped),
    where nobody else has claimed the signal; its default would end the process with a second's documents
    uncommitted and the workers left to their watchdogs."""
    claim = threading.current_thread() is threading.main_thread() and \
        signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    if claim:
        signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        yield
    finally:
        if claim:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _take_one(pending: Pending, extracted: Extracted, job: ExtractJob, sha: str, *, strict: bool) -> None:
    """Queue one extracted document for the next commit, or record its failure now."""
    if extracted.document is None:
        if strict and extracted.exception is not None:
            raise extracted.exception
        pending.batch.record(extracted.path, "failed", extracted.error or "unknown error", sha)
        return
    try:
        check_document(extracted.document)  # here too, so that a refused document fails alone, not its batch
    except ValueError as exc:  # a document the store refuses
        if strict:
            raise
        pending.batch.record(extracted.path, "failed", describe_error(exc), sha)
        return
    pending.add(extracted, job)


def _plan(
    files: Sequence[Path],
    known: Mapping[str, Any],
    memo: Mapping[FileStat, str],
    overrides_for: Callable[[Path], Mapping[str, Any] | None],
    batch: Batch,
    *,
    strict: bool,
    stats: Mapping[Path, FileStat] | None = None,
) -> tuple[list[tuple[ExtractJob, str]], list[tuple[str, Path]]]:
    """Hash each file (unless its stat is in the memo) and look it up; `stats`: the files' stats, if known.

    Returns the jobs to extract and the stored documents whose file moved (doc_id, new path); records the
    skipped and unreadable files in the batch.
    """
    jobs: list[tuple[ExtractJob, str]] = []
    moves: list[tuple[str, Path]] = []
    for path in files:
        try:
            stat = (stats or {}).get(path) or file_stat(path)
            sha = memo.get(stat) or file_sha256(path)
            batch.stats[str(path)] = (stat, sha)
            overrides = dict(overrides_for(path) or {})
            for key in overrides:
                if key not in META_FIELDS:
                    raise ValueError(f"cannot override {key!r}; choose from {', '.join(META_FIELDS)}")
        except (OSError, ValueError, yaml.YAMLError, UnreadablePdf) as exc:
            if strict:
                raise
            batch.record(str(path), "failed", describe_error(exc))
            continue
        stored = known.get(sha)
        if stored is not None and stored.overrides == canonical_overrides(overrides):
            if stored.path != stat.path and not Path(stored.path).exists():
                moves.append((stored.doc_id, path))
                batch.record(str(path), "skipped", f"unchanged (moved from {stored.path})", sha)
            elif stored.path != stat.path:
                batch.record(str(path), "skipped", f"same content as {stored.path}", sha)
            else:
                batch.record(str(path), "skipped", "unchanged", sha)
            continue
        jobs.append((ExtractJob(str(path), overrides or None), sha))
    return jobs, moves
