"""Tables drawn with characters in a monospaced text: read as ruled tables.

A plain-text file printed from a text editor draws its tables with the characters themselves: borders of `+`,
`-` and `=` (`+------+-----+`, the header underlined with `=`; `|---|---|` in a Markdown table; `┌───┬───┐` in
Unicode box drawing), cells between `|`, each cell's text wrapped over several lines of the row, a row cut by a
page break going on at the top of the next page (its header repeated or not). The characters are the table's
rules: every line of the table is as wide as the table and holds one `|` per column rule, so the cells are read
from the character grid, never guessed from gaps. Each run of such lines becomes a `Table` of the page, its lines
taken out of the text; a row cut by the page break is a row of its own whose number cell is empty, which
`table_rows` joins to the row before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..types import Line, Page, Table

# a border: corners `+` (or `|`) between runs of `-`, `=` or `:` (`+======+` under the header row, `|:---|` in
# Markdown)
BORDER = re.compile(r"^[+|](?:[-=:]*[-=][-=:]*[+|])+$")
MIN_COLUMNS = 2  # a table has at least two columns; inside one, a row of fewer cells spans the columns
# the lines of one table stand one under the other at one left and one right edge: this many characters apart
EDGE_CHARS = 1.0
EDGE_SLACK = 0.5  # points added to a tolerance counted in characters: glyph boxes never sum to whole characters
BASELINE_TOLERANCE = 1.0  # points: the pieces of one cut line stand this close in height
# a number cell ("3.1", "12", "A4", "5a"): where one group of lines between two borders holds several, each opens
# a row of its own (a table whose rows are not ruled apart, a wrapped cell going on in the lines below its number)
ROW_NUMBER = re.compile(r"^[A-Za-z]{0,3}[-.]?\d{1,3}(?:\.\d{1,3}){0,3}[.)a-z]?$")


# Unicode box drawing (`┌──┬──┐`, `│`, `╞══╪══╡`), as an editor or a terminal draws a table: read as `+`, `-`, `=`, `|`
BOX_DRAWING = str.maketrans({**dict.fromkeys("─━┄┅┈┉╌╍", "-"), **dict.fromkeys("═", "="),
                             **dict.fromkeys("│┃┆┇┊┋╎╏║", "|"),
                             **dict.fromkeys("┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋"
                                             "╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬╭╮╯╰", "+")})
# what a drawn table line opens with: a page none of whose lines does is passed over unread
DRAWN_STARTS = frozenset("+|┌┏╔╒╓╭├┝┠┣╞╟╠└┗╚╘╙╰│┃║")


def is_border(text: str) -> bool:
    """A border line of a character table: `+----+----+`, `|----|----|`, `├────┼────┤` (no spaces inside a rule)."""
    return BORDER.match(text.translate(BOX_DRAWING).replace(" ", "")) is not None


def row_cells(text: str) -> list[str] | None:
    """The cells of one line of a character table (`| 3.1 | Het Pijlhuis ... | Wie | |`), or None when the line
    is none (it must open and close with `|`) or a border."""
    text = text.strip().translate(BOX_DRAWING)
    if len(text) < 3 or text[0] != "|" or text[-1] != "|" or is_border(text):
        return None
    return [c.strip() for c in text[1:-1].split("|")]


def _columns(text: str) -> int:
    """The number of columns a border or a row line draws."""
    text = text.translate(BOX_DRAWING)
    return len(re.findall(r"[+|]", text.replace(" ", ""))) - 1 if is_border(text) else text.count("|") - 1


def char_width(line: Line) -> float:
    """The width of one character of a line in a monospaced font: tolerances in a typed text count in these."""
    return (line.x1 - line.x0) / max(len(line.text.strip()), 1)


def rejoin_split_lines(lines: Sequence[Line]) -> tuple[list[Line], dict[int, tuple[Line, ...]]]:
    """The page's lines with the pieces of a table line that the page's whitespace columns cut apart (a table whose
    cells leave a gap down the page: `| 3.1 | Het ... | Wie` beside `| 2025 |`) joined again on their baseline, in
    the order of the page from the top then; and for each joined line the pieces it stands for. Lines as they are
    where nothing was cut."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.page, ln.top)):
        if rows and rows[-1][0].page == line.page and line.top - rows[-1][0].top <= BASELINE_TOLERANCE:
            rows[-1].append(line)
        else:
            rows.append([line])
    pieces: dict[int, tuple[Line, ...]] = {}
    for same in rows:
        if len(same) < 2:
            continue
        same.sort(key=lambda ln: ln.x0)
        text = " ".join(ln.text.strip() for ln in same)
        if is_border(text) or row_cells(text) is not None:
            joined = replace(same[0], text=text, x1=max(ln.x1 for ln in same), column=0)
            pieces[id(joined)] = tuple(same)
            same[:] = [joined]
    if not pieces:
        return list(lines), {}
    return sorted((ln for same in rows for ln in same), key=lambda ln: (ln.page, ln.top, ln.x0)), pieces


