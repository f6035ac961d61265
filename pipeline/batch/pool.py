"""Map extraction over many documents: local worker processes, or a Dask distributed cluster.

Both are `map_fn`s for `pipeline.batch.ingest.ingest`: `mapper(task, jobs)` yields one `Extracted` per job, in the
order the documents finish, so the caller can store each one as soon as it is ready. One document is one
task; parsing holds the GIL, so processes (not threads) are what scales. A failure stays with its document:
`ExtractTask` turns exceptions into data inside the worker, a worker that dies (a crash in a native library,
the out-of-memory killer) costs only the document it was reading, and a document that runs past its time
budget has its worker killed by this process, wherever it is stuck (a long C call in PDFium cannot be
interrupted from inside: issue #23). `call_in_child` does the same for one call (`afspraken extract`).
"""

from __future__ import annotations

import ctypes
import gc
import logging
import math
import multiprocessing
import os
import pickle
import select
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

from ..errors import UnreadablePdf
from ..parse.files import over_budget, timed
from .worker import Extracted, ExtractJob, describe_error

log = logging.getLogger(__name__)

# The collector's thresholds while documents are read: a young-generation pass once 20,000 more container
# objects have been made than freed, instead of 700 (gc.set_threshold); see `fewer_collections`.
BATCH_GC_THRESHOLDS = (20_000, 10, 10)
WORKER_DIED = "the worker process died while reading this file (a crash in the PDF library, or out of memory)"
WATCH_EVERY = 0.5  # seconds between a worker's checks that the process that started the batch is alive
STOP_WAIT = 1.0  # seconds a worker told to stop may take to exit before it is killed
# Jobs sent to a worker ahead: it starts the next as soon as it has sent a result, without waiting for this
# process to be scheduled (on a loaded machine, one job at a time made a one-worker ingest 25 % slower).
DEFAULT_TASKS_PER_WORKER = 2
Task = Callable[[ExtractJob], Extracted]
T = TypeVar("T")
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Have the kernel kill this process when its parent exits (Linux; elsewhere the watchdog alone)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the watchdog alone
            pass


