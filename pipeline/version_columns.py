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
from functools import cache

from .cells import EMPTY_CELL, table_roles
from .lexicon import load
from .text import year_pattern

OLD_ROLE = "old"  # the column of the text as it was: read by no role, kept to tell the table apart
EXPLANATION = "Toelichting"  # the column that says why, read as this attribute (labels.yaml attribute_names)
YEAR = re.compile(rf"(?<!\d)({year_pattern(1900, 2099)})(?!\d)")


def _alternation(words: Sequence[object]) -> str:
    return "|".join(r"\s+".join(map(re.escape, str(w).split())) for w in sorted(map(str, words), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A header naming the old text, the new text ("<word>", "<word> <noun>", "<noun> <word>"), a noun with a
    year ("Tekst 2025": group 1 the noun) and an explanation column (its first words)."""
    data = load("labels")["version_columns"]
    nouns = _alternation(data["nouns"])

    def version(kind: str) -> re.Pattern[str]:
        words = _alternation(data[kind])
        return re.compile(rf"^(?:(?:{words})(?:\s+(?:{nouns}))?|(?:{nouns})\s+(?:{words}))$", re.I)

    dated = re.compile(rf"^({nouns})\s+{YEAR.pattern}$", re.I)
    explanation = re.compile(rf"^(?:{_alternation(data['explanations'])})\b", re.I)
    return version("old"), version("new"), dated, explanation


def _name(cell: str) -> str:
    """A header cell as compared: brackets, colons and runs of spaces taken out ("Tekst (oud):" -> "tekst oud")."""
    return " ".join(re.sub(r"[()\[\]:]", " ", cell).lower().split())


def version_pair(cells: Sequence[str]) -> tuple[int, int] | None:
    """The (old, new) columns of a synopsis header row: one column named old and one named new, or two columns
    naming the same noun with two years ("Tekst 2025 | Tekst 2026"); None for any other row."""
    old, new, dated, _ = _patterns()
    names = [_name(c) for c in cells]
    olds = [i for i, n in enumerate(names) if old.match(n)]
    news = [i for i, n in enumerate(names) if new.match(n)]
    if len(olds) == 1 and len(news) == 1:
        return olds[0], news[0]
    years = [(i, m.group(1), int(m.group(2))) for i, n in enumerate(names) for m in [dated.match(n)] if m]
    if len(years) == 2 and years[0][1] == years[1][1] and years[0][2] != years[1][2]:
        first, second = sorted(years, key=lambda y: y[2])
        return first[0], second[0]
    return None


def version_roles(cells: Sequence[str]) -> dict[str, int] | None:
    """Column roles of a synopsis header row: the new column holds the text, the old one `OLD_ROLE` (read by no
    one), an explanation column after them the attribute "toelichting", the other columns as `cells.table_roles`
    names them (Nr, Trekker, Planning); None for a row that names no old and new text."""
    pair = version_pair(cells)
    if pair is None:
        return None
    old, new = pair
    explanation = _patterns()[3]
    header = ["" if i == old else "Afspraak" if i == new
              else EXPLANATION if i > min(old, new) and explanation.match(_name(c)) else c for i, c in enumerate(cells)]
    roles = table_roles(header)
    return None if roles is None else roles | {OLD_ROLE: old}


def lapsed_version(cells: Sequence[str], roles: dict[str, int]) -> bool:
    """Whether a synopsis row leaves its new text empty ("—"): an afspraak of last year that lapsed, none of this
    document's."""
    return OLD_ROLE in roles and "text" in roles and roles["text"] < len(cells) \
        and bool(EMPTY_CELL.match(cells[roles["text"]]))
