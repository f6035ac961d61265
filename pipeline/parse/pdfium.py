"""The fast parse backend: PDFium (pypdfium2) -> the same layout model as pdfplumber gives.

PDFium builds a page's text itself (reading order, word breaks, line ends) in C++. This backend takes that
text in one call, cuts it into words at PDFium's spaces and line ends, and asks PDFium for a few facts per
word only (where it starts and ends, which text object it belongs to) and per text object (font, size,
angle), never per glyph: per-call overhead, not PDFium, is what costs time in Python. Glyph-level detail is
fetched only where it matters: digits inside a word, which may be a raised footnote marker. A page turned
with /Rotate or cropped away from (0, 0) is first turned upright in memory (`upright.make_upright`), so words
and rules share the page as shown; text still rotated then is left out, as in the pdfplumber backend, unless it
makes a region of its own (`turned`). Ruled tables: the page's path objects (cell borders drawn as lines or
rectangles, read in `drawing`) go to pdfplumber's table functions (`pipeline/parse/rules.py`), so pdfminer never
parses the page.
"""

from __future__ import annotations

import ctypes
import logging
import math
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..config import ParseSettings
from ..errors import UnreadablePdf
from ..types import Page
from .bands import find_band
from .boxes import Box, rules_to_boxes
from .dots import on_baselines
from .drawing import page_drawing
from .drawn_marks import mark_words
from .files import check_page_count, declares_encryption, describe, encrypted_error
from .form_values import pdfium_fields, with_fields
from .glyphs import mark_of, symbol_font
from .layout import BOLD_HINTS, MARKER_CHARS, Marker, Word, is_horizontal, is_marker_text, layout_words
from .notes_pages import with_frame
from .open_tables import drop_shaded_columns, shading_marks
from .pdfium_calls import Functions, Matrix, RectF, address, functions
from .rules import find_grids
from .shading import shade_tables
from .strikes import strike_through
from .tabs import find_strip, without_strip
from .turned import pdfium_turned
from .upright import make_upright
from .watermarks import WATERMARK_SIZE, is_watermark

log = logging.getLogger(__name__)

# The pdfplumber backend skips a page whose content stream passes settings.max_stream_bytes; PDFium does not
# expose the stream, so its count of page objects stands in: a text page has a few thousand at most.
MAX_PAGE_OBJECTS = 100_000
DESCENT = 0.21  # of the size below the baseline: the em box pdfplumber gives a glyph of a standard font

_MARKER_IN_WORD = re.compile(r"(?<=[^0-9*†‡])[0-9*†‡]")
# PDFium marks a hyphen that breaks a word at a line end as U+0002 or U+FFFE
_HYPHENS = ("\x02", "\ufffe")


