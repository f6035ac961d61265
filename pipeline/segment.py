"""Blocks -> afspraken with provenance: number as printed, section path, party, page, exact text.

An afspraak is a list item (numbered, lettered, 'Afspraak 12:' or a bullet under a heading), a row of a table
with an afspraak column (named in a header row, or, without one, the text beside who and when cells; read by
`table_rows`) or a card (`records`). Not afspraken: anything under headings such as Inleiding, Partijen, Begrippen
or Bijlagen; short theme lists; numbered references and links; and everything after the signature. An overview
table that repeats the afspraken by their numbers gives them its fields (`overview`), never afspraken of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .answered_questions import answered_questions
from .attributes import attribute_name, parse_attributes, split_attributes, tag_attributes
from .clean import ENDS_SENTENCE, is_attribute_line
from .commitment import commitment_test, labels_mark_afspraken, read_lead_in, reports
from .config import SegmentSettings
from .disclosures import title_disclosed_items
from .drafts import Draft, Heading, SegmentState, is_afspraak_text
from .enumerations import inline_afspraken, join_inline_items
from .form_fields import form_fields
from .grouping_columns import grouping_columns_to_sections
from .lexicon import load
from .listed_chapters import closes_front_matter
from .numbered_subheadings import number_subheaded_paragraphs
from .numbering import parse_marker
from .overview import MIN_NUMBERED_SHARE, MIN_ROWS, number_key, overview_tables
from .page_breaks import continued_title
from .paragraph_numbers import agreement_subheading_sizes, numbers_every_paragraph
from .parties import agreement_heading, heading_title, party_headings, party_of
from .pull_quotes import drop_pull_quotes
from .reading import announces_statements, statement_leadin
from .records import find_records
from .structure import (
    MONTH_NAMES,
    PLACE_DATE,
    annex_heading,
    announces_lapsed,
    asks_another_party,
    fact_leadin,
    is_figure_item,
    non_afspraak_heading,
    outline_heading,
    signature_phrases,
    signature_start,
    structure_lexicon,
)
from .table_rows import on_table_row
from .title_column import number_titled_paragraphs
from .titled_paragraphs import paragraph_titles
from .types import BOX_COLUMN, Afspraak, Block, DocumentMeta, Layout

NUMBERED_HEADING = re.compile(r"^(?:hoofdstuk\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s", re.I)
# a chapter lettered by a capital or a roman numeral ("A. Beschikbaar en betaalbaar wonen", "B Duurzaamheid",
# "II Betaalbaar wonen"): where no chapter is numbered with digits, a top-level heading whatever its size
LETTERED_CHAPTER = re.compile(r"^(?:[A-Z]|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))[.)]?\s+[A-Z]")


def heading_level(block: Block, heading_sizes: Sequence[float]) -> int:
    """Numbered headings nest by their number's depth; others by font size, larger is higher."""
    m = NUMBERED_HEADING.match(block.text)
    if m:
        return m.group(1).count(".") + 1
    ranked = sorted(set(heading_sizes), reverse=True)
    return ranked.index(block.size) + 1 if block.size in ranked else len(ranked) + 1


def cut_signature(text: str) -> tuple[str, bool]:
    """Cut the text where a signature starts inside it (a place and date, 'Aldus overeengekomen')."""
    cut = len(text)
    m = PLACE_DATE.search(text) if any(month in text for month in MONTH_NAMES) else None
    if m:
        cut = m.start()
    low = text.lower()  # both searches are tried only on the few texts that hold what they need
    if any(phrase in low for phrase in signature_phrases()):
        for sm in signature_start().finditer(text):
            if sm.start() == 0 or ENDS_SENTENCE.search(text[: sm.start()].rstrip()):
                cut = min(cut, sm.start())
                break
    return text[:cut].rstrip(), cut < len(text)


