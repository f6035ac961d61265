"""Map extraction over many documents: a local process pool, or a Dask distributed cluster.

Both are `map_fn`s for `pipeline.ingest.ingest`: `mapper(task, jobs)` yields one `Extracted` per job, in the
order the documents finish, so the caller can store each one as soon as it is ready. One document is one
task; parsing holds the GIL, so processes (not threads) are what scales. A failure stays with its document:
`ExtractTask` turns exceptions into data inside the worker, and a worker that dies (a crash in a native
library, the out-of-memory killer) costs only the document it was reading.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .worker import Extracted, ExtractJob, ExtractTask

log = logging.getLogger(__name__)

# The collector's thresholds while documents are read: a young-generation pass once 20,000 more container
# objects have been made than freed, instead of 700 (gc.set_threshold); see `fewer_collections`.
BATCH_GC_THRESHOLDS = (20_000, 10, 10)
DEFAULT_TASKS_PER_WORKER = 2  # queued per worker: enough to keep it busy, few enough to stop quickly
WORKER_DIED = "the worker process died while reading this file (a crash in the PDF library, or out of memory)"
Task = Callable[["ExtractJob"], "Extracted"]


def default_workers() -> int:
    """The cores this process may use (its CPU affinity where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run Python's cyclic collector less often for the duration, then restore its thresholds.

    Reading a page keeps thousands of tuples alive at once (its words, lines, blocks) until reference counting
    frees them; at the default thresholds that sets off a young collection every 700 and a full one, over
    spaCy's tables and the model as well, every 100 young ones: 4 % of a one-process ingest (0.25 s of 5.6 s on
    the benchmark corpus).
    A document leaves a few cycles at most (about 20,000 objects over that corpus), so memory does not grow.
    Ingests overlapping in threads of one process share it: the last one out restores what the first found.
    """
    global _batches, _thresholds_before
    with _batches_lock:
        if _batches == 0:
            _thresholds_before = gc.get_threshold()
            gc.set_threshold(*BATCH_GC_THRESHOLDS)
        _batches += 1
    try:
        yield
    finally:
        with _batches_lock:
            _batches -= 1
            if _batches == 0:
                gc.set_threshold(*_thresholds_before)


_batches = 0  # fewer_collections blocks running now, in any thread
_thresholds_before: tuple[int, ...] = gc.get_threshold()
_batches_lock = threading.Lock()


def _failed(job: ExtractJob, reason: str) -> Extracted:
    from .worker import Extracted

    return Extracted(job.path, None, reason)


def _check_picklable(task: Task) -> None:
    try:
        pickle.dumps(task)
    except Exception as exc:  # noqa: BLE001 - pickle raises several unrelated types
        raise TypeError(
            "extract_fn must be picklable to run in other processes (a module-level function or an instance "
            f"of a module-level class, not a lambda or closure): {exc}"
        ) from None


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one: workers fork from a clean, single-threaded process with pipeline loaded.

    Plain fork would copy the caller's threads and open DuckDB handles into every worker.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # Loaded once in the server and shared by every worker it forks: the modules, spaCy's Dutch pipeline
        # and the theme model (pipeline.warm), which each worker would otherwise load on its first document.
        # Not pipeline.ingest: a worker needs neither DuckDB nor pandas; not pdfplumber, which a worker imports
        # at its first ruled table, at the same time as the others instead of before any of them starts.
        ctx.set_forkserver_preload(["pipeline.worker", "pipeline.run", "pipeline.parse_pdfium", "pipeline.rules",
                                    "pipeline.clean", "pipeline.segment", "pipeline.themes", "pipeline.textvec",
                                    "pipeline.warm"])
        return ctx
    return multiprocessing.get_context("spawn")


def prestart() -> None:
    """Start the fork server now, so that it loads spaCy and the model while this process does other work.

    Its warm-up takes about two seconds of one core; ingest calls this before hashing the files, which then
    happens meanwhile. Without a fork server (spawn), there is nothing to start ahead.
    """
    ctx = _context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


@dataclass(frozen=True, slots=True)
class ProcessMap:
    """Extract on `workers` local processes, one document per task; `workers <= 1` runs in this process.

    Args:
        workers: number of worker processes.
        tasks_per_worker: how many tasks are queued per worker at a time.
        head_start: while the fork server is still loading spaCy, let spawned processes read documents
            (see `HeadStart`); only for an ExtractTask over a `TwoStage` extract_fn such as `Extractor`.
    """

    workers: int
    tasks_per_worker: int = DEFAULT_TASKS_PER_WORKER
    head_start: bool = True

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError(f"workers must be at least 1, not {self.workers}")
        if self.tasks_per_worker < 1:
            raise ValueError("tasks_per_worker must be at least 1")

    def __call__(self, task: Task, jobs: Iterable[ExtractJob]) -> Iterator[Extracted]:
        pending = deque(jobs)
        if self.workers == 1 or len(pending) <= 1:
            yield from map(task, pending)  # a pool for one document would only add its start-up time
            return
        _check_picklable(task)
        ctx = _context()
        head = HeadStart.begin(task, self.workers - 1) if self.head_start and _server_is_cold(ctx) \
            and len(pending) > self.workers * self.tasks_per_worker else None
        while pending or head:
            suspects: list[ExtractJob] = []
            yield from self._run_pool(task, pending, suspects, ctx, head)
            head = None
            # A dead worker breaks the whole pool and fails every task in flight. Run those again one at a
            # time, each in a fresh process, so that only the document that kills its worker fails.
            for job in suspects:
                yield _run_alone(task, job, ctx)

    def _run_pool(self, task: Task, pending: deque[ExtractJob], suspects: list[ExtractJob],
                  ctx: multiprocessing.context.BaseContext, head: HeadStart | None = None) -> Iterator[Extracted]:
        pool = ProcessPoolExecutor(min(self.workers, len(pending)), mp_context=ctx)
        in_flight: dict[Future[Extracted], ExtractJob] = {}
        # The first submit waits until the fork server has loaded: with readers to serve, it waits in a thread.
        warming = head.submit_first(pool, task, pending) if head is not None else None
        finished = broken = False
        try:
            while pending or in_flight or warming or (head and head.reading):
                if warming is None:
                    broken = self._fill(pool, task, pending, in_flight, suspects, broken)
                elif head is not None:
                    head.feed(pending)
                waiting = [*in_flight, *(head.reading if head else ()), *([warming] if warming else [])]
                if not waiting:
                    break
                done, _ = wait(waiting, return_when=FIRST_COMPLETED)
                for future in done:
                    if future is warming:
                        warming = None
                        broken = not head.started(future, pending, in_flight)  # type: ignore[union-attr]
                        _note_warm(ctx)
                    elif head is not None and future in head.reading:
                        yield from head.take(future, pending)
                    else:
                        yield from _collect(future, in_flight.pop(future), suspects)
            finished = True
        finally:
            if head is not None:
                head.stop()
            # Leaving early (strict mode, Ctrl-C): drop the queued tasks instead of finishing them.
            pool.shutdown(wait=finished, cancel_futures=not finished)

    def _fill(self, pool: ProcessPoolExecutor, task: Task, pending: deque[ExtractJob],
              in_flight: dict[Future[Extracted], ExtractJob], suspects: list[ExtractJob], broken: bool) -> bool:
        """Queue jobs until each worker has `tasks_per_worker`; returns whether the pool is (now) broken."""
        while pending and len(in_flight) < self.workers * self.tasks_per_worker and not suspects and not broken:
            job = pending.popleft()
            try:
                in_flight[pool.submit(task, job)] = job
            except BrokenProcessPool:  # a worker died before its future told us
                broken = True
                # With nothing in flight to blame, the next job is run alone: progress is certain.
                (pending.appendleft if in_flight else suspects.append)(job)
        return broken


def _collect(future: Future[Extracted], job: ExtractJob, suspects: list[ExtractJob]) -> Iterator[Extracted]:
    """A worker's result; a job whose worker died joins the suspects instead."""
    try:
        yield future.result()
    except BrokenProcessPool:
        suspects.append(job)
    except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled back
        from .worker import describe_error

        yield _failed(job, f"worker error: {describe_error(exc)}")


