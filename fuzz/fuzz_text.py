"""Fuzz the pipeline for a given time: hypothesis over the text stages, and mutated PDFs through extract.

    python fuzz/fuzz_text.py --minutes 10            # both side by side (text here, PDFs in a worker process)
    python fuzz/fuzz_text.py --minutes 2 --target text     # with the xlsx, CSV and Markdown outputs
    python fuzz/fuzz_text.py --minutes 2 --target outputs  # those alone (fuzz/fuzz_outputs.py)
    python fuzz/fuzz_text.py --minutes 2 --target pdf --backend pdfium

Text: the properties of tests/test_properties.py (normalise_text, join_lines, clean of synthetic pages,
segment of arbitrary layouts, extract_features, compare), fresh random examples in batches until time is up.

PDF: corpus PDFs (and the generated bad inputs) with their streams inflated, then mutated (byte flips, cuts,
deleted or repeated spans, changed digits, swapped PDF tokens) and read by pipeline.run.extract in a worker
process. Anything but a Document or an AfsprakenError is a crash; a file that takes longer than --timeout is a
hang; a worker that dies (a crash in native code, memory) is a crash too. Each finding is saved under
fuzz/findings/ with the traceback, and the run exits 1 when there was one.
"""

from __future__ import annotations

import argparse
import base64
import json
import multiprocessing as mp
import random
import re
import sys
import threading
import time
import traceback
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FINDINGS = ROOT / "fuzz" / "findings"


@dataclass
class Tally:
    """What a run did: examples per property or outcome, and the findings."""

    counts: Counter[str] = field(default_factory=Counter)
    findings: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, key: str, n: int = 1) -> None:
        with self.lock:
            self.counts[key] += n

    def found(self, kind: str, name: str, detail: str, data: bytes | None = None) -> None:
        FINDINGS.mkdir(parents=True, exist_ok=True)
        stem = f"{kind}-{name}-{int(time.time() * 1000)}"
        (FINDINGS / f"{stem}.txt").write_text(detail, encoding="utf-8")
        if data is not None:
            (FINDINGS / f"{stem}.pdf").write_bytes(data)
        with self.lock:
            self.findings.append(f"{kind} {name}: {detail.strip().splitlines()[-1][:200]} ({stem})")
        print(f"FINDING {kind} {name}: see fuzz/findings/{stem}.txt", file=sys.stderr, flush=True)


# --- text ---------------------------------------------------------------------------------------------------

def fuzz_text(deadline: float, tally: Tally, batch: int = 200, *, outputs: bool = True) -> None:
    """Run every property of tests/test_properties.py in turns, `batch` fresh examples at a time, and those of
    the spreadsheet and Markdown outputs (fuzz/fuzz_outputs.py) with `outputs`."""
    from hypothesis import HealthCheck, Phase, given, settings

    from fuzz.fuzz_outputs import OUTPUT_PROPERTIES
    from tests.test_properties import PROPERTIES

    properties = {**PROPERTIES, **OUTPUT_PROPERTIES} if outputs else PROPERTIES
    failed: set[str] = set()
    while time.monotonic() < deadline:
        for name, (strategy, check) in properties.items():
            if time.monotonic() >= deadline:
                break
            if name in failed:
                continue

            run = settings(max_examples=batch, deadline=None, database=None, derandomize=False,
                           suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink])
            test = run(given(strategy)(counting(check, name, tally)))
            try:
                test()
            except Exception as exc:  # noqa: BLE001 - a falsified property is a finding, the run goes on
                detail = "".join(traceback.format_exception(exc)) + "\n".join(getattr(exc, "__notes__", []))
                tally.found("text", name, detail)
                failed.add(name)


def fuzz_outputs(deadline: float, tally: Tally, batch: int = 50) -> None:
    """Only the output properties (fuzz/fuzz_outputs.py), in batches of `batch` examples."""
    import tests.test_properties as props

    saved = props.PROPERTIES
    props.PROPERTIES = {}
    try:
        fuzz_text(deadline, tally, batch)
    finally:
        props.PROPERTIES = saved


def counting(check, name: str, tally: Tally):  # type: ignore[no-untyped-def]
    """The property as a one-argument test that counts its examples."""
    def test(args: tuple) -> None:
        tally.add(f"text:{name}")
        check(*args)

    return test


# --- PDF bytes ----------------------------------------------------------------------------------------------

_STREAM = re.compile(
    rb"<<(?P<dict>(?:(?!>>\s*stream).)*?)>>\s*stream\r?\n(?P<data>.*?)(?:\r?\n)?endstream", re.S)
