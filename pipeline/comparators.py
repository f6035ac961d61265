"""The comparator of a figure read from the words just before it: "ten minste" is a floor, "maximaal" a cap,
"circa" an estimate; a negation shortly before turns "meer dan" into a cap."""

from __future__ import annotations

import re
from functools import cache

from . import lexicon

# "geen enkele woning met meer dan 4%": a negation within six words before the comparator
_FLIPPED_BY_NEGATION = {"meer dan": "max", "minder dan": "min"}
_NEGATED = re.compile(r"\b(?:geen|niet|nooit)\b(?:\s+\S+){0,6}\s*$", re.I)
# characters before a figure read for its comparator: "maximaal" right before it, a negation up to six words earlier
LOOKBACK = 60


@cache
def _comparator_re() -> re.Pattern[str]:
    words = sorted(lexicon.comparators(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")(?:\s+een)?\s*(?:€\s*)?$", re.I)


def comparator_before(before: str) -> str:
    """min, max or approx from the words just before a figure ("ten minste", "maximaal", "circa"), else exact.
    A negation shortly before turns "meer dan" into a cap: "verhoogt de huur van geen enkele woning met meer dan 4%"
    says at most 4%, as "niet meer dan" does."""
    m = _comparator_re().search(before.lower().rstrip())
    if not m:
        return "exact"
    word = m[1].lower()
    if word in _FLIPPED_BY_NEGATION and _NEGATED.search(re.split(r"[,;:]", before[:m.start()])[-1]):
        return _FLIPPED_BY_NEGATION[word]
    return lexicon.comparators()[word]
