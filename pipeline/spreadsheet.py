"""Spreadsheet cells that stay text: the OWASP rule against formula injection, and its inverse for reading back.

A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is taken as a formula by Excel,
LibreOffice and Google Sheets (`=HYPERLINK(...)`, `=cmd|' /C calc'!A0`). Every text we write to a CSV goes
through `neutralise` (a leading single quote, which the spreadsheet shows as text); xlsx cells are written with
the string type instead (`pipeline.report.tables`). Files a user edits and feeds back (the `review` CSV) go
through `restore`, so the corrections carry the original text.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text that cannot start a formula: a single quote before a dangerous first character; others as given."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restore(value: str) -> str:
    """The original text of a neutralised cell (the quote `neutralise` added taken off again)."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def neutralise_row(values: Any) -> list[Any]:
    """`neutralise` over a row of cells."""
    return [neutralise(v) for v in values]
