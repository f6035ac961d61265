#!/usr/bin/env python
"""Render the afspraken corpus: YAML sources -> PDFs and gold JSON (see corpus/SCHEMA.md).

Usage: python corpus/build.py [--sources DIR] [--out DIR] [--check]

The build is deterministic: the same sources give byte-identical PDFs and gold files, and --check rebuilds into
a temporary directory and fails when anything differs from the committed output.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from reportlab import rl_config

rl_config.invariant = 1  # fixed timestamps and document ids: repeatable PDFs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

CORPUS_DIR = Path(__file__).resolve().parent
THEMES = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig")
STATUSES = ("unchanged", "reworded", "weakened", "strengthened")
KINDS = ("quantity", "deadline", "modality", "condition", "scope", "label")
HARD_NEGATIVES = ("recurring_year", "indexed_amount", "same_figures")
LIST_STYLES = ("numbered", "bullets", "letters")
BOD = "bod"
MAX_PASSES = 10


class SourceError(Exception):
    """A source file breaks SCHEMA.md; the message names the file and the key."""


# ---------------------------------------------------------------------------------------------------------------
# Editions and per-year values
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Edition:
    """Which document of a family is rendered: the agreement of `year`, or the bod preceding agreement `year`."""
    year: int
    is_bod: bool = False

    @property
    def fallback_year(self) -> int:
        """The latest year whose values apply: the bod is written in the year before the agreement."""
        return self.year - 1 if self.is_bod else self.year


def year_key(key) -> int | str | None:
    """Normalise a per-year mapping key (2022, "2022", "bod"); None when it is not one."""
    if key == BOD:
        return BOD
    if isinstance(key, int) and not isinstance(key, bool):
        return key
    if isinstance(key, str) and key.isdigit():
        return int(key)
    return None


def is_year_mapping(value) -> bool:
    """True for a per-year mapping such as {2021: "...", bod: "..."}."""
    return isinstance(value, dict) and bool(value) and all(year_key(k) is not None for k in value)


def pick(value, edition: Edition, required: bool = False):
    """The value for an edition: plain values as they are; mappings fall back to the nearest earlier year."""
    if not is_year_mapping(value):
        return value
    by_year = {year_key(k): v for k, v in value.items()}
    if edition.is_bod and BOD in by_year:
        return by_year[BOD]
    years = sorted(y for y in by_year if y != BOD)
    earlier = [y for y in years if y <= edition.fallback_year]
    if earlier:
        return by_year[earlier[-1]]
    return by_year[years[0]] if required and years else None


def fill(text: str, edition: Edition) -> str:
    """Substitute {year}, {next} and {prev}."""
    year = edition.year
    return (text.replace("{year}", str(year)).replace("{next}", str(year + 1))
            .replace("{prev}", str(year - 1)))


def text_for(value, edition: Edition, required: bool = False) -> str | None:
    """Pick and fill a text field for an edition."""
    picked = pick(value, edition, required)
    return None if picked is None else fill(str(picked), edition)


# ---------------------------------------------------------------------------------------------------------------
# Source model and validation
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FootnoteSource:
    after: str
    text: str


@dataclass(frozen=True)
class Version:
    """One year's (or the bod's) version of an afspraak, with `same` already resolved."""
    text: str
    status: str | None = None
    kinds: tuple[str, ...] = ()
    hard_negative: str | None = None
    bod_status: str | None = None
    bod_kinds: tuple[str, ...] = ()
    order: float | None = None
    section: str | None = None
    planning: str | None = None
    footnote: FootnoteSource | None = None


@dataclass(frozen=True)
class AfspraakSource:
    key: str
    section: str
    theme: str
    trekker: str
    planning: str
    versions: dict  # year (int) or "bod" -> Version

    def section_at(self, year: int) -> str:
        """The section key in a year: the latest `section` override up to that year, else the base section."""
        years = sorted(y for y, v in self.versions.items() if y != BOD and y <= year and v.section)
        moved = [self.versions[y].section for y in years]
        return moved[-1] if moved else self.section


@dataclass(frozen=True)
class SectionSource:
    key: str
    title: object
    parent: str | None
    intro: object
    party: str | None


@dataclass
class Family:
    path: Path
    family: str
    gemeente: str
    corporaties: list[str]
    huurdersorganisaties: list[str]
    layout: str
    years: list[int]
    bod_year: int | None
    title: object
    subtitle: object
    preamble: list
    definitions: list
    sections: list[SectionSource]
    afspraken: list[AfspraakSource]
    closing: list
    signature: dict
    attachments: list

    def section(self, key: str) -> SectionSource:
        return next(s for s in self.sections if s.key == key)

    def children(self, key: str | None) -> list[SectionSource]:
        return [s for s in self.sections if s.parent == key]


@dataclass
class Notice:
    path: Path
    family: str
    year: int
    gemeente: str
    title: str
    meta: list[str]
    blocks: list[dict]
    signature: dict
    attachments: list[str]
    links: list[str]


class Validator:
    """Raises SourceError messages that name the file and the offending key."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, where: str, message: str):
        raise SourceError(f"{self.path.name}: {where}: {message}")

    def require(self, data: dict, key: str, where: str = "top level"):
        if key not in data or data[key] in (None, ""):
            self.fail(where, f"missing required key '{key}'")
        return data[key]

    def one_of(self, value, allowed: Iterable[str], where: str, what: str):
        if value not in allowed:
            self.fail(where, f"{what} {value!r} is not one of {', '.join(allowed)}")
        return value

    def kinds(self, value, where: str, what: str) -> tuple[str, ...]:
        items = value if isinstance(value, list) else [value]
        for kind in items:
            self.one_of(kind, KINDS, where, f"a value in {what}")
        return tuple(items)

    def text(self, value, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(where, "text must be a non-empty string")
        if "\n" in value.strip():
            self.fail(where, "text must be one paragraph without line breaks")
        if value.strip()[0].isdigit():
            self.fail(where, "text must not start with a digit")
        return " ".join(value.split())


def load_source(path: Path) -> Family | Notice:
    """Read and validate one source file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise SourceError(f"{path.name}: not valid YAML: {err}") from err
    if not isinstance(data, dict):
        raise SourceError(f"{path.name}: top level must be a mapping")
    if data.get("kind") == "kennisgeving":
        return load_notice(path, data)
    return load_family(path, data)


def load_family(path: Path, data: dict) -> Family:
    """Validate a family file and resolve its afspraak versions."""
    check = Validator(path)
    for key in ("family", "gemeente", "corporaties", "huurdersorganisaties", "layout", "years", "title",
                "sections", "afspraken", "signature"):
        check.require(data, key)
    check.one_of(data["layout"], FAMILY_LAYOUTS, "layout", "layout")
    years = [int(y) for y in data["years"]]
    if years != sorted(set(years)):
        check.fail("years", "years must be increasing")
    bod_year = data.get("bod_year")
    if bod_year is not None and bod_year not in years:
        check.fail("bod_year", f"{bod_year} is not one of the family's years")
    sections = load_sections(check, data["sections"])
    section_keys = {s.key for s in sections}
    afspraken = []
    for index, raw in enumerate(data["afspraken"]):
        afspraak = load_afspraak(check, raw, index, years, bod_year, section_keys)
        if any(a.key == afspraak.key for a in afspraken):
            check.fail(f"afspraken.{afspraak.key}", "duplicate key")
        afspraken.append(afspraak)
    check.require(data["signature"], "place", "signature")
    check.require(data["signature"], "date", "signature")
    return Family(
        path=path, family=data["family"], gemeente=data["gemeente"], corporaties=list(data["corporaties"]),
        huurdersorganisaties=list(data["huurdersorganisaties"]), layout=data["layout"], years=years,
        bod_year=bod_year, title=data["title"], subtitle=data.get("subtitle", ""),
        preamble=list(data.get("preamble") or []), definitions=list(data.get("definitions") or []),
        sections=sections, afspraken=afspraken, closing=list(data.get("closing") or []),
        signature=data["signature"], attachments=list(data.get("attachments") or []),
    )


def load_sections(check: Validator, raw_sections: list) -> list[SectionSource]:
    """Validate sections: unique keys, parents defined before their children."""
    sections: list[SectionSource] = []
    for raw in raw_sections:
        key = check.require(raw, "key", "sections")
        where = f"sections.{key}"
        check.require(raw, "title", where)
        if any(s.key == key for s in sections):
            check.fail(where, "duplicate section key")
        parent = raw.get("parent")
        if parent is not None and not any(s.key == parent for s in sections):
            check.fail(where, f"parent '{parent}' is not a section defined before it")
        sections.append(SectionSource(key=key, title=raw["title"], parent=parent, intro=raw.get("intro"),
                                      party=raw.get("party")))
    return sections


def load_afspraak(check: Validator, raw: dict, index: int, years: list[int], bod_year: int | None,
                  section_keys: set[str]) -> AfspraakSource:
    """Validate one afspraak and resolve `same` versions against the previous year."""
    key = check.require(raw, "key", f"afspraken[{index}]")
    where = f"afspraken.{key}"
    section = check.require(raw, "section", where)
    if section not in section_keys:
        check.fail(where, f"section '{section}' does not exist")
    check.one_of(raw.get("theme"), THEMES, where, "theme")
    raw_versions = check.require(raw, "versions", where)
    if not isinstance(raw_versions, dict):
        check.fail(where, "versions must be a mapping")
    by_year = {}
    for k, v in raw_versions.items():
        year = year_key(k)
        if year is None or (year != BOD and year not in years):
            check.fail(f"{where}.versions", f"'{k}' is not one of the family's years")
        if year == BOD and bod_year is None:
            check.fail(f"{where}.versions", "a bod version but the family has no bod_year")
        by_year[year] = v
    versions = {}
    if BOD in by_year:
        versions[BOD] = load_version(check, f"{where}.versions.bod", by_year[BOD], None, section_keys)
    for position, year in enumerate(years):
        if year not in by_year:
            continue
        previous = versions.get(years[position - 1]) if position else None
        version = load_version(check, f"{where}.versions.{year}", by_year[year], previous, section_keys)
        if year == bod_year:
            version = with_bod_link(check, f"{where}.versions.{year}", version, by_year[year], versions.get(BOD))
        elif isinstance(by_year[year], dict) and ("bod_status" in by_year[year] or "bod_kinds" in by_year[year]):
            check.fail(f"{where}.versions.{year}", "bod_status only belongs on the bod_year version")
        versions[year] = version
    if not versions:
        check.fail(where, "no versions")
    return AfspraakSource(key=key, section=section, theme=raw["theme"], trekker=str(raw.get("trekker", "")),
                          planning=str(raw.get("planning", "")), versions=versions)


def load_version(check: Validator, where: str, raw, previous: Version | None, section_keys: set[str]) -> Version:
    """One version; `same` copies the previous year's version with status unchanged."""
    if raw == "same":
        if previous is None:
            check.fail(where, "'same' but there is no version in the previous year")
        return replace(previous, status="unchanged", kinds=(), hard_negative=None, bod_status=None, bod_kinds=())
    if not isinstance(raw, dict):
        check.fail(where, "a version is 'same' or a mapping with 'text'")
    unknown = set(raw) - {"text", "status", "kinds", "hard_negative", "bod_status", "bod_kinds", "order",
                          "section", "planning", "footnote"}
    if unknown:
        check.fail(where, f"unknown keys {sorted(unknown)}")
    text = check.text(raw.get("text"), where)
    status = version_status(check, where, raw.get("status"), text, previous)
    kinds = status_kinds(check, where, status, raw.get("kinds"), "kinds")
    hard_negative = raw.get("hard_negative")
    if hard_negative is not None:
        check.one_of(hard_negative, HARD_NEGATIVES, where, "hard_negative")
        if status not in ("reworded", "unchanged"):
            check.fail(where, "hard_negative only goes with status reworded or unchanged")
    section = raw.get("section")
    if section is not None and section not in section_keys:
        check.fail(where, f"section '{section}' does not exist")
    order = raw.get("order")
    if order is not None and not isinstance(order, (int, float)):
        check.fail(where, "order must be a number")
    return Version(text=text, status=status, kinds=kinds, hard_negative=hard_negative, order=order,
                   section=section, planning=None if raw.get("planning") is None else str(raw["planning"]),
                   footnote=load_footnote(check, where, raw.get("footnote"), text))


def version_status(check: Validator, where: str, status: str | None, text: str, previous: Version | None) -> str | None:
    """A version's status against the previous year's: given, or "unchanged" for the same text."""
    if previous is None and status is not None:
        check.fail(where, f"status '{status}' but there is no version in the previous year")
    if previous is not None:
        status = status or ("unchanged" if text == previous.text else None)
        if status is None:
            check.fail(where, "missing status (the previous year has a version with another text)")
        check.one_of(status, STATUSES, where, "status")
        if (status == "unchanged") != (text == previous.text):
            check.fail(where, f"status '{status}' does not fit: the text is "
                              f"{'identical to' if text == previous.text else 'different from'} the previous year")
    return status


def status_kinds(check: Validator, where: str, status: str | None, raw_kinds, what: str) -> tuple[str, ...]:
    """Kinds belong to weakened/strengthened links only, and those need at least one."""
    if status in ("weakened", "strengthened"):
        if not raw_kinds:
            check.fail(where, f"status '{status}' needs {what}")
        return check.kinds(raw_kinds, where, what)
    if raw_kinds:
        check.fail(where, f"{what} only go with weakened or strengthened")
    return ()


def with_bod_link(check: Validator, where: str, version: Version, raw, bod: Version | None) -> Version:
    """Attach bod_status/bod_kinds to the bod_year version (inferred `unchanged` for identical texts)."""
    raw = raw if isinstance(raw, dict) else {}
    status = raw.get("bod_status")
    if bod is None:
        if status is not None:
            check.fail(where, "bod_status but the afspraak has no bod version (it is new in the negotiation)")
        return version
    if status is None:
        if version.text != bod.text:
            check.fail(where, "missing bod_status (the bod version has another text)")
        status = "unchanged"
    check.one_of(status, STATUSES, where, "bod_status")
    if (status == "unchanged") != (version.text == bod.text):
        check.fail(where, f"bod_status '{status}' does not fit the texts of the bod and this version")
    kinds = status_kinds(check, where, status, raw.get("bod_kinds"), "bod_kinds")
    return replace(version, bod_status=status, bod_kinds=kinds)


def load_footnote(check: Validator, where: str, raw, text: str) -> FootnoteSource | None:
    """A footnote's `after` word must occur in the text."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or not raw.get("after") or not raw.get("text"):
        check.fail(f"{where}.footnote", "a footnote needs 'after' and 'text'")
    if str(raw["after"]) not in text:
        check.fail(f"{where}.footnote", f"'after' word {raw['after']!r} does not occur in the text")
    return FootnoteSource(after=str(raw["after"]), text=" ".join(str(raw["text"]).split()))


def load_notice(path: Path, data: dict) -> Notice:
    """Validate a kennisgeving file."""
    check = Validator(path)
    for key in ("family", "year", "gemeente", "title", "blocks", "signature"):
        check.require(data, key)
    for b, block in enumerate(data["blocks"]):
        where = f"blocks[{b}]"
        check.require(block, "heading", where)
        for a, afspraak in enumerate(block.get("afspraken") or []):
            item_where = f"{where}.afspraken[{a}]"
            text = check.text(afspraak.get("text"), item_where)
            check.one_of(afspraak.get("theme"), THEMES, item_where, "theme")
            load_footnote(check, item_where, afspraak.get("footnote"), text)
    return Notice(path=path, family=data["family"], year=int(data["year"]), gemeente=data["gemeente"],
                  title=data["title"], meta=list(data.get("meta") or []), blocks=list(data["blocks"]),
                  signature=data["signature"], attachments=list(data.get("attachments") or []),
                  links=list(data.get("links") or []))


# ---------------------------------------------------------------------------------------------------------------
# Layouts: how headings and afspraken are numbered and how pages look
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Position:
    """Where an afspraak sits: the raw counters from which a layout computes its number."""
    chapter: int
    path: tuple[int, ...]
    in_chapter: int
    in_section: int
    in_document: int


def letters(n: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa."""
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


@dataclass(frozen=True)
class Layout:
    """A family's visual and numbering style: a small strategy consulted by assembly and rendering."""
    name: str
    chapter_format: str                          # "{n} {title}", "{n}. {title}" or "{title}"
    sub_format: str                              # "{path} {title}" or "{title}"
    number: Callable[[Position], str | None]     # the afspraak number as printed, without punctuation
    label: Callable[[str | None], str]           # what is printed before the text
    items: str                                   # "hanging", "inline" or "table"
    header: str                                  # running header template; "" for none
    footer: str                                  # footer template with {page}, {total} and {year}
    footer_align: str = "right"
    header_align: str = "left"
    number_front: bool = False                   # preamble, definitions and closing are numbered chapters
    columns: int = 1
    justify: bool = True
    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    italic: str = "Helvetica-Oblique"
    size: float = 10
    leading: float = 13
    hang: float = 28                             # hanging indent of numbered items
    heading_boost: tuple[float, float, float] = (4, 1.5, 0.5)   # heading sizes above the body size, per level
    accent: str = "#1f4e79"
    cover: bool = True


LAYOUTS = {
    "decimal": Layout(
        name="decimal", chapter_format="{n} {title}", sub_format="{title}",
        number=lambda p: f"{p.chapter}.{p.in_chapter}", label=lambda n: n, items="hanging",
        header="{title} | Gemeente {gemeente} – {parties}", footer="Pagina {page} van {total}",
        number_front=True, hang=30, accent="#1f4e79"),
    "deep": Layout(
        name="deep", chapter_format="{n} {title}", sub_format="{path} {title}",
        number=lambda p: ".".join(map(str, p.path)) + f".{p.in_section}", label=lambda n: n, items="hanging",
        header="{title} gemeente {gemeente}", header_align="right", footer="- {page} -", footer_align="center",
        size=9.5, leading=12.5, hang=38, accent="#2e6b30"),
    "table": Layout(
        name="table", chapter_format="{n}. {title}", sub_format="{title}",
        number=lambda p: f"{p.chapter}.{p.in_chapter}", label=lambda n: n, items="table",
        header="{gemeente} | {title}", footer="{page}", number_front=True, size=9.5, leading=12.5,
        accent="#7a2e2e"),
    "twocol_bullets": Layout(
        name="twocol_bullets", chapter_format="{title}", sub_format="{title}",
        number=lambda p: None, label=lambda n: "•", items="hanging",
        header="{title} – {gemeente}", footer="{page}", footer_align="center", columns=2,
        size=9, leading=11.5, hang=10, accent="#00707a"),
    "afspraak_multi": Layout(
        name="afspraak_multi", chapter_format="{n}. {title}", sub_format="{path} {title}",
        number=lambda p: str(p.in_document), label=lambda n: f"Afspraak {n}:", items="inline",
        header="{title} gemeente {gemeente}", footer="{page}/{total}", number_front=True, accent="#5b3a7a"),
    "letter": Layout(
        name="letter", chapter_format="{n}. {title}", sub_format="{title}",
        number=lambda p: letters(p.in_section), label=lambda n: f"{n})", items="hanging",
        header="Gemeente {gemeente} | {title}", footer="Pagina {page}", footer_align="left", justify=False,
        font="Times-Roman", bold="Times-Bold", italic="Times-Italic", size=10.5, leading=13.5, hang=20,
        accent="#444444"),
}
FAMILY_LAYOUTS = tuple(LAYOUTS)

BOD_LAYOUT = Layout(
    name="bod", chapter_format="{n}. {title}", sub_format="{title}",
    number=lambda p: str(p.in_chapter), label=lambda n: f"{n}.", items="hanging",
    header="{corporatie}", footer="Bod {year} | pagina {page} van {total}", footer_align="center",
    size=10, leading=13.5, hang=20, accent="#b05a00", cover=False)

NOTICE_LAYOUT = Layout(
    name="kennisgeving", chapter_format="{title}", sub_format="{title}",
    number=lambda p: str(p.in_section), label=lambda n: f"{n}.", items="hanging",
    header="", footer="{page}", justify=False, size=9.5, leading=12.2, hang=19.8, accent="#000000", cover=False,
    heading_boost=(0, 0, 0))


# ---------------------------------------------------------------------------------------------------------------
# Documents: what is printed, in reading order
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Note:
    number: int
    after: str
    text: str


@dataclass(frozen=True)
class Item:
    """An afspraak as printed."""
    key: str
    number: str | None
    label: str
    text: str
    theme: str
    section: str
    party: str | None
    trekker: str = ""
    planning: str = ""
    note: Note | None = None


@dataclass(frozen=True)
class Heading:
    text: str
    level: int
    toc: bool = True


@dataclass(frozen=True)
class Text:
    text: str
    style: str = "body"


@dataclass(frozen=True)
class Listing:
    items: tuple[str, ...]
    style: str = "numbered"


@dataclass(frozen=True)
class Glossary:
    entries: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Afspraken:
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Signatures:
    intro: str
    signatories: tuple[tuple[str, str, str], ...]
    style: str = "table"  # "table", "letter" or "council"


@dataclass(frozen=True)
class Cover:
    title: str
    subtitle: str
    parties: tuple[str, ...]
    year: str
    date: str


@dataclass
class Document:
    meta: dict
    layout: Layout
    header: str
    blocks: list
    cover: Cover | None = None
    title: str = ""

    @property
    def items(self) -> list[Item]:
        return [item for block in self.blocks if isinstance(block, Afspraken) for item in block.items]


class Outline:
    """Numbers headings and afspraken while a document is assembled, and tracks the heading path and party."""

    def __init__(self, layout: Layout):
        self.layout = layout
        self.counters: list[int] = []
        self.trail: list[str] = []
        self.parties: list[str | None] = []
        self.in_chapter = self.in_section = self.in_document = 0
        self.notes = 0

    def heading(self, title: str, level: int = 1, numbered: bool = True, party: str | None = None,
                toc: bool = True) -> Heading:
        """Open a heading; returns it as printed."""
        if numbered:
            current = self.counters[level - 1] if len(self.counters) >= level else 0
            self.counters = self.counters[:level - 1] + [current + 1]
            self.counters += [1] * (level - len(self.counters))
        if level == 1:
            self.in_chapter = 0
            text = self.layout.chapter_format.format(n=self.counters[0], title=title) if numbered else title
        else:
            text = self.layout.sub_format.format(path=".".join(map(str, self.counters[:level])), title=title)
        self.in_section = 0
        self.trail = self.trail[:level - 1] + [text]
        self.parties = self.parties[:level - 1] + [party]
        return Heading(text=text, level=level, toc=toc)

    def item(self, key: str, text: str, theme: str, footnote: FootnoteSource | None = None,
             trekker: str = "", planning: str = "", party: str | None = None) -> Item:
        """Number the next afspraak in the current section."""
        self.in_chapter += 1
        self.in_section += 1
        self.in_document += 1
        position = Position(chapter=self.counters[0] if self.counters else 0, path=tuple(self.counters),
                            in_chapter=self.in_chapter, in_section=self.in_section, in_document=self.in_document)
        number = self.layout.number(position)
        note = None
        if footnote is not None:
            self.notes += 1
            note = Note(number=self.notes, after=footnote.after, text=footnote.text)
        enclosing = [p for p in self.parties if p]
        return Item(key=key, number=number, label=self.layout.label(number), text=text, theme=theme,
                    section=" > ".join(self.trail), party=party or (enclosing[-1] if enclosing else None),
                    trekker=trekker, planning=planning, note=note)


def text_blocks(raw_block: dict, edition: Edition) -> list:
    """Paragraphs and an optional list of a preamble or closing block."""
    blocks = []
    for paragraph in raw_block.get("paragraphs") or []:
        text = text_for(paragraph, edition)
        if text:
            blocks.append(Text(text))
    listing = raw_block.get("list")
    if listing:
        items = tuple(t for t in (text_for(i, edition) for i in listing.get("items") or []) if t)
        style = listing.get("style", "numbered")
        blocks.append(Listing(items, style if style in LIST_STYLES else "bullets"))
    return blocks


def signatory_rows(raw: list) -> tuple[tuple[str, str, str], ...]:
    """Signatories as (organisation, name, function), short rows padded."""
    rows = []
    for row in raw or []:
        row = [str(cell or "") for cell in (row if isinstance(row, list) else [row])] + ["", "", ""]
        rows.append(tuple(row[:3]))
    return tuple(rows)


def parties_line(fam: Family) -> str:
    return " – ".join(fam.corporaties + fam.huurdersorganisaties)


def agreement_document(fam: Family, year: int) -> Document:
    """The prestatieafspraken document of one year."""
    edition = Edition(year)
    layout = LAYOUTS[fam.layout]
    outline = Outline(layout)
    title = text_for(fam.title, edition, required=True)
    date = text_for(fam.signature["date"], edition, required=True)
    blocks: list = []
    for raw in fam.preamble:
        blocks.append(outline.heading(text_for(raw.get("heading"), edition, required=True),
                                      numbered=layout.number_front))
        blocks += text_blocks(raw, edition)
    if fam.definitions:
        blocks.append(outline.heading("Begrippen", numbered=layout.number_front))
        blocks.append(Glossary(tuple((text_for(t, edition) or "", text_for(d, edition) or "")
                                     for t, d in fam.definitions)))
    blocks += section_blocks(fam, edition, outline, None, 1)
    for raw in fam.closing:
        blocks.append(outline.heading(text_for(raw.get("heading"), edition, required=True),
                                      numbered=layout.number_front))
        blocks += text_blocks(raw, edition)
    blocks += ending_blocks(fam, edition, outline, date)
    meta = document_meta(fam, f"{fam.family}-{year}", "prestatieafspraken", year, layout.name)
    cover = Cover(title=title, subtitle=text_for(fam.subtitle, edition) or "",
                  parties=tuple([f"Gemeente {fam.gemeente}"] + fam.corporaties + fam.huurdersorganisaties),
                  year=f"Jaarschijf {year}", date=date)
    header = layout.header.format(title=title, gemeente=fam.gemeente, parties=parties_line(fam), year=year)
    return Document(meta=meta, layout=layout, header=header, blocks=blocks, cover=cover, title=title)


def ending_blocks(fam: Family, edition: Edition, outline: Outline, date: str) -> list:
    """Signature block and Bijlagen."""
    place = text_for(fam.signature["place"], edition, required=True)
    blocks = [outline.heading("Ondertekening", numbered=False),
              Signatures(f"Aldus overeengekomen en ondertekend te {place} op {date}.",
                         signatory_rows(fam.signature.get("signatories")))]
    attachments = [t for t in (text_for(a, edition) for a in fam.attachments) if t]
    if attachments:
        blocks += [outline.heading("Bijlagen", numbered=False), Listing(tuple(attachments), "numbered")]
    return blocks


def present(afspraak: AfspraakSource, edition: Edition) -> Version | None:
    """The afspraak's version in an edition, or None when absent."""
    return afspraak.versions.get(BOD if edition.is_bod else edition.year)


def ordered(entries: list[tuple[int, AfspraakSource, Version]]) -> list[tuple[int, AfspraakSource, Version]]:
    """Order afspraken within a section: `order` is a 1-based position that wins ties, otherwise list order."""
    def sort_key(entry):
        rank, (index, _, version) = entry
        explicit = version.order is not None
        return (version.order if explicit else rank + 1, 0 if explicit else 1, index)
    return [e for _, e in sorted(enumerate(entries), key=sort_key)]


def section_blocks(fam: Family, edition: Edition, outline: Outline, parent: str | None, level: int) -> list:
    """Headings, intros and afspraken of the sections under `parent` in one year (empty sections skipped)."""
    blocks = []
    for section in fam.children(parent):
        own = ordered([(i, a, v) for i, a in enumerate(fam.afspraken)
                       if (v := present(a, edition)) and a.section_at(edition.year) == section.key])
        intro = text_for(section.intro, edition)
        if not own and not intro and not has_afspraken(fam, edition, section.key):
            continue
        blocks.append(outline.heading(text_for(section.title, edition, required=True), level, party=section.party))
        if intro:
            blocks.append(Text(intro))
        if own:
            blocks.append(Afspraken(tuple(
                outline.item(a.key, fill(v.text, edition), a.theme, fill_note(v.footnote, edition), a.trekker,
                             fill(v.planning if v.planning is not None else a.planning, edition))
                for _, a, v in own)))
        blocks += section_blocks(fam, edition, outline, section.key, level + 1)
    return blocks


def fill_note(note: FootnoteSource | None, edition: Edition) -> FootnoteSource | None:
    return None if note is None else FootnoteSource(after=note.after, text=fill(note.text, edition))


def has_afspraken(fam: Family, edition: Edition, section_key: str) -> bool:
    """Whether any afspraak of the edition sits in the section or below it."""
    keys = {section_key}
    for section in fam.sections:
        if section.parent in keys:
            keys.add(section.key)
    return any(present(a, edition) and a.section_at(edition.year) in keys for a in fam.afspraken)


def document_meta(fam: Family, doc_id: str, doc_type: str, year: int, layout: str) -> dict:
    return {"id": doc_id, "family": fam.family, "type": doc_type, "year": year, "gemeente": fam.gemeente,
            "corporaties": list(fam.corporaties), "huurdersorganisaties": list(fam.huurdersorganisaties),
            "pages": 0, "layout": layout}


def theme_chapter(fam: Family, section_key: str) -> SectionSource:
    """The chapter a section belongs to in the bod: its top section, or below a party chapter the theme section."""
    chain = [fam.section(section_key)]
    while chain[-1].parent:
        chain.append(fam.section(chain[-1].parent))
    chain.reverse()
    return chain[1] if chain[0].party and len(chain) > 1 else chain[0]


def bod_sender(fam: Family) -> str:
    """The corporatie sending the bod: the only one, or the party of the sections its voornemens sit in."""
    if len(fam.corporaties) == 1:
        return fam.corporaties[0]
    parties = []
    for afspraak in fam.afspraken:
        if BOD in afspraak.versions:
            chain = [fam.section(afspraak.section)]
            while chain[-1].parent:
                chain.append(fam.section(chain[-1].parent))
            parties += [s.party for s in chain if s.party and s.party not in parties]
    return parties[0] if len(parties) == 1 else fam.corporaties[0]


def bod_document(fam: Family) -> Document:
    """The bod preceding agreement bod_year: a letter from the corporatie with voornemens per theme."""
    edition = Edition(fam.bod_year, is_bod=True)
    layout = BOD_LAYOUT
    outline = Outline(layout)
    sender = bod_sender(fam)
    year = fam.bod_year
    chapters: dict[str, list] = {}
    intros: dict[str, str | None] = {}
    for index, afspraak in enumerate(fam.afspraken):
        version = afspraak.versions.get(BOD)
        if version is None:
            continue
        chapter = theme_chapter(fam, afspraak.section_at(edition.fallback_year))
        title = text_for(chapter.title, edition, required=True)
        chapters.setdefault(title, []).append((index, afspraak, version))
        intros.setdefault(title, text_for(chapter.intro, edition))
    date = text_for(fam.signature["date"], edition, required=True)
    place = text_for(fam.signature["place"], edition, required=True)
    blocks: list = [
        Text(sender, "letterhead"),
        Text(f"Aan het college van burgemeester en wethouders van de gemeente {fam.gemeente}", "address"),
        *[Text(f"Aan het bestuur van {h}", "address") for h in fam.huurdersorganisaties],
        Text(f"{place}, {date}", "meta"),
        Text(f"Onderwerp: bod op de woonvisie, prestatieafspraken {year}", "meta"),
        Text("Bod op de woonvisie", "title"),
        Text(f"Overzicht van voorgenomen werkzaamheden {year}-{year + 4}", "subtitle"),
        Text("Geacht college, geacht bestuur,"),
        *[Text(t) for t in bod_introduction(fam, edition, sender)],
    ]
    for title, entries in chapters.items():
        blocks.append(outline.heading(title))
        if intros[title]:
            blocks.append(Text(intros[title]))
        blocks.append(Afspraken(tuple(outline.item(a.key, fill(v.text, edition), a.theme,
                                                   fill_note(v.footnote, edition))
                                      for _, a, v in ordered(entries))))
    director = next((row for row in signatory_rows(fam.signature.get("signatories")) if row[0] == sender),
                    (sender, "", "directeur-bestuurder"))
    blocks += [Text(f"Wij zien uit naar het overleg over de prestatieafspraken {year}."),
               Signatures("Met vriendelijke groet,", (director,), "letter")]
    meta = document_meta(fam, f"{fam.family}-bod-{year}", "bod", year, layout.name)
    header = layout.header.format(corporatie=sender)
    return Document(meta=meta, layout=layout, header=header, blocks=blocks,
                    title=f"Bod {sender} {year}")


def bod_introduction(fam: Family, edition: Edition, sender: str) -> list[str]:
    """The preamble paragraphs written for the bod, or else a short standard introduction."""
    year = edition.year
    huurders = " en ".join(fam.huurdersorganisaties) or "de huurdersorganisatie"
    written = [text_for(paragraph, edition) for raw in fam.preamble for paragraph in raw.get("paragraphs") or []
               if is_year_mapping(paragraph) and any(year_key(k) == BOD for k in paragraph)]
    if written:
        return written
    return [f"Hierbij ontvangt u het overzicht van de werkzaamheden die {sender} in de periode {year}-{year + 4} "
             f"in de gemeente {fam.gemeente} voornemens is uit te voeren. Met dit bod geven wij aan welke bijdrage wij "
             f"willen leveren aan de woonvisie van de gemeente. Het bod vormt de basis voor de prestatieafspraken "
             f"{year} tussen de gemeente, {huurders} en {sender}."]


def notice_document(notice: Notice) -> Document:
    """A kennisgeving aan de raad, styled like a real council notice."""
    layout = NOTICE_LAYOUT
    outline = Outline(layout)
    edition = Edition(notice.year)
    blocks: list = [Text(fill(notice.title, edition), "notice_title")]
    blocks += [Text(fill(line, edition), "meta") for line in notice.meta]
    corporaties: list[str] = []
    used_keys: set[str] = set()
    for b, raw in enumerate(notice.blocks):
        party = raw.get("party")
        if party and party not in corporaties:
            corporaties.append(party)
        blocks.append(outline.heading(fill(raw["heading"], edition), party=party))
        blocks += [Text(fill(p, edition)) for p in raw.get("paragraphs") or []]
        if raw.get("bullets"):
            blocks.append(Listing(tuple(fill(t, edition) for t in raw["bullets"]), "bullets"))
        if raw.get("lead"):
            blocks.append(Text(fill(raw["lead"], edition)))
        items = []
        for a, afspraak in enumerate(raw.get("afspraken") or []):
            key = afspraak.get("key") or notice_key(party, b, a + 1, used_keys)
            used_keys.add(key)
            note = afspraak.get("footnote")
            items.append(outline.item(key, " ".join(fill(afspraak["text"], edition).split()), afspraak["theme"],
                                      FootnoteSource(str(note["after"]), fill(note["text"], edition))
                                      if note else None))
        if items:
            blocks.append(Afspraken(tuple(items)))
    signature = notice.signature
    blocks.append(Signatures(f"{signature.get('place', notice.gemeente)}, {signature.get('date', '')}.",
                             signatory_rows(signature.get("signatories")), "council"))
    if notice.attachments:
        blocks += [Text("Bijlagen:", "label"), Listing(tuple(fill(t, edition) for t in notice.attachments))]
    if notice.links:
        blocks += [Text("Verdere informatie:", "label"), Listing(tuple(notice.links))]
    meta = {"id": f"{notice.family}-kennisgeving-{notice.year}", "family": notice.family, "type": "kennisgeving",
            "year": notice.year, "gemeente": notice.gemeente, "corporaties": corporaties,
            "huurdersorganisaties": [], "pages": 0, "layout": layout.name}
    return Document(meta=meta, layout=layout, header="", blocks=blocks, title=fill(notice.title, edition))


def notice_key(party: str | None, block: int, n: int, used: set[str]) -> str:
    """A readable key for a kennisgeving afspraak: the party's slug and the item number."""
    slug = re.sub(r"[^a-z0-9]+", "-", (party or f"blok {block + 1}").lower()).strip("-")
    key = f"{slug}-{n}"
    return key if key not in used else f"{slug}-{block + 1}-{n}"


# ---------------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------------

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 70.0, 72.0, 66.0
GUTTER = 18.0
GREY = colors.HexColor("#6b6b6b")


def markup(text: str) -> str:
    """Plain text as Paragraph markup."""
    return escape(text)


def mark(label: str) -> str:
    """A zero-width marker that reports the page it is drawn on."""
    return f'<onDraw name="mark" label="{escape(label)}"/>'


def item_markup(item: Item, note_size: float) -> str:
    """The afspraak text with its page marker and, after the footnote word, a superscript footnote number."""
    text = item.text
    if item.note is None:
        return mark(f"afs:{item.key}") + markup(text)
    found = re.search(re.escape(item.note.after) + r"(?!\w)", text) or re.search(re.escape(item.note.after), text)
    end = found.end()
    sup = f'<super><font size="{note_size:g}">{item.note.number}</font></super>'
    return (mark(f"afs:{item.key}") + markup(text[:end]) + sup + mark(f"fn:{item.note.number}")
            + markup(text[end:]))


@dataclass
class Styles:
    """Paragraph styles derived from a layout."""
    layout: Layout

    def __post_init__(self):
        lay = self.layout
        align = TA_JUSTIFY if lay.justify else TA_LEFT
        hyphens = "nl_NL" if lay.justify else ""
        accent = colors.HexColor(lay.accent)
        base = ParagraphStyle("body", fontName=lay.font, fontSize=lay.size, leading=lay.leading, alignment=align,
                              spaceAfter=lay.leading * 0.5, hyphenationLang=hyphens,
                              hyphenationMinWordLength=7)
        self.body = base
        self.plain = ParagraphStyle("plain", base, alignment=TA_LEFT, hyphenationLang="")
        self.item = ParagraphStyle("item", base, leftIndent=lay.hang, bulletIndent=0, bulletFontName=lay.font,
                                   bulletFontSize=lay.size, spaceAfter=lay.leading * 0.45)
        self.inline_item = ParagraphStyle("inline_item", base, spaceAfter=lay.leading * 0.6)
        self.listing = ParagraphStyle("listing", self.plain, leftIndent=lay.hang if lay.hang >= 18 else 18,
                                      bulletIndent=0, bulletFontName=lay.font, spaceAfter=lay.leading * 0.25)
        heading_size = {level: lay.size + boost for level, boost in enumerate(lay.heading_boost, 1)}
        # keepWithNext would glue a heading to a whole table and push the table to the next page instead of
        # letting its rows split; tables get a larger conditional page break instead (see heading_flowables)
        keep = 0 if lay.items == "table" else 1
        self.headings = {level: ParagraphStyle(
            f"h{level}", base, fontName=lay.bold, fontSize=size, leading=size * 1.25, alignment=TA_LEFT,
            textColor=accent if level == 1 else colors.black, spaceBefore=size * (0.9 if level == 1 else 0.7),
            spaceAfter=size * 0.45, keepWithNext=keep, hyphenationLang="") for level, size in heading_size.items()}
        self.note = ParagraphStyle("note", fontName=lay.font, fontSize=7.5, leading=9, leftIndent=9,
                                   bulletIndent=0, bulletFontName=lay.font, bulletFontSize=7.5)
        self.cell = ParagraphStyle("cell", base, fontSize=lay.size - 0.5, leading=lay.leading - 0.5, spaceAfter=0)
        self.cell_plain = ParagraphStyle("cell_plain", self.cell, alignment=TA_LEFT, hyphenationLang="")
        self.cell_head = ParagraphStyle("cell_head", self.cell_plain, fontName=lay.bold, textColor=colors.white)
        self.special = {
            "body": base,
            "letterhead": ParagraphStyle("letterhead", base, fontName=lay.bold, fontSize=16, leading=20,
                                         textColor=accent, alignment=TA_LEFT, spaceAfter=18),
            "address": ParagraphStyle("address", self.plain, spaceAfter=2),
            "meta": ParagraphStyle("meta", self.plain, spaceBefore=2, spaceAfter=lay.leading * 0.45),
            "title": ParagraphStyle("title", base, fontName=lay.bold, fontSize=15, leading=19, alignment=TA_LEFT,
                                    textColor=accent, spaceBefore=14, spaceAfter=4),
            "subtitle": ParagraphStyle("subtitle", base, fontName=lay.bold, fontSize=11.5, leading=15,
                                       alignment=TA_LEFT, spaceAfter=12),
            "notice_title": ParagraphStyle("notice_title", base, fontName=lay.bold, fontSize=14, leading=18,
                                           alignment=TA_LEFT, spaceAfter=8),
            "label": ParagraphStyle("label", self.plain, fontName=lay.bold, spaceBefore=6, keepWithNext=1),
        }


class TocLine(Flowable):
    """One Inhoudsopgave entry: title, dot leader and page number."""

    def __init__(self, text: str, page: int, level: int, style: ParagraphStyle, chapter_font: str):
        super().__init__()
        self.text, self.page, self.level, self.style = text, page, level, style
        self.font = chapter_font if level == 1 else style.fontName

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.style.leading + (4 if self.level == 1 else 1)

    def draw(self):
        canv, style = self.canv, self.style
        font = self.font
        indent = 18 * (self.level - 1)
        number = str(self.page)
        room = self.width - indent - canv.stringWidth(number, font, style.fontSize) - 12
        text = self.text
        while canv.stringWidth(text, font, style.fontSize) > room and len(text) > 4:
            text = text[:-2].rstrip() + "…"
        y = 2
        canv.setFont(font, style.fontSize)
        canv.drawString(indent, y, text)
        canv.drawRightString(self.width, y, number)
        start = indent + canv.stringWidth(text, font, style.fontSize) + 4
        end = self.width - canv.stringWidth(number, font, style.fontSize) - 4
        dot = canv.stringWidth(".", style.fontName, style.fontSize) + 1.5
        canv.setFont(style.fontName, style.fontSize)
        x = end - dot
        while x > start:
            canv.drawString(x, y, ".")
            x -= dot


class ShrinkableFrame(Frame):
    """A frame whose bottom rises by the footnote space reserved for the current page."""

    def __init__(self, x, y, width, height, lift: Callable[[], float], **kw):
        self.__dict__["_base"] = (y, height)
        self.__dict__["_lift"] = lift
        super().__init__(x, y, width, height, **kw)

    def _reset(self):
        y, height = self._base
        lift = self._lift()
        self.__dict__["_y1"] = y + lift
        self.__dict__["_height"] = height - lift
        self._geom()
        super()._reset()


@dataclass
class PassState:
    """What a rendering pass needs from the previous one."""
    pages: dict[str, int] = field(default_factory=dict)
    total: int = 0
    reserve: dict[int, float] = field(default_factory=dict)


@dataclass
class PassResult:
    pdf: bytes
    pages: dict[str, int]
    total: int
    needed: dict[int, float]


class Renderer:
    """Turns a Document into PDF bytes, running passes until page numbers and footnote space are stable."""

    def __init__(self, document: Document):
        self.doc = document
        self.layout = document.layout
        self.styles = Styles(document.layout)
        self.notes = {item.note.number: item.note for item in document.items if item.note}

    # -- passes ------------------------------------------------------------------------------------------------
    def render(self) -> PassResult:
        """Render until table of contents, total pages and footnote space agree with the previous pass."""
        state = PassState()
        for _ in range(MAX_PASSES):
            result = self.render_pass(state)
            fits = all(need <= state.reserve.get(page, 0) + 0.01 for page, need in result.needed.items())
            toc_ok = all(state.pages.get(k) == v for k, v in result.pages.items() if k.startswith("toc:"))
            if fits and toc_ok and result.total == state.total:
                return result
            reserve = dict(state.reserve)
            for page, need in result.needed.items():
                reserve[page] = max(reserve.get(page, 0), need)
            state = PassState(pages=result.pages, total=result.total, reserve=reserve)
        raise RuntimeError(f"{self.doc.meta['id']}: layout did not converge in {MAX_PASSES} passes")

    def render_pass(self, state: PassState) -> PassResult:
        buffer = BytesIO()
        pages: dict[str, int] = {}
        template = self.doc_template(buffer, state, pages)
        template.build(self.story(state), canvasmaker=self.canvas_maker(pages))
        needed: dict[int, float] = {}
        for number, note in self.notes.items():
            page = pages.get(f"fn:{number}")
            if page is None:
                raise RuntimeError(f"{self.doc.meta['id']}: footnote {number} was not drawn")
            needed[page] = needed.get(page, 12.0) + self.note_height(note) + 2
        return PassResult(pdf=buffer.getvalue(), pages=pages, total=template.page, needed=needed)

    @staticmethod
    def canvas_maker(pages: dict[str, int]):
        """A Canvas factory whose `mark` callback records the page of every marker."""
        def make(*args, **kwargs):
            canv = Canvas(*args, **kwargs)
            canv.setNamedCB("mark", lambda c, kind, label: pages.setdefault(label, c.getPageNumber()))
            return canv
        return make

    # -- page templates ----------------------------------------------------------------------------------------
    def doc_template(self, buffer: BytesIO, state: PassState, pages: dict[str, int]) -> BaseDocTemplate:
        meta = self.doc.meta
        template = BaseDocTemplate(
            buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM, title=self.doc.title or meta["id"], author=meta["gemeente"],
            subject=f"{meta['type']} {meta['year']}", creator="afspraken corpus/build.py",
            keywords=f"{meta['family']}, {meta['type']}", invariant=1)

        def lift():
            return state.reserve.get(getattr(template, "page", 0), 0)

        width = PAGE_W - 2 * MARGIN_X
        height = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
        single = [ShrinkableFrame(MARGIN_X, MARGIN_BOTTOM, width, height, lift, id="single")]
        column = (width - GUTTER) / 2
        body = single if self.layout.columns == 1 else [
            ShrinkableFrame(MARGIN_X + i * (column + GUTTER), MARGIN_BOTTOM, column, height, lift, id=f"col{i}")
            for i in range(2)]
        decorate = self.page_decorator(state)
        finish = self.footnote_drawer(pages)
        templates = [PageTemplate("body", body, onPage=decorate, onPageEnd=finish)]
        if self.doc.cover:
            templates = [PageTemplate("cover", [Frame(MARGIN_X, MARGIN_BOTTOM, width, height, id="cover")],
                                      onPage=self.draw_cover_band),
                         PageTemplate("front", single, onPage=decorate, onPageEnd=finish)] + templates
        template.addPageTemplates(templates)
        return template

    def page_decorator(self, state: PassState):
        """Running header and footer for every page except the cover."""
        lay = self.layout

        def decorate(canv: Canvas, doc):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setStrokeColor(colors.HexColor("#9a9a9a"))
            if self.doc.header:
                canv.setFont(lay.font, 7.5)
                y = PAGE_H - 42
                draw_aligned(canv, self.doc.header, lay.header_align, y)
                canv.setLineWidth(0.4)
                canv.line(MARGIN_X, y - 4, PAGE_W - MARGIN_X, y - 4)
            canv.setFont(lay.font, 8)
            footer = lay.footer.format(page=doc.page, total=state.total or doc.page, year=self.doc.meta["year"])
            draw_aligned(canv, footer, lay.footer_align, 34)
            canv.restoreState()
        return decorate

    def draw_cover_band(self, canv: Canvas, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor(self.layout.accent))
        canv.rect(0, PAGE_H - 150, PAGE_W, 150, stroke=0, fill=1)
        canv.rect(0, 0, PAGE_W, 18, stroke=0, fill=1)
        canv.restoreState()

    def note_paragraph(self, note: Note) -> Paragraph:
        return Paragraph(markup(note.text), self.styles.note, bulletText=str(note.number))

    def note_height(self, note: Note) -> float:
        return self.note_paragraph(note).wrap(PAGE_W - 2 * MARGIN_X, PAGE_H)[1]

    def footnote_drawer(self, pages: dict[str, int]):
        """Draw the footnotes whose markers landed on this page, bottom-up above the footer."""
        def draw_notes(canv: Canvas, doc):
            numbers = sorted(n for n in self.notes if pages.get(f"fn:{n}") == doc.page)
            if not numbers:
                return
            width = PAGE_W - 2 * MARGIN_X
            paragraphs = [self.note_paragraph(self.notes[n]) for n in numbers]
            heights = [p.wrap(width, PAGE_H)[1] for p in paragraphs]
            y = MARGIN_BOTTOM + sum(heights) + 2 * len(heights)
            canv.saveState()
            canv.setStrokeColor(colors.black)
            canv.setLineWidth(0.5)
            canv.line(MARGIN_X, y + 4, MARGIN_X + 130, y + 4)
            canv.restoreState()
            for paragraph, height in zip(paragraphs, heights, strict=True):
                y -= height + 2
                paragraph.drawOn(canv, MARGIN_X, y)
        return draw_notes

    # -- story -------------------------------------------------------------------------------------------------
    def story(self, state: PassState) -> list:
        flowables = []
        if self.doc.cover:
            flowables += self.cover_flowables(self.doc.cover)
            flowables += [NextPageTemplate("front"), PageBreak()]
            flowables += self.toc_flowables(state)
            flowables += [NextPageTemplate("body"), PageBreak()]
        toc_index = 0
        for block in self.doc.blocks:
            if isinstance(block, Heading):
                flowables += self.heading_flowables(block, toc_index)
                toc_index += 1
            else:
                flowables += BLOCK_RENDERERS[type(block)](self, block)
        return flowables

    def cover_flowables(self, cover: Cover) -> list:
        lay = self.layout
        title = ParagraphStyle("cover_title", fontName=lay.bold, fontSize=26, leading=32, textColor=colors.white)
        sub = ParagraphStyle("cover_sub", fontName=lay.font, fontSize=13, leading=17, spaceBefore=6)
        line = ParagraphStyle("cover_line", fontName=lay.font, fontSize=11, leading=15)
        flowables = [Spacer(1, 20), Paragraph(markup(cover.title), title), Spacer(1, 110),
                     Paragraph(markup(cover.subtitle), sub), Spacer(1, 40)]
        flowables += [Paragraph(markup(p), line) for p in cover.parties]
        flowables += [Spacer(1, 40), Paragraph(markup(cover.year), line),
                      Paragraph("Versie definitief", ParagraphStyle("v", line, fontName=lay.bold)),
                      Paragraph(markup(cover.date), line)]
        return flowables

    def toc_flowables(self, state: PassState) -> list:
        style = ParagraphStyle("toc", fontName=self.layout.font, fontSize=self.layout.size,
                               leading=self.layout.leading + 2)
        flowables = [Paragraph("Inhoudsopgave", self.styles.headings[1])]
        headings = [b for b in self.doc.blocks if isinstance(b, Heading)]
        for index, heading in enumerate(headings):
            if heading.toc and heading.level <= 2:
                flowables.append(TocLine(heading.text, state.pages.get(f"toc:{index}", 0), heading.level, style,
                                         self.layout.bold))
        return flowables

    def heading_flowables(self, heading: Heading, index: int) -> list:
        style = self.styles.headings[min(heading.level, 3)]
        room = style.leading * 4 if style.keepWithNext else 110
        return [CondPageBreak(room),
                Paragraph(mark(f"toc:{index}") + markup(heading.text), style)]

    def text_flowables(self, block: Text) -> list:
        style = self.styles.special.get(block.style, self.styles.body)
        return [Paragraph(markup(block.text), style)]

    def listing_flowables(self, block: Listing) -> list:
        def bullet(i):
            return {"numbered": f"{i}.", "letters": f"{letters(i)}.", "bullets": "•"}[block.style]
        flowables = [Paragraph(markup(t), self.styles.listing, bulletText=bullet(i))
                     for i, t in enumerate(block.items, 1)]
        return flowables + [Spacer(1, self.layout.leading * 0.4)]

    def glossary_flowables(self, block: Glossary) -> list:
        return [Paragraph(f"<b>{markup(term)}</b> – {markup(definition)}", self.styles.body)
                for term, definition in block.entries]

    def afspraken_flowables(self, block: Afspraken) -> list:
        return ITEM_RENDERERS[self.layout.items](self, block.items)

    def hanging_items(self, items: tuple[Item, ...]) -> list:
        """Numbered or bulleted paragraphs with the number in the margin (Word list style)."""
        size = self.layout.size * 0.62
        return [Paragraph(item_markup(item, size), self.styles.item, bulletText=item.label) for item in items]

    def inline_items(self, items: tuple[Item, ...]) -> list:
        """Paragraphs starting with a bold label such as "Afspraak 12:"."""
        size = self.layout.size * 0.62
        return [Paragraph(f"<b>{markup(item.label)}</b> " + item_markup(item, size), self.styles.inline_item)
                for item in items]

    def table_items(self, items: tuple[Item, ...]) -> list:
        """A ruled table Nr | Afspraak | Trekker | Planning whose rows may split over pages."""
        s = self.styles
        size = (self.layout.size - 0.5) * 0.62
        rows = [[Paragraph(h, s.cell_head) for h in ("Nr", "Afspraak", "Trekker", "Planning")]]
        for item in items:
            # cells are lists of flowables: reportlab only splits list cells when a row runs over a page break
            rows.append([[Paragraph(markup(item.label), s.cell_plain)], [Paragraph(item_markup(item, size), s.cell)],
                         [Paragraph(markup(item.trekker), s.cell_plain)],
                         [Paragraph(markup(item.planning), s.cell_plain)]])
        width = PAGE_W - 2 * MARGIN_X
        # splitByRow=0 makes reportlab try splitting inside the row at the page break before splitting between rows
        table = Table(rows, colWidths=[34, width - 34 - 92 - 66, 92, 66], repeatRows=1, splitByRow=0, splitInRow=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
            # close the table above a page break, also when a row is split (as Word does)
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, colors.HexColor("#808080")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(self.layout.accent)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]))
        return [table, Spacer(1, 10)]

    def signature_flowables(self, block: Signatures) -> list:
        if block.style == "letter":
            org, name, function = block.signatories[0]
            lines = [block.intro, "", "", name or org, function, org]
            return [KeepTogether([Paragraph(markup(t) or "&nbsp;", self.styles.plain) for t in lines])]
        if block.style == "council":
            flowables = [Spacer(1, 6), Paragraph(markup(block.intro), self.styles.plain)]
            previous = None
            for org, name, function in block.signatories:
                lines = [t for t in (org if org != previous else "", name, function) if t]
                previous = org or previous
                flowables.append(Paragraph("<br/>".join(markup(t) for t in lines), self.styles.plain))
            return [KeepTogether(flowables)]
        return [KeepTogether([Paragraph(markup(block.intro), self.styles.body), Spacer(1, 8),
                              self.signature_table(block.signatories)])]

    def signature_table(self, signatories: tuple[tuple[str, str, str], ...]) -> Table:
        """Signatories two per row (one in a column): organisation, space to sign, name and function."""
        s = self.styles
        cells = [[Paragraph(f"<b>{markup(org)}</b>", s.plain), Spacer(1, 26),
                  Paragraph("_" * 28, s.plain), Paragraph(markup(name), s.plain), Paragraph(markup(function), s.plain)]
                 for org, name, function in signatories]
        per_row = 2 if self.layout.columns == 1 else 1
        cells += [""] * (-len(cells) % per_row)
        rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
        table = Table(rows, colWidths=[f"{100 / per_row:g}%"] * per_row)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
        return table


