"""Checks on a file before and while any backend reads it, and the errors they raise, in one line each."""

from __future__ import annotations

import mmap
import os
import re
import stat
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from ..config import ParseSettings
from ..errors import EncryptedPdf, UnreadablePdf

MB = 1 << 20
T = TypeVar("T")
# Decoded size limits, checked before any backend decodes a stream (issue #23: a 1 MB file inflating to 1 GB
# took 2 GB in PDFium, which holds a page's decoded content twice). A content stream, form or object stream
# past MAX_DECODED_STREAM is refused outright (PDFium's page would need twice that); a content stream past
# settings.max_stream_bytes costs its page, which is skipped unread (`oversized_streams`).
MAX_DECODED_STREAM = 48 * MB
MAX_DECODED_BINARY = 256 * MB  # an image, font or attachment: the text backends do not decode these
MAX_DECODED_DOCUMENT = 512 * MB  # all streams together


def check_file(path: Path) -> None:
    """Fail fast, with a clear reason, on files that cannot be a PDF (only a regular file is ever opened: a
    FIFO or a device named *.pdf would block or never end)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise UnreadablePdf("file not found", path=str(path)) from None
    except IsADirectoryError:
        raise UnreadablePdf("is a folder, not a PDF", path=str(path)) from None
    except OSError as exc:
        raise UnreadablePdf(f"cannot be read ({exc.strerror})", path=str(path)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise UnreadablePdf("is a folder, not a PDF", path=str(path))
        if not stat.S_ISREG(st.st_mode):
            raise UnreadablePdf(f"not a regular file ({special_kind(st.st_mode)}): only files are read",
                                path=str(path))
        size = st.st_size
        head = os.read(fd, 1024)
    except OSError as exc:
        raise UnreadablePdf(f"cannot be read ({exc.strerror})", path=str(path)) from None
    finally:
        os.close(fd)
    if size == 0:
        raise UnreadablePdf("empty file (0 bytes)", path=str(path))
    if b"%PDF-" not in head:
        kind = sniff_kind(head)
        raise UnreadablePdf(f"not a PDF ({kind})", path=str(path))


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is, for the error message."""
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return "a special file"


