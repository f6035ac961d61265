"""Tables drawn without rules (columns set apart by white space), found on a page's words as grids like ruled ones.

Two kinds. With a header line of column names set apart by wide gaps ("Nr   Maatregel   Eigenaar   Termijn"):
the header gives the columns, the lines under it, up to a wide gap or a line that runs across a column edge, are
its rows; a row starts where the first column has a word (a number column) or after a gap wider than the cells'
leading. Without a header: rows whose cells say by themselves what they hold, a text beside who and when (an
organisation or role, a date, quarter, year or "doorlopend"; see `structure.cell_kind`), optionally after a
number. Each such line opens a row; the columns are where those lines' cells start, and the lines under one,
inside the columns, are the rest of its row (the top of a page: the rest of a row the page break cut).
And a card drawn without rules (shading or one box only): a column of field labels ("Nr", "Afspraak", "Wie",
"Wanneer"; `records.label_role`), each a column gap before its value, the value's further lines under it.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence

from ..cells import HEADER_ROLES, MARK, PERIOD_LABEL
from ..records import label_role, label_role_known
from ..structure import afspraak_labels, attribute_kinds, cell_kind
from .geometry import Grid, Word, cluster_baselines

HEADER_WORDS = ("nr", "nr.", "no.", "nummer", "omschrijving", "afspraak", "afspraken", "wat", "code")
COLUMN_GAP = 12.0
HEADER_GAP = 0.6  # of the type size: wider than a word space (a quarter to a third of it), a gap between names
VALUES = ("who", "when")
DASHES = ("-", "–", "—")
_X0 = operator.itemgetter(1)  # Word.x0


def _phrases(words: Sequence[Word]) -> list[list[Word]]:
    """A baseline's words split where the gap between two is wider than a column gap."""
    out: list[list[Word]] = []
    phrase: list[Word] = []
    end = 0.0  # the right edge of the phrase's last word
    for w in sorted(words, key=_X0):
        if phrase and w[1] - end < COLUMN_GAP:  # Word.x0
            phrase.append(w)
        else:
            phrase = [w]
            out.append(phrase)
        end = w[2]  # Word.x1
    return out


def _has_gap(line: Sequence[Word]) -> bool:
    """Whether two words of a baseline stand a column gap apart."""
    xs = sorted((w.x0, w.x1) for w in line)
    return any(b[0] - a[1] >= COLUMN_GAP for a, b in itertools.pairwise(xs))


def _header_role(text: str) -> str | None:
    name = " ".join(text.lower().rstrip(":").split())
    kind = attribute_kinds().get(name)
    if kind in ("who", "when"):
        return "attribute"
    if kind == "other":
        return "other"
    if PERIOD_LABEL.match(name):  # a column of a planning grid ("2025", "Q3"): its cells mark when a row runs
        return "attribute"
    if name in HEADER_WORDS or name in afspraak_labels() or name.rstrip("s") in afspraak_labels():
        return "number" if name.startswith(("nr", "no", "nummer", "code")) else "text"
    if len(name.split()) <= 4:  # the column names a ruled table's header row gives ("Wat spreken we af")
        role = next((r for r, pattern in HEADER_ROLES.items() if pattern.match(name)), None)
        return role if role in (None, "number", "text") else "attribute"
    return None


def _header_parts(phrase: list[Word]) -> list[list[Word]]:
    """A phrase of a header line split where its words stand wider apart than a word space (HEADER_GAP of the
    type size) when each part is a column name: a narrow column's name that nearly fills it
    ("Verantwoordelijk  Termijn") stands less than a column gap from the next one."""
    cuts = [k for k in range(1, len(phrase)) if phrase[k].x0 - phrase[k - 1].x1 >= HEADER_GAP * phrase[k].size]
    if not cuts:
        return [phrase]
    parts = [phrase[a:b] for a, b in itertools.pairwise([0, *cuts, len(phrase)])]
    return parts if all(_header_role(_text(p)) is not None for p in parts) else [phrase]


