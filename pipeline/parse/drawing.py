"""A page's drawing, read with PDFium: its path objects -> rules, shaded rectangles, small drawn shapes.

One walk over the page's path objects, into Form XObjects with their transforms, gives the ruled tables'
borders (`rules.find_grids`), the shading of cells (`shading`), bullets and ticks drawn as paths
(`drawn_marks`), boxes with curved corners (`rounded`) and drawn dots (`dots`), all top-down as words are.
"""

from __future__ import annotations

import ctypes

from .boxes import Box
from .dots import path_dot
from .drawn_marks import Shape, pdfium_shape
from .layout import Word
from .pdfium_calls import address, functions
from .rounded import rounded_box
from .rules import Edge
from .shading import Fill, path_fill
from .upright import IDENTITY, apply_matrix, compose

RULE_THICKNESS = 2.5  # a filled rectangle this thin (points) is a drawn line
MAX_FORM_DEPTH = 3


def page_edges(page_addr: int, height: float) -> list[Edge]:
    """Horizontal and vertical rules drawn on a page (lines, thin filled rectangles, rectangle sides)."""
    return page_drawing(page_addr, height)[0]


def page_drawing(page_addr: int, height: float, rounded: list[Box] | None = None, dots: list[Word] | None = None
                 ) -> tuple[list[Edge], list[Fill], list[Shape]]:
    """A page's rules (`page_edges`), its shaded rectangles (`shading.path_fill`) and its small shapes that may
    be drawn marks (`drawn_marks.pdfium_shape`), top-down, in drawing order, in one walk over its path objects,
    into Form XObjects with their transforms; given a list `rounded`, the boxes drawn with curved corners
    (`rounded.rounded_box`) go in it, and given a list `dots`, its drawn dots as mark words (`dots.path_dot`);
    a dot's curves are never among the rules, also when the caller takes only the rules."""
    f = functions()
    edges: list[Edge] = []
    fills: list[Fill] = []
    shapes: list[Shape] = []
    dots = [] if dots is None else dots  # always set apart: a dot's curves are no rules, whoever asks for the rules
    for i in range(f.count_objects(page_addr)):
        obj = f.get_object(page_addr, i)
        kind = f.object_type(obj)
        if kind == _PATH or kind == _FORM:
            _collect_edges(obj, kind, IDENTITY, height, edges, fills, 0, shapes, rounded, dots)
    return edges, fills, shapes


_PATH, _FORM = 2, 5
MAX_FILL_SEGMENTS = 6  # a path of one rectangle: "re" and its closing


def _collect_edges(obj: int, kind: int, outer: tuple[float, ...], height: float, edges: list[Edge],
                   fills: list[Fill], depth: int, shapes: list[Shape], rounded: list[Box] | None,
                   dots: list[Word]) -> None:
    import pypdfium2.raw as raw

    handle = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(handle, m):
        return
    matrix = compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
    if kind == _FORM:
        if depth >= MAX_FORM_DEPTH:
            return
        for i in range(raw.FPDFFormObj_CountObjects(handle)):
            child = raw.FPDFFormObj_GetObject(handle, i)
            child_kind = raw.FPDFPageObj_GetType(child)
            if child_kind in (_PATH, _FORM):
                _collect_edges(address(child), child_kind, matrix, height, edges, fills, depth + 1, shapes, rounded,
                               dots)
        return
    paths = [[apply_matrix(matrix, px, py) for px, py in subpath] for subpath in _subpaths(handle)]
    dot = path_dot(handle, paths[0], height) if len(paths) == 1 else None
    if dot is not None:
        dots.append(dot)  # a mark, whose curves' short straight runs are no rules that cut its cell
    else:
        for points in paths:
            edges += _edges_of(points, height)
    if len(paths) == 1 and 4 <= raw.FPDFPath_CountSegments(handle) <= MAX_FILL_SEGMENTS:
        fill = path_fill(handle, paths[0], height)
        if fill is not None:
            fills.append(fill)
    elif rounded is not None and len(paths) == 1 and (box := rounded_box(paths[0], height)) is not None:
        rounded.append(box)
    if paths and (shape := pdfium_shape(handle, paths, height)) is not None:
        shapes.append(shape)


def _subpaths(path) -> list[list[tuple[float, float]]]:  # type: ignore[no-untyped-def]
    """A path's points, one list per subpath (a closed subpath repeats its first point at the end)."""
    import pypdfium2.raw as raw

    out: list[list[tuple[float, float]]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    n = raw.FPDFPath_CountSegments(path)
    if n > 10_000:  # a drawing, not rules
        return out
    for i in range(n):
        seg = raw.FPDFPath_GetPathSegment(path, i)
        if not seg or not raw.FPDFPathSegment_GetPoint(seg, x, y):
            continue
        kind = raw.FPDFPathSegment_GetType(seg)
        if kind == raw.FPDF_SEGMENT_MOVETO or not out:
            out.append([(x.value, y.value)])
        else:
            out[-1].append((x.value, y.value))
        if raw.FPDFPathSegment_GetClose(seg) and out[-1]:
            out[-1].append(out[-1][0])
    return out


def _edges_of(points: list[tuple[float, float]], height: float) -> list[Edge]:
    """The axis-parallel rules of one subpath, in top-down page coordinates.

    A filled rectangle thinner than RULE_THICKNESS is one rule along its middle, as Word draws table borders.
    """
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    if _is_rectangle(points):
        if y1 - y0 <= RULE_THICKNESS:
            mid = height - (y0 + y1) / 2
            return [Edge("h", mid, x0, x1)]
        if x1 - x0 <= RULE_THICKNESS:
            return [Edge("v", (x0 + x1) / 2, height - y1, height - y0)]
    edges = []
    for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
        if abs(ay - by) < 0.5 and abs(ax - bx) >= 0.5:
            edges.append(Edge("h", height - ay, min(ax, bx), max(ax, bx)))
        elif abs(ax - bx) < 0.5 and abs(ay - by) >= 0.5:
            edges.append(Edge("v", (ax + bx) / 2, height - max(ay, by), height - min(ay, by)))
    return edges


def _is_rectangle(points: list[tuple[float, float]]) -> bool:
    if len(points) not in (4, 5):
        return False
    corners = points[:4]
    return all(abs(a[0] - b[0]) < 0.5 or abs(a[1] - b[1]) < 0.5
               for a, b in zip(corners, [*corners[1:], corners[0]], strict=True))