class HeadStart:
    """Spawned processes that read documents while the fork server is still loading spaCy and the model.

    Until the server has loaded them (0.7 s of one core on the development machine) no worker can start,
    and the other cores would idle. A spawned process without spaCy is ready in about 0.15 s; it parses
    and segments the next documents (`ReadTask`), and each goes to the workers with only its themes left to
    fill in (`ExtractJob.read`). Reading stops once the server forks the first worker. A document that fails
    to read is reported as it would be from a worker; one whose reader dies goes back to the workers, where
    a crash costs only that document.
    """

    def __init__(self, task: ExtractTask, readers: int) -> None:
        from .worker import ReadTask

        self.task = ReadTask(task.extract_fn)  # type: ignore[arg-type]  # begin() checked it is TwoStage
        self.size = readers
        self.pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            readers, mp_context=multiprocessing.get_context("spawn"), initializer=gc.set_threshold,
            initargs=BATCH_GC_THRESHOLDS)
        self.reading: dict[Future[Extracted], ExtractJob] = {}
        self._starter: ThreadPoolExecutor | None = None
        self._first: ExtractJob | None = None

    @classmethod
    def begin(cls, task: Task, readers: int) -> HeadStart | None:
        """Start `readers` readers if the task can be split in two (`TwoStage`), else None."""
        from .worker import ExtractTask, TwoStage

        if readers < 1 or not isinstance(task, ExtractTask) or not isinstance(task.extract_fn, TwoStage):
            return None
        return cls(task, readers)

    def submit_first(self, pool: ProcessPoolExecutor, task: Task, pending: deque[ExtractJob]) -> Future[Any]:
        """Submit the first job to the worker pool from a thread; its future is done once a worker exists."""
        self._starter = ThreadPoolExecutor(1, thread_name_prefix="afspraken-pool-start")
        self._first = pending.popleft()
        return self._starter.submit(pool.submit, task, self._first)

    def started(self, future: Future[Any], pending: deque[ExtractJob],
                in_flight: dict[Future[Extracted], ExtractJob]) -> bool:
        """The first submit is done: its job joins `in_flight` (False if the pool broke); reading ahead stops."""
        self.stop()
        job, self._first = self._first, None
        assert job is not None
        try:
            in_flight[future.result()] = job
        except BrokenProcessPool:
            pending.appendleft(job)
            return False
        return True

    def feed(self, pending: deque[ExtractJob]) -> None:
        """Give each idle reader a document that nobody has read yet."""
        while self.pool is not None and pending and len(self.reading) < self.size:
            job = pending.pop()  # from the back: the workers take theirs from the front
            if job.read is not None:
                pending.append(job)
                return
            try:
                self.reading[self.pool.submit(self.task, job)] = job
            except BrokenProcessPool:
                pending.append(job)
                self.stop()

    def take(self, future: Future[Extracted], pending: deque[ExtractJob]) -> Iterator[Extracted]:
        """A reader's result: its document is queued for the themes; a failure to read is yielded as final."""
        from .worker import ExtractJob

        job = self.reading.pop(future)
        try:
            read = future.result()
        except Exception as exc:  # noqa: BLE001 - the reader died, or its result could not come back
            log.debug("%s: not read ahead (%s); a worker reads it", job.path, exc)
            pending.appendleft(job)
            self.stop()
            return
        if read.document is None:
            yield read  # it would fail in a worker just the same
        else:
            pending.appendleft(ExtractJob(job.path, job.overrides, read.document, read.seconds))

    def stop(self) -> None:
        """Take no more documents; each reader ends once its current one is done."""
        if self.pool is not None:
            self.pool.shutdown(wait=False)
            self.pool = None
        if self._starter is not None:
            self._starter.shutdown(wait=False)
            self._starter = None