def find_unruled_grids(words: Sequence[Word]) -> list[Grid]:
    """Tables drawn without rules (see above), with a header line or without, as grids like ruled ones."""
    baselines = cluster_baselines(words)
    if not any(_has_gap(line) for line in baselines):
        return []  # no line has a column gap: no table (most pages of running text)
    grids = []
    taken: set[int] = set()
    phrased = [_phrases(line) for line in baselines]  # each line's phrases, for both kinds of table
    i = 0
    while i < len(baselines):
        phrases = [part for p in phrased[i] for part in _header_parts(p)] if len(phrased[i]) >= 2 else phrased[i]
        sheet = _sheet_header(baselines[i], baselines[i + 1] if i + 1 < len(baselines) else None)
        if sheet is not None:
            phrases = sheet
        if len(phrases) < 3:  # a header names three columns at least
            i += 1
            continue
        roles = [_header_role(" ".join(w.text for w in p)) for p in phrases]
        if sheet is None and ("text" not in roles or "attribute" not in roles or roles.count(None) > 1):
            i += 1
            continue
        starts = [p[0].x0 for p in phrases]
        head = i
        grid, i = _grid_below(baselines, i, starts, roles[0] == "number", sheet is not None)
        if grid is not None:
            grids.append(grid)
            taken.update(range(head, i))
    grids += _headerless_grids(baselines, phrased, taken)
    return grids + _card_grids(baselines, phrased, {k for g in grids for k, line in enumerate(baselines)
                                                   if g.top <= line[0].top <= g.bottom})


SHEET_COLUMNS = 5


def _sheet_header(line: Sequence[Word], below: Sequence[Word] | None) -> list[list[Word]] | None:
    """The header row of a worksheet printed without gridlines: a bold line over lines that are not, its names a
    little more than a word space apart (HEADER_GAP), five at least, among them a number column ("ID", "Nr") and
    the text ("Afspraak"); the names no lexicon knows (a party's, "Subthema") head columns too. None otherwise."""
    if below is None or not all(w.bold for w in line) or any(w.bold for w in below):
        return None
    words = sorted(line, key=_X0)
    cuts = [k for k in range(1, len(words)) if words[k].x0 - words[k - 1].x1 >= HEADER_GAP * words[k].size]
    parts = [words[a:b] for a, b in itertools.pairwise([0, *cuts, len(words)])]
    roles = [_header_role(_text(p)) for p in parts]
    if len(parts) < SHEET_COLUMNS or roles[0] != "number" or "text" not in roles \
            or any(len(p) > 3 for p in parts):
        return None
    return [list(p) for p in parts]


def _text(phrase: Sequence[Word]) -> str:
    return " ".join(w.text for w in phrase)


def _anchor(phrases: Sequence[Sequence[Word]]) -> tuple[list[float], bool, int] | None:
    """A line (its phrases) that opens a row of a table without header: [number] text who/when...: the starts of
    its cells, whether it has a number column, and how many who/when cells it holds; None for any other line.
    Each cell's kind is asked only while the line can still be an anchor (most lines are prose)."""
    if len(phrases) < 2 or (len(phrases[0]) < 3 and (len(phrases) < 3 or len(phrases[1]) < 3)):
        return None  # the text cell (the first phrase, or the second after a number) needs three words
    first = cell_kind(_text(phrases[0]))
    t = 1 if first == "number" and len(phrases) >= 3 else 0
    if len(phrases[t]) < 3 or (first if t == 0 else cell_kind(_text(phrases[t]))) is not None:
        return None
    if any(cell_kind(_text(p)) not in VALUES for p in phrases[t + 1:]):
        return None
    text = phrases[t][0]
    if any(abs(w.size - text.size) >= 0.4 or w.bold != text.bold for p in phrases[t + 1:] for w in p):
        return None  # a cell set apart from the text (bold, larger): a heading of the next column on its line
    return [p[0].x0 for p in phrases], t == 1, len(phrases) - t - 1


def _near(x: float, xs: Sequence[float], tolerance: float = 3.0) -> bool:
    return any(abs(x - y) <= tolerance for y in xs)


def _headerless_grids(baselines: list[list[Word]], phrased: list[list[list[Word]]], taken: set[int]) -> list[Grid]:
    """Tables without a header row (see above): grids whose rows open with an anchor line (`phrased`: each
    baseline's phrases)."""
    anchors = {i: a for i, phrases in enumerate(phrased) if i not in taken for a in [_anchor(phrases)] if a}
    grids: list[Grid] = []
    done = -1
    for i, (starts, numbered, _) in sorted(anchors.items()):
        if i <= done:
            continue
        text_x = starts[1] if numbered else starts[0]
        # the columns: where the cells of all anchors with this text column and number column start
        same = {k: a for k, a in anchors.items() if a[1] == numbered and abs(a[0][int(numbered)] - text_x) <= 3}
        columns: list[float] = []
        for x in sorted(x for a in same.values() for x in a[0]):
            if not _near(x, columns):
                columns.append(x)
        grid, done = _headerless_grid(baselines, i, columns, numbered, set(same), taken)
        if grid is not None:
            grids.append(grid)
    return grids


