"""Table rows -> afspraken for `segment` (header roles, party matrices, cell lists): split out to keep it short."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attributes import attribute_name
from .cells import (
    MARK_ROLE,
    PROGRESS,
    CellList,
    cell_list,
    cell_sentences,
    content_roles,
    lapsed_row,
    list_starts,
    marked_attributes,
    matrix_cells,
    matrix_parties,
    names_party,
    period_planning,
    period_row_roles,
    table_roles,
    unmarked_roles,
)
from .clean import ENDS_SENTENCE
from .config import SegmentSettings
from .drafts import Draft, Heading, SegmentState, is_afspraak_text
from .matrix import PARTY_LABEL, cell_items, matrix_themes, row_party, theme_cells
from .structure import annex_heading, structure_lexicon
from .text import join_lines
from .types import Block
from .version_columns import lapsed_version, standing_row, version_roles

TABLE_LEVEL = 20  # sections read from a table's spanning rows nest below every heading of the text


def on_table_row(block: Block, state: SegmentState, drafts: list[Draft], settings: SegmentSettings) -> None:
    """One row of a table: its afspraken (by the column roles of the header row above it), or a header or
    section row. The label column of a "Thema | Afspraak" table is the section of the row's afspraken and, where
    a header names it ("Onderwerp"), a field of each of them by that name too."""
    found = len(drafts)
    _read_row(block, state, drafts, settings)
    if state.label_field and state.row_label:
        for draft in drafts[found:]:
            draft.attributes.setdefault(state.label_field, state.row_label)


def _read_row(block: Block, state: SegmentState, drafts: list[Draft], settings: SegmentSettings) -> None:
    if _on_table_heading(block, state, bool(drafts)):
        return
    read = content_roles(block.cells) if state.table_roles is None or state.table_read else None
    if read is not None:
        state.table_roles, state.table_read = read, True  # a table without a header row
        state.label_field = None
    roles = state.table_roles
    if roles is None or state.excluded or max(roles.values()) >= len(block.cells) \
            or lapsed_row(block.cells, roles) or lapsed_version(block.cells, roles) \
            or _on_matrix_row(block, roles, state, drafts, settings):  # a lapsed row is none of this document
        return
    block = standing_row(block, roles)  # a synopsis: a new cell that says "Ongewijzigd" holds the old text

    def cell(role: str) -> str | None:
        return block.cells[roles[role]].strip() or None if role in roles else None

    text, number, label = cell("text") or "", cell("number"), cell("label")
    if label:
        _table_label(label, state)
        state.row_label = label
    last = drafts[-1] if drafts else None
    split_row = last is not None and last.style == "table" and bool(text) and (
        ("number" in roles and number is None)
        or (block.page > last.end_page and block.top <= state.table_top and not ENDS_SENTENCE.search(last.text))
    )
    state.table_top = min(state.table_top, block.top) if block.page == state.table_page else block.top
    state.table_page = block.page
    own, text, listed = _text_cell(text, roles, last, bool(label))
    number, split_row = number or own, split_row and own is None  # a row that opens with its number starts anew
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
        planning = _field(block, roles, "planning", last) \
            or period_planning(block.cells, roles, state.year)  # shaded quarters
        draft = Draft(number.rstrip(".") if number else None, "table", state.section, state.party,
                       block.page, block.top, block.x0, text, block.page, _field(block, roles, "trekker", last),
                       planning)
        draft.attributes = {role[5:]: value for role in roles if role.startswith("attr:")
                            for value in [_field(block, roles, role, last)] if value} \
            | marked_attributes(block.cells, roles, state.names)
        drafts.append(draft)


# the number a table row's text cell opens with where the table has no number column: dotted (1.12), lettered
# (A1, BB-3) or followed by a point or bracket (4., 4)), before the capital that opens the text
ROW_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){1,3}\.?|[A-Z]{1,2}[.\-]?\d{1,2}(?:\.\d{1,2})*[.)]?|\d{1,2}[.)])"
                        r"\s+(?=[A-ZÀ-Ý0-9€\"'‘(])")


def _text_cell(text: str, roles: dict[str, int], last: Draft | None, labelled: bool
               ) -> tuple[str | None, str, CellList | None]:
    """A text cell in a table without a number column as (its own number, its text, None) where it opens with
    the row's number ("1.12 De gemeente ..." | Wie | Wanneer: one afspraak with the row's fields), else (None,
    the cell, the numbered list it holds or None)."""
    if "number" in roles:
        return None, text, None
    listed = cell_list(text, list_starts(last.number if last is not None and last.style == "table" else None,
                                         "label" in roles and not labelled))
    own = row_number(text, listed)
    return (own[0], own[1], None) if own else (None, text, listed)


def row_number(text: str, listed: CellList | None) -> tuple[str, str] | None:
    """The number and text of a table row whose text cell opens with the row's own number (`ROW_NUMBER`) and
    holds nothing else numbered (a cell list of one item, or none): the row is one afspraak with its fields.
    None for a cell that lists several afspraken or opens with no number."""
    if listed is not None:
        if len(listed.items) != 1 or listed.lead or listed.items[0][0] is None:
            return None
        return listed.items[0][0].rstrip(".)"), listed.items[0][1]
    m = ROW_NUMBER.match(text)
    return (m.group(1).rstrip(".)"), text[m.end():].strip()) if m else None


def _field(block: Block, roles: dict[str, int], role: str, last: Draft | None) -> str | None:
    """A row's who, when or other field: its cell, or where a cell of the row above spans down over it (a Word
    table's merged "Wie" cell, its text once in the block) the value the afspraak of the row above holds, that
    row the last read of the same table (on the same page: a merged cell cut by a page break prints its text in
    each part)."""
    if role not in roles:
        return None
    value = block.cells[roles[role]].strip()
    if value or roles[role] not in block.spanned or last is None or last.style != "table" \
            or last.end_page != block.page:
        return value or None
    if role == "trekker":
        return last.trekker
    if role == "planning":
        return last.planning
    return last.attributes.get(role[5:])


def _on_header_row(cells: Sequence[str], state: SegmentState) -> bool:
    """Whether a row names the table's columns (it is then read as its roles)."""
    periods = period_row_roles(state.table_roles, cells) if state.header_last else None  # its second row
    roles = version_roles(cells) or table_roles(cells) or matrix_parties(cells, state.names) \
        or matrix_themes(cells, state.names) or periods  # first: table_roles reads "Huidige afspraak" as text
    state.header_last = roles is not None
    if roles is None:
        return False
    state.table_roles, state.table_read = roles, False
    state.row_label = None
    state.label_field = attribute_name(cells[roles["label"]]) or None \
        if "label" in roles and not any(role.startswith("party:") for role in roles) else None
    if {"number", "trekker"} <= roles.keys() or {"number", "planning"} <= roles.keys():
        for heading in state.headings:  # an annex that holds the agenda table: its rows are afspraken
            heading.excluded = heading.excluded and not annex_heading().match(heading.text)
    return True