def _worker_init(batch_pid: int) -> None:
    """In each worker: die with the batch. A worker's parent is the fork server, which exits when the batch's
    process does; PR_SET_PDEATHSIG has the kernel kill the worker then, and a watchdog thread also ends it
    once the batch's own process is gone (kill -9 of the parent left ~380 MB of workers behind: issue #23)."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the batch's to handle: it stops the workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a worker forked from the batch has its handler
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


_live_workers: set[Any] = set()  # the worker processes of every batch running in this process
_live_lock = threading.Lock()
_stops = 0  # how many times stop_workers ran: a batch that sees it change stops


def stop_workers() -> None:
    """Kill the worker processes of every batch of this process now (Ctrl-C or SIGTERM of a batch: waiting
    for a busy worker to finish its document took minutes)."""
    global _stops
    with _live_lock:
        _stops += 1  # no batch running now starts another worker
        processes = list(_live_workers)
    for process in processes:
        try:
            process.kill()
        except (OSError, ValueError, AttributeError):
            pass


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


def _budget_of(task: Task, given: float | None) -> float | None:
    """The time budget given to the map, else the one of the task's extract_fn (an Extractor's --timeout)."""
    if given is not None:
        return given
    return getattr(getattr(task, "extract_fn", None), "timeout", None)


def _context(workers: int = 2) -> multiprocessing.context.BaseContext:
    """forkserver where there is one: workers fork from a clean, single-threaded process with pipeline loaded.

    Plain fork would copy the caller's threads and open DuckDB handles into every worker, but for a single
    worker it is what costs nothing: a fork server's own start-up and imports (0.5 s of CPU, 0.9 s before
    the first document) would make a one-worker ingest 5-7 % slower than reading in this process did, and
    one worker shares its warm model with nobody. Its child only reads documents and leaves with os._exit,
    so the copied DuckDB handles and locks of other threads are never touched.
    """
    if workers == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # Loaded once in the server and shared by every worker it forks: the modules, spaCy's Dutch pipeline
        # and the theme model (pipeline.batch.warm), which each worker would otherwise load on its first
        # document. Not pipeline.batch.ingest: a worker needs neither DuckDB nor pandas; not pdfplumber, which a
        # worker imports at its first ruled table, at the same time as the others instead of before any starts.
        ctx.set_forkserver_preload(["pipeline.batch.worker", "pipeline.run", "pipeline.parse", "pipeline.clean",
                                    "pipeline.segment", "pipeline.themes", "pipeline.textvec",
                                    "pipeline.batch.pool", "pipeline.batch.warm"])
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
    """Extract on `workers` local processes, one document at a time each, each document within its budget.

    The workers are forked from the fork server with spaCy and the theme model loaded, and each extracts
    whole documents, one after the other. This process knows which document each worker is reading and since
    when, so a document past its time budget (`timeout`, else the extract_fn's) has its worker killed within
    a fraction of a second and is failed alone; a fresh worker takes the jobs that were queued behind it.
    With a budget even one worker or one document runs in a worker process (a page stuck in native code
    cannot be stopped in this one); without one, `workers <= 1` or a single job runs in this process.

    Args:
        workers: number of worker processes.
        timeout: seconds one document may take (None: the extract_fn's `timeout`, if it has one).
        tasks_per_worker: jobs sent to a worker ahead of time (the next waits in its pipe, not yet begun).
    """

    workers: int
    timeout: float | None = None
    tasks_per_worker: int = DEFAULT_TASKS_PER_WORKER

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError(f"workers must be at least 1, not {self.workers}")
        if self.tasks_per_worker < 1:
            raise ValueError("tasks_per_worker must be at least 1")

    def forks(self, task: Task, jobs: int) -> bool:
        """Whether `jobs` jobs of `task` would run in worker processes (ingest starts the fork server early)."""
        return jobs > 0 and (_budget_of(task, self.timeout) is not None or (self.workers > 1 and jobs > 1))

    def __call__(self, task: Task, jobs: Iterable[ExtractJob]) -> Iterator[Extracted]:
        pending = deque(jobs)
        seconds = _budget_of(task, self.timeout)
        if not self.forks(task, len(pending)):
            yield from map(task, pending)  # a process for one document would only add its start-up time
            return
        size = min(self.workers, len(pending))
        if _context(size).get_start_method() != "fork":  # a forked worker needs nothing pickled
            if size == 1 and not _picklable(task):
                log.debug("extract_fn cannot be pickled: read in this process, the budget checked between pages")
                yield from map(task, pending)
                return
            _check_picklable(task)
        yield from _Workers(task, size, seconds, self.tasks_per_worker).run(pending)


def _picklable(task: Task) -> bool:
    try:
        _check_picklable(task)
    except TypeError:
        return False
    return True


@dataclass(slots=True)
class _Worker:
    """One worker process, the pipe to it, and the jobs sent to it in order (the first is the one it reads),
    with that one's deadline."""

    process: Any
    conn: Connection
    jobs: deque[ExtractJob] = field(default_factory=deque)
    deadline: float = math.inf


class _Workers:
    """Up to `size` worker processes, each with up to `queued` jobs sent ahead; see ProcessMap."""

    def __init__(self, task: Task, size: int, seconds: float | None, queued: int) -> None:
        self.task, self.size, self.seconds, self.queued = task, size, seconds, queued
        self.ctx = _context(size)
        self.workers: list[_Worker] = []
        self.stops = _stops

    def run(self, pending: deque[ExtractJob]) -> Iterator[Extracted]:
        finished = False
        try:
            while self.stops == _stops:
                self._fill(pending)
                busy = [w for w in self.workers if w.jobs]
                if not busy:
                    finished = True
                    return
                until = min(w.deadline for w in busy) - time.monotonic()
                ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                                 None if math.isinf(until) else max(0.0, until)))
                for worker in busy:
                    result = self._outcome(worker, ready, pending)
                    if result is None:
                        continue
                    self._fill(pending)  # before this result is stored: no worker waits on the store
                    if self.stops != _stops:  # Ctrl-C killed the workers: their documents are not failures
                        return
                    yield result
        finally:
            for worker in list(self.workers):
                self._end(worker, kill=not finished)

    def _fill(self, pending: deque[ExtractJob]) -> None:
        """Start workers up to `size` and send each jobs up to `queued`."""
        while pending and len(self.workers) < self.size and self.stops == _stops:
            self._start()
        for depth in range(1, self.queued + 1):  # one job each first: two jobs go to two workers
            for worker in self.workers:
                if pending and len(worker.jobs) < depth:
                    self._give(worker, pending.popleft())

    def _start(self) -> _Worker:
        ours, theirs = self.ctx.Pipe()
        process = self.ctx.Process(target=_serve, args=(theirs, self.task, os.getpid()), daemon=True,
                                   name="afspraken-worker")
        with _live_lock:
            _live_workers.add(process)
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self.workers.append(worker)
        return worker

    def _give(self, worker: _Worker, job: ExtractJob) -> None:
        if not worker.jobs:
            worker.deadline = self._deadline()
        worker.jobs.append(job)
        try:
            worker.conn.send(job)
        except OSError:  # it died idle: its death is noticed (and the job failed) at the next wait
            pass

    def _deadline(self) -> float:
        return math.inf if self.seconds is None else time.monotonic() + self.seconds

    def _outcome(self, worker: _Worker, ready: set[Any], pending: deque[ExtractJob]) -> Extracted | None:
        """The worker's next result if it has one; its job failed if it died or ran out of time; else None.

        A job queued behind one whose worker is killed was never begun: it goes back to `pending`. The
        deadline of a queued job runs from when this process hears that the one before it is done.
        """
        job = worker.jobs[0]
        if worker.conn.poll():  # not `in ready`: a result may have come while the caller stored the last one
            try:
                result: Extracted = worker.conn.recv()
            except (EOFError, OSError, pickle.UnpicklingError):
                result = _failed(job, WORKER_DIED)
            else:
                worker.jobs.popleft()
                worker.deadline = self._deadline() if worker.jobs else math.inf
                return result
        elif worker.process.sentinel in ready:
            log.debug("%s: worker exited with %s", job.path, worker.process.exitcode)
            result = _failed(job, WORKER_DIED)
        elif time.monotonic() >= worker.deadline:
            assert self.seconds is not None
            result = _failed(job, over_budget(self.seconds))
        else:
            return None
        worker.jobs.popleft()
        pending.extendleft(reversed(worker.jobs))
        self._end(worker, kill=True)  # dead or out of time: a fresh worker takes the next jobs
        return result

    def _end(self, worker: _Worker, *, kill: bool) -> None:
        self.workers.remove(worker)
        process = worker.process
        if not kill:
            try:
                worker.conn.send(None)  # done: exit
            except OSError:
                pass
        worker.conn.close()
        process.join(0 if kill else STOP_WAIT)
        if process.is_alive():
            process.kill()
            process.join()
        with _live_lock:
            _live_workers.discard(process)
        process.close()


