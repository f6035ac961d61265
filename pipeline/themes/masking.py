"""Masking: years, amounts, figures and party names replaced by placeholders before any feature is made.

They bias a topic model without carrying the topic; training and prediction mask alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import year_pattern
from ..types import Document

# Placeholders are non-words so that they cannot collide with Dutch vocabulary ("per jaar", "een bedrag").
YEAR_MASK = "xjaarx"
AMOUNT_MASK = "xbedragx"
NUMBER_MASK = "xgetalx"
NAME_MASK = "xnaamx"
AFSPRAAK_MASK = "xafspraakx"

_AMOUNT = re.compile(
    r"(?:€|\beur(?:o)?\b)\s*-?\d[\d.,]*(?:\s*(?:miljoen|mln\.?|miljard|duizend)\b)?(?:,-)?"
    r"|\b\d[\d.,]*\s*(?:miljoen\s+)?(?:euro|eur)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(rf"(?<![\w.,]){year_pattern(1900, 2099)}(?![\w]|[.,]\d)")
_NUMBER = re.compile(r"(?<![\w])\d+(?:[.,]\d+)*(?![\w])")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)

# Words in party names that say what kind of organisation it is; the rest of a name is distinctive and masked
# wherever it occurs capitalised ("Het Lindehof", "Westervoortse starters").
_GENERIC_NAME_WORDS = frozenset(
    "gemeente de het van en der den te in op woonstichting stichting woningstichting woningbouwvereniging "
    "woningcorporatie corporatie wooncoöperatie woningcoöperatie vereniging huurdersvereniging huurdersbelang "
    "huurdersraad huurdersplatform huurdersorganisatie bewonersraad bewonersvereniging bewonerscommissie "
    "huurderskoepel nederland wonen woningen".split()
)
_GENERIC_SUFFIXES = ("vereniging", "stichting", "raad", "belang", "platform", "organisatie", "commissie")


# ---------------------------------------------------------------------------------------------------- masking


def names_of(doc: Document) -> tuple[str, ...]:
    """The party names in a document's metadata: gemeenten, corporaties and huurdersorganisaties."""
    meta = doc.meta
    return tuple(dict.fromkeys((*meta.gemeenten, *meta.corporaties, *meta.huurdersorganisaties)))


def _distinctive_words(name: str) -> list[str]:
    words = []
    for word in _WORD.findall(name):
        low = word.lower()
        if low in _GENERIC_NAME_WORDS or low.endswith(_GENERIC_SUFFIXES) or len(word) < 3:
            continue
        words.append(word)
    return words


def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    full = sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)
    words = sorted({w for n in full for w in _distinctive_words(n)}, key=len, reverse=True)
    parts = [re.escape(n) for n in full]
    # distinctive words only when capitalised, with any suffix (Westervoortse, Lindehofs)
    parts += [re.escape(w[0].upper() + w[1:]) + r"\w*" for w in words]
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


_NAME_PATTERNS: dict[tuple[str, ...], re.Pattern[str] | None] = {}


def mask(text: str, names: Iterable[str] = ()) -> str:
    """Replace names, amounts, years and other figures by placeholders that carry no topic bias.

    >>> mask("Vivare bouwt in 2023 75 woningen voor € 1.200.000.", ["Vivare"])
    'xnaamx bouwt in xjaarx xgetalx woningen voor xbedragx.'
    """
    key = tuple(names)
    if key not in _NAME_PATTERNS:
        if len(_NAME_PATTERNS) > 512:
            _NAME_PATTERNS.clear()
        _NAME_PATTERNS[key] = _name_pattern(key)
    pattern = _NAME_PATTERNS[key]
    if pattern is not None:
        text = pattern.sub(NAME_MASK, text)
    if not _DIGIT.search(text):
        return text  # amounts, years and numbers all hold a digit
    # Each pattern is tried only where its literal part occurs (the same result: a pattern that cannot match
    # leaves the text as it is). An amount holds "€" or "eur" in any case (no other character folds to e, u
    # or r), a year "19" or "20".
    if "€" in text or "eur" in text.lower():
        text = _AMOUNT.sub(AMOUNT_MASK, text)
    if "19" in text or "20" in text:
        text = _YEAR.sub(YEAR_MASK, text)
    return _NUMBER.sub(NUMBER_MASK, text)


# "afspraak", "afspraken", "prestatieafspraken", "kaderafspraak": real documents use them in content items ("de
# afspraak om 100 woningen toe te voegen"), so they say that something is agreed, not what it is about.
_AFSPRAAK = re.compile(r"(?<!\w)[^\W\d_]*afspra(?:ak|ken)[^\W\d_]*(?!\w)", re.IGNORECASE)
# A capitalised word inside a sentence is a name in Dutch (a project, programme, wijk or organisation that the
# document's metadata does not list), unless it is an acronym (two capitals or a digit: GGD, CO2, RvC).
_CAPITALISED = re.compile(r"[A-Z][a-zà-ÿ][\w'’-]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;•(\-–]\s*|\n\s*)$")
KEEP_CAPITALISED = frozenset("rijk wmo woningwet woonbond aedes kabinet minister provincie ggd rvc".split())


def theme_mask(text: str, names: Iterable[str] = (), *, afspraak: bool = False, proper: bool = False) -> str:
    """`mask`, then optionally the "afspraak"-words and the unlisted capitalised names: what the model reads."""
    if proper:
        text = mask_proper_names(text)
    text = mask(text, names)
    return mask_afspraak_words(text) if afspraak else text


def mask_afspraak_words(text: str) -> str:
    """Replace "afspraak"-words (afspraak, afspraken, prestatieafspraken, ...) by a placeholder.

    >>> mask_afspraak_words("De afspraak om 100 woningen te bouwen")
    'De xafspraakx om 100 woningen te bouwen'
    """
    if "afspra" not in text.lower() and "\u017f" not in text:
        return text  # no match possible: case-blind, only the long s (U+017F) folds to one of these letters
    return _AFSPRAAK.sub(AFSPRAAK_MASK, text)


def mask_proper_names(text: str) -> str:
    """Replace capitalised words inside a sentence (names the metadata did not list) by the name placeholder.

    >>> mask_proper_names("De corporatie start het project Molenakker in Zuid.")
    'De corporatie start het project xnaamx in xnaamx.'
    """
    out = []
    last = 0
    for m in _CAPITALISED.finditer(text):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
            continue
        word = m.group()
        if start == 0 or _SENTENCE_START.search(text[max(0, start - 4):start]):
            continue
        if word.lower() in KEEP_CAPITALISED or sum(c.isupper() or c.isdigit() for c in word) > 1:
            continue
        out.append(text[last:start] + NAME_MASK)
        last = m.end()
    out.append(text[last:])
    return "".join(out)