def _headerless_grid(baselines: list[list[Word]], first: int, columns: list[float], numbered: bool,
                     anchors: set[int], taken: set[int]) -> tuple[Grid | None, int]:
    """The rows from the anchor at `first` down (and, at the top of a page, the lines above it in its text column);
    returns the grid, or None where its who/when columns hold anything else, and the last baseline it read."""
    left, edges = columns[0] - 2, [x - 2 for x in columns[1:]]
    value_edge = edges[1] if numbered else edges[0]  # where the who/when columns start
    size, bold = baselines[first][0].size, baselines[first][0].bold

    def fits(line: Sequence[Word]) -> bool:
        return min(w.x0 for w in line) >= left - 2 and all(abs(w.size - size) < 0.6 and w.bold == bold for w in line) \
            and not any(w.x0 < e < w.x1 for w in line for e in edges)

    rows: list[list[list[Word]]] = [[baselines[first]]]
    opened = 1  # rows opened by an anchor
    leading = 1.6 * size
    j = first + 1
    while j < len(baselines) and j not in taken and fits(baselines[j]) \
            and baselines[j][0].bottom - baselines[j - 1][0].bottom <= 3.2 * size:
        line = baselines[j]
        if j in anchors or (numbered and any(w.x1 < columns[1] for w in line)):
            rows.append([line])
            opened += j in anchors
        elif min(w.x0 for w in line) >= columns[int(numbered)] - 2 \
                and line[0].bottom - baselines[j - 1][0].bottom <= leading:
            rows[-1].append(line)
        else:
            break
        j += 1
    # above: the rest of a row the page break cut, only in the text column, alone at the top of the page and as far
    # from the first row as the rows are from each other
    row_gap = max((b[0][0].bottom - a[-1][0].bottom for a, b in zip(rows, rows[1:], strict=False)), default=leading)
    k = first
    while k > 0 and k - 1 not in taken and fits(baselines[k - 1]) and max(w.x1 for w in baselines[k - 1]) < value_edge \
            and min(w.x0 for w in baselines[k - 1]) >= columns[int(numbered)] - 2 \
            and baselines[k][0].bottom - baselines[k - 1][0].bottom <= (row_gap + 1 if k == first else leading):
        k -= 1
    if k < first and (k == 0 or baselines[k][0].bottom - baselines[k - 1][0].bottom > 2.5 * leading):
        rows.insert(0, baselines[k:first])
    strong = numbered or (_anchor(_phrases(baselines[first])) or ((), False, 0))[2] >= 2
    if opened < 2 and not strong:  # one line of text with a short phrase after a gap: too little to be a table
        return None, j - 1
    bounds = [left, *edges, max(w.x1 for r in rows for ln in r for w in ln) + 1]
    if bounds[-1] - value_edge > 0.75 * (value_edge - bounds[int(numbered)]):
        return None, j - 1  # who and when take less room than the text: a column as wide is a text (a signature)
    boxes = []
    for r in rows:
        words = [w for ln in r for w in ln]
        for c in range(2 if numbered else 1, len(bounds) - 1):
            cell = [w for w in words if bounds[c] <= (w.x0 + w.x1) / 2 <= bounds[c + 1]]
            if cell and cell_kind(" ".join(w.text for w in sorted(cell, key=lambda w: (w.top, w.x0)))) not in VALUES:
                return None, j - 1  # a who/when column that holds text: no table (two columns of prose)
        top, bottom = min(w.top for w in words) - 0.5, max(w.bottom for w in words) + 0.5
        boxes.append(tuple((bounds[c], top, bounds[c + 1], bottom) for c in range(len(bounds) - 1)))
    return Grid(left, boxes[0][0][1], bounds[-1], boxes[-1][0][3], tuple(boxes)), j - 1