def draw_aligned(canv: Canvas, text: str, align: str, y: float):
    """Draw a header or footer line left, centred or right within the margins."""
    if align == "center":
        canv.drawCentredString(PAGE_W / 2, y, text)
    elif align == "right":
        canv.drawRightString(PAGE_W - MARGIN_X, y, text)
    else:
        canv.drawString(MARGIN_X, y, text)


BLOCK_RENDERERS = {
    Text: Renderer.text_flowables,
    Listing: Renderer.listing_flowables,
    Glossary: Renderer.glossary_flowables,
    Afspraken: Renderer.afspraken_flowables,
    Signatures: Renderer.signature_flowables,
}
ITEM_RENDERERS = {
    "hanging": Renderer.hanging_items,
    "inline": Renderer.inline_items,
    "table": Renderer.table_items,
}


# ---------------------------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------------------------

def document_gold(document: Document, result: PassResult) -> dict:
    """The gold of one rendered document, with pages taken from the final pass."""
    afspraken = []
    for item in document.items:
        page = result.pages.get(f"afs:{item.key}")
        if page is None:
            raise RuntimeError(f"{document.meta['id']}: afspraak {item.key} was not drawn")
        afspraken.append({"key": item.key, "number": item.number, "section": item.section, "party": item.party,
                          "theme": item.theme, "page": page, "text": item.text})
    return {"document": {**document.meta, "pages": result.total}, "afspraken": afspraken}


