"""The party a heading stands for, in documents that group their afspraken per party.

Three forms: a heading that names an organisation of the document ("Gemeente Korenwolde", "Polderrand Wonen",
"Woongoed en Polderrand Wonen"); a heading about what one party does ("3 Wat de gemeente doet", "Afspraken met
Woonstichting X", "Artikel 9 Verplichtingen van de huurderskoepel"); and, only where a document has sub-blocks
headed by at least two such names, a collective heading among them ("Alle partijen", "Huurdersorganisaties").
A chapter "Afspraken <party>" names the party of every afspraak under its subheadings when the rest of its title is
one organisation of the document ("Afspraken gemeente X"); where a document has two or more such chapters, a chapter
"Afspraken <collective>" names the collective ("Afspraken huurdersorganisaties" -> "Huurdersorganisaties").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from .chapter_words import TITLE_DASH, WORD_CHAPTER
from .structure import structure_lexicon
from .types import Block, DocumentMeta

# A chapter or section marker before a heading's title: "3", "6.1.", "B", "IV", "§ 2", "Hoofdstuk 4",
# "Hoofdstuk drie –".
HEADING_MARKER = re.compile(r"^(?:" + WORD_CHAPTER + r"\s+" + TITLE_DASH + r"|(?:(?i:hoofdstuk|artikel|art\.)\s+)?"
                            r"(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z][.)]?|[IVX]{1,5}\.?|§\s*\d{1,2}\.?)\s+(?=\S))")
# "Wat de gemeente doet", "Wat Woonbedrijf X gaat doen", "Bijdrage van X", "Inzet van X".
ROLE_HEADING = re.compile(r"^(?:wat (?P<a>.+?) (?:doet|doen|gaat doen|gaan doen|bijdraagt|bijdragen|oppakt|oppakken)"
                          r"|(?:bijdrage|inzet|rol|taken|prestaties|verplichtingen|toezeggingen|inspanningen)"
                          r" van (?P<b>.+))$", re.IGNORECASE)
AFSPRAKEN_WITH = re.compile(r"afspraken (met|voor|van)\b", re.IGNORECASE)
# A chapter of one party's afspraken: "Afspraken gemeente X", "Afspraken met de corporaties"; the subject after it.
PARTY_CHAPTER = re.compile(r"^afspraken\s+(?:(?:met|voor|van)\s+)?(?:(?:de|het)\s+)?(?P<subject>.+)$", re.IGNORECASE)


@cache
def collective_parties() -> frozenset[str]:
    """Headings that name several parties at once (lexicon: collective_parties)."""
    return frozenset(w.lower() for w in structure_lexicon()["collective_parties"])


@cache
def agreement_heading() -> re.Pattern[str]:
    """A heading title or lead-in that opens afspraken ("Afspraken", "Wat spreken we af?", "Partijen spreken af:")."""
    words = sorted(structure_lexicon()["agreement_headings"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:?]?$", re.IGNORECASE)


def heading_title(heading: str) -> str:
    """A heading without its chapter marker and trailing colon: "3 Wat de gemeente doet:" -> "Wat de gemeente doet"."""
    return HEADING_MARKER.sub("", heading.strip().rstrip(":").strip())


def party_names(meta: DocumentMeta) -> list[str]:
    """The organisations of a document as its headings name them: corporaties, huurdersorganisaties, gemeenten."""
    return [*meta.corporaties, *meta.huurdersorganisaties, *(f"Gemeente {g}" for g in meta.gemeenten)]


def _word_in(part: str, name: str) -> bool:
    return _word_pattern(part).search(name) is not None


@lru_cache(maxsize=4096)
def _word_pattern(part: str) -> re.Pattern[str]:
    """`part` as a whole word, any case; kept per part: re's own cache of 512 patterns is emptied over and over on
    a corpus (each document's names and titles are patterns), so it compiled them again and again."""
    return re.compile(r"(?<!\w)" + re.escape(part) + r"(?!\w)", re.IGNORECASE)


def names_parties(title: str, names: Sequence[str]) -> bool:
    """Whether a heading's title is one organisation of the document, or several joined by commas and "en" each
    a (short) name of one: "Woongoed en Polderrand Wonen"."""
    if any(title.lower() == n.lower() for n in names):
        return True
    parts = re.split(r"\s*,\s*|\s+en\s+|\s*&\s*", title)
    return len(parts) >= 2 and all(p[:1].isupper() and any(_word_in(p, n) for n in names) for p in parts)


def resolve_party(subject: str, meta: DocumentMeta) -> str | None:
    """The organisation a heading's subject names: "de gemeente" is the document's gemeente, a name its own."""
    if re.fullmatch(r"(?:de )?gemeente", subject.strip(), re.IGNORECASE) and meta.gemeenten:
        return f"Gemeente {meta.gemeenten[0]}"
    found = [n for n in party_names(meta) if subject.lower() == n.lower() or _word_in(n, subject)]
    if not found:  # "de huurderskoepel": the one organisation with that word in its name
        bare = re.sub(r"^(?:de|het)\s+", "", subject.strip(), flags=re.IGNORECASE)
        found = [n for n in party_names(meta) if _word_in(bare, n)] if bare[:1].islower() else []
    return found[0] if len(found) == 1 else None


def chapter_party(title: str, meta: DocumentMeta) -> str | None:
    """The organisation a chapter heading "Afspraken <party>" stands for when the rest of the title is exactly one
    organisation of the document ("Afspraken gemeente Dorrewold" -> "Gemeente Dorrewold"), or "de gemeente"; not
    a title that only mentions one ("Afspraken over wonen in de gemeente X")."""
    m = PARTY_CHAPTER.match(title)
    if m is None:
        return None
    subject = m.group("subject").strip()
    if subject.lower() == "gemeente" and meta.gemeenten:
        return f"Gemeente {meta.gemeenten[0]}"
    return next((n for n in party_names(meta) if n.lower() == subject.lower()), None)


def _has_items(blocks: Sequence[Block], i: int) -> bool:
    """Whether afspraken (items or table rows) follow heading i before a heading set as large as it."""
    for block in blocks[i + 1:]:
        if block.kind in ("item", "table_row"):
            return True
        if block.kind == "heading" and block.size >= blocks[i].size - 0.5:
            return False
    return False


def party_headings(blocks: Sequence[Block], meta: DocumentMeta) -> frozenset[tuple[int, float, str]]:
    """The headings (page, top, text) that name organisations of the document and have afspraken (items or table
    rows) directly under them, and the chapters "Afspraken <party>" with afspraken under their subheadings; a
    letterhead (an address, a letter under it) or a cover page listing the parties as headings does not count."""
    names = party_names(meta)
    found = set()
    for i, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        title = heading_title(block.text)
        if names_parties(title, names):
            if i + 1 < len(blocks) and blocks[i + 1].kind in ("item", "table_row"):
                found.add((block.page, block.top, block.text))
        elif chapter_party(title, meta) and _has_items(blocks, i):
            found.add((block.page, block.top, block.text))
    return frozenset(found)


def party_of(block: Block, meta: DocumentMeta, headings: frozenset[tuple[int, float, str]] = frozenset()) -> str | None:
    """The party whose afspraken follow a heading, or None (see the module docstring).

    Args:
        headings: the document's `party_headings`; where there are two or more, collective headings count too.
    """
    title = heading_title(block.text)
    if (block.page, block.top, block.text) in headings:
        return chapter_party(title, meta) or title
    chapters = {h[2] for h in headings if PARTY_CHAPTER.match(heading_title(h[2]))}
    if len({h[2] for h in headings} - chapters) >= 2 and title.lower() in collective_parties():
        return title
    chapter = PARTY_CHAPTER.match(title)
    if chapter and len(chapters) >= 2 and chapter.group("subject").lower() in collective_parties():
        return chapter.group("subject")[:1].upper() + chapter.group("subject")[1:]  # "Afspraken huurdersorganisaties"
    role = ROLE_HEADING.match(title)
    if role:
        return resolve_party(role.group("a") or role.group("b"), meta)
    corporaties = meta.corporaties
    if names_parties(title, party_names(meta)):
        return None  # a bare name heads afspraken only as `party_headings` found it; else a letterhead or a cover
    named = [c for c in corporaties if re.search(r"\b" + re.escape(c) + r"\b", block.text, re.I)]
    if len(named) != 1:
        return None
    return named[0] if AFSPRAKEN_WITH.search(block.text) or len(corporaties) >= 2 else None
