"""What an ingest reports: one event per finished file and, at the end, every file's outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from .files import FileStat

Outcome = Literal["ingested", "skipped", "failed"]


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


@dataclass(slots=True)
class Batch:
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