def segment(layout: Layout, meta: DocumentMeta, settings: SegmentSettings | dict | None = None) -> tuple[Afspraak, ...]:
    """Turn cleaned blocks into afspraken (see the module docstring)."""
    settings = SegmentSettings.resolve(settings)
    layout = join_inline_items(layout)  # "...; (2) ..." cut where its marker started a line: one paragraph again
    layout = number_titled_paragraphs(layout)  # "3.4 Huisvesting statushouders" over its paragraph: one item
    layout = number_subheaded_paragraphs(layout, _commitment_test(meta))  # "2.4 Omvang ..." set larger: its item
    layout = title_disclosed_items(layout)  # a web page's accordion items: a bold title, its text, its fields
    layout = answered_questions(layout, _commitment_test(meta))  # "Vraag 1.4 Welke ...? Wij ...": the answer, 1.4
    layout = form_fields(layout)  # a filled-in form's labels over their boxes: a card's label | value rows
    layout = drop_pull_quotes(layout)  # a quotation set large beside the text: no heading, no afspraak
    heading_sizes = [b.size for b in layout.blocks if b.kind == "heading"]
    state = SegmentState(party_headings=party_headings(layout.blocks, meta), is_commitment=_commitment_test(meta),
                   summary=meta.type == "kennisgeving",
                   names=(*meta.corporaties, *meta.huurdersorganisaties, *meta.gemeenten), year=meta.year,
                   digit_chapters=_digit_chapters(layout.blocks),
                   numbered_paragraphs=numbers_every_paragraph(layout.blocks),
                   agreement_sizes=agreement_subheading_sizes(layout.blocks), chapters=layout.chapters,
                   side_columns=layout.side_columns)
    drafts: list[Draft] = []
    records = find_records(layout.blocks)  # cards of labelled rows ("Nr | 2.1", "Afspraak | ..."): one afspraak each
    for k, block in enumerate(layout.blocks):
        if state.stopped:
            break
        prev = layout.blocks[k - 1] if k else None
        # a paragraph cut by the page break (or a running line joined to it) starts on the page before: not counted
        state.page_start = prev is None or prev.page < block.page or (state.page_start and _title_line(prev))
        _leave_side_column(block, state)
        if block.kind == "heading":
            _close_article(state, drafts, settings)
            _close_captions(state)  # the table under a caption has ended: a heading never nests under its caption
            _on_heading(block, state, meta, heading_sizes, drafts)
            if len(state.headings) > 1 and (state.headings[-1].excluded or state.facts) \
                    and _is_caption(block, layout.blocks[k + 1:k + 2]):
                state.headings[-1].caption = True  # a table of figures between afspraken: it excludes only itself
            continue
        if block.kind != "table_row":
            _close_captions(state)
        if k in records:
            if (card := records[k]) is not None and not state.excluded:
                drafts.append(Draft(card.number, "table", state.section, state.party, block.page, block.top, block.x0,
                                     card.text, card.end_page, card.trekker, card.planning, card.attributes))
        elif block.kind == "table_row":
            on_table_row(block, state, drafts, settings)
        elif block.kind == "item":
            state.article = None  # an article with numbered members: the members are the afspraken
            _on_item(block, state, drafts, settings)
        elif state.article is not None:
            _on_article_paragraph(block, state, drafts)
        else:
            _on_paragraph(block, state, drafts, settings)
    _close_article(state, drafts, settings)
    _add_overview_fields(drafts, layout.blocks, state.names)
    grouping_columns_to_sections(drafts)  # "Nr | Thema | Afspraak" grouped by theme: its sections
    return _unique_ids(tuple(_finish(d, meta) for d in drafts if not _is_ask(d, meta)))


def _title_line(block: Block) -> bool:
    """Whether a block may stand above the table that opens a page: a heading, or a short line that is no sentence
    (a worksheet's title, its file name, a title with a note beside it: "Afsprakenmatrix 2025  Per partij (rij)
    en per thema (kolom)")."""
    return block.kind == "heading" or (block.kind == "paragraph" and len(block.text.split()) <= 12
                                       and not ENDS_SENTENCE.search(block.text))


