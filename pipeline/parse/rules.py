"""Ruled tables from a page's drawn rules, with pdfplumber's own table finder ("lines" strategy).

The PDFium backend reads the rules from PDFium's path objects and hands them to pdfplumber's table functions
(snap and join the rules, find their crossings, the cells between four drawn sides, and the tables of
connected cells), so that both backends find the same tables by the same method without pdfminer having to
interpret the page. Those functions are ported here (below `find_grids`; pdfplumber is MIT-licensed), so that
a worker does not import pdfplumber and pdfminer for them.
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
    found = _filter_edges([_rule(e) for e in edges], MIN_LENGTH_PREFILTER)
    found = _filter_edges(merge_edges(found), MIN_LENGTH)
    cells = intersections_to_cells(edges_to_intersections(found))
    return [grid for group in cells_to_tables(cells) if (grid := to_grid(group)) is not None]


# pdfplumber's table finder for the "lines" strategy with its default settings, ported from pdfplumber 0.11.11
# (pdfplumber/table.py and pdfplumber/utils; MIT licence, copyright (c) 2015-2024 Jeremy Singer-Vine), so that
# a worker never imports pdfplumber (and pdfminer) for it: the same arithmetic in the same order, on tuples
# instead of dicts. tests/test_speed_parse.py compares it with pdfplumber's own functions.
SNAP, JOIN, INTERSECTION = 3, 3, 3  # snap_tolerance, join_tolerance, intersection_tolerance (x and y alike)
MIN_LENGTH, MIN_LENGTH_PREFILTER = 3, 1  # edge_min_length, edge_min_length_prefilter

# A rule as pdfplumber's edge dict holds it: orientation, x0, top, x1, bottom, width, height.
_Rule = tuple[str, float, float, float, float, float, float]


def _rule(edge: Edge) -> _Rule:
    """`Edge.as_pdfplumber` as a tuple."""
    if edge.orientation == "h":
        return ("h", edge.start, edge.pos, edge.end, edge.pos, edge.end - edge.start, edge.pos - edge.pos)
    return ("v", edge.pos, edge.start, edge.pos, edge.end, edge.pos - edge.pos, edge.end - edge.start)


def _filter_edges(rules: list[_Rule], min_length: float) -> list[_Rule]:
    """pdfplumber's utils.filter_edges: the rules at least `min_length` long."""
    return [r for r in rules if (r[6] if r[0] == "v" else r[5]) >= min_length]


def merge_edges(rules: list[_Rule]) -> list[_Rule]:
    """pdfplumber's table.merge_edges: rules snapped to the mean position of their cluster (column rules by x,
    row rules by y), then the rules on one line that overlap or lie within JOIN of each other joined."""
    snapped = _snap([r for r in rules if r[0] == "v"], 1) + _snap([r for r in rules if r[0] == "h"], 2)
    snapped.sort(key=_line_of)  # pdfplumber's sorted(..., key=get_group): stable
    out: list[_Rule] = []
    i = 0
    while i < len(snapped):
        key = _line_of(snapped[i])
        j = i + 1
        while j < len(snapped) and _line_of(snapped[j]) == key:  # itertools.groupby's runs of equal keys
            j += 1
        out += _join(snapped[i:j], key[0])
        i = j
    return out


def _line_of(rule: _Rule) -> tuple[str, float]:
    return ("h", rule[2]) if rule[0] == "h" else ("v", rule[1])


def _snap(rules: list[_Rule], at: int) -> list[_Rule]:
    """pdfplumber's utils.snap_objects(rules, "x0" (at 1) or "top" (at 2), SNAP): values clustered as
    `cluster_list` does (sorted distinct values, a gap over SNAP starts a cluster), the rules of a cluster in
    their order, each moved by the cluster's mean minus its own value (`move_object`)."""
    if not rules:
        return []
    values = sorted(set(r[at] for r in rules))
    cluster_of: dict[float, int] = {}
    k, last = 0, values[0]
    for v in values:
        if v > last + SNAP:
            k += 1
        cluster_of[v] = k
        last = v
    clusters: list[list[_Rule]] = [[] for _ in range(k + 1)]
    for r in rules:
        clusters[cluster_of[r[at]]].append(r)
    out: list[_Rule] = []
    for cluster in clusters:
        if not cluster:
            continue
        mean = sum(r[at] for r in cluster) / len(cluster)
        for o, x0, top, x1, bottom, width, height in cluster:
            if at == 1:
                d = mean - x0
                out.append((o, x0 + d, top, x1 + d, bottom, width, height))
            else:
                d = mean - top
                out.append((o, x0, top + d, x1, bottom + d, width, height))
    return out


