"""The pdfplumber (pdfminer) parse backend: PDF -> pages of the layout model.

pdfplumber is imported on first use: the PDFium backend uses only its table functions (`rules`).
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from ..config import ParseSettings
from ..errors import UnreadablePdf
from ..types import NavTab, Page
from .bands import find_band
from .boxes import rules_to_boxes
from .deskew import page_skew, unturn
from .dots import is_plumber_dot, on_baselines, plumber_dots
from .drawn_marks import mark_words, plumber_shapes
from .files import _is_password_error, check_page_count, describe, encrypted_error
from .form_values import field_boxes, field_words, plumber_fields
from .geometry import Word
from .glyphs import mark_of, symbol_font
from .layout import Char, Grid, chars_to_words, is_bold_font, is_horizontal, layout_words, split_superscripts
from .notes_pages import with_frame
from .open_tables import drop_shaded_columns, shading_marks
from .rounded import rounded_box
from .rules import TABLE_SETTINGS, Edge, closing_rules, to_grid
from .shading import plumber_fills, shade_tables
from .strikes import strike_through
from .tabs import MIN_TABS, find_strip, on_tab, strip_band, within
from .turned import turned_rotation, with_turned
from .watermarks import WATERMARK_SIZE, is_watermark, to_rgb

log = logging.getLogger(__name__)


def iter_plumber_pages(path: Path, settings: ParseSettings, skip: frozenset[int] = frozenset()) -> Iterator[Page]:
    """Yield the pages of a PDF read with pdfminer; those in `skip` (0-based, `files.pages_to_skip`) unread."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(path, password=settings.password or "")
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        if _is_password_error(exc, PDFPasswordIncorrect):
            raise encrypted_error(path, settings) from None
        raise UnreadablePdf(f"corrupt or truncated PDF ({describe(exc)})", path=str(path)) from None
    try:
        cycle = reference_cycle(pdf.doc)
        if cycle is not None:
            # pdfminer's resolve1 would follow such a loop forever
            raise UnreadablePdf(f"corrupt PDF (object {cycle} refers to itself)", path=str(path))
        n_pages = len(pdf.pages)
    except UnreadablePdf:
        close_stream(pdf)
        raise
    except Exception as exc:
        close_stream(pdf)
        raise UnreadablePdf(f"corrupt or truncated PDF ({describe(exc)})", path=str(path)) from None
    with pdf:
        check_page_count(n_pages, path, settings)
        for page in pdf.pages:
            try:
                size = settings.max_stream_bytes + 1 if page.page_number - 1 in skip else content_size(page.page_obj)
                if size > settings.max_stream_bytes:
                    log.debug("%s: page %d: content stream of %d bytes skipped", path, page.page_number, size)
                    yield Page(page.page_number, float(page.width), float(page.height), (), (), 1, skipped=True)
                    continue
                yield plumber_page(page)
            except RecursionError:
                raise UnreadablePdf(
                    f"page {page.page_number}: structure nested too deeply to read", path=str(path)
                ) from None
            except Exception as exc:
                raise UnreadablePdf(
                    f"page {page.page_number} cannot be read ({describe(exc)})", path=str(path)
                ) from None
            finally:
                page.close()


def close_stream(pdf) -> None:  # type: ignore[no-untyped-def]
    """Close a pdfplumber PDF whose pages could not be listed (its own close() would list them again)."""
    if not pdf.stream_is_external:
        pdf.stream.close()


def reference_cycle(doc) -> int | None:  # type: ignore[no-untyped-def]
    """The id of an object that is a reference to itself, directly or through other bare references.

    pdfminer resolves a reference in a loop until it finds something that is not one, so such an object
    (which only a damaged or hostile file holds) would hang the parse. Every object is parsed once here;
    pdfminer caches them, so the pages read them again for free.
    """
    from pdfminer.pdftypes import PDFObjRef

    settled: set[object] = set()  # objects known to end in something that is not a reference
    for xref in doc.xrefs:
        for objid in xref.get_objids():
            chain = {objid}
            try:
                obj = doc.getobj(objid)
                while isinstance(obj, PDFObjRef) and obj.objid not in settled:
                    if obj.objid in chain:
                        return objid
                    chain.add(obj.objid)
                    obj = doc.getobj(obj.objid)
            except Exception:  # noqa: BLE001 - a missing or broken object is the pages' problem, not a loop
                pass
            settled.update(chain)
    return None


def content_size(page_obj) -> int:  # type: ignore[no-untyped-def]
    """Bytes in a page's (decoded) content streams, without interpreting them."""
    from pdfminer.pdftypes import resolve1

    total = 0
    for stream in page_obj.contents or []:
        stream = resolve1(stream)
        data = stream.get_data() if hasattr(stream, "get_data") else b""
        total += len(data or b"")
    return total