def _add_overview_fields(drafts: list[Draft], blocks: Sequence[Block], names: Sequence[str] = ()) -> None:
    """Fields from an overview table whose rows carry the numbers of afspraken read elsewhere (`overview`): to the
    one afspraak of each number, where it has no such field yet. A table that is itself read as afspraken, or whose
    numbers mostly name no afspraak (or several), gives nothing."""
    numbered: dict[str, list[Draft]] = {}
    for draft in drafts:
        if draft.number:
            numbered.setdefault(number_key(draft.number), []).append(draft)
    starts = {(d.page, d.top) for d in drafts}
    for table in overview_tables(blocks, names):
        found = [(row, numbered[key][0]) for row in table if len(numbered.get(key := number_key(row.number), ())) == 1]
        if any((row.block.page, row.block.top) in starts for row in table) \
                or len(found) < max(MIN_ROWS, MIN_NUMBERED_SHARE * len(table)):
            continue
        for row, draft in found:
            draft.add_attributes(row.fields)


def segment_unnumbered(layout: Layout, meta: DocumentMeta, settings: SegmentSettings | dict | None = None,
                       is_commitment: Callable[[str], bool] | None = None) -> tuple[Afspraak, ...]:
    """The fallback for a document without numbered afspraken: the paragraphs under its headings that commit
    someone to something, each an afspraak with number None; context paragraphs are left out.

    Args:
        is_commitment: the test for one paragraph; by default `commitment.commitment_test` with the document's
            party names (see `commitment` for why not the grammar-based `frames.is_commitment`).
    """
    settings = SegmentSettings.resolve(settings)
    if is_commitment is None:
        is_commitment = _commitment_test(meta)
    heading_sizes = [b.size for b in layout.blocks if b.kind == "heading"]
    state = SegmentState(party_headings=party_headings(layout.blocks, meta),
                         digit_chapters=_digit_chapters(layout.blocks), chapters=layout.chapters,
                         side_columns=layout.side_columns)
    titles = paragraph_titles(layout.blocks)  # "Verkoop" in bold over its bid: a title as a run-in label is one
    labels = [b.marker or titles.get(k) for k, b in enumerate(layout.blocks)]
    labelled = labels_mark_afspraken([(labels[k], b.text) for k, b in enumerate(layout.blocks) if b.kind == "paragraph"
                                      and is_afspraak_text(b.text, "paragraph", settings)], is_commitment)
    drafts: list[Draft] = []
    for k, block in enumerate(layout.blocks):
        if state.stopped:
            break
        _leave_side_column(block, state)
        if block.kind == "heading":
            _on_heading(block, state, meta, heading_sizes, drafts)
            state.article = None
            continue
        if block.kind != "paragraph" or not state.headings or state.excluded:
            continue
        if labelled and not labels[k] and not (drafts and signature_start().match(block.text)):
            continue  # a paragraph without a run-in label or title where they mark the afspraken: context
        if drafts and (signature_start().match(block.text) or PLACE_DATE.match(block.text)):
            break
        last = drafts[-1] if drafts else None
        if last is not None and is_attribute_line(block.text) and last.section == state.section:
            found = parse_attributes(block.text)
            if found:
                last.add_attributes(found)
                continue
        text, cut = cut_signature(block.text)
        state.stopped = cut and bool(drafts)  # a letter's place and date above its first bid is no signature
        if is_afspraak_text(text, "paragraph", settings) \
                and (is_commitment(text) or labelled and not reports(text) and ENDS_SENTENCE.search(text)):
            drafts.append(Draft(None, "paragraph", state.section, state.party, block.page, block.top, block.x0,
                                 text, block.end_page or block.page))
            if labelled and block.marker:  # "Nieuwbouw. Wij ...": the run-in title names the afspraak
                drafts[-1].add_attributes({str(load("labels")["title_attribute"]): block.marker.rstrip(" .:")})
    return _unique_ids(tuple(_finish(d, meta) for d in drafts if not _is_ask(d, meta)))


def _is_ask(draft: Draft, meta: DocumentMeta) -> bool:
    """An ask to another party in a bod ("Wij vragen de gemeente ..."): no bid of the corporatie, unless the bod
    numbers it as one of its bids ("Bod 13", bid_labels in structure.yaml) or titles it as it titles its bids
    ("Aandeel sociale huur. Wij vragen ...": one of the items the letter lists)."""
    return meta.type == "bod" and asks_another_party(draft.text) and not _bid_label(draft.number) \
        and str(load("labels")["title_attribute"]) not in draft.attributes


