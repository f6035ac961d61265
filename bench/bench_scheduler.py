"""Does the reader/finisher scheduler still earn its keep? Two workers against one, with and without it.

Usage:
    python bench/bench_scheduler.py                     # >= 3,400 pages, 3 rounds
    python bench/bench_scheduler.py --rounds 5 --json out.json

Issue #18: the scheduler (`Readers` in pipeline.parallel, ~180 lines) was to be kept only if two workers
without it were more than 5 % slower than with it on a corpus large enough that spaCy's start-up does not
dominate. It was measured at 66d1cf2 (the last code with the scheduler) and deleted; this script still runs
there (both variants) and on the code after it (one worker and two, without). Each
round runs, in fresh processes on the same files (bench_ingest's corpus copies): one worker, then two workers
with the scheduler (A) and without it (B), A and B in turn first (A B, B A, ...) so that a drift of the
machine's speed hits both alike. Figures are medians over the rounds; the load average is printed per round.
Where the scheduler is gone (the code this script was written to decide about), only B and one worker run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import CACHE, CORPUS, ROOT, build_corpus, check_summary, page_count  # noqa: E402


def _imports() -> tuple:
    """ingest, Extractor, ProcessMap and prestart, wherever this version of the pipeline keeps them."""
    try:
        from pipeline.batch.ingest import ingest
        from pipeline.batch.pool import ProcessMap, prestart
        from pipeline.batch.worker import Extractor
    except ImportError:  # before issue #18
        from pipeline.ingest import Extractor, ingest
        from pipeline.parallel import ProcessMap, prestart
    return ingest, Extractor, ProcessMap, prestart


def child(argv: list[str]) -> None:
    """`_child DB VARIANT FOLDER`: one ingest; VARIANT is one, sched or plain."""
    db, variant, folder = argv
    start = time.perf_counter()
    ingest, Extractor, ProcessMap, prestart = _imports()

    if variant == "one":
        mapper = ProcessMap(1)
    elif variant == "sched":
        mapper = ProcessMap(2, readers=True)  # type: ignore[call-arg]  # gone once the scheduler is deleted
    else:
        mapper = ProcessMap(2, readers=False) if "readers" in ProcessMap.__dataclass_fields__ else ProcessMap(2)
    imported = time.perf_counter()
    if variant != "one":
        prestart()  # as ingest does for workers > 1 when it chooses the map itself
    result = ingest([folder], db, extract_fn=Extractor(), map_fn=mapper)
    print(json.dumps({"wall": time.perf_counter() - imported, "import_s": imported - start,
                      "summary": result.summary(), "failed": result.failed[:5]}))


def run(db: Path, variant: str, folder: Path) -> float:
    db.unlink(missing_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "_child", str(db), variant, str(folder)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-3000:]}")
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    check_summary(r, "ingested")
    return r["wall"]


def main(argv: list[str]) -> None:
    if argv[:1] == ["_child"]:
        child(argv[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-pages", type=int, default=3400, help="pages in the benchmark corpus")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    ProcessMap = _imports()[2]
    has_scheduler = "readers" in ProcessMap.__dataclass_fields__
    files = build_corpus(sorted((CORPUS / "pdf").glob("*.pdf")), CACHE / f"corpus-{args.min_pages}", args.min_pages)
    pages = sum(page_count(f) for f in files)
    print(f"{len(files)} PDFs, {pages} pages; {os.cpu_count()} cores; "
          f"scheduler {'present' if has_scheduler else 'gone'}", file=sys.stderr)
    walls: dict[str, list[float]] = {"one": [], "sched": [], "plain": []}
    loads: list[tuple[float, ...]] = []
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        for k in range(args.rounds):
            pair = ["sched", "plain"] if has_scheduler else ["plain"]
            order = ["one", *(pair if k % 2 == 0 else pair[::-1])]
            for variant in order:
                walls[variant].append(run(Path(tmp) / f"{variant}.duckdb", variant, files[0].parent))
            loads.append(os.getloadavg())
            print(f"round {k + 1}: " + ", ".join(f"{v} {walls[v][-1]:.2f} s" for v in order)
                  + f"; load {loads[-1][0]:.2f} {loads[-1][1]:.2f} {loads[-1][2]:.2f}", file=sys.stderr, flush=True)
    out: dict = {"pages": pages, "files": len(files), "walls": walls, "loads": loads}
    for v in ("sched", "plain"):
        if walls[v]:
            ratios = [one / w for one, w in zip(walls["one"], walls[v], strict=True)]
            out[f"ratio_{v}"] = ratios
            print(f"2 workers {v}: median {statistics.median(walls[v]):.2f} s; 1 worker median "
                  f"{statistics.median(walls['one']):.2f} s; ratio per round "
                  f"{', '.join(f'{r:.3f}' for r in ratios)}, median {statistics.median(ratios):.3f}x")
    if walls["sched"]:
        slower = [p / s - 1 for s, p in zip(walls["sched"], walls["plain"], strict=True)]
        out["plain_slower"] = slower
        print(f"without the scheduler, per round: {', '.join(f'{100 * x:+.1f} %' for x in slower)}; "
              f"median {100 * statistics.median(slower):+.1f} %")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
