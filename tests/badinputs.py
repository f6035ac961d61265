"""Bad inputs an analyst's inbox holds, made on the fly: each a function writing one file into a folder.

What the CLI must answer for each is in tests/test_robustness.py (BAD and READABLE).
"""

from __future__ import annotations

import io
import zlib
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
    # a tiny grey bitmap as a stand-in for a scanned page
    import struct

    from reportlab.lib.utils import ImageReader

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
    """A page whose content nests save-state operators 60,000 deep: readable, for a careful parser."""
    depth = 60000
    stream = b"q " * depth + b"BT /F1 10 Tf 70 700 Td (" + AFSPRAAK.encode() + b") Tj ET " + b"Q " * depth
    return _raw_pdf(folder / "nested.pdf", stream)


def deep_objects_pdf(folder: Path) -> Path:
    """A page dictionary holding an array nested 100,000 deep (recursive readers overflow their stack)."""
    deep = b"[" * 100_000 + b"]" * 100_000
    return _raw_pdf(folder / "deep-objects.pdf", _text_stream([AFSPRAAK]), page_extra=b"/Junk " + deep)


def huge_stream_pdf(folder: Path, *, turned: bool = False) -> Path:
    """One page whose content stream holds hundreds of thousands of tiny drawing operators (turned with
    /Rotate 90 if asked)."""
    ops = b"".join(b"%d %d 1 1 re f\n" % (i % 500, (i // 500) % 800) for i in range(300_000))
    return _raw_pdf(folder / "huge.pdf", ops, page_extra=b"/Rotate 90 " if turned else b"")


def _raw_pdf(path: Path, content: bytes, *, page_extra: bytes = b"", font: bytes | None = None) -> Path:
    """One page drawing `content` with the font /F1 (Helvetica unless `font` is given)."""
    return _write_objects(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> " + page_extra + b">>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        font or b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def _write_objects(path: Path, objects: list[bytes]) -> Path:
    """A PDF of the given objects (1 is the catalog), with a correct cross-reference table."""
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


def _text_stream(lines: list[str | bytes], x: int = 70, top: int = 780, size: int = 10) -> bytes:
    """Content drawing each line (text or already-encoded bytes) below the previous one."""
    ops = [b"BT /F1 %d Tf %d TL %d %d Td" % (size, size + 5, x, top)]
    for line in lines:
        raw = line.encode("latin-1") if isinstance(line, str) else line
        escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"(" + escaped + b") Tj T*")
    return b"\n".join([*ops, b"ET"])


def zero_pages_pdf(folder: Path) -> Path:
    """A well-formed PDF whose page tree is empty."""
    return _write_objects(folder / "leeg.pdf", [b"<< /Type /Catalog /Pages 2 0 R >>",
                                                b"<< /Type /Pages /Kids [] /Count 0 >>"])


def self_reference_pdf(folder: Path) -> Path:
    """A page whose /Contents is an object that is nothing but a reference to itself (issue #7: it hung)."""
    return _write_objects(folder / "lus.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"4 0 R",
    ])


def page_tree_cycle_pdf(folder: Path) -> Path:
    """A page tree that lists itself among its kids (PDFium refuses the page; it escaped as PdfiumError)."""
    content = _text_stream(["Prestatieafspraken 2024", "Afspraken", AFSPRAAK])
    return _write_objects(folder / "boom.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


# Codes of the odd-text font and what its ToUnicode map makes of them; 0x95 has no entry, so pdfminer gives
# "(cid:149)" for it, as it does for the bullets of many Word exports.
ODD_CODES = {0x80: "\ufb01", 0x81: "\ufb02", 0x82: "\u00ad", 0x83: "\u00a0", 0x84: "\uf0b7"}
ODD_LINES = [
    b"Prestatieafspraken 2024",
    b"Afspraken",
    b"1. Woonstichting De Eik bouwt in 2024 ten minste 120\x83sociale huur\x82",
    b"woningen in de wijk Noord.",
    b"2. De gemeente \x81ankeert de \x80nanciering van de woning\x82zoekendenregeling tot 2026.",
    b"\x84 De corporatie isoleert jaarlijks ten minste 50 woningen tot energielabel B.",
    b"\x95 Partijen evalueren de afspraken elk jaar in het eerste kwartaal.",
]
ODD_AFSPRAKEN = [
    "Woonstichting De Eik bouwt in 2024 ten minste 120 sociale huurwoningen in de wijk Noord.",
    "De gemeente flankeert de financiering van de woningzoekendenregeling tot 2026.",
    "De corporatie isoleert jaarlijks ten minste 50 woningen tot energielabel B.",
    "Partijen evalueren de afspraken elk jaar in het eerste kwartaal.",
]


def odd_text_pdf(folder: Path) -> Path:
    """Ligature glyphs, a non-breaking space, soft hyphens (one at a line end), a private-use bullet (U+F0B7)
    and an unmapped bullet glyph that reads as (cid:149): written raw, with a ToUnicode map, because no font
    on a test machine is sure to have these glyphs."""
    mapping = "".join(f"<{code:02X}> <{ord(ch):04X}>\n" for code, ch in ODD_CODES.items())
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Odd def "
            "1 begincodespacerange <00> <FF> endcodespacerange\n"
            "1 beginbfrange <20> <7E> <0020> endbfrange\n"
            f"{len(ODD_CODES)} beginbfchar\n{mapping}endbfchar\n"
            "endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 255 /Widths ["
            + b" ".join([b"500"] * 224) + b"] /ToUnicode 6 0 R >>")
    content = _text_stream(ODD_LINES)
    return _write_objects(folder / "vreemde-tekens.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        font,
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ])


def many_pages_over_limit(folder: Path) -> Path:
    """Twelve pages, read with --max-pages 5."""
    return many_pages_pdf(folder)


def symlink_loop(folder: Path) -> Path:
    """A .pdf that is a symbolic link to itself."""
    p = folder / "lus-link.pdf"
    p.symlink_to(p)
    return p


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
