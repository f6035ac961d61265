"""A status label printed beside an afspraak (`Line.tag`: "NIEUW" in a tag in the margin, parse/status_tags.py)
given to the block its line opens, as the field line "Statuslabel: NIEUW" under it (labels.yaml status_tags): an
attribute of the afspraak, never its text. A titled parent's label ("GEWIJZIGD 3 Huurbeleid" over its paragraph)
is held for the text under the title, issue #21."""

from __future__ import annotations

from functools import cache
from typing import Any

from .lexicon import load
from .types import Line


@cache
def status_label() -> str:
    """The label a status tag is read under (labels.yaml status_tags label)."""
    return str(load("labels")["status_tags"]["label"])


def carry_tag(block: Any, line: Line, held: str) -> str:
    """Give the tag of the line that opened `block` (or the one `held` from a title above it) to the block as its
    field, unless the block has one; returns the tag still held: a heading's, for the block below it."""
    tag = line.tag or held
    if not tag:
        return ""
    if block.kind == "heading":
        return tag
    if not block.field:
        block.field, block.field_label = tag, status_label()
    return ""
