"""The structure lexicon (what is not an afspraak, signature starts, party types) loaded once from data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from . import lexicon
from .chapter_words import TITLE_DASH, WORD_CHAPTER
from .text import year_pattern


@cache
def structure_lexicon() -> dict[str, Any]:
    """The contents of lexicon/structure.yaml."""
    return yaml.safe_load((Path(__file__).parent / "lexicon" / "structure.yaml").read_text(encoding="utf-8"))


@cache
def non_afspraak_heading() -> re.Pattern[str]:
    """Headings under which nothing is an afspraak (Inleiding, Begrippen, Bijlagen, ...; Looptijd, Beslispunten and
    the lead-in "Het college besluit:" only alone)."""
    words = sorted(structure_lexicon()["non_afspraak_headings"], key=len, reverse=True)
    titles = sorted(structure_lexicon()["non_afspraak_titles"] + structure_lexicon()["decision_titles"], key=len,
                    reverse=True)
    return re.compile(
        r"^(?:" + WORD_CHAPTER + r"\s+" + TITLE_DASH + r")?"
        r"(?:(?:hoofdstuk|paragraaf|bijlage|artikel|art\.)\s+)?(?:\d+(?:\.\d+)*[a-z]?[.:]?\s+)?(?:(?:" +
        "|".join(re.escape(w) for w in words) + r")\b|(?:" + "|".join(re.escape(t) for t in titles) + r")\s*:?\s*$)",
        re.IGNORECASE
    )


@cache
def fact_leadin() -> re.Pattern[str]:
    """The start of a lead-in of facts ("Ontwikkelingen in 2024:", "Stand van zaken", "De opgave in cijfers:";
    `fact_leadins` in lexicon/structure.yaml): the bullets under it report, they do not agree."""
    words = sorted(structure_lexicon()["fact_leadins"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


# A bullet that only gives a figure for a label ("woningen met label A of beter: 2.104;", "aandeel sociale huur:
# 30 procent;"): a fact, under a lead-in that names no one who commits.
FIGURE_ITEM = re.compile(r"^[^:;]{3,160}:\s*(?:€\s*)?[\d.,]+\s*(?:%|[^\W\d_]+){0,2}\s*(?:[;.]|;\s*(?:en|of))?$")


def is_figure_item(text: str) -> bool:
    """Whether a list item only gives a figure for a label ("aantal aanmeldingen in 2023: 212;")."""
    return FIGURE_ITEM.match(text.strip()) is not None


@cache
def annex_heading() -> re.Pattern[str]:
    """Headings of an annex ("Bijlage 1 Uitvoeringsagenda"): excluded, unless the annex holds the afspraken table."""
    words = sorted(structure_lexicon()["annex_headings"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@cache
def signature_start() -> re.Pattern[str]:
    """A phrase that opens a signature block."""
    words = sorted(structure_lexicon()["signature_starts"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@cache
def signature_phrases() -> tuple[str, ...]:
    """The signature starts, lowercased: a text none of which is in (lowercased) holds no signature start."""
    return tuple(w.lower() for w in structure_lexicon()["signature_starts"])


def _month_names() -> tuple[str, ...]:
    """The months written out, January first: of the lexicon's month words (numbers.yaml months, the one list
    `timing` reads dates with) the longest of each month ("september", not "sep" or "sept")."""
    months = lexicon.numbers()["months"]
    return tuple(max((w for w, n in months.items() if n == k), key=len) for k in range(1, 13))


MONTH_NAMES = _month_names()  # a text without one holds no PLACE_DATE
MONTHS = "|".join(MONTH_NAMES)
PLACE_DATE = re.compile(
    r"(?:^|(?<=[.!?”\"’]))\s*[A-Z][\w'’\-]+(?:[ \-][A-Za-z][\w'’\-]+){0,3},\s+(?:d\.d\.\s+)?\d{1,2}\s+(?:"
    + MONTHS + r")\s+\d{4}\b\.?"
)


@cache
def afspraak_labels() -> tuple[str, ...]:
    """Words that label a numbered afspraak: "Maatregel 3", "Activiteit 12" (lexicon: afspraak_labels)."""
    return tuple(structure_lexicon()["afspraak_labels"])


@cache
def _lapsed_announcement() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    data = structure_lexicon()["lapsed_announcements"]

    def words(key: str) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w) for w in sorted(data[key], key=len, reverse=True))
        return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", re.IGNORECASE)
    return words("subjects"), words("states"), words("live"), int(data["max_words"])


def announces_lapsed(text: str) -> bool:
    """Whether a heading or lead-in announces afspraken that lapsed, were finished or withdrawn ("Afspraken die in
    2025 zijn afgerond", "De volgende afspraken vervallen:"; lexicon: lapsed_announcements): what it lists is
    context, not this document's afspraken."""
    subjects, states, live, max_words = _lapsed_announcement()
    if len(text.split()) > max_words or not subjects.search(text) or live.search(text):
        return False
    return any(not re.search(r"\bniet\s*$", text[: m.start()], re.IGNORECASE) or m.group().lower().startswith("niet")
               for m in states.finditer(text))


@cache
def outline_heading() -> re.Pattern[str]:
    """A heading that names a level of an outline by a word and a number ("Ambitie 1 – ...", "Doel 1.1 ...";
    lexicon: outline_levels); group 1 is the number."""
    words = sorted(structure_lexicon()["outline_levels"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")\s+(\d{1,2}(?:\.\d{1,2}){0,3})\b(?![.,]\d)",
                      re.IGNORECASE)


@cache
def attribute_names() -> dict[str, str]:
    """Each printed attribute label (lowercased) -> the name it is kept under (lexicon: labels.yaml
    attribute_names): "hoe meten we dit" -> "indicator"."""
    data = yaml.safe_load((Path(__file__).parent / "lexicon" / "labels.yaml").read_text(encoding="utf-8"))
    return {str(label).lower(): str(name) for name, labels in data["attribute_names"].items() for label in labels}


@cache
def attribute_kinds() -> dict[str, str]:
    """Each attribute name (lowercased) and its kind: who, when or other (lexicon: attribute_keys, and the labels
    of labels.yaml attribute_names as other)."""
    kinds = dict.fromkeys(attribute_names(), "other")
    keys = structure_lexicon()["attribute_keys"]
    return kinds | {name.lower(): kind for kind, names in keys.items() for name in names}


@cache
def attribute_key() -> re.Pattern[str]:
    """An attribute name and its colon where an attribute starts: "Wie:", "Gereed :", "Status:", also with the
    year or date it reports on between them ("Status 2025:", "Stand van zaken per 1 juli 2025:"); group 1 is the
    name."""
    names = sorted(attribute_kinds(), key=len, reverse=True)
    when = rf"(?:\s+(?:(?:per|over|in|op)\s+)?(?:\d{{1,2}}\s+(?:{MONTHS})\s+)?{year_pattern(1950, 2199)})?"
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")" + when + r"\s*:\s*",
                      re.IGNORECASE)


def attribute_keys(text: str) -> Iterator[re.Match[str]]:
    """Every `attribute_key` in a text. Each holds a colon, and most afspraken have none: those are not scanned
    (the pattern tries each of its ~60 names at every position of a text)."""
    return attribute_key().finditer(text) if ":" in text else iter(())


PARTICLES = frozenset({"de", "het", "van", "der", "den", "en", "'t", "&", "/", "+", "-", "–", "te", "op", "aan"})
CELL_NUMBER = re.compile(r"^(?:[A-Z]{1,2}[.\-]?)?\d{1,3}(?:\.\d{1,2}){0,2}(?:[a-z]|\.[a-z])?[.)]?$")  # 2.1, 7a, 1.1.a
YEAR = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?$")
QUARTER = re.compile(r"^q[1-4]$")


@cache
def _cell_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    values, lex = structure_lexicon()["cell_values"], structure_lexicon()
    who = {*values["who"], *lex["corporatie_types"], *lex["huurders_types"]}
    return frozenset(who), frozenset(values["when"]), frozenset(values["when_alone"])


# Pure (the lexicon's words are read once): asked ~15,000 times an ingest of the bundled and dev PDFs, mostly
# for the same cell texts on every pass over a table (unruled._anchor); cached.
@lru_cache(maxsize=1 << 15)
def cell_kind(text: str) -> str | None:
    """What a table cell holds by itself: "number" (1, 2.3, A1, "Actie 4"), "when" (2025, Q3 2025, 1 juli 2025,
    eind 2025, doorlopend), "who" (gemeente, Woonstichting De Eik, "De Eik / gemeente"), or None (anything else)."""
    text = " ".join(text.split())
    if not text:
        return None
    words = text.split()
    if CELL_NUMBER.match(text) or (len(words) == 2 and words[0].lower() in afspraak_labels()
                                   and CELL_NUMBER.match(words[1])):
        return "number"
    if len(words) > 6:
        return None
    who, when, alone = _cell_words()
    low = text.lower().strip(" .;")
    tokens = [t for t in re.split(r"[\s,;()]+", low) if t]
    if low in alone or (tokens and all(t in alone or t in when for t in tokens) and any(t in alone for t in tokens)):
        return "when"
    dated = [YEAR.match(t) or QUARTER.match(t) or t in MONTH_NAMES for t in tokens]
    if any(dated) and all(d or t in when or (t.isdigit() and int(t) <= 31) for d, t in zip(dated, tokens,
                                                                                          strict=True)):
        return "when"
    if any(ch.isdigit() for ch in text):
        return None
    if " ".join(tokens) in who:
        return "who"
    names = [w for w in words if w.lower() not in PARTICLES]  # each a role word or a capitalised name
    return "who" if names and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha()
                                  or w.lower().strip(".,") in who for w in names) else None


