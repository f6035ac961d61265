"""Blocks -> afspraken with provenance: number as printed, section path, party, page, exact text.

An afspraak is a list item (numbered, lettered, 'Afspraak 12:' or a bullet under a heading), a row of a table
with an afspraak column (named in a header row, or, without one, the text beside who and when cells) or a card
(`records`). Not afspraken: anything under headings such as Inleiding, Partijen, Begrippen or Bijlagen; short
theme lists; numbered references and links; and everything after the signature. An overview table that repeats
the afspraken by their numbers gives them its fields (`overview`), never afspraken of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .attributes import attribute_name, parse_attributes, split_attributes
from .cells import (
    CellList,
    cell_list,
    cell_sentences,
    content_roles,
    lapsed_row,
    list_starts,
    marked_attributes,
    matrix_cells,
    matrix_parties,
    period_planning,
    period_row_roles,
    table_roles,
    unmarked_roles,
)
from .clean import ENDS_SENTENCE, is_attribute_line
from .commitment import commitment_test, labels_mark_afspraken, read_lead_in, reports
from .config import SegmentSettings
from .enumerations import inline_afspraken, join_inline_items
from .numbering import parse_marker
from .overview import MIN_NUMBERED_SHARE, MIN_ROWS, number_key, overview_tables
from .parties import agreement_heading, heading_title, party_headings, party_of
from .records import find_records
from .structure import (
    MONTH_NAMES,
    PLACE_DATE,
    annex_heading,
    asks_another_party,
    attribute_kinds,
    fact_leadin,
    is_figure_item,
    non_afspraak_heading,
    signature_phrases,
    signature_start,
)
from .text import join_lines
from .types import BOX_COLUMN, Afspraak, Block, DocumentMeta, Layout

TABLE_LEVEL = 20  # sections read from a table's spanning rows nest below every heading of the text
URL = re.compile(r"(https?://|www\.)\S+", re.I)
WORD = re.compile(r"[^\W\d_]{2,}")
LIST_LINK = re.compile(r"[;,]\s*(?:en|of)$")  # a list's next-to-last item: "... na te isoleren; en"


@dataclass
class _Heading:
    level: int
    text: str
    party: str | None
    excluded: bool
    agreement: bool = False  # "Afspraken", "Wat spreken we af": its commitment paragraphs are afspraken
    size: float = 0.0


@dataclass
class _State:
    headings: list[_Heading] = field(default_factory=list)
    table_roles: dict[str, int] | None = None
    table_read: bool = False  # the roles were read from a row's cells (a table without header), not a header row
    header_last: bool = False  # the last table row was a header row: a row of periods under it is its second
    table_page: int = 0
    table_top: float = 0.0  # top of the first row of the table on its current page
    article: _Draft | None = None  # an 'Artikel N' whose paragraphs form one afspraak unless it holds items
    stopped: bool = False
    party_headings: frozenset[tuple[int, float, str]] = frozenset()  # see `parties.party_headings`
    is_commitment: Callable[[str], bool] | None = None  # the paragraph test under an agreement heading
    facts: bool = False  # under a lead-in of facts ("Ontwikkelingen in 2024:"): its bullets are no afspraken
    context: bool = False  # under a lead-in of context ("De ondergetekenden:"): its items are no afspraken
    summary: bool = False  # a letter to the raad (kennisgeving): a table cell of sentences is one afspraak each
    names: tuple[str, ...] = ()  # the document's party names, for lead-ins that name who commits
    year: int | None = None  # the year the document is about: a planning grid's periods are in it
    lead_in: str | None = None  # the lead-in the items below complete ("De gemeente:"), kept with each of them
    neutral: bool = False  # under a lead-in naming no one and no agreement: its figure bullets ("...: 141;") are facts
    matrix_row: dict[str | None, _Draft] = field(default_factory=dict)  # the last party-matrix row, by party

    @property
    def agreement(self) -> bool:
        return bool(self.headings) and self.headings[-1].agreement

    @property
    def section(self) -> str | None:
        return " > ".join(h.text for h in self.headings) or None

    @property
    def party(self) -> str | None:
        return next((h.party for h in reversed(self.headings) if h.party), None)

    @property
    def excluded(self) -> bool:
        return any(h.excluded for h in self.headings)


@dataclass
class _Draft:
    number: str | None
    style: str
    section: str | None
    party: str | None
    page: int
    top: float
    x0: float
    text: str
    end_page: int
    trekker: str | None = None
    planning: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    sublist: bool = False  # holds lettered sub-members ("a. ...; b. ...")
    lead_in: str | None = None  # the lead-in line this item completes ("De gemeente:")

    def add_attributes(self, found: dict[str, str]) -> None:
        """Attributes read for this afspraak: who to trekker, when to planning, the rest by name."""
        for name, value in found.items():
            kind = attribute_kinds().get(name, "other")
            if kind == "who" and not self.trekker:
                self.trekker = value
            elif kind == "when" and not self.planning:
                self.planning = value
            elif kind == "other":
                self.attributes.setdefault(name, value)


NUMBERED_HEADING = re.compile(r"^(?:hoofdstuk\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s", re.I)


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


def may_hold_url(text: str) -> bool:
    """False where URL cannot match: a quick test before the case-blind search, which tries every position."""
    return "://" in text or "www." in text.lower()


def is_afspraak_text(text: str, style: str, settings: SegmentSettings) -> bool:
    """Whether an item's text reads like a commitment rather than a label, a reference or a link."""
    has_url = may_hold_url(text) and URL.search(text) is not None
    words = WORD.findall(URL.sub(" ", text) if has_url else text)
    if len(words) < settings.min_item_words:
        return False
    if has_url and len(words) < 12:
        return False
    if style == "bullet" and not ENDS_SENTENCE.search(text) and not LIST_LINK.search(text) and len(words) < 10:
        return False  # a theme list: "Beschikbaarheid en betaalbaarheid"
    return True