def _join(rules: list[_Rule], orientation: str) -> list[_Rule]:
    """pdfplumber's table.join_edge_group: rules on one line, by where they start, each joined to the last
    one kept when it starts within JOIN of its end (which `resize_object` moves, with its width or height)."""
    if orientation == "h":
        rules = sorted(rules, key=_X0)
        joined = [rules[0]]
        for r in rules[1:]:
            last = joined[-1]
            if r[1] <= last[3] + JOIN:
                if r[3] > last[3]:
                    joined[-1] = (last[0], last[1], last[2], r[3], last[4], r[3] - last[1], last[6])
            else:
                joined.append(r)
        return joined
    rules = sorted(rules, key=_TOP)
    joined = [rules[0]]
    for r in rules[1:]:
        last = joined[-1]
        if r[2] <= last[4] + JOIN:
            if r[4] > last[4]:
                joined[-1] = (last[0], last[1], last[2], last[3], r[4], last[5], last[6] + (r[4] - last[4]))
        else:
            joined.append(r)
    return joined


_X0, _TOP = itemgetter(1), itemgetter(2)
_Box = tuple[float, float, float, float]


def edges_to_intersections(rules: list[_Rule]) -> dict[tuple[float, float], tuple[list[_Box], list[_Box]]]:
    """pdfplumber's table.edges_to_intersections with INTERSECTION: each crossing of a column rule and a row
    rule, (x, y), with the boxes (x0, top, x1, bottom) of the column rules and row rules that cross there,
    in pdfplumber's order."""
    intersections: dict[tuple[float, float], tuple[list[_Box], list[_Box]]] = {}
    columns = sorted((r for r in rules if r[0] == "v"), key=itemgetter(1, 2))
    rows = sorted((r for r in rules if r[0] == "h"), key=itemgetter(2, 1))
    tol = INTERSECTION
    for _, vx, vtop, vx1, vbottom, _, _ in columns:
        for _, hx0, htop, hx1, hbottom, _, _ in rows:
            if vtop <= htop + tol and vbottom >= htop - tol and vx >= hx0 - tol and vx <= hx1 + tol:
                found = intersections.get((vx, htop))
                if found is None:
                    found = intersections[(vx, htop)] = ([], [])
                found[0].append((vx, vtop, vx1, vbottom))
                found[1].append((hx0, htop, hx1, hbottom))
    return intersections


def intersections_to_cells(intersections: dict[tuple[float, float], tuple[list[_Box], list[_Box]]],
                           ) -> list[tuple[float, float, float, float]]:
    """pdfplumber's `table.intersections_to_cells`, the same cells in the same order, faster.

    For each crossing (sorted) the smallest cell that opens there: the first crossing below it joined to it by
    a column rule, then the first to its right joined by a row rule, whose bottom-right corner closes the cell.
    pdfplumber builds the set of rule boxes of both crossings for every pair it tries (and evaluates the
    annotations of a nested function each time); here each crossing's sets are built once, and the crossings
    below and to the right come from its column and its row instead of a scan over all later crossings.
    """
    column_rules = {p: set(e[0]) for p, e in intersections.items()}
    row_rules = {p: set(e[1]) for p, e in intersections.items()}

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


def cells_to_tables(cells: list[_Box]) -> list[list[_Box]]:
    """pdfplumber's table.cells_to_tables: cells in groups that touch at a corner, top to bottom; groups of
    one cell dropped."""
    remaining = list(cells)
    corners: set[tuple[float, float]] = set()
    current: list[_Box] = []
    tables = []
    while remaining:
        before = len(current)
        for cell in list(remaining):
            x0, top, x1, bottom = cell
            cell_corners = ((x0, top), (x0, bottom), (x1, top), (x1, bottom))
            if not current or any(c in corners for c in cell_corners):
                corners.update(cell_corners)
                current.append(cell)
                remaining.remove(cell)
        if len(current) == before:
            tables.append(list(current))
            corners.clear()
            current.clear()
    if current:
        tables.append(list(current))
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]


def to_grid(cells: list[_Box]) -> Grid | None:
    """A table's cells as a Grid of cell boxes by row (None where a cell spans: pdfplumber's `Table.rows`);
    None if it has one column."""
    xs = sorted(set(c[0] for c in cells))
    if len(xs) < 2:
        return None
    rows = []
    by_row = sorted(cells, key=itemgetter(1, 0))
    i = 0
    while i < len(by_row):
        j = i + 1
        while j < len(by_row) and by_row[j][1] == by_row[i][1]:
            j += 1
        at = {c[0]: c for c in by_row[i:j]}
        rows.append(tuple(tuple(map(float, c)) if (c := at.get(x)) else None for x in xs))
        i = j
    return Grid(float(min(c[0] for c in cells)), float(min(c[1] for c in cells)),
                float(max(c[2] for c in cells)), float(max(c[3] for c in cells)), tuple(rows))
