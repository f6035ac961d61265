"""Hostile inputs for issue #23, made on the fly: special files in an inbox, decompression bombs, a PDF whose
pages all share one large content stream. Each function writes into a folder and returns the path."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from .badinputs import AFSPRAAK, _text_stream, _write_objects


def fifo(folder: Path, name: str = "wacht.pdf") -> Path:
    """A named pipe called *.pdf: opening it for reading blocks until someone writes."""
    path = folder / name
    os.mkfifo(path)
    return path


def link_to_dev_zero(folder: Path, name: str = "nul.pdf") -> Path:
    """A symlink named *.pdf to /dev/zero: endless bytes."""
    path = folder / name
    path.symlink_to("/dev/zero")
    return path


def _flate_pdf(path: Path, content: bytes, *, pages: int = 1, level: int = 9) -> Path:
    """A PDF of `pages` pages that all draw the one Flate-compressed content stream `content`."""
    data = zlib.compress(content, level)
    kids = b" ".join(b"%d 0 R" % (6 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Font << /F1 4 0 R >> >>",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources 5 0 R >>"
                for _ in range(pages)]
    return _write_objects(path, objects)


def inflating_bomb(folder: Path, megabytes: int = 1024) -> Path:
    """About 1 MB of file whose one content stream inflates to `megabytes` MB (spaces after one afspraak)."""
    head = _text_stream(["Prestatieafspraken 2024", "Afspraken", AFSPRAAK]) + b"\n"
    chunk = zlib.compressobj(9)
    parts = [chunk.compress(head)]
    block = b" " * (1 << 20)
    for _ in range(megabytes):
        parts.append(chunk.compress(block))
    parts.append(chunk.flush())
    data = b"".join(parts)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _write_objects(folder / "bom.pdf", objects)


def text_bomb(folder: Path, megabytes: int = 13) -> Path:
    """One page whose content stream shows `megabytes` MB of text (small when compressed)."""
    words = (AFSPRAAK[3:].encode() + b" ") * 600  # some 50 KB of text per text object: few objects
    show = b"(" + words + b") Tj 0 -12 Td\n"
    content = b"BT /F1 10 Tf 70 780 Td\n" + show * (megabytes * (1 << 20) // len(show)) + b"ET"
    return _flate_pdf(folder / "tekstbom.pdf", content)


def shared_stream_pdf(folder: Path, pages: int = 1990, objects: int = 90_000) -> Path:
    """Many pages that all draw one content stream of `objects` tiny rectangles (a small file, hours of work)."""
    ops = b"".join(b"%d %d 1 1 re f\n" % (i % 500, (i // 500) % 800) for i in range(objects))
    content = _text_stream(["Prestatieafspraken 2024", "Afspraken", AFSPRAAK]) + b"\n" + ops
    return _flate_pdf(folder / "gedeeld.pdf", content, pages=pages)


def slow_page_pdf(folder: Path, objects: int = 90_000) -> Path:
    """One page whose content stream draws `objects` tiny rectangles: under every size and object limit, it
    keeps PDFium and the rule finder busy for some 6 s and pdfminer for some 15 s, in one go (no page boundary
    to check a time budget at)."""
    path = shared_stream_pdf(folder, pages=1, objects=objects)
    return path.rename(folder / "traag.pdf")


class SlowExtract:
    """An extract_fn for worker processes: notes its pid (and its parent's, the fork server) in `marker_dir`,
    then reads the file, taking `sleep` seconds first for a file whose name holds "slow"."""

    def __init__(self, marker_dir: str, sleep: float = 120.0) -> None:
        self.marker_dir, self.sleep = marker_dir, sleep

    def __call__(self, path: Path, overrides: dict | None = None):
        import time

        from pipeline.run import extract

        Path(self.marker_dir, f"{os.getpid()}-{path.stem}.pid").write_text(f"{os.getpid()} {os.getppid()}")
        if "slow" in path.name:
            time.sleep(self.sleep)
        return extract(path, model=None, overrides=overrides)