TOKENS = [b"0 R", b"R", b"obj", b"endobj", b"stream", b"endstream", b"[", b"]", b"<<", b">>", b"/Length",
          b"/Kids", b"/Parent", b"/Contents", b"/Resources", b"/Font", b"/Type /Page", b"/Count", b"/Filter",
          b"/FlateDecode", b"BT", b"ET", b"Tj", b"TJ", b"Tf", b"Td", b"Tm", b"q", b"Q", b"cm", b"Do", b"re",
          b"(", b")", b"\\", b"9999999999", b"-1", b"0", b"1.0e308", b"%%EOF", b"xref", b"trailer",
          b"startxref"]


def inflate(pdf: bytes) -> bytes:
    """The PDF with its Flate streams stored uncompressed (so mutations hit the content operators).

    The xref offsets go stale; pdfminer and PDFium then rebuild them by scanning, which is worth fuzzing too.
    """
    def plain(m: re.Match[bytes]) -> bytes:
        head, data = m.group("dict"), m.group("data")
        if b"/FlateDecode" not in head or b"/DecodeParms" in head:
            return m.group(0)
        try:
            if b"/ASCII85Decode" in head:  # reportlab's [/ASCII85Decode /FlateDecode]
                data = base64.a85decode(re.sub(rb"\s+", b"", data).removesuffix(b"~>"))
            data = zlib.decompress(data)
        except (ValueError, zlib.error):
            return m.group(0)
        head = re.sub(rb"/Filter\s*(\[\s*)?(/ASCII85Decode\s*)?/FlateDecode(\s*\])?", b"", head)
        head = re.sub(rb"/Length\s+\d+(\s+0\s+R)?", b"/Length %d" % len(data), head)
        return b"<<" + head + b">>\nstream\n" + data + b"\nendstream"

    return _STREAM.sub(plain, pdf)


def _flip(buf: bytearray, i: int, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 16)):
        buf[rng.randrange(len(buf))] = rng.randrange(256)


def _cut(buf: bytearray, i: int, rng: random.Random) -> None:
    del buf[i:]


def _delete(buf: bytearray, i: int, rng: random.Random) -> None:
    del buf[i:i + rng.randint(1, 2000)]


def _repeat(buf: bytearray, i: int, rng: random.Random) -> None:
    j = min(len(buf), i + rng.randint(1, 4000))
    buf[i:i] = buf[i:j] * rng.randint(1, 50)


def _digit(buf: bytearray, i: int, rng: random.Random) -> None:
    """Offsets, lengths, object numbers and counts are where a parser trusts the file most."""
    digits = [k for k in range(max(0, i - 500), min(len(buf), i + 500)) if 48 <= buf[k] <= 57]
    if digits:
        buf[rng.choice(digits)] = rng.randrange(48, 58)


def _insert_token(buf: bytearray, i: int, rng: random.Random) -> None:
    buf[i:i] = b" " + rng.choice(TOKENS) + b" "


def _swap_token(buf: bytearray, i: int, rng: random.Random) -> None:
    token = rng.choice(TOKENS)
    k = buf.find(token, i)
    if k >= 0:
        buf[k:k + len(token)] = rng.choice(TOKENS)


def _noise(buf: bytearray, i: int, rng: random.Random) -> None:
    buf[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))


EDITS = (_flip, _cut, _delete, _repeat, _digit, _insert_token, _swap_token, _noise)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to four random edits of the bytes."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not buf:
            break
        rng.choice(EDITS)(buf, rng.randrange(len(buf)), rng)
    return bytes(buf)


def seeds(extra: list[Path]) -> list[tuple[str, bytes]]:
    """Corpus PDFs, the real notice and some generated bad inputs: as stored and with streams inflated."""
    import tempfile

    from tests import badinputs as bad

    paths = sorted((ROOT / "corpus" / "pdf").glob("*.pdf")) + extra
    real = ROOT.parent / "shared" / "real" / "westervoort-2022-kennisgeving.pdf"
    paths += [real] if real.exists() else []
    out = []
    for p in paths:
        data = p.read_bytes()
        out += [(p.name, data), (p.name + "+inflated", inflate(data))]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        makers = (bad.good_pdf, bad.encrypted_pdf, bad.scanned_pdf, bad.deeply_nested_pdf, bad.odd_text_pdf,
                  bad.page_tree_cycle_pdf)
        made = [make(folder) for make in makers]
        out += [(f"bad:{p.name}", p.read_bytes()) for p in made]
    return out


def worker(conn, memory_limit: int) -> None:  # type: ignore[no-untyped-def]
    """Read each PDF sent over `conn` with run.extract; answer with the outcome."""
    import logging
    import resource
    import tempfile
    import warnings

    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    from pipeline.errors import AfsprakenError
    from pipeline.run import extract

    with tempfile.TemporaryDirectory(prefix="afspraken-fuzz-") as tmp:
        path = Path(tmp) / "input.pdf"
        while (job := conn.recv()) is not None:
            data, backend = job
            path.write_bytes(data)
            try:
                doc = extract(path, model=None, parse={"backend": backend})
                conn.send(("ok", f"{len(doc.afspraken)} afspraken"))
            except AfsprakenError as exc:
                conn.send(("error", type(exc).__name__))
            except BaseException as exc:  # noqa: BLE001 - exactly what the fuzzer looks for
                conn.send(("crash", "".join(traceback.format_exception(exc))))


