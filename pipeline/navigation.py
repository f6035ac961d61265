"""A page's theme from its navigation strip: where a designed report prints no theme heading, the tab filled apart
from the others (`parse.tabs`) says which theme a page belongs to; it heads the page's lines as a chapter's title would.

The strip counts only where the same labels stand on several pages (a report's navigation, not a row of boxes on
one page), and a page counts only where one tab is set apart by its fill (full colour among pale tints); a page
whose tabs are all alike (a voorwoord) belongs to no theme of the strip.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .types import Line, NavTab, Page

MIN_PAGES = 2  # the strip repeats: the same labels on at least this many pages
SET_APART = 1.5  # the current tab's ink is at least this many times any other tab's
MIN_INK_GAP = 40  # and this much more (0-255)
GLYPH_WIDTH = 0.5  # of the font size: an average glyph's width, to give the heading line made of a label its length


def ink(rgb: tuple[int, int, int]) -> int:
    """How far a fill is from paper: its darkest channel's distance from white (a pale tint is little ink)."""
    return 255 - min(rgb)


def current_tab(tabs: Sequence[NavTab]) -> NavTab | None:
    """The tab set apart by its fill, or None where no tab stands out."""
    if len(tabs) < 2:
        return None
    ranked = sorted(tabs, key=lambda t: ink(t.rgb), reverse=True)
    first, second = ink(ranked[0].rgb), ink(ranked[1].rgb)
    return ranked[0] if first >= SET_APART * second and first - second >= MIN_INK_GAP else None


def page_themes(pages: Sequence[Page]) -> dict[int, str | None]:
    """Per page with the document's strip: the label of its current tab (None where no tab is set apart)."""
    strips = Counter(tuple(t.label for t in page.tabs) for page in pages if page.tabs)
    if not strips:
        return {}
    labels, count = strips.most_common(1)[0]
    if count < MIN_PAGES:
        return {}
    themes: dict[int, str | None] = {}
    for page in pages:
        if tuple(t.label for t in page.tabs) == labels:
            tab = current_tab(page.tabs)
            themes[page.number] = tab.label if tab is not None else None
    return themes


def theme_starts(pages: Sequence[Page]) -> dict[int, str]:
    """The pages where the strip's current theme changes, with its label: each opens a chapter of its own, so no
    block of the page before runs on into it."""
    return label_changes(page_themes(pages))


def label_changes(labels: dict[int, str | None]) -> dict[int, str]:
    """Per page its label (None where none is read) -> the pages whose label differs from the page before's, with
    the label (after a page without one, the same label starts again). `running_bands` reads its bands so too."""
    starts: dict[int, str] = {}
    current: str | None = None
    for number, label in sorted(labels.items()):
        if label is not None and label != current:
            starts[number] = label
        current = label
    return starts


def with_theme_lines(pages: Sequence[Page], starts: dict[int, str]) -> list[Page]:
    """The pages with the current tab's label as a heading line above the first line of each page where the
    strip's current theme changes (`theme_starts`): bold and as large as the document's largest line, so it closes
    whatever chapter (a voorwoord) and whatever block came before and heads the sub-headings under it."""
    if not starts:
        return list(pages)
    size = max((line.size for page in pages for line in page.lines), default=0.0)
    out: list[Page] = []
    for page in pages:
        label = starts.get(page.number)
        if label is not None and page.lines:
            first = page.lines[0]
            # at the top of the page (top and bottom 0), above its first line and in its column
            heading = Line(label, page.number, first.x0, first.x0 + GLYPH_WIDTH * size * len(label), 0.0, 0.0, size,
                           bold=True, column=first.column)
            # where the page prints its theme as a heading too, this one takes its place (set however large)
            page = replace(page, lines=(heading, *(line for line in page.lines if not _reads(line.text, label))))
        out.append(page)
    return out


def _reads(text: str, label: str) -> bool:
    """Whether a line reads a tab's label, whatever its case and spacing."""
    return " ".join(text.split()).casefold() == " ".join(label.split()).casefold()
