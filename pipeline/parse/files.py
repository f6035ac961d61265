"""Checks on a file before and while any backend reads it, and the errors they raise, in one line each."""

from __future__ import annotations

from pathlib import Path

from ..config import ParseSettings
from ..errors import EncryptedPdf, UnreadablePdf


def check_file(path: Path) -> None:
    """Fail fast, with a clear reason, on files that cannot be a PDF."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    except FileNotFoundError:
        raise UnreadablePdf("file not found", path=str(path)) from None
    except IsADirectoryError:
        raise UnreadablePdf("is a folder, not a PDF", path=str(path)) from None
    except OSError as exc:
        raise UnreadablePdf(f"cannot be read ({exc.strerror})", path=str(path)) from None
    if size == 0:
        raise UnreadablePdf("empty file (0 bytes)", path=str(path))
    if b"%PDF-" not in head:
        kind = sniff_kind(head)
        raise UnreadablePdf(f"not a PDF ({kind})", path=str(path))


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
