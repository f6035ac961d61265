"""Map extraction over many documents: a local process pool, or a Dask distributed cluster.

Both are `map_fn`s for `pipeline.batch.ingest.ingest`: `mapper(task, jobs)` yields one `Extracted` per job, in the
order the documents finish, so the caller can store each one as soon as it is ready. One document is one
task; parsing holds the GIL, so processes (not threads) are what scales. A failure stays with its document:
`ExtractTask` turns exceptions into data inside the worker, and a worker that dies (a crash in a native
library, the out-of-memory killer) costs only the document it was reading.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .worker import Extracted, ExtractJob, describe_error

log = logging.getLogger(__name__)

# The collector's thresholds while documents are read: a young-generation pass once 20,000 more container
# objects have been made than freed, instead of 700 (gc.set_threshold); see `fewer_collections`.
BATCH_GC_THRESHOLDS = (20_000, 10, 10)
DEFAULT_TASKS_PER_WORKER = 2  # queued per worker: enough to keep it busy, few enough to stop quickly
WORKER_DIED = "the worker process died while reading this file (a crash in the PDF library, or out of memory)"
HARD_GRACE = 10.0  # seconds past its time budget after which a worker stuck in native code is killed
WATCH_EVERY = 0.5  # seconds between a worker's checks that the process that started the batch is alive
Task = Callable[[ExtractJob], Extracted]
PR_SET_PDEATHSIG = 1


def _worker_init(batch_pid: int) -> None:
    """In each worker: die with the batch. A worker's parent is the fork server, which exits when the batch's
    process does; PR_SET_PDEATHSIG has the kernel kill the worker then, and a watchdog thread also ends it
    once the batch's own process is gone (kill -9 of the parent left ~380 MB of workers behind: issue #23)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the watchdog alone
            pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the batch's to handle: it stops the workers
    parent = os.getppid()
    threading.Thread(target=_watch, args=(batch_pid, parent), name="afspraken-watchdog", daemon=True).start()


def _watch(batch_pid: int, parent: int) -> None:
    while True:
        if os.getppid() != parent or not _alive(batch_pid):
            os._exit(1)
        time.sleep(WATCH_EVERY)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True, slots=True)
class Budgeted:
    """A task whose worker process ends itself when one document runs `seconds` + HARD_GRACE: the time budget
    is checked between pages (`pipeline.parse.files.check_deadline`), and this is for a page stuck in native
    code. The pool then reruns the documents in flight alone, and the one that runs out again is failed."""

    task: Task
    seconds: float

    def __call__(self, job: ExtractJob) -> Extracted:
        timer = threading.Timer(self.seconds + HARD_GRACE, os._exit, args=(TIMED_OUT_EXIT,))
        timer.daemon = True
        timer.start()
        try:
            return self.task(job)
        finally:
            timer.cancel()


TIMED_OUT_EXIT = 75
_live_pools: set[ProcessPoolExecutor] = set()
_live_lock = threading.Lock()
_stops = 0  # how many times stop_workers ran: a batch that sees it change stops


def stop_workers() -> None:
    """Kill the worker processes of every pool of this process now (Ctrl-C or SIGTERM of a batch: waiting for
    a busy worker to finish its document took minutes)."""
    global _stops
    with _live_lock:
        _stops += 1  # no batch running now starts another pool (a suspect rerun alone would wait on its own)
        pools = list(_live_pools)
    for pool in pools:
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            try:
                process.kill()
            except (OSError, ValueError, AttributeError):
                pass
        pool.shutdown(wait=False, cancel_futures=True)


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
        # and the theme model (pipeline.batch.warm), which each worker would otherwise load on its first
        # document. Not pipeline.batch.ingest: a worker needs neither DuckDB nor pandas; not pdfplumber, which a
        # worker imports at its first ruled table, at the same time as the others instead of before any starts.
        ctx.set_forkserver_preload(["pipeline.batch.worker", "pipeline.run", "pipeline.parse", "pipeline.clean",
                                    "pipeline.segment", "pipeline.themes", "pipeline.textvec",
                                    "pipeline.batch.warm"])
        return ctx
    return multiprocessing.get_context("spawn")


def prestart() -> None:
    """Start the fork server now, so that it loads spaCy and the model while this process does other work.

    Its warm-up takes 0.7-0.85 s of one core on the development machine; ingest calls this before hashing the
    files, which then happens meanwhile. Without a fork server
    (spawn), there is nothing to start ahead.
    """
    ctx = _context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


