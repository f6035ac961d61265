"""A tinted panel whose coloured title bar is shorter than the panel (a placemat's lower quadrants leave room for
the circle at their inner corner): the ruled-table finder, as pdfplumber's, takes the panel and the bar over its top
for two cells of one table row, one inside the other, so the panel is no panel and its items are that table's text
(a circle's curves, drawn near, happened to break that grid in dev family rijsenmoer; without one its Prettig wonen
quadrant was lost). A grid with a cell inside another is no table: the panel reads as the others do."""

from __future__ import annotations

from pathlib import Path

from pipeline import run

from .test_issue_21_placemat_panels_read_interleaved import ITEMS, PANELS, TITLE, build


def test_a_panel_under_a_short_title_bar_is_read_as_a_panel_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "placemat.pdf"
    build(path, circle=False)
    doc = run.extract(path, model=None)
    expected = [(text, f"{TITLE} > {panel[2]}") for panel, items in zip(PANELS, ITEMS, strict=True)
                for text in items]
    assert [(a.text, a.section) for a in doc.afspraken] == expected