def segment(layout: Layout, meta: DocumentMeta, settings: SegmentSettings | dict | None = None) -> tuple[Afspraak, ...]:
    """Turn cleaned blocks into afspraken (see the module docstring)."""
    settings = SegmentSettings.resolve(settings)
    layout = join_inline_items(layout)  # "...; (2) ..." cut where its marker started a line: one paragraph again
    heading_sizes = [b.size for b in layout.blocks if b.kind == "heading"]
    state = _State(party_headings=party_headings(layout.blocks, meta), is_commitment=_commitment_test(meta),
                   summary=meta.type == "kennisgeving",
                   names=(*meta.corporaties, *meta.huurdersorganisaties, *meta.gemeenten), year=meta.year)
    drafts: list[_Draft] = []
    records = find_records(layout.blocks)  # cards of labelled rows ("Nr | 2.1", "Afspraak | ..."): one afspraak each
    for k, block in enumerate(layout.blocks):
        if state.stopped:
            break
        if block.kind == "heading":
            _close_article(state, drafts, settings)
            _on_heading(block, state, meta, heading_sizes, drafts)
        elif k in records:
            if (card := records[k]) is not None and not state.excluded:
                drafts.append(_Draft(card.number, "table", state.section, state.party, block.page, block.top, block.x0,
                                     card.text, card.end_page, card.trekker, card.planning, card.attributes))
        elif block.kind == "table_row":
            _on_table_row(block, state, drafts, settings)
        elif block.kind == "item":
            state.article = None  # an article with numbered members: the members are the afspraken
            _on_item(block, state, drafts, settings)
        elif state.article is not None:
            _on_article_paragraph(block, state, drafts)
        else:
            _on_paragraph(block, state, drafts, settings)
    _close_article(state, drafts, settings)
    _add_overview_fields(drafts, layout.blocks)
    return tuple(_finish(d, meta) for d in drafts if not _is_ask(d.text, meta))


