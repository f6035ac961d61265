"""Document metadata from the text: type, years covered, gemeente(n), corporatie(s), huurdersorganisatie(s)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from .lexicon import load
from .party_lists import (
    FUNCTION_WORDS,
    HOUSING_HINT,
    LOWER_IN_NAMES,
    all_types,
    cover_list,
    enumerated_corporaties,
    is_housing_name,
    looks_like_organisation,
)
from .structure import structure_lexicon
from .text import year_pattern
from .types import Block, DocumentType

NAME_WORD = r"(?:[A-ZÀ-Ý][\w'’\-]*|de|De|het|Het|van|'t)"
PARTICLES = {"de", "het", "van", "'t"}
STOP_NAMES = {
    "de", "het", "een", "en", "gemeente", "wij", "ons", "partijen", "deze", "dit", "zij", "hij",
    "huurders", "corporaties", "huurdersorganisaties",
}
# Years a document covers: 1980-2049 (a range: 2000-2049, the second year also as two digits, "2023-24").
YEAR = re.compile(rf"\b({year_pattern(1980, 2049)})\b")
_DATED = re.compile(rf"\d{{1,2}} [a-z]+ {year_pattern(2000, 2099)}")  # "12 maart 2023"
YEAR_RANGE = re.compile(
    rf"\b({year_pattern(2000, 2049)})\s*(?:-|–|t/m|tot en met|tot)\s*({year_pattern(2000, 2049)}|\d{{2}})\b")


def _name_after(types: Sequence[str], text: str, *, always_keep_type: bool = False) -> list[str]:
    """Capitalised names that follow an organisation-type word: 'Woonstichting Het Lindehof'.

    A name stops at the next organisation-type word, so run-together cover lines do not merge two parties, and at
    an address word ("Postbus 40" run on from a letter's address block).
    """
    pattern = _type_then_name(tuple(types))
    stop_types = {t.lower() for t in all_types()} | set(structure_lexicon()["address_words"])
    names = []
    for m in pattern.finditer(text):
        words: list[str] = []
        for word in m.group(2).split():
            if word.lower() in stop_types:
                break
            words.append(word)
        while len(words) > 1 and words[-1] == words[-2]:
            words.pop()  # "Huurdersvereniging Lindehoven" + a place line "Lindehoven, 28 juni"
        while words and (words[-1] in PARTICLES or words[-1].lower() in STOP_NAMES
                         or len(words) > 1 and words[-1].lower() in FUNCTION_WORDS):
            words.pop()  # "Stichting Meerwonen Voor" where the next sentence starts
        if not words or not words[0][:1].isupper() or (words[0].lower() in STOP_NAMES and len(words) == 1):
            continue  # "huurdersorganisatie van Woonpartners" describes, it does not name
        kind = m.group(1)
        if kind.lower() == "stichting" and not HOUSING_HINT.search(" ".join(words)):
            continue  # a welfare or other foundation, not a corporatie
        keep_type = always_keep_type or (
            kind[:1].isupper() and kind.lower() not in ("woningcorporatie", "huurdersorganisatie")
        )
        names.append(" ".join([kind[:1].upper() + kind[1:], *words]) if keep_type else " ".join(words))
    return names


@cache
def _type_then_name(types: tuple[str, ...]) -> re.Pattern[str]:
    """An organisation-type word where a word starts (any case after its first letter, which is either case),
    then up to four name words.

    Each alternative opens with its first letter as a literal, so that the regex engine skips in C every
    position that holds none of them; the word-start test comes after that letter, as a look-behind.
    """
    ordered = sorted(types, key=len, reverse=True)
    initials = sorted({c for t in types for c in (t[:1].lower(), t[:1].upper())})
    branches = []
    for initial in initials:
        rests = [re.escape(t[1:]) for t in ordered if t[:1].lower() == initial.lower()]
        branches.append(re.escape(initial) + r"(?<!\w.)(?i:" + "|".join(rests) + ")")
    return re.compile(r"((?:" + "|".join(branches) + r")) ((?:" + NAME_WORD + r")(?: " + NAME_WORD + r"){0,3})")


def _listed_after(keyword: str, text: str) -> list[str]:
    """Names listed after a plural: 'woningcorporaties Vivare, Woonzorg Nederland en Plavei'."""
    names = []
    pattern = re.compile(
        keyword + r" ((?:[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*)(?: ?(?:,|en) [A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*)+)"
    )
    for m in pattern.finditer(text):
        for part in re.split(r"\s*,\s*|\s+en\s+", m.group(1)):
            if part and part.lower() not in STOP_NAMES:
                names.append(part.strip())
    return names


def _dedupe(names: Sequence[str]) -> list[str]:
    """Most frequent first; a name that contains or is contained in a more frequent one is a variant of it, and of
    two variants as frequent the longer one is kept ("Woongoed Heidezoom" over "Heidezoom")."""
    counts = Counter(names)
    kept: list[str] = []
    for name in sorted(counts, key=lambda n: (-counts[n], names.index(n))):
        variants = [i for i, k in enumerate(kept) if name in k or k in name]
        if not variants:
            kept.append(name)
        elif len(variants) == 1 and counts[kept[variants[0]]] == counts[name] and kept[variants[0]] in name:
            kept[variants[0]] = name
    return kept


def detect_type(first_page: str) -> DocumentType:
    """The document type from signal words on the first page (kennisgeving, bod, prestatieafspraken)."""
    text = " " + first_page.lower() + " "
    for kind, signals in structure_lexicon()["document_types"].items():
        if any(signal in text for signal in signals):
            return kind  # type: ignore[no-any-return]
    return "other"


def years_in(text: str) -> tuple[int, ...]:
    """The years a text names first: a range ('2024-2028') as all its years, else one year."""
    m = YEAR_RANGE.search(text)
    single = YEAR.search(text)
    if m and (not single or m.start() <= single.start()):
        start, end = int(m.group(1)), m.group(2)
        stop = int(end) if len(end) == 4 else int(m.group(1)[:2] + end)
        if start <= stop <= start + 12:
            return tuple(range(start, stop + 1))
    return (int(single.group(1)),) if single else ()


# A jaarschijf (the yearly part of a multi-year agreement) names its year after one of these words.
JAARSCHIJF = re.compile(rf"\b(?:jaarschijf|jaarschijven|uitvoeringsprogramma|jaarprogramma|jaarafspraken|jaarplan|"
                        rf"werkprogramma|jaarwerkplan)\s+({year_pattern(2000, 2049)})\b", re.IGNORECASE)


def detect_year(blocks: Sequence[Block], years: Sequence[int]) -> int | None:
    """The year a document is about: the jaarschijf a multi-year agreement names in its opening, else None
    (then its first year)."""
    if len(years) < 2:
        return None
    m = JAARSCHIJF.search("\n".join(b.text for b in blocks[:12]))
    return int(m.group(1)) if m else None


# The year a document names after what it is: "Prestatieafspraken 2025", "Bod 2025", "Jaarschijf 2024-2025".
TITLED_YEAR = re.compile(rf"\b(?:prestatieafspraken|prestatieafspraak|bod|jaarschijf|uitvoeringsprogramma|"
                         rf"jaarafspraken|samenwerkingsafspraken)(?: voor)?\s+({year_pattern(2000, 2049)})\b",
                         re.IGNORECASE)
# What a bod answers, named with its year: "bod op de woonvisie 2025", "bod voor 2025": the year it is about,
# though the letter is dated the year before.
BOD_ON = re.compile(rf"\bbod\s+(?:op|voor|bij)\s+(?:(?:de|het)\s+)?(?:[a-z]+\s+)?({year_pattern(2000, 2049)})\b"
                    r"(?!\s*[-–/]\s*\d)", re.IGNORECASE)  # a woonvisie 2022-2027 names its own period


def detect_years(blocks: Sequence[Block]) -> tuple[int, ...]:
    """The years a document covers: from its title headings, else its opening text, else the most cited."""
    opening = blocks[:12]
    subject = subject_years(opening)
    if subject:
        return subject
    for block in opening:
        if block.kind == "heading" and not _DATED.search(block.text) and not opens_with_field(block.text):
            found = years_in(block.text)
            if found:
                return found
    text = "\n".join(b.text for b in opening[:8])
    # "Onderwerp: Bod 2025", "Betreft: bod op de woonvisie 2025", not the letter's date or reference above it
    titled = TITLED_YEAR.search(text) or BOD_ON.search(text)
    found = years_in(text[titled.start(1):] if titled else text)
    if found:
        return found
    counts = Counter(int(y) for b in blocks for y in YEAR.findall(b.text))
    return (counts.most_common(1)[0][0],) if counts else ()


def opens_with_field(text: str) -> bool:
    """Whether a line opens with a field of a letter's header that dates or numbers it ("Registratienummer RM
    2024/0817", "Datum 17 december 2024", "Kenmerk: ..."): never a title (lexicon letters.yaml reference_fields)."""
    words = [w.rstrip(":").lower() for w in text.split()]
    return any(" ".join(words[:n]) in _letters()["reference_fields"] for n in (1, 2) if len(words) >= n + 1)


MAX_FIELD_WORDS = 12  # a header field and its value, perhaps with the next field on its line: no paragraph


def subject_years(opening: Sequence[Block]) -> tuple[int, ...]:
    """The years the subject field of a letter's or notice's header names ("Onderwerp Prestatieafspraken 2025
    Datum 17 december 2024" -> 2025), the field's value cut where a dating or numbering field starts; () without
    one. A field is a heading, a table row or a short block (MAX_FIELD_WORDS), read on its first line only: a
    paragraph opening with "Betreft ..." names no subject."""
    subjects = _letters()["subject_fields"]
    for block in opening:
        if block.kind not in ("heading", "table_row") and len(block.text.split()) > MAX_FIELD_WORDS:
            continue
        words = block.text.split("\n", 1)[0].split()
        if len(words) < 2 or words[0].rstrip(":").lower() not in subjects:
            continue
        value: list[str] = []
        for word in words[1:]:
            if word.rstrip(":").lower() in _letters()["reference_fields"] and value:  # "Datum" starts the next
                break
            value.append(word)
        found = years_in(" ".join(value))
        if found:
            return found
    return ()


PARTIES_LEAD = re.compile(
    r"^(?:(?:prestatie)?afspraken |overeenkomst |overeengekomen |gesloten )?(?:tussen|partijen|door)\s*:?$", re.I)


def parties_listed(blocks: Sequence[Block]) -> list[str]:
    """Organisation names from a 'Partijen' list, from cover lines naming the parties and from the lines under a
    cover line "Afspraken tussen"."""
    names: list[str] = []
    lines: list[str] = []
    heading = ""
    first_page = min((b.page for b in blocks), default=1)
    listing = False  # under a cover line "Afspraken tussen": one party per line until a line that is no name
    for i, block in enumerate(blocks[:60]):
        if block.page == first_page and PARTIES_LEAD.match(block.text):
            listing = True
            continue
        listing = listing and block.page == first_page and looks_like_organisation(block.text.strip())
        if listing:
            lines.append(block.text.strip())  # a name of one word too: a line of its own says it is one
        elif block.kind == "heading":
            heading = block.text
            if "," in block.text and re.search(r"\bgemeente\b", block.text, re.I):
                names += [from_type_word(p) for p in PARTY_LIST_SEPARATOR.split(wrapped_heading(blocks, i)) if p]
        elif block.kind == "item" and re.match(r"(de )?(partijen|ondergetekenden)\b", heading, re.I):
            first = re.split(r",|\(|;", block.text)[0].strip()
            names.append(re.sub(r"^(de|het)\s+(?=[a-z])", "", first, flags=re.I))
    return [*lines, *(n.strip() for n in names if 2 <= len(n.split()) <= 5 and n[:1].isupper())]


PARTY_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+en\s+|\s+[–|]\s+")


def wrapped_heading(blocks: Sequence[Block], i: int) -> str:
    """A cover heading with the heading lines it wraps onto: a list of parties too long for one line runs on
    in the next heading of the same page ("..., Woonstichting Heidekant, Elsgroen" + "Wonen en Huurdersplatform
    Wolfsmeer"), which starts with a capital, holds no figure and follows a line that ends without a stop."""
    text = blocks[i].text.strip()
    for nxt in blocks[i + 1:i + 3]:
        if nxt.kind != "heading" or nxt.page != blocks[i].page or text[-1:] in ".:;!?" \
                or not nxt.text[:1].isupper() or any(ch.isdigit() for ch in nxt.text):
            break
        text += " " + nxt.text.strip()
    return text


def from_type_word(part: str) -> str:
    """A listed party without the title before its type word: "Prestatieafspraken Gemeente Klaverwijk" and
    "Monitorafspraken gemeente Wolfsmeer" are the gemeente (a cover title runs into the first party)."""
    part = part.strip()
    types = "|".join(re.escape(t) for t in sorted(all_types(), key=len, reverse=True))
    m = re.match(r"(?i:\w*(?:afspraken|afspraak|overeenkomst))\s+(?=(?i:" + types + r")\s+[A-Z])", part)
    return part[m.end():] if m else part


PARTY_SEPARATOR = re.compile(r"\s+[·•|]\s+")


def party_line(blocks: Sequence[Block]) -> list[str]:
    """The parties a title page (or slide) names on one line between dots or bars: "Gemeente Ravensloot ·
    Meerland Wonen · Hoeksteen Wonen · Huurdersraad Ravensloot", at least one of them by its type word."""
    types = tuple(t.lower() for t in all_types())
    first_page = min((b.page for b in blocks), default=1)
    for block in blocks[:12]:
        if block.kind == "table_row" or block.page != first_page:
            continue
        pieces = PARTY_SEPARATOR.split(block.text.strip())
        if len(pieces) < 2:  # most blocks: no separator, and no title to take off a part
            continue
        parts = [from_type_word(p) for p in pieces]
        if all(looks_like_organisation(p) for p in parts) and any(p.lower().startswith(types) for p in parts):
            return parts
    return []


def cover_names(blocks: Sequence[Block]) -> list[str]:
    """The parties a title page lists one per line, read back from the one paragraph the lines were joined into
    ("Gemeente Steenwijde Woonstichting De Keerkring Esdonk Wonen Huurderskoepel Steenwijde"): cut before each
    type word, and a name without one ("Esdonk Wonen", see `is_housing_name`) cut off the end of the name before
    it where the document names it on its own elsewhere."""
    types = sorted(all_types(), key=len, reverse=True)
    typed = re.compile(r"\b(?=(?:" + "|".join(re.escape(t.capitalize()) for t in types) + r")\s+[A-Z])")
    first_page = min((b.page for b in blocks), default=1)
    text = "\n".join(b.text for b in blocks)
    for block in blocks[:12]:
        pieces = [p.strip() for p in typed.split(block.text.strip()) if p.strip()]
        if block.page != first_page or block.kind == "table_row" or len(pieces) < 3 \
                or not all(looks_like_organisation(p) and typed.match(p) for p in pieces):
            continue
        names = []
        for piece in pieces:
            words = piece.split()
            tail = " ".join(words[-2:])
            if len(words) >= 4 and is_housing_name(tail) and words[-2].lower() not in LOWER_IN_NAMES \
                    and len(re.findall(r"(?<![\w-])" + re.escape(tail) + r"\b", text)) > 1:
                names += [" ".join(words[:-2]), tail]
            else:
                names.append(piece)
        return names
    return []


# A signatory: initials, a first name in brackets, a surname and the function ("E.M. (Esther) Valkema
# directeur-bestuurder"), the organisation printed before it (a signature table) or after it (a letter's close).
SIGNER = re.compile(r"(?:^|\s)(?:[A-Z]\.){1,4}\s*(?:\([A-Z][\w'’\-]+\)\s*)?(?:(?:van|de|der|den|ten|ter)\s+)*"
                    r"[A-Z][\w'’\-]+\s+(?:directeur-bestuurder|bestuurder|directeur|voorzitter|secretaris)\b")
# Every SIGNER holds one of these: a text without any (all but a few of a document's texts) is not searched.
SIGNER_ROLES = ("bestuurder", "directeur", "voorzitter", "secretaris")

# A signatory on a line of its own under the organisation's name: "mevrouw S. El Amrani, bestuurder", "de heer
# R.J. Hoekstra, directeur-bestuurder" (a web page's or a letter's signature block).
SIGNATORY_LINE = re.compile(r"^(?:(?:mevrouw|de heer|dhr\.|mevr\.|mw\.)\s+)?(?:[A-Z]\.){1,4}\s*[^,]{2,60},\s*"
                            r"(?:directeur-bestuurder|bestuurder|directeur|voorzitter|secretaris)\b")


# A person named by initials ("J. Hoekstra"): the signatory beside another in a row of signatures, no organisation.
PERSON = re.compile(r"^(?:[A-Z]\.){1,4}\s*(?:\([A-Z][\w'’\-]+\)\s*)?(?:(?:van|de|der|den|ten|ter)\s+)*[A-Z]")


def signatories(blocks: Sequence[Block]) -> list[str]:
    """The organisations of a signature block or a letter's close, each named beside its signatory."""
    names = []
    for k, block in enumerate(blocks):
        for text in block.cells if block.kind == "table_row" else (block.text,):
            m = SIGNER.search(text) if any(role in text for role in SIGNER_ROLES) else None
            if m is None:
                heading = blocks[k - 1] if k and block.kind == "paragraph" else None
                if heading is not None and heading.kind == "heading" and heading.page == block.page \
                        and SIGNATORY_LINE.match(text) and len(heading.text.split()) <= 6 \
                        and looks_like_organisation(heading.text):
                    # the organisation in bold over its signatory ("Voor Huurdersvereniging X" names it too)
                    names.append(re.sub(r"^(?:voor|namens)\s+", "", heading.text.strip(), flags=re.IGNORECASE))
                continue
            before, after = text[:m.start()].strip(), re.sub(r"^van\s+", "", text[m.end():].strip())
            names += [n for n in (before, after) if n and looks_like_organisation(n) and not PERSON.match(n)]
    return names


GEMEENTE_NAME = (r"(?:'s-)?[A-Z][a-zà-ÿ'’]{2,}(?:-[A-Z][a-zà-ÿ'’]+)*"
                 r"(?: (?:aan|op|in) (?:den |de |der )?[A-Z][a-zà-ÿ'’]+| van [A-Z][a-zà-ÿ'’]+)?")


def detect_gemeenten(text: str) -> list[str]:
    """Gemeente names: 'gemeente X', 'Burgemeester en wethouders van X' (a name ending in a colon is a label); never
    an organisation type or a form's label run on after the word gemeente (`_label_words`)."""
    names = re.findall(r"\b[Gg]emeente (" + GEMEENTE_NAME + r")\b(?![-\w]|\s*:)", text)
    names += re.findall(r"[Ww]ethouders van\s+(?:de gemeente\s+)?(" + GEMEENTE_NAME + r")\b(?![-\w]|\s*:)", text)
    return _dedupe([n for n in names if n.lower() not in STOP_NAMES and looks_like_organisation(n)
                    and n.split()[0].lower() not in _label_words()])


@cache
def _label_words() -> frozenset[str]:
    """Words that never open a gemeente's name: organisation types and legal forms ("Woonstichting", "Stichting"),
    the labels of fields and forms ("Periode", "Looptijd"); lexicon structure.yaml."""
    lex = structure_lexicon()
    keys = [w for words in lex["attribute_keys"].values() for w in words]
    return frozenset(str(w).lower() for w in (*lex["corporatie_types"], *lex["huurders_types"], *lex["legal_forms"],
                                              *keys, *lex["form_labels"]))


def standalone_names(blocks: Sequence[Block], types: Sequence[str]) -> list[str]:
    """Organisation names that fill a line of their own on the title page or in a Partijen list or signature
    block ("Woonstichting Hof en Veen"): there a name may hold "en", which in running text ends it."""
    pattern = re.compile(r"^(?:" + "|".join(re.escape(t) for t in sorted(types, key=len, reverse=True)) +
                         r")\s+\S.*$", re.IGNORECASE)
    found = []
    for block in blocks:
        text = block.text.strip().rstrip(".,;")
        if len(text) <= 60 and pattern.match(text) and looks_like_organisation(text):
            found.append(text[:1].upper() + text[1:])
    return found


def complete_names(names: Sequence[str], whole: Sequence[str]) -> list[str]:
    """Names cut at an "en" ("Woonstichting Hof") completed from the standalone lines that hold them whole."""
    out = []
    for name in names:
        longer = [w for w in whole if w.startswith(name + " en ")]
        out.append(longer[0] if longer else name)
    return out


@cache
def _letters() -> dict[str, list[str]]:
    return load("letters")  # type: ignore[no-any-return]


def is_header_word(text: str) -> bool:
    """Whether a line is a memo's or letter's field label or kind ("Memo", "Aan:", "Onderwerp"), never a party."""
    return text.strip().rstrip(":").strip().lower() in _letters()["header_words"]


HEADER_FIELD = re.compile(r"^([^\W\d_][\w\- ]{0,24}?)\s*:\s*(\S.*)$")


def header_fields(blocks: Sequence[Block]) -> dict[str, str]:
    """The fields of a memo's or letter's header block on the first page, by label: {"van": "Raad van bestuur
    Brederwonen", "datum": "26 juni 2025", ...}; a field as a line ("Van: X"), a bold run-in label or a table row."""
    first_page = min((b.page for b in blocks), default=1)
    fields: dict[str, str] = {}
    for block in blocks[:40]:
        if block.page != first_page:
            break
        if block.kind == "table_row" and len(block.cells) >= 2:
            key, value = block.cells[0], block.cells[1]
        elif block.marker and block.marker.endswith(":"):
            key, value = block.marker, block.text
        else:
            m = HEADER_FIELD.match(block.text)
            key, value = (m.group(1), m.group(2)) if m else ("", "")
        if is_header_word(key) and value.strip():
            fields.setdefault(key.strip().rstrip(":").strip().lower(), value.strip())
    return fields


def sender_organisation(value: str) -> str | None:
    """The organisation a header's sender field names, who in it sends taken off: "Raad van bestuur Brederwonen"
    -> "Brederwonen"; None for a person or nothing like a name."""
    roles = "|".join(re.escape(r) for r in sorted(_letters()["sender_roles"], key=len, reverse=True))
    role = re.compile(r"^(?:(?:de|het)\s+)?(?:" + roles + r")\b\s*(?:van\s+)?(?:(?:de|het)\s+)?", re.IGNORECASE)
    for part in re.split(r"\s*[,;/|]\s*|\s+[–-]\s+", value):
        while (m := role.match(part)) and m.end():
            part = part[m.end():]
        part = part.strip().rstrip(".")
        if part and not PERSON.match(part) and looks_like_organisation(part) and not is_header_word(part):
            return part
    return None


def letter_sender(blocks: Sequence[Block]) -> str | None:
    """The organisation that sends a memo or letter, from its header's sender field ("Van:"), or None."""
    fields = header_fields(blocks)
    value = next((fields[f] for f in _letters()["sender_fields"] if f in fields), None)
    return sender_organisation(value) if value else None


def letter_recipients(blocks: Sequence[Block]) -> list[str]:
    """The names a memo's or letter's header sends it to or copies it to ("Kopie aan: Huurdersplatform X,
    Thuisvast Wonen"), each as listed."""
    fields = header_fields(blocks)
    return [part for f in _letters()["recipient_fields"] if f in fields
            for part in (p.strip().rstrip(".") for p in PARTY_LIST_SEPARATOR.split(fields[f])) if part]


def legal_names(names: Sequence[str], forms: Sequence[str]) -> list[str]:
    """Each name as its full legal name where the document prints that too: "Jaagpadwonen" as "Stichting
    Jaagpadwonen" when the name with its legal form before it (`forms`: "Stichting") is also found."""
    full = {n.split(" ", 1)[1]: n for n in names if " " in n and n.split(" ", 1)[0].lower() in forms}
    return [full.get(n, n) for n in names]


def titled_type(blocks: Sequence[Block], kind: DocumentType) -> DocumentType:
    """The type the title of the first page names (its largest heading: "Format prestatieafspraken 2027") where
    the first page's text found a bod: an agreement that tells of the bod it started from is no bod."""
    first_page = min((b.page for b in blocks), default=1)
    headings = [b for b in blocks if b.page == first_page and b.kind == "heading"]
    if kind != "bod" or not headings:
        return kind
    titled = detect_type(max(headings, key=lambda b: b.size).text)
    return titled if titled == "prestatieafspraken" else kind


def letterhead_names(text: str) -> list[str]:
    """The senders a letterhead names: a joint bod prints its corporaties side by side on one line ("Woonstichting
    Vlietwaarde    Woningbouwvereniging Het Oosterhuis"), cut before each type word after the first where every
    piece looks like an organisation; else the line as one name."""
    types = sorted(all_types(), key=len, reverse=True)
    typed = re.compile(r"(?<=\S)\s+(?=(?:" + "|".join(re.escape(t.capitalize()) for t in types) + r")\s+[A-Z])")
    pieces = [p.strip() for p in typed.split(text.strip())]
    return pieces if len(pieces) >= 2 and all(looks_like_organisation(p) for p in pieces) else [text.strip()]


def detect_meta(blocks: Sequence[Block]) -> dict[str, object]:
    """Type, years and parties detected from the cleaned blocks of a document."""
    text = "\n".join(b.text for b in blocks)
    first_page = min((b.page for b in blocks), default=1)
    first = "\n".join(b.text for b in blocks if b.page == first_page)
    lex = structure_lexicon()
    cover = cover_names(blocks)
    listed = cover + parties_listed(blocks) + party_line(blocks) + signatories(blocks) + cover_list(blocks)
    huurder_words = tuple(lex["huurders_types"])
    huurders = _dedupe(_name_after(lex["huurders_types"], text, always_keep_type=True)
                       + [n for n in listed if n.lower().startswith(huurder_words)])
    corporaties = _name_after(lex["corporatie_types"], text) + _listed_after(r"(?:woning)?corporaties", text)
    corporaties += [n for n in listed if not n.lower().startswith(("gemeente", *huurder_words))]
    corporaties += enumerated_corporaties(text, lex["corporatie_types"], huurder_words)
    corporaties += [
        m.group(1) for b in blocks if b.kind == "heading"
        for m in [re.search(r"afspraken met (?:woningcorporatie )?([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*)",
                            b.text)] if m
    ]
    kind = titled_type(blocks, detect_type(first))
    whole = standalone_names(blocks, lex["corporatie_types"])
    corporaties = [c for c in corporaties if not any(c.startswith(n + " ") for n in cover)]  # two cover lines
    corporaties = [
        c for c in _dedupe(legal_names(complete_names(corporaties, whole), lex["legal_forms"]))
        if not any(c in h for h in huurders) and not c.lower().startswith("gemeente") and looks_like_organisation(c)
    ]
    if kind == "bod":  # a bod's addressees and those it is copied to do not send it: none is its corporatie
        recipients = letter_recipients(blocks)
        corporaties = [c for c in corporaties if not any(r == c or r.endswith(" " + c) for r in recipients)]
    if kind == "bod" and blocks and blocks[0].kind == "heading" and len(blocks[0].text.split()) <= 5 \
            and not YEAR.search(blocks[0].text) and detect_type(blocks[0].text) == "other" \
            and not is_header_word(blocks[0].text):
        heads = [h for h in letterhead_names(blocks[0].text) if not any(h in c for c in corporaties)
                 and not h.lower().startswith("gemeente")]  # a format the gemeente (a department) sends out
        corporaties[:0] = heads  # a bod opens with the corporatie's letterhead (a joint bod's, with each of theirs)
    sender = letter_sender(blocks) if kind == "bod" else None
    if sender and not sender.lower().startswith(("gemeente", *huurder_words)) \
            and not any(sender in c or c in sender for c in corporaties):
        corporaties.insert(0, sender)  # a bod sent as a memo or letter: its sender is the corporatie
    years = detect_years(blocks)
    return {
        "type": kind,
        "years": years,
        "year": detect_year(blocks, years),
        "gemeenten": tuple(detect_gemeenten(text)[:3]),
        "corporaties": tuple(corporaties[:6]),
        "huurdersorganisaties": tuple(huurders[:4]),
        "title": blocks[0].text if blocks else None,
    }
