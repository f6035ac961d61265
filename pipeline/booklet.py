"""A booklet printed as its saddle-stitch imposition (the printer's proof): each PDF page a landscape sheet of two
booklet pages side by side in imposition order (12|1, 2|11, 10|3, ... for twelve pages), read in booklet order.

Folded and stitched, sheet k of S carries booklet pages k and 2S+1-k, so the two printed page numbers of every
sheet add up to 2S+1, and the odd (recto) page stands on the right. The halves are read by their printed numbers
(a running footer's "4 Prestatieafspraken 2026" or "Pagina 9"); a half without one (the cover, a blank page) takes
the number its sheet's other half, or the pattern of the other sheets, leaves for it. Each half keeps its sheet's
page number (the sheet is where its text is found in the PDF) and is moved into a page frame of its own.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .types import Line, Page, Table

MIN_SHEETS = 2  # sheets, and sheets printing a number: one sheet's pair of numbers shows no imposition
MARGIN = 0.08  # of the height: the bands at the top and foot of a page where its running lines and number stand
FOLD_SLACK = 2.0  # points a line may reach over the middle of the sheet and still belong to its half
# a printed page number: alone ("9", "- 9 -", "Pagina 9", "9 van 12") or at either end of a running line
# ("4 Prestatieafspraken 2026", "Prestatieafspraken 2026 | 9"); one to three digits, never a year
ALONE = re.compile(r"^[\W_]*(?:pagina|page|blz\.?|p\.)?\s*(\d{1,3})\s*(?:(?:van|/|of)\s*\d{1,3})?[\W_]*$", re.I)
LEADING = re.compile(r"^(\d{1,3})\s+(?:[|·•–-]\s*)?\S")
TRAILING = re.compile(r"\S\s+(?:[|·•–-]\s*)?(\d{1,3})$")

Half = tuple[list[Line], list[Table]]


def booklet_pages(pages: Sequence[Page]) -> list[Page]:
    """The pages of a saddle-stitch imposition proof as their booklet pages, one Page per half sheet in booklet
    order (each with its sheet's number); any other document's pages as they are. Cheap on other documents: a
    portrait page, or a line across the middle of a sheet, ends the test at once."""
    if len(pages) < MIN_SHEETS or any(p.width <= p.height for p in pages):
        return list(pages)
    halves: list[tuple[Half, Half]] = []
    for page in pages:
        split = split_sheet(page)
        if split is None:
            return list(pages)
        halves.append(split)
    printed = [(printed_number(page, left[0]), printed_number(page, right[0]))
               for page, (left, right) in zip(pages, halves, strict=True)]
    numbers = impose(printed)
    if numbers is None:
        return list(pages)
    order = sorted((n, k, side) for k, pair in enumerate(numbers) for side, n in enumerate(pair))
    return as_pages(pages, halves, [(k, side) for _, k, side in order])


def as_pages(pages: Sequence[Page], halves: Sequence[tuple[Half, Half]],
             order: Sequence[tuple[int, int]]) -> list[Page]:
    """The half sheets in `order` (sheet index, 0 left or 1 right) as pages of half the sheet's width, each moved so
    that its text's left edge stands where the others' do: mirrored margins (the wider one at the fold) and the
    right half's offset would else read as indents where text runs on from one booklet page to the next."""
    edges = {(k, side): min(ln.x0 for ln in halves[k][side][0]) - side * pages[k].width / 2
             for k, side in order if halves[k][side][0]}
    target = statistics.median(edges.values()) if edges else 0.0
    out = []
    for k, side in order:
        page, (lines, tables) = pages[k], halves[k][side]
        dx = target - edges[(k, side)] - side * page.width / 2 if (k, side) in edges else -side * page.width / 2
        out.append(replace(page, width=page.width / 2,
                           lines=tuple(replace(ln, x0=ln.x0 + dx, x1=ln.x1 + dx) for ln in lines),
                           tables=tuple(replace(t, x0=t.x0 + dx, x1=t.x1 + dx) for t in tables)))
    return out


def split_sheet(page: Page) -> tuple[Half, Half] | None:
    """A sheet's lines and tables in its left and right half, or None where a line or table crosses the middle."""
    middle = page.width / 2
    left: Half = ([], [])
    right: Half = ([], [])
    for slot, items in ((0, page.lines), (1, page.tables)):  # Half: (lines, tables)
        for item in items:
            if item.x0 < middle - FOLD_SLACK and item.x1 > middle + FOLD_SLACK:
                return None
            (left if item.x0 + item.x1 < 2 * middle else right)[slot].append(item)  # type: ignore[arg-type]
    return left, right


def printed_number(page: Page, lines: Sequence[Line]) -> int | None:
    """The page number printed in a half sheet's top or foot band (the one nearest the edge; the foot's first),
    None where it prints none."""
    top, foot = MARGIN * page.height, (1 - MARGIN) * page.height
    feet = sorted((ln for ln in lines if ln.top >= foot), key=lambda ln: -ln.bottom)
    heads = sorted((ln for ln in lines if ln.bottom <= top), key=lambda ln: ln.top)
    for line in (*feet, *heads):
        text = line.text.strip()
        found = ALONE.match(text) or (any(c.isalpha() for c in text)
                                      and (LEADING.match(text) or TRAILING.search(text)))
        if found and int(found.group(1)) > 0:
            return int(found.group(1))
    return None


def impose(printed: Sequence[tuple[int | None, int | None]]) -> list[tuple[int, int]] | None:
    """Each sheet's (left, right) booklet page numbers from the numbers printed on them (None where a half prints
    none), or None where they are no saddle-stitch imposition: every sheet's two numbers add up to twice the sheets
    plus one, at least two sheets print one and one prints both. A half without a number takes the one its sheet's
    other half leaves; a sheet without any the pair no other sheet holds (in sheet order), the odd page on the side
    the other sheets put it on (the right, as a recto)."""
    total = 2 * len(printed) + 1
    known = [(a, b) for a, b in printed if a is not None or b is not None]
    if len(known) < MIN_SHEETS or not any(a is not None and b is not None for a, b in known):
        return None
    if any(n > total - 1 for pair in known for n in pair if n is not None) \
            or any(a is not None and b is not None and a + b != total for a, b in known):
        return None
    lefts = [a if a is not None else total - b for a, b in known]  # type: ignore[operator]
    sides = Counter(n % 2 == 0 for n in lefts)
    odd_right = sides[True] >= sides[False]
    claimed = {min(n, total - n) for n in lefts}
    free = iter(k for k in range(1, len(printed) + 1) if k not in claimed)
    numbers: list[tuple[int, int]] = []
    for a, b in printed:
        if a is not None:
            numbers.append((a, total - a))
        elif b is not None:
            numbers.append((total - b, b))
        else:
            low = next(free, None)
            if low is None:
                return None
            even, odd = (low, total - low) if low % 2 == 0 else (total - low, low)
            numbers.append((even, odd) if odd_right else (odd, even))
    if len({n for pair in numbers for n in pair}) != total - 1:
        return None
    return numbers
