"""Issue #21: an A5 booklet published as the printer's proof for saddle stitching: each PDF page a landscape sheet
holding two booklet pages side by side in imposition order (8|1, 2|7, 6|3, 4|5), each half with its own mirrored
margins, a running header with its chapter and a footer with its page number. The halves were read sheet by sheet,
so an afspraak running from one booklet page onto the next, which sits on another sheet, was cut off and its end
read into whatever followed on the sheet. The halves are now read in booklet order, by their printed numbers (the
covers, unnumbered, take their place from the imposition), each keeping its sheet as its page. A page opening a
chapter, its small running header over a "HOOFDSTUK 3" label and not over text, no longer gives that header to the
afspraak before it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from pipeline import run
from pipeline.booklet import impose

W, H = landscape(A4)
HW = W / 2
OUTER, INNER, TOP, FOOT = 34, 44, 62, 548
HANG = 24
SIZE, LEADING = 10, 14
PAGES = 8  # booklet pages; four sheets
WIJKEN = ["De Schorren", "Veerhaven", "Molenkreek", "Zandkreek", "Oudehaven", "De Kil", "Havenkwartier",
          "Schorweide"]
ITEMS = [
    f"De corporatie realiseert in {2025 + k % 3} in de wijk {WIJKEN[k % 8]} ten minste {12 + 7 * k} sociale "
    f"huurwoningen, waarvan {3 + k} levensloopbestendige appartementen, en bespreekt de planning en de verdeling "
    f"over de complexen vooraf met de huurdersvereniging en de bewonerscommissie van {WIJKEN[(k + 3) % 8]}."
    for k in range(30)
]
# title and afspraken; each chapter opens a page, its title the running header there (repeated on two pages at most)
CHAPTERS = [("Betaalbaar wonen", 10), ("Duurzaam wonen", 5), ("Wonen met zorg", 5), ("Prettig wonen in de wijk", 10)]
NUMBERS = [f"{c}.{k}" for c, (_, count) in enumerate(CHAPTERS, 1) for k in range(1, count + 1)]


def _flow() -> tuple[list[list[tuple[float, str, str]]], dict[int, tuple[int, int]]]:
    """The body of booklet pages 2 to 7 as (x offset from the text edge, text, style) lines per page, and per
    afspraak the booklet pages of its first and last line."""
    width = HW - OUTER - INNER
    per_page = int((FOOT - TOP) // LEADING)
    lines: list[tuple[float, str, str, int | None]] = []
    first = 0
    for c, (title, count) in enumerate(CHAPTERS, 1):
        lines += [(0, "", "body", None)] * (-len(lines) % per_page)
        lines += [(0, f"HOOFDSTUK {c}", "label", None), (0, title, "title", None), (0, "", "body", None)]
        for k in range(first, first + count):
            for i, part in enumerate(simpleSplit(ITEMS[k], "Helvetica", SIZE, width - HANG)):
                lines.append((HANG, part, "body", k) if i else (0, f"{c}.{k - first + 1} {part}", "body", k))
            lines.append((0, "", "body", None))
        first += count
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    assert len(pages) == PAGES - 2, "the afspraken fill the inside pages"
    spans: dict[int, tuple[int, int]] = {}
    for p, page in enumerate(pages, 2):
        for *_, k in page:
            if k is not None:
                spans[k] = (spans.get(k, (p, p))[0], p)
    return [[(x, t, style) for x, t, style, _ in page] for page in pages], spans


def _sheets() -> list[tuple[int, int]]:
    """Sheet k of the saddle-stitch imposition: (left, right) booklet pages, the odd page on the right."""
    return [(PAGES + 1 - k, k) if k % 2 else (k, PAGES + 1 - k) for k in range(1, PAGES // 2 + 1)]


def _draw_page(c: Canvas, number: int, left: float, body: list[list[tuple[float, str, str]]]) -> None:
    odd = number % 2 == 1
    edge = left + (INNER if odd else OUTER)  # mirrored margins: the wider one at the fold
    right = left + HW - (OUTER if odd else INNER)
    if number == 1:
        c.setFont("Helvetica-Bold", 24)
        c.drawString(edge, 420, "Prestatieafspraken 2025")
        c.setFont("Helvetica", 11)
        c.drawString(edge, 390, "Gemeente Testdam, Woonstichting De Slikrand en Huurdersvereniging De Kaai")
        return
    if number == PAGES:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(edge, H - 80, "Meer weten?")
        c.setFont("Helvetica", 8.5)
        c.drawString(edge, H - 100, "Woonstichting De Slikrand, Schorweg 12, Testdam")
        return
    lines = body[number - 2]
    chapter = next(title for _, title, style in reversed([ln for page in body[:number - 1] for ln in page])
                   if style == "title")
    c.setFont("Helvetica", 7)  # the running header: the chapter open on the page
    header = chapter.upper()
    c.drawRightString(right, H - 30, header) if odd else c.drawString(edge, H - 30, header)
    c.setFont("Helvetica", 7.5)
    footer = "Prestatieafspraken Testdam 2025"
    c.drawRightString(right, 24, f"{footer} {number}") if odd else c.drawString(edge, 24, f"{number} {footer}")
    fonts = {"body": ("Helvetica", SIZE), "label": ("Helvetica-Bold", 8.5), "title": ("Helvetica-Bold", 15)}
    for i, (dx, text, style) in enumerate(lines):
        c.setFont(*fonts[style])
        c.drawString(edge + dx, H - TOP - i * LEADING, text)


def _build(path: Path) -> Path:
    body, _ = _flow()
    c = Canvas(str(path), pagesize=(W, H), invariant=1)
    for left_page, right_page in _sheets():
        _draw_page(c, left_page, 0.0, body)
        _draw_page(c, right_page, HW, body)
        c.setDash(3, 3)
        c.line(HW, 20, HW, 40)  # the fold mark
        c.showPage()
    c.save()
    return path


def _sheet_of(page: int) -> int:
    return next(k for k, pair in enumerate(_sheets(), 1) if page in pair)


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_booklet_halves_read_in_booklet_order(tmp_path, backend):
    _, spans = _flow()
    assert any(_sheet_of(a) != _sheet_of(b) for a, b in spans.values()), "no afspraak runs onto another sheet"
    doc = run.extract(_build(tmp_path / "boekje.pdf"), model=None, parse={"backend": backend})
    assert [a.text for a in doc.afspraken] == ITEMS
    assert [a.number for a in doc.afspraken] == NUMBERS
    assert [a.page for a in doc.afspraken] == [_sheet_of(spans[k][0]) for k in range(len(ITEMS))]
    assert doc.meta.pages == PAGES // 2


@pytest.mark.parametrize(("printed", "expected"), [
    # the covers print no number: their sheet takes the pair no other sheet holds, the odd page on the right
    ([(None, None), (2, 11), (10, 3), (4, 9), (8, 5), (6, 7)],
     [(12, 1), (2, 11), (10, 3), (4, 9), (8, 5), (6, 7)]),
    # one half of a sheet unnumbered (a blank page, a full-page picture): the other half's number fixes it
    ([(None, 1), (2, None), (6, 3), (4, 5)], [(8, 1), (2, 7), (6, 3), (4, 5)]),
    # sheets in another order than the folding (the inner sheet first)
    ([(4, 5), (None, None), (2, 7), (6, 3)], [(4, 5), (8, 1), (2, 7), (6, 3)]),
])
def test_impose_reads_any_saddle_stitch_imposition(printed, expected):
    assert impose(printed) == expected


@pytest.mark.parametrize("printed", [
    [(None, 1), (2, 3), (4, 5), (6, 7)],  # reader spreads: facing pages in order, no imposition
    [(None, None), (None, None), (None, 3)],  # too few printed numbers to tell
    [(2, 11), (3, 10)],  # numbers beyond the pages the sheets hold
])
def test_impose_leaves_other_spreads_alone(printed):
    assert impose(printed) is None