def _bid_label(number: str | None) -> bool:
    """Whether a printed number carries a bid label ("Bod 13")."""
    words = (number or "").split()
    return len(words) > 1 and words[0].lower() in structure_lexicon()["bid_labels"]


def _commitment_test(meta: DocumentMeta) -> Callable[[str], bool]:
    """`commitment.commitment_test` with the document's party names."""
    return commitment_test((*meta.corporaties, *meta.huurdersorganisaties, *meta.gemeenten))


ARTICLE = re.compile(r"^(?:Artikel|Art\.)\s+(\d{1,3}[a-z]?)\b", re.IGNORECASE)


def _on_article_paragraph(block: Block, state: SegmentState, drafts: list[Draft]) -> None:
    """A paragraph of an article: part of the article's afspraak (until the signature)."""
    article = state.article
    assert article is not None
    if drafts and (signature_start().match(block.text) or PLACE_DATE.match(block.text)):
        state.stopped = True
        return
    text, cut = cut_signature(block.text)
    article.text = f"{article.text} {text}".strip()
    article.end_page = block.end_page or block.page
    state.stopped = cut


def _close_article(state: SegmentState, drafts: list[Draft], settings: SegmentSettings) -> None:
    """An article that held only paragraphs is one afspraak, numbered as the article."""
    article, state.article = state.article, None
    if article is not None and is_afspraak_text(article.text, "article", settings):
        drafts.append(article)


def _digit_chapters(blocks: Sequence[Block]) -> bool:
    """Whether any heading of the document is numbered with digits (then a lettered heading is a subsection)."""
    return any(b.kind == "heading" and NUMBERED_HEADING.match(b.text) for b in blocks)


def _on_heading(block: Block, state: SegmentState, meta: DocumentMeta, sizes: Sequence[float],
                drafts: list[Draft]) -> None:
    if drafts and (signature_start().match(block.text) or PLACE_DATE.match(block.text)):
        state.stopped = True
        return
    level = 1 if annex_heading().match(block.text) else heading_level(block, sizes)  # an annex is a part
    if LETTERED_CHAPTER.match(block.text) and not state.digit_chapters:
        level = 1  # "A. Beschikbaar wonen" is a chapter, though set smaller than "Inleiding en kerncijfers" before it
    if outline := outline_heading().match(block.text):
        level = _outline_level(outline.group(1), state, level)  # "Ambitie 1", "Doel 1.1" under it, however large
    if block.column >= BOX_COLUMN and state.headings:
        # the header bar of a box beside other boxes names a section of its own: it ranks just under the title
        # above the boxes (a heading set larger), never under a column heading of an earlier page
        top = state.headings[0]
        level = min(level, top.level + 1 if top.size > block.size + 0.5 else top.level)
    # a heading never nests under one set smaller: a part "A Regionale afspraken" in 15 pt closes the numbered
    # chapter "2 Terugblik" in 12.5 pt before it, though by its number the chapter would rank above it; and a chapter
    # the contents list names ends the front matter above it that the list does not name (`listed_chapters`)
    # a side column's box title closes only the box titles before it, never the main column's headings
    side = (block.page, block.column) in state.side_columns
    while state.headings and (not side or state.headings[-1].side) \
            and (state.headings[-1].level >= level or state.headings[-1].size < block.size - 0.5
                 or _closes_chapter(block, state.headings[-1])
                 or closes_front_matter(block.text, state.headings[-1].text, state.headings[-1].excluded,
                                        state.chapters)):
        state.headings.pop()
    state.headings.append(
        Heading(level, continued_title(block.text.rstrip(":")), party_of(block, meta, state.party_headings),
                 bool(non_afspraak_heading().match(block.text)) or announces_lapsed(heading_title(block.text)),
                 agreement_heading().match(heading_title(block.text)) is not None, block.size, page=block.page,
                 side=side)
    )
    state.table_roles = None
    state.facts = fact_leadin().match(heading_title(block.text)) is not None
    state.context = False
    state.lead_in, state.neutral = None, False
    article = ARTICLE.match(block.text)
    if article and not state.excluded:
        state.article = Draft(article.group(1), "article", state.section, state.party, block.page, block.top,
                               block.x0, "", block.end_page or block.page)


