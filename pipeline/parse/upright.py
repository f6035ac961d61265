"""Turn a PDFium page upright in memory: /Rotate and the CropBox's origin applied to its objects.

PDFium reports text and drawings in the page's own space: a landscape page stored as a portrait page with
/Rotate 90 (as office exports write it) has its glyphs turned there, and a CropBox that does not start at
(0, 0) shifts every position. pdfplumber applies both before it reports anything, as a viewer does. Here
every top-level page object is transformed by the matrix a viewer would apply and the page gets /Rotate 0
and a CropBox and MediaBox at the origin, so that words (`pdfium.page_words`) and rules
(`drawing.page_drawing`) come out in one upright, top-down system of the page as shown. Only the loaded page
changes; the file is never written.
"""

from __future__ import annotations

from typing import Any

IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    """The matrix that applies `inner`, then `outer` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def apply_matrix(m: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    """A point (x, y) moved by the matrix m (a, b, c, d, e, f)."""
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def display_matrix(rotation: int, box: tuple[float, float, float, float]) -> tuple[float, ...]:
    """The matrix (a, b, c, d, e, f) that takes a point of the page's space to the page as shown (y up,
    origin at its lower left corner), for a page turned clockwise by `rotation` degrees with crop box `box`."""
    x0, y0, x1, y1 = box
    if rotation == 90:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1)
    if rotation == 180:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1)
    if rotation == 270:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0)
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0)


def make_upright(page: Any) -> tuple[float, ...] | None:
    """Apply a pypdfium2 page's /Rotate and crop box origin to its objects (see the module docstring); a page
    shown as stored is left alone. The matrix applied (`display_matrix`), None for none: what is not a page
    object (an annotation's box) still needs it."""
    import pypdfium2.raw as raw

    rotation = page.get_rotation() % 360
    x0, y0, x1, y1 = page.get_bbox()  # the crop box within the MediaBox: the page PDFium shows
    if rotation == 0 and x0 == 0 and y0 == 0:
        return None
    matrix = display_matrix(rotation, (x0, y0, x1, y1))
    handle = page.raw
    for i in range(raw.FPDFPage_CountObjects(handle)):
        raw.FPDFPageObj_Transform(raw.FPDFPage_GetObject(handle, i), *matrix)
    width, height = (x1 - x0, y1 - y0) if rotation in (0, 180) else (y1 - y0, x1 - x0)
    raw.FPDFPage_SetRotation(handle, 0)
    raw.FPDFPage_SetMediaBox(handle, 0.0, 0.0, width, height)
    raw.FPDFPage_SetCropBox(handle, 0.0, 0.0, width, height)
    return matrix
