"""Watermarks drawn as real text ("CONCEPT", "VERTROUWELIJK" across the page): never part of the lines.

A watermark is set far larger than any body text and either turned off the page's axes (`layout.is_horizontal`
leaves such glyphs out in both backends) or upright in a light tint, so that the text stays readable through it.
Its letters sit among the body lines and would otherwise be read into them ("persoonliTjk") or split a paragraph
with a line of their own. Text of an ordinary size, dark text and white text (a title on a coloured band) stay.
"""

from __future__ import annotations

from collections.abc import Sequence

WATERMARK_SIZE = 40.0  # points: three to four times a body size; no heading is set this large in a tint
LIGHT = 0.55  # every colour component at least this (0..1): a light grey or a pale tint
WHITE = 0.97  # every component at least this: white text on a dark band, not a watermark


def is_watermark(size: float, rgb: Sequence[float] | None) -> bool:
    """Whether upright text of this size (points) and fill colour (r, g, b in 0..1; None: unknown) is a watermark."""
    if size < WATERMARK_SIZE or not rgb:
        return False
    return min(rgb) >= LIGHT and min(rgb) < WHITE


def to_rgb(color: Sequence[float] | float | None) -> tuple[float, ...] | None:
    """A PDF fill colour as pdfminer gives it (grey, RGB or CMYK components, 0..1) as (r, g, b); None if unknown."""
    if color is None:
        return None
    if isinstance(color, int | float):
        color = (color,)
    try:
        values = tuple(float(v) for v in color)
    except (TypeError, ValueError):  # a pattern colour space gives a name
        return None
    if len(values) == 1:
        return values * 3
    if len(values) == 3:
        return values
    if len(values) == 4:
        c, m, y, k = values
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None
