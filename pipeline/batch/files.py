"""Which files a batch reads: the PDFs under the given paths, their sidecar metadata, and those the store
already has by their stat (so that a re-ingest of unchanged files hashes nothing).
"""

from __future__ import annotations

import errno
import logging
import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISDIR, S_ISREG
from typing import Any

import yaml

from ..errors import UnreadablePdf
from ..parse.files import special_kind

log = logging.getLogger(__name__)

MEMO_RUNS = 20  # finished ingests whose file stats spare hashing an unchanged file again
RACY_MTIME_NS = 2_000_000_000  # a file modified this recently may change again within one mtime tick
SIDECAR_KEYS = {
    "type": "type", "year": "years", "years": "years", "gemeente": "gemeenten", "gemeenten": "gemeenten",
    "corporatie": "corporaties", "corporaties": "corporaties", "huurdersorganisatie": "huurdersorganisaties",
    "huurdersorganisaties": "huurdersorganisaties",
}


# --- inputs -------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Found:
    """The files a batch reads, and what the folder walk passed over: (path, outcome, reason) each."""

    files: list[Path]
    passed_over: list[tuple[str, str, str]]


def find_pdfs(paths: Iterable[str | Path]) -> Found:
    """The files to ingest: each file given, and every *.pdf under each folder given (sorted).

    In a folder, hidden files (`._x.pdf`, the metadata macOS writes beside a file) are left out, a symlink
    that points outside the folder is passed over as skipped (an inbox is not a way to read any file on the
    machine), and a subfolder that cannot be read is failed: none of them silently.
    """
    files: list[Path] = []
    passed: list[tuple[str, str, str]] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            files.append(path)
            continue
        before = len(passed)
        found = _walk(path, passed)
        # a folder without PDFs is reported, not passed over in silence
        files += found or ([] if len(passed) > before else [path])
    return Found(files, passed)


def _walk(folder: Path, passed: list[tuple[str, str, str]]) -> list[Path]:
    root = folder.resolve()
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        passed.append((str(exc.filename or folder), "failed", f"folder cannot be read ({exc.strerror})"))

    for here, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names + [d for d in dirs if d.lower().endswith(".pdf")]:
            path = Path(here) / name
            if Path(name).suffix.lower() != ".pdf":
                continue
            if name.startswith("."):
                log.info("%s: hidden file left out", path)
                continue
            if path.is_symlink() and path.exists() and not path.resolve().is_relative_to(root):
                passed.append((str(path), "skipped", f"not read: a link to {path.resolve()}, outside the folder"))
                continue
            # a folder or a broken link named *.pdf is kept, so that the batch reports it
            found.append(path)
    return sorted(found)


def iter_pdfs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The files `find_pdfs` finds."""
    yield from find_pdfs(paths).files


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
        if not S_ISREG(st.st_mode):  # hashing a FIFO or /dev/zero would never end (issue #23)
            raise UnreadablePdf(f"not a regular file ({special_kind(st.st_mode)}): only files are read")
        return cls(str(path.resolve()), st.st_size, st.st_mtime_ns)

    def settled(self) -> bool:
        """Old enough that a later change must show in mtime (a file written within one tick may not)."""
        return time.time_ns() - self.mtime_ns >= RACY_MTIME_NS


def all_in_memo(files: Sequence[Path], memo: Mapping[FileStat, str]) -> dict[Path, FileStat] | None:
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
    except (OSError, UnreadablePdf):
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


def file_stat(path: Path) -> FileStat:
    try:
        return FileStat.of(path)
    except IsADirectoryError:
        raise UnreadablePdf("is a folder, not a PDF" if path.suffix.lower() == ".pdf"
                            else "no PDF files in this folder") from None
