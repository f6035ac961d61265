"""Attributes printed in an afspraak's text or beside it ("Trekker: gemeente; gereed: Q3 2025") -> name -> value."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clean import ENDS_SENTENCE
from .lexicon import load
from .numbering import party_tag, theme_tag
from .status_labels import status_label, trailing_tag
from .structure import PARTICLES, attribute_keys, attribute_names, cell_kind, keyed_attributes, structure_lexicon


def attribute_name(label: str) -> str:
    """The name an attribute is kept under: the one the lexicon gives its printed label ("Hoe meten we dit:" ->
    "indicator", labels.yaml attribute_names), else the label lowercased, its words joined by "_" ("Relatie
    woonvisie" -> "relatie_woonvisie")."""
    words = " ".join(label.strip().rstrip(":").lower().replace("_", " ").split())
    return attribute_names().get(words) or words.replace(" ", "_")


def parse_attributes(text: str) -> dict[str, str] | None:
    """A text made only of attributes ("Wie: gemeente | Wanneer: Q3 2025; Status: loopt", "Trekker: X · Gereed: Y")
    as name -> value, or None when anything else is in it. A labelled line of "key value" parts ("Uitvoering:
    trekker Kempwaard, gereed eind 2028") counts too (`structure.keyed_attributes`)."""
    keyed = keyed_attributes(text)
    if keyed:
        return keyed
    keys = list(attribute_keys(text))
    if not keys or text[: keys[0].start()].strip(" |;,(·•–") != "":
        return None
    found: dict[str, str] = {}
    for key, nxt in zip(keys, [*keys[1:], None], strict=False):
        value = text[key.end(): nxt.start() if nxt else len(text)].strip(" |;,.·•–")  # split by bars, dots, dashes
        while value.endswith(")") and value.count(")") > value.count("("):
            value = value[:-1].rstrip(" |;,.·•–")  # the bracket the attributes stood in, not one of the value's own
        if value:
            found.setdefault(" ".join(key.group(1).lower().split()), value)
    return found or None


TRAILING_PARENTHESIS = re.compile(r"\s*\(([^()]{3,200})\)\s*\.?\s*$")


def _names_party(who: str, names: Sequence[str]) -> bool:
    """Whether each word of a "who" text is a role word ("gemeente", "beide corporaties"), a word of the name of
    an organisation of the document ("Monderhof" of "Woonstichting Monderhof") or an abbreviation of either
    ("Gem.", "Corp.": `_abbreviates_party`)."""
    words = [w for w in who.split() if w.lower() not in PARTICLES]
    return bool(words) and all(
        cell_kind(w.lower()) == "who"  # a role word, also capitalised at the start of a tag ("(Gemeente)")
        or (w[:1].isupper() and any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", n) for n in names))
        or _abbreviates_party(w, names)
        for w in words)


ABBREVIATION = re.compile(r"([^\W\d_]{3,})\.")  # three letters at least: "Gem.", "Corp."; "G." is too short to tell


def _abbreviates_party(word: str, names: Sequence[str]) -> bool:
    """Whether a word is an abbreviation of a role word or of a word of a party's name: its letters and a full stop
    ("Gem.", "Corp.", "Zeggel."), the letters starting that word ("gemeente", "corporatie"). A tag as "(Gem.)" or
    "(Corp.)" after an afspraak names its trekker the way "(Gemeente)" does; a document explains such tags once
    (on its title page, in a leeswijzer), so the words they abbreviate are the parties it names."""
    m = ABBREVIATION.fullmatch(word)
    if not m:
        return False
    stem = m.group(1).lower()
    roles = structure_lexicon()["cell_values"]["who"]
    return any(r.startswith(stem) and r != stem for r in roles) or any(
        w.lower().startswith(stem) and len(w) > len(stem) for n in names for w in n.split())


def unlabelled_attributes(text: str, names: Sequence[str]) -> dict[str, str] | None:
    """A parenthesis of a who and a when without labels ("Monderhof, Q4 2026", "gemeente; doorlopend") as
    {"wie": ..., "wanneer": ...}; the who must name a party of the document or a role (`names`), so that a source
    ("Woonvisie, 2023") is no trekker. None for anything else."""
    parts = [p.strip() for p in re.split(r"\s*[,;]\s+", text.strip())]
    if len(parts) != 2:
        return None
    kinds = [cell_kind(p) for p in parts]
    if sorted(k or "" for k in kinds) != ["when", "who"]:
        return None
    who, when = (parts[0], parts[1]) if kinds[0] == "who" else (parts[1], parts[0])
    return {"wie": who, "wanneer": when} if _names_party(who, names) else None


def tag_attributes(text: str, names: Sequence[str] = ()) -> dict[str, str] | None:
    """A text that is only a closing tag, set apart on a line of its own under an afspraak ("[Duurzaamheid]",
    "[G, C]"): the attribute it gives the afspraak (see `split_attributes`), else None."""
    theme = theme_tag(text)
    if theme and not theme[1]:
        return {str(load("labels")["theme_tags"]["attribute"]): theme[0]}
    status = trailing_tag(text)
    if status and not status[1]:
        return {attribute_name(status_label()): status[0]}
    tag = party_tag(text, lambda part: _names_party(part, names))
    return {"trekker": tag[0]} if tag and not tag[1] else None


def split_attributes(text: str, names: Sequence[str] = ()) -> tuple[str, dict[str, str]]:
    """Attributes printed at the end of an afspraak's text, taken out of it: a trailing parenthesis ("... (trekker:
    gemeente; gereed: Q3 2025)", or unlabelled "(Monderhof, Q4 2026)" where `names`, the document's organisations,
    name the who), a last sentence of attributes ("... woningen. Verantwoordelijk: gemeente"), a bracketed list of
    party codes or names after the last sentence ("... verleend. [G, C]": the trekker "G, C", `numbering.party_tag`)
    or a bracketed theme there ("... hebben. [Duurzaamheid]": under the name labels.yaml theme_tags gives,
    `theme_tag`)."""
    theme = theme_tag(text)
    if theme and (not theme[1] or ENDS_SENTENCE.search(theme[1])):
        rest, found = split_attributes(theme[1], names)
        return rest, {str(load("labels")["theme_tags"]["attribute"]): theme[0], **found}
    status = trailing_tag(text)  # "... vast. (nieuw)": a status tag (status_labels)
    if status and status[1]:
        rest, found = split_attributes(status[1], names)
        return rest, {attribute_name(status_label()): status[0], **found}
    tag = party_tag(text, lambda part: _names_party(part, names))
    if tag and ENDS_SENTENCE.search(tag[1]):
        rest, found = split_attributes(tag[1], names)
        return rest, {"trekker": tag[0], **found}
    m = TRAILING_PARENTHESIS.search(text)
    if m:
        found = parse_attributes(m.group(1)) or unlabelled_attributes(m.group(1), names)
        if found:
            rest = text[: m.start()].rstrip()
            return (rest if ENDS_SENTENCE.search(rest) or not text.rstrip().endswith(".") else rest + "."), found
    for key in attribute_keys(text):
        if key.start() > 0 and re.search(r"[.!?;]\s*$", text[: key.start()]) and len(text) - key.start() < 200:
            found = parse_attributes(text[key.start():])
            if found:
                return text[: key.start()].rstrip(), found
    return text, {}