def link(old: str | None, new: str | None, status: str, kinds=(), hard_negative=None) -> dict:
    return {"old": old, "new": new, "status": status, "kinds": list(kinds), "hard_negative": hard_negative}


def pair_gold(fam: Family, old: Document, new: Document, is_bod: bool) -> dict:
    """Links between two documents of a family: every afspraak of both in exactly one link."""
    old_keys = [i.key for i in old.items]
    new_keys = [i.key for i in new.items]
    by_key = {a.key: a for a in fam.afspraken}
    links = []
    for key in new_keys:
        if key not in old_keys:
            links.append(link(None, key, "new"))
            continue
        version = by_key[key].versions[new.meta["year"]]
        if is_bod:
            links.append(link(key, key, version.bod_status, version.bod_kinds))
        else:
            links.append(link(key, key, version.status, version.kinds, version.hard_negative))
    links += [link(key, None, "dropped") for key in old_keys if key not in new_keys]
    return {"old": old.meta["id"], "new": new.meta["id"], "links": links}


# ---------------------------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------------------------

def family_documents(fam: Family) -> list[Document]:
    documents = [agreement_document(fam, year) for year in fam.years]
    if fam.bod_year is not None:
        documents.insert(0, bod_document(fam))
    return documents


def family_pairs(fam: Family, documents: dict[str, Document]) -> list[dict]:
    pairs = [pair_gold(fam, documents[f"{fam.family}-{a}"], documents[f"{fam.family}-{b}"], False)
             for a, b in zip(fam.years, fam.years[1:], strict=False)]
    if fam.bod_year is not None:
        pairs.append(pair_gold(fam, documents[f"{fam.family}-bod-{fam.bod_year}"],
                               documents[f"{fam.family}-{fam.bod_year}"], True))
    return pairs


