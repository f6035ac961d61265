"""The writing side of an ingest, in the calling process: about a second's documents per transaction, one
connection held over a run of writes and let go when idle or held long, and a thread that takes results
from the map so that the writer notices when none is coming.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..store import (
    canonical_overrides,
    open_store,
    write_documents,
)
from .results import Batch
from .worker import Extracted, ExtractJob

log = logging.getLogger(__name__)


DEFAULT_LINGER = 1.0  # seconds the store stays open waiting for the next document (reopening costs ~60 ms)
DEFAULT_COMMIT_EVERY = 1.0  # seconds of extracted documents committed together (what a crash can lose)
DEFAULT_MAX_BATCH = 200  # documents per commit at most, however fast they come
DEFAULT_MAX_HOLD = 20.0  # seconds after which the store is let go for a turn (lock waits last 30 s)
YIELD_GAP = 0.6  # longer than the 0.5 s a waiting process sleeps between tries (store._connect)


@dataclass(slots=True)
class Pending:
    """Extracted documents waiting for their commit: about a second's worth are written in one transaction.

    A commit and each statement cost DuckDB a few milliseconds however many documents they carry; one
    transaction per document was a tenth of a one-core ingest. A crash (kill -9, power) loses the documents
    of the last `commit_every` seconds, never part of one: the next run reads them again.
    """

    writer: Writer
    run_id: str
    batch: Batch
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


class Writer:
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
    """Iterates results in a thread and hands them over one at a time (see `in_background`)."""

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


def in_background(results: Iterable[Extracted], idle_after: float = DEFAULT_LINGER) -> Iterator[
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
