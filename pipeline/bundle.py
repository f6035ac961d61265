"""A bundle of documents in one PDF: the agreement attached to what covers it, read as the document.

A council receives a raadsvoorstel (or a raadsinformatiebrief, a letter) with the agreement attached as "Bijlage 1:
Prestatieafspraken 2025" and perhaps a monitor of last year as "Bijlage 2". The proposal's numbered beslispunten and
argumenten and the monitor's rows are no afspraken, and the parties are the agreement's, not the letterhead's. So
where the opening part is a letter or proposal and a later part is titled as an agreement, that part alone is read.
A document that is itself the agreement, with its own annexes, is read whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from .meta import header_fields
from .structure import annex_heading, structure_lexicon
from .text import ENDS_SENTENCE
from .types import Block, Layout

# "Bijlage 1", "Bijlage 2: Monitor afspraken 2024", "Bijlage B – ...": an annex heading that numbers its part (a bare
# "Bijlagen" heads the list of attachments, it opens none)
ANNEX_NUMBER = re.compile(r"^\S+\s+(?:\d{1,2}[a-z]?|[A-Z]|[IVX]{1,4})(?=$|[\s.:)–-])")
MAX_TITLE_HEADINGS = 4  # the headings opening a part's first page title it ("Bijlage 1", "Prestatieafspraken 2025")
MAX_COVER_BLOCKS = 10  # a cover page holds a title, the parties, a place and date: a few lines
MAX_COVER_LINE_WORDS = 8  # a cover's line that is no heading: "tussen", "Heidebroek, 8 december 2025"
MIN_HEADER_FIELDS = 2  # a letter's or proposal's header names at least two fields ("Onderwerp", "Zaaknummer", ...)


def part_starts(blocks: Sequence[Block]) -> list[int]:
    """The blocks that open an attached part, each the first block of its page after the first (the opening part
    is the covering one): a numbered annex heading ("Bijlage 1"), or a cover page of its own (`is_cover`)."""
    return [k for k in range(1, len(blocks))
            if blocks[k].page != blocks[k - 1].page and (numbers_annex(blocks[k]) or is_cover(blocks, k))]


def numbers_annex(block: Block) -> bool:
    """Whether a block is a heading that numbers an annex ("Bijlage 1", "Bijlage 2: Monitor afspraken 2024")."""
    return block.kind == "heading" and annex_heading().match(block.text) is not None \
        and ANNEX_NUMBER.match(block.text.strip()) is not None


def is_cover(blocks: Sequence[Block], start: int) -> bool:
    """Whether the page opening at `start` is a cover: a title and names, dates or a place, a few lines that are
    headings or short and no sentence ("Prestatieafspraken 2026", "tussen", the parties, "Heidebroek, 8 december
    2025"), no list item or table row."""
    page = [b for b in blocks[start:start + MAX_COVER_BLOCKS + 1] if b.page == blocks[start].page]
    return blocks[start].kind == "heading" and len(page) <= MAX_COVER_BLOCKS and all(
        b.kind == "heading" or b.kind == "paragraph" and len(b.text.split()) <= MAX_COVER_LINE_WORDS
        and not ENDS_SENTENCE.search(b.text.rstrip()) for b in page)


def part_title(blocks: Sequence[Block], start: int) -> str:
    """The headings that open a part's first page, one after the other, joined: its annex heading and its title."""
    titles = []
    for block in blocks[start:start + MAX_TITLE_HEADINGS]:
        if block.kind != "heading" or block.page != blocks[start].page:
            break
        titles.append(block.text.strip())
    return " ".join(titles)


@cache
def _title_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that title an agreement (document_types' prestatieafspraken) and a look-back (lookback_titles)."""
    lex = structure_lexicon()

    def words(found: Sequence[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True)) + r")\b",
                          re.IGNORECASE)

    return words(lex["document_types"]["prestatieafspraken"]), words(lex["lookback_titles"])


def names_agreement(title: str) -> bool:
    """Whether a part's title names an agreement ("Bijlage 1 Prestatieafspraken 2025"), not a look-back on one
    ("Bijlage 2: Monitor prestatieafspraken 2024")."""
    agreement, lookback = _title_words()
    return agreement.search(title) is not None and lookback.search(title) is None


def is_covering(blocks: Sequence[Block]) -> bool:
    """Whether the opening part is a letter or a proposal: its first page opens with a header of fields
    ("Onderwerp", "Zaaknummer", "Portefeuillehouder"; letters.yaml header_words)."""
    return len(header_fields(blocks)) >= MIN_HEADER_FIELDS


def agreement_part(layout: Layout) -> Layout:
    """The layout of the agreement a bundle attaches, from its first page to the next numbered annex (a cover
    page further on may divide the agreement's own chapters); the layout as it is where the PDF is no such
    bundle."""
    blocks = layout.blocks
    starts = part_starts(blocks)
    found = next((k for k in starts if names_agreement(part_title(blocks, k))), None)
    if found is None or not is_covering(blocks[:starts[0]]):
        return layout
    end = next((k for k in starts if k > found and numbers_annex(blocks[k])), len(blocks))
    pages = {b.page for b in blocks[found:end]} | {b.end_page for b in blocks[found:end] if b.end_page}
    return replace(layout, blocks=blocks[found:end], footnotes=tuple(f for f in layout.footnotes if f.page in pages))
