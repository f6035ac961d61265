"""A panel whose coloured title bar is drawn on top of the tinted panel, not inside it: the titles of a row of
panels stood outside every panel, on one baseline, and read as one heading ("Betaalbaar wonen Duurzaam wonen")
over both panels' items. A bar right on top of a panel (its top rule at most a bar's height above the panel,
within its width, no other panel's foot) is the panel's own: each title heads its own panel's items."""

from __future__ import annotations

from pathlib import Path

from pipeline import run

from .test_issue_21_placemat_panels_read_interleaved import ITEMS, PANELS, TITLE, build


def test_a_title_bar_drawn_on_top_of_a_panel_heads_that_panel(tmp_path: Path) -> None:
    path = tmp_path / "placemat.pdf"
    build(path, bars_on_top=True)
    doc = run.extract(path, model=None)
    expected = [(text, f"{TITLE} > {panel[2]}") for panel, items in zip(PANELS, ITEMS, strict=True)
                for text in items]
    assert [(a.text, a.section) for a in doc.afspraken] == expected
