"""The lexicons as data: commitment levels, conditions, scope words, units, numbers, labels, direction rules
and theme heading synonyms, each loaded once from the YAML files beside this module.

Analysts extend the YAML; code reads it only through the accessors below.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..types import THEMES

__all__ = [
    "Entry",
    "Directions",
    "load",
    "condition_entries",
    "scope_entries",
    "units",
    "skip_before_unit",
    "numbers",
    "ordinals",
    "ordinal_units",
    "study_verbs",
    "label_order",
    "directions",
    "theme_headings",
    "heading_to_theme",
]


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry: the phrases that express it, its canonical label and its score."""

    label: str
    phrases: tuple[str, ...]
    score: float
    note: str | None = None
    closes: bool = False  # a closing part ("... het toelaat") that does not count after another condition


@dataclass(frozen=True, slots=True)
class Directions:
    """Direction rules for changed figures and the words that make a year context."""

    reference: tuple[str, ...]
    no_direction: tuple[str, ...]
    more_is_weaker: tuple[str, ...]
    more_is_stronger: tuple[str, ...]
    stronger_units: frozenset[str]
    provision: tuple[str, ...]
    budget: tuple[str, ...]
    reference_sentence_wide: tuple[str, ...]
    year_context: frozenset[str]
    past_auxiliaries: frozenset[str]
    past_participles: frozenset[str]
    avoided: frozenset[str] = frozenset()
    milestones: tuple[str, ...] = ()
    none_words: tuple[str, ...] = ("geen",)  # `cap_to_none.none`: "geen", "nul" before a counted noun state none


@cache
def load(name: str) -> Any:
    """Parse one lexicon file (`modality`, `conditions`, ...) from this package; cached."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def condition_entries() -> tuple[Entry, ...]:
    """Condition phrases with their canonical label (score unused: 1.0)."""
    return tuple(
        Entry(str(e["label"]), tuple(str(p) for p in e["phrases"]), 1.0, e.get("note"), bool(e.get("closes")))
        for e in load("conditions")["entries"]
    )


@cache
def scope_entries() -> tuple[Entry, ...]:
    """Scope words with their breadth (1.0 all ... 0.0 a pilot)."""
    return tuple(
        Entry(str(e["phrases"][0]), tuple(str(p) for p in e["phrases"]), float(e["breadth"]), e.get("note"))
        for e in load("scope")["entries"]
    )


@cache
def units() -> dict[str, str]:
    """Unit word (lowercase, as written or as lemma) -> canonical unit."""
    out: dict[str, str] = {}
    for unit, words in load("units")["units"].items():
        for word in words:
            out[str(word).lower()] = str(unit)
    return out


@cache
def frequencies() -> dict[str, tuple[float, str]]:
    """Frequency words and phrases (lowercase) -> (count, period): "wekelijks" -> (1, "week")."""
    return {str(k).lower(): (float(v[0]), str(v[1])) for k, v in load("units").get("frequency", {}).items()}


@cache
def comparators() -> dict[str, str]:
    """Comparator phrases (lowercase) -> min, max or approx (units.yaml `comparators`)."""
    return {str(w).lower(): str(kind) for kind, words in load("units").get("comparators", {}).items() for w in words}


@cache
def skip_before_unit() -> frozenset[str]:
    """Adjectives that may stand between a figure and its counted noun."""
    return frozenset(str(w) for w in load("units")["skip_before_unit"])


@cache
def numbers() -> dict[str, dict[str, int]]:
    """Number words, multipliers, months, year parts and quarters."""
    data = load("numbers")
    return {key: {str(k).lower(): int(v) for k, v in data[key].items()} for key in
            ("words", "multipliers", "months", "year_parts", "quarters")}


@cache
def ordinals() -> dict[str, int]:
    """Ordinal words and their number ("vijfde" -> 5; numbers.yaml ordinals)."""
    return {str(k).lower(): int(v) for k, v in load("numbers")["ordinals"].items()}


@cache
def ordinal_units() -> dict[str, str]:
    """The units an ordinal day counts in and the unit of its period ("werkdag" -> "dagen"; numbers.yaml)."""
    return {str(k).lower(): str(v) for k, v in load("numbers")["ordinal_units"].items()}


@cache
def study_verbs() -> tuple[str, ...]:
    """The verbs of a study asking a question ("onderzoekt ... of"; directions.yaml study_verbs)."""
    return tuple(str(w).lower() for w in load("directions")["study_verbs"])


@cache
def date_bounds() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words that make a date a bound (numbers.yaml): (end bounds, start bounds)."""
    data = load("numbers")
    return tuple(str(w) for w in data["end_bounds"]), tuple(str(w) for w in data["start_bounds"])


@cache
def label_order() -> tuple[str, ...]:
    """Energy labels from best to worst."""
    return tuple(str(x) for x in load("labels")["order"])


@cache
def directions() -> Directions:
    """The direction rules of directions.yaml."""
    data = load("directions")

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(e["word"]).lower() for e in data[key])

    return Directions(
        reference=words("reference"),
        no_direction=words("no_direction"),
        more_is_weaker=words("more_is_weaker"),
        more_is_stronger=words("more_is_stronger"),
        stronger_units=frozenset(str(w).lower() for w in data.get("stronger_units", [])),
        provision=tuple(str(w).lower() for w in data.get("provision", [])),
        budget=words("budget") if "budget" in data else (),
        reference_sentence_wide=tuple(str(w).lower() for w in data.get("reference_sentence_wide", [])),
        year_context=frozenset(str(w).lower() for w in data["year_context"]),
        past_auxiliaries=frozenset(str(w).lower() for w in data["past_auxiliaries"]),
        past_participles=frozenset(str(w).lower() for w in data["past_participles"]),
        avoided=frozenset(str(w).lower() for w in data["avoided"]),
        milestones=tuple(str(w).lower() for w in data["milestones"]),
        none_words=tuple(str(w).lower() for w in data.get("cap_to_none", {}).get("none", ["geen"])),
    )


@cache
def theme_headings() -> dict[str, str]:
    """Heading word (lowercase) -> theme code; every code is one of `types.THEMES`."""
    mapping = {str(k).lower(): str(v) for k, v in load("themes")["headings"].items()}
    unknown = sorted(set(mapping.values()) - set(THEMES))
    if unknown:
        raise ValueError(f"themes.yaml: unknown theme codes {unknown}")
    return mapping


def heading_to_theme(heading: str | None) -> str | None:
    """The theme a section heading suggests (longest matching heading word), or None."""
    if not heading:
        return None
    text = heading.lower()
    best: tuple[int, str] | None = None
    for word, theme in theme_headings().items():
        if word in text and (best is None or len(word) > best[0]):
            best = (len(word), theme)
    return best[1] if best else None
