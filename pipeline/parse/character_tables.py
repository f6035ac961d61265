"""Tables drawn with characters in a monospaced text: read as ruled tables.

A plain-text file printed from a text editor draws its tables with the characters themselves: borders of `+`,
`-` and `=` (`+------+-----+`, the header underlined with `=`), cells between `|`, each cell's text wrapped over
several lines of the row, a row cut by a page break going on at the top of the next page (its header repeated or
not). The characters are the table's rules: every line of the table holds the same number of `|`, one per column
rule, so the cells are read from the character grid, never guessed from gaps. Each run of such lines becomes a
`Table` of the page, its lines taken out of the text; a row cut by the page break is a row of its own whose
number cell is empty, which `table_rows` joins to the row before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..types import Line, Page, Table

# a border: corners `+` between runs of `-` or `=` (`+======+` under the header row); at least two columns
BORDER = re.compile(r"^\+(?:[-=]+\+){2,}$")
MIN_COLUMNS = 2
# the lines of one table stand one under the other at one left edge (points)
EDGE_TOLERANCE = 2.0


def is_border(text: str) -> bool:
    """A border line of a character table: `+----+----+` (no spaces inside a drawn rule)."""
    return BORDER.match(text.replace(" ", "")) is not None


def row_cells(text: str) -> list[str] | None:
    """The cells of one line of a character table (`| 3.1 | Het Pijlhuis ... | Wie | |`), or None when the line
    is none: it must open and close with `|` and hold at least MIN_COLUMNS cells."""
    text = text.strip()
    if len(text) < 3 or text[0] != "|" or text[-1] != "|":
        return None
    cells = [c.strip() for c in text[1:-1].split("|")]
    return cells if len(cells) >= MIN_COLUMNS else None


def _columns(text: str) -> int:
    """The number of columns a border or a row line draws."""
    return text.replace(" ", "").count("+") - 1 if is_border(text) else text.count("|") - 1


def table_runs(lines: Sequence[Line]) -> list[list[Line]]:
    """The runs of consecutive lines that draw one character table: borders and rows of one column count at one
    left edge, with at least one row and either a border or two rows (a page holding only the middle of a row)."""
    runs: list[list[Line]] = []
    run: list[Line] = []

    def close() -> None:
        rows = sum(not is_border(ln.text) for ln in run)
        if rows and (rows >= 2 or any(is_border(ln.text) for ln in run)):
            runs.append(list(run))
        run.clear()

    for line in lines:
        drawn = is_border(line.text) or row_cells(line.text) is not None
        if drawn and run and (abs(line.x0 - run[0].x0) > EDGE_TOLERANCE or line.page != run[0].page
                              or _columns(line.text) != _columns(run[0].text)):
            close()
        if drawn:
            run.append(line)
        elif run:
            close()
    if run:
        close()
    return runs


def run_to_table(run: Sequence[Line]) -> Table:
    """One run of drawn lines -> a Table: the lines between two borders are one row, each cell's lines joined by
    line breaks (as a ruled table's cell holds them); a row open at the run's start or end is a row too."""
    rows: list[tuple[str, ...]] = []
    open_row: list[list[str]] = []

    def close() -> None:
        if open_row:
            width = len(open_row[0])
            rows.append(tuple("\n".join(line[k] for line in open_row if line[k]) for k in range(width)))
            open_row.clear()

    for line in run:
        cells = row_cells(line.text)
        if cells is None:  # a border closes the row above it
            close()
        else:
            open_row.append(cells)
    close()
    return Table(page=run[0].page, top=run[0].top, bottom=run[-1].bottom, x0=min(ln.x0 for ln in run),
                 x1=max(ln.x1 for ln in run), rows=tuple(rows))


def character_tables(page: Page) -> Page:
    """A page with its character tables read as tables and their lines taken out of its text."""
    if not any(ln.text.lstrip()[:1] in "+|" for ln in page.lines):
        return page
    runs = table_runs(page.lines)
    if not runs:
        return page
    drawn = {id(ln) for run in runs for ln in run}
    tables = sorted((*page.tables, *(run_to_table(run) for run in runs)), key=lambda t: t.top)
    return replace(page, lines=tuple(ln for ln in page.lines if id(ln) not in drawn), tables=tuple(tables))
