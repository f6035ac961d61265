"""Speaker notes of a deck printed as notes pages, left out: they explain the slides, they are no afspraken.

The slide holds the points agreed; the notes under it tell the speaker last year's figures and reasons ("Het
Zeggeland sluit zich daarom aan"), which read as paragraphs look like commitments where no point is numbered. A
document is such a deck when most of its pages carry the same slide frame (`parse.notes_pages`, `Page.frame`): one
export draws every slide at one place. A framed box on a page or two (a highlighted passage, a cover band) is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .types import Page

MIN_PAGES = 2  # a deck of notes pages: the frame on two pages at least ...
MIN_SHARE = 0.6  # ... and on this share of the pages read
SAME = 3.0  # points: frames this close in each side are the one frame of the deck


def drop_speaker_notes(pages: Sequence[Page]) -> list[Page]:
    """The pages without the lines under the slide frame, where the document is a deck of notes pages (see the
    module docstring); the pages as they are otherwise."""
    framed = [p for p in pages if p.frame is not None]
    read = [p for p in pages if not p.skipped]
    if len(framed) < MIN_PAGES or len(framed) < MIN_SHARE * len(read):
        return list(pages)
    common = max((p.frame for p in framed), key=lambda f: sum(_same(f, p.frame) for p in framed))
    if sum(_same(common, p.frame) for p in framed) < max(MIN_PAGES, MIN_SHARE * len(read)):
        return list(pages)
    return [replace(p, lines=tuple(ln for ln in p.lines if ln.top < p.frame[3]))
            if p.frame is not None and _same(common, p.frame) else p for p in pages]


def _same(a: tuple[float, float, float, float], b: tuple[float, float, float, float] | None) -> bool:
    return b is not None and all(abs(x - y) <= SAME for x, y in zip(a, b, strict=True))