def table_runs(lines: Sequence[Line]) -> list[list[Line]]:
    """The runs of consecutive lines that draw one character table: borders and rows as wide as each other, at one
    left and one right edge, at least one of them of MIN_COLUMNS; with at least one row and either a border or two
    rows (a page holding only the middle of a row)."""
    runs: list[list[Line]] = []
    run: list[Line] = []

    def close() -> None:
        """End the current run, kept where it draws a table (see above)."""
        rows = sum(not is_border(ln.text) for ln in run)
        if rows and (rows >= 2 or len(run) > rows) and max(_columns(ln.text) for ln in run) >= MIN_COLUMNS:
            runs.append(list(run))
        run.clear()

    for line in lines:
        drawn = is_border(line.text) or row_cells(line.text) is not None
        if drawn and run:
            tolerance = EDGE_CHARS * char_width(run[0]) + EDGE_SLACK
            if abs(line.x0 - run[0].x0) > tolerance or abs(line.x1 - run[0].x1) > tolerance \
                    or line.page != run[0].page:
                close()
        if drawn:
            run.append(line)
        elif run and line.x0 < run[0].x1 and line.x1 > run[0].x0:  # a line beside the table does not end it
            close()
    if run:
        close()
    return runs


def _groups(run: Sequence[Line]) -> list[list[list[str]]]:
    """The cells of each line, grouped by the borders between them; a group holding several numbers in its first
    column split before each (`ROW_NUMBER`): the rows."""
    groups: list[list[list[str]]] = [[]]
    for line in run:
        cells = row_cells(line.text)
        if cells is None:
            groups.append([])
        else:
            groups[-1].append(cells)
    rows: list[list[list[str]]] = []
    for group in groups:
        numbered = [i for i, cells in enumerate(group) if ROW_NUMBER.match(cells[0])]
        starts = sorted({0, *numbered}) if len(numbered) >= 2 else [0]
        rows += [group[a:b] for a, b in zip(starts, [*starts[1:], len(group)], strict=True) if group[a:b]]
    return rows


def run_to_table(run: Sequence[Line]) -> Table:
    """One run of drawn lines -> a Table: the lines of a row (between two borders, or from one number to the next)
    joined per cell by line breaks, as a ruled table's cell holds them; a row open at the run's start or end is a
    row too. A row of fewer cells than the table spans its columns: the cells it covers are None."""
    width = max(_columns(ln.text) for ln in run)
    rows: list[tuple[str | None, ...]] = []
    for group in _groups(run):
        if any(len(cells) != len(group[0]) for cells in group):
            group = [[" ".join(c for c in cells if c)] for cells in group]  # a spanning row's text with a `|` in it
        own = min(len(group[0]), width)
        texts = ["\n".join(cells[k] for cells in group if cells[k]) for k in range(own)]
        rows.append((*texts, *([None] * (width - own))))
    return Table(page=run[0].page, top=run[0].top, bottom=run[-1].bottom, x0=min(ln.x0 for ln in run),
                 x1=max(ln.x1 for ln in run), rows=tuple(rows))


def character_tables(page: Page) -> Page:
    """A page with its character tables read as tables and their lines taken out of its text."""
    if not any(ln.text.lstrip()[:1] in DRAWN_STARTS for ln in page.lines if ln.text.strip()):
        return page
    lines, pieces = rejoin_split_lines(page.lines)
    runs = table_runs(lines)
    if not runs:
        return page
    drawn = {id(piece) for run in runs for ln in run for piece in pieces.get(id(ln), (ln,))}
    tables = sorted((*page.tables, *(run_to_table(run) for run in runs)), key=lambda t: t.top)
    kept = tuple(ln for ln in page.lines if id(ln) not in drawn)
    if page.columns > 1 and not any(ln.column > 1 for ln in kept):  # the gap down the page was the table's
        kept = tuple(replace(ln, column=0) if ln.column == 1 else ln for ln in kept)
        return replace(page, lines=kept, tables=tuple(tables), columns=1)
    return replace(page, lines=kept, tables=tuple(tables))
