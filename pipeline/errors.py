"""The few exceptions the library raises; the CLI turns them into one stderr line and an exit code."""

from __future__ import annotations

import unicodedata


class AfsprakenError(Exception):
    """Base class: something about an input or a setting that the user can act on."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        message = super().__str__()
        return printable(f"{self.path}: {message}" if self.path else message)


def printable(text: str) -> str:
    """Text for one terminal line: control and bidi-format characters (a newline in a file name could forge
    a line of output) shown as escapes instead (issue #23)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " or unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp")
                   else ch.encode("unicode_escape").decode("ascii") for ch in text)


class UnreadablePdf(AfsprakenError):
    """The file is not a PDF we can open: not a PDF at all, empty, truncated, corrupt or too large."""

    exit_code = 3


class EncryptedPdf(UnreadablePdf):
    """The PDF needs a password (or the one given is wrong)."""

    exit_code = 4


class NoTextLayer(AfsprakenError):
    """The PDF has pages without text (a scan); OCR is needed."""

    exit_code = 5


class NoAfspraken(AfsprakenError):
    """The PDF was read but no afspraken were found in it."""

    exit_code = 6


class ModelNotFound(AfsprakenError):
    """The theme model is missing or cannot be loaded safely."""

    exit_code = 7


class StoreError(AfsprakenError):
    """The DuckDB store cannot be opened or written (locked by another process, corrupt, wrong schema)."""

    exit_code = 8