def _leave_side_column(block: Block, state: SegmentState) -> None:
    """Where the main column goes on (or a line across the page), the titles of the side column's boxes read before
    it close and what the boxes' lines set (a lead-in, facts) is the main column's again: its text stands under its
    own headings (`side_columns`)."""
    if not state.side_columns:
        return
    if (block.page, block.column) in state.side_columns:
        if state.main_reading is None:
            state.main_reading = (state.facts, state.context, state.lead_in, state.neutral, state.table_roles)
        return
    while state.headings and state.headings[-1].side:
        state.headings.pop()
    if state.main_reading is not None:
        state.facts, state.context, state.lead_in, state.neutral, state.table_roles = state.main_reading
        state.main_reading = None


def _outline_level(number: str, state: SegmentState, level: int) -> int:
    """The level of a heading that names an outline level by a word and a number ("Ambitie 1", "Doel 1.1"; `level`
    its level by size): it closes the outline headings of its own depth or deeper and, as the body of the document,
    a chapter of context before it ("Terugblik op 2024" set larger: never its parent); under the outline heading a
    level up ("Ambitie 1" for "Doel 1.1") it nests whatever their sizes."""
    depth = number.count(".") + 1
    while state.headings:
        last = state.headings[-1]
        above = outline_heading().match(last.text)
        if not (above.group(1).count(".") + 1 >= depth if above
                else last.excluded and not annex_heading().match(last.text)):
            break
        state.headings.pop()
    parent = state.headings[-1] if state.headings else None
    return max(level, parent.level + 1) if parent is not None and outline_heading().match(parent.text) else level


def _is_caption(block: Block, following: Sequence[Block]) -> bool:
    """Whether a heading is the caption of the table right under it ("Kerncijfers sociale huurvoorraad per 1
    januari 2025" over a table of figures between numbered afspraken): unnumbered, no annex, and followed at once
    by the table's rows on its own page. Only a caption that says its table holds no afspraken (figures,
    context) is closed where the table ends: an "Afspraken" over a table of cards still heads the fields
    printed under it."""
    return bool(following) and following[0].kind == "table_row" and following[0].page == block.page \
        and NUMBERED_HEADING.match(block.text) is None and not annex_heading().match(block.text)


def _close_captions(state: SegmentState) -> None:
    """Where the table under a caption ends, the caption ends too: what follows (the next numbered afspraak of the
    chapter) stands under the headings above the caption again, not under a caption of figures that excludes it."""
    while len(state.headings) > 1 and state.headings[-1].caption:
        state.headings.pop()
        state.table_roles = None
        state.facts = state.context = False
        state.lead_in, state.neutral = None, False


def _closes_chapter(block: Block, heading: Heading) -> bool:
    """Whether an unnumbered heading set as large as a chapter numbered at the top level ("1 Inleiding") closes
    it: a chapter lettered in another way ("B Betaalbaar wonen"), not a part of it."""
    m = NUMBERED_HEADING.match(heading.text)
    return m is not None and "." not in m.group(1) and NUMBERED_HEADING.match(block.text) is None \
        and abs(heading.size - block.size) < 0.5