def plumber_page(page, regions: bool = True) -> Page:  # type: ignore[no-untyped-def]
    """One pdfplumber page (upright glyphs, ruled tables) -> a Page; `regions`: a region drawn turned a quarter
    is read in its own frame (`turned`)."""
    shown_from_crop_box(page)
    whole = page
    tabs = plumber_strip(page)
    band = None if tabs else plumber_band(page)
    if tabs:  # a navigation strip at the page edge: kept aside, never text, its boxes never a table (`tabs`)
        page = page.filter(lambda obj: not on_strip(tabs, obj, float(page.width), float(page.height)))
    chars = [
        Char(_glyph(c), c["x0"], c["x1"], c["top"], c["bottom"], float(c["size"]), is_bold_font(c.get("fontname")))
        for c in page.chars
        if c.get("upright", True) and is_horizontal(c.get("matrix") or (1, 0, 0, 1))
        and (c["size"] < WATERMARK_SIZE or not is_watermark(c["size"], to_rgb(c.get("non_stroking_color"))))
    ]
    drawn = bool(page.rects or page.lines)
    grids = drop_shaded_columns(plumber_grids(page)) if drawn else []
    rules = [(float(e["top"]), float(e["x0"]), float(e["x1"])) for e in page.edges if e["orientation"] == "h"] \
        if drawn else []
    boxes = rules_to_boxes(
        (e["orientation"], float(e["top"]), float(e["x0"]), float(e["x1"])) if e["orientation"] == "h"
        else (e["orientation"], float(e["x0"]), float(e["top"]), float(e["bottom"])) for e in page.edges
    ) if drawn else []
    fields = plumber_fields(page)  # a fillable form's typed values (`form_values`), in the boxes a viewer shows
    boxes += field_boxes(fields)
    body, markers = split_superscripts(chars)
    words = chars_to_words(body)
    slope = 0.0 if grids or boxes else page_skew(words)
    if slope:  # a turned scan: its glyphs turned back, so that a word's glyphs share a baseline (`deskew`)
        centre = (float(page.width) / 2, float(page.height) / 2)
        body, markers = unturn(body, slope, *centre), unturn(markers, slope, *centre)
        words = chars_to_words(body)
    fills = plumber_fills(page.rects) if grids else []
    grids, shaded = shading_marks(grids, fills, words)  # an open table's grey cells
    words = strike_through(words, rules)
    words = mark_words(words, plumber_shapes(page.curves + page.rects + page.lines))  # bullets, ticks, check boxes
    words = [*words, *on_baselines([*plumber_dots(page.curves), *shaded], words)]  # dots, grey cells after text
    words = field_words(fields, words)
    height = float(page.height)
    rounded = [box for curve in page.curves  # boxes with curved corners: pdfminer keeps them as curves, not rects
               if (box := rounded_box([(float(x), height - float(top)) for x, top in curve["pts"]], height))]
    read = layout_words(page.page_number, float(page.width), height, words, markers, grids, boxes, rounded, rules,
                        slope=0.0)  # measured above, and turned back if the page was turned
    if drawn:  # a notes page's slide frame, the speaker notes under it (`notes_pages`)
        read = with_frame(read, words, (), boxes)
    read = shade_tables(read, grids, fills) if grids else read
    read = replace(read, tabs=tabs, band=band) if tabs or band else read
    return plumber_turned(read, whole) if regions else read


def plumber_turned(read: Page, page) -> Page:  # type: ignore[no-untyped-def]
    """A pdfplumber page's reading (`read`) with its turned region, if its turned glyphs make one (`turned`): the
    page is read again as if it carried /Rotate (`turned_page`), its turned text upright."""
    glyphs = [(*(c.get("matrix") or (1, 0))[:2], c["x0"], 1) for c in page.chars if not c.get("upright", True)]
    rotation = turned_rotation(glyphs) if glyphs else None
    if not rotation:
        return read
    other = turned_page(page, rotation)
    try:
        return with_turned(read, plumber_page(other, regions=False), rotation)
    finally:
        other.close()


def turned_page(page, rotation: int):  # type: ignore[no-untyped-def]
    """The same page as pdfminer reads it when it carries /Rotate `rotation` more (`turned`)."""
    from pdfplumber.page import Page as PlumberPage

    obj = copy.copy(page.page_obj)
    obj.rotate = (page.rotation + rotation) % 360
    obj.attrs = {**obj.attrs, "Rotate": obj.rotate}
    return PlumberPage(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)


def plumber_band(page) -> NavTab | None:  # type: ignore[no-untyped-def]
    """A pdfplumber page's running band (`bands.find_band`), its label read from the glyphs on it."""
    if not page.rects:
        return None
    return find_band(*_edge_marks(page), float(page.width), float(page.height))


