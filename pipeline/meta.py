"""Document metadata from the text: type, years covered, gemeente(n), corporatie(s), huurdersorganisatie(s)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .structure import structure_lexicon
from .types import Block, DocumentType

NAME_WORD = r"(?:[A-ZÀ-Ý][\w'’\-]*|de|De|het|Het|van|'t|in|en(?= [A-Z][a-z]+ (?:Wonen|Nederland)))"
PARTICLES = {"de", "het", "van", "'t", "in", "en"}
STOP_NAMES = {
    "de", "het", "een", "en", "gemeente", "wij", "ons", "partijen", "deze", "dit", "zij", "hij",
    "huurders", "corporaties", "huurdersorganisaties",
}
YEAR = re.compile(r"\b(20[0-4]\d|19[89]\d)\b")
YEAR_RANGE = re.compile(r"\b(20[0-4]\d)\s*(?:-|–|t/m|tot en met|tot)\s*(20[0-4]\d|\d{2})\b")


def _name_after(types: Sequence[str], text: str, *, always_keep_type: bool = False) -> list[str]:
    """Capitalised names that follow an organisation-type word: 'Woonstichting Het Lindehof'."""
    alternatives = "|".join(re.escape(t) for t in sorted(types, key=len, reverse=True))
    pattern = re.compile(
        r"\b(" + alternatives + r") ((?:" + NAME_WORD + r")(?: " + NAME_WORD + r"){0,3})", re.IGNORECASE
    )
    names = []
    for m in pattern.finditer(text):
        words = m.group(2).split()
        while words and (words[-1] in PARTICLES or words[-1].lower() in STOP_NAMES):
            words.pop()
        if not words or words[0].lower() in STOP_NAMES or not words[0][:1].isupper() and words[0] not in PARTICLES:
            continue
        kind = m.group(1)
        keep_type = always_keep_type or (
            kind[:1].isupper() and kind.lower() not in ("woningcorporatie", "huurdersorganisatie")
        )
        names.append(" ".join([kind[:1].upper() + kind[1:], *words]) if keep_type else " ".join(words))
    return names


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
    """Most frequent first; drop a name that is a shorter form of a more complete one."""
    counts = Counter(names)
    ordered = sorted(counts, key=lambda n: (-counts[n], names.index(n)))
    kept: list[str] = []
    for name in ordered:
        if any(name != k and (name in k) for k in ordered if counts[k] >= 1 and len(k) > len(name)):
            continue
        if name not in kept:
            kept.append(name)
    return kept


def detect_type(first_page: str) -> DocumentType:
    """The document type from signal words on the first page (kennisgeving, bod, prestatieafspraken)."""
    text = " " + first_page.lower() + " "
    for kind, signals in structure_lexicon()["document_types"].items():
        if any(signal in text for signal in signals):
            return kind  # type: ignore[no-any-return]
    return "other"


def detect_years(head: str, body: str) -> tuple[int, ...]:
    """The years a document covers: a range or a year in its title area, else the most cited year."""
    for text in (head, body):
        m = YEAR_RANGE.search(text)
        single = YEAR.search(text)
        if m and (not single or m.start() <= single.start()):
            start, end = int(m.group(1)), m.group(2)
            stop = int(end) if len(end) == 4 else int(m.group(1)[:2] + end)
            if start <= stop <= start + 12:
                return tuple(range(start, stop + 1))
        if single and text is head:
            return (int(single.group(1)),)
    counts = Counter(int(y) for y in YEAR.findall(body))
    return (counts.most_common(1)[0][0],) if counts else ()


def detect_gemeenten(text: str) -> list[str]:
    """Gemeente names: 'gemeente X', 'Burgemeester en wethouders van X'."""
    names = re.findall(r"\b[Gg]emeente ([A-Z][\w'’\-]+(?:-[A-Z][\w'’\-]+)?)", text)
    names += re.findall(r"[Ww]ethouders van\s+([A-Z][\w'’\-]+)", text)
    return _dedupe([n for n in names if n.lower() not in STOP_NAMES])


def detect_meta(blocks: Sequence[Block]) -> dict[str, object]:
    """Type, years and parties detected from the cleaned blocks of a document."""
    text = "\n".join(b.text for b in blocks)
    first_page = min((b.page for b in blocks), default=1)
    first = "\n".join(b.text for b in blocks if b.page == first_page)
    head = "\n".join(b.text for b in blocks[:8])
    lex = structure_lexicon()
    huurders = _dedupe(_name_after(lex["huurders_types"], text, always_keep_type=True))
    corporaties = _name_after(lex["corporatie_types"], text) + _listed_after(r"(?:woning)?corporaties", text)
    corporaties += [
        m.group(1) for b in blocks if b.kind == "heading"
        for m in [re.search(r"afspraken met (?:woningcorporatie )?([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*)",
                            b.text)] if m
    ]
    corporaties = [
        c for c in _dedupe(corporaties)
        if not any(c in h for h in huurders) and not c.lower().startswith("gemeente")
    ]
    return {
        "type": detect_type(first),
        "years": detect_years(head, text),
        "gemeenten": tuple(detect_gemeenten(text)[:3]),
        "corporaties": tuple(corporaties[:6]),
        "huurdersorganisaties": tuple(huurders[:4]),
        "title": blocks[0].text if blocks else None,
    }