def _serve(conn: Connection, task: Task, batch_pid: int) -> None:
    """A worker's life: take a job, send back its Extracted, until told to stop or the batch is gone."""
    _worker_init(batch_pid)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        result = task(job)
        try:
            conn.send(result)
        except Exception:  # noqa: BLE001 - an exception that cannot be pickled: the message still can
            try:
                conn.send(replace(result, exception=None))
            except Exception as exc:  # noqa: BLE001 - e.g. a Document that cannot be pickled
                conn.send(_failed(job, f"worker error: {describe_error(exc)}"))


def call_in_child(seconds: float | None, path: str, fn: Callable[[], T]) -> T:
    """fn() in a forked child process that is killed once `seconds` have passed (and dies with this one).

    For `afspraken extract`: the time budget holds even for a page stuck in a C call, and fork makes the
    child cheap (it has everything this process has loaded). What fn returns or raises comes back pickled.
    Without fork, fn runs here with the budget checked between pages.

    Raises:
        UnreadablePdf: past the budget ("took longer than N s"), or the child died (a crash, out of memory);
            else what fn raised.
    """
    if not hasattr(os, "fork"):
        return timed(seconds, fn)
    deadline = math.inf if seconds is None else time.monotonic() + seconds
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; coverage cannot follow it
        os.close(read)
        _child(write, seconds, fn)
    os.close(write)
    chunks: list[bytes] = []
    done = False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise UnreadablePdf(over_budget(seconds or 0), path=path)
            if select.select([read], [], [], None if math.isinf(left) else left)[0]:
                chunk = os.read(read, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
        done = True
    finally:
        os.close(read)
        if not done:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    if not chunks:
        raise UnreadablePdf(WORKER_DIED.replace("worker process", "process reading it"), path=path)
    ok, value = pickle.loads(b"".join(chunks))
    if ok:
        return value  # type: ignore[no-any-return]
    raise value


def _child(write: int, seconds: float | None, fn: Callable[[], Any]) -> None:
    """The forked child of `call_in_child`: run fn within the budget, write back its outcome, and exit."""
    try:
        _die_with_parent()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it kills this process
        try:
            payload = pickle.dumps((True, timed(seconds, fn)), pickle.HIGHEST_PROTOCOL)
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent, which raises it
            try:
                payload = pickle.dumps((False, exc), pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001 - an exception that cannot be pickled
                payload = pickle.dumps((False, RuntimeError(describe_error(exc))), pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write, "wb") as out:
            out.write(payload)
    finally:
        os._exit(0)  # never back into the parent's code (its atexit handlers, its buffered output)


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
        workers: local worker processes; None for all cores (see ProcessMap for when one runs in this process).
        scheduler: address of a Dask scheduler; takes precedence over `workers`.
    """
    if scheduler:
        return DaskMap(scheduler)
    return ProcessMap(default_workers() if workers is None else workers, timeout=timeout)