def sniff_kind(head: bytes) -> str:
    """Name what a non-PDF file probably is, for the error message."""
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:200]:
        return "looks like an HTML page"
    if head.startswith(b"PK\x03\x04"):
        return "looks like a Word/Office or zip file"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "looks like an old Word/Office file"
    if head.startswith(b"{\\rtf"):
        return "looks like an RTF file"
    if head[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1", b"GIF8"):
        return "looks like an image"
    return "no %PDF header"


def check_page_count(n_pages: int, path: Path, settings: ParseSettings) -> None:
    """Refuse a PDF without pages, or with more than the page limit, before reading any page."""
    if n_pages == 0:
        raise UnreadablePdf("the PDF has no pages", path=str(path))
    if n_pages > settings.max_pages:
        raise UnreadablePdf(
            f"{n_pages} pages is more than the limit of {settings.max_pages} (raise it with --max-pages)",
            path=str(path),
        )


def _is_password_error(exc: BaseException, kind: type) -> bool:
    return isinstance(exc, kind) or any(isinstance(a, kind) for a in exc.args) or isinstance(exc.__context__, kind)


def declares_encryption(path: Path) -> bool:
    """Whether the file names an /Encrypt dictionary (in its trailer or cross-reference stream).

    PDFium's error code is the last one set in the process, not necessarily by this file: after an
    encrypted PDF, a damaged one read next in the same process (a worker's next document) also failed with
    "Incorrect password error", and was reported as encrypted.
    """
    try:
        with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            return mm.find(b"/Encrypt") >= 0
    except (OSError, ValueError):
        return False


def encrypted_error(path: Path, settings: ParseSettings) -> EncryptedPdf:
    """The message for a PDF that needs a password."""
    return EncryptedPdf(
        "encrypted PDF: give the password with --password" if not settings.password
        else "encrypted PDF: the password is wrong",
        path=str(path),
    )


def describe(exc: BaseException) -> str:
    """A short, single-line description of a library exception."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


# --- time budget --------------------------------------------------------------------------------------------

_budget = threading.local()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Give the document read in this thread `seconds` of wall time; `check_deadline` raises once it is spent."""
    before = getattr(_budget, "deadline", None)
    _budget.deadline = None if seconds is None else time.monotonic() + seconds
    _budget.seconds = seconds
    try:
        yield
    finally:
        _budget.deadline = before


def timed(seconds: float | None, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """fn(*args, **kwargs) within a time budget of `seconds` (see `time_budget`)."""
    with time_budget(seconds):
        return fn(*args, **kwargs)


def check_deadline(path: Path) -> None:
    """Raise UnreadablePdf when the document's time budget (`time_budget`) is spent; checked between pages.

    This is what a process can do for itself; a page stuck in one long C call is stopped from outside, by
    killing the process that reads it (`pipeline.batch.pool`).
    """
    deadline = getattr(_budget, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise UnreadablePdf(over_budget(_budget.seconds), path=str(path))


def over_budget(seconds: float) -> str:
    """The one-line reason for a document that ran out of its time budget, wherever that was noticed."""
    return f"took longer than {seconds:g} s, its time budget (raise it with --timeout)"


# --- decoded size -------------------------------------------------------------------------------------------

_STREAM = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_OBJ = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_BINARY = re.compile(rb"/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType)\b|/Length[123]\b|/Type\s*/EmbeddedFile")
_NOT_CONTENT = re.compile(rb"/Type\s*/(?:ObjStm|XRef|Metadata)\b")
_FLATE = {b"FlateDecode", b"Fl"}


class _TooLarge(Exception):
    pass


class _Inflater:
    """Inflate one stream through its chain of Flate filters, counting the bytes out and keeping none."""

    def __init__(self, levels: int, cap: int) -> None:
        self.levels = [zlib.decompressobj() for _ in range(levels)]
        self.size, self.cap = 0, cap

    def feed(self, data: bytes, level: int = 0) -> None:
        inflater = self.levels[level]
        while data and not inflater.eof:
            out = inflater.decompress(data, MB)
            data = inflater.unconsumed_tail
            if level + 1 < len(self.levels):
                if out:
                    self.feed(out, level + 1)
            else:
                self.size += len(out)
                if self.size > self.cap:
                    raise _TooLarge

    @property
    def done(self) -> bool:
        return self.levels[0].eof


def oversized_streams(path: Path, settings: ParseSettings) -> frozenset[int]:
    """Check the decoded size of every Flate stream before a backend decodes one, keeping none in memory.

    Returns the object numbers of content-like streams (not images, fonts or object streams) that decode to
    more than settings.max_stream_bytes: the pages drawing them are skipped unread.

    Raises:
        UnreadablePdf: "too large": a stream decodes past its limit (MAX_DECODED_STREAM, or MAX_DECODED_BINARY
            for images, fonts and attachments), or all of them together past MAX_DECODED_DOCUMENT.
    """
    suspects: set[int] = set()
    total = 0
    try:
        with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            for match in _STREAM.finditer(mm):
                found = _stream_size(mm, match)
                if found is None:
                    continue
                number, size, binary, content = found
                limit = MAX_DECODED_BINARY if binary else MAX_DECODED_STREAM
                total += size
                if size > limit:
                    raise UnreadablePdf(_too_large(f"a stream (object {number}) decodes to more than "
                                                   f"{limit // MB} MB"), path=str(path))
                if total > MAX_DECODED_DOCUMENT:
                    raise UnreadablePdf(_too_large(f"its streams decode to more than {MAX_DECODED_DOCUMENT // MB} MB"),
                                        path=str(path))
                if content and size > settings.max_stream_bytes:
                    suspects.add(number)
    except (OSError, ValueError):  # unreadable or empty: check_file and the backends say why
        return frozenset()
    return frozenset(suspects)


def _too_large(what: str) -> str:
    return f"too large: {what} (a decompression bomb?)"


def _stream_size(mm: mmap.mmap, match: re.Match[bytes]) -> tuple[int, int, bool, bool] | None:
    """(object number, decoded size capped just past the limit, binary?, content?) of a Flate stream."""
    start = match.start()
    head = mm[max(0, start - 4096):start + 2]
    obj = last_obj(head)
    if obj is None:
        return None
    number, dictionary = int(obj.group(1)), head[obj.end():]
    filters = _FILTER.search(dictionary)
    names = re.findall(rb"/([A-Za-z0-9]+)", filters.group(1)) if filters else []
    levels = 0
    while levels < len(names) and names[levels] in _FLATE:
        levels += 1
    if levels == 0:
        return None  # raw or another codec: its size in the file is what a backend reads
    binary = bool(_BINARY.search(dictionary))
    content = not binary and not _NOT_CONTENT.search(dictionary)
    cap = MAX_DECODED_BINARY if binary else MAX_DECODED_STREAM
    length = _LENGTH.search(dictionary)
    end = min(len(mm), match.end() + int(length.group(1)) + 2) if length else len(mm)
    inflater = _Inflater(levels, cap)
    pos = match.end()
    try:
        while pos < end and not inflater.done:
            inflater.feed(mm[pos:min(end, pos + MB)])
            pos += MB
    except _TooLarge:
        return number, inflater.size, binary, content
    except zlib.error:
        pass  # a damaged stream: the backend says so, or reads what it can
    return number, inflater.size, binary, content


_DIGITS_AND_SPACE = frozenset(b"0123456789 \t\n\r\f\v")  # what `_OBJ` reads before "obj": \d and \s of bytes


def last_obj(head: bytes) -> re.Match[bytes] | None:
    """The last match of `_OBJ` ("12 0 obj") in `head`, as the last of `_OBJ.finditer(head)`: found from the end,
    one "obj" at a time, each tried on the digits and spaces just before it, not by reading the 4 KB before a
    stream (a font's or an image's bytes, mostly) from its start. A match holds only digits and spaces before its
    "obj", so none reaches back over an earlier one and the last found from the end is finditer's last."""
    end = len(head)
    while (at := head.rfind(b"obj", 0, end)) >= 0:
        start = at
        while start and head[start - 1] in _DIGITS_AND_SPACE:
            start -= 1
        match = _OBJ.search(head, start, at + 4)  # one byte past "obj" for its \b
        if match is not None:
            return match
        end = at  # "endobj", "xobj", "obj" with no number before it: the "obj" before this one
    return None


def pages_to_skip(path: Path, settings: ParseSettings) -> frozenset[int]:
    """The pages (0-based) whose content decodes past settings.max_stream_bytes, found before any is decoded.

    Raises:
        UnreadablePdf: "too large" (see `oversized_streams`), also for an oversized stream that no page draws
            directly (a form, a font program): it cannot be skipped page by page.
    """
    suspects = oversized_streams(path, settings)
    if not suspects:
        return frozenset()
    skip: set[int] = set()
    drawn: set[int] = set()
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        with open(path, "rb") as fh:
            document = PDFDocument(PDFParser(fh), password=settings.password or "")
            for index, page in enumerate(PDFPage.create_pages(document)):
                check_deadline(path)
                contents = page.attrs.get("Contents")
                refs = contents if isinstance(contents, list) else [contents]
                ids = {getattr(ref, "objid", None) for ref in refs} | {getattr(s, "objid", None) for s in page.contents}
                if ids & suspects:
                    skip.add(index)
                    drawn |= ids & suspects
    except UnreadablePdf:
        raise
    except Exception:  # noqa: BLE001 - pdfminer cannot list the pages: nothing can be skipped page by page
        drawn = set()
    if suspects - drawn:
        number = min(suspects - drawn)
        raise UnreadablePdf(_too_large(f"a stream (object {number}) that is no page's own content decodes to "
                                       f"more than {settings.max_stream_bytes // MB} MB"), path=str(path))
    return frozenset(skip)
