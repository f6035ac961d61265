"""Overview tables: a ruled table that repeats the afspraken by their numbers gives them its fields.

An annex such as "Bijlage 1 Overzicht van de afspraken" lists every afspraak again as a row "Code | Korte
omschrijving | Gereed": the number of an afspraak read elsewhere in the document, a shortened wording and the
fields the body leaves out. Its rows are no afspraken of their own and their wording is no afspraak's text; only
the cells under a column headed by an attribute name (lexicon: `attribute_keys`: Wie, Trekker, Eigenaar for who,
Gereed, Planning, Wanneer for when, Status, Budget, ... for the rest) are read, as fields of the afspraak whose
number the row carries. A table is an overview only when its header row names at least one who or when column (or
names every column but its numbers by an attribute: "Nr | Status | Opmerking") and nearly every row under it opens a
column of numbers; the caller decides which numbers name afspraken.

A sheet too wide for its page prints "across, then down": the afspraken on one page ("Nr | Thema | Afspraak"), the
rest of the same rows on the next ("Nr | Trekker | Gereed | Status | Risico"). Such a page is an overview too; a
column its header names by no attribute is read by its own name ("risico"), a column of marks as the parties it
marks ("partijen", `cells.marked_attributes`), unless it holds a wording of the afspraak ("Korte omschrijving").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .cells import HEADER_ROLES, MARK_ROLE, marked_attributes
from .structure import attribute_kinds, cell_kind
from .types import Block

MIN_ROWS = 2
MIN_NUMBERED_SHARE = 0.8  # of a table's rows, those with a number in its number column


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """One row of an overview table: the number it carries (as printed) and its fields by attribute name."""

    number: str
    fields: dict[str, str]
    block: Block


def number_key(number: str) -> str:
    """A number as printed, made comparable: "C1.", "c1" and "C 1" are one key; "1.2" and "1.2." too."""
    return re.sub(r"\s+", "", number).rstrip(".:)").lower()


def _cell(text: str) -> str:
    return " ".join(text.split())


def _header_fields(cells: Sequence[str]) -> dict[int, str]:
    """The columns of a header row named by an attribute name ("Gereed", "Wie:"), as column -> name."""
    kinds = attribute_kinds()
    return {i: name for i, c in enumerate(cells) if (name := _cell(c).lower().strip(" :.")) in kinds}


def _table_rows(blocks: Sequence[Block], start: int, header: tuple[str, ...]) -> list[Block]:
    """The rows under a header row at `start`: table rows of its width up to any other block (a header row
    printed again over a page break is skipped)."""
    rows: list[Block] = []
    for block in blocks[start + 1:]:
        if block.kind != "table_row" or len(block.cells) != len(header):
            break
        if tuple(_cell(c) for c in block.cells) == header:
            continue
        rows.append(block)
    return rows


def _wording(header: str) -> bool:
    """Whether a column name heads a wording of the afspraak ("Korte omschrijving", "Afspraak"): no field."""
    words = header.lower().split()
    return any(HEADER_ROLES["text"].match(" ".join(words[i:])) for i in range(len(words)))


def _fields_only(cells: Sequence[str], named: dict[int, str]) -> bool:
    """Whether a header row names its number column ("Nr", "Code") and attributes in every other ("Nr | Status |
    Opmerking"): the rest of rows printed on another page, without who or when."""
    rest = [c for i, c in enumerate(cells) if i not in named]
    return bool(named) and len(rest) == 1 and HEADER_ROLES["number"].match(_cell(rest[0])) is not None


def overview_tables(blocks: Sequence[Block], names: Sequence[str] = ()) -> list[list[OverviewRow]]:
    """The overview tables of a document, each as its numbered rows with their fields (see the module docstring);
    `names`, the document's parties, tell a column of marks by the party heading it."""
    kinds = attribute_kinds()
    tables: list[list[OverviewRow]] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        named = _header_fields(block.cells) if block.kind == "table_row" and not block.merged else {}
        if not any(kinds[name] in ("who", "when") for name in named.values()) and not _fields_only(block.cells, named):
            k += 1
            continue
        header = tuple(_cell(c) for c in block.cells)
        rows = _table_rows(blocks, k, header)
        k += 1 + len(rows)
        free = [i for i in range(len(header)) if i not in named]
        column = next((i for i in free if sum(cell_kind(r.cells[i]) == "number" for r in rows)
                       >= max(MIN_ROWS, MIN_NUMBERED_SHARE * len(rows))), None)
        if column is None:
            continue
        others = {MARK_ROLE + header[i]: i for i in free if i != column and header[i] and not _wording(header[i])}
        table = []
        for row in rows:
            if row.merged or cell_kind(row.cells[column]) != "number":
                continue
            fields = {name: value for i, name in named.items() if (value := _cell(row.cells[i]))} \
                | marked_attributes(row.cells, others, names)
            if fields:
                table.append(OverviewRow(_cell(row.cells[column]), fields, row))
        if table:
            tables.append(table)
    return tables
