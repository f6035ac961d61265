"""Afspraken headed by a short title: a borderless two-column list, a narrow column of short bold titles beside the
afspraken (beekstede's "definition list": the title heads its afspraak, a heading just before it, never its text),
and a numbered title line over its paragraph ("3.4 Huisvesting statushouders" in bold at the body's size: the
number is the afspraak's, the title a field of it, `number_titled_paragraphs`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .context_headings import close_context_heading
from .lexicon import load
from .numbering import find_marker
from .structure import non_afspraak_heading
from .text import ENDS_SENTENCE
from .types import Block, Layout, Line, Page
from .under_heading import paragraphs_under, up_to_note

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


# A title line over an afspraak's paragraph: a number of two or more parts ("3.4", "12.1.2"; a chapter's own "3"
# heads a chapter) and a short title after it, no sentence.
TITLE_LINE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\D.*)$")
MAX_TITLE_WORDS = 12  # as clean's title beside a label ('Afspraak 3.2 – Energiearmoede')
SAME_SIZE = 0.25  # points: a title line at the body's size (a subsection heading is set 0.5 pt larger or more)
MIN_TITLED = 3  # title lines of one document before they are read as afspraken' titles (a series, see below)


def _title_of(heading: Block, body: Sequence[Block]) -> tuple[str, str] | None:
    """(number, title) of a heading that titles the paragraph(s) under it: bold, set no larger than its text
    (a subsection heading set larger, "1.1 Beleidscontext" in 11 pt over 10.5 pt text, heads context), short, no
    sentence; the text under it is paragraphs only, the last ending a sentence. A heading over list items or a
    table heads those, not a paragraph."""
    m = TITLE_LINE.match(heading.text.strip())
    if m is None or not heading.bold or not body or not ENDS_SENTENCE.search(body[-1].text.rstrip()):
        return None
    title = m.group(2).strip().removesuffix(":").rstrip()  # "3.4 Huisvesting statushouders:" over its paragraph
    if len(title.split()) > MAX_TITLE_WORDS or ENDS_SENTENCE.search(title) or not any(c.isalpha() for c in title):
        return None
    if non_afspraak_heading().match(title):
        return None  # "9.1 Looptijd", "1.2 Leeswijzer": a heading of context, though set like a title
    if heading.size > body[0].size + SAME_SIZE:
        return None
    return m.group(1), title


def _body(blocks: Sequence[Block], k: int) -> list[Block] | None:
    """The paragraphs under the heading at `k` up to the next heading (fields under them aside), or None where
    anything else (an item, a table row) stands between it and the next heading. A paragraph set in another size
    ends them: a note under the afspraak ("Toelichting: ..." in 9 pt), not its text."""
    under = paragraphs_under(blocks, k)
    if under is None:
        return None
    # a labelled field under an afspraak ("Status: loopt"): left to segment, not joined to the text
    return up_to_note([block for block, field in under if not field])


def _series(numbers: Sequence[str]) -> bool:
    """Whether numbers read as a numbered series: MIN_TITLED or more, two of them consecutive under one parent
    ("3.1", "3.2")."""
    keys = {tuple(int(p) for p in n.split(".")) for n in numbers}
    return len(numbers) >= MIN_TITLED and any((*key[:-1], key[-1] + 1) in keys for key in keys)


def number_titled_paragraphs(layout: Layout) -> Layout:
    """The layout with each numbered title line over a paragraph ("3.4 Huisvesting statushouders" in bold at the
    body's size, then its paragraph) made one numbered item: the number as its marker, the paragraph(s) under the
    line as its text, the title as a field printed under it ("Titel: Huisvesting statushouders", labels.yaml
    title_attribute). Only where the document titles its afspraken so as a series (`_series`); a title line over
    list items or a table, or set larger than its text, stays a heading. A table of contents is no heading over
    paragraphs: its lines never come here as afspraken."""
    blocks = layout.blocks
    found: dict[int, tuple[str, str, list[Block]]] = {}
    for k, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        body = _body(blocks, k)
        titled = _title_of(block, body) if body else None
        if titled and body:
            found[k] = (*titled, body)
    if not _series([number for number, _, _ in found.values()]):
        return layout
    label = str(load("labels")["title_attribute"]).capitalize()
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        k += 1
        if k - 1 not in found:
            out.append(block)
            continue
        number, title, body = found[k - 1]
        close_context_heading(out, block)  # "Achtergrond" above the chapter's first afspraak heads only its context
        out.append(replace(block, kind="item", marker=number, text=" ".join(b.text for b in body), bold=False,
                           size=body[0].size, end_page=body[-1].end_page or body[-1].page))
        out.append(replace(body[0], text=f"{label}: {title}", marker=None, end_page=body[0].page))
        while k < len(blocks) and blocks[k].kind != "heading":
            if not any(blocks[k] is b for b in body):
                out.append(blocks[k])  # a field or a note under it ("Status: loopt") stays, after its title
            k += 1
    return replace(layout, blocks=tuple(out))
