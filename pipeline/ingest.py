"""Fill the store: ingest PDFs (unchanged ones skipped unparsed) and record the changes of each series.

Extraction goes through a function argument and is mapped with `map_fn`: the builtin `map` (one process), a
`pipeline.parallel` mapper (worker processes, a Dask cluster) or an executor's `map`. Every write happens in
the calling process, in transactions of about a second's documents, so an interrupted run leaves each document
either fully stored or absent (a crash loses at most the last second's). Results are taken from a background
thread so that the caller notices when none is coming: the store stays open across a run of writes
(re-opening DuckDB costs more than a write) but is let go when idle and at least every 20 s, so that a
concurrent ingest or report gets its turn.
"""

from __future__ import annotations

import errno
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISDIR
from typing import Any, Literal

import yaml

from .errors import StoreError, UnreadablePdf
from .provenance import provenance
from .run import META_FIELDS, file_sha256
from .store import (
    DEFAULT_LOCK_TIMEOUT,
    Pair,
    Selection,
    canonical_overrides,
    check_document,
    finish_run,
    known_files,
    load_document,
    move_document,
    open_store,
    start_run,
    update_lineage,
    write_comparison,
    write_documents,
)
from .types import Comparison, Document
from .worker import (  # noqa: F401 - the extraction side, re-exported: pipeline.ingest is where users look
    DEFAULT_BACKEND,
    Extracted,
    ExtractFn,
    ExtractJob,
    Extractor,
    ExtractTask,
    default_extract,
    describe_error,
    shipped_model,
)

log = logging.getLogger(__name__)

DEFAULT_LINGER = 1.0  # seconds the store stays open waiting for the next document (reopening costs ~60 ms)
DEFAULT_COMMIT_EVERY = 1.0  # seconds of extracted documents committed together (what a crash can lose)
DEFAULT_MAX_BATCH = 200  # documents per commit at most, however fast they come
DEFAULT_MAX_HOLD = 20.0  # seconds after which the store is let go for a turn (lock waits last 30 s)
YIELD_GAP = 0.6  # longer than the 0.5 s a waiting process sleeps between tries (store._connect)
MEMO_RUNS = 20  # finished ingests whose file stats spare hashing an unchanged file again
NO_RESULT = "no result came back for this file (the map function lost it): read it again"
RACY_MTIME_NS = 2_000_000_000  # a file modified this recently may change again within one mtime tick
Outcome = Literal["ingested", "skipped", "failed"]
MapFn = Callable[[Callable[[Any], Any], Iterable[Any]], Iterable[Any]]
SIDECAR_KEYS = {
    "type": "type", "year": "years", "years": "years", "gemeente": "gemeenten", "gemeenten": "gemeenten",
    "corporatie": "corporaties", "corporaties": "corporaties", "huurdersorganisatie": "huurdersorganisaties",
    "huurdersorganisaties": "huurdersorganisaties",
}


@dataclass(frozen=True, slots=True)
class IngestEvent:
    """Progress of a batch: one file finished (ingested, skipped or failed)."""

    path: str
    outcome: Outcome
    reason: str
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What an ingest did with each file: (path, reason) per outcome, and the run that recorded it."""

    ingested: tuple[tuple[str, str], ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()
    failed: tuple[tuple[str, str], ...] = ()
    run_id: str | None = None

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> dict[str, int]:
        return {"ingested": len(self.ingested), "skipped": len(self.skipped), "failed": len(self.failed)}


# --- inputs -------------------------------------------------------------------------------------------------

def iter_pdfs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The files to ingest: each file given, and every *.pdf under each folder given (sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # a folder or a broken link named *.pdf is kept, so that the batch reports it
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() == ".pdf")
            yield from found or [path]  # a folder without PDFs is reported, not passed over in silence
        else:
            yield path


def sidecar_path(pdf: Path) -> Path | None:
    """`<name>.pdf.yaml` or `<name>.yaml` beside the PDF, if there is one."""
    for candidate in (pdf.with_name(pdf.name + ".yaml"), pdf.with_suffix(".yaml")):
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(path: Path) -> dict[str, Any]:
    """Metadata overrides from a sidecar file: type, years, gemeente(n), corporatie(s), huurders.

    Raises:
        ValueError: an unknown key or a value of the wrong kind.
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of type/years/gemeente/corporatie")
    overrides: dict[str, Any] = {}
    for key, value in data.items():
        target = SIDECAR_KEYS.get(str(key))
        if target is None:
            raise ValueError(f"{path}: unknown key {key!r}; use {', '.join(sorted(SIDECAR_KEYS))}")
        if target == "type":
            overrides["type"] = str(value)
        else:
            values = value if isinstance(value, list) else [value]
            overrides[target] = tuple(int(v) if target == "years" else str(v) for v in values)
    return overrides


