"""A region drawn turned a quarter on an upright page: read in its own upright frame, beside the upright text.

Word and InDesign place a landscape table inside a portrait document by turning its content 90 degrees on a
portrait page that has no /Rotate entry: the table's text runs bottom to top (or top to bottom) while the running
header, footer and page number stay upright. Both backends drop turned glyphs (a margin label, a watermark), so
such a page used to read as its footer alone. Here a page whose turned text is a body of its own (many glyphs on
several baselines: `turned_rotation`) is read a second time as if it carried /Rotate (the turned text upright,
the upright text turned and so left out), and `with_turned` sets that reading in the page between the upright
lines above and below it. A few turned words (a vertical "CONCEPT", a side tab) are no region, nor is turned text
set up the margin beside upright text: the page is read as before, and a page without turned glyphs never gets
here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from ..types import Line, Page, Table

MIN_GLYPHS = 150  # turned glyphs that make a body of text, not a label
MIN_BASELINES = 3  # lines of turned text: a table or paragraph, not one vertical label or a strip of tabs
BASELINE_STEP = 4.0  # points: glyphs of one turned line share their baseline's position across the page
MAX_BESIDE = 3  # upright lines beside the turned text that make it a note up the margin of a page of text
MAX_SLANT = 0.1  # |a| / |b| of a glyph's matrix turned a quarter; more is text at another angle (a watermark)
GAP = 6.0  # points kept between the upright lines above or below and the turned region


def turned_rotation(glyphs: Iterable[tuple[float, float, float, int]]) -> int | None:
    """The /Rotate (90 or 270) that sets a page's turned text upright, or None when it is no region of its own.

    `glyphs` holds, per turned glyph or run of glyphs, the matrix's (a, b) (its direction), the position of its
    baseline across the page and how many glyphs it stands for. Text running up the page (b > 0) reads upright
    with the page turned a quarter clockwise (/Rotate 90), text running down with /Rotate 270; text at another
    angle (a diagonal watermark) does not count.
    """
    count = up = 0
    baselines: set[int] = set()
    for a, b, across, n in glyphs:
        if abs(a) > MAX_SLANT * abs(b):
            continue
        count += n
        up += n if b > 0 else -n
        baselines.add(round(across / BASELINE_STEP))
    if count < MIN_GLYPHS or len(baselines) < MIN_BASELINES:
        return None
    return 90 if up >= 0 else 270


def pdfium_turned(read: Page, page: Any, turned: list[tuple[bool, int, float, float, float, int]] | None,
                  reread: Callable[[], Page]) -> Page:
    """A pypdfium2 page's reading (`read`) with its turned region, if the words it left out make one: the page
    is given /Rotate in memory and read again (`reread`). `turned` holds per word left out whether it was upright
    (a tinted watermark), whether PDFium gave its matrix, the matrix's a and b, its baseline x and its length."""
    rotation = turned_rotation(w[2:] for w in turned if not w[0] and w[1]) if turned else None
    if rotation is None:
        return read
    page.set_rotation(rotation)
    return with_turned(read, reread(), rotation)


def with_turned(upright: Page, turned: Page, rotation: int) -> Page:
    """One page from its upright reading and the reading of its turned region (`turned`, in the frame a
    /Rotate `rotation` gives: width and height swapped).

    The turned region comes out in its own frame, as a reader holds the page to read it; the upright lines
    above it (a running header) keep their distance from the top, those below it (the footer, the page number)
    their distance from the bottom, and the region moves down only as far as the lines above it need.
    """
    boxes = [(ln.x0, ln.top, ln.x1, ln.bottom) for ln in turned.lines] + \
        [(t.x0, t.top, t.x1, t.bottom) for t in turned.tables]
    if not boxes:
        return upright
    x0, t0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, t1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    # the region on the upright page: the turned frame's x runs up the page (90) or down it (270), its top
    # across the page from the left (90) or from the right (270)
    top, bottom = (upright.height - x1, upright.height - x0) if rotation == 90 else (x0, x1)
    left, right = (t0, t1) if rotation == 90 else (upright.width - t1, upright.width - t0)
    middle = (top + bottom) / 2
    if sum(ln.top < bottom - GAP and ln.bottom > top + GAP for ln in upright.lines) >= MAX_BESIDE:
        return upright  # upright text runs on beside it: a side column set up the margin, left out as before

    def is_above(ln: Line | Table) -> bool:  # a line beside the region goes with the half it stands in
        return ln.bottom <= top + GAP or ln.top < bottom - GAP and (ln.top + ln.bottom) / 2 < middle

    above = [ln for ln in upright.lines if is_above(ln)]
    below = [ln for ln in upright.lines if not is_above(ln)]
    shift = max(0.0, max((ln.bottom for ln in above), default=0.0) + GAP - t0)
    height = max(turned.height, t1 + shift + GAP + max((upright.height - ln.top for ln in below), default=0.0))
    down = height - upright.height  # the lines below keep their distance from the page's bottom edge
    lines = [*above, *(_moved(ln, shift) for ln in turned.lines), *(_moved(ln, down) for ln in below)]
    # the turned table's rules, read upright, drew a grid of empty cells there: left out
    kept = [t for t in upright.tables if t.bottom <= top or t.top >= bottom or t.x1 <= left or t.x0 >= right]
    tables = [*(t for t in kept if is_above(t)), *(_moved(t, shift) for t in turned.tables),
              *(_moved(t, down) for t in kept if not is_above(t))]
    return replace(upright, width=max(upright.width, turned.width), height=height, lines=tuple(lines),
                   tables=tuple(tables), columns=max(upright.columns, turned.columns))


def _moved(item: Line | Table, dy: float):  # type: ignore[no-untyped-def]
    return replace(item, top=item.top + dy, bottom=item.bottom + dy) if dy else item
