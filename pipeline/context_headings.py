"""An unnumbered heading of context inside a numbered chapter ("Achtergrond", "Stand van zaken" in italic over a
paragraph of background) heads only the text up to the chapter's first numbered afspraak. Where the afspraken are
numbered title lines read as items (`title_column.number_titled_paragraphs`), no heading follows to close it, so it
would hold every afspraak of the chapter as context; it is read as a paragraph of context instead."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

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
    found = list(islice((k for k in reversed(range(len(out))) if out[k].kind == "heading"), 2))
    if len(found) < 2:
        return
    at, chapter = found[0], out[found[1]]  # the last heading and the one before it
    last = out[at]
    if is_context_heading(last) and last.size <= title.size + MAX_LARGER and chapter.text.strip()[:1].isdigit():
        out[at] = replace(last, kind="paragraph")
