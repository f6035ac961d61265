"""Shaded cells of a ruled table: a cell filled with a colour and holding no text is a mark.

A planning table ("# | Actie | Trekker | Q1 | Q2 | Q3 | Q4 | Later") shows the quarters in which an action runs
as grey cells without text, as a party table may show who takes part; read as text, such a row is empty there.
Each such cell gets the text SHADE, a mark like "■" printed in it (`cells.MARK`), so that the table stages read
it as any other mark. A row whose cells are all filled alike is a stripe or a header band, not marks in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from ..types import Page, Table
from .geometry import Grid

SHADE = "■"
# a fill at least this light in every channel (0-255) is paper: a white cell background, no shading (Word's
# lightest grey, F2F2F2, still shades)
PAPER = 248
MIN_COVER = 0.7  # of a cell's area a fill must cover to shade it
MIN_SIDE = 2.5  # a filled rectangle thinner than this is a drawn rule (`drawing.RULE_THICKNESS`)

Fill = tuple[float, float, float, float, tuple[int, int, int]]  # x0, top, x1, bottom (top-down), RGB


def is_shade(rgb: tuple[int, int, int], alpha: int = 255) -> bool:
    """Whether a fill colour shades a cell: visible (not transparent) and darker than paper."""
    return alpha > 0 and min(rgb) < PAPER


def path_fill(path: Any, points: Sequence[tuple[float, float]], height: float) -> Fill | None:
    """The fill of a PDFium path object (`pypdfium2.raw` handle) of one rectangle, its `points` already in page
    space (a Form XObject's transform applied), top-down; None unless it is filled (not only stroked) with a
    colour `is_shade` takes and wider than a drawn rule. Asked by `drawing.page_drawing` of each path of at most
    six segments ("re" and its closing), in the one walk over the page's objects that also collects its rules."""
    rgb = shade_of(path)
    if rgb is None:
        return None
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    if min(max(xs) - min(xs), max(ys) - min(ys)) <= MIN_SIDE:
        return None
    return min(xs), height - max(ys), max(xs), height - min(ys), rgb


def shade_of(path: Any) -> tuple[int, int, int] | None:
    """The fill colour of a PDFium path object (`pypdfium2.raw` handle) when it is filled (not only stroked) with
    a colour `is_shade` takes; None otherwise. Shared by shaded rectangles (`path_fill`) and drawn dots
    (`dots.path_dot`)."""
    import ctypes

    import pypdfium2.raw as raw

    mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(path, mode, stroke) or mode.value == 0:
        return None
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not raw.FPDFPageObj_GetFillColor(path, r, g, b, a) or not is_shade((r.value, g.value, b.value), a.value):
        return None
    return r.value, g.value, b.value


def plumber_fills(rects: Iterable[dict[str, Any]]) -> list[Fill]:
    """The rectangles of a pdfplumber page (`page.rects`) filled with a shade, top-down, in drawing order."""
    fills: list[Fill] = []
    for r in rects:
        rgb = pdfminer_rgb(r.get("non_stroking_color")) if r.get("fill") else None
        if rgb is not None and is_shade(rgb) and min(r["x1"] - r["x0"], r["bottom"] - r["top"]) > MIN_SIDE:
            fills.append((float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]), rgb))
    return fills


def pdfminer_rgb(colour: Any) -> tuple[int, int, int] | None:
    """A pdfminer colour (grey, RGB or CMYK in 0..1) as RGB in 0..255; None for a pattern or no colour."""
    if isinstance(colour, int | float):
        colour = (colour,)
    if not isinstance(colour, tuple | list) or not all(isinstance(c, int | float) for c in colour):
        return None
    if len(colour) == 1:
        colour = (colour[0],) * 3
    elif len(colour) == 4:
        c, m, y, k = colour
        colour = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    if len(colour) != 3:
        return None
    red, green, blue = (round(255 * min(max(float(c), 0.0), 1.0)) for c in colour)
    return red, green, blue


def shade_tables(page: Page, grids: Sequence[Grid], fills: Sequence[Fill]) -> Page:
    """The page with its ruled tables shaded (`shade_table`): they come first among its tables, in the order
    of `grids` (the unruled ones after them)."""
    if not fills or not grids:
        return page
    tables = [shade_table(t, grids[k], fills) if k < len(grids) and t.top == grids[k].top else t
              for k, t in enumerate(page.tables)]
    return replace(page, tables=tuple(tables))


def shade_table(table: Table, grid: Grid, fills: Sequence[Fill]) -> Table:
    """The table with SHADE in each cell of `grid` that a fill covers and that holds no text. Rows whose drawn
    cells are all covered by fills of one colour (stripes, a header band) are left as they are, and so is a
    column whose filled cells hold text elsewhere (a shaded label column, its cell empty where a row goes on
    from the page before); a mark stands after the text it marks, so a cell with no text to its left is none."""
    if not fills or len(table.rows) != len(grid.rows) or any(len(t) != len(g) for t, g in zip(table.rows, grid.rows,
                                                                                               strict=True)):
        return table
    colours = [[_fill_of(box, fills) if box is not None else None for box in boxes] for boxes in grid.rows]
    body = [k for k, (boxes, row) in enumerate(zip(grid.rows, colours, strict=True))
            if not _banded([c for box, c in zip(boxes, row, strict=True) if box is not None])]
    background = {j for k in body for j, text in enumerate(table.rows[k]) if colours[k][j] is not None and text}
    highlight = highlights((j, colours[k][j]) for k in body for j, text in enumerate(table.rows[k]) if text == "")
    rows = list(table.rows)
    for k in body:
        texts = table.rows[k]
        rows[k] = tuple(SHADE if colours[k][j] not in (None, *highlight) and text == "" and j not in background
                        and any(texts[:j]) else text for j, text in enumerate(texts))
    return replace(table, rows=tuple(rows)) if rows != list(table.rows) else table


def highlights(cells: Iterable[tuple[int, tuple[int, int, int] | None]]) -> set[tuple[int, int, int]]:
    """The colours of empty cells (column, colour) that fill one column only while another colour marks other
    columns: the current year or quarter of a planning grid highlighted, which marks no row."""
    columns: dict[tuple[int, int, int], set[int]] = {}
    for j, colour in cells:
        if colour is not None:
            columns.setdefault(colour, set()).add(j)
    return {c for c, js in columns.items() if len(js) == 1 and any(o != c and js != ks for o, ks in columns.items())}


def _banded(colours: Sequence[tuple[int, int, int] | None]) -> bool:
    """Whether a row's drawn cells are all filled with one colour (or none is filled): no cell stands out."""
    return not any(colours) or (all(colours) and len(set(colours)) == 1)


def _fill_of(box: tuple[float, float, float, float], fills: Sequence[Fill]) -> tuple[int, int, int] | None:
    """The colour of the last-drawn fill covering most of a cell box, or None."""
    x0, top, x1, bottom = box
    area = (x1 - x0) * (bottom - top)
    if area <= 0:
        return None
    for f0, ftop, f1, fbottom, rgb in reversed(fills):
        w = min(x1, f1) - max(x0, f0)
        h = min(bottom, fbottom) - max(top, ftop)
        if w > 0 and h > 0 and w * h >= MIN_COVER * area:
            return rgb
    return None
