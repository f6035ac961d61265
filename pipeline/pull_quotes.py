"""Pull quotes: a designed report sets a saying between quotation marks in large type beside the text ("“Wie hier
opgroeit, moet hier ook kunnen wonen.”" over "— Wethouder ..."). Set large, its lines read as headings; but a
quote heads nothing and says nothing agreed, so it and its attribution are taken out before the afspraken are read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .types import Block, Layout

OPENING = "“„\"«‘‚"
CLOSING = re.compile(r"[”\"»’][.!?…]?$")
ATTRIBUTION = re.compile(r"^[—–-]\s*\S")  # "— Wethouder M.C. Vleugels"
SAME_SIZE = 0.5  # points: the lines of one quotation are set in one size; a heading after it in another


def is_pull_quote(text: str) -> bool:
    """Whether a text is one quotation: it opens with a quotation mark and closes with one, and no other closes
    in between."""
    text = text.strip()
    return len(text) > 2 and text[0] in OPENING and CLOSING.search(text) is not None \
        and not any(mark in text[1:-2] for mark in "”»")


def drop_pull_quotes(layout: Layout) -> Layout:
    """The layout without its pull quotes: a run of headings not set bold on one page whose text together is one
    quotation, with the attribution line under it."""
    blocks = layout.blocks
    drop: set[int] = set()
    k = 0
    while k < len(blocks):
        block = blocks[k]
        if block.kind != "heading" or block.bold or block.text.strip()[:1] not in OPENING:
            k += 1
            continue
        end, text = k, block.text
        while not is_pull_quote(text) and end + 1 < len(blocks) and _goes_on(blocks[end + 1], block):
            end += 1
            text = f"{text} {blocks[end].text}"
        if not is_pull_quote(text):
            k += 1
            continue
        drop.update(range(k, end + 1))
        after = blocks[end + 1] if end + 1 < len(blocks) else None
        if after is not None and after.page == block.page and ATTRIBUTION.match(after.text):
            drop.add(end + 1)
        k = end + 1
    if not drop:
        return layout
    return replace(layout, blocks=tuple(b for i, b in enumerate(blocks) if i not in drop))


def _goes_on(block: Block, first: Block) -> bool:
    """Whether a heading block carries on the quotation opened by `first`: on its page, in its size, not bold."""
    return block.kind == "heading" and not block.bold and block.page == first.page \
        and abs(block.size - first.size) < SAME_SIZE
