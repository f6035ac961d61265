"""Facing pages printed side by side on one sheet (a spread): each half has its own running header at its top."""

from __future__ import annotations

from collections.abc import Sequence

from .types import Line


def opens_column(line: Line, kept: Sequence[Line]) -> bool:
    """Whether a line is the first kept one of the page, or of its column when the page is read column by column
    (the right half of a spread opens with its own header after the whole left half was read)."""
    return not kept or (line.column > 0 and all(k.column != line.column for k in kept))