def _add_overview_fields(drafts: list[_Draft], blocks: Sequence[Block]) -> None:
    """Fields from an overview table whose rows carry the numbers of afspraken read elsewhere (`overview`): to the
    one afspraak of each number, where it has no such field yet. A table that is itself read as afspraken, or whose
    numbers mostly name no afspraak (or several), gives nothing."""
    numbered: dict[str, list[_Draft]] = {}
    for draft in drafts:
        if draft.number:
            numbered.setdefault(number_key(draft.number), []).append(draft)
    starts = {(d.page, d.top) for d in drafts}
    for table in overview_tables(blocks):
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
    state = _State(party_headings=party_headings(layout.blocks, meta))
    labelled = labels_mark_afspraken([(b.marker, b.text) for b in layout.blocks if b.kind == "paragraph"
                                      and is_afspraak_text(b.text, "paragraph", settings)], is_commitment)
    drafts: list[_Draft] = []
    for block in layout.blocks:
        if state.stopped:
            break
        if block.kind == "heading":
            _on_heading(block, state, meta, heading_sizes, drafts)
            state.article = None
            continue
        if block.kind != "paragraph" or not state.headings or state.excluded:
            continue
        if labelled and not block.marker and not (drafts and signature_start().match(block.text)):
            continue  # a paragraph without a run-in label where labels mark the afspraken: context
        if drafts and (signature_start().match(block.text) or PLACE_DATE.match(block.text)):
            break
        last = drafts[-1] if drafts else None
        if last is not None and is_attribute_line(block.text) and last.section == state.section:
            found = parse_attributes(block.text)
            if found:
                last.add_attributes(found)
                continue
        text, state.stopped = cut_signature(block.text)
        if is_afspraak_text(text, "paragraph", settings) \
                and (is_commitment(text) or labelled and not reports(text) and ENDS_SENTENCE.search(text)):
            drafts.append(_Draft(None, "paragraph", state.section, state.party, block.page, block.top, block.x0,
                                 text, block.end_page or block.page))
    return tuple(_finish(d, meta) for d in drafts if not _is_ask(d.text, meta))


def _is_ask(text: str, meta: DocumentMeta) -> bool:
    """An ask to another party in a bod ("Wij vragen de gemeente ..."): no bid of the corporatie."""
    return meta.type == "bod" and asks_another_party(text)


def _commitment_test(meta: DocumentMeta) -> Callable[[str], bool]:
    """`commitment.commitment_test` with the document's party names."""
    return commitment_test((*meta.corporaties, *meta.huurdersorganisaties, *meta.gemeenten))


ARTICLE = re.compile(r"^(?:Artikel|Art\.)\s+(\d{1,3}[a-z]?)\b", re.IGNORECASE)


def _on_article_paragraph(block: Block, state: _State, drafts: list[_Draft]) -> None:
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


def _close_article(state: _State, drafts: list[_Draft], settings: SegmentSettings) -> None:
    """An article that held only paragraphs is one afspraak, numbered as the article."""
    article, state.article = state.article, None
    if article is not None and is_afspraak_text(article.text, "article", settings):
        drafts.append(article)


def _on_heading(block: Block, state: _State, meta: DocumentMeta, sizes: Sequence[float],
                drafts: list[_Draft]) -> None:
    if drafts and (signature_start().match(block.text) or PLACE_DATE.match(block.text)):
        state.stopped = True
        return
    level = 1 if annex_heading().match(block.text) else heading_level(block, sizes)  # an annex is a part
    if block.column >= BOX_COLUMN and state.headings:
        # the header bar of a box beside other boxes names a section of its own: it ranks just under the title
        # above the boxes (a heading set larger), never under a column heading of an earlier page
        top = state.headings[0]
        level = min(level, top.level + 1 if top.size > block.size + 0.5 else top.level)
    # a heading never nests under one set smaller: a part "A Regionale afspraken" in 15 pt closes the numbered
    # chapter "2 Terugblik" in 12.5 pt before it, though by its number the chapter would rank above it
    while state.headings and (state.headings[-1].level >= level or state.headings[-1].size < block.size - 0.5
                              or _closes_chapter(block, state.headings[-1])):
        state.headings.pop()
    state.headings.append(
        _Heading(level, block.text.rstrip(":"), party_of(block, meta, state.party_headings),
                 bool(non_afspraak_heading().match(block.text)),
                 agreement_heading().match(heading_title(block.text)) is not None, block.size)
    )
    state.table_roles = None
    state.facts = fact_leadin().match(heading_title(block.text)) is not None
    state.context = False
    state.lead_in, state.neutral = None, False
    article = ARTICLE.match(block.text)
    if article and not state.excluded:
        state.article = _Draft(article.group(1), "article", state.section, state.party, block.page, block.top,
                               block.x0, "", block.end_page or block.page)