def same_text_warnings(fam: Family) -> list[str]:
    """`same` versions whose placeholders make the printed text differ between the years."""
    warnings = []
    for afspraak in fam.afspraken:
        years = [y for y in fam.years if y in afspraak.versions]
        for a, b in zip(years, years[1:], strict=False):
            version = afspraak.versions[b]
            if version.status == "unchanged" and fill(version.text, Edition(b)) != fill(
                    afspraak.versions[a].text, Edition(a)):
                warnings.append(f"{fam.path.name}: afspraken.{afspraak.key}.versions.{b}: unchanged, but the "
                                f"printed text differs from {a} because of a {{year}} placeholder")
    return warnings


def write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def build(sources: Path, out: Path, log=print) -> list[str]:
    """Render every source into out/pdf and out/gold; returns the error messages (empty on success)."""
    errors: list[str] = []
    documents: list[Document] = []
    pairs: list[dict] = []
    for path in sorted(sources.glob("*.yaml")):
        try:
            source = load_source(path)
        except SourceError as err:
            errors.append(str(err))
            continue
        if isinstance(source, Notice):
            documents.append(notice_document(source))
            continue
        for warning in same_text_warnings(source):
            log(f"warning: {warning}")
        family_docs = family_documents(source)
        documents += family_docs
        pairs += family_pairs(source, {d.meta["id"]: d for d in family_docs})
    pdf_dir, gold_dir = out / "pdf", out / "gold"
    pdf_dir.mkdir(parents=True, exist_ok=True)
    (gold_dir / "pairs").mkdir(parents=True, exist_ok=True)
    written: set[Path] = set()
    for document in sorted(documents, key=lambda d: d.meta["id"]):
        result = Renderer(document).render()
        doc_id = document.meta["id"]
        (pdf_dir / f"{doc_id}.pdf").write_bytes(result.pdf)
        write_json(gold_dir / f"{doc_id}.json", document_gold(document, result))
        written |= {pdf_dir / f"{doc_id}.pdf", gold_dir / f"{doc_id}.json"}
        log(f"{doc_id}: {result.total} pages, {len(document.items)} afspraken")
    for pair in pairs:
        path = gold_dir / "pairs" / f"{pair['old']}__{pair['new']}.json"
        write_json(path, pair)
        written.add(path)
    write_json(gold_dir / "index.json", index(documents, pairs))
    written.add(gold_dir / "index.json")
    remove_stale(out, written)
    return errors


