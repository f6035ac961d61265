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
import math
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
FINISHING_SHARE = 0.25  # of a ProcessMap's workers load spaCy and the model (at least one); the rest only read
MAX_BACKLOG_PER_FINISHER = 64  # read documents waiting for their themes, per finishing worker: a bound on memory
MAX_READER_RESTARTS = 3  # after this many reader crashes in a batch, the finishing workers read everything
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
        ctx.set_forkserver_preload(["pipeline.worker", "pipeline.run", "pipeline.parse",
                                    "pipeline.clean", "pipeline.segment", "pipeline.themes", "pipeline.textvec",
                                    "pipeline.warm"])
        return ctx
    return multiprocessing.get_context("spawn")


def prestart() -> None:
    """Start the fork server now, so that it loads spaCy and the model while this process does other work.

    Its warm-up takes 0.7-0.85 s of one core on the development machine; ingest calls this before hashing the
    files, which then happens meanwhile, and the pool's readers parse while it goes on. Without a fork server
    (spawn), there is nothing to start ahead.
    """
    ctx = _context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


@dataclass(frozen=True, slots=True)
class ProcessMap:
    """Extract on `workers` local processes, one document per task; `workers <= 1` runs in this process.

    For an `Extractor` (any `TwoStage` extract_fn), most of the workers are `Readers`: spawned processes that
    parse and segment without spaCy. The others (`FINISHING_SHARE`, at least one) are forked from the fork
    server with spaCy and the model loaded; they fill in the themes of what the readers read and extract
    whole documents when there is nothing to finish. Readers start in 0.15 s, while the fork server needs 0.7 s
    of one core before it can fork a worker, and fewer processes warm spaCy's per-word caches twice.

    Args:
        workers: number of worker processes.
        tasks_per_worker: how many tasks are queued per worker at a time.
        readers: whether part of the workers may be readers (False: all load spaCy and extract whole documents).
    """

    workers: int
    tasks_per_worker: int = DEFAULT_TASKS_PER_WORKER
    readers: bool = True

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
        finishers = max(1, math.ceil(self.workers * FINISHING_SHARE))
        readers = Readers.begin(task, self.workers - finishers, finishers) \
            if self.readers and len(pending) > self.workers * self.tasks_per_worker else None
        while pending or readers:
            suspects: list[ExtractJob] = []
            yield from self._run_pool(task, pending, suspects, ctx, readers)
            readers = None
            # A dead worker breaks the whole pool and fails every task in flight. Run those again one at a
            # time, each in a fresh process, so that only the document that kills its worker fails.
            for job in suspects:
                yield _run_alone(task, job, ctx)

    def _run_pool(self, task: Task, pending: deque[ExtractJob], suspects: list[ExtractJob],
                  ctx: multiprocessing.context.BaseContext, readers: Readers | None = None) -> Iterator[Extracted]:
        size = min(self.workers - (readers.size if readers else 0), len(pending))
        pool = ProcessPoolExecutor(size, mp_context=ctx)
        in_flight: dict[Future[Extracted], ExtractJob] = {}
        # The first submit waits until the fork server has loaded spaCy: with readers to serve, in a thread.
        starting = _submit_in_thread(pool, task, pending.popleft()) if readers is not None else None
        finished = broken = False
        try:
            while pending or in_flight or starting or (readers and readers.reading):
                if starting is None:
                    broken = self._fill(pool, size, task, pending, in_flight, suspects, broken)
                if readers is not None:
                    readers.feed(pending)
                waiting = [*in_flight, *(readers.reading if readers else ()), *([starting] if starting else [])]
                if not waiting:
                    break
                done, _ = wait(waiting, return_when=FIRST_COMPLETED)
                for future in done:
                    if future is starting:
                        starting = None
                        broken = not _started(future, pending, in_flight)
                    elif readers is not None and future in readers.reading:
                        yield from readers.take(future, pending)
                    else:
                        yield from _collect(future, in_flight.pop(future), suspects)
            finished = True
        finally:
            if readers is not None:
                readers.stop()
            # Leaving early (strict mode, Ctrl-C): drop the queued tasks instead of finishing them.
            pool.shutdown(wait=finished, cancel_futures=not finished)

    def _fill(self, pool: ProcessPoolExecutor, size: int, task: Task, pending: deque[ExtractJob],
              in_flight: dict[Future[Extracted], ExtractJob], suspects: list[ExtractJob], broken: bool) -> bool:
        """Queue jobs until each of the pool's `size` workers has `tasks_per_worker`; returns whether it broke."""
        while pending and len(in_flight) < size * self.tasks_per_worker and not suspects and not broken:
            job = pending.popleft()
            try:
                in_flight[pool.submit(task, job)] = job
            except BrokenProcessPool:  # a worker died before its future told us
                broken = True
                # With nothing in flight to blame, the next job is run alone: progress is certain.
                (pending.appendleft if in_flight else suspects.append)(job)
        return broken


