"""How long `afspraken changes` takes on the bundled corpus, now and at an earlier commit (issue #20: under 2x).

Each tree ingests corpus/pdf into a fresh store with its own code (not timed), then `afspraken changes` runs
in a fresh process, timed from start to exit (model loading included), `--repeat` times; the median counts.
An earlier commit is checked out into a temporary git worktree and run with the same interpreter.

    python bench/bench_changes.py --baseline 66d1cf2 --repeat 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = "from pipeline.cli import app; app()"


def _run(tree: Path, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run([sys.executable, "-c", CLI, *args], cwd=tree, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def time_changes(tree: Path, repeat: int) -> list[float]:
    """Seconds of each `changes` run on a store of the bundled corpus made by the code in `tree`."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        _run(tree, "ingest", str(tree / "corpus" / "pdf"), "--db", str(db))
        out = []
        for _ in range(repeat):
            started = time.perf_counter()
            _run(tree, "changes", "--db", str(db))
            out.append(time.perf_counter() - started)
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="an earlier commit to time beside the working tree")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    now = time_changes(ROOT, args.repeat)
    print(f"working tree: median {statistics.median(now):.2f} s ({', '.join(f'{t:.2f}' for t in now)})")
    if args.baseline:
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "baseline"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), args.baseline],
                           check=True)
            try:
                then = time_changes(tree, args.repeat)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
        print(f"{args.baseline}: median {statistics.median(then):.2f} s ({', '.join(f'{t:.2f}' for t in then)})")
        print(f"ratio: {statistics.median(now) / statistics.median(then):.2f}x")


if __name__ == "__main__":
    main()