def _closes_chapter(block: Block, heading: _Heading) -> bool:
    """Whether an unnumbered heading set as large as a chapter numbered at the top level ("1 Inleiding") closes
    it: a chapter lettered in another way ("B Betaalbaar wonen"), not a part of it."""
    m = NUMBERED_HEADING.match(heading.text)
    return m is not None and "." not in m.group(1) and NUMBERED_HEADING.match(block.text) is None \
        and abs(heading.size - block.size) < 0.5


def _on_paragraph(block: Block, state: _State, drafts: list[_Draft], settings: SegmentSettings) -> None:
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
    # a paragraph indented under the last item belongs to it (a second paragraph of the same afspraak)
    if last is not None and last.style != "table" and block.x0 > last.x0 + 8 and block.page <= last.end_page + 1 \
            and last.section == state.section:
        text, cut = cut_signature(block.text)
        last.text = f"{last.text} {text}".strip()
        last.end_page = block.end_page or block.page
        state.stopped = cut
        return
    lead = re.split(r"(?<=[.!?])\s+", block.text.strip())[-1]  # a paragraph's last sentence may be the lead-in
    state.facts, state.context, state.lead_in, state.neutral = read_lead_in(lead, state.names)
    if state.headings and not state.excluded and agreement_heading().match(block.text.strip()):
        state.headings[-1].agreement = True  # a lead-in "Partijen spreken af:" opens afspraken until the next heading
        return
    if listed := () if state.excluded else inline_afspraken(block.text, state.names):  # "af: (1) ...; (2) ..."
        drafts.extend(_Draft(n, "inline", state.section, state.party, block.page, block.top + k, block.x0, t,
                             block.end_page or block.page, lead_in=lead) for k, (n, t, lead) in enumerate(listed))
        return
    if state.agreement and not state.excluded and state.is_commitment is not None:
        text, state.stopped = cut_signature(block.text)
        if is_afspraak_text(text, "paragraph", settings) and state.is_commitment(text):
            drafts.append(_Draft(None, "paragraph", state.section, state.party, block.page, block.top, block.x0,
                                 text, block.end_page or block.page))


def _on_item(block: Block, state: _State, drafts: list[_Draft], settings: SegmentSettings) -> None:
    style, number = parse_marker(block.marker or "")
    if state.excluded or state.context or (state.facts and style == "bullet"):
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
    if is_afspraak_text(text, style, settings):
        drafts.append(_Draft(number, style, state.section, state.party, block.page, block.top, block.x0, text,
                             block.end_page or block.page, lead_in=state.lead_in))
    state.stopped = cut and bool(drafts)


NUMBERED_STYLES = frozenset({"number", "decimal", "afspraak", "label", "prefixed", "bare", "section"})


def _is_sub_member(last: _Draft, block: Block, state: _State) -> bool:
    """Whether a lettered item is a sub-member of the numbered afspraak above ("1. ... verdeeld als volgt:" with
    "a. ...", "b. ..." indented under it): indented, in the same section, and the member opens a list (ends in a
    colon) or already holds one."""
    return last.style in NUMBERED_STYLES and block.x0 > last.x0 + 5 and last.section == state.section \
        and block.page <= last.end_page + 1 and (last.sublist or last.text.rstrip().endswith(":"))


