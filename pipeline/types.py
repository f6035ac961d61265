"""Frozen records that flow between the stages: PDF -> pages of lines -> blocks -> Document -> Changes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

THEMES: tuple[str, ...] = (
    "beschikbaarheid_betaalbaarheid",
    "duurzaamheid_klimaat",
    "kwaliteit",
    "leefbaarheid",
    "overig",
)

DocumentType = Literal["prestatieafspraken", "bod", "kennisgeving", "other"]
BlockKind = Literal["heading", "paragraph", "item", "table_row"]
Status = Literal[
    "unchanged", "reworded", "weakened", "strengthened", "modified", "unclear", "new", "dropped",
    "split", "merged",
]
# Most telling first: how reports and listings order changes (split and merged beside the other changes to an
# afspraak, before what is only new or dropped).
STATUS_ORDER: tuple[str, ...] = ("weakened", "strengthened", "modified", "unclear", "split", "merged", "new", "dropped",
                                 "reworded", "unchanged")
ReasonKind = Literal["quantity", "deadline", "modality", "condition", "scope", "label"]


# the column number of the first of a row of drawn boxes side by side (`parse.boxes`), after the whitespace columns
# of a page (1, 2, 3, ... left to right, at most `parse.gutters.MAX_COLUMNS` of them)
BOX_COLUMN = 16
# the column number of the first box read apart from the panel it is drawn in or over (`parse.panels`: a key figure,
# a central circle), far past the panels' own columns: an aside, whose title stacks on the panel's (`side_columns`)
ASIDE_COLUMN = 1024


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text on a page, with its position (PDF points, origin top-left) and font."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    markers: tuple[str, ...] = ()  # superscript footnote markers taken out of the text
    column: int = 0  # 1, 2, ...: the whitespace columns of a page; BOX_COLUMN and up: a drawn box beside others
    lead_bold: int = 0  # a line not bold throughout that starts with bold words ("Nieuwbouw. Wij ..."): their length
    field: str = ""  # its last word, set apart far to the right ("loopt" in a status column): a field of an item
    tag: str = ""  # a status label set apart before its first word ("NIEUW" in a margin tag): never its text


@dataclass(frozen=True, slots=True)
class Table:
    """A ruled table on one page: rows of cell texts ("" for an empty cell, None for one merged into the left)."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    rows: tuple[tuple[str | None, ...], ...]  # "" for a drawn empty cell, None where a cell to the left spans
    # per row, the cells (None in `rows`) covered by a cell of a row above that spans down over it (a Word table's
    # vertically merged "Wie" cell); () where no cell spans rows
    spanned: tuple[tuple[int, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class NavTab:
    """One tab of a designed report's navigation strip at the page edge (`parse.tabs`): its label, where it
    stands and its fill (RGB 0-255); the tab filled apart from the others names the page's theme."""

    label: str
    x0: float
    top: float
    x1: float
    bottom: float
    rgb: tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Page:
    """One parsed page: its text lines in reading order and its ruled tables."""

    number: int
    width: float
    height: float
    lines: tuple[Line, ...]
    tables: tuple[Table, ...] = ()
    columns: int = 1
    skipped: bool = False  # not read: its content was over a safety limit
    # a notes page's slide frame (x0, top, x1, bottom; `parse.notes_pages`): the speaker's notes stand below it
    frame: tuple[float, float, float, float] | None = None
    tabs: tuple[NavTab, ...] = ()  # the navigation strip's tabs along one edge, in order (`parse.tabs`); never text
    band: NavTab | None = None  # a running band at the top or outer edge holding one label (`parse.bands`)


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote separated from the body text."""

    marker: str
    text: str
    page: int


@dataclass(frozen=True, slots=True)
class Block:
    """A run of body lines that belong together: a heading, a paragraph, a list item or a table row."""

    kind: BlockKind
    text: str
    page: int
    x0: float
    top: float
    size: float
    bold: bool = False
    marker: str | None = None  # list marker as printed ("1.", "2.1.3", "a)", "Afspraak 12:", "•")
    cells: tuple[str, ...] = ()  # table rows: the other cells (trekker, planning)
    end_page: int | None = None
    merged: tuple[int, ...] = ()  # table rows: the cells covered by the cell to their left (one spanning cell)
    spanned: tuple[int, ...] = ()  # table rows: those of `merged` covered by a cell of the row above spanning down
    column: int = 0  # the column of its first line (BOX_COLUMN and up: in a drawn box beside others)


@dataclass(frozen=True, slots=True)
class Layout:
    """The cleaned document: body blocks in reading order plus what was taken out."""

    blocks: tuple[Block, ...]
    footnotes: tuple[Footnote, ...] = ()
    removed_lines: int = 0
    pages: int = 0
    chapters: frozenset[str] = frozenset()  # the titles its contents list names (`listed_chapters.title_key`)
    side_columns: frozenset[tuple[int, int]] = frozenset()  # (page, column) of narrow side columns (`side_columns`)


@dataclass(frozen=True, slots=True)
class Afspraak:
    """One numbered commitment with provenance: number as printed, section path, party, page, exact text."""

    id: str
    number: str | None
    section: str | None
    party: str | None
    page: int
    text: str
    theme: str | None = None
    theme_scores: dict[str, float] | None = None
    trekker: str | None = None
    planning: str | None = None
    end_page: int | None = None
    # Other printed per-afspraak fields by their lowercased name ("status", "budget"); None when there are none.
    attributes: dict[str, str] | None = None
    # The theme and, where the content spans two, a second one, best first (their scores are in theme_scores);
    # theme is always the first. None when not classified.
    themes: list[str] | None = None
    # The lead-in line an unnumbered fragment completes ("De gemeente:", "X zeggen toe:"), never part of `text`;
    # the frame reads the two together. None where the afspraak stands alone.
    lead_in: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Afspraak:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What a document is: type, years covered and the parties named in it."""

    path: str
    sha256: str
    pages: int
    type: DocumentType = "other"
    years: tuple[int, ...] = ()
    gemeenten: tuple[str, ...] = ()
    corporaties: tuple[str, ...] = ()
    huurdersorganisaties: tuple[str, ...] = ()
    title: str | None = None
    # The year the document is about: the jaarschijf of a multi-year agreement, else its first year (what orders a
    # series); `years` stays the whole period. Filled from `years` when not given, as the former property was.
    year: int | None = None

    def __post_init__(self) -> None:
        if self.year is None and self.years:
            object.__setattr__(self, "year", self.years[0])

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("years", "gemeenten", "corporaties", "huurdersorganisaties"):
            d[key] = list(d[key])
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentMeta:
        names = {f.name for f in fields(cls)}
        d = {k: v for k, v in data.items() if k in names}
        for key in ("years", "gemeenten", "corporaties", "huurdersorganisaties"):
            if key in d:
                d[key] = tuple(d[key])
        return cls(**d)


@dataclass(frozen=True, slots=True)
class Document:
    """A PDF turned into its afspraken, with metadata and the footnotes kept aside."""

    meta: DocumentMeta
    afspraken: tuple[Afspraak, ...]
    footnotes: tuple[Footnote, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.meta.to_dict(),
            "afspraken": [a.to_dict() for a in self.afspraken],
            "footnotes": [asdict(f) for f in self.footnotes],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            meta=DocumentMeta.from_dict(data["document"]),
            afspraken=tuple(Afspraak.from_dict(a) for a in data["afspraken"]),
            footnotes=tuple(Footnote(**f) for f in data.get("footnotes", [])),
            warnings=tuple(data.get("warnings", [])),
        )


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit as it occurs in an afspraak ("700 woningen", "30%", "€ 60.000")."""

    value: float
    unit: str  # woningen, procent, euro, hectare, ... ("" when unknown)
    text: str
    low: float | None = None  # ranges: 75-135
    high: float | None = None
    noun: str | None = None  # the head noun the figure counts (woningen, zonnepanelen)
    indexed: bool = False  # an indexed reference amount (prijspeil, inkomensgrens)
    polarity: int = 1  # +1 more is stronger, -1 more is weaker for tenants (huurverhoging), 0 no known direction
    role: str = "amount"  # "amount", or "period" for a response time ("binnen vijf werkdagen")
    comparator: str = "exact"  # min (ten minste), max (maximaal, geen), approx (circa), range (75-135), exact
    # "comparator" when the object is unknown to the lexicon and the floor or cap gave the direction
    polarity_from: str = ""


@dataclass(frozen=True, slots=True)
class Deadline:
    """A point in time an afspraak commits to ("eind 2024", "voor 1 juli 2023", "Q3 2023")."""

    year: int
    month: int  # the last month the deadline allows: eind 2024 -> 12, medio 2024 -> 6
    text: str


@dataclass(frozen=True, slots=True)
class Features:
    """Commitment features of one afspraak: quantities, deadlines, labels, modality, conditions, scope."""

    quantities: tuple[Quantity, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    labels: tuple[str, ...] = ()  # energy label targets as printed: "B", "A++"
    conditions: tuple[str, ...] = ()
    scope: float | None = None  # 1.0 all ... 0.0 a pilot; None when no scope word found
    scope_terms: tuple[str, ...] = ()


ModalityLevel = Literal["firm", "intent", "explore", "discuss"]


@dataclass(frozen=True, slots=True)
class Frame:
    """What one afspraak commits to, slot by slot: who, how firmly, how much, by when, on which conditions."""

    actors: tuple[str, ...] = ()  # roles: gemeente, corporatie, huurdersorganisatie, partijen, other
    action: str | None = None  # the governing verb's lemma, particle in front ("beschikbaarstellen")
    object: str | None = None  # the head noun of its object
    modality: ModalityLevel | None = None  # None: nothing commits (a noun phrase, a heading)
    modal_terms: tuple[str, ...] = ()  # the words that set the level
    committed: bool = True  # False: the text only reports (past tense) or names something
    quantities: tuple[Quantity, ...] = ()
    deadline: Deadline | None = None  # the latest date named
    relative_year: int | None = None  # the deadline's year minus the document's year (0: this year)
    conditions: tuple[str, ...] = ()
    scope_terms: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("actors", "modal_terms", "conditions", "scope_terms"):
            d[key] = list(d[key])
        d["quantities"] = [asdict(q) for q in self.quantities]
        return d


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of evidence for a change: what kind, old and new value, and a plain explanation."""

    kind: ReasonKind
    old: str | None
    new: str | None
    explanation: str
    direction: int = 0  # +1 stronger, -1 weaker, 0 no direction

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Change:
    """One link between two documents: an afspraak kept, changed, new or dropped, with its reasons."""

    status: Status
    old: Afspraak | None
    new: Afspraak | None
    similarity: float | None = None
    reasons: tuple[Reason, ...] = ()
    group: int | None = None  # splits and merges: changes sharing a group belong together

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "old": self.old.to_dict() if self.old else None,
            "new": self.new.to_dict() if self.new else None,
            "similarity": self.similarity,
            "reasons": [r.to_dict() for r in self.reasons],
            "group": self.group,
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two documents and the changes that link their afspraken; every afspraak is in exactly one change."""

    old: Document
    new: Document
    changes: tuple[Change, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old.meta.to_dict(),
            "new": self.new.meta.to_dict(),
            "changes": [c.to_dict() for c in self.changes],
        }
