"""Synopsis tables: an updated agreement printed as its old and new text side by side, read from the new column.

A council or corporatie that updates an agreement (a new jaarschijf, an amended text) often publishes a
"wijzigingsoverzicht": a ruled table whose header names the text as it was and as it now reads, and often why it
changed ("Tekst 2025 | Tekst 2026 | Toelichting op de wijziging", "Oude tekst | Nieuwe tekst", "Was | Wordt"). Only
the new column holds this document's afspraken: the old one is last year's text (empty for a new afspraak), a row
whose new cell is empty lapsed, and the explanation is a field of the row, never its text. The words: lexicon
labels.yaml `version_columns`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from .cells import EMPTY_CELL, HEADER_ROLES, alternatives, table_roles
from .lexicon import load
from .numbering import LAPSED
from .text import year_pattern
from .types import Block

OLD_ROLE = "old"  # the column of the text as it was: read by no role, kept to tell the table apart
EXPLANATION = "Toelichting"  # the column that says why, read as this attribute (labels.yaml attribute_names)
MAX_HEADER_WORDS = 8  # "Toelichting op de wijziging ten opzichte van 2025"; an afspraak's cell is longer
YEAR = re.compile(rf"(?<!\d)({year_pattern(1900, 2099)})(?!\d)")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """A header naming the old text or the new ("<word>", "<word> <noun>", "<noun> <word>"), a noun with a year
    ("Tekst 2025": group 1 the noun, 2 the year; `dated_item` for an item's noun), an explanation column (its
    first words) and a new cell that says the text stands."""
    data = load("labels")["version_columns"]
    nouns = alternatives([*data["texts"], *data["items"]])

    def version(kind: str) -> re.Pattern[str]:
        words = alternatives(data[kind])
        return re.compile(rf"^(?:(?:{words})(?:\s+(?:{nouns}))?|(?:{nouns})\s+(?:{words}))$", re.I)

    def qualifier(kind: str) -> re.Pattern[str]:  # "Nr. oud", "Oud nr": group 1 or 2 the column's own name
        words = alternatives(data[kind])
        return re.compile(rf"^(?:(?:{words})\s+(.+)|(.+?)\s+(?:{words}))$", re.I)

    return {"old": version("old"), "new": version("new"), "old_of": qualifier("old"), "new_of": qualifier("new"),
            "dated": re.compile(rf"^({nouns})\s+{YEAR.pattern}$", re.I),
            "dated_item": re.compile(rf"^(?:{alternatives(data['items'])})\s", re.I),
            "explanation": re.compile(rf"^(?:{alternatives(data['explanations'])})\b", re.I),
            "unchanged": re.compile(rf"^(?:{alternatives(data['unchanged'])})[\s.!]*$", re.I)}


def _name(cell: str) -> str:
    """A header cell as compared: brackets, colons and runs of spaces taken out ("Tekst (oud):" -> "tekst oud")."""
    return " ".join(re.sub(r"[()\[\]:]", " ", cell).lower().split())


def version_pair(cells: Sequence[str]) -> tuple[int, int] | None:
    """The (old, new) columns of a synopsis header row: one column named old and one named new (a year beside
    the name aside), or two columns naming the same noun with two years ("Tekst 2025 | Tekst 2026"; an item's
    noun, "Afspraak 2025 | Afspraak 2026", only beside an explanation column); None for any other row."""
    if any(len(c.split()) > MAX_HEADER_WORDS for c in cells):
        return None  # a row of content (every body row of every table passes here): at once
    p = _patterns()
    names = [_name(c) for c in cells]
    bare = [" ".join(YEAR.sub(" ", n).split()) for n in names]
    olds = [i for i, n in enumerate(bare) if p["old"].match(n)]
    news = [i for i, n in enumerate(bare) if p["new"].match(n)]
    if len(olds) == 1 and len(news) == 1:
        return olds[0], news[0]
    years = [(i, m.group(1), int(m.group(2))) for i, n in enumerate(names) for m in [p["dated"].match(n)] if m]
    if len(years) != 2 or years[0][1] != years[1][1] or years[0][2] == years[1][2]:
        return None
    if p["dated_item"].match(names[years[0][0]]) and not any(p["explanation"].match(n) for n in names):
        return None  # two jaarschijven side by side, as likely as two versions
    first, second = sorted(years, key=lambda y: y[2])
    return first[0], second[0]


def version_roles(cells: Sequence[str]) -> dict[str, int] | None:
    """Column roles of a synopsis header row: the new column holds the text, the old one `OLD_ROLE` (read by no
    one), an explanation column after them the attribute "toelichting", the other columns as `cells.table_roles`
    names them (Nr, Trekker, Planning); None for a row that names no old and new text, or names another column
    the text ("Omschrijving | Jaarschijf 2025 | Jaarschijf 2026")."""
    pair = version_pair(cells)
    if pair is None:
        return None
    old, new = pair
    explanation = _patterns()["explanation"]
    numbers = _number_versions(cells, pair)
    header = ["" if i == old or numbers.get(i) == "old" else "Afspraak" if i == new
              else "Nr" if numbers.get(i) == "new"
              else EXPLANATION if i > min(old, new) and explanation.match(_name(c)) else c for i, c in enumerate(cells)]
    roles = table_roles(header)
    return None if roles is None or roles.get("text") != new else roles | {OLD_ROLE: old}


def _number_versions(cells: Sequence[str], pair: tuple[int, int]) -> dict[int, str]:
    """The number columns of a synopsis that number the old text and the new apart ("Nr. oud | Oude tekst | Nr.
    nieuw | Nieuwe tekst", "Nr 2025 | Tekst 2025 | Nr 2026 | Tekst 2026"): column -> "old" or "new", by the word
    or the year of its text column beside its name."""
    p = _patterns()
    years = [YEAR.search(_name(cells[i])) for i in pair]
    found: dict[int, str] = {}
    for i, cell in enumerate(cells):
        name = _name(cell)
        year, bare = YEAR.search(name), " ".join(YEAR.sub(" ", name).split())
        for kind in ("old", "new"):
            m = p[f"{kind}_of"].match(bare)
            if m and HEADER_ROLES["number"].match(m.group(1) or m.group(2)):
                found[i] = kind
        by_year = {y.group(1): kind for y, kind in zip(years, ("old", "new"), strict=True) if y}
        if year and year.group(1) in by_year and HEADER_ROLES["number"].match(bare):
            found[i] = by_year[year.group(1)]
    return found


def lapsed_version(cells: Sequence[str], roles: dict[str, int]) -> bool:
    """Whether a synopsis row leaves its new text empty ("—") or says there that it lapsed ("Vervalt"): an
    afspraak of last year, none of this document's."""
    if OLD_ROLE not in roles or roles.get("text", len(cells)) >= len(cells):
        return False
    new = " ".join(cells[roles["text"]].split())
    return bool(EMPTY_CELL.match(new) or LAPSED.match(new))


def standing_row(block: Block, roles: dict[str, int]) -> Block:
    """A synopsis row whose new cell only says the text stands ("Ongewijzigd", "Idem", "=") with the old cell's
    text in it, which is then this year's as well; any other row as it is."""
    old, new, cells = roles.get(OLD_ROLE), roles.get("text"), block.cells
    if old is None or new is None or max(old, new) >= len(cells) or not _patterns()["unchanged"].match(cells[new]):
        return block
    return replace(block, cells=tuple(cells[old] if i == new else c for i, c in enumerate(cells)))
