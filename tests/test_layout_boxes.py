"""Drawn boxes side by side ("afsprakenkaart"): each box read whole as a column, its header bar a section heading.

Made with reportlab's canvas on both parse backends: two or three framed boxes on a landscape page, a coloured
header bar naming the theme, zero-padded tags "01", "02" restarting per box, wrapped 9-pt text, and under some
afspraken a line "Trekker: ... · Gereed: ...".
"""

from __future__ import annotations

import textwrap

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.parse.boxes import MAX_RULES, rules_to_boxes, side_by_side

BOXES = {
    "Betaalbaar wonen": [
        ("De corporaties realiseren in 2025 gezamenlijk ten minste 140 nieuwe sociale huurwoningen in de "
         "drie kernen van de gemeente.", "Trekker: Corporaties · Gereed: december 2025"),
        ("De gemeente brengt bouwlocaties voor ten minste 300 sociale huurwoningen in beeld en legt deze "
         "uiterlijk eind 2025 vast in een locatiekaart.", None),
        ("De corporaties beperken de gemiddelde huurverhoging per 1 juli 2025 tot ten hoogste de inflatie.",
         "Trekker: Corporaties | Gereed: 1 juli 2025"),
    ],
    "Duurzaam": [
        ("De corporaties brengen hun woningvoorraad uiterlijk eind 2028 naar gemiddeld energielabel B, "
         "zonder huurverhoging voor de zittende huurders.", None),
        ("Heidezoom plaatst in 2025 zonnepanelen op 250 woningen; de huurders betalen hiervoor een vaste "
         "maandelijkse vergoeding.", "Trekker: Heidezoom · Gereed: eind 2025"),
    ],
    "Leefbaar": [
        ("Partijen organiseren twee keer per jaar een bewonersavond in elke wijk om de leefbaarheid te "
         "bespreken met de huurders.", None),
        ("De gemeente en de corporaties zetten in 2025 samen twee buurtconciërges in voor de wijk Zuid.",
         "Trekker: Gemeente · Gereed: medio 2025"),
    ],
}


def make_card(path, boxes=BOXES):
    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(42, height - 60, "Afsprakenkaart 2025")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(42, height - 100, "Terugblik op 2024")  # a column heading the boxes on the next page never nest under
    c.setFont("Helvetica", 9)
    c.drawString(42, height - 116, "In 2024 leverden de corporaties samen 117 sociale huurwoningen op.")
    c.showPage()
    box_w, gap, top = (width - 72 - 2 * 14) / 3, 14, height - 70
    for i, (theme, items) in enumerate(boxes.items()):
        x = 36 + i * (box_w + gap)
        c.setStrokeColor(colors.darkgreen)
        c.rect(x, 60, box_w, top - 60, stroke=1, fill=0)
        c.setFillColor(colors.darkgreen)
        c.rect(x, top - 18, box_w, 18, stroke=1, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x + 6, top - 13, theme)
        y = top - 36
        for n, (text, attrs) in enumerate(items, 1):
            c.setFillColor(colors.darkgreen)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 6, y, f"{n:02d}")
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 9)
            for line in textwrap.wrap(text, 48):
                c.drawString(x + 26, y, line)
                y -= 11
            if attrs:
                c.setFont("Helvetica", 7.5)
                c.drawString(x + 26, y, attrs)
                y -= 11
            y -= 8
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_boxes_side_by_side_are_read_box_by_box(tmp_path, backend):
    doc = run.extract(make_card(tmp_path / "kaart.pdf"), parse={"backend": backend}, model=None)
    expected = [(f"{n:02d}", theme, text) for theme, items in BOXES.items()
                for n, (text, _) in enumerate(items, 1)]
    assert [(a.number, a.section.split(" > ")[-1], a.text) for a in doc.afspraken] == expected
    assert all("Terugblik" not in a.section for a in doc.afspraken)


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_attribute_line_with_middle_dots_goes_to_fields(tmp_path, backend):
    doc = run.extract(make_card(tmp_path / "kaart.pdf"), parse={"backend": backend}, model=None)
    fields = {a.text[:30]: (a.trekker, a.planning) for a in doc.afspraken if a.trekker}
    assert fields == {
        "De corporaties realiseren in 2": ("Corporaties", "december 2025"),
        "De corporaties beperken de gem": ("Corporaties", "1 juli 2025"),
        "Heidezoom plaatst in 2025 zonn": ("Heidezoom", "eind 2025"),
        "De gemeente en de corporaties ": ("Gemeente", "medio 2025"),
    }
    assert not any("Trekker" in a.text or "·" in a.text for a in doc.afspraken)


def test_touching_cells_and_a_single_frame_are_no_boxes_side_by_side():
    def frame(x0, top, x1, bottom):
        return [("h", top, x0, x1), ("h", bottom, x0, x1), ("v", x0, top, bottom), ("v", x1, top, bottom)]

    cells = frame(36, 100, 236, 300) + frame(236, 100, 436, 300)  # a ruled table's cells share a rule
    assert side_by_side(rules_to_boxes(cells)) == []
    assert side_by_side(rules_to_boxes(frame(36, 100, 800, 300))) == []
    apart = frame(36, 100, 236, 300) + frame(250, 100, 450, 280) + frame(40, 100, 232, 118)  # with a header bar
    assert side_by_side(rules_to_boxes(apart)) == [(36, 100, 236, 300), (250, 100, 450, 280)]


def test_issue_23_marks_take_no_part_and_a_drawing_of_rules_holds_no_boxes():
    """A hostile page of 90,000 tiny marks made the box finder compare every rule with every other for minutes
    (issue #23); marks too short to be a side of a box now take no part, and a page drawing more than MAX_RULES
    long rules is read as a drawing, without boxes."""
    def frame(x0, top, x1, bottom):
        return [("h", top, x0, x1), ("h", bottom, x0, x1), ("v", x0, top, bottom), ("v", x1, top, bottom)]

    apart = frame(36, 100, 236, 300) + frame(250, 100, 450, 280)
    marks = [(o, float(i % 500), float(i // 500), float(i // 500) + 1) for i in range(20_000) for o in "hv"]
    assert side_by_side(rules_to_boxes(marks + apart)) == [(36, 100, 236, 300), (250, 100, 450, 280)]
    drawing = [("h", 400.0 + i * 0.01, 36.0, 500.0) for i in range(MAX_RULES)]
    assert side_by_side(rules_to_boxes(drawing + apart)) == []
