"""Documents that number every paragraph (the legal or Raad-van-State style: 1, 2, 3 ... in the margin through
inleiding, context, afspraken and slotbepalingen alike). There a number says nothing about being an afspraak: the
sub-heading above it (context or agreement) decides, so numbered paragraphs under a heading of facts are context,
and so are those under a sibling of the agreement sub-heading that names something else ("Slotbepalingen")."""

from __future__ import annotations

from collections.abc import Sequence

from .numbering import parse_marker
from .parties import agreement_heading, heading_title
from .structure import fact_leadin, non_afspraak_heading
from .types import Block

# at least this many numbered paragraphs, counting on by one, across at least this many headings
MIN_PARAGRAPHS = 10
MIN_HEADINGS = 3
# the share of steps between consecutive numbered paragraphs that go up by exactly one
MIN_STEP_SHARE = 0.9


def numbers_every_paragraph(blocks: Sequence[Block]) -> bool:
    """Whether the document's bare or dotted paragraph numbers run on through the whole document, one number
    sequence across its chapters (never starting again under a new heading), and also number paragraphs under
    a heading whose content is never afspraken (an inleiding, a terugblik) or of facts ("Wat we constateren"): a
    numbering of paragraphs, not of afspraken."""
    numbers: list[int] = []
    headings = 0
    headings_spanned = 0
    under_context = False
    in_context_chapter = False
    for block in blocks:
        if block.kind == "heading":
            in_context_chapter = non_afspraak_heading().match(block.text) is not None \
                or fact_leadin().match(heading_title(block.text)) is not None
            headings += 1
            continue
        if block.kind != "item":
            continue
        style, number = parse_marker(block.marker or "")
        if style not in ("bare", "number") or not number or not number.isdigit():
            continue
        if numbers and headings:
            headings_spanned += 1
        headings = 0
        numbers.append(int(number))
        under_context = under_context or in_context_chapter
    if len(numbers) < MIN_PARAGRAPHS or headings_spanned < MIN_HEADINGS or not under_context:
        return False
    steps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    return all(s > 0 for s in steps) and sum(s == 1 for s in steps) >= MIN_STEP_SHARE * len(steps)


def agreement_subheading_sizes(blocks: Sequence[Block]) -> frozenset[float]:
    """The sizes the document sets its agreement sub-headings in ("Wat we afspreken", "Afspraken"): a heading in
    that size is one of their siblings, the tussenkopjes that say what the paragraphs under them are."""
    return frozenset(b.size for b in blocks
                     if b.kind == "heading" and agreement_heading().match(heading_title(b.text)) is not None)