def iter_pdfium_pages(path: Path, settings: ParseSettings, skip: frozenset[int] = frozenset()) -> Iterator[Page]:
    """Yield the pages of a PDF read with PDFium (see the module docstring); those in `skip` (0-based: their
    content decodes past the size limit, `files.pages_to_skip`) are not loaded."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path), password=settings.password)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower() and declares_encryption(path):  # PDFium's last error can be stale
            raise encrypted_error(path, settings) from None
        raise UnreadablePdf(f"corrupt or truncated PDF ({describe(exc)})", path=str(path)) from None
    doc.init_forms()  # a fillable form's field values (`form_values`); a document without a form: nothing
    fonts: dict[tuple[bytes, int], bool] = {}
    looks: dict[tuple[Any, ...], Style] = {}
    try:
        n_pages = len(doc)
        check_page_count(n_pages, path, settings)
        for index in range(n_pages):
            page = None
            if index in skip:
                width, height = doc.get_page_size(index)
                yield Page(index + 1, width, height, (), (), 1, skipped=True)
                continue
            try:
                page = doc[index]  # a PdfiumError when the page tree is broken
                yield read_page(page, index + 1, fonts, looks)
            except UnreadablePdf:
                raise
            except Exception as exc:
                raise UnreadablePdf(f"page {index + 1} cannot be read ({describe(exc)})", path=str(path)) from None
            finally:
                if page is not None:
                    page.close()
    finally:
        doc.close()


def read_page(page, number: int, fonts: dict[tuple[bytes, int], bool] | None = None,  # type: ignore[no-untyped-def]
              looks: dict[tuple[Any, ...], Style] | None = None, regions: bool = True) -> Page:
    """One pypdfium2 page -> a Page (lines in reading order, ruled tables filled); `fonts` and `looks` as
    `page_words` takes them; `regions`: a region drawn turned a quarter is read in its own frame (`turned`)."""
    f = functions()
    page_addr = address(page.raw)
    if f.count_objects(page_addr) > MAX_PAGE_OBJECTS:
        return Page(number, page.get_width(), page.get_height(), (), (), 1, skipped=True)
    shown = make_upright(page)  # the matrix that set a page shown turned upright, which form widgets still need
    width, height = page.get_width(), page.get_height()
    rounded: list[Box] = []
    dots: list[Word] = []
    edges, fills, shapes = page_drawing(page_addr, height, rounded, dots)
    textpage = page.get_textpage()
    fonts, looks, turned = {} if fonts is None else fonts, {} if looks is None else looks, [] if regions else None
    try:  # `turned`: the words left out as rotated, that may make a region of their own (`turned`)
        words, markers = page_words(ctypes.c_void_p(address(textpage.raw)), height, fonts, looks, turned)
        def text_in(b: tuple[float, float, float, float]) -> str:  # a box's text, PDFium counting from the bottom
            return textpage.get_text_bounded(b[0], height - b[3], b[2], height - b[1])

        tabs = find_strip(fills, edges, words, text_in, width, height)
        band = None if tabs else find_band(fills, edges, words, text_in, width, height)  # one label: `bands`
    finally:
        textpage.close()
    if tabs:  # a navigation strip at the page edge: kept aside, never text, its boxes never a table
        words, edges, fills = without_strip(tabs, words, edges, fills, width, height)
    grids = drop_shaded_columns(find_grids(edges)) if len(edges) >= 4 else []
    grids, shaded = shading_marks(grids, fills, words)  # an open table's grey cells
    rules = [(e.pos, e.start, e.end) for e in edges if e.orientation == "h"]
    words = strike_through(words, rules)
    words = mark_words(words, shapes)  # a bullet or tick drawn as a path opens its item like a glyph
    words = [*words, *on_baselines([*dots, *shaded], words)]  # drawn dots and shaded cells as marks after text
    boxes = rules_to_boxes((e.orientation, e.pos, e.start, e.end) for e in edges) if len(edges) >= 8 else []
    words, boxes = with_fields(pdfium_fields(page, shown), words, boxes)  # a form's typed values (`form_values`)
    read = layout_words(number, width, height, words, markers, grids, boxes, rounded, rules)
    if len(edges) >= 4 and height > width:  # a notes page's slide frame, the speaker notes under it (`notes_pages`)
        read = with_frame(read, words, [(e.orientation, e.pos, e.start, e.end) for e in edges],
                          boxes if len(edges) >= 8 else None)
    read = shade_tables(read, grids, fills) if grids else read
    read = replace(read, tabs=tabs, band=band) if tabs or band else read
    return pdfium_turned(read, page, turned, lambda: read_page(page, number, fonts, looks, regions=False))


# --- text -------------------------------------------------------------------------------------------------


def page_words(tp: ctypes.c_void_p, height: float, fonts: dict[tuple[bytes, int], bool],
               looks: dict[tuple[Any, ...], Style], turned: list | None = None) -> tuple[list[Word], list[Marker]]:
    """The words of a text page (`tp`: its handle) with their boxes, sizes and boldness, and the footnote
    markers inside them. `fonts` (a font's boldness by name and flags) and `looks` (a text object's style by
    its font, size and matrix, `text_style`) carry over from page to page; `turned` gets rotated words."""
    f = functions()
    n = f.count_chars(tp)
    if n <= 0:
        return [], []
    text = page_text(tp, n)
    for hyphen in _HYPHENS:  # one character for one, so the indices stay PDFium's; str.translate was 1,000x slower
        text = text.replace(hyphen, "-")
    x, y = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    rect = RectF()
    prect = ctypes.byref(rect)
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    pflags, size_of_name = ctypes.byref(flags), ctypes.c_ulong(256)  # an unsigned long: no bare int
    origin, loose, font_size, font_info, text_object, char_matrix = (f.char_origin, f.loose_box, f.font_size,
                                                                      f.font_info, f.text_object, f.char_matrix)
    matrix = Matrix()
    pmatrix, rotated = ctypes.byref(matrix), [] if turned is None else turned
    # per text object (its glyphs share font, size and angle): size, bold, upright, descent below the baseline
    styles: dict[int, tuple[float, bool, bool, float]] = {}
    symbols: dict[int, str | None] = {}  # the text objects set in a symbol font (`glyphs.symbol_font`): boxes
    words: list[Word] = []
    markers: list[Marker] = []
    new_word = tuple.__new__
    marker_end: float | None = None  # right edge of a marker that ended the last word
    find, after = text.find, 0
    for token in text.split():  # the words between whitespace, as r"\S+" finds them; find gives their start
        start = find(token, after)
        end = after = start + len(token)
        origin(tp, start, px, py)
        obj = text_object(tp, start)
        style = styles.get(obj) if obj else None
        if style is None:
            # the facts a style follows from, asked of PDFium; the style itself worked out once a document
            font_info(tp, start, name, size_of_name, pflags)
            look = (name.value, flags.value, font_size(tp, start),
                    (matrix.a, matrix.b, matrix.c, matrix.d) if char_matrix(tp, start, pmatrix) else None)
            style = looks.get(look) or _new_look(tp, start, look, fonts, looks)
            styles[obj or 0] = style
            if (symbol := symbol_font(name.value)) is not None or symbols:  # obj 0 is looked up each time
                symbols[obj or 0] = symbol
        size, bold, level, below = style
        if not level or (size >= WATERMARK_SIZE and is_watermark(size, _fill(tp, start))):
            rotated.append((level, char_matrix(tp, start, pmatrix), matrix.a, matrix.b, x.value, len(token)))
            continue  # rotated text (a watermark, a margin note) or a large tinted watermark, as in pdfplumber
        if symbols and (symbol := symbols.get(obj or 0)) is not None:
            token = _symbol_token(tp, token, start, symbol)
        y_origin = y.value
        x0, baseline = x.value, height - y_origin
        bottom = baseline + below
        top = bottom - size
        prev = words[-1] if words else None
        if prev is not None and size < 0.85 * prev.size and bottom < prev.bottom - 0.15 * prev.size \
                and -0.5 <= x0 - prev.x1 < 2.0 and is_marker_text(token):
            # a marker PDFium set apart as a word of its own ("passend ¹ toewijzen")
            markers.append(Marker(token, x0, top, bottom))
            loose(tp, end - 1, prect)
            marker_end = rect.right
            continue
        cut_end = None
        if not token.isalpha() and _MARKER_IN_WORD.search(token):
            token, end, cut_end = _take_markers(tp, token, start, baseline, size, markers, height)
        loose(tp, end - 1, prect)
        x1 = rect.right
        if end - start > 1 and (x1 < x0 or not rect.bottom - 0.3 * size <= y_origin <= rect.top):
            # the last glyph is not on the first one's baseline: PDFium kept two lines in one word
            _split_token(tp, token, start, height, size, bold, words)
            marker_end = cut_end
            continue
        word = new_word(Word, (token, x0, x1, top, bottom, size, bold))  # Word(...) without its Python-level __new__
        if marker_end is not None and prev is not None and abs(bottom - prev.bottom) < 0.3 * prev.size \
                and -0.5 <= x0 - marker_end < 0.15 * prev.size:
            # what follows a marker without a space belongs to the word the marker sat in: "grens³)"
            words[-1] = prev._replace(text=prev.text + word.text, x1=x1)
        else:
            words.append(word)
        marker_end = cut_end
    return words, markers


def _symbol_token(tp: ctypes.c_void_p, token: str, start: int, kind: str) -> str:
    """A word that starts in a symbol font: its mark (`glyphs.mark_of`: a box "❏", a ticked box "❏✔"), unless
    it goes on in a text font (a mark set against a word: left as it is)."""
    if len(token) > 1:
        name, flags = ctypes.create_string_buffer(256), ctypes.c_int()
        functions().font_info(tp, start + len(token) - 1, name, ctypes.c_ulong(256), ctypes.byref(flags))
        if symbol_font(name.value) is None:
            return token
    return mark_of(token, kind) or token


def _fill(tp: ctypes.c_void_p, index: int) -> tuple[float, float, float] | None:
    """A glyph's fill colour (r, g, b in 0..1), asked only of glyphs set at a watermark's size."""
    import pypdfium2.raw as raw

    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not raw.FPDFText_GetFillColor(ctypes.cast(tp, raw.FPDF_TEXTPAGE), index, r, g, b, a):
        return None
    return r.value / 255, g.value / 255, b.value / 255


def page_text(tp: ctypes.c_void_p, n: int) -> str:
    """All text of a text page in one call (PDFium's own spaces and line ends included)."""
    import pypdfium2.raw as raw

    buffer = ctypes.create_string_buffer(2 * (n + 1))
    raw.FPDFText_GetText(ctypes.cast(tp, raw.FPDF_TEXTPAGE), 0, n, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    return buffer.raw[: 2 * n].decode("utf-16-le", errors="replace")


Style = tuple[float, bool, bool, float]  # a text object's size, boldness, uprightness, descent below the baseline


def text_style(font_size: float, matrix: tuple[float, float, float, float] | None, bold: bool) -> Style:
    """The style of a text object from PDFium's font size and glyph matrix (None: PDFium gave none); see
    `_orientation`. Asked once per font, size and matrix of a document, not once per text object."""
    if matrix is None:
        level, scale = True, 1.0
    else:
        scale = math.hypot(matrix[2], matrix[3])
        level, scale = is_horizontal(matrix), scale if scale > 0 else 1.0
    size = round(font_size * scale, 2)
    return (size, bold, level, DESCENT * size)


def _new_look(tp: ctypes.c_void_p, start: int, look: tuple[Any, ...], fonts: dict[tuple[bytes, int], bool],
              looks: dict[tuple[Any, ...], Style]) -> Style:
    """The style of a look (font name, flags, size, matrix) not seen before in the document (`page_words`)."""
    key = look[:2]
    bold = fonts.get(key)
    if bold is None:
        bold = fonts[key] = _is_bold(*key, functions().font_weight(tp, start))
    style = text_style(look[2], look[3], bold)
    if look[2]:  # a size of 0.0 and one of -0.0 are one key but not one style
        looks[look] = style
    return style


def _orientation(f: Functions, tp: ctypes.c_void_p, index: int, pmatrix: Any, matrix: Matrix) -> tuple[bool, float]:
    """Whether a glyph is upright, and the scale its font size is set at.

    PDFium's font size is the size given to the font (Tf); the text and graphics matrices scale it. Some
    producers (macOS's Quartz among them) set every font at size 1 and scale the matrix instead, as
    pdfplumber's sizes (and the pdfplumber backend) take into account.
    """
    if not f.char_matrix(tp, index, pmatrix):
        return True, 1.0
    scale = math.hypot(matrix.c, matrix.d)
    return is_horizontal((matrix.a, matrix.b, matrix.c, matrix.d)), scale if scale > 0 else 1.0


def _is_bold(name: bytes, flags: int, weight: int) -> bool:
    lowered = name.decode("latin-1").lower()
    force_bold = bool(flags & (1 << 18))
    return any(hint in lowered for hint in BOLD_HINTS) or force_bold or weight >= 600


def _take_markers(tp: ctypes.c_void_p, token: str, start: int, baseline: float, size: float, markers: list[Marker],
                  height: float) -> tuple[str, int, float | None]:
    """Cut raised, smaller digits (footnote markers: "woningen¹", "grens³)") out of a word.

    Returns the word's text without them, the text-page index after the last glyph kept, and the right edge
    of a marker that ends the word (None if it does not end in one).
    """
    f = functions()
    x, y = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    rect = RectF()
    matrix = Matrix()
    keep: list[str] = []
    last_kept = 0
    trailing: float | None = None
    i = 0
    while i < len(token):
        ch = token[i]
        if i == 0 or ch not in MARKER_CHARS or token[i - 1] in MARKER_CHARS:
            keep.append(ch)
            last_kept, trailing = i, None
            i += 1
            continue
        char_size = f.font_size(tp, start + i) * _orientation(f, tp, start + i, ctypes.byref(matrix), matrix)[1]
        f.char_origin(tp, start + i, px, py)
        marker_base = height - y.value
        if not (char_size < 0.85 * size and marker_base < baseline - 0.15 * size):
            keep.append(ch)
            last_kept, trailing = i, None
            i += 1
            continue
        j = i + 1
        while j < len(token) and token[j] in MARKER_CHARS:
            j += 1
        markers.append(Marker(token[i:j], x.value, marker_base + DESCENT * char_size - char_size,
                              marker_base + DESCENT * char_size))
        f.loose_box(tp, start + j - 1, ctypes.byref(rect))
        trailing = rect.right
        i = j
    return "".join(keep), start + last_kept + 1, trailing


def _split_token(tp: ctypes.c_void_p, token: str, start: int, height: float, size: float, bold: bool,
                 words: list[Word]) -> None:
    """A word whose glyphs sit on different lines: one word per run of glyphs on one baseline."""
    runs = _split_at_hyphen(tp, token, start, height, size) or _runs_of_glyphs(tp, token, start, height, size)
    words += [Word(text, x0, x1, base + DESCENT * size - size, base + DESCENT * size, size, bold)
              for text, x0, x1, base in runs]


def _runs_of_glyphs(tp: ctypes.c_void_p, token: str, start: int, height: float,
                    size: float) -> list[tuple[str, float, float, float]]:
    """The runs of a word's glyphs that share a baseline, each as (text, x0, x1, baseline): glyph by glyph."""
    f = functions()
    x, y = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    rect = RectF()
    prect = ctypes.byref(rect)
    runs: list[list[tuple[str, float, float, float]]] = []
    for i, ch in enumerate(token):
        f.char_origin(tp, start + i, px, py)
        f.loose_box(tp, start + i, prect)
        base = height - y.value
        if runs and abs(base - runs[-1][-1][3]) <= 0.3 * size and x.value >= runs[-1][-1][1] - 0.5:
            runs[-1].append((ch, x.value, rect.right, base))
        else:
            runs.append([(ch, x.value, rect.right, base)])
    return [("".join(c for c, *_ in run), run[0][1], run[-1][2], run[0][3]) for run in runs]


def _split_at_hyphen(tp: ctypes.c_void_p, token: str, start: int, height: float,
                     size: float) -> list[tuple[str, float, float, float]] | None:
    """The two halves of a word hyphenated at a line end ("huur-" + "ders", which PDFium reads as one word),
    each as (text, x0, x1, baseline); None for any other word over two lines.

    Asks PDFium about the four glyphs at the ends of the halves instead of every glyph.
    """
    f = functions()
    x, y = ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    rect = RectF()
    prect = ctypes.byref(rect)
    last = len(token) - 1
    cut = token.find("-")
    if not 0 < cut < last:
        return None
    f.char_origin(tp, start, px, py)
    x0, base0 = x.value, height - y.value
    while 0 < cut < last:
        f.char_origin(tp, start + cut + 1, px, py)
        x2, base2 = x.value, height - y.value
        if abs(base2 - base0) > 0.3 * size:
            f.char_origin(tp, start + cut, px, py)
            if abs(height - y.value - base0) > 0.3 * size or x.value < x0 - 0.5:
                return None
            f.loose_box(tp, start + cut, prect)
            x1 = rect.right
            f.char_origin(tp, start + last, px, py)
            if abs(height - y.value - base2) > 0.3 * size or x.value < x2 - 0.5:
                return None
            f.loose_box(tp, start + last, prect)
            return [(token[:cut + 1], x0, x1, base0), (token[cut + 1:], x2, rect.right, base2)]
        cut = token.find("-", cut + 1)
    return None
