"""A table column that sorts the rows into groups ("Nr | Thema | Afspraak", the theme on every row, rows grouped
by it): the section of its rows, not a field of each.

A spreadsheet printed as a list often repeats its grouping on every row instead of a section row over each group:
the column is then named by an outline level (lexicon structure.yaml `outline_levels`: Thema, Pijler, Speerpunt)
and its values run in unbroken stretches of rows, each value once, most holding several rows. Read as a heading
over its stretch, it goes to `section` (under the heading the table stands under). The column stays a field of
each row where its values come back after another (a classification per row: "Doelgroepen" again after
"Doorstroming"), label one row each (a title per row), or stand beside section rows of the table's own (a theme
beside "1. Betaalbaar wonen": the section rows group the table, the column classifies). A "Thema | Afspraken"
table's label column is a section already (`table_rows`), and its sections differ from row to row.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from .drafts import Draft
from .structure import structure_lexicon

MIN_GROUPS = 2  # a grouping shows where its value changes
MIN_ROWS_PER_GROUP = 2.0  # on average: a value per row is the row's title, not a group


def _runs(drafts: Sequence[Draft], name: str) -> list[list[Draft]]:
    """The stretches of consecutive table afspraken that all carry the attribute `name`."""
    return [list(run) for has, run in groupby(drafts, key=lambda d: d.style == "table" and name in d.attributes)
            if has]


def _groups_rows(run: Sequence[Draft], name: str) -> bool:
    """Whether the values of `name` over a table's rows group them (see the module docstring)."""
    values = [d.attributes[name] for d in run]
    stretches = [value for value, _ in groupby(values)]
    return len(stretches) >= MIN_GROUPS and len(set(stretches)) == len(stretches) \
        and len(values) / len(stretches) >= MIN_ROWS_PER_GROUP and len({d.section for d in run}) == 1


def grouping_columns_to_sections(drafts: Sequence[Draft]) -> None:
    """Move a grouping column's values from the attributes of its rows to their section (in place)."""
    levels = {str(w).lower() for w in structure_lexicon()["outline_levels"]}
    names = {name for d in drafts if d.style == "table" for name in d.attributes if name in levels}
    for name in sorted(names):
        for run in _runs(drafts, name):
            if not _groups_rows(run, name):
                continue
            for draft in run:
                value = draft.attributes.pop(name)
                draft.section = f"{draft.section} > {value}" if draft.section else value