def _server_is_cold(ctx: multiprocessing.context.BaseContext) -> bool:
    """Whether this process's fork server may still be loading: it has not forked a worker for us yet."""
    return ctx.get_start_method() == "forkserver" and not _warm


def _note_warm(ctx: multiprocessing.context.BaseContext) -> None:
    global _warm
    _warm = ctx.get_start_method() == "forkserver"


_warm = False  # this process's fork server has forked a worker, so it has loaded (stays set if it restarts)


def _run_alone(task: Task, job: ExtractJob, ctx: multiprocessing.context.BaseContext) -> Extracted:
    with ProcessPoolExecutor(1, mp_context=ctx) as pool:
        try:
            return pool.submit(task, job).result()
        except BrokenProcessPool:
            log.warning("%s: %s", job.path, WORKER_DIED)
            return _failed(job, WORKER_DIED)


@dataclass(frozen=True, slots=True)
class DaskMap:
    """Extract on a Dask distributed cluster, one document per task (needs the `afspraken[dask]` extra).

    Every worker needs afspraken installed and must see the PDFs at the same paths as this process (a shared
    file system). Results come back to this process, which alone writes the store.

    Args:
        address: the scheduler, e.g. "tcp://10.0.0.5:8786" (or a LocalCluster's `scheduler_address`).
    """

    address: str

    def __call__(self, task: Task, jobs: Iterable[ExtractJob]) -> Iterator[Extracted]:
        jobs = list(jobs)
        if not jobs:
            return
        client_cls, as_completed = _import_distributed()
        with client_cls(self.address, set_as_default=False) as client:
            # pure=False: two jobs for equal files are still two documents to read.
            futures = client.map(task, jobs, pure=False)
            by_key = {f.key: job for f, job in zip(futures, jobs, strict=True)}
            for future in as_completed(futures, loop=client.loop):
                job = by_key.pop(future.key)
                try:
                    result = future.result()
                except Exception as exc:  # noqa: BLE001 - KilledWorker, lost connection, ...
                    from .worker import describe_error

                    result = _failed(job, f"worker error: {describe_error(exc)}")
                future.release()  # free the result on the cluster as soon as it is here
                yield result


def _import_distributed() -> tuple[Any, Any]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ImportError("--scheduler needs Dask: pip install 'afspraken[dask]'") from None
    return Client, as_completed


def choose_map(workers: int | None = 1, scheduler: str | None = None) -> Callable[..., Iterable[Extracted]]:
    """The map_fn for an ingest: Dask when a scheduler is given, else `workers` local processes.

    Args:
        workers: local worker processes; None for all cores; 1 runs in this process.
        scheduler: address of a Dask scheduler; takes precedence over `workers`.
    """
    if scheduler:
        return DaskMap(scheduler)
    return ProcessMap(default_workers() if workers is None else workers)