def plumber_strip(page) -> tuple[NavTab, ...]:  # type: ignore[no-untyped-def]
    """The tabs of a pdfplumber page's navigation strip (`tabs.find_strip`), their labels read from the glyphs
    in each tab along the way they are set (rotated labels too)."""
    if len(page.rects) < MIN_TABS:
        return ()
    return find_strip(*_edge_marks(page), float(page.width), float(page.height))


def _edge_marks(page):  # type: ignore[no-untyped-def]
    """What `tabs.find_strip` and `bands.find_band` read of a pdfplumber page: its fills, its rules, its upright
    glyphs (what may stand beside a strip or band) and the text in a box, read along its glyphs' baseline."""
    chars = page.chars
    edges = [Edge("h", e["top"], e["x0"], e["x1"]) if e["orientation"] == "h"
             else Edge("v", e["x0"], e["top"], e["bottom"]) for e in page.edges]
    glyphs = [Word(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], float(c["size"]), False) for c in chars
              if c.get("upright", True)]
    return plumber_fills(page.rects), edges, glyphs, lambda box: text_along(chars, box)


def text_along(chars, box: tuple[float, float, float, float]) -> str:  # type: ignore[no-untyped-def]
    """The text of the glyphs whose centre lies in a box, in the order they are set along their baseline (a label
    turned a quarter runs up or down the page)."""
    x0, top, x1, bottom = box
    inside = [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
    if not inside:
        return ""
    a, b = (inside[0].get("matrix") or (1, 0))[:2]
    norm = (a * a + b * b) ** 0.5 or 1.0
    a, b = a / norm, b / norm

    def along(c) -> float:  # type: ignore[no-untyped-def]
        return (c["x0"] + c["x1"]) / 2 * a - (c["top"] + c["bottom"]) / 2 * b  # top-down: up the page is -top

    text = "".join(c["text"] for c in sorted(inside, key=along))
    return " ".join(text.split())


def on_strip(tabs: tuple[NavTab, ...], obj: dict, width: float, height: float) -> bool:
    """Whether a pdfplumber object is part of the strip: a glyph on a tab, a rule or fill wholly in its band."""
    box = float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"])
    if obj.get("object_type") == "char":
        return on_tab(*box, tabs)
    return within(box, strip_band(tabs, width, height))


def shown_from_crop_box(page) -> None:  # type: ignore[no-untyped-def]
    """Make a pdfplumber page (not yet laid out) report positions from the upper left corner of its crop box
    as shown, as `upright.make_upright` does for PDFium. pdfminer turns the page by /Rotate about its MediaBox
    and pdfplumber adds the MediaBox's origin back, so a crop box or MediaBox away from (0, 0) shifted every
    position, by an amount that differed per rotation, and a crop box smaller than the MediaBox measured the page
    from the MediaBox's top while PDFium measured it from the crop box's."""
    crop, media = page.page_obj.cropbox, page.page_obj.mediabox  # the crop box within the MediaBox, as in PDFium
    x0, y0 = max(float(crop[0]), float(media[0])), max(float(crop[1]), float(media[1]))
    x1, y1 = min(float(crop[2]), float(media[2])), min(float(crop[3]), float(media[3]))
    if (x0, y0, x1, y1) == tuple(float(v) for v in media) and (x0, y0) == (0, 0) or x1 <= x0 or y1 <= y0:
        return
    page.page_obj.mediabox = [x0, y0, x1, y1]  # the box pdfminer turns the page about
    width, height = (x1 - x0, y1 - y0) if page.rotation in (0, 180) else (y1 - y0, x1 - x0)
    page.mediabox = page.cropbox = page.bbox = (0, 0, width, height)


def _glyph(char: dict) -> str:
    """A glyph's text; a box, tick or bullet of a symbol font ("o", "4" of ZapfDingbats) as its mark (`glyphs`)."""
    text = char["text"]
    kind = symbol_font(char.get("fontname"))
    return text if kind is None else mark_of(text, kind) or text


def plumber_grids(page) -> list[Grid]:  # type: ignore[no-untyped-def]
    """Ruled tables (drawn cell borders) as grids of cell boxes; their text is filled in by layout_page. A drawn dot
    (`dots.is_plumber_dot`) is a mark in a cell, and the short straight runs of its curves no rules that cut it."""
    if any(is_plumber_dot(c) for c in page.curves):
        page = page.filter(lambda obj: not is_plumber_dot(obj))
    edges = [Edge("h", e["top"], e["x0"], e["x1"]) if e["orientation"] == "h"
             else Edge("v", e["x0"], e["top"], e["bottom"]) for e in page.edges]
    closing = [e.as_pdfplumber() for e in closing_rules(edges)]  # the rule a page break left out
    settings = {**TABLE_SETTINGS, "explicit_horizontal_lines": closing} if closing else TABLE_SETTINGS
    return [grid for table in page.find_tables(settings) if (grid := to_grid(table.cells)) is not None]
