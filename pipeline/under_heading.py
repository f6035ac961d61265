"""The paragraphs under a heading, up to the next one, and which of them are labelled fields: the walk shared by
the readers of titled afspraken (`disclosures`, `title_column`), which each decide from it whether the heading
titles an afspraak."""

from __future__ import annotations

from collections.abc import Sequence

from .structure import attribute_key, keyed_attributes
from .types import Block


def is_field(block: Block) -> bool:
    """A labelled field under an afspraak ("Wie: gemeente", "Status: loopt")."""
    m = attribute_key().match(block.text)
    return (m is not None and m.start() == 0) or keyed_attributes(block.text) is not None


def paragraphs_under(blocks: Sequence[Block], k: int) -> list[tuple[Block, bool]] | None:
    """The paragraphs after the heading at `k` up to the next heading, each with whether it is a field
    (`is_field`); None where anything else (an item, a table row) stands between."""
    under: list[tuple[Block, bool]] = []
    for block in blocks[k + 1:]:
        if block.kind == "heading":
            break
        if block.kind != "paragraph":
            return None
        under.append((block, is_field(block)))
    return under
