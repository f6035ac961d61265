"""Parties named in lists: the name tests an organisation's name passes (`looks_like_organisation`,
`is_housing_name`), an enumeration of parties that names a corporatie without its type word
(`enumerated_corporaties`, also as a notice names who signed by role and by name) and a title page listing the
parties one per line (`cover_list`). Used by `meta`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .structure import structure_lexicon
from .types import Block

FUNCTION_WORDS = {
    "voor", "dit", "deze", "in", "op", "met", "naar", "bij", "om", "als", "na", "ook", "wij", "zij", "er",
    "het", "de", "een", "aan", "sinds", "per", "tot", "over", "door", "vanaf", "namens", "datum", "telefoon",
    "betreft", "onderwerp", "kenmerk",  # a letter's next label, run together with a name in its meta block
}
HOUSING_HINT = re.compile(r"woon|wonen|woning|huis|thuis", re.IGNORECASE)


def all_types() -> list[str]:
    lex = structure_lexicon()
    return [*lex["corporatie_types"], *lex["huurders_types"], "gemeente"]


_NAME = r"[A-Z][\w'’\-]*(?: (?:(?:van|de|der|den|het|'t) )*[A-Z][\w'’\-]*)*"
_ITEM = r"(?:(?:de |het )?(?:[Gg]emeente )?)?" + _NAME
ENUMERATION = re.compile(_ITEM + r"(?:\s*,\s*" + _ITEM + r")*\s+en\s+" + _ITEM)
PARENTHESIS = re.compile(r"\s*\([^()]{0,80}\)")


def enumerated_corporaties(text: str, types: Sequence[str], huurder_types: Sequence[str]) -> list[str]:
    """Corporaties named without a type word in an enumeration of parties that names another party with one:
    "de gemeente Korenwolde, Stichting Woongoed Korenwolde (hierna: Woongoed), Polderrand Wonen en
    Huurdersvereniging De Korenaar" gives "Polderrand Wonen" (see `is_housing_name`)."""
    typed = tuple(t.lower() for t in (*types, *huurder_types, "gemeente"))
    found = []
    # an enumeration never runs over a full stop, semicolon or colon: only the sentences naming a typed party
    sentences = re.split(r"(?<=[.;:])\s+", PARENTHESIS.sub("", text))
    candidates = [s for s in sentences if " en " in s and any(map(s.lower().__contains__, typed))]  # lowered once
    for m in (m for s in candidates for m in ENUMERATION.finditer(s)):
        items = [re.sub(r"^(?:de |het )", "", p.strip()) for p in re.split(r"\s*,\s*|\s+en\s+", m.group(0))]
        if not any(item.lower().startswith(typed) for item in items):
            continue
        found += [item for item in items if not item.lower().startswith(typed) and is_housing_name(item)
                  and looks_like_organisation(item)]
    for m in (m for s in candidates for m in _signed_by().finditer(s)):
        found += _beside_roles(m.group(1), types, typed)
    return found


# An enumeration of the parties by role and by name, as a notice names who signed or made the afspraken: "... zijn
# ondertekend door de gemeente, Woonstichting Akkerhuis, Lindeborgh Wonen, De Meentgaarde en de drie
# huurdersorganisaties".
@cache
def _signed_by() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, structure_lexicon()["signing_verbs"]))
    return re.compile(rf"\b(?:{verbs}) (?:door|tussen) ([^.;:]+)")


@cache
def _role_item() -> re.Pattern[str]:
    roles = "|".join(re.escape(str(w).rstrip("*")) + (r"\w*" if str(w).endswith("*") else "")
                     for w in structure_lexicon()["signing_roles"])
    determiners = "|".join(map(re.escape, structure_lexicon()["signing_determiners"]))
    return re.compile(rf"^(?:{determiners})\s+(?:\w+\s+)?(?:{roles})$", re.IGNORECASE)


