"""PDF -> pages of lines with positions and fonts: two backends beside each other, one layout model.

- `files`: checks on the file itself (missing, a folder, not a PDF, too many pages, encrypted).
- `layout`: backend-neutral: glyphs or words -> lines in reading order, footnote markers, ruled tables.
- `rules`: ruled tables from drawn rules, with pdfplumber's table finder.
- `plumber`: the pdfplumber backend; `pdfium`: the fast pypdfium2 backend (the default).
- `ocr`: a text layer for scans (ocrmypdf), before either backend reads the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..config import ParseSettings
from ..types import Page
from .character_tables import character_tables
from .files import check_deadline, check_file, pages_to_skip
from .layout import Grid
from .pdfium import iter_pdfium_pages
from .plumber import iter_plumber_pages, plumber_grids
from .typed_underlines import underlined_headings

__all__ = ["Grid", "check_file", "iter_pages", "parse_pdf", "plumber_grids"]


def parse_pdf(path: str | Path, settings: ParseSettings | dict | None = None) -> tuple[Page, ...]:
    """Read a PDF into pages of lines (see the module docstring).

    Raises:
        UnreadablePdf: not a PDF, empty, corrupt, or more pages than settings.max_pages.
        EncryptedPdf: a password is needed or wrong.
    """
    settings = ParseSettings.resolve(settings)
    return tuple(iter_pages(path, settings))


def iter_pages(path: str | Path, settings: ParseSettings) -> Iterator[Page]:
    """Yield pages one at a time so a large document never sits in memory whole."""
    path = Path(path)
    check_file(path)
    skip = pages_to_skip(path, settings)  # decoded sizes, checked before a backend decodes anything
    pages = iter_pdfium_pages if settings.backend == "pdfium" else iter_plumber_pages
    for page in pages(path, settings, skip):
        check_deadline(path)  # the document's time budget (--timeout), between pages
        # a plain text's typed look: tables drawn with characters (`+---+`, `|`) read as ruled ones, headings
        # underlined with `=` or `-` as headings
        yield underlined_headings(character_tables(page))
