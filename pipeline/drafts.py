"""The segmenter's drafts, open headings and state: shared by `segment` and `table_rows`, so no import cycle."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .clean import ENDS_SENTENCE
from .config import SegmentSettings
from .numbering import LAPSED
from .structure import attribute_kinds

# a link: with its scheme or "www.", or a bare web address as a site prints it ("Zoek op wilgenrade.nl")
URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w@.-])(?:[a-z][a-z0-9-]*\.)+(?-i:nl|com|org|net|eu|info|be)\b(?:/\S*)?(?!\.?\w)",
                 re.I)
BARE_DOMAIN_ENDS = (".nl", ".com", ".org", ".net", ".eu", ".info", ".be")
WORD = re.compile(r"[^\W\d_]{2,}")
# a web page's breadcrumb, its path of page names ("Home > Wonen > Prestatieafspraken > 2025"): navigation
BREADCRUMB = re.compile(r"^\s*[^>›»\n]{1,40}(?:\s[>›»]\s[^>›»\n]{1,40}){2,}")
LIST_LINK = re.compile(r"[;,]\s*(?:en|of)$")  # a list's next-to-last item: "... na te isoleren; en"


@dataclass
class Heading:
    level: int
    text: str
    party: str | None
    excluded: bool
    agreement: bool = False  # "Afspraken", "Wat spreken we af": its commitment paragraphs are afspraken
    size: float = 0.0
    caption: bool = False  # names only the table right under it ("Kerncijfers ..."): closed where the table ends
    page: int = 0  # where it stands (0: read from a table row)
    side: bool = False  # titles a box of a narrow side column (`side_columns`): closed where the main column goes on


@dataclass
class SegmentState:
    headings: list[Heading] = field(default_factory=list)
    table_roles: dict[str, int] | None = None
    table_read: bool = False  # the roles were read from a row's cells (a table without header), not a header row
    header_last: bool = False  # the last table row was a header row: a row of periods under it is its second
    table_page: int = 0
    table_top: float = 0.0  # top of the first row of the table on its current page
    article: Draft | None = None  # an 'Artikel N' whose paragraphs form one afspraak unless it holds items
    stopped: bool = False
    party_headings: frozenset[tuple[int, float, str]] = frozenset()  # see `parties.party_headings`
    is_commitment: Callable[[str], bool] | None = None  # the paragraph test under an agreement heading
    facts: bool = False  # under a lead-in of facts ("Ontwikkelingen in 2024:"): its bullets are no afspraken
    context: bool = False  # under a lead-in of context ("De ondergetekenden:"): its items are no afspraken
    summary: bool = False  # a letter to the raad (kennisgeving): a table cell of sentences is one afspraak each
    names: tuple[str, ...] = ()  # the document's party names, for lead-ins that name who commits
    year: int | None = None  # the year the document is about: a planning grid's periods are in it
    lead_in: str | None = None  # the lead-in the items below complete ("De gemeente:"), kept with each of them
    neutral: bool = False  # under a lead-in naming no one and no agreement: its figure bullets ("...: 141;") are facts
    matrix_row: dict[str | None, Draft] = field(default_factory=dict)  # the last party-matrix row, by party
    label_field: str | None = None  # the name a header row gives the label column ("Onderwerp" -> "onderwerp")
    row_label: str | None = None  # the label of the current row (or of the rows its cell spans)
    digit_chapters: bool = False  # some heading of the document is numbered with digits: a lettered one is no chapter
    numbered_paragraphs: bool = False  # every paragraph numbered (legal style): the number makes no afspraak
    agreement_sizes: frozenset[float] = frozenset()  # the sizes of its agreement sub-headings (and their siblings)
    page_start: bool = False  # the block read opens its page: nothing but headings or title lines before it there
    chapters: frozenset[str] = frozenset()  # the titles its contents list names (`listed_chapters`)
    side_columns: frozenset[tuple[int, int]] = frozenset()  # (page, column) of narrow side columns (`side_columns`)
    main_reading: tuple | None = None  # the main column's facts, context, lead_in, neutral, table_roles: kept in a box

    @property
    def agreement(self) -> bool:
        return bool(self.headings) and self.headings[-1].agreement

    @property
    def section(self) -> str | None:
        return " > ".join(h.text for h in self.headings) or None

    @property
    def party(self) -> str | None:
        return next((h.party for h in reversed(self.headings) if h.party), None)

    @property
    def excluded(self) -> bool:
        return any(h.excluded for h in self.headings)


@dataclass
class Draft:
    number: str | None
    style: str
    section: str | None
    party: str | None
    page: int
    top: float
    x0: float
    text: str
    end_page: int
    trekker: str | None = None
    planning: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    sublist: bool = False  # holds lettered sub-members ("a. ...; b. ...")
    lead_in: str | None = None  # the lead-in line this item completes ("De gemeente:")
    size: float = 0.0  # the item's type size (0 where unknown): a note set smaller under it is not its text

    def add_attributes(self, found: dict[str, str]) -> None:
        """Attributes read for this afspraak: who to trekker, when to planning, the rest by name."""
        for name, value in found.items():
            kind = attribute_kinds().get(name, "other")
            if kind == "who" and not self.trekker:
                self.trekker = value
            elif kind == "when" and not self.planning:
                self.planning = value
            elif kind == "other":
                self.attributes.setdefault(name, value)


def may_hold_url(text: str) -> bool:
    """False where URL cannot match: a quick test before the case-blind search, which tries every position."""
    lowered = text.lower()
    return "://" in text or "www." in lowered or any(end in lowered for end in BARE_DOMAIN_ENDS)


RUN_IN_NOTE = re.compile(r"^([^\W\d_][^:.]{2,30}):\s")  # "Vervallen: ...": a run-in label and its colon


def is_afspraak_text(text: str, style: str, settings: SegmentSettings) -> bool:
    """Whether an item's text reads like a commitment rather than a label, a reference or a link."""
    has_url = may_hold_url(text) and URL.search(text) is not None
    words = WORD.findall(URL.sub(" ", text) if has_url else text)
    if len(words) < settings.min_item_words or BREADCRUMB.match(text):
        return False
    if has_url and len(words) < 12:
        return False
    if style == "bullet" and not ENDS_SENTENCE.search(text) and not LIST_LINK.search(text) and len(words) < 10:
        return False  # a theme list: "Beschikbaarheid en betaalbaarheid"
    # "Vervallen: in 2025 zijn ... geplaatst" in a numbered box: a note that the afspraak of its number lapsed
    return (m := RUN_IN_NOTE.match(text)) is None or LAPSED.match(m.group(1)) is None