class Worker:
    """A worker process that is replaced when it hangs or dies."""

    def __init__(self, memory_limit: int) -> None:
        self.memory_limit = memory_limit
        self.start()

    def start(self) -> None:
        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=worker, args=(child, self.memory_limit), daemon=True)
        self.proc.start()

    def run(self, data: bytes, backend: str, timeout: float) -> tuple[str, str]:
        self.conn.send((data, backend))
        if not self.conn.poll(timeout):
            self.proc.kill()
            self.proc.join()
            self.start()
            return "hang", f"no answer within {timeout:g} s"
        try:
            return self.conn.recv()
        except (EOFError, ConnectionError):
            self.proc.join()
            code = self.proc.exitcode
            self.start()
            return "died", f"worker died with exit code {code}"

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(timeout=10)
        if self.proc.is_alive():
            self.proc.kill()


def fuzz_pdf(deadline: float, tally: Tally, *, backends: list[str], timeout: float, seed: int,
             memory_limit: int, extra: list[Path]) -> None:
    """Mutate seed PDFs and read them until the deadline; record crashes, hangs and dead workers."""
    rng = random.Random(seed)
    pool = seeds(extra)
    runner = Worker(memory_limit)
    try:
        while time.monotonic() < deadline:
            name, data = rng.choice(pool)
            mutated = mutate(data, rng)
            backend = rng.choice(backends)
            outcome, detail = runner.run(mutated, backend, timeout)
            tally.add(f"pdf:{backend}")
            tally.add(f"pdf:error:{detail}" if outcome == "error" else f"pdf:{outcome}")
            if outcome in ("crash", "hang", "died"):
                tally.found(outcome, f"{backend}-{Path(name).stem}",
                            f"seed {name}, backend {backend}\n{detail}", mutated)
    finally:
        runner.stop()


def report_progress(deadline: float, tally: Tally, every: float = 60.0) -> None:
    """A line on stderr each minute: examples so far and findings."""
    while time.monotonic() + every < deadline:
        time.sleep(every)
        with tally.lock:
            text = sum(v for k, v in tally.counts.items() if k.startswith("text:"))
            pdf = tally.counts["pdf:pdfplumber"] + tally.counts["pdf:pdfium"]
            found = len(tally.findings)
        print(f"progress: {text} text examples, {pdf} PDFs, {found} findings", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="How long to fuzz (default 10).")
    parser.add_argument("--target", choices=["all", "text", "outputs", "pdf"], default="all",
                        help="outputs: xlsx, CSV and Markdown of hostile text only; text includes them.")
    parser.add_argument("--backend", choices=["both", "pdfplumber", "pdfium"], default="both")
    parser.add_argument("--timeout", type=float, default=60.0, help="Seconds a PDF may take (else: a hang).")
    parser.add_argument("--seed", type=int, default=None, help="Seed of the PDF mutations (default: random).")
    parser.add_argument("--memory", type=int, default=3072, help="Memory limit of the PDF worker in MB.")
    parser.add_argument("pdfs", nargs="*", type=Path, help="More seed PDFs.")
    args = parser.parse_args(argv)

    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    deadline = time.monotonic() + 60 * args.minutes
    tally = Tally()
    backends = ["pdfplumber", "pdfium"] if args.backend == "both" else [args.backend]
    started = time.monotonic()
    pdf_thread = None
    if args.target in ("all", "pdf"):
        pdf_thread = threading.Thread(target=fuzz_pdf, args=(deadline, tally), kwargs={
            "backends": backends, "timeout": args.timeout, "seed": seed,
            "memory_limit": args.memory << 20, "extra": args.pdfs}, daemon=True)
        pdf_thread.start()
    threading.Thread(target=report_progress, args=(deadline, tally), daemon=True).start()
    if args.target in ("all", "text"):
        fuzz_text(deadline, tally)
    elif args.target == "outputs":
        fuzz_outputs(deadline, tally)
    if pdf_thread is not None:
        pdf_thread.join()
    summary = {
        "minutes": round((time.monotonic() - started) / 60, 2), "pdf_seed": seed,
        "text_examples": {k[5:]: v for k, v in sorted(tally.counts.items()) if k.startswith("text:")},
        "pdf_inputs": {k[4:]: v for k, v in sorted(tally.counts.items()) if k.startswith("pdf:")},
        "findings": tally.findings,
    }
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    return 1 if tally.findings else 0


if __name__ == "__main__":
    sys.exit(main())
