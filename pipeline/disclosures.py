"""Web pages printed from a browser: a definition list of fields under each afspraak (a bold label, its value
beside it, no colon: "Wie  Rietkraag", "Wanneer  2025", `label_field_lines`) and unnumbered accordion (disclosure)
items, each a bold title over its paragraph and those fields (`title_disclosed_items`): one afspraak each, number
None, the title its "titel" attribute."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .lexicon import load
from .numbering import find_marker
from .structure import attribute_kinds, non_afspraak_heading
from .text import ENDS_SENTENCE
from .types import Block, Layout, Page
from .under_heading import paragraphs_under

SHORT_LINE = 0.7  # of the page's text width: a field's line ends well before the right margin
MAX_FIELD_WORDS = 8  # a field's value is short ("Rietkraag en Thuisplein", "drie keer per jaar"): never a sentence
MAX_TITLE_WORDS = 10
MIN_ITEMS = 3  # titled items with fields as a series: the page's way of printing its afspraken
SAME_X = 3.0  # points: the titles of one accordion list start at one x
TITLE_LARGER = 1.5  # points a title may be set above its text (a summary line of 10.5 pt over 10 pt text)


def label_field_lines(page: Page) -> Page:
    """The page with each definition-list line of a field ("Wie Rietkraag en Thuisplein", its label bold and no
    colon after it) written as a labelled field ("Wie: Rietkraag en Thuisplein"), so that the field reads as the
    afspraak's above it and never as a heading. Only where the bold lead is exactly a field name and the value
    beside it short, no sentence and not run on to the right margin: a run-in heading over text ("Monitoring
    Partijen monitoren ...", its first line wrapped) stays."""
    kinds = attribute_kinds()
    lines = []
    changed = False
    spans = [(line.x0, line.x1) for line in page.lines]
    width = max(x1 for _, x1 in spans) - min(x0 for x0, _ in spans) if spans else 0.0
    for line in page.lines:
        label, value = line.text[:line.lead_bold].strip(), line.text[line.lead_bold:].strip()
        if 0 < line.lead_bold < len(line.text) and label.lower() in kinds and value \
                and len(value.split()) <= MAX_FIELD_WORDS and not ENDS_SENTENCE.search(value) \
                and not value.startswith(":") and line.x1 - line.x0 < SHORT_LINE * width:
            line = replace(line, text=f"{label}: {value}", bold=False, lead_bold=0)
            changed = True
        lines.append(line)
    return replace(page, lines=tuple(lines)) if changed else page


def _item_under(blocks: Sequence[Block], k: int) -> tuple[list[Block], int] | None:
    """The paragraphs under the heading at `k` and how many fields follow them, up to the next heading; None where
    anything else (an item, a table row) stands between, or a paragraph follows the fields."""
    under = paragraphs_under(blocks, k)
    if under is None:
        return None
    body: list[Block] = []
    fields = 0
    for block, field in under:
        if field:
            fields += 1
        elif fields:
            return None  # text after the fields: the fields close an item, so this is not one
        else:
            body.append(block)
    return (body, fields) if body else None


def _is_title(heading: Block, body: Sequence[Block]) -> bool:
    """A bold, short, unnumbered heading no sentence and no heading of context, set about the size of the
    paragraph under it, which ends a sentence."""
    title = heading.text.strip()
    return heading.bold and not heading.marker and find_marker(title) is None \
        and len(title.split()) <= MAX_TITLE_WORDS and not ENDS_SENTENCE.search(title) \
        and non_afspraak_heading().match(title) is None \
        and heading.size <= body[0].size + TITLE_LARGER and ENDS_SENTENCE.search(body[-1].text.rstrip()) is not None


def title_disclosed_items(layout: Layout) -> Layout:
    """The layout with each accordion item made one unnumbered item: its title heading's paragraph(s) as its text,
    the title as a field under it ("Titel: ...", labels.yaml title_attribute), the fields after. Only where
    MIN_ITEMS or more titles of one style (x and size) each head a paragraph closed by fields; a title of that
    style over a paragraph without fields is an item too."""
    blocks = layout.blocks
    found: dict[int, tuple[list[Block], int]] = {}
    for k, block in enumerate(blocks):
        if block.kind == "heading" and (under := _item_under(blocks, k)) and _is_title(block, under[0]):
            found[k] = under
    styles = Counter((round(blocks[k].x0 / SAME_X), blocks[k].size) for k, (_, fields) in found.items() if fields)
    style = max(styles, key=lambda s: styles[s], default=None)
    if style is None or styles[style] < MIN_ITEMS:
        return layout
    items = {k for k in found if (round(blocks[k].x0 / SAME_X), blocks[k].size) == style}
    label = str(load("labels")["title_attribute"]).capitalize()
    taken = {id(b) for k in items for b in found[k][0]}
    out: list[Block] = []
    for k, block in enumerate(blocks):
        if id(block) in taken:
            continue  # a paragraph of an item: its text
        if k not in items:
            out.append(block)
            continue
        body = found[k][0]
        # where the text starts (the title may stand at the foot of the page before)
        out.append(replace(body[0], kind="item", marker=None, text=" ".join(b.text for b in body),
                           end_page=body[-1].end_page or body[-1].page))
        out.append(replace(body[0], text=f"{label}: {block.text.strip()}", marker=None, end_page=body[0].page))
    return replace(layout, blocks=tuple(out))