def _on_table_heading(block: Block, state: SegmentState, read: bool) -> bool:
    """Whether a row heads the rows below it: a header row (an agenda sheet opening a page where nothing was `read`
    yet ends the excluding headings, `_open_sheet`) or a section row."""
    if _on_header_row(block.cells, state):
        if state.page_start and not read:
            _open_sheet(state, block.page)
        return True
    return table_section_row(block.cells, state)


def _open_sheet(state: SegmentState, page: int) -> None:
    """An agenda table (a number or party columns, afspraak, who or when) or an afsprakenmatrix (parties by themes,
    either way round) that opens a page, at most under its title, where the text before it agreed nothing: the
    afsprakenlijst attached behind the text, a worksheet printed without the text's headings ("Bijlage A.
    Afsprakenlijst" only named in the text), a matrix on landscape pages after the Leeswijzer. The headings of earlier
    pages from the first that excludes its content (Ondertekening, Looptijd, Leeswijzer) end before it: its rows are
    the document's afspraken. A heading on its own page (the sheet's title, a "Terugblik" over last year's list)
    stays."""
    roles = state.table_roles or {}
    keyed = "number" in roles or any(role.startswith(MARK_ROLE) and names_party(role[len(MARK_ROLE):], state.names)
                                     for role in roles)  # numbered, or a column per party marked
    matrix = PARTY_LABEL in roles or any(role.startswith("party:") for role in roles)  # parties x themes
    if not (matrix or (keyed and "text" in roles and ("trekker" in roles or "planning" in roles))) \
            or PROGRESS in roles:
        return  # a column of progress: the monitor of last year's afspraken ("Terugblik"), not this year's list
    first = next((i for i, h in enumerate(state.headings) if h.excluded and h.page < page), None)
    if first is not None:
        # a matrix's sections are its own column heads or row subjects: the title page's title above the context
        # is the document's, not theirs
        first = 0 if matrix else first
        state.headings[first:] = [h for h in state.headings[first:] if h.page == page]


