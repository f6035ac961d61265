"""Items behind a small filled triangle pointing up (▲), drawn as a path as an infographic's icon, are list items as
behind a drawn dot: the triangle was taken for an accordion's disclosure triangle (▸, ▾) and left a drawing, so
the items read as one paragraph and none was found (the eight items of a placemat's Duurzaam panel in dev family
rijsenmoer). A triangle pointing right or down stays a disclosure triangle, no mark."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.parse.drawn_marks import Shape, points_to_shape

ITEMS = [
    "De corporatie heeft uiterlijk eind 2028 geen woningen meer met energielabel E, F of G.",
    "De corporatie isoleert in 2026 ten minste 120 woningen in de Molenbuurt.",
    "De gemeente zet in 2026 energiecoaches in voor huurders met hoge energielasten.",
]


def _triangle(c: canvas.Canvas, x: float, y: float) -> None:
    """A filled triangle pointing up, its centre at (x, y)."""
    c.setFillColorRGB(0.18, 0.49, 0.23)
    path = c.beginPath()
    path.moveTo(x - 3, y - 2.6)
    path.lineTo(x + 3, y - 2.6)
    path.lineTo(x, y + 3)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def build(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, 780, "Duurzaam wonen en klimaat")
    y = 750
    for text in ITEMS:
        _triangle(c, 60, y + 2.6)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 9.5)
        c.drawString(68, y, text)
        y -= 17
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_items_behind_drawn_triangles_are_the_afspraken(tmp_path: Path, backend: str) -> None:
    doc = run.extract(build(tmp_path / "duurzaam.pdf"), parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == ITEMS


def test_a_triangle_pointing_up_is_a_mark_and_one_pointing_right_or_down_none() -> None:
    ink = (40, 40, 40)
    up = [[(0.0, 5.6), (6.0, 5.6), (3.0, 0.0), (0.0, 5.6)]]  # top-down: the apex has the smallest y
    assert points_to_shape(up, ink, stroked_only=False) == Shape(0.0, 0.0, 6.0, 5.6, False)
    assert points_to_shape([[(0.0, 0.0), (8.0, 0.0), (4.0, 5.5), (0.0, 0.0)]], ink, False) is None  # ▾
    assert points_to_shape([[(0.0, 0.0), (5.5, 4.0), (0.0, 8.0), (0.0, 0.0)]], ink, False) is None  # ▸
