"""Pages of lines -> body blocks in reading order.

Takes out running headers and footers (lines that repeat across pages in the top or bottom margin once
digits are masked), page numbers, footnotes (footnotes.py: small-font lines at the foot of a page) and tables
of contents; undoes hyphenation at line ends; groups lines into headings, paragraphs and list items; joins items
that run over a page or column break; and turns ruled-table rows into blocks with their cells.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .booklet import booklet_pages
from .browser_print import is_print_margin_line
from .centred_numbers import raise_centred_numbers
from .chapter_numerals import drop_chapter_numerals
from .config import CleanSettings
from .contents import TOC_LEADER as TOC_LEADER  # re-exported: tests read the patterns here
from .contents import TOC_PAGE_NUMBER as TOC_PAGE_NUMBER
from .contents import drop_toc
from .contents import ends_in_digit as ends_in_digit
from .disclosures import label_field_lines
from .facing_pages import opens_column
from .footnotes import join_note_markers, split_footnotes, split_superscript_markers
from .inline_lists import continues_inline_list
from .lexicon import load
from .navigation import theme_starts, with_theme_lines
from .normalise import LIGATURES as LIGATURES  # re-exported: tests and callers read them here
from .normalise import normalise_text
from .numbering import (
    LEARNT_STYLES,
    Numbering,
    find_marker,
    label_marker,
    label_note,
    learn_numbering,
    mark_after_number,
    number_by_trailing_codes,
    parse_marker,
)
from .page_breaks import carry_over
from .parallel_text import drop_translations
from .running_bands import band_starts
from .side_columns import side_columns
from .speaker_notes import drop_speaker_notes
from .status_labels import carry_tag
from .structure import attribute_key, keyed_attributes, margin_field_label
from .subheadings import is_subheading_line
from .text import ENDS_SENTENCE, join_lines
from .title_column import split_title_column
from .types import Block, Layout, Line, Page, Table

PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:pagina|page|blz\.?|p\.)?\s*\d{1,4}\s*(?:(?:van|/|of|\|)\s*\d{1,4})?[\W_]*$", re.IGNORECASE
)
# "Pagina 4 van 7" at the end of a line: a footer the text layer ran into the line beside it
PAGE_NUMBER_TAIL = re.compile(r"\s+(?:pagina|page|blz\.?)\s*\d{1,4}\s*(?:(?:van|/|of)\s*\d{1,4})?$", re.IGNORECASE)


def is_page_number(text: str) -> bool:
    """A line that is only a page number ("12", "- 12 -", "Pagina 3 van 8", "(3)"); not the end of a sentence run
    on from the line above ("2027).", whose bracket opens there), which only looks like one."""
    return PAGE_NUMBER.match(text) is not None and text.count("(") == text.count(")") \
        and text.count("[") == text.count("]")


def is_attribute_line(text: str) -> bool:
    """Whether a line starts with a per-afspraak attribute ("Wie: ...", "Trekker: ...", "Status: ...") or is a
    labelled line of them ("Uitvoering: trekker Kempwaard, gereed eind 2028")."""
    m = attribute_key().match(text)
    return (m is not None and m.start() == 0) or keyed_attributes(text) is not None


def body_size(pages: Sequence[Page]) -> float:
    """The font size most of the text is set in."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[round(line.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def mask_digits(text: str) -> str:
    """A line's identity for repetition: digits masked, case and spacing folded."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.lower())).strip()


def running_line_keys(pages: Sequence[Page], settings: CleanSettings) -> set[tuple[str, str, int]]:
    """Keys of lines that repeat in the top or bottom margin on many pages: running headers and footers."""
    seen: Counter[tuple[str, str, int]] = Counter()
    for page in pages:
        keys = set()
        for line in page.lines:
            zone = margin_zone(line, page, settings)
            if zone:
                keys.add((zone, mask_digits(line.text), int(line.top // 6) if zone == "top" else
                          int((page.height - line.bottom) // 6)))
        seen.update(keys)
    need = max(2, int(settings.min_repeat_share * len(pages) + 0.5) - 1) if len(pages) > 2 else 2
    return {key for key, n in seen.items() if n >= need}


def margin_zone(line: Line, page: Page, settings: CleanSettings) -> str | None:
    """'top' or 'bottom' when a line sits in the page margin where headers and footers go."""
    if line.bottom <= settings.header_zone * page.height:
        return "top"
    if line.top >= (1 - settings.header_zone) * page.height:
        return "bottom"
    return None


def is_small_header(line: Line, following: Line | None, size: float) -> bool:
    """Small print at the very top of a page, set apart from the body: a header that changes from chapter to
    chapter (so it does not repeat on most pages) but is a header all the same; what follows it is text or a bold
    heading set larger than it ("HOOFDSTUK 5" over a chapter's title)."""
    return (line.size < 0.95 * size and following is not None
            and following.top - line.bottom > 1.5 * size
            and (following.size >= 0.95 * size or (following.bold and following.size > line.size + 1)))


def remove_running_lines(
    pages: Sequence[Page], settings: CleanSettings, size: float | None = None
) -> tuple[list[Page], int]:
    """Drop running headers, footers and page numbers; return the pages and how many lines went."""
    keys = running_line_keys(pages, settings)
    out, removed = [], 0
    for page in pages:
        kept = []
        for i, line in enumerate(page.lines):
            zone = margin_zone(line, page, settings)
            if zone:
                pos = int(line.top // 6) if zone == "top" else int((page.height - line.bottom) // 6)
                key = (zone, mask_digits(line.text), pos)
                near = {(zone, key[1], pos + d) for d in (-1, 0, 1)}
                following = page.lines[i + 1] if i + 1 < len(page.lines) else None
                top_print = zone == "top" and size is not None and opens_column(line, kept) \
                    and is_small_header(line, following, size) \
                    and not is_attribute_line(line.text)  # a field carried over under its afspraak
                label = label_marker().match(line.text) is not None  # "Maatregel 9" atop a column
                if (near & keys and not label) or is_page_number(line.text) or top_print \
                        or is_print_margin_line(line.text, zone):
                    removed += 1
                    continue
                tail = PAGE_NUMBER_TAIL.search(line.text) if zone == "bottom" else None
                if tail:  # a footer set on the baseline of the foot's last line ("... of G. Pagina 4 van 7")
                    line = replace(line, text=line.text[:tail.start()])
            kept.append(line)
        out.append(replace(page, lines=tuple(kept)))
    return out, removed


def normalise_pages(pages: Sequence[Page]) -> list[Page]:
    """Normalise every line's text and drop lines that become empty."""
    out = []
    for page in pages:
        lines = []
        for line in page.lines:
            text = mark_after_number(_number_after_mark(normalise_text(line.text)))
            text, markers = split_superscript_markers(text)
            if text:
                lines.append(line if text == line.text else replace(line, text=text, markers=line.markers + markers))
        out.append(replace(page, lines=tuple(lines)))
    return out


def _number_after_mark(text: str) -> str:
    """A line that opens with a box or tick (`parse.glyphs`: "• A-7 ...", "✔ 3. ...") before a number: the
    number is the marker, the box a mark beside it. Only a number that opens a sentence (a capital after it, as
    an item's text starts), so that a bullet before a figure ("• 1.5 miljoen euro is beschikbaar ...") stays a
    bullet of its text."""
    if text[:2] in _MARK_STARTS and (found := find_marker(text[2:])) and found[0] != "bullet":
        after = text[2:].lstrip()[len(found[1]):].lstrip()
        if after[:1].isupper():
            return text[2:]
    return text


_MARK_STARTS = ("• ", "✔ ")
MIN_BOLD_LEADS = 2
EXPLANATION = "Toelichting: "  # the attribute a bold-lead paragraph's plain rest is read as


def bold_leads(pages: Sequence[Page], numbering: Numbering, para_gap: float) -> tuple[set[int], dict[int, int]]:
    """Numbered paragraphs that open with a bold run of whole sentences (the afspraak) and go on in normal weight
    (its explanation): the ids of their lines up to the one where the plain rest starts, and of that line with
    the length of the bold words it opens with. Only where a document has `MIN_BOLD_LEADS` of them; there a
    numbered paragraph with no bold opening is context (see `lines_to_blocks`)."""
    inside: set[int] = set()
    cuts: dict[int, int] = {}
    long_runs = 0
    for page in pages:
        lines = page.lines
        for i, line in enumerate(lines):
            marker = find_marker(line.text, numbering)
            if marker is None or marker[0] not in ("decimal", "number") \
                    or not (line.bold or line.lead_bold > len(marker[1])):
                continue
            run, prev, ids, end = "", line, [id(line)], None
            for nxt in lines[i:]:
                if nxt is not line and (nxt.x0 < line.x0 - 2 or nxt.top - prev.bottom > para_gap
                                        or nxt.column != line.column or find_marker(nxt.text, numbering)):
                    break
                cut = nxt.lead_bold if 0 < nxt.lead_bold < len(nxt.text) else None if nxt.bold else 0
                run = join_lines(run, nxt.text if cut is None else nxt.text[:cut])
                if cut is not None:  # the bold run ends on this line
                    end = (id(nxt), cut)
                    break
                ids.append(id(nxt))
                prev = nxt
            body = _strip_marker(run.strip(), marker[1])
            if end and ENDS_SENTENCE.search(body) and not body.endswith(":"):
                inside.update(ids)
                cuts[end[0]] = end[1]
                long_runs += len(body.split()) > MAX_RUN_IN_WORDS
    # whole sentences, more than run-in headings ("3.2 Nieuwbouw." opens an afspraak, it is none)
    return (inside, cuts) if long_runs >= MIN_BOLD_LEADS else (set(), {})


def _runs_on_into_number(current: _Open | None, prev: Line | None, line: Line, style: str, line_gap: float) -> bool:
    """Whether a line opening with a plain number ("52.") goes on with the paragraph above it: that breaks off
    mid-sentence on the line just above, in the same column, and the line starts where the paragraph's do."""
    return style == "number" and current is not None and current.kind == "paragraph" and prev is not None \
        and prev.page == line.page and prev.column == line.column and abs(line.x0 - prev.x0) <= 2 \
        and line.top - prev.bottom <= line_gap + 1.0 and not ENDS_SENTENCE.search(current.text) \
        and not is_attribute_line(prev.text)  # "Wanneer: 1 juli 2024" ends a field, not a sentence cut short


def _was_wrapped(current: _Open | None, prev: Line | None, full: float) -> bool:
    """Whether the line above ran to the end of its measure, so its sentence was cut by the wrap: it reaches the
    text area's right side (`full`) or, in a column, the width of its paragraph's other lines. A short line
    ("Afspraken", a heading set as plain text) ends where its text does."""
    if current is None or prev is None:
        return False
    widest = max((ln.x1 for ln in current.lines if ln is not prev), default=None)
    return prev.x1 >= full or (widest is not None and prev.x1 >= widest - 0.15 * (widest - prev.x0))


def _marker(line: Line, numbering: Numbering, leads: set[int]) -> tuple[str, str, str] | None:
    """The list marker a line starts with; none where numbered paragraphs with a bold opening are the afspraken
    and this one has none (it is context) or is a line of such an opening."""
    marker = find_marker(line.text, numbering)
    if leads and marker is not None and marker[0] in ("decimal", "number") and id(line) not in leads:
        return None
    return marker


@dataclass
class _Open:
    """The block being built."""

    kind: str
    lines: list[Line]
    marker: str | None = None
    marker_x: float = 0.0
    text_x: float | None = None
    text: str = ""
    extra: list[str] = field(default_factory=list)
    title: bool = False  # the marker line holds a short title: dropped when the body follows below
    field: str = ""  # a word at the right margin of its first line (`Line.field`) read as an attribute, not text
    field_label: str = ""  # the attribute it is read under ("Status", "Trekker"): structure.margin_field_label


TITLED_STYLES = frozenset({"afspraak", "label"})
MAX_TITLE_WORDS = 12


def is_title_line(line: Line, style: str, body: str, text_width: float) -> bool:
    """Whether a label marker's line is a title line ("Afspraak 3.2 – Energiearmoede" in bold, the afspraak's
    text set below it): a label style, bold, short, not wrapped and no sentence. Its title is not the afspraak's
    text; `lines_to_blocks` drops it once a plain (not bold) line follows."""
    return style in TITLED_STYLES and line.bold and 0 < len(body.split()) <= MAX_TITLE_WORDS \
        and not ENDS_SENTENCE.search(body) and line.x1 - line.x0 < 0.75 * text_width


def is_heading_line(line: Line, size: float, numbering: Numbering | None = None) -> bool:
    """Bold or larger short text with no list marker: a heading. A larger line with a learnt marker ("§ 1 Wonen",
    "B Duurzaam") is a heading too; a body-size bold label ("Maatregel 3") starts an item."""
    words = line.text.split()
    if len(words) > 18 or not any(ch.isalpha() for ch in line.text):
        return False
    marker = find_marker(line.text, numbering or Numbering())
    if marker is not None and marker[0] in LEARNT_STYLES \
            and (line.size >= 1.15 * size or (line.bold and line.size >= 1.1 * size)):
        marker = None  # a chapter heading numbered in a learnt style stays a heading ("§ 4 Wonen", bold 12 on 10.5)
    return (line.bold or line.size >= 1.15 * size) and marker is None \
        or (line.bold and bool(re.match(r"^\d{1,2}(\.\d{1,2}){0,3}\.?\s+\D", line.text))) \
        or (line.size >= size - 0.3 and len(words) <= 12 and CAPS_CHAPTER.match(line.text) is not None) \
        or (marker is None and is_subheading_line(line, size))


# A numbered chapter title in capitals, not bold and barely larger than the text: small caps, whose larger initials
# the text layer sizes apart from the rest ("6 KWALITEIT EN WONEN MET ZORG"); no lowercase letter, no sentence end
CAPS_CHAPTER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=[^a-z]*[A-Z]{3})[^a-z.:;!?]+$")


def lines_to_blocks(pages: Sequence[Page], size: float) -> list[Block]:
    """Group body lines (and table rows) into heading, paragraph, item and table_row blocks."""
    gaps = [
        b.top - a.bottom for p in pages for a, b in zip(p.lines, p.lines[1:], strict=False)
        if a.column == b.column and 0 < b.top - a.bottom < 2 * size
    ]
    # the gap between lines of one paragraph: the lower quartile, not the median, because where paragraphs are
    # one or two lines long (unnumbered afspraken, spaced apart) the gaps between them are the majority
    line_gap = (statistics.quantiles(gaps, n=4)[0] if len(gaps) >= 4 else statistics.median(gaps)) if gaps \
        else 0.3 * size
    para_gap = line_gap + 0.35 * size
    all_lines = [ln for p in pages for ln in p.lines]
    numbering = learn_numbering(all_lines)
    # the width of the text area: a heading line shorter than most of it was not wrapped
    spans = [(ln.x0, ln.x1) for ln in all_lines] + [(t.x0, t.x1) for p in pages for t in p.tables]
    text_width = (max(x1 for _, x1 in spans) - min(x0 for x0, _ in spans)) if spans else 400.0
    right = max((x1 for _, x1 in spans), default=400.0)
    leads, cuts = bold_leads(pages, numbering, para_gap)
    blocks: list[Block] = []
    current: _Open | None = None
    prev: Line | None = None
    pending: str | None = None  # a number printed on its own label line, for the block below it
    held_tag = ""  # a titled parent's status tag, for the text under the title (`status_labels`)
    hangs: set[int] = set()  # the x of the markers of items whose lines hang (set further in) under the first

    def close(before_row: bool = False) -> None:
        nonlocal current, pending
        if current is not None and before_row and number_line(current) and TAG_ONLY.fullmatch(current.text.strip()):
            pending = current.marker  # "Afspraak 4" (or "Afspraak 4 (nieuw)") over the rows of its card
        elif current is not None and current.text.strip():
            blocks.extend(_blocks_of(current))
        elif current is not None and current.kind == "item" and current.marker and number_line(current):
            pending = current.marker  # "Afspraak 4" alone, its text in the paragraph below
        current = None

    for page in pages:
        for entry in merge_tables(page):
            if isinstance(entry, tuple):  # a table row
                close(before_row=True)
                blocks.append(replace(entry[0], marker=pending) if pending else entry[0])
                prev, pending, held_tag = None, None, ""  # a title's tag is its paragraph's, never past a table
                continue
            line = entry
            if id(line) in cuts and (current is not None or id(line) in leads):  # a bold lead's plain rest
                done, current = split_bold_lead(current, line, cuts[id(line)], numbering, id(line) in leads)
                blocks += [_to_block(o) for o in done if o.text.strip()]
                prev = line
                continue
            heading = is_heading_line(line, size, numbering) and id(line) not in leads \
                and not labelled_value(line, size)
            marker = None if heading else _marker(line, numbering, leads)
            if marker is not None and _runs_on_into_number(current, prev, line, marker[0], line_gap) \
                    and _was_wrapped(current, prev, right - 0.15 * text_width):
                marker = None  # "... daalde van 47 naar" / "52. Partijen zetten ...": a figure, not a number
            # "b. HR++-glas ..." after "a. na-isolatie ..." read into the afspraak's text: no marker either
            marker = None if current is not None \
                and continues_inline_list(current.lines, line, marker, current.kind) else marker
            attribute = not heading and marker is None and is_attribute_line(line.text) \
                and not (current is not None and current.text.count("(") > current.text.count(")"))  # "(wie: x;"
            lead = run_in_heading(line) if not heading and marker is None and not attribute else None
            if current is not None and not heading and marker is None and not attribute and lead is None \
                    and not line.tag \
                    and not ends_paragraph(current, prev, line, line_gap, right - 0.15 * text_width, hangs) \
                    and _continues(current, prev, line, para_gap, hangs):
                titled = current.title and len(current.lines) == 1 and not line.bold
                current.lines.append(line)
                current.text = line.text if titled else join_lines(current.text, line.text)  # a title goes
                prev = line
                continue
            if current is not None and heading and current.kind == "heading" and prev is not None \
                    and line.page == prev.page and line.top - prev.bottom < para_gap and line.size == prev.size \
                    and prev.x1 - prev.x0 > 0.6 * text_width:
                current.lines.append(line)  # a heading wrapped over two lines
                current.text = join_lines(current.text, line.text)
                prev = line
                continue
            close()
            current = _open_block(line, heading, marker, None if attribute else pending, lead, text_width)
            pending, held_tag = None, carry_tag(current, line, held_tag)
            prev = line
    close()
    return blocks


def _open_block(line: Line, heading: bool, marker: tuple[str, str, str] | None, pending: str | None,
                lead: str | None, text_width: float) -> _Open:
    """The block a line opens: a heading, an item (by its own marker, or by the number on the label line above it,
    `pending`) or a paragraph (a run-in heading `lead` as its marker)."""
    if heading:
        return _Open("heading", [line], text=line.text)
    if marker is None and pending is not None:  # a run-in "Wat:" goes: the label of the text
        return _Open("item", [line], marker=pending, marker_x=line.x0, text=line.text[len(lead or ""):].lstrip())
    if marker is not None:
        style, printed, _number = marker
        rest = line.text[len(line.text) - len(line.text.lstrip()):]
        body = _strip_marker(rest, printed)
        label = margin_field_label(line.field) if line.field and body.endswith(" " + line.field) else None
        field = line.field if label else ""
        body = body[: len(body) - len(field)].rstrip()
        note = label_note(body) if style in TITLED_STYLES and not field else None
        if note:  # "Afspraak 12 (verplaatst uit hoofdstuk 1)": the text is below, the note an attribute
            body, field, label = "", note, str(load("labels")["label_notes"]["label"])
        return _Open("item", [line], marker=printed, marker_x=line.x0, text=body,
                     title=is_title_line(line, style, body, text_width), field=field, field_label=label or "")
    return _Open("paragraph", [line], marker=lead, text=line.text[len(lead or ""):].lstrip())


def labelled_value(line: Line, size: float) -> bool:
    """Whether a body-size line is an attribute label with its value ("Wanneer: 2025", bold throughout in a text
    layer that gives the label's weight to the short value beside it): never a heading."""
    m = attribute_key().match(line.text)
    return m is not None and m.start() == 0 and m.end() < len(line.text) and line.size < 1.1 * size


# what a number's label line over a table may hold beside the number for the number to go to the row below: a
# tag ("Afspraak 4 (nieuw)"), nothing else; a title ("Actie 2 Nieuwbouw") keeps the line a block of its own
TAG_ONLY = re.compile(r"(?:\([^()]*\))?")


def number_line(current: _Open) -> bool:
    """Whether an open block is only a number on its own label line ("Afspraak 4", "Actie 2.3", or with a short
    title or tag beside it: "Afspraak 4 (nieuw)"): a numbered item of one line without text of its own."""
    if current.kind != "item" or not current.marker or len(current.lines) != 1:
        return False
    style, number = parse_marker(current.marker)
    return style != "bullet" and bool(number) and (not current.text.strip() or current.title)


def split_bold_lead(current: _Open | None, line: Line, cut: int, numbering: Numbering,
                    starts: bool) -> tuple[list[_Open], _Open]:
    """Where a bold-lead paragraph's plain rest starts (`bold_leads`): the blocks finished there (the afspraak,
    its bold words up to `cut` on this line) and the explanation opened, as a "Toelichting" attribute line."""
    done = [current] if current is not None else []
    if starts:  # the bold run ends on the marker's own line
        printed = (find_marker(line.text, numbering) or ("", "", ""))[1]
        done.append(_Open("item", [line], marker=printed, marker_x=line.x0,
                          text=_strip_marker(line.text[:cut], printed)))
    elif cut and current is not None:
        current.lines.append(line)
        current.text = join_lines(current.text, line.text[:cut])
    return done, _Open("paragraph", [line], text=EXPLANATION + line.text[cut:].strip())


MAX_RUN_IN_WORDS = 6


def run_in_heading(line: Line) -> str | None:
    """The bold run-in heading a paragraph opens with ("Nieuwbouw. In ...", "Middenhuur: Wij ..."), or None: a few
    bold words ending in a full stop or colon, plain text after them on the line. It is the paragraph's marker."""
    if not line.lead_bold or line.lead_bold >= len(line.text) or line.bold:
        return None
    lead = line.text[: line.lead_bold]
    return lead if lead.endswith((".", ":")) and len(lead.split()) <= MAX_RUN_IN_WORDS else None


def _strip_marker(text: str, printed: str) -> str:
    return text[len(printed):].lstrip(" :.)–-") if text.startswith(printed) else text


def ends_paragraph(current: _Open, prev: Line | None, line: Line, line_gap: float, short: float,
                   hangs: set[int]) -> bool:
    """Whether a paragraph ended at the line before: it ends a sentence, and the next line is set further down
    than the lines of a paragraph are (paragraphs spaced a little apart, less than `lines_to_blocks`'s paragraph
    gap): by a point where the line ends well short of the right edge (`short`), else by one and a half. So does
    a one-line item of a list whose items hang their lines under the first (their markers' x in `hangs`) when
    the next line stands at the marker's x ("7. Zilverhof heeft ... E, F of G." / "Toelichting. Het ...")."""
    one_line_item = current.kind == "item" and len(current.lines) == 1 and round(current.marker_x) in hangs \
        and line.x0 <= current.marker_x + 2
    if (current.kind != "paragraph" and not one_line_item) or prev is None or line.page != prev.page \
            or prev.column != line.column or ENDS_SENTENCE.search(prev.text) is None:
        return False
    extra = line.top - prev.bottom - line_gap
    return extra > 1.0 if prev.x1 < short else extra > 1.5


def _continues(current: _Open, prev: Line | None, line: Line, para_gap: float, hangs: set[int]) -> bool:
    """Whether a plain line continues the open block rather than starting a new paragraph. An item's lines that
    hang under its first teach `hangs` (see `ends_paragraph`)."""
    if current.kind == "heading" or prev is None:
        return False
    if current.kind == "item" and current.text_x is None and len(current.lines) == 1 and line.x0 > prev.x0 + 2:
        current.text_x = line.x0  # hanging indent learnt from the second line
        hangs.add(round(current.marker_x))
    new_area = line.page != prev.page or line.column != prev.column
    if new_area:
        if not ENDS_SENTENCE.search(current.text):
            if current.text_x is not None and line.x0 < current.text_x:
                current.text_x = line.x0  # the continuation sets the left edge on the new page
            return True
        if current.kind != "item":
            return False
        if current.text_x is None:  # no hanging indent: wrapped lines start where the marker does
            return abs(line.x0 - current.marker_x) <= 2 and len(current.lines) > 1
        return line.x0 >= current.text_x - 2
    if line.top - prev.bottom > para_gap:
        return False
    if abs(line.size - prev.size) > 1.2:
        return False
    if current.kind == "item" and current.text_x is not None and line.x0 < current.text_x - 6:
        return False
    return True


def _blocks_of(current: _Open) -> list[Block]:
    """The block of an open block, and after an item with a field at its right margin that field, as the
    attribute line `segment` reads under an item (as if "Status: loopt" were printed below it)."""
    block = _to_block(current)
    if not current.field:
        return [block]
    last = current.lines[-1]
    return [block, replace(block, kind="paragraph", text=f"{current.field_label}: {current.field}", marker=None,
                           page=last.page, top=last.bottom)]


def _to_block(current: _Open) -> Block:
    first, last = current.lines[0], current.lines[-1]
    return Block(
        kind=current.kind,  # type: ignore[arg-type]
        text=current.text.strip(),
        page=first.page,
        x0=first.x0,
        top=first.top,
        size=statistics.median(ln.size for ln in current.lines),
        bold=first.bold,
        marker=current.marker,
        end_page=last.page,
        column=first.column,
    )


def merge_tables(page: Page) -> Iterable[Line | tuple[Block]]:
    """The page's lines with its table rows slotted in at their vertical position."""
    rows = sorted(((t.top, t) for t in page.tables), key=lambda x: x[0])
    pending = list(rows)
    for line in page.lines:
        while pending and pending[0][0] <= line.top:
            yield from table_blocks(pending.pop(0)[1])
        yield line
    for _, table in pending:
        yield from table_blocks(table)


def table_blocks(table: Table) -> Iterable[tuple[Block]]:
    """Each table row as a table_row block: cells joined line by line, hyphenation undone."""
    step = (table.bottom - table.top) / max(len(table.rows), 1)
    for i, row in enumerate(table.rows):
        cells = tuple(cell_text(c) for c in row)
        if not any(cells):
            continue
        yield (Block(
            kind="table_row", text=" | ".join(cells), page=table.page, x0=table.x0,
            top=table.top + i * step, size=0.0, cells=cells, end_page=table.page,
            merged=tuple(k for k, c in enumerate(row) if c is None),
            spanned=table.spanned[i] if i < len(table.spanned) else (),
        ),)


def cell_text(cell: str | None) -> str:
    """A table cell's lines joined into one text."""
    if not cell:
        return ""
    text = ""
    for raw in cell.splitlines():
        text = join_lines(text, normalise_text(raw))
    return text.strip()


def clean(pages: Sequence[Page], settings: CleanSettings | dict | None = None) -> Layout:
    """Pages of lines -> a Layout of body blocks in reading order (see the module docstring)."""
    settings = CleanSettings.resolve(settings)
    sheets = len(pages)
    pages = booklet_pages(pages)  # an imposition proof's half sheets in booklet order
    starts = theme_starts(pages)  # where a navigation strip's current tab changes (`navigation`)
    pages, starts = (pages, starts) if starts else band_starts(pages)  # or a running band's label (`running_bands`)
    pages = [raise_centred_numbers(page) for page in normalise_pages(drop_speaker_notes(pages))]
    pages, translated = drop_translations(pages)  # a parallel-text page: its Dutch column only
    size = body_size(pages)
    pages = [label_field_lines(join_note_markers(page, size)) for page in pages]  # "Wie  X" as "Wie: X"
    pages, removed = remove_running_lines(pages, settings, size)
    pages = [drop_chapter_numerals(page, size) for page in pages]  # "3" in 30 pt over its chapter's title
    pages, notes = split_footnotes(pages, size)
    pages, toc, chapters = drop_toc(pages)
    pages = with_theme_lines(carry_over([split_title_column(page) for page in pages]), starts)
    blocks = number_by_trailing_codes(lines_to_blocks(pages, size))  # "... [BB-11]": numbered at the end
    return Layout(tuple(blocks), tuple(notes), removed + toc + translated, sheets, chapters, side_columns(pages))