def _opens_sublist(last: _Draft, block: Block) -> bool:
    """Whether a bullet indented a little under a bullet afspraak is an item of a list inside it: the afspraak
    ends in a colon ("... voorrang aan de volgende groepen:") or already holds such items. A bullet far to the
    right is in the next column, not under it."""
    return last.style == "bullet" and block.x0 < last.x0 + 40 and bool(block.marker) \
        and (last.text.rstrip().endswith(":") or f" {block.marker} " in last.text)


def _on_table_row(block: Block, state: _State, drafts: list[_Draft], settings: SegmentSettings) -> None:
    if _on_header_row(block.cells, state) or table_section_row(block.cells, state):
        return
    read = content_roles(block.cells) if state.table_roles is None or state.table_read else None
    if read is not None:
        state.table_roles, state.table_read = read, True  # a table without a header row
    roles = state.table_roles
    if roles is None or state.excluded or max(roles.values()) >= len(block.cells) \
            or lapsed_row(block.cells, roles) \
            or _on_matrix_row(block, roles, state, drafts, settings):  # a lapsed row is none of this document
        return

    def cell(role: str) -> str | None:
        return block.cells[roles[role]].strip() or None if role in roles else None

    text, number, label = cell("text") or "", cell("number"), cell("label")
    if label:
        _table_label(label, state)
    last = drafts[-1] if drafts else None
    split_row = last is not None and last.style == "table" and bool(text) and (
        ("number" in roles and number is None)
        or (block.page > last.end_page and block.top <= state.table_top and not ENDS_SENTENCE.search(last.text))
    )
    state.table_top = min(state.table_top, block.top) if block.page == state.table_page else block.top
    state.table_page = block.page
    listed = None if "number" in roles else cell_list(text, list_starts(
        last.number if last is not None and last.style == "table" else None, "label" in roles and not label))
    if listed is None and state.summary and unmarked_roles(roles) <= {"text", "label"}:
        listed = cell_sentences(text, split_row)  # "Thema | Belangrijkste afspraken": a sentence each
    if listed is not None:
        _on_cell_list(block, listed, last if split_row else None, state, drafts, settings)
        return
    if split_row and last is not None:  # the rest of a row that was split over a page break
        last.text, last.end_page = join_lines(last.text, text), block.page
        for role in roles:
            if role in ("trekker", "planning") or role.startswith("attr:"):
                _join_field(last, role, cell(role))
        return
    if text and is_afspraak_text(text, "table", settings):
        planning = cell("planning") or period_planning(block.cells, roles, state.year)  # shaded quarters
        draft = _Draft(number.rstrip(".") if number else None, "table", state.section, state.party,
                       block.page, block.top, block.x0, text, block.page, cell("trekker"), planning)
        draft.attributes = {role[5:]: value for role in roles if role.startswith("attr:")
                            for value in [cell(role)] if value} | marked_attributes(block.cells, roles, state.names)
        drafts.append(draft)


def _on_header_row(cells: Sequence[str], state: _State) -> bool:
    """Whether a row names the table's columns (it is then read as its roles)."""
    periods = period_row_roles(state.table_roles, cells) if state.header_last else None  # its second row
    roles = table_roles(cells) or matrix_parties(cells, state.names) or periods
    state.header_last = roles is not None
    if roles is None:
        return False
    state.table_roles, state.table_read = roles, False
    if {"number", "trekker"} <= roles.keys() or {"number", "planning"} <= roles.keys():
        for heading in state.headings:  # an annex that holds the agenda table: its rows are afspraken
            heading.excluded = heading.excluded and not annex_heading().match(heading.text)
    return True