def _on_paragraph(block: Block, state: SegmentState, drafts: list[Draft], settings: SegmentSettings) -> None:
    if drafts and (signature_start().match(block.text) or PLACE_DATE.match(block.text)):
        state.stopped = True
        return
    last = drafts[-1] if drafts else None
    if last is not None and is_attribute_line(block.text) and last.section == state.section \
            and block.page <= last.end_page + 1:
        found = parse_attributes(block.text)
        if found:  # "Wie: ... | Wanneer: ..." under the afspraak: its fields, never its text
            last.add_attributes(found)
            return
    if last is not None and last.section == state.section and block.page <= last.end_page + 1 \
            and (found := tag_attributes(block.text, state.names)):
        last.add_attributes(found)  # "[Duurzaamheid]" on a line of its own under it, set in another size: its field
        return
    # a paragraph indented under the last item belongs to it (a second paragraph of the same afspraak), unless it
    # is a note under it: set smaller, or opened by a label of context ("Terugblik: ...")
    if last is not None and last.style != "table" and block.x0 > last.x0 + 8 and block.page <= last.end_page + 1 \
            and last.section == state.section:
        if _is_note(block, last):
            return
        text, cut = cut_signature(block.text)
        last.text = f"{last.text} {text}".strip()
        last.end_page = block.end_page or block.page
        state.stopped = cut
        return
    lead = re.split(r"(?<=[.!?])\s+", block.text.strip())[-1]  # a paragraph's last sentence may be the lead-in
    state.facts, state.context, state.lead_in, state.neutral = read_lead_in(lead, state.names)
    if lead.endswith(":") and announces_lapsed(lead):  # "De volgende afspraken uit 2025 vervallen:": old ones
        state.context, state.lead_in = True, None
    if state.headings and not state.excluded and agreement_heading().match(block.text.strip()):
        state.headings[-1].agreement = True  # a lead-in "Partijen spreken af:" opens afspraken until the next heading
        return
    if listed := () if state.excluded else inline_afspraken(block.text, state.names):  # "af: (1) ...; (2) ..."
        drafts.extend(Draft(n, "inline", state.section, state.party, block.page, block.top + k, block.x0, t,
                             block.end_page or block.page, lead_in=lead) for k, (n, t, lead) in enumerate(listed))
        return
    if state.agreement and not state.excluded and state.is_commitment is not None:
        text, state.stopped = cut_signature(block.text)
        if is_afspraak_text(text, "paragraph", settings) and state.is_commitment(text):
            drafts.append(Draft(None, "paragraph", state.section, state.party, block.page, block.top, block.x0,
                                 text, block.end_page or block.page))


RUN_IN_LABEL = re.compile(r"^([^\W\d_][\w-]*(?:\s+[\w-]+){0,3}):\s+\S")


def _is_note(block: Block, last: Draft) -> bool:
    """Whether a paragraph indented under an afspraak is a note on it, not its next paragraph: set smaller than the
    afspraak (an italic explanation in 9 pt under 10 pt text), or opened by a run-in label of context or facts
    ("Terugblik: in 2024 ...", "Achtergrond: ...")."""
    if last.size and block.size < last.size - 0.5:
        return True
    m = RUN_IN_LABEL.match(block.text)
    return m is not None and (non_afspraak_heading().match(m.group(1)) is not None
                              or fact_leadin().match(m.group(1)) is not None)


def _on_item(block: Block, state: SegmentState, drafts: list[Draft], settings: SegmentSettings) -> None:
    style, number = parse_marker(block.marker or "")
    if state.excluded or state.context or (state.facts and style == "bullet") \
            or (state.numbered_paragraphs and style in PARAGRAPH_NUMBER_STYLES
                and not _numbered_paragraph_agrees(block, state)):
        return
    if state.neutral and style == "bullet" and is_figure_item(block.text):
        return  # "woningen met label A of beter: 2.104;" under a lead-in naming no one who commits
    text, cut = cut_signature(block.text)
    last = drafts[-1] if drafts else None
    if style == "letter" and last is not None and _is_sub_member(last, block, state):
        last.text = f"{last.text} {block.marker} {text}".strip()  # "a." ... inside a numbered member's text
        last.end_page = block.end_page or block.page
        last.sublist = True
        state.stopped = cut
        return
    if style == "bullet" and last is not None and block.x0 > last.x0 + 5 and last.section == state.section \
            and (last.style != "bullet" or _opens_sublist(last, block)):
        # sub-bullets elaborate the afspraak above (numbered, or a bullet whose list they indent); under a
        # bullet they keep their marker, as a list inside the text
        sub = f"{block.marker} {text}" if last.style == "bullet" and block.marker else text
        last.text = f"{last.text} {sub}".strip()
        last.end_page = block.end_page or block.page
        state.stopped = cut
        return
    if style == "letter" and last is not None and last.style in NUMBERED_STYLES and block.x0 > last.x0 + 5 \
            and announces_statements(last.text):
        drafts.pop()  # "2.10 ... spreken partijen het volgende af:": a lead-in, its lettered items the afspraken
    if is_afspraak_text(text, style, settings):
        drafts.append(Draft(number, style, state.section, state.party, block.page, block.top, block.x0, text,
                             block.end_page or block.page, lead_in=state.lead_in, size=block.size))
    state.stopped = cut and bool(drafts)


