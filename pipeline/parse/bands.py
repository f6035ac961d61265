"""A designed report's running band: one filled bar along the page's top or outer edge holding a single short label
("Betaalbaarheid" in white on colour). Found page by page and kept aside on the page (`Page.band`); whether its
label names the page's section (it changes between pages) or repeats the title is for `running_bands` to judge
over the whole document, so its words stay on the page as the backend read them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..types import NavTab
from .geometry import Word
from .rules import Edge
from .shading import Fill
from .tabs import edge_of, is_label, stands_apart

MIN_LENGTH = 0.5  # of the page's width (height): a band runs along most of its edge; a shorter fill is a box


def find_band(fills: Sequence[Fill], edges: Sequence[Edge], words: Sequence[Word],
              text_in: Callable[[tuple[float, float, float, float]], str], width: float,
              height: float) -> NavTab | None:
    """The page's running band with its label; None where no single labelled bar runs along an edge (no fill
    there, several labelled ones, or body text right beside it)."""
    found: list[NavTab] = []
    for fill in fills:
        edge = edge_of(fill, width, height)
        if edge is None:
            continue
        x0, top, x1, bottom, rgb = fill
        along = (bottom - top) / height if edge in ("left", "right") else (x1 - x0) / width
        if along < MIN_LENGTH:
            continue
        text = " ".join(text_in((x0, top, x1, bottom)).split())
        if is_label(text):
            found.append(NavTab(text, x0, top, x1, bottom, rgb))
    if len(found) != 1 or not stands_apart(found, fills, edges, words, width, height):
        return None
    return found[0]
