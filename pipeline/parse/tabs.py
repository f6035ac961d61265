"""A designed report's navigation strip: a stack of filled tabs at the outer page edge, one short label each (often
set rotated), one tab per theme. The strip is navigation, never text: its tabs are kept aside on the page
(`Page.tabs`, read by `navigation` for the page's theme) and its words, fills and rules are taken out before lines
and tables are read, so a tab's label never joins a line of the body and its boxes never make a table.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from ..types import NavTab
from .geometry import Word
from .rules import Edge
from .shading import Fill

EDGE_BAND = 0.15  # a tab lies wholly within this share of the page's width (height) from its side (top, bottom)
EDGE_GAP = 0.05  # and reaches out to within this share of the edge: into the margin, where no body text or table is
MIN_TABS = 3  # fewer filled labels along an edge are a box or two, no strip
MAX_LABEL_WORDS = 5  # a tab's label is a theme's short name, never a sentence
MAX_LABEL_CHARS = 40  # and as short as a narrow tab can hold: a longer text is a line of the body
CLEARANCE = 12.0  # points of empty page between the strip and the body beside it (a table's first column has none)
OVERLAP = 1.0  # points two tabs of one strip may overlap along the edge (anti-aliasing, a rounding)
SNAP = 0.5  # points a drawn side may stand outside the box that holds it (rounding in the content stream)
LETTER = re.compile(r"[^\W\d_]{2,}")

EDGES = ("left", "right", "top", "bottom")


def edge_of(fill: Fill, width: float, height: float) -> str | None:
    """The page edge a filled rectangle stands at: wholly within the edge's band and out into its margin; None for
    one in the body (a table's header band, a box)."""
    x0, top, x1, bottom, _ = fill
    if x1 <= EDGE_BAND * width and x0 <= EDGE_GAP * width:
        return "left"
    if x0 >= (1 - EDGE_BAND) * width and x1 >= (1 - EDGE_GAP) * width:
        return "right"
    if bottom <= EDGE_BAND * height and top <= EDGE_GAP * height:
        return "top"
    if top >= (1 - EDGE_BAND) * height and bottom >= (1 - EDGE_GAP) * height:
        return "bottom"
    return None


def _along(tab: NavTab, edge: str) -> tuple[float, float]:
    """Where a tab starts and ends along its edge (down a side, across the top or bottom)."""
    return (tab.top, tab.bottom) if edge in ("left", "right") else (tab.x0, tab.x1)


def _stacked(tabs: Sequence[NavTab], edge: str) -> bool:
    """Whether tabs sorted along their edge follow one another without overlapping."""
    return all(_along(a, edge)[1] <= _along(b, edge)[0] + OVERLAP for a, b in zip(tabs, tabs[1:], strict=False))


def _contains(outer: Fill, inner: Fill) -> bool:
    """Whether another fill holds `inner` (the strip's background behind a tab)."""
    return outer is not inner and outer[0] <= inner[0] + SNAP and outer[1] <= inner[1] + SNAP \
        and outer[2] >= inner[2] - SNAP and outer[3] >= inner[3] - SNAP


def within(box: Sequence[float], outer: Sequence[float]) -> bool:
    """Whether a box (x0, top, x1, bottom) lies wholly inside `outer`, its sides up to SNAP outside."""
    return box[0] >= outer[0] - SNAP and box[1] >= outer[1] - SNAP \
        and box[2] <= outer[2] + SNAP and box[3] <= outer[3] + SNAP


def on_tab(x0: float, top: float, x1: float, bottom: float, tabs: Sequence[NavTab]) -> bool:
    """Whether a glyph's or word's centre lies on one of the tabs: part of its label."""
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    return any(t.x0 <= cx <= t.x1 and t.top <= cy <= t.bottom for t in tabs)


def is_label(text: str) -> bool:
    """Whether a tab's text is a short name ("Duurzaam wonen"), not a sentence or a figure."""
    return 0 < len(text.split()) <= MAX_LABEL_WORDS and len(text) <= MAX_LABEL_CHARS and LETTER.search(text) is not None


def find_strip(fills: Sequence[Fill], edges: Sequence[Edge], words: Sequence[Word],
               text_in: Callable[[tuple[float, float, float, float]], str], width: float,
               height: float) -> tuple[NavTab, ...]:
    """The tabs of a page's navigation strip, in order along its edge; () when the page has none.

    Args:
        fills, edges, words: the page's filled rectangles (x0, top, x1, bottom top-down, RGB), rules and words.
        text_in: the text (upright or rotated) inside a box of the page, as the backend reads it.
    """
    by_edge: dict[str, list[Fill]] = {}
    for fill in fills:
        edge = edge_of(fill, width, height)
        if edge is not None:
            by_edge.setdefault(edge, []).append(fill)
    best: tuple[NavTab, ...] = ()
    for edge in EDGES:
        found = by_edge.get(edge, [])
        if len(found) < MIN_TABS:
            continue
        # a filled background behind the tabs (the strip itself) holds them: it is no tab
        inner = [f for f in found if not any(_contains(f, g) for g in found)]
        tabs = [NavTab(" ".join(text.split()), *fill[:4], fill[4]) for fill in inner
                if is_label(text := text_in(fill[:4]))]
        tabs.sort(key=lambda t: _along(t, edge))
        if len(tabs) < MIN_TABS or len({t.label for t in tabs}) < len(tabs) or not _stacked(tabs, edge) \
                or not stands_apart(tabs, fills, edges, words, width, height):
            continue
        if len(tabs) > len(best):
            best = tuple(tabs)
    return best


def stands_apart(tabs: Sequence[NavTab], fills: Sequence[Fill], edges: Sequence[Edge], words: Sequence[Word],
                  width: float, height: float) -> bool:
    """Whether nothing stands right beside the strip on its inner side: no word, fill or rule within CLEARANCE
    of it along its length. The first column of a table at the margin has its rows' cells, rules and text there."""
    band = strip_band(tabs, width, height)
    bx0, btop, bx1, bbottom = band
    x0, top = max(bx0, min(t.x0 for t in tabs)), max(btop, min(t.top for t in tabs))
    x1, bottom = min(bx1, max(t.x1 for t in tabs)), min(bbottom, max(t.bottom for t in tabs))
    # the strip's own box, widened by CLEARANCE on every side: its inner side is the one the body stands at
    near = (x0 - CLEARANCE, top - CLEARANCE, x1 + CLEARANCE, bottom + CLEARANCE)

    def meets(box: Sequence[float]) -> bool:
        return box[0] < near[2] and near[0] < box[2] and box[1] < near[3] and near[1] < box[3] \
            and not within(box, band)

    boxes = [f[:4] for f in fills]
    boxes += [_edge_box(e) for e in edges]
    boxes += [(w.x0, w.top, w.x1, w.bottom) for w in words]
    return not any(meets(box) for box in boxes)


def strip_band(tabs: Sequence[NavTab], width: float, height: float) -> tuple[float, float, float, float]:
    """The page's band the strip fills (x0, top, x1, bottom): from its tabs' inner side out to the page edge,
    along the whole edge."""
    x0, top = min(t.x0 for t in tabs), min(t.top for t in tabs)
    x1, bottom = max(t.x1 for t in tabs), max(t.bottom for t in tabs)
    if x1 <= EDGE_BAND * width:
        return -math.inf, -math.inf, x1, math.inf
    if x0 >= (1 - EDGE_BAND) * width:
        return x0, -math.inf, math.inf, math.inf
    if bottom <= EDGE_BAND * height:
        return -math.inf, -math.inf, math.inf, bottom
    return -math.inf, top, math.inf, math.inf


def without_strip(tabs: Sequence[NavTab], words: Sequence[Word], edges: Sequence[Edge], fills: Sequence[Fill],
                  width: float, height: float) -> tuple[list[Word], list[Edge], list[Fill]]:
    """The page's words, rules and fills without the strip's: words inside a tab, rules and fills wholly inside the
    strip's band (its tabs, the background behind them)."""
    band = strip_band(tabs, width, height)
    kept_edges = [e for e in edges if not within(_edge_box(e), band)]
    return ([w for w in words if not on_tab(w.x0, w.top, w.x1, w.bottom, tabs)], kept_edges,
            [f for f in fills if not within(f[:4], band)])


def _edge_box(edge: Edge) -> tuple[float, float, float, float]:
    """A rule as the box it draws (x0, top, x1, bottom), a line without width."""
    if edge.orientation == "v":
        return edge.pos, edge.start, edge.pos, edge.end
    return edge.start, edge.pos, edge.end, edge.pos
