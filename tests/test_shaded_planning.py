"""Planning tables whose periods are shaded cells ("# | Actie | Trekker | Q1 | Q2 | Q3 | Q4 | Later", issue #21):
the grey quarters give the planning, a date in the Later column wins (dev family steenwijde)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline import run
from pipeline.cells import period_planning, table_roles
from pipeline.parse.geometry import Grid
from pipeline.parse.shading import SHADE, plumber_fills, shade_table
from pipeline.types import Table as ParsedTable

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
GREY = colors.HexColor("#9A9A9A")
ROWS = [  # text, trekker, shaded quarters, Later, the planning read
    ("De corporaties bouwen in 2025 samen ten minste 165 sociale huurwoningen in de kernen van de gemeente.",
     "Corporaties", (2, 3, 4), "", "Q2-Q4 2025"),
    ("De gemeente stelt in het eerste kwartaal een nieuwe huisvestingsverordening vast na advies van de koepel.",
     "Gemeente", (1,), "", "Q1 2025"),
    ("Partijen organiseren twee keer per jaar een bewonersavond in elke wijk om de leefbaarheid te bespreken.",
     "Partijen", (2, 4), "", "Q2 en Q4 2025"),
    ("De corporaties isoleren alle portiekflats in de wijk Noord tot ten minste label B, zonder huurverhoging.",
     "Corporaties", (3, 4), "medio 2026", "medio 2026"),
    ("De huurderskoepel onderzoekt samen met de corporaties hoe huurders beter kunnen meepraten over onderhoud.",
     "Huurderskoepel", (), "", None),
]


def planning_pdf(path: Path) -> Path:
    head = ["#", "Actie", "Trekker", "Q1", "Q2", "Q3", "Q4", "Later"]
    rows: list[list] = [head]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E5A")),
             ("TEXTCOLOR", (0, 0), (-1, 0), colors.white)]
    for i, (text, trekker, quarters, later, _) in enumerate(ROWS, 1):
        rows.append([f"3.{i}", Paragraph(text, BODY), Paragraph(trekker, BODY), "", "", "", "",
                     Paragraph(later, BODY)])
        style += [("BACKGROUND", (2 + q, i), (2 + q, i), GREY) for q in quarters]
    table = Table(rows, colWidths=[30, 380, 80, 34, 34, 34, 34, 70])
    table.setStyle(TableStyle(style))
    flow = [Paragraph("Uitvoeringsprogramma 2025 Prestatieafspraken Steendam", HEAD),
            Paragraph("3 Beschikbaarheid", HEAD), table]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(flow)
    return path


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_shaded_quarter_cells_give_the_planning(tmp_path, backend):
    doc = run.extract(planning_pdf(tmp_path / "planning.pdf"), model=None, parse={"backend": backend})
    assert [a.number for a in doc.afspraken] == ["3.1", "3.2", "3.3", "3.4", "3.5"]
    assert [a.trekker for a in doc.afspraken] == [r[1] for r in ROWS]
    assert [a.planning for a in doc.afspraken] == [r[4] for r in ROWS]
    assert all(not a.attributes for a in doc.afspraken)  # the quarter columns are no party marks


def two_row_header_pdf(path: Path) -> Path:
    rows: list[list] = [["Nr", "Actie", "Trekker", "Planning 2025", "", "", "", "Later"],
                        ["", "", "", "K1", "K2", "K3", "K4", ""]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("SPAN", (3, 0), (6, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
             ("SPAN", (7, 0), (7, 1)), ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#D9E2F3"))]
    for i, (text, trekker, quarters, later, _) in enumerate(ROWS, 2):
        rows.append([f"{i - 1}", Paragraph(text, BODY), Paragraph(trekker, BODY), "", "", "", "",
                     Paragraph(later, BODY)])
        style += [("BACKGROUND", (2 + q, i), (2 + q, i), GREY) for q in quarters]
    table = Table(rows, colWidths=[30, 380, 80, 34, 34, 34, 34, 70])
    table.setStyle(TableStyle(style))
    flow = [Paragraph("Uitvoeringsprogramma 2025 Prestatieafspraken Steendam", HEAD),
            Paragraph("3 Beschikbaarheid", HEAD), table]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(flow)
    return path


def test_shaded_quarters_under_a_spanning_planning_header(tmp_path):
    """A two-row header: "Planning 2025" spans the quarter columns named in the row below ("K1".."K4")."""
    doc = run.extract(two_row_header_pdf(tmp_path / "two.pdf"), model=None)
    assert [a.number for a in doc.afspraken] == ["1", "2", "3", "4", "5"]
    assert [a.planning for a in doc.afspraken] == [r[4] for r in ROWS]
    assert [a.trekker for a in doc.afspraken] == [r[1] for r in ROWS]


@pytest.mark.parametrize(("header", "cells", "year", "planning"), [
    (["Nr", "Actie", "jan", "feb", "mrt", "apr"], ["1", "x", "", "■", "■", ""], 2025, "feb-mrt 2025"),
    (["Nr", "Actie", "Kwartaal 1", "Kwartaal 2", "Kwartaal 3"], ["1", "x", "", "■", "■"], 2026, "Q2-Q3 2026"),
    (["Nr", "Actie", "Q3 2025", "Q4 2025", "Q1 2026"], ["1", "x", "", "■", "■"], 2025, "Q4 2025-Q1 2026"),
    (["Nr", "Actie", "Q1 2025", "Q2 2025", "Q3 2025"], ["1", "x", "■", "■", ""], 2024, "Q1-Q2 2025"),
    (["Nr", "Actie", "Q1", "Q2", "Q3", "Q4", "Later"], ["1", "x", SHADE, SHADE, "", "", ""], 2025, "Q1-Q2 2025"),
    (["Nr", "Actie", "Q1", "Q2", "Q3", "Q4", "Later"], ["1", "x", SHADE, "", "", "", "eind 2027"], 2025,
     "eind 2027"),
    (["Nr", "Actie", "Q1", "Q2", "Q3", "Q4"], ["1", "x", "", "doorlopend", "", ""], 2025, "doorlopend"),
    (["Nr", "Actie", "Q1", "Q2", "Later"], ["1", "x", "■", "", "na de evaluatie"], 2025, "na de evaluatie"),
    (["Nr", "Actie", "Q1", "Q2", "Later"], ["1", "x", "■", "", "n.v.t."], 2025, "Q1 2025"),
    (["Nr", "Actie", "Q1", "Q2", "Q3", "Q4"], ["1", "x", SHADE, SHADE, "", SHADE], 2024, "Q1-Q2 en Q4 2024"),
    (["Nr", "Actie", "2025", "2026", "2027"], ["1", "x", SHADE, SHADE, ""], 2025, "2025-2026"),
    (["Nr", "Actie", "2025", "2026", "2027"], ["1", "x", "40", "", ""], 2025, None),  # a figure is no date
    (["Nr", "Actie", "Q1", "Q2", "Q3", "Q4"], ["1", "x", "", "", "", ""], 2025, None),
])
def test_period_planning_reads_marks_and_dates_under_period_headers(header, cells, year, planning):
    roles = table_roles(header)
    assert roles is not None and roles["text"] == 1
    assert period_planning(cells, roles, year) == planning


def _table(rows):
    width = 50.0
    boxes = tuple(tuple((j * width, k * 20.0, (j + 1) * width, (k + 1) * 20.0) for j in range(len(r)))
                  for k, r in enumerate(rows))
    grid = Grid(0.0, 0.0, width * len(rows[0]), 20.0 * len(rows), boxes)
    return ParsedTable(1, 0.0, 20.0 * len(rows), 0.0, width * len(rows[0]), tuple(tuple(r) for r in rows)), grid


def _fill(row, column, rgb=(154, 154, 154)):
    return (column * 50.0, row * 20.0, (column + 1) * 50.0, (row + 1) * 20.0, rgb)


def test_shaded_label_column_is_no_mark():
    """A sub-theme column shaded in every row ("Thema | Afspraken"), its cell empty where a row goes on from the
    page before, holds no mark: the row's text must still read as continued."""
    table, grid = _table([["Thema", "Afspraken"], ["Nieuwbouw", "1. De corporaties bouwen"], ["", "2. Wij ook"]])
    fills = [_fill(0, 0, (31, 78, 90)), _fill(0, 1, (31, 78, 90)), _fill(1, 0), _fill(2, 0)]
    assert shade_table(table, grid, fills).rows == table.rows
    alone, grid = _table([["", "advies."]])  # the continued row alone on its page
    assert shade_table(alone, grid, [_fill(0, 0)]).rows == alone.rows


