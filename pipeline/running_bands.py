"""A page's section from its running band (`parse.bands`): where a designed report prints no theme heading, the
label on the coloured bar at its top or outer edge names the page's theme, and heads the page's lines where it
changes, as the current tab of a navigation strip does (`navigation`).

The band counts only where bars of one make stand on several pages, their labels change between pages and a label
runs on over pages (a theme's pages): a band that repeats one label throughout (the document's title) names no
section, nor does a label holding a year, and a bar with a new label on every page is a slide's title bar, read as
the page's heading where it stands. The label's own lines on the band are never text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .navigation import label_changes
from .text import year_pattern
from .types import Line, NavTab, Page

MIN_PAGES = 2  # the band runs: one make of bar on at least this many pages
MIN_LABELS = 2  # and its label changes between them: at least this many labels
MIN_RUN = 2  # and one label runs on: it stands on at least this many pages
SNAP = 1.0  # points a line's centre may stand outside the bar it is printed on
TITLE_SIZE = 1.75  # of the page's text size: a label set this large is the page's title, no running label
YEAR = re.compile(rf"\b{year_pattern(1900, 2099)}\b")  # "Prestatieafspraken 2025": the title, never a theme


def _make(band: NavTab) -> tuple[bool, int]:
    """A bar's make, whichever page side it stands on: along the top (or bottom) or a side, and how thick."""
    across = band.x1 - band.x0 > band.bottom - band.top
    return across, round(band.bottom - band.top if across else band.x1 - band.x0)


def _running(pages: Sequence[Page]) -> dict[int, NavTab]:
    """Per page, its band where the document's bands name sections (see the module docstring); {} otherwise."""
    bands = {page.number: page.band for page in pages if page.band is not None and not _title_bar(page, page.band)}
    if not bands:
        return {}
    make, count = Counter(_make(b) for b in bands.values()).most_common(1)[0]
    running = {n: b for n, b in bands.items() if _make(b) == make}
    labels = Counter(b.label.casefold() for b in running.values())
    if count < MIN_PAGES or len(labels) < MIN_LABELS or max(labels.values()) < MIN_RUN:
        return {}
    return running


def band_starts(pages: Sequence[Page]) -> tuple[list[Page], dict[int, str]]:
    """The pages without their bands' label lines, and the pages where the band's label changes, with the label
    (as `navigation.theme_starts`); the pages as they are and {} where the bands name no sections."""
    running = _running(pages)
    if not running:
        return list(pages), {}
    starts = label_changes({number: None if YEAR.search(band.label) else band.label
                            for number, band in running.items()})
    out = [replace(page, lines=tuple(ln for ln in page.lines if not _on_band(ln, running[page.number])))
           if page.number in running else page for page in pages]
    return out, starts


def _title_bar(page: Page, band: NavTab) -> bool:
    """Whether the bar holds the page's title (a slide's, set far larger than its text), read as its heading."""
    on = [ln.size for ln in page.lines if _on_band(ln, band)]
    sizes = Counter(round(ln.size) for ln in page.lines if not _on_band(ln, band) for _ in ln.text)
    return bool(on and sizes) and max(on) >= TITLE_SIZE * sizes.most_common(1)[0][0]


def _on_band(line: Line, band: NavTab) -> bool:
    """Whether a line is printed on the bar: its centre on it."""
    cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return band.x0 - SNAP <= cx <= band.x1 + SNAP and band.top - SNAP <= cy <= band.bottom + SNAP