def _join_field(draft: Draft, role: str, value: str | None) -> None:
    """The rest of a who, when or other attribute cell, cut by a page break, joined to what the draft holds."""
    if role == "trekker":
        draft.trekker = _join_opt(draft.trekker, value)
    elif role == "planning":
        draft.planning = _join_opt(draft.planning, value)
    elif value:
        draft.attributes[role[5:]] = _join_opt(draft.attributes.get(role[5:]), value) or ""


def _on_matrix_row(block: Block, roles: dict[str, int], state: SegmentState, drafts: list[Draft],
                   settings: SegmentSettings) -> bool:
    """A row of an afsprakenmatrix, either way round: columns headed by the parties (the subject in the first cell
    is the section, each party's cell that party's afspraak, one cell spanning all the party columns a joint one),
    or by the themes (the first cell names the row's party, each cell its afspraken on the column's theme, the
    section). A cell's dash items are afspraken each. False for a row of any other table."""
    by_theme = PARTY_LABEL in roles
    if not by_theme and not any(role.startswith("party:") for role in roles):
        return False
    label = block.cells[roles[PARTY_LABEL if by_theme else "label"]].strip()
    last = state.matrix_row
    if by_theme:  # keyed by the theme column; a row cut by a page break goes on for the party of the row before
        party = row_party(label, state.names) if label else next((d.party for d in last.values()), None)
        base = state.section
        cells = [(head, party, f"{base} > {head}" if base else head) for head, _ in theme_cells(block.cells, roles)]
        texts = [text for _, text in theme_cells(block.cells, roles)]
    else:
        if label:
            _table_label(label, state)
        pairs = matrix_cells(block.cells, block.merged, roles)
        cells = [(party, party, state.section) for party, _ in pairs]
        texts = [text for _, text in pairs]
    # the rest of a row cut by a page break: no label of its own, on a later page, the cells before unfinished
    cut = not label and bool(last) and block.page > max(d.end_page for d in last.values()) \
        and not all(ENDS_SENTENCE.search(d.text) for d in last.values())
    row: dict[str | None, Draft] = {}
    k = 0  # ids need a place: the k-th afspraak of the row (at least its cell's index) just under the row top
    for c, ((key, party, section), text) in enumerate(zip(cells, texts, strict=True)):
        k = max(k, c)
        lead, items = cell_items(text)
        if cut and key in last and lead:
            last[key].text, last[key].end_page = join_lines(last[key].text, lead), block.page
            row[key] = last[key]
            lead = ""
        for item in ([lead] if lead else []) + items:
            if is_afspraak_text(item, "table", settings):
                row[key] = Draft(None, "table", section, party, block.page, block.top + k, block.x0, item, block.page)
                drafts.append(row[key])
                k += 1
    state.matrix_row = row
    return True