def sidecar_overrides(pdf: Path) -> dict[str, Any] | None:
    """The default `overrides_for`: the sidecar's overrides, or None when there is none."""
    sidecar = sidecar_path(pdf)
    return read_sidecar(sidecar) if sidecar else None


# --- ingest -------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FileStat:
    """What tells an unchanged file without reading it: absolute path, size and modification time."""

    path: str
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStat:
        """Raises IsADirectoryError for a folder (a folder named *.pdf is not a file to ingest)."""
        st = path.stat()
        if S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        return cls(str(path.resolve()), st.st_size, st.st_mtime_ns)

    def settled(self) -> bool:
        """Old enough that a later change must show in mtime (a file written within one tick may not)."""
        return time.time_ns() - self.mtime_ns >= RACY_MTIME_NS


def _all_in_memo(files: Sequence[Path], memo: Mapping[FileStat, str]) -> dict[Path, FileStat] | None:
    """Every file's (path, size, mtime) when all of them are in the memo (planning then reads no file)."""
    if not memo:
        return None
    stats = {}
    try:
        for path in files:
            stat = FileStat.of(path)
            if stat not in memo:
                return None
            stats[path] = stat
    except OSError:
        return None  # _plan reports the file that cannot be read
    return stats


def hash_memo(store: Any) -> dict[FileStat, str]:
    """sha256 by (path, size, mtime) as the last `MEMO_RUNS` finished ingests recorded them in their manifests.

    Only a memo of `file_sha256`: a file whose path, size or mtime changed, or that no recent run saw, is
    hashed again, and the hash decides, as always, whether it is stored already. The recent runs only, so
    that a store used for years does not read every manifest it ever kept at each ingest.
    """
    rows = store.con.execute("""
        SELECT DISTINCT e->>'file', CAST(e->>'size' AS BIGINT), CAST(e->>'mtime_ns' AS BIGINT), e->>'sha256'
        FROM (SELECT unnest(from_json(inputs, '["JSON"]')) AS e FROM (
                SELECT inputs FROM runs
                WHERE command = 'ingest' AND finished_at IS NOT NULL AND inputs IS NOT NULL
                ORDER BY finished_at DESC LIMIT ?))
        WHERE e->>'file' IS NOT NULL AND e->>'sha256' IS NOT NULL
    """, [MEMO_RUNS]).fetchall()
    return {FileStat(path, size, mtime): sha for path, size, mtime, sha in rows}


