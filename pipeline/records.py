"""Record tables ("afspraakkaarten"): a ruled table whose first column holds field labels is ONE afspraak.

A card prints one afspraak as a small two-column table, a field a row: "Nr | 3.4", "Afspraak | <text>",
"Wie | <trekker>", "Wanneer | <planning>", sometimes "Toelichting | <context>". Its rows are no afspraken of their
own: the labels say what each cell is (lexicon: `record_labels` for the number and the text, `attribute_keys` for
who, when and the other fields). Cards follow each other with only space between, so a card ends where a field it
already holds comes again, where a number row comes after other fields, or at any block that is no row of it. A
run of labelled rows is a card only when it holds the text and at least one other field the lexicon names;
anything else (a "Thema | Afspraken" table, a table of key figures) keeps its own reading. Inside a card a row
under a short label the lexicon does not know, between rows under labels it knows, is an attribute by that name;
a row with an empty label cell goes on with the field above (a cell cut by a page break). The number may also
stand in the label cell of the text ("Afspraak 3.4 | <text>", then a who or when row must follow) or in a title
row spanning the card ("Afspraak 3.4: Nieuwbouw") or on a line of its own over the card (`clean` gives it to the
card's first row as its marker); a row may hold two label | value pairs side by side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from .numbering import parse_marker
from .structure import afspraak_labels, attribute_kinds, structure_lexicon
from .types import Block

LABEL_SHAPE = re.compile(r"^[^\W\d_][^\W\d_ ./&-]*(?:[ /&-][^\W\d_.]+){0,2}\.?$")  # one to three words, no digits
ROLE_OF_KIND = {"who": "trekker", "when": "planning"}
# a card's number with its label word ("Afspraak 3.4", "Maatregel 4", "3.4", "B2"), in a title row over the card
# also with a title after it ("Afspraak 3.4: Nieuwbouw sociale huur")
CARD_NUMBER = re.compile(r"^((?:([^\W\d_]+)\.?\s+)?(?:\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?|[A-Z]{1,2}[.\-]?\d{1,3}[a-z]?))"
                         r"\s*[.:)\-–]?(?:\s+(\S.*))?$")


@dataclass(frozen=True, slots=True)
class Record:
    """One card: where it starts (its first row) and its fields in print order as (role, value); roles are
    number, text, trekker, planning and "attr:<name>"."""

    first: Block
    fields: tuple[tuple[str, str], ...]
    end_page: int

    def get(self, role: str) -> str | None:
        return next((value for name, value in self.fields if name == role), None)

    @property
    def number(self) -> str | None:
        """The number as printed, a closing full stop left off; None for a card without one."""
        number = self.get("number")
        return number.rstrip(".") or None if number else None

    @property
    def text(self) -> str:
        return self.get("text") or ""

    @property
    def trekker(self) -> str | None:
        return self.get("trekker")

    @property
    def planning(self) -> str | None:
        return self.get("planning")

    @property
    def attributes(self) -> dict[str, str]:
        return {name[5:]: value for name, value in self.fields if name.startswith("attr:")}


def _label(cell: str) -> str:
    return " ".join(cell.strip().rstrip(":").split()).lower()


@cache
def _label_roles() -> dict[str, str]:
    roles = {name.lower(): ROLE_OF_KIND.get(kind, "attr:" + name.lower()) for name, kind in attribute_kinds().items()}
    for role, names in structure_lexicon()["record_labels"].items():
        roles.update({str(name).lower(): role for name in names})
    return roles


def label_role(cell: str) -> str | None:
    """The field a record table's label cell names ("Nr" -> number, "Afspraak" -> text, "Wie" -> trekker,
    "Wanneer" -> planning, "Toelichting" -> attr:toelichting), or None for any other cell."""
    return _label_roles().get(_label(cell))


def label_role_known(role: str) -> bool:
    """Whether a role is one the lexicon names (not an attribute read from an unknown label)."""
    return role in _label_roles().values()


def card_number(cell: str, title: bool = False) -> str | None:
    """The card number in a label cell ("Afspraak 3.4 | <text>") or, with `title`, in a title row over the card
    ("Afspraak 3.4: Nieuwbouw"): a number alone or after a word the lexicon names for the text or as an afspraak
    label, read as `numbering.parse_marker` reads it ("3.4"; "Maatregel 4" keeps its word); None for any other."""
    m = CARD_NUMBER.match(" ".join(cell.split()))
    if m is None or (m.group(3) and not title):
        return None
    word = (m.group(2) or "").lower()
    if word and word in {str(w).rstrip(".") for w in structure_lexicon()["record_labels"]["number"]}:
        return m.group(1)[len(m.group(2)):].lstrip(". ")  # "Nr. 1.3" on a form's strip: the number, its label off
    if word and word not in structure_lexicon()["record_labels"]["text"] and word not in afspraak_labels():
        return None
    style, number = parse_marker(m.group(1) + ":")  # as `numbering` reads the same marker in running text
    return number if style != "bullet" and number else m.group(1)


def record_row(block: Block, known: bool = True) -> tuple[tuple[str, str], ...] | None:
    """A row's fields as (role, value) pairs when its cells are label | value pairs: two cells, or four side by
    side ("Wie | Gemeente | Wanneer | 2025"), a cell spanning the ones to its right counted once. Every label a
    field label and no value a label itself ("Afspraak | Wie" is a header row); with `known` False, a short label
    the lexicon does not know counts too, as an attribute by its own name. Empty values are left out; None for any
    other row."""
    cells = [c for k, c in enumerate(block.cells) if k not in block.merged] if block.kind == "table_row" else []
    if len(cells) not in (2, 4):
        return None
    fields = []
    for label, value in zip(cells[::2], cells[1::2], strict=True):
        label, value = label.strip(), " ".join(value.split())
        role = label_role(label) if label else None
        if role is None and len(cells) == 2 and (number := card_number(label)) and value:
            return ("number", number), ("text", value)  # "Afspraak 3.4 | <text>": the number in the label cell
        if role is None and label and not known and LABEL_SHAPE.match(label):
            role = "attr:" + _label(label)
        if role is None or label_role(value) is not None:
            return None
        if value:
            fields.append((role, value))
    return tuple(fields)  # empty for a row of labels without values ("Toelichting | ")


def _title_number(block: Block) -> str | None:
    """The number in a card's title row: one cell with text, the others spanned or empty."""
    cells = [c.strip() for c in block.cells] if block.kind == "table_row" else []
    return card_number(cells[0], title=True) if len(cells) >= 2 and cells[0] and not any(cells[1:]) else None


