"""Ruled tables from a page's drawn rules, with pdfplumber's own table finder ("lines" strategy).

The PDFium backend reads the rules from PDFium's path objects and hands them to pdfplumber's table functions
(snap and join the rules, find their crossings, the cells between four drawn sides, and the tables of
connected cells), so that both backends find the same tables by the same method without pdfminer having to
interpret the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from .layout import Grid

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


@dataclass(frozen=True, slots=True)
class Edge:
    """A horizontal ("h": at y=pos from x=start to end) or vertical ("v": at x=pos, top to bottom) rule."""

    orientation: str
    pos: float
    start: float
    end: float

    def as_pdfplumber(self) -> dict[str, Any]:
        """The edge as pdfplumber's table finder takes it (top-down page coordinates)."""
        if self.orientation == "h":
            box = {"x0": self.start, "x1": self.end, "top": self.pos, "bottom": self.pos}
        else:
            box = {"x0": self.pos, "x1": self.pos, "top": self.start, "bottom": self.end}
        return {**box, "width": box["x1"] - box["x0"], "height": box["bottom"] - box["top"],
                "orientation": self.orientation, "object_type": "line"}


def find_grids(edges: Sequence[Edge]) -> list[Grid]:
    """The ruled tables drawn by `edges`, top to bottom, as pdfplumber's find_tables would find them."""
    edges = [*edges, *closing_rules(edges)]
    if len({e.pos for e in edges if e.orientation == "v"}) < 3 or sum(e.orientation == "h" for e in edges) < 2:
        # Two columns need three column rules at different x (snapping only merges them) and a row two row
        # rules: an underline, a frame or a single rule is no table, and pdfplumber's finder need not run.
        return []
    from pdfplumber.table import (
        Table,
        TableSettings,
        cells_to_tables,
        edges_to_intersections,
        merge_edges,
    )
    from pdfplumber.utils import filter_edges

    s = TableSettings.resolve(TABLE_SETTINGS)
    found = filter_edges([e.as_pdfplumber() for e in edges], min_length=s.edge_min_length_prefilter)
    found = merge_edges(found, snap_x_tolerance=s.snap_x_tolerance, snap_y_tolerance=s.snap_y_tolerance,
                        join_x_tolerance=s.join_x_tolerance, join_y_tolerance=s.join_y_tolerance)
    found = filter_edges(found, min_length=s.edge_min_length)
    cells = intersections_to_cells(
        edges_to_intersections(found, s.intersection_x_tolerance, s.intersection_y_tolerance))
    return [grid for group in cells_to_tables(cells) if (grid := to_grid(Table(None, group))) is not None]


def intersections_to_cells(intersections: dict[tuple[float, float], dict[str, list[dict[str, Any]]]],
                           ) -> list[tuple[float, float, float, float]]:
    """pdfplumber's `table.intersections_to_cells`, the same cells in the same order, faster.

    For each crossing (sorted) the smallest cell that opens there: the first crossing below it joined to it by
    a column rule, then the first to its right joined by a row rule, whose bottom-right corner closes the cell.
    pdfplumber builds the set of rule boxes of both crossings for every pair it tries (and evaluates the
    annotations of a nested function each time); here each crossing's sets are built once, and the crossings
    below and to the right come from its column and its row instead of a scan over all later crossings.
    """
    box = itemgetter("x0", "top", "x1", "bottom")  # pdfplumber's utils.obj_to_bbox
    column_rules = {p: set(map(box, e["v"])) for p, e in intersections.items()}
    row_rules = {p: set(map(box, e["h"])) for p, e in intersections.items()}

    def connects(p1: tuple[float, float], p2: tuple[float, float]) -> bool:
        if p1[0] == p2[0] and not column_rules[p1].isdisjoint(column_rules[p2]):
            return True
        return p1[1] == p2[1] and not row_rules[p1].isdisjoint(row_rules[p2])

    points = sorted(intersections)
    columns: dict[float, list[tuple[float, float]]] = {}
    rows: dict[float, list[tuple[float, float]]] = {}
    for p in points:  # each in sorted order: a column by y, a row by x
        columns.setdefault(p[0], []).append(p)
        rows.setdefault(p[1], []).append(p)
    at_column = {p: i for ps in columns.values() for i, p in enumerate(ps)}
    at_row = {p: i for ps in rows.values() for i, p in enumerate(ps)}
    cells = []
    for pt in points[:-1]:
        below = columns[pt[0]][at_column[pt] + 1:]
        right = rows[pt[1]][at_row[pt] + 1:]
        cell = _smallest_cell(pt, below, right, intersections, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(pt, below, right, intersections, connects):  # type: ignore[no-untyped-def]
    for below_pt in below:
        if not connects(pt, below_pt):
            continue
        for right_pt in right:
            if not connects(pt, right_pt):
                continue
            bottom_right = (right_pt[0], below_pt[1])
            if bottom_right in intersections and connects(bottom_right, right_pt) \
                    and connects(bottom_right, below_pt):
                return (pt[0], pt[1], bottom_right[0], bottom_right[1])
    return None


def closing_rules(edges: Sequence[Edge], tolerance: float = 3.0) -> list[Edge]:
    """The rule a table cut by a page break leaves out: where two or more column rules end at the same height
    and the row rules drawn there (if any: a shaded first column's bottom edge) do not reach every one of them,
    a row rule from the first to the last of them closes the cut row."""
    ends: dict[int, list[tuple[float, bool]]] = {}  # column rules by where they end: x, whether a row rule meets it
    rows: dict[int, list[Edge]] = {}  # row rules by height, so each column rule looks only near its end
    for h in edges:
        if h.orientation == "h":
            rows.setdefault(round(h.pos), []).append(h)
    reach = int(tolerance) + 1
    for v in edges:
        if v.orientation == "v":
            met = any(
                abs(h.pos - v.end) <= tolerance and h.start - tolerance <= v.pos <= h.end + tolerance
                for y in range(round(v.end) - reach, round(v.end) + reach + 1) for h in rows.get(y, ())
            )
            ends.setdefault(round(v.end), []).append((v.pos, met))
    return [Edge("h", float(y), min(x for x, _ in found), max(x for x, _ in found)) for y, found in ends.items()
            if len({round(x) for x, _ in found}) >= 2 and not all(met for _, met in found)]


def to_grid(table: Any) -> Grid | None:
    """A pdfplumber Table as a Grid of cell boxes (None where a cell spans); None if it has one column."""
    rows = tuple(tuple(tuple(map(float, cell)) if cell else None for cell in row.cells) for row in table.rows)
    if not rows or max(len(r) for r in rows) < 2:
        return None
    x0, top, x1, bottom = map(float, table.bbox)
    return Grid(x0, top, x1, bottom, rows)