@dataclass(slots=True)
class _Batch:
    """The mutable tally of one ingest, frozen into an IngestResult at the end."""

    total: int
    on_progress: Callable[[IngestEvent], None] | None
    ingested: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    inputs: list[dict[str, Any]] = field(default_factory=list)
    stats: dict[str, tuple[FileStat, str]] = field(default_factory=dict)  # path -> (stat, its sha256)

    def record(self, path: str, outcome: Outcome, reason: str, sha256: str | None = None) -> None:
        getattr(self, outcome).append((path, reason))
        entry: dict[str, Any] = {"path": path, "sha256": sha256, "outcome": outcome, "reason": reason}
        stat, hashed = self.stats.get(path, (None, None))
        if stat is not None and sha256 is not None and hashed == sha256 and stat.settled():
            # what the next run's hash_memo reads back
            entry.update(file=stat.path, size=stat.size, mtime_ns=stat.mtime_ns)
        self.inputs.append(entry)
        if self.on_progress is not None:
            done = len(self.ingested) + len(self.skipped) + len(self.failed)
            self.on_progress(IngestEvent(path, outcome, reason, done, self.total))

    def result(self, run_id: str) -> IngestResult:
        return IngestResult(tuple(self.ingested), tuple(self.skipped), tuple(self.failed), run_id)


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
        workers: worker processes, one document per task (None: all cores; 1: this process). extract_fn
            must then be picklable.
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
    files = list(iter_pdfs(paths))
    overrides_for = overrides_for or sidecar_overrides
    batch = _Batch(total=len(files), on_progress=on_progress)
    with open_store(db_path, timeout=lock_timeout) as store:
        run_id = start_run(store, "ingest", options={"db": str(db_path), **(options or {})},
                           provenance=provenance())
        known = known_files(store)
        memo = hash_memo(store)
        # Nothing to hash: plan here, so that a re-ingest of unchanged files opens the store once only.
        stats = _all_in_memo(files, memo)
        plan = _plan(files, known, memo, overrides_for, batch, strict=strict, stats=stats) if stats else None
        if plan is not None and not any(plan):
            finish_run(store, run_id, inputs=batch.inputs, summary=batch.result(run_id).summary())
            return batch.result(run_id)
    from .parallel import choose_map, fewer_collections, prestart  # here: a re-ingest of unchanged files needs none

    if map_fn is None and scheduler is None and (workers is None or workers > 1) and len(files) > 1 \
            and (plan is None or len(plan[0]) > 1):
        prestart()  # the worker pool warms up while the files are hashed
    # Hashed without holding the store: reading thousands of files can take a while.
    jobs, moves = plan or _plan(files, known, memo, overrides_for, batch, strict=strict)
    writer = _Writer(db_path, lock_timeout)
    pending = _Pending(writer, run_id, batch)
    with fewer_collections():
        try:
            for doc_id, path in moves:
                move_document(writer.store(), doc_id, path)
            planned = {job.path: (job, sha) for job, sha in jobs}
            answered: set[str] = set()
            mapper = map_fn or choose_map(workers, scheduler)
            task = ExtractTask(extract_fn or default_extract)
            for extracted in _in_background(mapper(task, [job for job, _ in jobs])):
                if extracted is None:  # nothing ready: commit what is waiting and let the store go meanwhile
                    pending.commit()
                    writer.release()
                    continue
                job, sha = planned[extracted.path]
                answered.add(extracted.path)
                _take_one(pending, extracted, job, sha, strict=strict)
                if pending.due():
                    pending.commit()
            pending.commit()
            for path, (_, sha) in planned.items():
                if path not in answered:  # a map_fn that loses a job must not make its file look stored
                    log.warning("%s: %s", path, NO_RESULT)
                    batch.record(path, "failed", NO_RESULT, sha)
            finish_run(writer.store(), run_id, inputs=batch.inputs, summary=batch.result(run_id).summary())
        except BaseException as exc:
            if not isinstance(exc, StoreError):  # Ctrl-C, strict mode: the documents read before it are whole
                pending.commit_quietly()
            raise
        finally:
            writer.release()
    return batch.result(run_id)


def _take_one(pending: _Pending, extracted: Extracted, job: ExtractJob, sha: str, *, strict: bool) -> None:
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


