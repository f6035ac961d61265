"""The structure lexicon (what is not an afspraak, signature starts, party types) loaded once from data."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml


@cache
def structure_lexicon() -> dict[str, Any]:
    """The contents of lexicon/structure.yaml."""
    return yaml.safe_load((Path(__file__).parent / "lexicon" / "structure.yaml").read_text(encoding="utf-8"))


@cache
def non_afspraak_heading() -> re.Pattern[str]:
    """Headings under which nothing is an afspraak (Inleiding, Begrippen, Bijlagen, ...)."""
    words = sorted(structure_lexicon()["non_afspraak_headings"], key=len, reverse=True)
    return re.compile(
        r"^(?:(?:hoofdstuk|paragraaf|bijlage|artikel|art\.)\s+)?(?:\d+(?:\.\d+)*[.:]?\s+)?(?:" +
        "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE
    )


@cache
def signature_start() -> re.Pattern[str]:
    """A phrase that opens a signature block."""
    words = sorted(structure_lexicon()["signature_starts"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@cache
def signature_phrases() -> tuple[str, ...]:
    """The signature starts, lowercased: a text none of which is in (lowercased) holds no signature start."""
    return tuple(w.lower() for w in structure_lexicon()["signature_starts"])


MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december")
MONTH_NAMES = tuple(MONTHS.split("|"))  # a text without one holds no PLACE_DATE
PLACE_DATE = re.compile(
    r"(?:^|(?<=[.!?”\"’]))\s*[A-Z][\w'’\-]+(?:[ \-][A-Za-z][\w'’\-]+){0,3},\s+(?:d\.d\.\s+)?\d{1,2}\s+(?:"
    + MONTHS + r")\s+\d{4}\b\.?"
)


@cache
def afspraak_labels() -> tuple[str, ...]:
    """Words that label a numbered afspraak: "Maatregel 3", "Activiteit 12" (lexicon: afspraak_labels)."""
    return tuple(structure_lexicon()["afspraak_labels"])


@cache
def attribute_kinds() -> dict[str, str]:
    """Each attribute name (lowercased) and its kind: who, when or other (lexicon: attribute_keys)."""
    return {name.lower(): kind for kind, names in structure_lexicon()["attribute_keys"].items() for name in names}


@cache
def attribute_key() -> re.Pattern[str]:
    """An attribute name and its colon where an attribute starts: "Wie:", "Gereed :", "Status:"."""
    names = sorted(attribute_kinds(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")\s*:\s*", re.IGNORECASE)