def _beside_roles(enumeration: str, types: Sequence[str], typed: tuple[str, ...]) -> list[str]:
    """The corporaties of an enumeration of parties that names the gemeente and the tenants by their role ("de
    gemeente", "de drie huurdersorganisaties") and at least one corporatie by its type word: each item named there
    (a corporatie type word or none at all, "De Meentgaarde" too) is a corporatie."""
    items = [p.strip() for p in re.split(r"\s*,\s*|\s+en\s+", PARENTHESIS.sub("", enumeration)) if p.strip()]
    corporatie_types = tuple(t.lower() for t in types)
    if len(items) < 3 or not any(_role_item().match(i) for i in items) \
            or not any(i.lower().startswith(corporatie_types) and looks_like_organisation(i) for i in items):
        return []
    names = [i for i in items if not _role_item().match(i)]
    if not all(looks_like_organisation(n) for n in names):
        return []  # not a list of parties alone
    return [n for n in names if not n.lower().startswith(typed) or n.lower().startswith(corporatie_types)]


def is_housing_name(name: str) -> bool:
    """A corporatie's name without a type word: two words or more with a housing word ("Polderrand Wonen"), or one
    word that ends in one ("Kwelderwonen"), not one that starts with it (a "Woonvisie", the "Woningwet")."""
    hint = HOUSING_HINT.search(name)
    return hint is not None and (len(name.split()) >= 2 or hint.start() > 0)


def cover_list(blocks: Sequence[Block]) -> list[str]:
    """The parties a title page lists one per line with no lead line ("Gemeente Ooltwijk", "Woonlieden Ooltwijk",
    "Woongroep Rijnkade", "Huurdersvereniging De Waterpoort" under the title): a run of three or more lines of the
    first page that each look like an organisation, at least two of them named by their type word. A line of its
    own in such a list is a name, one without a type word too."""
    types = tuple(t.lower() for t in all_types())
    first_page = min((b.page for b in blocks), default=1)
    run: list[str] = []
    for block in [*blocks[:20], None]:
        text = block.text.strip() if block is not None else ""
        if block is not None and block.page == first_page and block.kind in ("heading", "paragraph") \
                and _one_name(text, types):
            run.append(text)
            continue
        if len(run) >= 3 and sum(r.lower().startswith(types) for r in run) >= 2:
            return run
        run = []
    return []


def _one_name(text: str, types: tuple[str, ...]) -> bool:
    """Whether a line holds one organisation's name and nothing else: two to five capitalised words, no punctuation
    after it (a lead "Partijen:", an enumeration "Woonstichting Kragland,"), no type word after its first word (the
    lines of a list joined into one) and no type word alone ("Gemeenten", "Woningcorporaties": a list's heading)."""
    words = text.split()
    return 2 <= len(words) <= 5 and text[:1].isupper() and text[-1:].isalnum() and looks_like_organisation(text) \
        and not any(w.lower().startswith(types) for w in words[1:])


LOWER_IN_NAMES = {"de", "het", "van", "'t", "en", "der", "den", "op", "aan", "in", "voor", "ter", "te", "'s"}


def looks_like_organisation(name: str) -> bool:
    """A name as organisations are named: capitalised words with the odd particle, no digits, not ending in a
    particle; never a sentence fragment ("Woonstichting voor de bouw") or a cut word ("Woonst")."""
    words = name.split()
    if not 1 <= len(words) <= 7 or any(ch.isdigit() for ch in name) or words[-1].lower() in LOWER_IN_NAMES:
        return False
    if any(not w[:1].isupper() and w.lower() not in LOWER_IN_NAMES and not w.startswith("'s-") for w in words):
        return False
    if len(words) == 1 and (len(name) < 3 or is_function_word(name)):
        return False  # "Per" of "de gemeente. Per 1 juli ...": a sentence's next word, no name
    return not any(w.lower() in FUNCTION_WORDS - LOWER_IN_NAMES for w in words)


def is_function_word(word: str) -> bool:
    """Whether a word is a function word (a preposition, pronoun, article, conjunction: "Per", "Voor", "Want"),
    which never names a place or organisation alone."""
    from spacy.lang.nl.stop_words import STOP_WORDS  # on first use: meta alone needs no spaCy

    return word.lower() in FUNCTION_WORDS or word.lower() in STOP_WORDS
