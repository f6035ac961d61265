"""Ruled tables from drawn rules (pipeline/rules.py), as the PDFium backend finds them (issue #8).

The PDFium backend reads the rules from PDFium's path objects and gives them to pdfplumber's table functions;
the reference is pdfplumber reading the same pages itself: on every page of the corpus both must find the
same tables with the same cells.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from pipeline.parse.drawing import page_edges
from pipeline.parse.pdfium_calls import address
from pipeline.parse.plumber import plumber_grids
from pipeline.parse.rules import Edge, find_grids

from .conftest import CORPUS

CORPUS_PDFS = sorted((CORPUS / "pdf").glob("*.pdf"))


def pdfium_grids(path: Path) -> list[list]:
    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            edges = page_edges(address(page.raw), page.get_height())
            out.append(find_grids(edges) if len(edges) >= 4 else [])
            page.close()
        return out
    finally:
        doc.close()


def same_box(a, b, tolerance: float = 0.75) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize("path", CORPUS_PDFS, ids=lambda p: p.stem)
def test_grids_from_pdfium_paths_equal_pdfplumbers_tables(path: Path) -> None:
    ours = pdfium_grids(path)
    with pdfplumber.open(path) as pdf:
        theirs = [plumber_grids(page) for page in pdf.pages]
    assert len(ours) == len(theirs)
    for number, (mine, ref) in enumerate(zip(ours, theirs, strict=True), start=1):
        assert len(mine) == len(ref), f"page {number}: {len(mine)} tables, pdfplumber finds {len(ref)}"
        for grid, expected in zip(mine, ref, strict=True):
            assert same_box((grid.x0, grid.top, grid.x1, grid.bottom),
                            (expected.x0, expected.top, expected.x1, expected.bottom))
            assert len(grid.rows) == len(expected.rows), f"page {number}: rows differ"
            for row, expected_row in zip(grid.rows, expected.rows, strict=True):
                assert len(row) == len(expected_row)
                assert all(same_box(a, b) for a, b in zip(row, expected_row, strict=True)), f"page {number}"


def test_the_corpus_has_ruled_tables_to_compare() -> None:
    """Guards the test above against comparing empty lists only."""
    assert sum(len(g) for path in CORPUS_PDFS for g in pdfium_grids(path)) >= 10


def test_a_merged_cell_leaves_a_gap_in_its_row() -> None:
    # 3 columns x 2 rows; the second row's first two cells are one (no rule between them)
    ys = (0.0, 20.0, 40.0)
    edges = [Edge("h", y, 0.0, 150.0) for y in ys]
    edges += [Edge("v", x, 0.0, 40.0) for x in (0.0, 100.0, 150.0)]
    edges.append(Edge("v", 50.0, 0.0, 20.0))
    (grid,) = find_grids(edges)
    assert grid.rows[0] == ((0.0, 0.0, 50.0, 20.0), (50.0, 0.0, 100.0, 20.0), (100.0, 0.0, 150.0, 20.0))
    assert grid.rows[1] == ((0.0, 20.0, 100.0, 40.0), None, (100.0, 20.0, 150.0, 40.0))
    assert (grid.x0, grid.top, grid.x1, grid.bottom) == (0.0, 0.0, 150.0, 40.0)


def test_rules_a_hair_apart_or_drawn_in_pieces_are_one_line() -> None:
    # the top rule is drawn in two pieces 1.5 pt apart in height; still one table of 2 x 1 cells
    edges = [Edge("h", 0.0, 0.0, 40.0), Edge("h", 1.5, 42.0, 100.0), Edge("h", 30.0, 0.0, 100.0)]
    edges += [Edge("v", x, 0.0, 30.0) for x in (0.0, 50.0, 100.0)]
    (grid,) = find_grids(edges)
    assert len(grid.rows) == 1 and len(grid.rows[0]) == 2
    assert abs(grid.top - 0.75) < 1e-9 and grid.bottom == 30.0


def test_a_box_around_text_is_not_a_table() -> None:
    box = [Edge("h", 0.0, 0.0, 200.0), Edge("h", 80.0, 0.0, 200.0), Edge("v", 0.0, 0.0, 80.0),
           Edge("v", 200.0, 0.0, 80.0)]
    assert find_grids(box) == []


def test_rules_too_few_for_two_columns_never_reach_pdfplumbers_finder(monkeypatch: pytest.MonkeyPatch) -> None:
    # half the pages with rules hold only underlines or a frame: no table, without running the finder
    import pipeline.parse.rules

    def finder(*args, **kwargs):
        raise AssertionError("pdfplumber's table finder ran on rules that cannot make a table")

    monkeypatch.setattr(pipeline.parse.rules, "edges_to_intersections", finder)
    underlines = [Edge("h", y, 10.0, 300.0) for y in (20.0, 40.0, 60.0)]
    frame = [Edge("h", 0.0, 0.0, 200.0), Edge("h", 80.0, 0.0, 200.0), Edge("v", 0.0, 0.0, 80.0),
             Edge("v", 200.0, 0.0, 80.0), Edge("v", 0.0, 80.0, 160.0)]  # a second piece of the left rule
    one_rule_per_row = [Edge("h", 0.0, 0.0, 100.0)] + [Edge("v", x, 0.0, 30.0) for x in (0.0, 50.0, 100.0)]
    assert find_grids(underlines) == [] and find_grids(frame) == []
    with pytest.raises(AssertionError):  # the closing rule a page break left out counts as the second row rule
        find_grids(one_rule_per_row)


def test_a_table_cut_by_a_page_break_is_found_from_one_row_rule_and_its_column_rules() -> None:
    edges = [Edge("h", 0.0, 0.0, 100.0)] + [Edge("v", x, 0.0, 30.0) for x in (0.0, 50.0, 100.0)]
    (grid,) = find_grids(edges)
    assert len(grid.rows) == 1 and len(grid.rows[0]) == 2 and grid.bottom == 30.0