@dataclass(slots=True)
class _Pending:
    """Extracted documents waiting for their commit: about a second's worth are written in one transaction.

    A commit and each statement cost DuckDB a few milliseconds however many documents they carry; one
    transaction per document was a tenth of a one-core ingest. A crash (kill -9, power) loses the documents
    of the last `commit_every` seconds, never part of one: the next run reads them again.
    """

    writer: _Writer
    run_id: str
    batch: _Batch
    commit_every: float = DEFAULT_COMMIT_EVERY
    max_documents: int = DEFAULT_MAX_BATCH
    items: list[tuple[Extracted, ExtractJob]] = field(default_factory=list)
    since: float = 0.0
    seen_warnings: set[str] = field(default_factory=set)

    def add(self, extracted: Extracted, job: ExtractJob) -> None:
        if not self.items:
            self.since = time.monotonic()
        self.items.append((extracted, job))

    def due(self) -> bool:
        return len(self.items) >= self.max_documents or time.monotonic() - self.since >= self.commit_every

    def commit(self) -> None:
        """Write everything waiting in one transaction and record each outcome (a StoreError ends the run)."""
        if not self.items:
            return
        items, self.items = self.items, []
        docs = [(e.document, canonical_overrides(job.overrides)) for e, job in items]
        statuses = write_documents(self.writer.store(), docs, run_id=self.run_id)  # type: ignore[arg-type]
        for (extracted, _), status in zip(items, statuses, strict=True):
            self._report(extracted, status)

    def commit_quietly(self) -> None:
        """Commit on the way out of an interrupted run; a failure here must not hide what interrupted it."""
        try:
            self.commit()
        except Exception as exc:  # noqa: BLE001 - the next run reads these documents again
            log.debug("documents not committed on the way out: %s", exc)

    def _report(self, extracted: Extracted, status: str) -> None:
        doc = extracted.document
        assert doc is not None
        for warning in doc.warnings:
            # The same warning on every file ("no theme model") is said once; -v shows the repeats.
            level = logging.INFO if warning in self.seen_warnings else logging.WARNING
            log.log(level, "%s: %s", extracted.path, warning)
            self.seen_warnings.add(warning)
        if status == "skipped":
            self.batch.record(extracted.path, "skipped", "stored meanwhile by another run", doc.meta.sha256)
            return
        detail = f"{len(doc.afspraken)} afspraken in {extracted.seconds:.1f} s" + (
            " (replaced its older version)" if status == "replaced" else "")
        self.batch.record(extracted.path, "ingested", detail, doc.meta.sha256)


