"""Inline enumerations: afspraken printed one after another inside a paragraph.

Running prose may list its afspraken in the paragraph that introduces them: a lead-in sentence, then "(1) ...;
(2) ...; (3) ... ." wrapped over the lines of one paragraph ("a) ...; b) ...", "1° ...; 2° ..." and "af: 1. ...;
2. ..." alike). Each item is an afspraak when the lead-in agrees ("spreken partijen het volgende af:", "X zegt
toe:", or a lead-in that names a party whose items commit someone), and a fact when it reports ("In 2024 zijn (a)
42 woningen opgeleverd, (b) ..."). A marker counts only in a chain: the first after the lead-in, each next one the
next number of the same style right after a separator ("; (2)", ", (b)", "en (c)"), so a reference inside an item
("(zie 3.2)", "artikel 2 (a)", a footnote "woningen (1);", "in artikel 3. De ...") never splits it.

`join_inline_items` first puts back together the paragraphs that `clean` cut where a marker happened to start a
line; `inline_enumeration` reads one paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .commitment import agreement_verb, looks_like_commitment, names_party, reports
from .structure import fact_leadin, structure_lexicon
from .types import Block, Layout

# "(1)", "(a)", "(ii)", "1)", "a)", "iv)", "1°", "1.": a marker in running text, after a space (not "woningen(1)",
# "(zie 2)" or the "1." of "2.1."), before one (not "2.500" or "1.7.2025"); "(i)" is both the ninth letter and the
# first roman number
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
INLINE_MARKER = re.compile(
    r"(?<![\w(])(?:\((?P<pn>\d{1,2})\)|\((?P<pl>[a-z]|[ivx]{2,4})\)|(?P<cn>\d{1,2})\)|(?P<cl>[a-z]|[ivx]{2,4})\)"
    r"|(?P<dn>\d{1,2})°|(?<![.,])(?P<en>\d{1,2})\.)(?=\s)"
)
NUMBER_STYLES = ("pn", "cn", "dn", "en")
# "1. ...; 2. ...": a number and a full stop is also how a sentence may end ("... in artikel 3. De ..."), so the
# first such marker must open the list right after its lead-in's colon ("spreken af: 1. ...")
COLON_FIRST = frozenset({"en"})
# what separates two items: "; (2)", ", (b)", "; en (3)", "en (c)", "of (d)"
SEPARATOR = re.compile(r"(?:[;,]\s*(?:en|of)?|\s(?:en|of))\s*$")
TRAILING_LINK = re.compile(r"\s+(?:en|of)$")
SENTENCE_END = re.compile(r"(?<![A-Z.])(?<!\b[a-z])[.!?](?=\s+[A-Z“\"'(])")  # not "M.J. " or "o.a. "


SHORT_LEAD_IN = 6  # words: a lead-in naming a party and no more ("De gemeente:") agrees by itself


@dataclass(frozen=True, slots=True)
class InlineItem:
    number: str  # as the marker numbers it: "1", "a"
    marker: str  # as printed: "(1)", "a)", "1°"
    text: str  # the item without its marker, with its closing ";" or "."


@dataclass(frozen=True, slots=True)
class InlineList:
    lead: str  # the text before the first marker
    items: tuple[InlineItem, ...]
    tail: str  # what follows the last item's sentence in the paragraph

    @property
    def lead_in(self) -> str:
        """The lead-in sentence: the last sentence of the text before the first marker."""
        return re.split(r"(?<=[.!?])\s+(?=[A-Z])", self.lead.strip())[-1]


def _markers(text: str) -> list[tuple[str, int, int, int, str]]:
    """Every marker candidate as (style, ordinal, start, end, printed)."""
    found = []
    for m in INLINE_MARKER.finditer(text):
        style = m.lastgroup or ""
        value = m.group(style)
        if value.isdigit():
            found.append((style, int(value), m.start(), m.end(), m.group(0)))
            continue
        if len(value) == 1:
            found.append((style, ord(value) - ord("a") + 1, m.start(), m.end(), m.group(0)))
        if value in ROMAN:
            found.append((style + "r", ROMAN.index(value) + 1, m.start(), m.end(), m.group(0)))
    return found


def _chain(text: str, first: int = 1) -> list[tuple[str, int, int, int, str]]:
    """The longest chain of markers numbered first, first + 1, ... in one style, each after a separator (the
    first after the lead-in, not after a figure: "artikel 2 (a)")."""
    candidates = _markers(text)
    best: list[tuple[str, int, int, int, str]] = []
    for k, start in enumerate(candidates):
        if start[1] != first or re.search(r"\d\s*$", text[: start[2]]) \
                or start[0] in COLON_FIRST and not text[: start[2]].rstrip().endswith(":"):
            continue
        chain = [start]
        for cand in candidates[k + 1:]:
            last = chain[-1]
            if cand[0] == last[0] and cand[1] == last[1] + 1 and SEPARATOR.search(text[last[3]: cand[2]]):
                chain.append(cand)
        if len(chain) > len(best):
            best = chain
    return best


def inline_enumeration(text: str) -> InlineList | None:
    """The inline enumeration of a paragraph (two or more items numbered from 1 or a), or None."""
    if "(" not in text and ")" not in text and "°" not in text and ": 1." not in text:
        return None
    chain = _chain(text)
    if len(chain) < 2:
        return None
    items = []
    tail = ""
    for mark, nxt in zip(chain, [*chain[1:], None], strict=False):
        body = text[mark[3]: nxt[2] if nxt else len(text)].strip()
        if nxt is None:
            end = SENTENCE_END.search(body)
            if end:
                body, tail = body[: end.end()], body[end.end():].strip()
        else:
            body = TRAILING_LINK.sub("", body)
        number = str(mark[1]) if mark[0] in NUMBER_STYLES else ROMAN[mark[1] - 1] if mark[0].endswith("r") \
            else chr(ord("a") + mark[1] - 1)
        items.append(InlineItem(number, mark[4], body))
    return InlineList(text[: chain[0][2]], tuple(items), tail)


def _continues(paragraph: str, item: Block) -> bool:
    """Whether an item block goes on with the inline enumeration of the paragraph before it: its marker is the
    next of the paragraph's chain, or the paragraph ends in a lead-in colon and the item holds the next marker."""
    chain = _chain(paragraph)
    for style, ordinal, start, _, _ in _markers(f"{item.marker} x"):
        if start != 0:
            continue
        if ordinal == 1 and paragraph.rstrip().endswith(":") \
                and any(c[0] == style and c[1] == 2 for c in _chain(f"{item.marker} {item.text}")):
            return True
        if chain and chain[-1][0] == style and chain[-1][1] == ordinal - 1 \
                and SEPARATOR.search(paragraph[chain[-1][3]:]) is not None:
            return True
    return False


