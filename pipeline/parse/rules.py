"""Ruled tables from a page's drawn rules, with pdfplumber's own table finder ("lines" strategy).

The PDFium backend reads the rules from PDFium's path objects and hands them to pdfplumber's table functions
(snap and join the rules, find their crossings, the cells between four drawn sides, and the tables of
connected cells), so that both backends find the same tables by the same method without pdfminer having to
interpret the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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
        intersections_to_cells,
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
