"""A placemat with a ruled table on its page (a small source table at the foot) and key figures framed square
inside its panels: with a table on the page, the boxes a panel's key figure could be framed in were taken from the
table's outline instead of the drawn frames, so a square frame was not seen and its figure ran into the items
beside it on the same baselines. The frames drawn on the page are what a panel's boxes are read from."""

from __future__ import annotations

from pathlib import Path

from pipeline import run

from .test_issue_21_placemat_panels_read_interleaved import ITEMS, PANELS, TITLE, build


def test_a_square_key_figure_in_a_panel_reads_apart_with_a_table_on_the_page(tmp_path: Path) -> None:
    path = tmp_path / "placemat.pdf"
    build(path, source_table=True)
    doc = run.extract(path, model=None)
    expected = [(text, f"{TITLE} > {panel[2]}") for panel, items in zip(PANELS, ITEMS, strict=True)
                for text in items]
    assert [(a.text, a.section) for a in doc.afspraken] == expected
