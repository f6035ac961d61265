"""Speaker notes of slides printed as notes pages: the text under the slide's frame is left out.

A deck exported as NOTES PAGES (PowerPoint, Keynote) prints each slide as a scaled landscape frame (16:9, 16:10 or
4:3, a drawn border) in the top half of a portrait page, and the speaker's notes below it in plain text. The slide
holds the points agreed; the notes explain them to the speaker (figures of last year, reasons, "Het Zeggeland sluit
zich daarom aan"), never afspraken, yet read as paragraphs they look like commitments where no point is numbered.
Only where the frame holds text are the words below it left out: a slide printed as a picture leaves the notes the
only text of the page, and a handout's second slide stands in a frame of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .boxes import Box, Rule, rules_to_boxes
from .geometry import Word

MIN_WIDTH_SHARE = 0.5  # of the page width: a slide frame spans most of it
MIN_ASPECT, MAX_ASPECT = 1.2, 1.9  # width over height: 4:3 (1.33) to 16:9 (1.78), a little slack either side
MAX_TOP_SHARE = 0.3  # of the page height: the frame starts near the top
MAX_BOTTOM_SHARE = 0.65  # ... and ends above the lower third, where the notes stand


def slide_frame(width: float, height: float, boxes: Sequence[Box], words: Sequence[Word]) -> Box | None:
    """The slide frame of a notes page: a portrait page's drawn landscape box near the top, spanning most of its
    width, with words inside it and words below it in no other box; None on any other page."""
    if height <= width or not words:
        return None
    for box in boxes:
        x0, top, x1, bottom = box
        w, h = x1 - x0, bottom - top
        if w < MIN_WIDTH_SHARE * width or h <= 0 or not MIN_ASPECT <= w / h <= MAX_ASPECT \
                or top > MAX_TOP_SHARE * height or bottom > MAX_BOTTOM_SHARE * height:
            continue
        below = [wd for wd in words if wd.top >= bottom]
        if any(_inside(wd, box) for wd in words) and below \
                and not any(_inside(wd, other) for wd in below for other in boxes if other != box):
            return box
    return None


def drop_notes(words: Sequence[Word], width: float, height: float, rules: Iterable[Rule],
               boxes: Sequence[Box] | None = None) -> list[Word]:
    """The words of a page without the notes under its slide frame (`slide_frame`); all of them on any other page.
    `boxes`: the page's drawn boxes where already found (`boxes.rules_to_boxes`), else they are found from
    `rules`, only on a portrait page."""
    if height <= width or not words:
        return list(words)
    if boxes is None:
        boxes = rules_to_boxes(rules)
    frame = slide_frame(width, height, boxes, words) if boxes else None
    if frame is None:
        return list(words)
    return [w for w in words if w.top < frame[3]]


def _inside(word: Word, box: Box) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]
