"""A routekaart: the afspraken as rounded boxes on a time axis ("Onderwerp | Q1 2026 | ... | Q4 2026 | Later"), in
swimlanes per theme with the label at the left, an owner tag in a corner of each box spelled out by a legend at the
foot of the page ("G = Gemeente Esdorp"). Boxes side by side were read as one text, line by line across them (1 of
105 found in dev family lindegracht); each box is one afspraak now: its text without the tag, its lane as the
section, its owner through the legend ("G + C": both, joined with "en") and the label of the quarter it ends in
as the planning (a box over two quarters is due in the second)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from pipeline import run

W, H = landscape(A4)
LEFT, RIGHT, LABEL_W = 36, W - 36, 110
COL = (RIGHT - LEFT - LABEL_W) / 5
AXIS = ["Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026", "Later"]
LEGEND = {"G": "Gemeente Esdorp", "C": "Woonbron Esdorp", "HO": "Huurdersorganisatie Esdorp"}
LANES = [
    ("Wonen voor iedereen", [
        (0, 0, "Woonbron wijst ten minste 25% van de vrijkomende woningen toe aan starters uit Esdorp.", "C"),
        (0, 1, "De gemeente en Woonbron stellen samen een regeling vast voor doorstroming van senioren naar "
               "een kleinere woning.", "G + C"),
        (2, 2, "Woonbron start de bouw van 36 sociale huurwoningen aan de Esweg.", "C"),
        (2, 2, "De gemeente wijst in 2026 een tweede locatie aan voor flexwoningen.", "G"),
        (4, 4, "Partijen houden de sociale voorraad tot 2030 op ten minste 2.400 woningen.", "Allen"),
    ]),
    ("Duurzaam en leefbaar", [
        (1, 1, "Woonbron isoleert in 2026 ten minste 80 woningen tot energielabel B.", "C"),
        (1, 2, "De huurdersorganisatie organiseert in elke wijk een bewonersavond over energiebesparing.", "HO"),
        (3, 4, "De gemeente stelt in 2026 een budget van € 15.000 beschikbaar voor groene schoolpleinen.", "G"),
    ]),
]


def build(path: Path, restyled: bool = False) -> None:
    """The routekaart; `restyled` as another designer sets it: each lane's label in the middle of its lane, each
    box's fill and outline drawn apart, each tag on the box's last line of text, right-aligned, and the legend one
    line of entries ("Legenda: G: Gemeente Esdorp; C: ...") with the pairs described in words."""
    inline_tag = restyled
    c = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(LEFT, H - 46, "Routekaart 2026")
    top = H - 80
    c.setFillColor(HexColor("#1f4e79"))
    c.rect(LEFT, top - 18, RIGHT - LEFT, 18, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont("Helvetica-Bold", 9)
    c.drawString(LEFT + 4, top - 13, "Onderwerp")
    for k, label in enumerate(AXIS):
        c.drawCentredString(LEFT + LABEL_W + COL * (k + 0.5), top - 13, label)
    y = top - 18
    for label, boxes in LANES:
        depth = [0.0] * 5
        for start, end, text, tag in boxes:
            width = COL * (end - start + 1) - 8
            lines = simpleSplit(text, "Helvetica", 7, width - 10)
            height = 8 + 8.5 * len(lines) + (2 if inline_tag else 10)
            dy = max(depth[start:end + 1]) + 4
            x, box_top = LEFT + LABEL_W + COL * start + 4, y - dy
            c.setFillColor(HexColor("#e8f0f8"))
            c.setStrokeColor(HexColor("#6b7f99"))
            if restyled:  # fill and outline as two paths, as office exports draw them
                c.roundRect(x, box_top - height, width, height, 6, stroke=0, fill=1)
                c.roundRect(x, box_top - height, width, height, 6, stroke=1, fill=0)
            else:
                c.roundRect(x, box_top - height, width, height, 6, stroke=1, fill=1)
            c.setFillColor(HexColor("#000000"))
            c.setFont("Helvetica", 7)
            for i, line in enumerate(lines):
                c.drawString(x + 5, box_top - 10 - 8.5 * i, line)
            c.setFont("Helvetica-Bold", 5.5)
            c.drawRightString(x + width - 5, box_top - 10 - 8.5 * (len(lines) - 1) if inline_tag
                              else box_top - height + 3.5, tag)
            for k in range(start, end + 1):
                depth[k] = dy + height
        c.setFillColor(HexColor("#000000"))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(LEFT + 4, y - (max(depth) + 8) / 2 - 3 if restyled else y - 14, label)
        y -= max(depth) + 8
        c.setStrokeColor(HexColor("#c0c0c0"))
        c.line(LEFT, y, RIGHT, y)
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica", 7)
    if inline_tag:
        c.drawString(LEFT, 52, "Legenda: " + "; ".join(f"{key}: {name}" for key, name in LEGEND.items())
                     + "; Allen: Alle partijen; G + C: gemeente en corporatie samen.")
        c.showPage()
        c.save()
        return
    x = LEFT
    for key, name in LEGEND.items():
        c.setFillColor(HexColor("#e8f0f8"))
        c.roundRect(x, 50, 18, 8, 2, stroke=1, fill=1)
        c.setFillColor(HexColor("#000000"))
        c.drawString(x + 22, 52, f"{key} = {name}")
        x += 40 + c.stringWidth(f"{key} = {name}", "Helvetica", 7)
    c.drawString(x, 52, "Allen = Alle partijen")
    c.showPage()
    c.save()


@pytest.mark.parametrize("restyled", [False, True], ids=["labels_on_top", "restyled"])
@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_each_box_of_a_routekaart_is_one_afspraak_with_its_lane_owner_and_quarter(tmp_path: Path, backend: str,
                                                                                  restyled: bool) -> None:
    path = tmp_path / "routekaart.pdf"
    build(path, restyled)
    doc = run.extract(path, parse={"backend": backend}, model=None)
    owners = LEGEND | {"Allen": "Alle partijen", "G + C": "Gemeente Esdorp en Woonbron Esdorp"}
    expected = [(text, owners[tag], AXIS[end], f"Routekaart 2026 > {lane}")
                for lane, boxes in LANES for start, end, text, tag in sorted(boxes, key=lambda b: b[0])]
    got = [(a.text, a.trekker, a.planning, a.section) for a in doc.afspraken]
    assert got == expected
    assert all(a.number is None for a in doc.afspraken)


def test_a_planning_table_without_boxes_is_no_chart(tmp_path: Path) -> None:
    """The header row alone makes no chart: a page of text under a period row keeps its lines."""
    path = tmp_path / "axis.pdf"
    c = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    c.setFont("Helvetica", 9)
    for k, label in enumerate(AXIS):
        c.drawCentredString(LEFT + LABEL_W + COL * (k + 0.5), H - 80, label)
    c.drawString(LEFT, H - 110, "1. Woonbron isoleert in 2026 ten minste 80 woningen tot energielabel B.")
    c.showPage()
    c.save()
    doc = run.extract(path, model=None)
    assert [a.text for a in doc.afspraken] == ["Woonbron isoleert in 2026 ten minste 80 woningen tot energielabel B."]


@pytest.mark.parametrize(("text", "entries"), [
    ("Gem. = Gemeente Lindegracht", [("Gem.", "Gemeente Lindegracht")]),
    ("Legenda: G: Gemeente Esdorp; C: Woonbron Esdorp", [("G", "Gemeente Esdorp"), ("C", "Woonbron Esdorp")]),
    ("HV – Huurdersvereniging De Lindetak", [("HV", "Huurdersvereniging De Lindetak")]),
    ("Gem. + Corp. = gemeente en corporatie samen. Een blok over twee kwartalen start in het eerste.",
     [("Gem. + Corp.", "gemeente en corporatie samen")]),
    ("Een blok start in het eerste kwartaal", []),
])
def test_legend_entries(text: str, entries: list[tuple[str, str]]) -> None:
    from pipeline.parse.planning_charts import legend_entries

    assert legend_entries(text) == entries


@pytest.mark.parametrize(("tag", "owner"), [
    ("Gem.", "Gemeente Lindegracht"),
    ("Gem. + Corp.", "Gemeente Lindegracht en Woonstichting Grachtwaarde"),  # the names, not the words for the pair
    ("Corp. & HV", "Woonstichting Grachtwaarde en HV"),  # a part the legend does not name: the tag's own entry
    ("Wijkteam", "Wijkteam"),
])
def test_spell_out(tag: str, owner: str) -> None:
    from pipeline.parse.planning_charts import spell_out

    legend = {"Gem.": "Gemeente Lindegracht", "Corp.": "Woonstichting Grachtwaarde",
              "Gem. + Corp.": "gemeente en corporatie samen", "Corp. & HV": "Woonstichting Grachtwaarde en HV"}
    assert spell_out(tag, legend) == owner


def test_quarters_under_their_years_take_the_year_over_them(tmp_path: Path) -> None:
    """A routekaart over two years: the years in a row of their own over the quarters ("2026" over "Q1 ... Q4",
    "2027" over the next four); a box's planning is its quarter with the year over it."""
    path = tmp_path / "two_years.pdf"
    c = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    col = (RIGHT - LEFT - LABEL_W) / 9
    top = H - 80
    c.setFont("Helvetica-Bold", 9)
    for k, year in enumerate(("2026", "2027")):
        c.drawCentredString(LEFT + LABEL_W + col * (4 * k + 2), top - 13, year)
    for k, label in enumerate([*("Q1", "Q2", "Q3", "Q4") * 2, "Later"]):
        c.drawCentredString(LEFT + LABEL_W + col * (k + 0.5), top - 28, label)
    c.drawString(LEFT + 4, top - 50, "Wonen")
    boxes = [(1, "Woonbron isoleert ten minste 80 woningen tot label B.", "C"),
             (6, "De gemeente stelt een budget van € 15.000 beschikbaar voor groene daken.", "G")]
    for k, text, tag in boxes:
        x = LEFT + LABEL_W + col * k + 3
        lines = simpleSplit(text, "Helvetica", 7, col - 14)
        height = 8 + 8.5 * len(lines) + 10
        c.roundRect(x, top - 40 - height, col - 6, height, 5, stroke=1, fill=0)
        c.setFont("Helvetica", 7)
        for i, line in enumerate(lines):
            c.drawString(x + 4, top - 50 - 8.5 * i, line)
        c.setFont("Helvetica-Bold", 5.5)
        c.drawRightString(x + col - 10, top - 40 - height + 3.5, tag)
    c.showPage()
    c.save()
    doc = run.extract(path, model=None)
    assert [(a.text, a.planning, a.section) for a in doc.afspraken] == [
        (boxes[0][1], "Q2 2026", "Wonen"), (boxes[1][1], "Q3 2027", "Wonen")]