def index(documents: list[Document], pairs: list[dict]) -> dict:
    docs = [{"id": d.meta["id"], "family": d.meta["family"], "type": d.meta["type"], "year": d.meta["year"],
             "pdf": f"pdf/{d.meta['id']}.pdf", "gold": f"gold/{d.meta['id']}.json"}
            for d in sorted(documents, key=lambda d: d.meta["id"])]
    pair_rows = [{"old": p["old"], "new": p["new"], "gold": f"gold/pairs/{p['old']}__{p['new']}.json"}
                 for p in sorted(pairs, key=lambda p: (p["old"], p["new"]))]
    return {"documents": docs, "pairs": pair_rows}


def remove_stale(out: Path, written: set[Path]) -> None:
    """Delete generated files of sources that no longer exist."""
    for path in output_files(out):
        if out / path not in written:
            (out / path).unlink()


def output_files(root: Path) -> list[Path]:
    """Generated files under root, relative to it."""
    found = list((root / "pdf").glob("*.pdf")) + list((root / "gold").rglob("*.json"))
    return sorted(p.relative_to(root) for p in found)


def check_reproducible(sources: Path, out: Path) -> list[str]:
    """Rebuild into a temporary directory and list every file that differs from the committed output."""
    with tempfile.TemporaryDirectory() as tmp:
        errors = build(sources, Path(tmp), log=lambda _: None)
        fresh, committed = set(output_files(Path(tmp))), set(output_files(out))
        problems = [f"missing in {out}: {p}" for p in sorted(fresh - committed)]
        problems += [f"not produced by the build: {p}" for p in sorted(committed - fresh)]
        problems += [f"differs: {p}" for p in sorted(fresh & committed)
                     if (Path(tmp) / p).read_bytes() != (out / p).read_bytes()]
    return errors + problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=CORPUS_DIR / "sources")
    parser.add_argument("--out", type=Path, default=CORPUS_DIR)
    parser.add_argument("--check", action="store_true", help="rebuild in a temp dir and compare byte by byte")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    problems = check_reproducible(args.sources, args.out) if args.check else build(args.sources, args.out)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    print(f"{'check' if args.check else 'build'} finished in {time.perf_counter() - started:.1f}s"
          f"{'' if problems else ': ok'}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
