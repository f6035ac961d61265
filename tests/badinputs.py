"""Bad inputs an analyst's inbox holds, made on the fly: each a function writing one file into a folder."""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

AFSPRAAK = "1. Woonstichting De Eik bouwt in 2024 ten minste 120 sociale huurwoningen in de wijk Noord."


def _pdf(path: Path, pages: list[list[str]], **kwargs) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, **kwargs)
    for lines in pages:
        y = 780
        for line in lines:
            c.drawString(70, y, line)
            y -= 14
        c.showPage()
    c.save()
    return path


def good_pdf(folder: Path, name: str = "good.pdf", text: str = AFSPRAAK) -> Path:
    """A small valid agreement with one afspraak."""
    return _pdf(folder / name, [["Prestatieafspraken 2024", "Afspraken", text]])


def html_as_pdf(folder: Path) -> Path:
    p = folder / "download.pdf"
    p.write_text("<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>")
    return p


def word_as_pdf(folder: Path) -> Path:
    p = folder / "afspraken.docx.pdf"
    p.write_bytes(b"PK\x03\x04" + b"\x00" * 200 + b"word/document.xml")
    return p


def empty_file(folder: Path) -> Path:
    p = folder / "empty.pdf"
    p.write_bytes(b"")
    return p


def truncated_pdf(folder: Path) -> Path:
    data = good_pdf(folder, "whole.pdf").read_bytes()
    (folder / "whole.pdf").unlink()
    p = folder / "truncated.pdf"
    p.write_bytes(data[: len(data) // 3])
    return p


def corrupt_pdf(folder: Path) -> Path:
    data = bytearray(good_pdf(folder, "whole2.pdf").read_bytes())
    (folder / "whole2.pdf").unlink()
    for i in range(200, len(data) - 50, 7):
        data[i] = (data[i] * 31 + 17) % 256
    p = folder / "corrupt.pdf"
    p.write_bytes(bytes(data))
    return p


def encrypted_pdf(folder: Path) -> Path:
    return _pdf(folder / "encrypted.pdf", [["Prestatieafspraken 2024", AFSPRAAK]],
                encrypt=pdfencrypt.StandardEncryption("geheim", canPrint=1))


def scanned_pdf(folder: Path) -> Path:
    """Pages with only an image and no text layer, as a scanner makes them."""
    p = folder / "scan.pdf"
    c = canvas.Canvas(str(p), pagesize=A4, invariant=1)
    from reportlab.lib.utils import ImageReader

    # a tiny grey bitmap as a stand-in for a scanned page
    import struct

    width = height = 8
    raw = b"".join(b"\x00" + bytes([128] * width) for _ in range(height))
    png = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
           + _chunk(b"IDAT", zlib.compress(raw)) + _chunk(b"IEND", b""))
    for _ in range(2):
        c.drawImage(ImageReader(io.BytesIO(png)), 50, 50, 495, 740)
        c.showPage()
    c.save()
    return p


def _chunk(kind: bytes, data: bytes) -> bytes:
    import struct

    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def no_afspraken_pdf(folder: Path) -> Path:
    return _pdf(folder / "nieuwsbrief.pdf", [[
        "Nieuwsbrief voorjaar", "In deze nieuwsbrief leest u over de opening van het nieuwe wijkcentrum.",
        "Het wijkcentrum is op werkdagen geopend van negen tot vijf uur.",
    ]])


def many_pages_pdf(folder: Path) -> Path:
    return _pdf(folder / "dik.pdf", [["Prestatieafspraken", AFSPRAAK]] * 12)


def deeply_nested_pdf(folder: Path) -> Path:
    """A page whose content nests save-state operators far too deep (a pathological structure)."""
    depth = 60000
    stream = b"q " * depth + b"BT /F1 12 Tf 70 700 Td (1. Tekst) Tj ET " + b"Q " * depth
    return _raw_pdf(folder / "nested.pdf", stream)


def huge_stream_pdf(folder: Path) -> Path:
    """One page whose content stream holds hundreds of thousands of tiny drawing operators."""
    ops = b"".join(b"%d %d 1 1 re f\n" % (i % 500, (i // 500) % 800) for i in range(300_000))
    return _raw_pdf(folder / "huge.pdf", ops)


def _raw_pdf(path: Path, content: bytes) -> Path:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def image_file_as_pdf(folder: Path) -> Path:
    p = folder / "foto.pdf"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    return p


def folder_named_pdf(folder: Path) -> Path:
    p = folder / "map.pdf"
    p.mkdir()
    return p


def missing_file(folder: Path) -> Path:
    return folder / "bestaat-niet.pdf"


def rtf_as_pdf(folder: Path) -> Path:
    p = folder / "brief.pdf"
    p.write_text("{\\rtf1\\ansi Prestatieafspraken}")
    return p


BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], int, str]] = {
    # name: (maker, exit code, what the message must say)
    "html": (html_as_pdf, 3, "not a PDF (looks like an HTML page)"),
    "word": (word_as_pdf, 3, "not a PDF (looks like a Word/Office or zip file)"),
    "rtf": (rtf_as_pdf, 3, "not a PDF (looks like an RTF file)"),
    "image": (image_file_as_pdf, 3, "not a PDF (looks like an image)"),
    "empty": (empty_file, 3, "empty file (0 bytes)"),
    "truncated": (truncated_pdf, 3, "PDF"),
    "corrupt": (corrupt_pdf, 3, "PDF"),
    "encrypted": (encrypted_pdf, 4, "encrypted PDF: give the password with --password"),
    "scanned": (scanned_pdf, 5, "no text layer on any page"),
    "no-afspraken": (no_afspraken_pdf, 6, "no afspraken found"),
    "nested": (deeply_nested_pdf, 3, ""),
    "missing": (missing_file, 3, "file not found"),
    "folder": (folder_named_pdf, 3, "is a folder, not a PDF"),
}