def _continues(block: Block) -> bool:
    """A row whose label cell is empty: the rest of the field above, cut by a page break."""
    return block.kind == "table_row" and len(block.cells) == 2 and not block.cells[0].strip() \
        and bool(block.cells[1].strip())


def find_records(blocks: Sequence[Block]) -> dict[int, Record | None]:
    """The cards among `blocks`: the index of each card's first row -> its Record, the index of every other row
    of a card -> None. Rows of no card are not in the map."""
    found: dict[int, Record | None] = {}
    i = 0
    while i < len(blocks):
        start = record_row(blocks[i])
        if not start:
            i += 1
            continue
        rows, ends = [list(start)], [i + 1]  # the fields of each row, and the index after each row's blocks
        while ends[-1] < len(blocks):
            block = blocks[ends[-1]]
            if _continues(block):
                role, value = rows[-1][-1]
                rows[-1][-1] = (role, f"{value} {' '.join(block.cells[1].split())}")
                ends[-1] += 1
                continue
            row = record_row(block, known=False)
            held = {role for fields in rows for role, _ in fields}
            if row is None or any(role in held or role == "number" for role, _ in row):
                break
            rows.append(list(row))
            ends.append(ends[-1] + 1)
        while not any(label_role_known(role) for role, _ in rows[-1]):  # unknown labels only between known ones:
            rows.pop()                                                    # never a table that follows the card
            ends.pop()
        fields = tuple(field for row in rows for field in row)
        known = {role for role, _ in fields if label_role_known(role)}
        numbered = label_role(blocks[i].cells[0]) is None  # "Actie 4 | <text>" alone is a row of a list of actions
        if "text" in known and len(known) >= 2 + numbered:
            j = ends[-1]
            title = _title_number(blocks[i - 1]) if i and i - 1 not in found and "number" not in known else None
            if title is None and "number" not in known and blocks[i].marker:  # "Afspraak 4" on a line over the card
                title = card_number(blocks[i].marker, title=True) or parse_marker(blocks[i].marker)[1]
                fields = (("number", title), *fields) if title else fields
                title = None
            if title is not None:  # "Afspraak 3.4" in a row spanning the card, over its labelled rows
                i, fields = i - 1, (("number", title), *fields)
            found[i] = Record(blocks[i], fields, max(b.page for b in blocks[i:j]))
            found.update(dict.fromkeys(range(i + 1, j)))
            i = j
        else:
            i += 1
    return found
