"""Paragraphs titled by a short bold heading of their own, set at the text's size ("Verkoop" over "Wij verkopen in
2026 ten hoogste 10 ..."): the way a bod letter titles its bids on a line above them instead of running the title
in ("Verkoop. Wij verkopen ..."). Such a title heads one bid: the first paragraph under it. A paragraph after that
one (the letter's closing under the last bid) has no title."""

from __future__ import annotations

from collections.abc import Sequence

from .text import ENDS_SENTENCE
from .types import Block

MAX_TITLE_WORDS = 8  # a title names its bid in a few words ("Verkoop", "Huisvesting bijzondere doelgroepen")
SAME_SIZE = 0.5  # points: a title within this of its paragraph's size is set at the text's size (not a theme heading)


def _is_title(heading: Block, under: Block) -> bool:
    """A short bold heading, no sentence and no label ("Onderwerp: bod ..."), set at the size of the paragraph
    right under it."""
    text = heading.text.strip()
    return heading.bold and 0 < len(text.split()) <= MAX_TITLE_WORDS and ":" not in text \
        and not ENDS_SENTENCE.search(text) and any(c.isalpha() for c in text) \
        and abs(heading.size - under.size) <= SAME_SIZE


def _labels_its_own(blocks: Sequence[Block], k: int) -> bool:
    """Whether a paragraph under the heading at `k` (up to the next heading) opens with a run-in label of its own
    ("Middenhuur: Wij bouwen ..."): then the heading names a theme over labelled bids, not one bid."""
    for block in blocks[k + 1:]:
        if block.kind == "heading":
            return False
        if block.kind == "paragraph" and block.marker:
            return True
    return False


def paragraph_titles(blocks: Sequence[Block]) -> dict[int, str]:
    """The index of each paragraph right under a title (see the module docstring) -> the title."""
    return {k + 1: block.text.strip() for k, block in enumerate(blocks[:-1])
            if block.kind == "heading" and blocks[k + 1].kind == "paragraph" and _is_title(block, blocks[k + 1])
            and not _labels_its_own(blocks, k)}