def _join_field(draft: _Draft, role: str, value: str | None) -> None:
    """The rest of a who, when or other attribute cell, cut by a page break, joined to what the draft holds."""
    if role == "trekker":
        draft.trekker = _join_opt(draft.trekker, value)
    elif role == "planning":
        draft.planning = _join_opt(draft.planning, value)
    elif value:
        draft.attributes[role[5:]] = _join_opt(draft.attributes.get(role[5:]), value) or ""


def _on_matrix_row(block: Block, roles: dict[str, int], state: _State, drafts: list[_Draft],
                   settings: SegmentSettings) -> bool:
    """A row of a party matrix (columns headed by the parties): the subject in the first cell is the section, each
    party's cell that party's afspraak, one cell spanning all the party columns a joint one. False for a row of
    any other table."""
    if not any(role.startswith("party:") for role in roles):
        return False
    label = block.cells[roles["label"]].strip()
    if label:
        _table_label(label, state)
    last = state.matrix_row
    # the rest of a row cut by a page break: no subject of its own, on a later page, the cells before unfinished
    cut = not label and bool(last) and block.page > max(d.end_page for d in last.values()) \
        and not all(ENDS_SENTENCE.search(d.text) for d in last.values())
    row: dict[str | None, _Draft] = {}
    for k, (party, text) in enumerate(matrix_cells(block.cells, block.merged, roles)):
        if cut and party in last:
            last[party].text, last[party].end_page = join_lines(last[party].text, text), block.page
            row[party] = last[party]
        elif is_afspraak_text(text, "table", settings):  # ids need a place: the k-th cell just under the row top
            row[party] = _Draft(None, "table", state.section, party, block.page, block.top + k, block.x0, text,
                                block.page)
            drafts.append(row[party])
    state.matrix_row = row
    return True


def _on_cell_list(block: Block, listed: CellList, continued: _Draft | None, state: _State, drafts: list[_Draft],
                  settings: SegmentSettings) -> None:
    """A numbered list (or a summary's sentences) in one cell: each item an afspraak; the text before the first
    is the rest of the afspraak `continued` from the page before, or else context."""
    if continued is not None and listed.lead:
        continued.text, continued.end_page = join_lines(continued.text, listed.lead), block.page
    for k, (number, item) in enumerate(listed.items):
        if is_afspraak_text(item, "table", settings):  # ids need a place: the k-th item just under the row top
            drafts.append(_Draft(number, "table", state.section, state.party, block.page, block.top + k, block.x0,
                                 item, block.page))


def _table_label(label: str, state: _State) -> None:
    """A row's sub-theme in the first column of a "Thema | Afspraken" table: the section of its afspraken."""
    while state.headings and state.headings[-1].level >= TABLE_LEVEL + 10:
        state.headings.pop()
    state.headings.append(_Heading(TABLE_LEVEL + 10, label, None, False))


TABLE_SECTION = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S")


def table_section_row(cells: Sequence[str], state: _State) -> bool:
    """A row spanning the table whose one cell is a numbered title ("1.3 Woonruimteverdeling"): a section of the
    rows below it, nested by its number's depth under the heading above the table, never an afspraak."""
    m = TABLE_SECTION.match(cells[0].strip()) if cells and not any(c.strip() for c in cells[1:]) else None
    if m is None or state.table_roles is None or len(cells) < 2 or len(cells[0].split()) > 12:
        return False
    level = TABLE_LEVEL + m.group(1).count(".")
    while state.headings and state.headings[-1].level >= level:
        state.headings.pop()
    state.headings.append(_Heading(level, cells[0].strip(), None, False))
    return True


def _join_opt(first: str | None, second: str | None) -> str | None:
    if first and second:
        return join_lines(first, second)
    return first or second


def afspraak_id(sha256: str, page: int, x0: float, top: float) -> str:
    """A stable id from the document hash and where the afspraak starts (page, column x, height)."""
    return f"{sha256[:12]}-{page:03d}-{int(x0):03d}-{int(top):04d}"


def _finish(draft: _Draft, meta: DocumentMeta) -> Afspraak:
    text, found = split_attributes(draft.text)
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
