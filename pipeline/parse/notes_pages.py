"""The slide frame of a notes page: where a deck printed as NOTES PAGES draws its slide, the notes under it.

A deck exported as notes pages (PowerPoint, Keynote) prints each slide as a scaled landscape frame (16:9, 16:10 or
4:3, a drawn border) in the top half of a portrait page, and the speaker's notes below it in plain text. The parse
stage only finds the frame of each page (`Page.frame`); whether the document is such a deck, and its notes left
out, is decided over all its pages (`pipeline.speaker_notes`), since one framed box on one page is as often a
highlighted passage. A frame counts only where it holds text (a slide printed as a picture leaves the notes the
only text of its page), no word under it stands in another drawn box (a handout's next slide, a table), and it
stands clear of the page's edges (a cover's colour band is no slide).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..types import Page
from .boxes import Box, Rule, rules_to_boxes
from .geometry import Word

MIN_WIDTH_SHARE = 0.5  # of the page width: a slide frame spans most of it
MIN_MARGIN_SHARE = 0.03  # of the page width and height: it stands clear of the paper's edges
MIN_ASPECT, MAX_ASPECT = 1.2, 1.9  # width over height: 4:3 (1.33) to 16:9 (1.78), a little slack either side
MAX_TOP_SHARE = 0.3  # of the page height: the frame starts near the top
MAX_BOTTOM_SHARE = 0.65  # ... and ends above the lower third, where the notes stand


def slide_frame(width: float, height: float, boxes: Sequence[Box], words: Sequence[Word]) -> Box | None:
    """The slide frame of a would-be notes page (see the module docstring), or None."""
    if height <= width or not words:
        return None
    centres: list[tuple[float, float, float]] | None = None  # each word's centre and top, once a box qualifies
    for box in boxes:
        x0, top, x1, bottom = box
        w, h = x1 - x0, bottom - top
        if w < MIN_WIDTH_SHARE * width or h <= 0 or not MIN_ASPECT <= w / h <= MAX_ASPECT \
                or top > MAX_TOP_SHARE * height or bottom > MAX_BOTTOM_SHARE * height \
                or min(x0, width - x1) < MIN_MARGIN_SHARE * width or top < MIN_MARGIN_SHARE * height:
            continue
        if centres is None:
            centres = [((wd.x0 + wd.x1) / 2, (wd.top + wd.bottom) / 2, wd.top) for wd in words]
        below = [(cx, cy) for cx, cy, wtop in centres if wtop >= bottom]
        if not below or not any(x0 <= cx <= x1 and top <= cy <= bottom for cx, cy, _ in centres):
            continue
        others = [other for other in boxes if other != box]
        if not any(o[0] <= cx <= o[2] and o[1] <= cy <= o[3] for o in others for cx, cy in below):
            return box
    return None


def with_frame(page: Page, words: Sequence[Word], rules: Iterable[Rule], boxes: Sequence[Box] | None = None) -> Page:
    """The page with its slide frame noted (`slide_frame`), if it has one. `boxes`: its drawn boxes where already
    found (`boxes.rules_to_boxes`), else they are found from `rules`."""
    if page.height <= page.width or not words:
        return page
    if boxes is None:
        boxes = rules_to_boxes(rules)
    frame = slide_frame(page.width, page.height, boxes, words) if boxes else None
    return page if frame is None else replace(page, frame=frame)

