"""Rounded boxes: one closed path drawn as a rectangle with curved corners (a card, a roadmap item, a callout).

Such a box draws no four rules that meet at its corners, so `boxes.rules_to_boxes` never finds it; its straight
sides and the curves between them are one path, which is told from a circle or a free shape by its sides: long
straight runs along all four edges of its bounding box.
"""

from __future__ import annotations

from collections.abc import Sequence

Box = tuple[float, float, float, float]  # x0, top, x1, bottom (top-down page coordinates)

MIN_SIDE = 12.0  # smaller is a mark (a bullet, a legend swatch's corner), not a box that holds text
MIN_STRAIGHT = 0.5  # of each side: how much of it runs straight (a circle's control points reach about 0.27)
MAX_CURVED_SEGMENTS = 64  # more is a drawing, not a box


def rounded_box(points: Sequence[tuple[float, float]], height: float) -> Box | None:
    """The box (top-down) of one closed subpath whose points (PDF space, curve control points included) run
    straight along all four sides of their bounding box for at least MIN_STRAIGHT of each side; None for any
    other shape, an open path or one too small to hold text."""
    if len(points) < 5 or len(points) > MAX_CURVED_SEGMENTS \
            or abs(points[0][0] - points[-1][0]) > 0.5 or abs(points[0][1] - points[-1][1]) > 0.5:
        return None  # open: a line or an arc, no box (closed by its last curve or by "h")
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    if x1 - x0 < MIN_SIDE or y1 - y0 < MIN_SIDE:
        return None
    top = bottom = left = right = 0.0
    for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
        if abs(ay - by) < 0.5:
            if abs(ay - y1) < 0.5:
                top += abs(ax - bx)
            elif abs(ay - y0) < 0.5:
                bottom += abs(ax - bx)
        elif abs(ax - bx) < 0.5:
            if abs(ax - x0) < 0.5:
                left += abs(ay - by)
            elif abs(ax - x1) < 0.5:
                right += abs(ay - by)
    width, tall = x1 - x0, y1 - y0
    if min(top, bottom) < MIN_STRAIGHT * width or min(left, right) < MIN_STRAIGHT * tall:
        return None
    return x0, height - y1, x1, height - y0
