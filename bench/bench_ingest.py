"""Throughput and memory of afspraken against a plain pdfplumber `extract_text` loop, in one run, same files.

Usage:
    python bench/bench_ingest.py                  # >= 1,000 pages built from corpus/pdf, workers 1 and 2
    python bench/bench_ingest.py --min-pages 300 --workers 1,2,4 --no-themes --json results.json
    python bench/bench_ingest.py --repeat 5 --bracketed   # each round between two baseline runs of one copy

What it does (see bench/README.md for the figures and how to read them):
1. Builds the benchmark corpus in bench/.cache/ (gitignored) from the bundled one: every corpus PDF copied
   until there are at least --min-pages pages, each copy with a comment appended after %%EOF so that its
   sha256 (its identity in the store) differs; and one PDF of --big-pages pages (pypdfium2 import_pages).
2. Baseline: a plain pdfplumber `page.extract_text()` loop over all those files.
3. Stages, one core, in this process: parse (pdfium backend), segment (clean + metadata + segment),
   classify (themes), compare (each corpus pair once per copy).
4. End-to-end ingest into a fresh store, once per --workers value, each in a fresh Python process (which the
   pages/s include from the first import of the pipeline on); then re-ingests of the unchanged corpus (as many
   as --repeat rounds; the median).
5. Peak memory (max RSS) of ingesting the big PDF alone, in its own process.
Nothing is timed as a test: this is a script, and the figures vary with the machine and its load.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
NO_AFSPRAKEN = "no afspraken found"  # a file whose afspraken the extraction misses (yet), not a failed read
CACHE = Path(__file__).resolve().parent / ".cache"


# --- the corpus ---------------------------------------------------------------------------------------------

def page_count(path: Path) -> int:
    """Pages of a PDF (PDFium)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def build_corpus(sources: list[Path], folder: Path, min_pages: int) -> list[Path]:
    """Copies of `sources` in `folder` until there are at least `min_pages` pages; every copy's bytes differ.

    A comment after %%EOF changes the file's hash and nothing a PDF reader sees.
    """
    pages = {src: page_count(src) for src in sources}
    copies = -(-min_pages // sum(pages.values()))  # ceiling division
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for k in range(copies):
        for src in sources:
            target = folder / f"{src.stem}--copy{k:03d}.pdf"
            if not target.exists():
                data = src.read_bytes() + f"\n% afspraken bench copy {k}\n".encode()
                tmp = target.with_suffix(".tmp")
                tmp.write_bytes(data)
                os.replace(tmp, target)
            files.append(target)
    return files


def build_big_pdf(sources: list[Path], target: Path, min_pages: int) -> Path:
    """One PDF of at least `min_pages` pages: the corpus PDFs one after the other, repeated."""
    if target.exists() and page_count(target) >= min_pages:
        return target
    import pypdfium2 as pdfium

    big = pdfium.PdfDocument.new()
    try:
        while len(big) < min_pages:
            for src in sources:
                doc = pdfium.PdfDocument(str(src))
                big.import_pages(doc)
                doc.close()
                if len(big) >= min_pages:
                    break
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        big.save(str(tmp))
    finally:
        big.close()
    os.replace(tmp, target)
    return target


# --- measuring ----------------------------------------------------------------------------------------------

def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass(slots=True)
class Timer:
    """Wall and CPU seconds summed over the blocks it timed."""

    wall: float = 0.0
    cpu: float = 0.0

    @contextmanager
    def __call__(self) -> Iterator[None]:
        wall, cpu = time.perf_counter(), cpu_seconds()
        try:
            yield
        finally:
            self.wall += time.perf_counter() - wall
            self.cpu += cpu_seconds() - cpu


@dataclass(slots=True)
class Figure:
    """One measured line: pages over wall seconds (and CPU seconds of this process)."""

    name: str
    pages: int
    wall: float
    cpu: float | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.wall if self.wall else float("inf")


def baseline(files: list[Path]) -> Figure:
    """The plain pdfplumber loop the issue compares against: extract_text on every page."""
    import pdfplumber

    timer, pages = Timer(), 0
    with timer():
        for path in files:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()
                    pages += 1
    return Figure("baseline: pdfplumber extract_text", pages, timer.wall, timer.cpu)


def stages(files: list[Path], themes: bool, copies: int) -> list[Figure]:
    """Parse, segment, classify and compare, one core, each timed on its own."""
    from pipeline.clean import clean
    from pipeline.config import ParseSettings
    from pipeline.meta import detect_meta
    from pipeline.run import file_sha256, read_pages
    from pipeline.segment import segment
    from pipeline.types import Document, DocumentMeta

    settings = ParseSettings(backend="pdfium")
    model = None
    if themes:
        from pipeline.themes import classify_document, resolve_model

        model = resolve_model("default")
        if files:  # warm-up, not timed: spaCy and the lookup tables load on the first document
            first, _ = read_pages(files[0], settings)
            layout = clean(first)
            meta = DocumentMeta(path=str(files[0]), sha256="0" * 64, pages=len(first),
                                **detect_meta(layout.blocks))
            classify_document(Document(meta=meta, afspraken=segment(layout, meta)), model)
    parse_t, segment_t, classify_t, cold_t = Timer(), Timer(), Timer(), Timer()
    pages = afspraken = cold_afspraken = 0
    docs: dict[str, Document] = {}
    for path in files:
        with parse_t():
            parsed, _ = read_pages(path, settings)
        with segment_t():
            layout = clean(parsed)
            meta = DocumentMeta(path=str(path), sha256=file_sha256(path), pages=len(parsed),
                                **detect_meta(layout.blocks))
            doc = Document(meta=meta, afspraken=segment(layout, meta), footnotes=layout.footnotes)
        if model is not None and doc.afspraken:
            first_copy = path.stem.endswith("--copy000")
            with classify_t(), (cold_t() if first_copy else contextlib.nullcontext()):
                doc = classify_document(doc, model)
            cold_afspraken += len(doc.afspraken) if first_copy else 0
        pages += len(parsed)
        afspraken += len(doc.afspraken)
        docs[path.name] = doc
    out = [Figure("parse (pdfium backend)", pages, parse_t.wall, parse_t.cpu),
           Figure("segment (clean + meta + segment)", pages, segment_t.wall, segment_t.cpu,
                  extra={"afspraken": afspraken})]
    if model is not None:
        out.append(Figure("classify (themes)", pages, classify_t.wall, classify_t.cpu,
                          note=f"{afspraken / classify_t.wall:.0f} afspraken/s; first copy (word caches "
                               f"cold) {cold_afspraken / max(cold_t.wall, 1e-9):.0f} afspraken/s",
                          extra={"afspraken": afspraken}))
    out.append(compare_stage(docs, copies))
    return out


def compare_stage(docs: dict, copies: int) -> Figure:
    """Each corpus pair (year over year, bod -> agreement) compared once per copy; pages of both sides."""
    from pipeline.changes import compare

    pairs = json.loads((CORPUS / "gold" / "index.json").read_text(encoding="utf-8"))["pairs"]
    timer, pages, n = Timer(), 0, 0
    for k in range(copies):
        for pair in pairs:
            old = docs.get(f"{pair['old']}--copy{k:03d}.pdf")
            new = docs.get(f"{pair['new']}--copy{k:03d}.pdf")
            if old is None or new is None:
                continue
            with timer():
                compare(old, new)
            pages += old.meta.pages + new.meta.pages
            n += 1
    return Figure("compare (pairs, pages of both sides)", pages, timer.wall, timer.cpu, note=f"{n} pairs")


def run_child(args: list[str], mode: str = "_ingest") -> dict:
    """Run one of this script's child modes (`_ingest`, `_baseline`) in a fresh interpreter; its JSON line back."""
    cmd = [sys.executable, str(Path(__file__).resolve()), mode, *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def peak_rss_mb() -> float:
    """The peak resident set of this process since its exec (VmHWM where Linux gives it) or of its largest
    reaped descendant (the ingest's workers, reaped by `workers_cpu`), whichever is larger.

    getrusage's own ru_maxrss is kept across fork and exec: a child started by this script reported the bench's
    peak (its in-process stage runs, ~510 MB in session 13) instead of the ingest's."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        with open("/proc/self/status") as status:
            own = next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        pass
    return max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def child_ingest(argv: list[str]) -> None:
    """`_ingest DB WORKERS THEMES PATH...`: one ingest, timed from before the pipeline is imported."""
    db, workers, themes, *paths = argv
    # Not pinned to a core, like the baseline: this machine's two cores differed by up to 35 % in speed for
    # minutes at a time, and a pinned run got whichever it was pinned to. Its CPU seconds (all threads)
    # against its wall seconds show that a one-worker ingest keeps to one core.
    start = time.perf_counter()
    from pipeline.batch.ingest import ingest
    from pipeline.batch.worker import Extractor

    imported = time.perf_counter()
    wall, cpu = time.perf_counter(), cpu_seconds()
    result = ingest(paths, db, extract_fn=Extractor(themes=themes == "1"), workers=int(workers))
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    print(json.dumps({
        "wall": wall, "cpu": cpu, "import_s": imported - start, "workers_cpu": workers_cpu(),

        "max_rss_mb": peak_rss_mb(),
        "summary": result.summary(), "failed": [f for f in result.failed if not f[1].startswith(NO_AFSPRAKEN)][:5],
        "no_afspraken": sum(f[1].startswith(NO_AFSPRAKEN) for f in result.failed),
    }))


def child_baseline(argv: list[str]) -> None:
    """`_baseline FOLDER | PDF...`: the baseline loop over those PDFs, in a fresh interpreter like an ingest."""
    files = sorted(Path(argv[0]).glob("*.pdf")) if Path(argv[0]).is_dir() else [Path(a) for a in argv]
    figure = baseline(files)
    print(json.dumps({"wall": figure.wall, "cpu": figure.cpu, "pages": figure.pages}))


def workers_cpu() -> float:
    """CPU seconds of the worker processes (after they ended).

    Workers are children of the forkserver, which reaps them; their time reaches this process when the
    forkserver itself is stopped and reaped (a private but long-standing multiprocessing call).
    """
    try:
        from multiprocessing import forkserver

        forkserver._forkserver._stop()  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - only the figure is lost
        pass
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def ingest_figures(folder: Path, pages: int, workers: list[int], themes: bool, work: Path,
                   repeat: int = 1, baselines: list[dict] | None = None,
                   chunks: list[list[Path]] | None = None) -> list[Figure]:
    """First ingests into fresh stores, in `repeat` rounds of one ingest per worker count, then re-ingests (median).

    Rounds interleave the worker counts (1, 2, 1, 2, ...) so that both see the same drift of the machine's
    speed; each figure is the median round (the best is in the note), and `paired` holds each round's
    one-worker time over its N-worker time. With `baselines` (a list to fill), each round starts with the
    baseline loop in its own process, so that every ingest has a baseline from the same minutes; with
    `chunks` as well (one copy of the corpus each), that loop runs over one copy before every round and once
    more after the last, so each round's ingests sit between two baseline runs seconds away.
    """
    runs: dict[int, list[dict]] = {n: [] for n in workers}
    for k in range(repeat):
        if baselines is not None:
            target = [str(f) for f in chunks[k % len(chunks)]] if chunks else [str(folder)]
            baselines.append(run_child(target, mode="_baseline"))
        for n in workers:
            db = work / f"w{n}.duckdb"
            db.unlink(missing_ok=True)
            runs[n].append(run_child([str(db), str(n), "1" if themes else "0", str(folder)]))
            check_summary(runs[n][-1], "ingested")
    out = []
    for n in workers:
        ordered = sorted(runs[n], key=lambda run: run["wall"])
        r = dict(ordered[(len(ordered) - 1) // 2])  # the median (the lower one of an even count)
        r["walls"] = [round(run["wall"], 2) for run in runs[n]]
        if n > 1 and 1 in runs:
            r["paired"] = [round(one["wall"] / run["wall"], 3) for one, run in zip(runs[1], runs[n], strict=True)]
        note = f"+{r['import_s']:.1f} s imports; max RSS {r['max_rss_mb']:.0f} MB"
        if repeat > 1:
            note += f"; median of {', '.join(map(str, r['walls']))} s (best {min(r['walls'])})"
        if n > 1:
            note += f"; CPU s: this process {r['cpu']:.1f}, workers {r['workers_cpu']:.1f}"
        out.append(Figure(f"ingest end-to-end, {n} worker{'s' if n > 1 else ''}", pages, r["wall"],
                          r["cpu"] + r["workers_cpu"], note=note,
                          extra={"workers": n, **r}))
    if baselines is not None and chunks:
        baselines.append(run_child([str(f) for f in chunks[repeat % len(chunks)]], mode="_baseline"))
    db = work / f"w{workers[-1]}.duckdb"
    again = [run_child([str(db), "1", "1" if themes else "0", str(folder)]) for _ in range(max(repeat, 1))]
    for r in again:
        check_summary(r, "skipped")
    r = dict(sorted(again, key=lambda run: run["wall"])[(len(again) - 1) // 2])  # the median, as above
    r["walls"] = [round(run["wall"], 3) for run in again]
    note = f"+{r['import_s']:.1f} s imports"
    if repeat > 1:
        note += f"; median of {', '.join(map(str, r['walls']))} s"
    out.append(Figure("re-ingest, unchanged corpus", pages, r["wall"], r["cpu"], note=note, extra=r))
    return out


def check_summary(r: dict, expected: str) -> None:
    """Every file `expected`; a file read whole in which no afspraken are found counts as read (its pages were
    parsed and segmented: the extraction is another issue's), failing again on a re-ingest."""
    counts = dict(r["summary"])
    counts["failed"] -= r.get("no_afspraken", 0)
    others = {k: v for k, v in counts.items() if k != expected and v}
    if others:
        raise SystemExit(f"expected every file {expected}, got {r['summary']}: {r['failed']}")


def memory_figure(big: Path, themes: bool, work: Path) -> Figure:
    """Peak RSS of a fresh process ingesting the big PDF alone (one worker, this process)."""
    db = work / "big.duckdb"
    db.unlink(missing_ok=True)
    pages = page_count(big)
    r = run_child([str(db), "1", "1" if themes else "0", str(big)])
    check_summary(r, "ingested")
    return Figure(f"ingest of one {pages}-page PDF", pages, r["wall"], r["cpu"],
                  note=f"peak memory (max RSS) {r['max_rss_mb']:.0f} MB", extra=r)


def _burn(n: int) -> float:
    x = 0
    for i in range(n):
        x += i * i
    return float(x)


def parallel_capacity(workers: int, n: int = 15_000_000) -> float:
    """How much faster `workers` processes run pure-Python work than one, on this machine right now.

    The ceiling for any N-worker speedup: other load (other users' processes count even when niced, with
    the kernel's per-session scheduling) shows here, and separates the machine from the code.
    """
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    for _ in range(workers):
        _burn(n)
    serial = time.perf_counter() - start
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_burn, [1000] * workers))  # start the processes before timing
        start = time.perf_counter()
        list(pool.map(_burn, [n] * workers))
        parallel = time.perf_counter() - start
    return serial / parallel


# --- report -------------------------------------------------------------------------------------------------

def render(figures: list[Figure], base: Figure) -> str:
    lines = [f"{'measure':42} {'pages':>6} {'wall s':>8} {'cpu s':>8} {'pages/s':>9} {'x base':>7}  note",
             "-" * 100]
    for f in figures:
        cpu = f"{f.cpu:8.2f}" if f.cpu is not None else " " * 8
        ratio = f.pages_per_second / base.pages_per_second
        lines.append(f"{f.name:42} {f.pages:6d} {f.wall:8.2f} {cpu} {f.pages_per_second:9.1f} {ratio:6.2f}x  "
                     f"{f.note}")
    return "\n".join(lines)


def acceptance(figures: dict[str, Figure], base: Figure, big: Figure,
               capacity: dict[int, tuple[float, float]]) -> list[str]:
    one = next((f for f in figures.values() if f.extra.get("workers") == 1), None)
    two = next((f for f in figures.values() if f.extra.get("workers") == 2), None)
    again = figures.get("re-ingest, unchanged corpus")
    out = []
    if one is not None:
        ratio = one.pages_per_second / base.pages_per_second
        best = base.wall / min(one.extra.get("walls") or [one.wall])
        out.append(f"end-to-end ingest, 1 worker / baseline: {ratio:.2f}x, median round (best round "
                   f"{best:.2f}x) (target >= 10x)")
        if two is not None:
            before, after = capacity.get(2, (float("nan"), float("nan")))
            paired = two.extra.get("paired") or [one.wall / two.wall]
            out.append(f"2 workers / 1 worker: {statistics.median(paired):.2f}x, median of the rounds "
                       f"({', '.join(f'{p:.2f}' for p in paired)}) (target >= 1.7x); this machine's ceiling "
                       f"(pure-Python work, 2 processes / 1) before the ingests {before:.2f}x, after {after:.2f}x")
        if again is not None:
            with_imports = (one.wall + one.extra["import_s"]) / (again.wall + again.extra["import_s"])
            out.append(f"first ingest / re-ingest: {one.wall / again.wall:.0f}x; with each process's imports "
                       f"{with_imports:.0f}x (target >= 100x)")
    out.append(f"peak memory ingesting {big.pages} pages: {big.extra['max_rss_mb']:.0f} MB (target < 500 MB)")
    return out


def paired_ratio(figures: dict[str, Figure], rounds: list[dict]) -> str:
    """Each round's one-worker ingest against the baseline run just before it (same pages, same minutes)."""
    one = next((f for f in figures.values() if f.extra.get("workers") == 1), None)
    if one is None:
        return "paired by round: no one-worker ingest to pair"
    speed = [b["pages"] / b["wall"] for b in rounds]  # baseline pages per second, run by run
    walls = ", ".join(f"{b['wall']:.1f}" for b in rounds)
    if len(rounds) == len(one.extra["walls"]) + 1:  # bracketed: the mean of the runs just before and after
        around = [(before + after) / 2 for before, after in zip(speed, speed[1:], strict=False)]
        ratios = [one.pages / w / s for w, s in zip(one.extra["walls"], around, strict=True)]
        return (f"bracketed by round, 1 worker / the baseline (one copy) just before and after it: "
                f"{statistics.median(ratios):.2f}x median ({', '.join(f'{r:.2f}' for r in ratios)}; baseline "
                f"pages/s {', '.join(f'{s:.1f}' for s in speed)}) (target >= 10x)")
    ratios = [one.pages / w / s for w, s in zip(one.extra["walls"], speed, strict=True)]
    return (f"paired by round, 1 worker / that round's baseline: {statistics.median(ratios):.2f}x median "
            f"({', '.join(f'{r:.2f}' for r in ratios)}; baselines {walls} s) (target >= 10x)")


def main(argv: list[str]) -> None:
    if argv[:1] == ["_ingest"]:
        child_ingest(argv[1:])
        return
    if argv[:1] == ["_baseline"]:
        child_baseline(argv[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-pages", type=int, default=1000, help="pages in the benchmark corpus")
    parser.add_argument("--big-pages", type=int, default=500, help="pages of the one big PDF")
    parser.add_argument("--workers", default="1,2", help="worker counts for the end-to-end ingest")
    parser.add_argument("--no-themes", action="store_true", help="skip theme classification everywhere")
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds of end-to-end ingests (one per worker count each); figures are the median")
    parser.add_argument("--paired", action="store_true",
                        help="run the baseline again at the start of every round, in its own process, and give "
                             "each round's one-worker ratio against its own baseline (the machine drifts)")
    parser.add_argument("--bracketed", action="store_true",
                        help="like --paired, but run the baseline over one copy of the corpus before every round "
                             "and after the last, and give each round's ratio against the runs either side")
    parser.add_argument("--json", type=Path, help="also write the figures here as JSON")
    parser.add_argument("--sources", default="corpus/pdf",
                        help="comma-separated folders whose PDFs make the benchmark corpus, e.g. "
                             "corpus/pdf,corpus/challenge/dev/pdf for layouts beyond the bundled corpus")
    args = parser.parse_args(argv)
    themes = not args.no_themes
    from pipeline.config import default_model_dir

    if themes and not (default_model_dir() / "themes.json").exists():
        print("note: no theme model in models/: themes are left empty (as with --no-themes)", file=sys.stderr)
        themes = False
    folders = [ROOT / f for f in args.sources.split(",") if f]
    sources = sorted(pdf for f in folders for pdf in f.glob("*.pdf"))
    tag = "" if args.sources == "corpus/pdf" else "-" + "+".join(f.parent.name if f.name == "pdf" else f.name
                                                                for f in folders)
    folder = CACHE / f"corpus-{args.min_pages}{tag}"
    files = build_corpus(sources, folder, args.min_pages)
    big = build_big_pdf(sources, CACHE / f"big-{args.big_pages}.pdf", args.big_pages)
    pages = sum(page_count(f) for f in files)
    copies = len(files) // len(sources)
    print(f"benchmark corpus: {len(files)} PDFs, {pages} pages ({copies} copies of corpus/pdf) in {folder}; "
          f"themes {'on' if themes else 'off'}; {os.cpu_count()} cores; load {os.getloadavg()[0]:.1f}",
          file=sys.stderr)
    figures: list[Figure] = []
    step: Callable[[str], None] = lambda what: print(f"... {what}", file=sys.stderr, flush=True)  # noqa: E731
    step("baseline")
    base = baseline(files)
    figures.append(base)
    step("stages")
    figures += stages(files, themes, copies)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        step("end-to-end ingest")
        counts = [int(w) for w in args.workers.split(",")]
        capacity = {n: parallel_capacity(n) for n in counts if n > 1}
        rounds: list[dict] | None = [] if args.paired or args.bracketed else None
        chunks = [files[k * len(sources):(k + 1) * len(sources)] for k in range(copies)] if args.bracketed else None
        figures += ingest_figures(folder, pages, counts, themes, Path(tmp), args.repeat, rounds, chunks)
        capacity = {n: (c, parallel_capacity(n)) for n, c in capacity.items()}  # before and after
        step("memory")
        big_figure = memory_figure(big, themes, Path(tmp))
    figures.append(big_figure)
    print(render(figures, base))
    print()
    for line in acceptance({f.name: f for f in figures}, base, big_figure, capacity):
        print(line)
    if rounds:
        print(paired_ratio({f.name: f for f in figures}, rounds))
    if args.json:
        args.json.write_text(json.dumps({"pages": pages, "files": len(files), "themes": themes,
                                         "parallel_capacity": capacity,
                                         "load": os.getloadavg(), "figures": [asdict(f) for f in figures]},
                                        indent=2, default=str))


if __name__ == "__main__":
    main(sys.argv[1:])
