"""The fast parse backend: PDFium (pypdfium2) text objects -> the same layout model as pdfplumber gives.

PDFium hands over whole text runs with their font and box, which is an order of magnitude faster than
pdfminer's glyph-by-glyph interpretation. Each run is cut into word fragments at its spaces, and the
fragments go through the same superscript, word, column and line logic as pdfplumber's glyphs. Ruled tables
stay pdfplumber's job: pages that draw lines are handed to it for their table grids only.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from .config import ParseSettings
from .errors import UnreadablePdf
from .parse import (
    BOLD_HINTS,
    Char,
    Page,
    check_page_count,
    close_stream,
    describe,
    encrypted_error,
    layout_page,
    plumber_grids,
)

# The pdfplumber backend skips a page whose content stream passes settings.max_stream_bytes; PDFium does not
# expose the stream, so its count of page objects stands in: a text page has a few thousand at most.
MAX_PAGE_OBJECTS = 100_000


def iter_pdfium_pages(path: Path, settings: ParseSettings) -> Iterator[Page]:
    """Yield the pages of a PDF read with PDFium (see the module docstring)."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path), password=settings.password)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise encrypted_error(path, settings) from None
        raise UnreadablePdf(f"corrupt or truncated PDF ({describe(exc)})", path=str(path)) from None
    tables = _TableReader(path, settings)
    try:
        n_pages = len(doc)
        check_page_count(n_pages, path, settings)
        for index in range(n_pages):
            page = None
            try:
                page = doc[index]  # a PdfiumError when the page tree is broken
                if pdfium.raw.FPDFPage_CountObjects(page.raw) > MAX_PAGE_OBJECTS:
                    yield Page(index + 1, page.get_width(), page.get_height(), (), (), 1, skipped=True)
                    continue
                chars, ruled = page_runs(page)
                grids = tables.grids(index) if ruled else []
                yield layout_page(index + 1, page.get_width(), page.get_height(), chars, grids)
            except UnreadablePdf:
                raise
            except Exception as exc:
                raise UnreadablePdf(f"page {index + 1} cannot be read ({describe(exc)})", path=str(path)) from None
            finally:
                if page is not None:
                    page.close()
    finally:
        tables.close()
        doc.close()


class _TableReader:
    """pdfplumber, opened only when a page draws a ruled grid, for that page's table cells."""

    def __init__(self, path: Path, settings: ParseSettings) -> None:
        self.path, self.settings, self.plumber = path, settings, None

    def grids(self, index: int) -> list:  # type: ignore[type-arg]
        if self.plumber is None:
            import pdfplumber

            self.plumber = pdfplumber.open(self.path, password=self.settings.password or "")
        page = self.plumber.pages[index]
        try:
            return plumber_grids(page)
        finally:
            page.close()  # drop its parsed objects now: a long document would keep every ruled page

    def close(self) -> None:
        if self.plumber is not None:
            close_stream(self.plumber)  # its close() lists the pages again, and raises again if that failed


def page_runs(page) -> tuple[list[Char], bool]:  # type: ignore[no-untyped-def]
    """A page's text runs as word fragments (spaces as separators), and whether it draws a ruled grid."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    height = page.get_height()
    chars: list[Char] = []
    bold_cache: dict[int, bool] = {}
    rules: Counter[str | None] = Counter()
    try:
        for obj in page.get_objects(max_depth=3):
            if obj.type == raw.FPDF_PAGEOBJ_PATH:
                rules[rule_kind(obj)] += 1
                continue
            if obj.type != raw.FPDF_PAGEOBJ_TEXT:
                continue
            text = run_text(obj, textpage)
            if not text.strip():
                continue
            left, bottom, right, top = obj.get_bounds()
            size = round(float(obj.get_font_size()), 2)
            bold = _is_bold(obj, bold_cache)
            lines = re.split(r"\r\n|\r|\n", text)
            if len(lines) == 1:
                # glyph boxes are tight; like pdfplumber, use a box of one em around the baseline instead
                baseline = height - obj.get_matrix().f
                chars += run_to_fragments(text, left, right, baseline + 0.21 * size - size, baseline + 0.21 * size,
                                          size, bold)
                continue
            step = (top - bottom) / len(lines)
            for k, line in enumerate(lines):  # a run that spans several lines: share its box out
                if line.strip():
                    line_top = height - top + k * step
                    chars += run_to_fragments(line, left, left + _width(line, size), line_top, line_top + step,
                                              size, bold)
    finally:
        textpage.close()
    return chars, has_grid(rules)


def rule_kind(obj) -> str | None:  # type: ignore[no-untyped-def]
    """'v', 'h' or 'box' for a path that can be part of a ruled table, else None."""
    left, bottom, right, top = obj.get_bounds()
    width, height = right - left, top - bottom
    if width <= 2.5 and height >= 6:
        return "v"
    if height <= 2.5 and width >= 20:
        return "h"
    return "box" if width > 20 and height > 6 else None


def has_grid(kinds: Counter[str | None]) -> bool:
    """Whether a page's rules can make a ruled table: crossing rules, or several cell boxes."""
    return (kinds["v"] >= 2 and kinds["h"] >= 2) or kinds["box"] >= 4


def run_text(obj, textpage) -> str:  # type: ignore[no-untyped-def]
    """The unicode text of one text object."""
    import pypdfium2.raw as raw

    n_bytes = raw.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
    if n_bytes <= 2:
        return ""
    buffer = (ctypes.c_ushort * (n_bytes // 2))()
    raw.FPDFTextObj_GetText(obj.raw, textpage.raw, buffer, n_bytes)
    text = bytes(buffer)[: n_bytes - 2].decode("utf-16-le", errors="replace")
    return text.replace("\x02", "-")  # PDFium marks a hyphen that breaks a word at a line end as U+0002


def _is_bold(obj, cache: dict[int, bool]) -> bool:  # type: ignore[no-untyped-def]
    font = obj.get_font()
    key = ctypes.cast(font.raw, ctypes.c_void_p).value or 0
    if key not in cache:
        name = (font.get_base_name() or "").lower()
        cache[key] = any(hint in name for hint in BOLD_HINTS) or (font.get_weight() or 0) >= 600
    return cache[key]


def _width(text: str, size: float) -> float:
    """A rough width for a line of a multi-line run (half an em a character)."""
    return 0.5 * size * len(text)


def run_to_fragments(
    text: str, left: float, right: float, top: float, bottom: float, size: float, bold: bool
) -> list[Char]:
    """Cut a run into word fragments with positions shared out by character count; spaces become separators."""
    width = (right - left) / max(len(text), 1)
    out: list[Char] = []
    start = None
    for i, ch in enumerate(text + " "):
        if ch.isspace():
            if start is not None:
                out.append(Char(text[start:i], left + start * width, left + i * width, top, bottom, size, bold))
                start = None
            if i < len(text):
                x = left + i * width
                out.append(Char(" ", x, x + width, top, bottom, size, bold))
        elif start is None:
            start = i
    return out