class _Writer:
    """The one connection that writes: kept open over a run of documents, let go when idle or held long.

    Opening and closing DuckDB (schema check, checkpoint) costs about twice one document's transaction, but
    a held connection locks out every other process, readers included. So it is let go whenever nothing
    arrives for `DEFAULT_LINGER` seconds, and after `max_hold` seconds in any case; it is then not taken
    again for `YIELD_GAP` seconds, which is long enough for a waiting process to get in.
    """

    def __init__(self, db_path: str | Path, lock_timeout: float, max_hold: float = DEFAULT_MAX_HOLD) -> None:
        self.db_path, self.lock_timeout, self.max_hold = db_path, lock_timeout, max_hold
        self._store: Any = None
        self._since = 0.0
        self._turn_at = 0.0  # when a forced release has given others their turn

    def store(self) -> Any:
        now = time.monotonic()
        if self._store is not None and now - self._since > self.max_hold:
            self.release()
            self._turn_at = now + YIELD_GAP
        if self._store is None:
            time.sleep(max(0.0, self._turn_at - time.monotonic()))
            self._store = open_store(self.db_path, timeout=self.lock_timeout)
            self._since = time.monotonic()
        return self._store

    def release(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


_DONE = object()


@dataclass(frozen=True, slots=True)
class _Raised:
    error: BaseException


class _Producer:
    """Iterates results in a thread and hands them over one at a time (see `_in_background`)."""

    def __init__(self, results: Iterable[Extracted]) -> None:
        self.results = results
        self.box: queue.Queue[Any] = queue.Queue(maxsize=1)
        self.taken = threading.Semaphore(0)
        self.stop = threading.Event()

    def _until_stopped(self, step: Callable[[], bool]) -> bool:
        while not self.stop.is_set():
            if step():
                return True
        return False

    def _put(self, item: Any) -> bool:
        def step() -> bool:
            try:
                self.box.put(item, timeout=0.1)
            except queue.Full:
                return False
            return True

        return self._until_stopped(step)

    def run(self) -> None:
        iterator = iter(self.results)
        try:
            for item in iterator:
                if not self._put(item) or not self._until_stopped(lambda: self.taken.acquire(timeout=0.1)):
                    break
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread, which raises it
            self._put(_Raised(exc))
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                close()  # a generator's finally (a pool's shutdown) runs in the thread that ran it
            self._put(_DONE)


def _in_background(results: Iterable[Extracted], idle_after: float = DEFAULT_LINGER) -> Iterator[
        Extracted | None]:
    """Iterate `results` in a thread; yield each, or None when nothing came for `idle_after` seconds.

    The thread asks for the next result only once the caller is done with the last one (has stored it), so
    with the builtin map a document is stored before the next one is read, as in a plain loop; the thread
    is there so that the caller notices idle time and lets the store go.
    """
    producer = _Producer(results)
    threading.Thread(target=producer.run, name="afspraken-extract", daemon=True).start()
    try:
        while True:
            try:
                item = producer.box.get(timeout=idle_after)
            except queue.Empty:
                yield None
                continue
            if item is _DONE:
                return
            if isinstance(item, _Raised):
                raise item.error
            yield item
            producer.taken.release()
    finally:
        producer.stop.set()


def _file_stat(path: Path) -> FileStat:
    try:
        return FileStat.of(path)
    except IsADirectoryError:
        raise UnreadablePdf("is a folder, not a PDF" if path.suffix.lower() == ".pdf"
                            else "no PDF files in this folder") from None


def _plan(
    files: Sequence[Path],
    known: Mapping[str, Any],
    memo: Mapping[FileStat, str],
    overrides_for: Callable[[Path], Mapping[str, Any] | None],
    batch: _Batch,
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
            stat = (stats or {}).get(path) or _file_stat(path)
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
        years = sorted(by_year)
        for old_year, new_year in zip(years, years[1:], strict=False):
            if sel.covers(old_year, new_year):
                pairs.append(_pair(by_year[old_year], by_year[new_year], "consecutive"))
        for bod in (d for d in docs if d["type"] == "bod"):
            agreement = by_year.get(bod["year"])
            if agreement is None:
                notes.append(f"{bod['name']}: no agreement for {bod['year']} in its series to compare with")
            elif sel.covers(bod["year"]):
                pairs.append(_pair(bod, agreement, "bod"))
    return pairs, notes


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
    transaction; lineage ids are then recomputed over all stored links.

    Raises:
        StoreError: the store cannot be opened or written.
    """
    if compare_fn is None:
        from .compare import compare as compare_fn  # lazy: the comparison stage is heavy and optional here
    sel = selection or Selection()
    with open_store(db_path, timeout=lock_timeout) as store:
        docs = store.con.execute(
            "SELECT doc_id, name, type, year, gemeente, corporatie, ingested_at FROM documents").df()
        pairs, notes = series_pairs(docs.to_dict("records"), sel)
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
    with open_store(db_path, timeout=lock_timeout) as store:
        update_lineage(store)
        finish_run(store, run_id, inputs=[{"pair_id": p.pair_id, "kind": p.kind, "old_year": p.old_year,
                                           "new_year": p.new_year, "changes": n} for p, n in done],
                   summary={"pairs": len(done), "changes": sum(n for _, n in done), "notes": notes})
    return ChangesResult(tuple(done), tuple(notes), run_id)