@pytest.mark.parametrize(("printed", "header"), [
    ("Thema", "Thema"), ("Onderwerp", "Onderwerp"), (None, "Thema"),
    ("Wie", "Thema"), ("Planning", "Thema"),  # a name the table would read as another column: not the lanes'
])
def test_lane_header(printed: str | None, header: str) -> None:
    from pipeline.parse.planning_charts import lane_header

    assert lane_header(printed) == header


def _rounded(x0: float, y0: float, x1: float, y1: float, r: float) -> list[tuple[float, float]]:
    """The points PDFium gives of a rounded rectangle: its straight sides and each corner's control points."""
    k = 0.45 * r
    return [(x0 + r, y0), (x1 - r, y0), (x1 - r + k, y0), (x1, y0 + r - k), (x1, y0 + r), (x1, y1 - r),
            (x1, y1 - r + k), (x1 - r + k, y1), (x1 - r, y1), (x0 + r, y1), (x0 + r - k, y1), (x0, y1 - r + k),
            (x0, y1 - r), (x0, y0 + r), (x0, y0 + r - k), (x0 + r - k, y0), (x0 + r, y0)]


@pytest.mark.parametrize(("points", "box"), [
    (_rounded(100, 500, 240, 560, 5), (100, 300, 240, 360)),  # top-down on a page 860 high
    (_rounded(100, 500, 240, 560, 5)[:-3], None),  # open: an arc
    (_rounded(100, 500, 120, 530, 10), None),  # a pill or a circle: its sides hardly run straight
    (_rounded(100, 500, 108, 508, 2), None),  # a swatch or a bullet: too small to hold text
])
def test_rounded_box(points: list[tuple[float, float]], box: tuple[float, ...] | None) -> None:
    from pipeline.parse.rounded import rounded_box

    assert rounded_box(points, 860) == box