def _grid_below(baselines: list[list[Word]], head: int, starts: list[float],
                numbered: bool, sheet: bool = False) -> tuple[Grid | None, int]:
    """The rows under a header line, up to where the table ends; returns the grid and the next baseline. In a
    worksheet a cell's text runs on over the empty cells beside it ("Subtotaal Betaalbaarheid: 16 afspraken"):
    a line across a column edge ends no `sheet`."""
    left, edges = starts[0] - 2, [x - 2 for x in starts[1:]]
    body: list[list[Word]] = []
    j = head + 1
    while j < len(baselines):
        line = baselines[j]
        gap = line[0].bottom - baselines[j - 1][0].bottom
        if min(w.x0 for w in line) < left - 2 or gap > 3.2 * max(w.size for w in line) \
                or (not sheet and any(w.x0 < e < w.x1 for w in line for e in edges)):
            break  # text outside the table, a wide gap, or a line across a column edge: the table is over
        body.append(line)
        j += 1
    if not body:
        return None, head + 1
    # a line of marks only (a dot or a dash centred on a row of several lines) sits in the row it stands in and
    # sets no leading
    texts = [line for line in body if not _marks_only(line)] or body
    gaps = [b[0].bottom - a[0].bottom for a, b in zip(texts, texts[1:], strict=False)]
    leading = min(gaps) if gaps else 0.0
    rows: list[list[list[Word]]] = [[baselines[head]], [body[0]]]
    last = body[0]  # the last line of text
    for line in body[1:]:
        if _marks_only(line):
            rows[-1].append(line)
            continue
        # a row opens with its number, or, between numbered rows, after a gap (a section row, a total row)
        gap, last = line[0].bottom - last[0].bottom, line
        starts_row = gap > 1.35 * leading or (numbered and any(w.x0 < edges[0] for w in line))
        if starts_row:
            rows.append([line])
        else:
            rows[-1].append(line)
    x1 = max(w.x1 for r in rows for ln in r for w in ln) + 1
    bounds = [left, *edges, x1]
    boxes = []
    for r in rows:
        top = min(w.top for ln in r for w in ln) - 0.5
        bottom = max(w.bottom for ln in r for w in ln) + 0.5
        boxes.append(tuple((bounds[k], top, bounds[k + 1], bottom) for k in range(len(bounds) - 1)))
    return Grid(left, boxes[0][0][1], x1, boxes[-1][0][3], tuple(boxes)), j




def _marks_only(line: Sequence[Word]) -> bool:
    """Whether a baseline holds only marks and dashes: the cells of a planning grid centred on a taller row."""
    return all(MARK.match(w.text) or w.text in DASHES for w in line)


def _label_line(phrases: Sequence[Sequence[Word]]) -> tuple[str | None, float] | None:
    """A line that opens a row of a card: a short label, a column gap, its value: the label's role (None for a
    label the lexicon does not know) and where the value starts."""
    if len(phrases) != 2 or len(phrases[0]) > 3:
        return None
    return label_role(_text(phrases[0])), phrases[1][0].x0


def _card_grids(baselines: list[list[Word]], phrased: list[list[list[Word]]], taken: set[int]) -> list[Grid]:
    """Cards drawn without rules (see above): from a line under a known label down, while each line is a label
    line in the same two columns or the next line of a value; a grid when a text label and one more known label
    are among its rows."""
    grids: list[Grid] = []
    i = 0
    while i < len(baselines):
        opened = _label_line(phrased[i]) if i not in taken else None
        if opened is None or opened[0] is None:
            i += 1
            continue
        left, value_x, size = phrased[i][0][0].x0, opened[1], baselines[i][0].size
        rows, roles = [[baselines[i]]], [opened[0]]
        j = i + 1
        while j < len(baselines) and j not in taken \
                and baselines[j][0].bottom - baselines[j - 1][0].bottom <= 3.2 * size:
            line, found = baselines[j], _label_line(phrased[j])
            if found is not None and abs(phrased[j][0][0].x0 - left) <= 3 and abs(found[1] - value_x) <= 3:
                rows.append([line])
                roles.append(found[0])
            elif min(w.x0 for w in line) >= value_x - 2:
                rows[-1].append(line)
            else:
                break
            j += 1
        known = {role for role in roles if role is not None and label_role_known(role)}
        if "text" not in known or len(known) < 2:
            i += 1
            continue
        x0, edge, x1 = left - 2, value_x - 2, max(w.x1 for r in rows for ln in r for w in ln) + 1
        boxes = []
        for r in rows:
            top, bottom = min(w.top for ln in r for w in ln) - 0.5, max(w.bottom for ln in r for w in ln) + 0.5
            boxes.append(((x0, top, edge, bottom), (edge, top, x1, bottom)))
        grids.append(Grid(x0, boxes[0][0][1], x1, boxes[-1][0][3], tuple(boxes)))
        i = j
    return grids