def join_inline_items(layout: Layout) -> Layout:
    """The layout with each item that `clean` cut from an inline enumeration (its marker at the start of a line,
    at the paragraph's own margin, or the whole enumeration set off under its lead-in) joined back to its
    paragraph."""
    out: list[Block] = []
    for block in layout.blocks:
        last = out[-1] if out else None
        if block.kind == "item" and block.marker and last is not None and last.kind == "paragraph" \
                and (abs(block.x0 - last.x0) < 3 or last.text.rstrip().endswith(":")) \
                and block.page <= (last.end_page or last.page) + 1 and _continues(last.text, block):
            out[-1] = replace(last, text=f"{last.text} {block.marker} {block.text}",
                              end_page=block.end_page or block.page)
            continue
        out.append(block)
    return layout if len(out) == len(layout.blocks) else replace(layout, blocks=tuple(out))


def agrees(listed: InlineList, names: Sequence[str] = ()) -> bool:
    """Whether an inline enumeration lists afspraken: its lead-in agrees (a verb of agreement, `agreement_verbs`
    in lexicon/structure.yaml, not a noun such as "afspraken" alone) or names a party and most items commit
    someone; never when the lead-in reports (facts, the past or perfect: "In 2024 zijn (a) ... opgeleverd")."""
    lead = listed.lead_in.strip()
    if not lead or fact_leadin().match(lead):
        return False
    opening = lead if lead.endswith(":") else f"{lead} {listed.items[0].text}"
    if reports(opening):
        return False
    nouns = {w.lower() for w in structure_lexicon()["agreement_nouns"]}
    if any(m.group(0).lower() not in nouns for m in agreement_verb().finditer(lead)):
        return True
    if not names_party(lead, names):
        return False
    if lead.endswith(":") and len(lead.split()) <= SHORT_LEAD_IN:
        return True  # "De gemeente:", "Reigersland en de gemeente:": the items complete it
    committing = sum(1 for item in listed.items if looks_like_commitment(item.text, names))
    return 2 * committing > len(listed.items)


def inline_afspraken(text: str, names: Sequence[str] = ()) -> tuple[tuple[str, str, str], ...]:
    """The afspraken of a paragraph that lists them inline, as (number, text, lead-in sentence); () for a paragraph
    without an inline enumeration or with one of facts (see `agrees`). A paragraph may hold more than one: each
    after the sentence that ends the one before (paragraphs printed without space between them read as one)."""
    listed = inline_enumeration(text)
    if listed is None:
        return ()
    found = tuple((item.number, item.text, listed.lead_in) for item in listed.items) if agrees(listed, names) else ()
    return found + inline_afspraken(listed.tail, names) if listed.tail else found