@pytest.mark.parametrize(("colour", "rgb"), [(0.6, (153, 153, 153)), ((0.6, 0.6, 0.6), (153, 153, 153)),
                                             ((0, 0, 0, 0.4), (153, 153, 153)), ((0.95, 0.95, 0.95), (242, 242, 242)),
                                             ((1, 1, 1), None), (None, None)])
def test_plumber_fills_read_grey_rgb_and_cmyk(colour, rgb):
    rect = {"x0": 10.0, "x1": 40.0, "top": 5.0, "bottom": 20.0, "fill": True, "non_stroking_color": colour}
    assert plumber_fills([rect]) == ([(10.0, 5.0, 40.0, 20.0, rgb)] if rgb else [])


def test_striped_rows_hold_no_marks():
    table, grid = _table([["1", "De gemeente bouwt", "", ""], ["2", "De corporaties bouwen", "", ""]])
    striped = [_fill(1, j, (230, 230, 230)) for j in range(4)]
    assert shade_table(table, grid, striped).rows == table.rows
    marked = shade_table(table, grid, [_fill(0, 2), _fill(1, 3)])
    assert marked.rows == (("1", "De gemeente bouwt", SHADE, ""), ("2", "De corporaties bouwen", "", SHADE))


def form_planning_pdf(path: Path) -> Path:
    """The planning table of `planning_pdf`, drawn inside a Form XObject (as a PDF made from a template or
    an exported slide holds its content), with the headings outside it."""
    from reportlab.pdfgen import canvas

    head = ["#", "Actie", "Trekker", "Q1", "Q2", "Q3", "Q4", "Later"]
    rows: list[list] = [head]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, (text, trekker, quarters, later, _) in enumerate(ROWS, 1):
        rows.append([f"3.{i}", Paragraph(text, BODY), Paragraph(trekker, BODY), "", "", "", "",
                     Paragraph(later, BODY)])
        style += [("BACKGROUND", (2 + q, i), (2 + q, i), GREY) for q in quarters]
    table = Table(rows, colWidths=[30, 380, 80, 34, 34, 34, 34, 70])
    table.setStyle(TableStyle(style))
    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, height - 50, "Uitvoeringsprogramma 2025 Prestatieafspraken Steendam")
    c.drawString(40, height - 75, "3 Beschikbaarheid")
    _, table_height = table.wrapOn(c, width - 80, height)
    c.beginForm("planning")
    table.drawOn(c, 0, 0)
    c.endForm()
    c.saveState()
    c.translate(40, height - 90 - table_height)
    c.doForm("planning")
    c.restoreState()
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_issue_21_shaded_planning_inside_a_form_xobject(tmp_path, backend):
    """The shaded quarters of a table drawn inside a Form XObject are read as well as its rules (issue #21)."""
    doc = run.extract(form_planning_pdf(tmp_path / "form.pdf"), model=None, parse={"backend": backend})
    assert [a.number for a in doc.afspraken] == ["3.1", "3.2", "3.3", "3.4", "3.5"]
    assert [a.planning for a in doc.afspraken] == [r[4] for r in ROWS]
