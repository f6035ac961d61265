"""Borderless two-column lists: a narrow column of short bold titles, beside it the afspraken (beekstede's
"definition list"). The title heads its afspraak (a heading just before it), never its text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .numbering import find_marker
from .text import ENDS_SENTENCE
from .types import Line, Page

MAX_TITLE_COLUMN_WORDS = 4
TITLE_COLUMN_GAP = 60.0  # points between a title column's left edge and the text column's


def split_title_column(page: Page) -> Page:
    """A page of a borderless two-column list (a short bold title left, the text right) whose columns the parser
    read as one: lines that open with a few bold words at the left edge ("Huurbeleid 2025 [BT-01] Veldzicht ...")
    while the lines under them start well to the right, the text beside a title opening with a number. Each such
    line is cut after its bold words into a title line (column 1) and a text line (column 2), in the order of
    `titles_beside_text`."""
    if any(line.column for line in page.lines):
        return _titled_columns(page)
    split = [line for line in page.lines if 0 < line.lead_bold < len(line.text) and not line.bold
             and len(line.text[:line.lead_bold].split()) <= MAX_TITLE_COLUMN_WORDS
             and not ENDS_SENTENCE.search(line.text[:line.lead_bold].strip())
             and find_marker(line.text[:line.lead_bold].strip() + " Xx") is None]  # "Activiteit 1": a label
    if not any(find_marker(line.text[line.lead_bold:].strip()) for line in split):
        return page  # the text beside the titles opens no afspraak: a signature block, a letterhead
    left = min(line.x0 for line in split)
    right = Counter(round(line.x0) for line in page.lines if not line.bold and line.x0 >= left + TITLE_COLUMN_GAP)
    if not right:
        return page
    edge, count = right.most_common(1)[0]
    if count < 2 or any(abs(line.x0 - left) > 2 for line in split):
        return page
    start, end = page.lines.index(split[0]), page.lines.index(split[-1])
    while end + 1 < len(page.lines) and abs(page.lines[end + 1].x0 - edge) <= 2:
        end += 1  # the text column's lines under the last title
    titles: list[Line] = []
    texts: list[Line] = []
    for line in page.lines[start:end + 1]:
        if line in split:
            cut = line.lead_bold
            titles.append(replace(line, text=line.text[:cut].strip(), x1=edge - 10, bold=True, lead_bold=0, column=1))
            texts.append(replace(line, text=line.text[cut:].strip(), x0=edge, lead_bold=0, column=2))
        elif abs(line.x0 - edge) <= 2:
            texts.append(replace(line, column=2))
        elif line.bold and line.x1 < edge:
            titles.append(replace(line, column=1))
        else:
            return page  # a full-width line among them: no title column
    lines = (*page.lines[:start], *titles_beside_text(titles, texts), *page.lines[end + 1:])
    return replace(page, lines=lines)


def _titled_columns(page: Page) -> Page:
    """A page the parser split at a gutter: each run of left- and right-column lines whose left column holds only
    short bold titles, in the order of `titles_beside_text`."""
    lines: list[Line] = []
    run: list[Line] = []
    for line in (*page.lines, None):
        if line is not None and line.column in (1, 2):
            run.append(line)
            continue
        titles = [t for t in run if t.column == 1]
        texts = [t for t in run if t.column == 2]
        if titles and all(t.bold and len(t.text.split()) <= MAX_TITLE_COLUMN_WORDS for t in titles) \
                and sum(find_marker(t.text) is not None for t in texts) >= 2:
            run = titles_beside_text(titles, texts)
        lines += run
        run = []
        if line is not None:
            lines.append(line)
    return page if lines == list(page.lines) else replace(page, lines=tuple(lines))


def titles_beside_text(titles: Sequence[Line], texts: Sequence[Line]) -> list[Line]:
    """Title-column lines joined per afspraak (those from one numbered text line down to the next) and set just
    before it, so that each title heads its own afspraak; without numbered text lines, all titles first."""
    starts = [t for t in texts if find_marker(t.text) is not None]
    if len(starts) < 2:
        return [*titles, *texts]
    groups: dict[int, list[Line]] = {}
    for title in titles:
        owner = max((s for s in starts if s.top <= title.top + 2), key=lambda s: s.top, default=starts[0])
        groups.setdefault(id(owner), []).append(title)
    out: list[Line] = []
    for text in texts:
        group = groups.get(id(text))
        if group:
            out.append(replace(group[0], text=" ".join(t.text for t in group), bottom=group[-1].bottom))
        out.append(text)
    return out
