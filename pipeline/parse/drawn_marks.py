"""Marks drawn as vector shapes in front of a paragraph (a check mark stroked as a polyline, a filled dot or
square): the same mark word as a printed bullet or tick (`glyphs`), so that the paragraph opens a list item.

Layout programs and browsers print their list bullets and icons as small paths, not as glyphs: the text layer
then holds the item's words only, and the items read as plain paragraphs. A small shape in ink (not a pale
legend swatch) standing just left of a line's first word, on its baseline, with nothing else before that word
on the line, is such a mark: "✔" for a tick (a stroked V, its lowest point between its ends, or a form's check
box crossed by a slanted stroke or two), "•" for any other (an empty check box too). Shapes over or around words
(underlines, frames, highlights) and shapes alone (a drawing, a table's mark without text after it, a slanted
stroke in no box) stay drawings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from .geometry import Word
from .glyphs import BULLET, MARKS, TICK
from .shading import pdfminer_rgb  # a pdfminer colour in 0..255, as shaded cells read it

MAX_SIDE = 24.0  # points: a shape larger than this is a drawing or a frame, never a mark (a mark is about a letter)
MIN_SIDE = 1.5  # a speck or a drawn rule (one side near zero) is no mark
MAX_ASPECT = 2.5  # a mark is about as wide as high; a long thin shape is a rule (a pull quote's bar), a dash
MAX_SEGMENTS = 40  # a mark is a few segments (a tick 3, a dot 4 Béziers); more is a drawing
INK = 200  # a mark is drawn in ink: a shape whose every channel is at least this light (0-255) is a swatch
MAX_SIZE = 1.4  # of the font size of the word it stands before: a mark is no larger than about a capital
MIN_SIZE = 0.2
MAX_GAP = 2.5  # font sizes between the mark and the word: a hanging indent, no wider
MAX_SHAPES = 300  # small shapes on one page past this are a chart's or a map's, not the marks of a list


class Shape(NamedTuple):
    """A small drawn shape, top-down page coordinates; `tick` when it is a stroked V (or a box crossed by strokes:
    a ticked check box); `stroke` when it is one straight slanted stroke, no mark alone (`_merged`)."""

    x0: float
    top: float
    x1: float
    bottom: float
    tick: bool
    stroke: bool = False


def points_to_shape(subpaths: Sequence[Sequence[tuple[float, float]]], rgb: tuple[int, int, int] | None,
                    stroked_only: bool) -> Shape | None:
    """A path's subpaths (top-down points) as a Shape, or None when it is too large, too small or pale for a mark.

    `rgb` is the colour it is drawn in (its stroke where it is only stroked, else its fill), None where unknown.
    """
    points = [p for sub in subpaths for p in sub]
    if len(set(points)) < 3 or (rgb is not None and min(rgb) >= INK):
        return None  # a straight stroke is a rule or a connector (a comment balloon's pointer), no mark
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    long, short = max(x1 - x0, bottom - top), min(x1 - x0, bottom - top)
    if long > MAX_SIDE or short < MIN_SIDE or long > MAX_ASPECT * short or _is_triangle(subpaths, stroked_only):
        return None
    return Shape(x0, top, x1, bottom, stroked_only and _is_tick(subpaths))


def slanted_stroke(subpaths: Sequence[Sequence[tuple[float, float]]], rgb: tuple[int, int, int] | None,
                   stroked_only: bool) -> Shape | None:
    """One straight slanted stroke in ink about a letter long, as a Shape with `stroke` set: the cross or slash
    of a ticked check box where it crosses a box (`_merged`), no mark alone; None for any other path."""
    points = {p for sub in subpaths for p in sub}
    if len(points) != 2 or not stroked_only or (rgb is not None and min(rgb) >= INK):
        return None
    (ax, ay), (bx, by) = points
    if not (MIN_SIDE <= abs(ax - bx) <= MAX_SIDE and MIN_SIDE <= abs(ay - by) <= MAX_SIDE):
        return None
    return Shape(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), False, True)


def drawn_shape(subpaths: Sequence[Sequence[tuple[float, float]]], rgb: tuple[int, int, int] | None,
                stroked_only: bool) -> Shape | None:
    """What a path draws that may make a mark, whichever backend read it: a slanted stroke (`slanted_stroke`) or
    a small shape (`points_to_shape`); None for any other path."""
    return slanted_stroke(subpaths, rgb, stroked_only) or points_to_shape(subpaths, rgb, stroked_only)


def _is_triangle(subpaths: Sequence[Sequence[tuple[float, float]]], stroked_only: bool) -> bool:
    """One closed (or filled) path of three corners pointing right or down: the disclosure triangle of a printed
    web page's accordion (▸, ▾), which stands before a title that opens a block of text and fields, never before
    a list item. One pointing up (▲, an infographic's icon) is a mark like a dot."""
    pts = subpaths[0] if len(subpaths) == 1 else ()
    corners = set(pts)
    if not (len(pts) <= 5 and len(corners) == 3 and (pts[0] == pts[-1] or not stroked_only)):
        return False
    top, left = min(y for _, y in corners), min(x for x, _ in corners)  # top-down: the top has the smallest y
    return sum(abs(y - top) < 0.5 for _, y in corners) == 2 or sum(abs(x - left) < 0.5 for x, _ in corners) == 2


def _is_tick(subpaths: Sequence[Sequence[tuple[float, float]]]) -> bool:
    """One open polyline of three or four points whose lowest point lies between its ends: a V, as a tick."""
    if len(subpaths) != 1 or not 3 <= len(subpaths[0]) <= 4:
        return False
    pts = subpaths[0]
    if pts[0] == pts[-1]:
        return False
    low = max(range(len(pts)), key=lambda k: pts[k][1])  # top-down: the lowest point has the largest y
    return 0 < low < len(pts) - 1


def pdfium_shape(path: Any, subpaths: Sequence[Sequence[tuple[float, float]]], height: float) -> Shape | None:
    """The Shape of a PDFium path object (`pypdfium2.raw` handle), its `subpaths` in page space (bottom-up);
    None unless it is visible (filled or stroked) and small enough to be a mark."""
    import ctypes

    import pypdfium2.raw as raw

    xs = [x for sub in subpaths for x, _ in sub]
    ys = [y for sub in subpaths for _, y in sub]
    if max(max(xs) - min(xs), max(ys) - min(ys)) > MAX_SIDE or raw.FPDFPath_CountSegments(path) > MAX_SEGMENTS:
        return None  # most paths on a page are rules and frames: they are let go before PDFium is asked more
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(path, mode, stroke) or (mode.value == 0 and not stroke.value):
        return None
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    colour = raw.FPDFPageObj_GetFillColor if mode.value else raw.FPDFPageObj_GetStrokeColor
    rgb = (r.value, g.value, b.value) if colour(path, r, g, b, a) else None
    if rgb is not None and a.value == 0:
        return None  # drawn fully transparent
    down = [[(x, height - y) for x, y in sub] for sub in subpaths]
    return drawn_shape(down, rgb, bool(stroke.value) and mode.value == 0)


def plumber_shapes(objects: Iterable[dict[str, Any]]) -> list[Shape]:
    """The Shapes among a pdfplumber page's curves, rects and lines (a check box's cross is drawn as lines)."""
    shapes = []
    for obj in objects:
        filled, stroked = bool(obj.get("fill")), bool(obj.get("stroke"))
        if not (filled or stroked):
            continue
        pts = obj.get("pts") or [(obj["x0"], obj["top"]), (obj["x1"], obj["top"]), (obj["x1"], obj["bottom"]),
                                 (obj["x0"], obj["bottom"]), (obj["x0"], obj["top"])]
        if len(pts) > MAX_SEGMENTS:
            continue
        rgb = pdfminer_rgb(obj.get("non_stroking_color") if filled else obj.get("stroking_color"))
        shape = drawn_shape([[(float(x), float(y)) for x, y in pts]], rgb, stroked and not filled)
        if shape is not None:
            shapes.append(shape)
    return shapes


def mark_words(words: Sequence[Word], shapes: Sequence[Shape]) -> list[Word]:
    """`words` with a mark word ("✔" or "•") in front of each word that a drawn mark stands before (see the
    module docstring), in the words' order."""
    if not shapes or not words or sum(not s.stroke for s in shapes) > MAX_SHAPES:
        return list(words)
    marks: dict[int, Word] = {}
    for shape in _merged(shapes):
        if shape.stroke:
            continue  # a slanted stroke in no box: a connector, a chart's line
        k = _word_after(shape, words)
        if k is not None and k not in marks:
            w = words[k]
            marks[k] = Word(TICK if shape.tick else BULLET, shape.x0, shape.x1, w.top, w.bottom, w.size, False)
    if not marks:
        return list(words)
    out: list[Word] = []
    for k, word in enumerate(words):
        if k in marks:
            out.append(marks[k])
        out.append(word)
    return out


def _merged(shapes: Sequence[Shape]) -> list[Shape]:
    """Shapes that overlap as one (an icon of a circle and a tick in it), a tick if any part is one or if a
    slanted stroke crosses a shape (a check box ticked with a cross or a slash); a stroke only while all its parts
    are strokes."""
    out: list[Shape] = []
    for s in sorted(shapes, key=lambda s: (s.x0, s.top)):
        for i, o in enumerate(out):
            if s.x0 <= o.x1 and o.x0 <= s.x1 and s.top <= o.bottom and o.top <= s.bottom:
                out[i] = Shape(min(o.x0, s.x0), min(o.top, s.top), max(o.x1, s.x1), max(o.bottom, s.bottom),
                               o.tick or s.tick or o.stroke != s.stroke, o.stroke and s.stroke)
                break
        else:
            out.append(s)
    return out


def _word_after(shape: Shape, words: Sequence[Word]) -> int | None:
    """The index of the word a shape stands in front of as a mark, or None."""
    middle = (shape.top + shape.bottom) / 2
    best: int | None = None
    for k, w in enumerate(words):
        if w.x1 > shape.x0 and w.x0 < shape.x1 and w.top < shape.bottom and shape.top < w.bottom:
            return None  # over or around a word: an underline, a frame, a highlight
        if not w.top <= middle <= w.bottom or w.x0 < shape.x1:
            continue
        if best is None or w.x0 < words[best].x0:
            best = k
    if best is None:
        return None
    w = words[best]
    side = max(shape.x1 - shape.x0, shape.bottom - shape.top)
    if w.text in MARKS or not MIN_SIZE * w.size <= side <= MAX_SIZE * w.size \
            or w.x0 - shape.x1 > MAX_GAP * w.size:
        return None
    # nothing else before the word on its line near the mark: the mark opens the line, not a word inside it
    if any(o is not w and o.top < w.bottom and w.top < o.bottom and o.x1 > shape.x0 - w.size and o.x0 < w.x0
           for o in words):
        return None
    return best
