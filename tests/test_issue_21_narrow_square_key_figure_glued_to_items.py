"""A key figure framed square inside a panel, narrower than a column of text (64 points: "61%" over "label A of
beter"), beside the panel's items: boxes were found only from 100 points wide, so the frame was not seen, its
words ran into the items on their baselines ("KERNCIJFER • Brederode heeft ...") and the panel's items were lost.
Frames from MIN_FRAME wide are found; only those wide enough stand as panels."""

from __future__ import annotations

from pathlib import Path

from pipeline import run

from .test_issue_21_placemat_panels_read_interleaved import ITEMS, PANELS, TITLE, build


def test_a_narrow_square_key_figure_beside_the_items_reads_apart(tmp_path: Path) -> None:
    path = tmp_path / "placemat.pdf"
    build(path, square_figures=True)
    doc = run.extract(path, model=None)
    expected = [(text, f"{TITLE} > {panel[2]}") for panel, items in zip(PANELS, ITEMS, strict=True)
                for text in items]
    assert [(a.text, a.section) for a in doc.afspraken] == expected
