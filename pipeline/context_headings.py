"""An unnumbered heading of context inside a numbered chapter ("Achtergrond", "Stand van zaken" in italic over a
paragraph of background) heads only the text up to the chapter's first numbered afspraak. Where the afspraken are
numbered title lines read as items (`title_column.number_titled_paragraphs`), no heading follows to close it, so it
would hold every afspraak of the chapter as context; it is read as a paragraph of context instead."""

from __future__ import annotations

from dataclasses import replace

from .structure import fact_leadin, non_afspraak_heading
from .types import Block

MAX_LARGER = 1.0  # points: a context sub-heading is set at most this much larger than the afspraak titles


def is_context_heading(block: Block) -> bool:
    """An unnumbered heading whose words say its text is context: background, facts, a look back."""
    text = block.text.strip().rstrip(":")
    return block.kind == "heading" and not text[:1].isdigit() \
        and (non_afspraak_heading().match(text) is not None or fact_leadin().match(text) is not None)


def close_context_heading(out: list[Block], title: Block) -> None:
    """Before a numbered afspraak read from the title line `title` is added to `out`: the last heading in `out`,
    if it is a context sub-heading (`is_context_heading`, set about as large as the title) right under a chapter
    numbered with digits, made a paragraph; its paragraphs stay context under the chapter. An unnumbered chapter
    of context ("Terugblik" set as large as the chapters) keeps what it holds."""
    headings: list[int] = []  # where the last two headings in `out` stand, in order
    for k in range(len(out) - 1, -1, -1):
        if out[k].kind == "heading":
            headings.insert(0, k)
            if len(headings) == 2:
                break
    if len(headings) < 2:
        return
    last, chapter = out[headings[-1]], out[headings[-2]]
    if is_context_heading(last) and last.size <= title.size + MAX_LARGER and chapter.text.strip()[:1].isdigit():
        out[headings[-1]] = replace(last, kind="paragraph")
