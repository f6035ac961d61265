"""Afsprakenmatrices read either way round: a header row of parties over rows of subjects (`cells.matrix_parties`),
or its transpose, a header row of themes over one row per party ("Partij | Beschikbaar en betaalbaar | Duurzaam |
..."), the party named in the row's first cell. A cell holds one afspraak, or several as a dash list ("– ... – ...").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .cells import EMPTY_CELL, HEADER_ROLES, names_party
from .lexicon import heading_to_theme
from .party_lists import LOWER_IN_NAMES, looks_like_organisation
from .structure import structure_lexicon

THEME_ROLE = "theme:"  # a column headed by a theme: its cells are the row party's afspraken on it
PARTY_LABEL = "party_label"  # the first column, whose cell names the row's party
MAX_HEAD_WORDS = 6
HEAD_NUMBER = re.compile(r"^(?:thema\s+)?\d{1,2}[.):]?\s+", re.I)

# a dash or bullet that opens an item in a cell: where the cell starts or after a sentence's end, before a capital,
# digit or quote that opens the item (a dash inside a sentence, "2025 – 2027", "vastgesteld – in", never splits)
ITEM_MARK = re.compile(r"(?:^|(?<=[.;:!?]))\s*[–•▪●◦·-]\s+(?=[A-ZÀ-Ý0-9€\"'‘“(])")


def matrix_themes(cells: Sequence[str], names: Collection[str] = ()) -> dict[str, int] | None:
    """A header row of a matrix with the parties as rows: the first cell empty or naming the column of parties
    ("Partij", "Wie"), each other cell a short title, two or more of them a theme (lexicon themes.yaml headings)
    and none a party. The theme columns by name ("theme:Leefbare wijken"), the first as `PARTY_LABEL`; else None."""
    first = cells[0].strip().rstrip(":") if cells else ""
    if len(cells) < 3 or (first and (len(first.split()) > 2 or not HEADER_ROLES["trekker"].match(first))):
        return None
    heads = [" ".join(c.split()) for c in cells[1:]]
    titles = [HEAD_NUMBER.sub("", h) for h in heads]  # "1. Betaalbaar wonen": the theme's number is no content
    if len(set(heads)) < len(heads) or any(
            not t or len(t.split()) > MAX_HEAD_WORDS or re.search(r"\d|[.;:!?]$", t) or names_party(t, names)
            for t in titles):
        return None
    if sum(heading_to_theme(t) is not None for t in titles) < 2:
        return None
    return {PARTY_LABEL: 0, **{THEME_ROLE + head: i for i, head in enumerate(heads, 1)}}


def theme_cells(cells: Sequence[str], roles: dict[str, int]) -> list[tuple[str, str]]:
    """The (theme column, text) of each filled cell of a row under `matrix_themes`; an empty one ("—") left out."""
    columns = sorted((i, role[len(THEME_ROLE):]) for role, i in roles.items() if role.startswith(THEME_ROLE))
    return [(head, cells[i].strip()) for i, head in columns if i < len(cells) and not EMPTY_CELL.match(cells[i])]


def row_party(label: str, names: Sequence[str]) -> str:
    """The party a matrix row's first cell names, without the line under the name ("Gemeente Korsvliet college
    van burgemeester en wethouders" -> "Gemeente Korsvliet"): the longest of the document's `names` (or "Gemeente
    <name>") the cell opens with, else a collective it opens with ("Huurdersorganisaties ..."), else its
    `leading_name`, else a role word it opens with ("College ..."), else the whole cell."""
    label = " ".join(label.split())
    low = label.lower()
    candidates = sorted({*names, *(f"Gemeente {n}" for n in names)}, key=len, reverse=True)
    for name in candidates:
        if low == name.lower() or low.startswith(name.lower() + " "):
            return label[:len(name)]
    lex = structure_lexicon()
    collective = sorted(map(str, lex["collective_parties"]), key=len, reverse=True)
    roles = sorted(map(str, lex["cell_values"]["who"]), key=len, reverse=True)
    name = leading_name(label)
    for word in [*collective, *([] if name != label else roles)]:  # "Gemeente Haverdam ...": the name, not the role
        if low == word or low.startswith(word + " "):
            return label[:len(word)]
    return name


def leading_name(label: str) -> str:
    """The capitalised words a cell opens with, a lowercase particle between two of them kept ("Stichting Wonen
    aan de Vliet"), where lowercase words follow ("Zorgpartners welzijn en wijkteams" -> "Zorgpartners") and they
    look like an organisation's name; else the cell as it is ("Alle partijen")."""
    words = label.split()
    taken = 0
    while taken < len(words):
        word = words[taken]
        if word[:1].isupper() or (taken and word[:1].isdigit()):
            taken += 1
            continue
        k = taken
        while k < len(words) and words[k].lower() in LOWER_IN_NAMES:
            k += 1
        if k == taken or k == len(words) or not words[k][:1].isupper():
            break
        taken = k
    name = " ".join(words[:taken])
    return name if looks_like_organisation(name) else label


def cell_items(text: str) -> tuple[str, list[str]]:
    """A cell's text as (what stands before its first dash or bullet item, the items without their marks); a cell
    without items as (the text, [])."""
    marks = list(ITEM_MARK.finditer(text))
    if not marks:
        return text.strip(), []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = [text[m.end():end].strip() for m, end in zip(marks, ends, strict=True)]
    return text[:marks[0].start()].strip(), [item for item in items if item]
