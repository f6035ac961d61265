"""Ruled tables from a page's drawn rules: edges -> crossings -> cells -> tables (pdfplumber's "lines" method).

The same steps as pdfplumber's TableFinder with vertical and horizontal strategy "lines": rules within
SNAP points of each other are moved onto one line, pieces of one line are joined, crossings become corner
points, and the smallest rectangle whose four sides are drawn between four corners is a cell. Cells that
share corners make a table. Kept separate from the PDF library so that the PDFium backend can use it on the
paths PDFium reads.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .parse import Grid

SNAP = 3.0  # points: rules this close are one line
JOIN = 3.0  # points: pieces of one line with a gap this small are one rule
CROSS = 3.0  # points: how far a rule may stop short of another and still cross it
MIN_LENGTH = 3.0


@dataclass(frozen=True, slots=True)
class Edge:
    """A horizontal ("h": at y=pos from x=start to end) or vertical ("v": at x=pos, top to bottom) rule."""

    orientation: str
    pos: float
    start: float
    end: float


def find_grids(edges: Sequence[Edge]) -> list[Grid]:
    """The ruled tables drawn by `edges` (top-down page coordinates), top to bottom; each has >= 2 columns."""
    merged = [e for e in merge_edges(edges) if e.end - e.start >= MIN_LENGTH]
    corners = crossings(merged)
    grids = []
    for cells in group_cells(find_cells(corners)):
        rows = table_rows(cells)
        if max(len(r) for r in rows) < 2:
            continue
        grids.append(Grid(min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells),
                          max(c[3] for c in cells), rows))
    return grids


def merge_edges(edges: Sequence[Edge]) -> list[Edge]:
    """Snap rules within SNAP of each other to their mean position, then join the pieces of each line."""
    out: list[Edge] = []
    for orientation in ("h", "v"):
        group = sorted((e for e in edges if e.orientation == orientation), key=lambda e: e.pos)
        snapped: list[Edge] = []
        for cluster in _clusters(group):
            mean = sum(e.pos for e in cluster) / len(cluster)
            snapped += [Edge(orientation, mean, e.start, e.end) for e in cluster]
        for _, line in itertools.groupby(snapped, key=lambda e: e.pos):
            pieces = sorted(line, key=lambda e: e.start)
            joined = [pieces[0]]
            for e in pieces[1:]:
                last = joined[-1]
                if e.start <= last.end + JOIN:
                    if e.end > last.end:
                        joined[-1] = Edge(orientation, last.pos, last.start, e.end)
                else:
                    joined.append(e)
            out += joined
    return out


def _clusters(edges: list[Edge]) -> list[list[Edge]]:
    clusters: list[list[Edge]] = []
    for e in edges:
        if clusters and e.pos <= clusters[-1][-1].pos + SNAP:
            clusters[-1].append(e)
        else:
            clusters.append([e])
    return clusters


Point = tuple[float, float]


def crossings(edges: Sequence[Edge]) -> dict[Point, tuple[set[int], set[int]]]:
    """Corner points where a vertical and a horizontal rule cross, with the ids of the rules through each."""
    vertical = [(i, e) for i, e in enumerate(edges) if e.orientation == "v"]
    horizontal = [(i, e) for i, e in enumerate(edges) if e.orientation == "h"]
    points: dict[Point, tuple[set[int], set[int]]] = {}
    for vi, v in vertical:
        for hi, h in horizontal:
            if v.start <= h.pos + CROSS and v.end >= h.pos - CROSS and h.start - CROSS <= v.pos <= h.end + CROSS:
                vs, hs = points.setdefault((v.pos, h.pos), (set(), set()))
                vs.add(vi)
                hs.add(hi)
    return points


def find_cells(points: dict[Point, tuple[set[int], set[int]]]) -> list[tuple[float, float, float, float]]:
    """For each corner, the smallest rectangle to its lower right whose four sides are drawn."""
    below: dict[float, list[Point]] = defaultdict(list)
    right: dict[float, list[Point]] = defaultdict(list)
    for p in sorted(points):
        below[p[0]].append(p)
        right[p[1]].append(p)

    def same_v(a: Point, b: Point) -> bool:
        return bool(points[a][0] & points[b][0])

    def same_h(a: Point, b: Point) -> bool:
        return bool(points[a][1] & points[b][1])

    cells = []
    for p in sorted(points):
        found = None
        for b in (q for q in below[p[0]] if q[1] > p[1]):
            if not same_v(p, b):
                continue
            for r in (q for q in right[p[1]] if q[0] > p[0]):
                if not same_h(p, r):
                    continue
                corner = (r[0], b[1])
                if corner in points and same_v(corner, r) and same_h(corner, b):
                    found = (p[0], p[1], corner[0], corner[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def group_cells(cells: Sequence[tuple[float, float, float, float]]) -> list[list[tuple[float, float, float, float]]]:
    """Cells that share corners, grouped into tables (tables of one cell are dropped), top to bottom."""
    remaining = list(cells)
    tables = []
    while remaining:
        table = [remaining.pop(0)]
        corners = set(_corners(table[0]))
        grew = True
        while grew:
            grew = False
            for cell in list(remaining):
                if any(c in corners for c in _corners(cell)):
                    table.append(cell)
                    corners.update(_corners(cell))
                    remaining.remove(cell)
                    grew = True
        tables.append(table)
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]


def _corners(cell: tuple[float, float, float, float]) -> tuple[Point, ...]:
    x0, top, x1, bottom = cell
    return ((x0, top), (x0, bottom), (x1, top), (x1, bottom))


def table_rows(cells: Sequence[tuple[float, float, float, float]]) -> tuple[
        tuple[tuple[float, float, float, float] | None, ...], ...]:
    """Rows of a table top to bottom; each has one slot per column edge, None where a cell spans it."""
    xs = sorted({c[0] for c in cells})
    rows = []
    for _, row in itertools.groupby(sorted(cells, key=lambda c: (c[1], c[0])), key=lambda c: c[1]):
        by_x = {c[0]: c for c in row}
        rows.append(tuple(by_x.get(x) for x in xs))
    return tuple(rows)
