"""Issue #21: a planning table drawn open (a rule under each row, no column rules) whose year or quarter columns
mark the periods an afspraak runs with filled dots drawn as circles (no character in the text layer), a dash where
it does not run, and the current year's column shaded grey (dev family wouwerhoek). The shaded column's sides were
taken for a ruled table of one cell a row, the header's years named no column, and the dots were not read at all:
no afspraak came out. Now each drawn dot is a mark "●" in its cell (`parse.dots`), the shaded column is no table
(`parse.open_tables`), the header line's periods name columns (`parse.unruled`), and `planning` is the marked
periods (`cells.period_planning`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.parse.dots import DOT, dot_word, on_baselines
from pipeline.parse.geometry import Grid, Word
from pipeline.parse.open_tables import drop_shaded_columns

FS, LEAD = 9, 11.2
ROWS = [  # number, text, wie, the columns marked, the planning read
    ("B.1", "De corporatie bouwt in de wijk Hoogveld 40 sociale huurwoningen; de eerste woningen worden in 2027 "
            "opgeleverd en de laatste in het jaar daarna.", "Corporatie", (0, 1, 2), None),
    ("B.2", "De gemeente stelt een nieuwe huisvestingsverordening vast.", "Gemeente", (1,), None),
    ("B.3", "Partijen zorgen ervoor dat de kernvoorraad betaalbare huurwoningen in de gemeente gedurende de hele "
            "looptijd van deze afspraken niet kleiner wordt dan 2.400 woningen, ook niet wanneer de corporatie "
            "woningen verkoopt of sloopt.", "Partijen", (0, 1, 2, 3), None),
    ("B.4", "De huurdersvereniging organiseert twee bijeenkomsten per jaar over de huurverhoging en het "
            "huurbeleid.", "Huurdersvereniging", (2, 3), None),
]


def planning_pdf(path: Path, periods: tuple[str, ...], current: int, ruled: bool = False, dash: str = "–",
                 shade: bool = False) -> Path:
    """A landscape page with an open planning table: rules under the rows (and the column rules too if `ruled`), a
    header band, the `current` period's column shaded light grey, a drawn dot in each period a row runs (its cell
    shaded darker instead if `shade`) and `dash` in the others; a punch hole in the margin."""
    c = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    width, height = landscape(A4)
    cols = [("Nr", 40), ("Actie", 380), ("Wie", 120)] + [(p, 50) for p in periods]
    xs = [40.0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    c.setFillGray(0.8)
    c.circle(16, height / 2, 5, stroke=0, fill=1)  # a punch hole of a scan: no mark
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, height - 40, "Uitvoeringsprogramma 2026 prestatieafspraken Hoogveld")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, height - 66, "2 Planning van de afspraken")
    y = height - 90
    c.setFillGray(0.82)
    c.rect(xs[0], y - 16, xs[-1] - xs[0], 16, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 8.5)
    for (name, w), x in zip(cols, xs, strict=False):
        c.drawString(x + 4, y - 11, name) if not name[0].isdigit() and name[0] != "Q" \
            else c.drawCentredString(x + w / 2, y - 11, name)
    for x in xs if ruled else ():
        c.line(x, y, x, y - 16)
    if ruled:
        c.line(xs[0], y, xs[-1], y)
    y -= 16
    for number, text, wie, marked, _ in ROWS:
        lines = simpleSplit(text, "Helvetica", FS, 380 - 8)
        hgt = len(lines) * LEAD + 8
        c.setFillGray(0.93)
        c.rect(xs[3 + current], y - hgt, 50, hgt, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica", FS)
        c.drawString(xs[0] + 4, y - 4 - FS, number)
        for k, line in enumerate(lines):
            c.drawString(xs[1] + 4, y - 4 - FS - k * LEAD, line)
        c.drawString(xs[2] + 4, y - 4 - FS, wie)
        for k in range(len(periods)):
            cx, cy = xs[3 + k] + 25, y - hgt / 2
            if k in marked and shade:
                c.setFillGray(0.6)
                c.rect(xs[3 + k], y - hgt, 50, hgt, stroke=0, fill=1)
                c.setFillGray(0)
            elif k in marked:
                c.setFillColorRGB(0.1, 0.3, 0.4)
                c.circle(cx, cy, 4, stroke=0, fill=1)
                c.setFillGray(0)
            elif dash:
                c.drawCentredString(cx, cy - 3, dash)
        c.setStrokeGray(0.7)
        c.line(xs[0], y - hgt, xs[-1], y - hgt)
        for x in xs if ruled else ():
            c.line(x, y, x, y - hgt)
        y -= hgt
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize(("ruled", "dash"), [(False, "–"), (True, "")])  # a full grid: a dot's curves cut no cell
@pytest.mark.parametrize(("periods", "plannings"), [
    (("2026", "2027", "2028", "2029"), ["2026-2028", "2027", "2026-2029", "2028-2029"]),
    (("Q1", "Q2", "Q3", "Q4"), ["Q1-Q3 2026", "Q2 2026", "Q1-Q4 2026", "Q3-Q4 2026"]),
])
def test_issue_21_drawn_dots_in_period_columns_give_the_planning(tmp_path, backend, ruled, dash, periods,
                                                                  plannings):
    pdf = planning_pdf(tmp_path / "planning.pdf", periods, current=1, ruled=ruled, dash=dash)
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [a.number for a in doc.afspraken] == [r[0] for r in ROWS]
    assert [a.text for a in doc.afspraken] == [r[1] for r in ROWS]
    assert [a.trekker for a in doc.afspraken] == [r[2] for r in ROWS]
    assert [a.planning for a in doc.afspraken] == plannings


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("current", [1, 0])
@pytest.mark.parametrize("ruled", [False, True])
def test_issue_21_shaded_cells_of_a_planning_table_give_the_planning(tmp_path, backend, current, ruled):
    """Grey cells instead of dots: without column rules the shading's sides are no ruled table and each grey cell
    is a mark; with them or without, the lighter grey of the current year's column (the first or the second) that
    fills that column alone marks nothing."""
    pdf = planning_pdf(tmp_path / "shaded.pdf", ("2026", "2027", "2028", "2029"), current=current, ruled=ruled,
                       dash="", shade=True)
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [a.number for a in doc.afspraken] == [r[0] for r in ROWS]
    assert [a.trekker for a in doc.afspraken] == [r[2] for r in ROWS]
    assert [a.planning for a in doc.afspraken] == ["2026-2028", "2027", "2026-2029", "2028-2029"]


@pytest.mark.parametrize(("box", "is_dot"), [
    ((10, 10, 18, 18), True),  # a dot of 8 points
    ((10, 10, 12, 12), False),  # thinner than a rule: a speck
    ((10, 10, 40, 40), False),  # a drawing
    ((10, 10, 20, 13), False),  # a bar, no dot
])
def test_dot_word_takes_small_round_shapes_only(box, is_dot):
    assert (dot_word(*box) is not None) is is_dot


def test_a_dot_is_a_mark_only_after_text_on_its_line():
    text = [Word("Corporatie", 100, 150, 10, 19, 9, False), Word("bouwt", 152, 180, 21.2, 30.2, 9, False)]
    after, margin = Word(DOT, 300, 308, 12, 20, 8, False), Word(DOT, 10, 18, 12, 20, 8, False)
    assert on_baselines([after, margin], text) == [after._replace(top=10, bottom=19, size=9)]


def test_a_shaded_column_across_an_open_table_is_no_ruled_table():
    header = ((0, 0, 100, 10), (100, 0, 150, 10), (150, 0, 300, 10))
    shaded = [(None, (100, y, 150, y + 10), None) for y in (10, 20, 30)]
    ruled = [((0, y, 100, y + 10), (100, y, 150, y + 10), (150, y, 300, y + 10)) for y in (10, 20, 30)]
    assert drop_shaded_columns([Grid(0, 0, 300, 40, (header, *shaded))]) == []
    kept = Grid(0, 0, 300, 40, (header, *ruled))
    assert drop_shaded_columns([kept]) == [kept]