@dataclass(frozen=True, slots=True)
class ProcessMap:
    """Extract on `workers` local processes, one document per task; `workers <= 1` runs in this process.

    The workers are forked from the fork server with spaCy and the theme model loaded, and each extracts
    whole documents. (Until issue #18 most of them were spawned readers that parsed without spaCy while a
    quarter finished the themes; over 3,400 pages that scheduler no longer made two workers faster: see
    bench/README.md.)

    Args:
        workers: number of worker processes.
        tasks_per_worker: how many tasks are queued per worker at a time.
    """

    workers: int
    tasks_per_worker: int = DEFAULT_TASKS_PER_WORKER
    timeout: float | None = None

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
        # the budget given here, else the one of the extract_fn (an Extractor's --timeout)
        seconds = self.timeout if self.timeout is not None else getattr(getattr(task, "extract_fn", None),
                                                                        "timeout", None)
        if seconds is not None:
            task = Budgeted(task, seconds)
        ctx = _context()
        stops = _stops
        while pending and _stops == stops:
            suspects: list[ExtractJob] = []
            yield from self._run_pool(task, pending, suspects, ctx)
            # A dead worker breaks the whole pool and fails every task in flight. Run those again one at a
            # time, each in a fresh process, so that only the document that kills its worker fails.
            for job in suspects:
                if _stops != stops:
                    return
                yield _run_alone(task, job, ctx, seconds)

    def _run_pool(self, task: Task, pending: deque[ExtractJob], suspects: list[ExtractJob],
                  ctx: multiprocessing.context.BaseContext) -> Iterator[Extracted]:
        size = min(self.workers, len(pending))
        pool = ProcessPoolExecutor(size, mp_context=ctx, initializer=_worker_init, initargs=(os.getpid(),))
        in_flight: dict[Future[Extracted], ExtractJob] = {}
        finished = broken = False
        with _live_lock:
            _live_pools.add(pool)
        try:
            while pending or in_flight:
                broken = self._fill(pool, size, task, pending, in_flight, suspects, broken)
                if not in_flight:
                    break
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from _collect(future, in_flight.pop(future), suspects)
            finished = True
        finally:
            with _live_lock:
                _live_pools.discard(pool)
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


def _collect(future: Future[Extracted], job: ExtractJob, suspects: list[ExtractJob]) -> Iterator[Extracted]:
    """A worker's result; a job whose worker died joins the suspects instead."""
    try:
        yield future.result()
    except BrokenProcessPool:
        suspects.append(job)
    except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled back
        yield _failed(job, f"worker error: {describe_error(exc)}")


def _run_alone(task: Task, job: ExtractJob, ctx: multiprocessing.context.BaseContext,
               timeout: float | None = None) -> Extracted:
    start = time.monotonic()
    with ProcessPoolExecutor(1, mp_context=ctx, initializer=_worker_init, initargs=(os.getpid(),)) as pool:
        with _live_lock:
            _live_pools.add(pool)
        try:
            return pool.submit(task, job).result()
        except BrokenProcessPool:
            if timeout is not None and time.monotonic() - start >= timeout:
                reason = f"took longer than its time budget of {timeout:g} s (raise it with --timeout)"
            else:
                reason = WORKER_DIED
            log.warning("%s: %s", job.path, reason)
            return _failed(job, reason)
        finally:
            with _live_lock:
                _live_pools.discard(pool)


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
                    result = _failed(job, f"worker error: {describe_error(exc)}")
                future.release()  # free the result on the cluster as soon as it is here
                yield result


def _import_distributed() -> tuple[Any, Any]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ImportError("--scheduler needs Dask: pip install 'afspraken[dask]'") from None
    return Client, as_completed


def choose_map(workers: int | None = 1, scheduler: str | None = None, timeout: float | None = None) -> Callable[
        ..., Iterable[Extracted]]:
    """The map_fn for an ingest: Dask when a scheduler is given, else `workers` local processes.

    Args:
        workers: local worker processes; None for all cores; 1 runs in this process.
        scheduler: address of a Dask scheduler; takes precedence over `workers`.
    """
    if scheduler:
        return DaskMap(scheduler)
    return ProcessMap(default_workers() if workers is None else workers, timeout=timeout)