@cache
def _margin_fields() -> tuple[frozenset[str], dict[str, str]]:
    data = yaml.safe_load((Path(__file__).parent / "lexicon" / "labels.yaml").read_text(encoding="utf-8"))
    fields = data["margin_fields"]
    return frozenset(str(w).lower() for w in fields["status"]), {str(k): str(v) for k, v in fields["labels"].items()}


def margin_field_label(word: str) -> str | None:
    """The attribute label a word set apart at the right margin of an item's first line is read under, by what the
    word is: a status word ("loopt") -> "Status", a who ("corporatie") -> "Trekker", a when ("doorlopend") ->
    "Planning" (lexicon labels.yaml margin_fields); None for any other word, which stays text."""
    statuses, labels = _margin_fields()
    kind = "status" if word.lower() in statuses else cell_kind(word)
    return labels.get(kind) if kind else None


@cache
def _keyed_part() -> re.Pattern[str]:
    names = sorted(attribute_kinds(), key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[,;|]))\s*(" + "|".join(re.escape(n) for n in names) + r")\s+(?=\S)",
                      re.IGNORECASE)


ATTRIBUTE_LABEL = re.compile(r"^([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*:\s+")
MAX_KEYED_VALUE_WORDS = 8


def keyed_attributes(text: str) -> dict[str, str] | None:
    """A line whose label is followed by two or more "key value" parts, each starting with an attribute name
    ("Uitvoering: trekker Kempwaard, gereed eind 2028") as name -> value; None for anything else (a sentence
    after a label, a part that names no attribute, a value as long as a sentence)."""
    label = ATTRIBUTE_LABEL.match(text)
    if label is None or label.group(1).lower() in attribute_kinds():
        return None
    rest = text[label.end():].rstrip(" .")
    keys = list(_keyed_part().finditer(rest))
    if len(keys) < 2 or keys[0].start() != 0:
        return None
    found: dict[str, str] = {}
    for key, nxt in zip(keys, [*keys[1:], None], strict=False):
        value = rest[key.end(): nxt.start() if nxt else len(rest)].strip(" |;,.")
        if not value or len(value.split()) > MAX_KEYED_VALUE_WORDS:
            return None
        found.setdefault(" ".join(key.group(1).lower().split()), value)
    return found


@cache
def _ask() -> re.Pattern[str]:
    asks = structure_lexicon()["asks"]
    verbs = "|".join(re.escape(v) for v in sorted(asks["verbs"], key=len, reverse=True))
    whom = "|".join(re.escape(w) for w in sorted(asks["addressees"], key=len, reverse=True))
    return re.compile(r"^(?:\S+(?:\s\S+){0,4}[.:]\s+)?(?:" + verbs + r")\s+(?:aan\s+)?(?:" + whom + r")\b",
                      re.IGNORECASE)


def asks_another_party(text: str) -> bool:
    """Whether a paragraph is an ask addressed to another party ("Wij vragen de gemeente om ..."; see asks in
    lexicon/structure.yaml): in a bod, no bid."""
    return _ask().match(text.strip()) is not None
