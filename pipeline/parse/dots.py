"""Drawn dots: a small filled circle drawn as a path (no character in the text layer) read as the mark "●".

A planning table ("Nr | Afspraak | Trekker | 2025 | 2026 | 2027 | 2028") often marks the years or quarters in which
an afspraak runs with a filled dot drawn as vector curves; read as text such a row holds nothing there. Each such
dot becomes a word DOT at its place, so that every table reader finds a mark in its cell (`cells.MARK`), as it
would a printed "●". A dot is a closed path of curves (more points than a rectangle's), filled, a few points
across and about as high as wide; a filled rectangle is shading (`shading`), a larger shape a drawing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

from .geometry import Word
from .shading import is_shade, pdfminer_rgb, shade_of

DOT = "●"
MIN_SIDE, MAX_SIDE = 2.5, 14.0  # points: a dot is wider than a drawn rule and smaller than a capital's height x 2
MAX_RATIO = 1.3  # of width to height (either way): round, not a bar or an ellipse of a drawing
MIN_POINTS = 8  # a circle's curves give a dozen points with their control points; a rectangle five at most
MAX_POINTS = 40  # a path of more points is a drawing (a logo, an icon), not one dot


def dot_word(x0: float, top: float, x1: float, bottom: float) -> Word | None:
    """The mark word of a filled closed curve with this box (top-down) when it has a dot's size and shape (a few
    points across, about as high as wide); None for any other."""
    w, h = x1 - x0, bottom - top
    if not (MIN_SIDE <= w <= MAX_SIDE and MIN_SIDE <= h <= MAX_SIDE) or max(w, h) > MAX_RATIO * min(w, h):
        return None
    return Word(DOT, x0, x1, top, bottom, h, False)


def _closed(points: Sequence[tuple[float, float]]) -> bool:
    return abs(points[0][0] - points[-1][0]) <= 0.5 and abs(points[0][1] - points[-1][1]) <= 0.5


def path_dot(path: Any, points: Sequence[tuple[float, float]], height: float) -> Word | None:
    """The mark word of a PDFium path object (`pypdfium2.raw` handle) that is a filled dot: one closed subpath of
    curves (`points`, page space, bottom-up, control points included) of a dot's size (`dot_word`); asked by
    `drawing.page_drawing` of each one-subpath path, in its one walk over the page's objects."""
    if not MIN_POINTS <= len(points) <= MAX_POINTS or not _closed(points) or shade_of(path) is None:
        return None
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    return dot_word(min(xs), height - max(ys), max(xs), height - min(ys))


def plumber_dots(curves: Iterable[dict[str, Any]]) -> list[Word]:
    """The dots among a pdfplumber page's curves (`page.curves`, top-down), as mark words (`is_plumber_dot`)."""
    return [Word(DOT, float(c["x0"]), float(c["x1"]), float(c["top"]), float(c["bottom"]),
                 float(c["bottom"]) - float(c["top"]), False) for c in curves if is_plumber_dot(c)]


def is_plumber_dot(obj: dict[str, Any]) -> bool:
    """Whether a pdfplumber object is a dot: a curve, filled with a shade, one closed outline of at most a few
    curves, of a dot's size and shape (`dot_word`)."""
    if obj.get("object_type") != "curve" or not obj.get("fill"):
        return False
    rgb = pdfminer_rgb(obj.get("non_stroking_color"))
    pts = obj.get("pts") or ()
    return rgb is not None and is_shade(rgb) and 4 <= len(pts) <= MAX_POINTS and _closed(pts) \
        and dot_word(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"])) is not None


def on_baselines(dots: Sequence[Word], words: Sequence[Word]) -> list[Word]:
    """The dots that stand in a line of text after some of it, each set on that line (the top, bottom and size of
    the word of text nearest its centre), as a printed "●" would stand on it: a dot centred on a row of two lines
    has no baseline of its own. A mark follows what it marks, so a dot with no text before it on its line (a punch
    hole in the margin of a scan, a drawn bullet opening a line) or none within its own height is left out, and
    so is a dot over a word."""
    if not dots:
        return []
    text = sorted((w for w in words if any(c.isalnum() for c in w.text)),  # not a dash centred like the dot
                  key=lambda w: (w.top + w.bottom) / 2)
    centres = [(w.top + w.bottom) / 2 for w in text]
    out = []
    for dot in dots:
        centre, reach = (dot.top + dot.bottom) / 2, dot.bottom - dot.top
        lo, hi = bisect_left(centres, centre - reach), bisect_right(centres, centre + reach)
        if lo == hi or any(w.x0 < dot.x1 and dot.x0 < w.x1 and w.top < dot.bottom and dot.top < w.bottom
                           for w in words):
            continue  # over a word: a bullet already read as one (`drawn_marks`), or a drawing behind text
        near = min(text[lo:hi], key=lambda w: abs((w.top + w.bottom) / 2 - centre))
        line = text[bisect_left(centres, centre - 2 * reach):bisect_right(centres, centre + 2 * reach)]
        if any(w.x1 <= dot.x0 and abs(w.bottom - near.bottom) <= 0.45 * max(w.size, near.size) for w in line):
            out.append(dot._replace(top=near.top, bottom=near.bottom, size=near.size))
    return out
