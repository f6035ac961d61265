"""Time a first ingest of the corpus against a re-run on the unchanged files (which must parse nothing).

Usage: python bench/bench_ingest.py [PDF folder or files...] [--themes]
Default input: corpus/pdf. The store is a fresh temporary file; themes are skipped unless --themes.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from pipeline.ingest import ingest
from pipeline.run import extract

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> None:
    themes = "--themes" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")] or [ROOT / "corpus" / "pdf"]
    calls = 0

    def counting_extract(path: Path, overrides: dict | None = None):
        nonlocal calls
        calls += 1
        return extract(path, model="default" if themes else None, overrides=overrides)

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        first = ingest(paths, db, extract_fn=counting_extract)
        first_s = time.perf_counter() - start
        first_calls, calls = calls, 0
        start = time.perf_counter()
        again = ingest(paths, db, extract_fn=counting_extract)
        again_s = time.perf_counter() - start
        size = db.stat().st_size
    print(f"first run: {first_s:7.2f} s  {first.summary()}  ({first_calls} files parsed)")
    print(f"re-run:    {again_s:7.2f} s  {again.summary()}  ({calls} files parsed)")
    print(f"re-run / first run: {again_s / first_s:.1%}; store {size / 1e6:.1f} MB")
    if calls != len(first.failed):  # only files that failed before are tried again
        sys.exit(f"re-run parsed {calls} files; expected only the {len(first.failed)} that failed")


if __name__ == "__main__":
    main(sys.argv[1:])
