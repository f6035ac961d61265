"""Afspraken that each have a numbered sub-heading of their own. In a Word report, "2.4 Omvang van de sociale
huurvoorraad" is set a little larger than the text, in bold or in a coloured heading style (which the cleaner may
read as a numbered item), over the one paragraph that is the afspraak. The heading stays a heading (or becomes one),
so its title ends the afspraak's section. The paragraph under it becomes an item that carries the heading's number.

A subsection of context is set the same way ("1.1 Aanleiding", "1.2 Terugblik"). The reading is therefore made
only for a document that titles its commitments so as a series: most of its numbered sub-headings that head only
paragraphs have a first paragraph that commits someone. Sub-headings set at the text size are
`title_column.number_titled_paragraphs`'s, which reads them before this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .lettered_parents import lettered_parents, parent_title
from .numbering import find_marker
from .structure import non_afspraak_heading
from .subheadings import MIN_RATIO
from .text import ENDS_SENTENCE
from .title_column import MAX_TITLE_WORDS, MIN_TITLED, TITLE_LINE
from .types import Block, Layout
from .under_heading import paragraphs_under, up_to_note

LABELLED = frozenset({"afspraak", "label"})  # marker styles that name an afspraak by a word ("Afspraak 2.1", "Actie 4")
MIN_COMMITTING_SHARE = 0.75  # of a series' sub-headings, those over a paragraph that commits someone


def _subheading(block: Block, under: Block, one_number: bool = False) -> tuple[str, str] | None:
    """(number, title) of a sub-heading that titles one thing ("2.4 Omvang van de sociale huurvoorraad",
    `_numbered_title`): bold, or set visibly larger than the paragraph under it (a Word heading style in colour,
    which the cleaner may have read as a numbered item). With `one_number` (`lettered_parents`) also a one-number
    title: a parent without lettered subs is the afspraak."""
    titled = _numbered_title(block) or (parent_title(block) if one_number else None)
    if titled is None or not (block.bold or block.size >= MIN_RATIO * under.size):
        return None
    return titled


def _numbered_title(block: Block) -> tuple[str, str] | None:
    """(number, title) of a heading or numbered item that reads as a numbered title: a number of two to four parts
    ("2.4") or one after an afspraak label ("Afspraak 2.4", "Actie 3"), a short title after it, no sentence."""
    if block.kind == "item" and block.marker:
        printed = f"{block.marker.strip()} {block.text}"
    elif block.kind == "heading":
        printed = block.text
    else:
        return None
    printed = printed.strip()
    m = TITLE_LINE.match(printed)
    if m is not None:
        number, title = m.group(1), m.group(2)
    elif (found := find_marker(printed)) is not None and found[0] in LABELLED and found[2]:
        number, title = found[2], printed[len(found[1]):]  # "Afspraak 2.1 Nieuwbouw ...": the label says what it is
    else:
        return None
    title = title.strip().lstrip(":–-").strip().removesuffix(":").rstrip()
    if len(title.split()) > MAX_TITLE_WORDS or ENDS_SENTENCE.search(title) or not any(c.isalpha() for c in title):
        return None
    return number, title


def _text_under(blocks: Sequence[Block], k: int) -> list[Block] | None:
    """The paragraphs under the heading at `k` that are its afspraak's text: from the first one on, those set in its
    size, up to one set in another (a note under it, "Door de hogere bouwkosten ..." in 9.5 pt). None where the
    heading heads anything but paragraphs (an item, a table row) or heads a larger text (the text is set smaller
    than the heading, never larger: then the heading is a caption or a run-in)."""
    # up to the next heading, or the next sub-heading the cleaner took for a numbered item
    under = paragraphs_under(blocks, k, ends=lambda b: b.kind == "item" and _numbered_title(b) is not None)
    paragraphs = [block for block, field in under or () if not field]
    if not paragraphs or paragraphs[0].size >= blocks[k].size:
        return None
    text = up_to_note(paragraphs)
    return text if ENDS_SENTENCE.search(text[-1].text.rstrip()) else None


def _series(numbers: Sequence[str]) -> bool:
    """Whether the numbers run as a series: MIN_TITLED or more, two of them following each other under one parent."""
    keys = {tuple(int(p) for p in re.findall(r"\d+", n)) for n in numbers}
    return len(keys) >= MIN_TITLED and any((*key[:-1], key[-1] + 1) in keys for key in keys)


def _subheadings(blocks: Sequence[Block], one_number: bool = False) -> dict[int, tuple[str, str, list[Block]]]:
    """Where each numbered sub-heading stands over its afspraak's text (`_subheading`, `_text_under`), with its
    number, its title and the paragraphs of that text; with `one_number`, one-number titles too (`lettered_parents`)."""
    found: dict[int, tuple[str, str, list[Block]]] = {}
    for k, block in enumerate(blocks):
        if block.kind not in ("heading", "item"):
            continue
        text = _text_under(blocks, k)
        titled = _subheading(block, text[0], one_number) if text else None
        if text and titled is not None:
            found[k] = (*titled, text)
    return found


def number_subheaded_paragraphs(layout: Layout, is_commitment: Callable[[str], bool]) -> Layout:
    """The layout with the paragraph under each numbered afspraak sub-heading made an item numbered as the heading
    (see the module docstring). A heading of context by its words ("1.2 Terugblik 2025") keeps its paragraphs.

    Args:
        is_commitment: the paragraph test (`commitment.commitment_test` with the document's party names).
    """
    blocks = layout.blocks
    parents = lettered_parents(blocks)  # their numbers run in one series with the titles of parents without subs
    found = _subheadings(blocks, bool(parents))
    committing = sum(1 for _, _, text in found.values() if is_commitment(text[0].text))
    if not _series([*(number for number, _, _ in found.values()), *parents]) \
            or committing < MIN_COMMITTING_SHARE * len(found):
        return layout
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        k += 1
        if k - 1 not in found:
            out.append(block)
            continue
        number, title, text = found[k - 1]
        heading = block if block.kind == "heading" else replace(block, kind="heading", text=f"{number} {title}",
                                                                 marker=None)
        out.append(heading)  # as a heading, though the cleaner took it for a numbered item
        if non_afspraak_heading().match(heading.text):
            continue  # "1.2 Terugblik 2025": its paragraphs are context
        while k < len(blocks) and blocks[k].kind != "heading" and k not in found:
            under = blocks[k]
            k += 1
            if under is text[0]:
                out.append(replace(under, kind="item", marker=number, text=" ".join(b.text for b in text),
                                   end_page=text[-1].end_page or text[-1].page))
            elif not any(under is b for b in text):
                out.append(under)  # a field or a note under it stays where it is
    return replace(layout, blocks=tuple(out))