def _submit_in_thread(pool: ProcessPoolExecutor, task: Task, job: ExtractJob) -> Future[Any]:
    """Submit from a short-lived thread: a future of (job, its future or None if the pool broke at once)."""

    def submit() -> tuple[ExtractJob, Future[Extracted] | None]:
        try:
            return job, pool.submit(task, job)
        except BrokenProcessPool:
            return job, None

    starter = ThreadPoolExecutor(1, thread_name_prefix="afspraken-pool-start")
    try:
        return starter.submit(submit)
    finally:
        starter.shutdown(wait=False)


def _started(future: Future[Any], pending: deque[ExtractJob], in_flight: dict[Future[Extracted], ExtractJob]) -> bool:
    """The first job joins `in_flight`; False (and the job back in `pending`) if the pool broke at once."""
    job, submitted = future.result()
    if submitted is None:
        pending.appendleft(job)
        return False
    in_flight[submitted] = job
    return True


def _collect(future: Future[Extracted], job: ExtractJob, suspects: list[ExtractJob]) -> Iterator[Extracted]:
    """A worker's result; a job whose worker died joins the suspects instead."""
    try:
        yield future.result()
    except BrokenProcessPool:
        suspects.append(job)
    except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled back
        from .worker import describe_error

        yield _failed(job, f"worker error: {describe_error(exc)}")


class Readers:
    """Spawned processes that parse and segment documents (`ReadTask`) without loading spaCy or the model.

    Each document they read goes back to the queue's front with only its themes left to fill in
    (`ExtractJob.read`), for the finishing workers. Readers take theirs from the back, and wait while
    `MAX_BACKLOG_PER_FINISHER` read documents per finishing worker are waiting. A failure to read is final,
    as it would be in a worker. A reader that dies hands its document to the finishing workers, where a crash
    costs only that document, and is replaced (up to `MAX_READER_RESTARTS` times a batch).
    """

    def __init__(self, task: ExtractTask, size: int, finishers: int) -> None:
        from .worker import ReadTask

        self.task = ReadTask(task.extract_fn)  # type: ignore[arg-type]  # begin() checked it is TwoStage
        self.size = size
        self.max_backlog = finishers * MAX_BACKLOG_PER_FINISHER
        self.reading: dict[Future[Extracted], tuple[ExtractJob, ProcessPoolExecutor]] = {}
        self.refused: set[str] = set()  # paths that were in a reader when it died: the workers read those
        self.restarts = 0
        self.pool: ProcessPoolExecutor | None = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.size, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=gc.set_threshold, initargs=BATCH_GC_THRESHOLDS)

    @classmethod
    def begin(cls, task: Task, size: int, finishers: int) -> Readers | None:
        """Start `size` readers if there are any and the task can be split in two (`TwoStage`), else None."""
        from .worker import ExtractTask, TwoStage

        if size < 1 or not isinstance(task, ExtractTask) or not isinstance(task.extract_fn, TwoStage):
            return None
        return cls(task, size, finishers)

    def feed(self, pending: deque[ExtractJob]) -> None:
        """Give each idle reader a document that nobody has read yet, unless enough read ones are waiting."""
        if self.pool is None or len(self.reading) >= self.size:
            return
        backlog = 0
        for job in pending:  # the read ones are at the front
            if job.read is None:
                break
            backlog += 1
        while len(self.reading) < self.size and backlog + len(self.reading) < self.max_backlog and pending \
                and pending[-1].read is None and pending[-1].path not in self.refused:
            job = pending.pop()
            try:
                self.reading[self.pool.submit(self.task, job)] = job, self.pool
            except BrokenProcessPool:
                pending.append(job)
                self._replace(self.pool)
                return

    def take(self, future: Future[Extracted], pending: deque[ExtractJob]) -> Iterator[Extracted]:
        """A reader's result: its document is queued for the themes; a failure to read is yielded as final."""
        from .worker import ExtractJob

        job, pool = self.reading.pop(future)
        try:
            read = future.result()
        except Exception as exc:  # noqa: BLE001 - the reader died, or its result could not come back
            log.debug("%s: not read by a reader (%s); a worker reads it", job.path, exc)
            self.refused.add(job.path)
            pending.appendleft(job)
            if isinstance(exc, BrokenProcessPool):
                self._replace(pool)
            return
        if read.document is None:
            yield read  # it would fail in a worker just the same
        else:
            pending.appendleft(ExtractJob(job.path, job.overrides, read.document, read.seconds))

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """A new reader pool for a broken one (once per breakage: its other futures fail too), or none at last."""
        if broken is not self.pool:
            return
        broken.shutdown(wait=False)
        self.restarts += 1
        self.pool = self._start() if self.restarts <= MAX_READER_RESTARTS else None

    def stop(self) -> None:
        """Take no more documents; each reader ends once its current one is done."""
        if self.pool is not None:
            self.pool.shutdown(wait=False)
            self.pool = None


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
