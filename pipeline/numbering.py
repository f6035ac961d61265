"""List markers: the styles always trusted ("1.", "2.1", "a)", bullets) and the ones a document must use as a
family before they count (A1, II.3, § 3, "Maatregel 4", bare margin numbers), learnt per document.

`clean` finds the marker each line starts with; `segment` reads a marker as printed back into style and number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .lexicon import load, theme_headings
from .structure import afspraak_labels
from .text import year_pattern
from .types import Block, Line

__all__ = ["BULLET_CHARS", "LAPSED", "MARKERS", "PREFIXED", "LEARNT_STYLES", "Numbering", "coded_items", "find_marker",
           "label_marker", "label_note", "learn_numbering", "mark_after_number", "number_by_trailing_codes",
           "parse_marker", "party_tag", "prefixed_marker", "theme_tag", "trailing_code"]

# the icons an infographic or a placemat prints before its items as glyphs (▲ ▶ ★ ◉ ⬤ ◼ ✦) are bullets too
BULLET_CHARS = "•●▪■◦○·–\u2212\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u25aa\u25cf\u2023\u2043➢►▸✓✔❖◆→▲△▶▷★☆◉◎⬤◼✦"


# List markers as printed at the start of a line. Order matters: the first that matches wins.
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Afspraak 12:", not the day of "Afspraak 01-07-2025" (a date label: learnt, see learn_numbering)
    ("afspraak", re.compile(r"^(?:Afspraak|Actie|Prestatie)\s+(\d{1,3}(?:\.\d{1,3})*[a-z]?(?:\.(?-i:[a-z]))?)"
                            r"(?![\-/.]\d|\.(?-i:[a-z])\b)\s*[:.)\-–]\s*",
                            re.I)),
    ("decimal", re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)")),
    ("number", re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")),
    # a number with a letter suffix, an afspraak inserted later after 7 or 2.3 ("7a. De corporaties ...", "7a)",
    # "(7a)", "2.3a"): a capital after it, so that "3e kwartaal" or "2.1a van de wet" opens no item
    ("decimal", re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3}[a-z])\.?\s+(?=[A-Z])")),
    # a number whose last part is a letter ("1.1.a", "2.3.b", "4.a"): the third level of an outline lettered under
    # its goal, one family with 2.1.1 and 7a; a capital after it, as above
    ("decimal", re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3}\.[a-z])[.)]?\s+(?=[A-Z])")),
    ("number", re.compile(r"^(\d{1,2}[a-z])[.)]\s+(?=[A-Z])")),
    ("number", re.compile(r"^\((\d{1,2}[a-z])\)\s+(?=[A-Z])")),
    ("number", re.compile(r"^\((\d{1,2})\)\s+(?=\S)")),
    ("letter", re.compile(r"^\(?([a-z])\)\s+(?=\S)")),
    ("letter", re.compile(r"^([a-z])\.\s+(?=[A-Z])")),  # "a. De gemeente ...", not "o.a." or "z. 3"
    # lowercase roman up to "xxxix." ("xi.", "xiv.": a chapter of more than ten), not an empty number
    ("roman", re.compile(r"^\(?((?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))[.)]\s+(?=\S)")),
    ("bullet", re.compile(r"^([" + re.escape(BULLET_CHARS) + r"\-*])\s*(?=\S)")),
)


# Numbering styles that are learnt per document rather than always trusted: letter or roman prefixes (A1, A.1,
# B-2, II.3), a roman number alone (IV.), a paragraph sign (§ 3), a label word (Maatregel 3, Activiteit 12) and a
# bare number in a margin (12 De gemeente ...). A line starting like that in running text ("A2 richting ...",
# "Q4 2025") is no marker, so a style counts only where the document uses it as a family: two or more numbers of
# the same shape, two of them consecutive (restarts per chapter or per party are fine).
PREFIXED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("prefixed", re.compile(r"^((?:[A-Z]{1,2}|[IVX]{1,4})([.\-]?)\d{1,2}[a-z]?)(?:[.:)]|\s[–-])?\s+"
                            r"(?=[^\W\d_]|[(“\"'])")),
    # a code in brackets ("[BS-03] Veldzicht ..."), printed apart from the text (in grey, say)
    ("prefixed", re.compile(r"^\[([A-Z]{1,3}([.\-]?)\d{1,3}[a-z]?)\]\s*(?=[^\W\d_]|[(“\"'])")),
    ("roman", re.compile(r"^([IVX]{1,4})[.)]\s+(?=[A-Z])")),
    ("section", re.compile(r"^(§\s?\d{1,2}(?:\.\d{1,2})?)\.?(?:\s+(?=\S)|$)")),
    # a bare number, or one with a letter: a sub-afspraak under a titled parent ("4a De corporatie ...")
    ("bare", re.compile(r"^(\d{1,2}[a-z]?)\s+(?=[A-Z][a-z])")),
)


LEARNT_STYLES = frozenset({"prefixed", "roman", "section", "bare", "label"})


@dataclass(frozen=True, slots=True)
class Numbering:
    """The learnt numbering styles of one document: signatures of the PREFIXED styles it uses as a family."""

    styles: frozenset[str] = frozenset()


def _label_marker() -> re.Pattern[str]:
    words = "|".join(sorted(afspraak_labels(), key=len, reverse=True))
    return re.compile(r"^((?i:" + words + r")\s+" + LABEL_NUMBER + r")(?:\s*[:.)\-–])?(?:\s+(?=\S)|$)")


# The number after a label word: "12", "3a", "4.2", "B-4", "A3", and a year-coded one ("2025-07", a year and
# a serial) or a date ("2025-07-01", "01-07-2025"), longest first.
LABEL_NUMBER = (r"(?:\d{4}[\-/.]\d{1,3}(?:[\-/.]\d{1,2})?(?![\d\-/])|\d{1,2}[\-/.]\d{1,2}[\-/.]\d{4}"
                r"|[A-Z]{1,2}[.\-]?\d{1,3}[a-z]?|\d{1,3}(?:[.\-]\d{1,2}){0,2}(?:\.?(?-i:[a-z]))?)(?![\d\-/])")


_LABEL_MARKER: list[re.Pattern[str]] = []

# a change or status note that says an afspraak lapses (a table cell "vervalt", a label line "Afspraak 12
# (vervalt)"): what it marks is no afspraak (any more)
LAPSED = re.compile(r"^(?:vervalt|vervallen|komt te vervallen|geschrapt|(?:is |wordt )?geschrapt|"
                    r"(?:is |wordt )?vervallen(?: verklaard)?)[\s.!]*$", re.I)


def label_note(body: str) -> str | None:
    """The note printed in brackets after a label and its number, alone on the label line ("Afspraak 12
    (verplaatst uit hoofdstuk 1)", "Maatregel 3 (nieuw)"): the note without its brackets, no part of the afspraak's
    text; its block is the text below. None for anything else, and for a lapsed note ("(vervalt)": see LAPSED)."""
    notes = load("labels")["label_notes"]
    m = re.fullmatch(r"\(([^()]+)\)\.?", body.strip())
    words = m.group(1).split() if m else []
    if not words or len(words) > int(notes["max_words"]) or LAPSED.match(" ".join(words)):
        return None
    return " ".join(words)


def label_marker() -> re.Pattern[str]:
    """A label word and its number at the start of a line ("Maatregel 3", "Activiteit 12:")."""
    if not _LABEL_MARKER:
        _LABEL_MARKER.append(_label_marker())
    return _LABEL_MARKER[0]


# A pure function of the text (the lexicon's labels are read once): asked ~79,000 times an ingest of the bundled
# and dev PDFs, for the same lines again by learn_numbering, clean and segment; the cache keeps what it found.
@lru_cache(maxsize=1 << 16)
def prefixed_marker(text: str) -> tuple[str, str, str, str] | None:
    """A learnt-style marker a line starts with: (style, signature, marker as printed, number) or None."""
    m = label_marker().match(text)
    if m:
        label = m.group(1).split()[0].lower()
        return "label", f"label:{label}", m.group(0).strip(), " ".join(m.group(1).split())
    for style, pattern in PREFIXED:
        m = pattern.match(text)
        if not m:
            continue
        number = m.group(1)
        if style == "prefixed":
            head = re.match(r"[A-Z]+", number)
            kind = "R" if head and set(head.group()) <= set("IVX") else "L"
            signature = f"prefixed:{kind}{m.group(2)}" + ("[]" if m.group(0).startswith("[") else "")
        else:
            signature = style
        return style, signature, m.group(0).strip(), " ".join(number.split())
    return None


def _trailing_int(number: str) -> int | None:
    m = re.search(r"(\d+)[a-z]?$", number)
    if m:
        return int(m.group(1))
    m = re.search(r"\d[.\-]([a-z])$", number)  # "1.1.a", "1.1.b": lettered under their goal, counted by the letter
    if m:
        return ord(m.group(1)) - ord("a") + 1
    values = {"I": 1, "V": 5, "X": 10}
    if number and set(number) <= set(values):  # a roman number alone
        total = 0
        for a, b in zip(number, number[1:] + " ", strict=False):
            total += -values[a] if b in values and values[b] > values[a] else values[a]
        return total
    return None


YEAR_PART = re.compile(rf"(?<!\d){year_pattern(1900, 2099)}(?!\d)")  # a year of a date or a year-coded id


def _year(number: str) -> str | None:
    """The year in a label's number when it is a date or a year-coded id ("01-07-2025", "2025-07"), else None."""
    m = YEAR_PART.search(number)
    return m.group() if m and re.search(r"\d[\-/.]\d", number) else None


def learn_numbering(lines: Iterable[Line]) -> Numbering:
    """The PREFIXED styles a document uses as a family (see PREFIXED): two or more numbers, two of them
    consecutive; for a label word also dates or year-coded ids that share their year (a series of meetings or of
    numbered decisions: "Afspraak 01-07-2025", "Afspraak 15-09-2025")."""
    numbers: dict[str, set[str]] = {}
    for line in lines:
        found = prefixed_marker(line.text)
        if found:
            numbers.setdefault(found[1], set()).add(found[3])
    styles = set()
    for signature, found in numbers.items():
        values = {v for v in map(_trailing_int, found) if v is not None}
        enough = 3 if signature == "bare" else 2
        if len(found) >= enough and any(v + 1 in values for v in values) \
                and (signature != "bare" or {1, 2} <= values):
            styles.add(signature)
        elif signature.startswith("label:") and len(found) >= 2 and len(years := {_year(n) for n in found}) == 1 \
                and None not in years:
            styles.add(signature)  # dates or year-coded ids of one year ("Afspraak 01-07-2025", "Afspraak 2025-07")
    return Numbering(frozenset(styles))


# Pure (the text and the frozen Numbering decide): asked ~75,000 times an ingest of the bundled and dev PDFs,
# mostly for lines it saw before (each block's lines again per pass); cached like prefixed_marker.
@lru_cache(maxsize=1 << 16)
def find_marker(text: str, numbering: Numbering | None = None) -> tuple[str, str, str] | None:
    """The list marker a line starts with: (style, marker as printed, number) or None.

    The learnt styles (PREFIXED, label words) count only where `numbering` has learnt them; with None, all do.
    """
    for style, pattern in MARKERS:
        m = pattern.match(text)
        if m:
            if style == "bullet" and text[:1] == "-" and not text[1:2].isspace():
                continue  # "-20%" or a hyphenated word, not a dash bullet
            printed = m.group(0).strip()
            number = None if style == "bullet" else m.group(1)
            return style, printed, number or ""
    if numbering is not None and not numbering.styles:
        return None
    found = prefixed_marker(text)
    if found and (numbering is None or found[1] in numbering.styles):
        return found[0], found[2], found[3]
    return None


# a first word, then a bullet or tick alone, then a capital: "A-1 • De ...", the bullet in a column of its own
_MARK_AFTER = re.compile(r"^(\S{1,12}) [•✔] (?=[A-ZÀ-Ý])")


def mark_after_number(text: str) -> str:
    """A line that opens with a number and then a bullet ("A-1 • De ...", "0.1 • De ...": the number in a margin
    column, the bullet in a narrow column beside the text) without the bullet: a mark of the number, as a box
    before a number is (`clean`), not the text's first word. Only where the whole first word is a number."""
    m = _MARK_AFTER.match(text)
    if not m:
        return text
    rest = m.group(1) + " " + text[m.end():]
    found = find_marker(rest)
    return rest if found is not None and found[0] != "bullet" and found[1] == m.group(1) else text


def parse_marker(printed: str) -> tuple[str, str | None]:
    """The style and number of a marker as printed ("2.1" -> ("decimal", "2.1"), "•" -> ("bullet", None))."""
    found = find_marker(printed + " Xx")  # any marker pattern accepts a capitalised word after it
    return (found[0], found[2] or None) if found else ("bullet", None)


# A code that opens an item inside a cell ("B1 Woonstichting ...", "A-2 De gemeente ..."), at the start of the cell or
# after a sentence's end; the text after it opens with a capital
CELL_CODE = re.compile(r"(?:^\s*|(?<=[.;:!?)])\s+)([A-Z]{1,2})([.\-]?)(\d{1,3})[.:)]?\s+(?=[A-ZÀ-Ý\"'‘(])")


def coded_items(text: str) -> list[tuple[str, int, int]] | None:
    """The items of a cell that opens with a coded bid or afspraak, and the ones after it ("B1 ... B2 ... B3 ..."):
    (code, start of its text, end) each, or None. The codes share their letters and follow each other (B5, B6, B7:
    a table whose list goes on from the row before); the first opens the cell, so that a code inside a sentence
    ("label B2") cuts nothing."""
    chain: list[re.Match[str]] = []
    for m in CELL_CODE.finditer(text):
        if not chain:
            if m.start() == 0 or not text[: m.start()].strip():
                chain.append(m)
        elif m.group(1) == chain[-1].group(1) and m.group(2) == chain[-1].group(2) \
                and int(m.group(3)) == int(chain[-1].group(3)) + 1:
            chain.append(m)
    if not chain:
        return None
    ends = [m.start() for m in chain[1:]] + [len(text)]
    return [(m.group(1) + m.group(2) + m.group(3), m.end(), end) for m, end in zip(chain, ends, strict=True)]


# A code a paragraph ends with ("... de huurverhoging. [BB-11]", "... in 2026 (A12)"): where a document numbers its
# paragraphs that way, at their end rather than at their start.
TRAILING_CODE = re.compile(r"\s*(?:\[([A-Z]{1,3}([.\-]?)\d{1,3}[a-z]?)\]|\(([A-Z]{1,3}([.\-]?)\d{1,3}[a-z]?)\))\.?\s*$")

MIN_TRAILING_CODES = 3


def trailing_code(text: str) -> tuple[str, str, str] | None:
    """The code a text ends with: (signature, code, text without it) or None."""
    m = TRAILING_CODE.search(text)
    if not m or m.start() == 0:
        return None
    code, sep, bracket = (m.group(1), m.group(2), "[]") if m.group(1) else (m.group(3), m.group(4), "()")
    return f"{bracket}{sep}", code, text[: m.start()].rstrip()


def number_by_trailing_codes(blocks: Sequence[Block]) -> list[Block]:
    """Paragraphs that end with their code, where the document numbers its paragraphs that way (a series: three or
    more codes of one shape, two of them consecutive under one prefix, "BB-01", "BB-02"), made list items with the
    code as their marker; the other paragraphs stay paragraphs (context). Without such a series, as they were."""
    found: dict[str, set[str]] = {}
    for block in blocks:
        if block.kind == "paragraph" and (code := trailing_code(block.text)):
            found.setdefault(code[0], set()).add(code[1])
    series = set()
    for signature, codes in found.items():
        by_prefix: dict[str, set[int]] = {}
        for code in codes:
            m = re.match(r"([A-Z]+)[.\-]?(\d+)", code)
            if m:
                by_prefix.setdefault(m.group(1), set()).add(int(m.group(2)))
        if len(codes) >= MIN_TRAILING_CODES and any(v + 1 in vs for vs in by_prefix.values() for v in vs):
            series.add(signature)
    if not series:
        return list(blocks)
    out = []
    for block in blocks:
        code = trailing_code(block.text) if block.kind == "paragraph" else None
        if code and code[0] in series:
            block = replace(block, kind="item", marker=code[1], text=code[2])
        out.append(block)
    return out


@cache
def _party_tag_patterns(key: str = "brackets") -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a bracketed text at the end, the separators between codes, one code) from labels.yaml party_tags, for the
    brackets under `key`."""
    data = load("labels")["party_tags"]
    brackets = "|".join(re.escape(b[0]) + r"\s*([^" + re.escape(b) + r"]{1,80}?)\s*" + re.escape(b[1])
                        for b in data[key])
    seps = "|".join(re.escape(s) if not s.isalpha() else rf"\s{s}\s" for s in data["separators"])
    code = re.compile(r"[A-Z]{1," + str(int(data["max_code_length"])) + "}")
    return re.compile(r"(?:^|\s)(?:" + brackets + r")\s*$"), re.compile(r"\s*(?:" + seps + r")\s*"), code


def party_tag(text: str, is_party: Callable[[str], bool] | None = None) -> tuple[str, str] | None:
    """A bracketed list of party codes a text ends with ("... worden verleend. [G, C]", labels.yaml party_tags):
    (the tag as printed without its brackets, the text before it) or None. Each part is a code in capitals or,
    with `is_party`, a part it accepts (a party's name or a role word). A tag inside a sentence is no tag: the
    caller checks that the text before it ends one (or is empty: the tag on a line of its own). In the brackets of
    labels.yaml party_tags named_brackets ("... verlenen. (Corporatie)") only names and role words count, no codes."""
    text = text.rstrip()
    data = load("labels")["party_tags"]
    key = next((k for k in ("brackets", "named_brackets") if text.endswith(tuple(b[1] for b in data.get(k, ())))), None)
    if key is None or (key == "named_brackets" and is_party is None):
        return None
    end, seps, code = _party_tag_patterns(key)
    m = end.search(text)
    if not m:
        return None
    inner = next(g for g in m.groups() if g is not None)
    parts = seps.split(inner)
    if not all((key == "brackets" and code.fullmatch(p)) or (is_party is not None and p and is_party(p))
               for p in parts):
        return None
    return " ".join(inner.split()), text[: m.start()].rstrip()


@cache
def _theme_tag_patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], int]:
    """(a bracketed text at the end, the separators between theme words, the theme words, the most words of a tag)
    from labels.yaml theme_tags and themes.yaml headings."""
    data = load("labels")["theme_tags"]
    brackets = "|".join(re.escape(b[0]) + r"\s*([^" + re.escape(b) + r"]{2,80}?)\s*" + re.escape(b[1])
                        for b in data["brackets"])
    seps = "|".join(re.escape(s) if not s.isalpha() else rf"\s{s}\s" for s in data["separators"])
    return (re.compile(r"(?:^|\s)(?:" + brackets + r")\s*$"), re.compile(r"\s*(?:" + seps + r")\s*"),
            frozenset(theme_headings()), int(data["max_words"]))


@cache
def _theme_tag_ends() -> tuple[str, ...]:
    """The closing brackets a theme tag may end with (labels.yaml theme_tags)."""
    return tuple(b[1] for b in load("labels")["theme_tags"]["brackets"])


def theme_tag(text: str) -> tuple[str, str] | None:
    """A bracketed theme a text ends with ("... label B hebben. [Duurzaamheid]", labels.yaml theme_tags): (the tag
    as printed without its brackets, the text before it) or None. The tag is a theme heading word (themes.yaml
    headings: "Zorg", "Wonen en zorg") or such words joined by separators. A tag inside a sentence is no tag: the
    caller checks that the text before it ends one (or is empty: the tag on a line of its own)."""
    end, seps, headings, max_words = _theme_tag_patterns()
    m = end.search(text) if text.rstrip().endswith(_theme_tag_ends()) else None  # most texts end in no bracket
    if not m:
        return None
    inner = " ".join(next(g for g in m.groups() if g is not None).split())
    if len(inner.split()) > max_words \
            or not (inner.lower() in headings or all(p.lower() in headings for p in seps.split(inner))):
        return None
    return inner, text[: m.start()].rstrip()