# the styles a document numbering all its paragraphs numbers them in ("12", "12."); its bullets and lettered
# sub-items stay with the paragraph above them
PARAGRAPH_NUMBER_STYLES = frozenset({"bare", "number"})


def _numbered_paragraph_agrees(block: Block, state: SegmentState) -> bool:
    """Where every paragraph is numbered, the sub-heading decides, not the number: under an agreement heading
    ("Wat we afspreken") a paragraph is an afspraak; under facts ("Wat we constateren") or another sibling of the
    agreement sub-heading ("Slotbepalingen") it is context; under a chapter without such sub-headings only a
    paragraph that commits someone is one."""
    if state.agreement or state.facts:
        return state.agreement
    if state.headings and state.headings[-1].size in state.agreement_sizes:
        return False
    return state.is_commitment is not None and state.is_commitment(block.text)


# styles whose afspraak may hold a lettered sub-list; "roman" as in "vii. ... bestaat uit: (a) ...; (b) ..."
NUMBERED_STYLES = frozenset({"number", "decimal", "afspraak", "label", "prefixed", "bare", "section", "roman"})


def _is_sub_member(last: Draft, block: Block, state: SegmentState) -> bool:
    """Whether a lettered item is a sub-member of the numbered or bulleted afspraak above ("1. ... verdeeld als
    volgt:" with "a. ...", "b. ..." indented under it): indented, in the same section, and the member opens a list
    (ends in a colon) or already holds one. Under a bullet that only announces statements ("Partijen spreken het
    volgende af:") the lettered items are afspraken of their own."""
    bulleted = last.style == "bullet" and not statement_leadin().search(last.text)  # not "• ... het volgende af:"
    numbered = last.style in NUMBERED_STYLES and not announces_statements(last.text)
    return (numbered or bulleted) and block.x0 > last.x0 + 5 \
        and last.section == state.section \
        and block.page <= last.end_page + 1 and (last.sublist or last.text.rstrip().endswith(":"))


def _opens_sublist(last: Draft, block: Block) -> bool:
    """Whether a bullet indented a little under a bullet afspraak is an item of a list inside it: the afspraak
    ends in a colon ("... voorrang aan de volgende groepen:") or already holds such items. A bullet far to the
    right is in the next column, not under it."""
    return last.style == "bullet" and block.x0 < last.x0 + 40 and bool(block.marker) \
        and (last.text.rstrip().endswith(":") or f" {block.marker} " in last.text)


def afspraak_id(sha256: str, page: int, x0: float, top: float) -> str:
    """A stable id from the document hash and where the afspraak starts (page, column x, height)."""
    return f"{sha256[:12]}-{page:03d}-{int(x0):03d}-{int(top):04d}"


def _unique_ids(afspraken: tuple[Afspraak, ...]) -> tuple[Afspraak, ...]:
    """Ids made unique in reading order: two afspraken can start at one spot of one PDF page where its halves are
    read as pages of their own (a booklet sheet, `booklet`); the later one gets "-2", "-3" (stable, as the order is)."""
    seen: dict[str, int] = {}
    out = []
    for a in afspraken:
        seen[a.id] = seen.get(a.id, 0) + 1
        out.append(a if seen[a.id] == 1 else replace(a, id=f"{a.id}-{seen[a.id]}"))
    return tuple(out)


def _finish(draft: Draft, meta: DocumentMeta) -> Afspraak:
    text, found = split_attributes(draft.text, (*meta.corporaties, *meta.huurdersorganisaties, *meta.gemeenten))
    if found:
        draft.text = text
        draft.add_attributes(found)
    return Afspraak(
        id=afspraak_id(meta.sha256, draft.page, draft.x0, draft.top),
        number=draft.number,
        section=draft.section,
        party=draft.party,
        page=draft.page,
        text=" ".join(draft.text.split()),  # whitespace runs made one space, as re's \s+ and strip() would
        trekker=draft.trekker,
        planning=draft.planning,
        end_page=draft.end_page,
        attributes={attribute_name(name): value for name, value in draft.attributes.items()} or None,
        lead_in=draft.lead_in,
    )