def _on_cell_list(block: Block, listed: CellList, continued: Draft | None, state: SegmentState, drafts: list[Draft],
                  settings: SegmentSettings) -> None:
    """A numbered list (or a summary's sentences) in one cell: each item an afspraak; the text before the first
    is the rest of the afspraak `continued` from the page before, or else context."""
    if continued is not None and listed.lead:
        continued.text, continued.end_page = join_lines(continued.text, listed.lead), block.page
    for k, (number, item) in enumerate(listed.items):
        if is_afspraak_text(item, "table", settings):  # ids need a place: the k-th item just under the row top
            drafts.append(Draft(number, "table", state.section, state.party, block.page, block.top + k, block.x0,
                                 item, block.page))


def _table_label(label: str, state: SegmentState) -> None:
    """A row's sub-theme in the first column of a "Thema | Afspraken" table: the section of its afspraken."""
    while state.headings and state.headings[-1].level >= TABLE_LEVEL + 10:
        state.headings.pop()
    state.headings.append(Heading(TABLE_LEVEL + 10, label, None, False))


TABLE_SECTION = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S")


def table_section_row(cells: Sequence[str], state: SegmentState) -> bool:
    """A row spanning the table whose one cell is a numbered title ("1.3 Woonruimteverdeling"): a section of the
    rows below it, nested by its number's depth under the heading above the table, never an afspraak. A
    spreadsheet's section row leaves its first cells empty and prints the title in the column of its themes
    (" | 1. Betaalbaar wonen | | ..."): any one cell before the text column counts, and in a table whose rows
    are numbered a title without a number too ("Betaalbaarheid"), though not a total ("Subtotaal ..."); the
    section's number may stand in the number column ("1 | Betaalbaar wonen | | ...": "1 Betaalbaar wonen")."""
    roles = state.table_roles
    title = _section_title(cells, roles) if roles is not None and len(cells) >= 2 else None
    m = TABLE_SECTION.match(title) if title else None
    if roles is None or title is None or len(title.split()) > 12 or (m is None and not _unnumbered_title(title, roles)):
        return False
    level = TABLE_LEVEL + (m.group(1).count(".") if m else 0)
    while state.headings and state.headings[-1].level >= level:
        state.headings.pop()
    state.headings.append(Heading(level, title, None, False))
    return True


SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")


def _section_title(cells: Sequence[str], roles: dict[str, int]) -> str | None:
    """The text of a row that may title a section: its one filled cell before the text column (or the first cell),
    or a bare section number in the number column with one such cell after it, joined; else None."""
    filled = [i for i, c in enumerate(cells) if c.strip()]
    text = roles.get("text", 1)
    if len(filled) == 1 and (filled[0] == 0 or filled[0] < text):
        return " ".join(cells[filled[0]].split())
    if len(filled) == 2 and filled[0] == roles.get("number") and filled[1] < text \
            and SECTION_NUMBER.match(cells[filled[0]].strip()):
        return " ".join(f"{cells[filled[0]]} {cells[filled[1]]}".split())
    return None


def _unnumbered_title(text: str, roles: dict[str, int]) -> bool:
    """Whether the one cell of a row in a table of numbered rows is a section's title without a number: a few words
    that open with a capital and end without a full stop, no total (lexicon structure.yaml `table_totals`)."""
    totals = tuple(str(w) for w in structure_lexicon()["table_totals"])
    return "number" in roles and text[:1].isupper() and len(text.split()) <= 8 and not ENDS_SENTENCE.search(text) \
        and not text.lower().startswith(totals)


def _join_opt(first: str | None, second: str | None) -> str | None:
    if first and second:
        return join_lines(first, second)
    return first or second
