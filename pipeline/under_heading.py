"""The paragraphs under a heading, up to the next one, and which of them are labelled fields: the walk shared by
the readers of titled afspraken (`disclosures`, `title_column`, `numbered_subheadings`), which each decide from it
whether the heading titles an afspraak."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .structure import attribute_key, keyed_attributes
from .types import Block


def is_field(block: Block) -> bool:
    """A labelled field under an afspraak ("Wie: gemeente", "Status: loopt")."""
    m = attribute_key().match(block.text)
    return (m is not None and m.start() == 0) or keyed_attributes(block.text) is not None


NOTE_SIZE = 0.3  # points: a paragraph set further than this from the text's size under a heading is a note on it


def paragraphs_under(blocks: Sequence[Block], k: int,
                     ends: Callable[[Block], bool] | None = None) -> list[tuple[Block, bool]] | None:
    """The paragraphs after the heading at `k` up to the next heading (or the next block `ends` says heads one),
    each with whether it is a field (`is_field`); None where anything else (an item, a table row) stands between."""
    under: list[tuple[Block, bool]] = []
    for block in blocks[k + 1:]:
        if block.kind == "heading" or ends is not None and ends(block):
            break
        if block.kind != "paragraph":
            return None
        under.append((block, is_field(block)))
    return under


def up_to_note(paragraphs: Sequence[Block]) -> list[Block]:
    """The paragraphs up to the first set in another size than the first (NOTE_SIZE): the text under a heading,
    without the note set smaller under it ("Toelichting: ..." in 9 pt)."""
    text: list[Block] = []
    for block in paragraphs:
        if text and abs(block.size - text[0].size) > NOTE_SIZE:
            break
        text.append(block)
    return text
