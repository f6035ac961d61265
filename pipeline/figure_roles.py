"""Where a figure stands decides what it does: a part of a total broken down ("70 woningen, waarvan 40 in X"), a
count of homes that sets which places an afspraak covers ("in elk complex met meer dan 40 woningen"), or an age that
bounds the group it serves ("senioren van 65 jaar en ouder").  `quantities` reads the figure, this its role.
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon

__all__ = ["placed_role"]


_BREAKDOWN = re.compile(r"\d[^.;]*?,\s*waarvan\b[^.;]*$", re.I)
_THRESHOLD_BEFORE = re.compile(r"\b(?:met|van)\s+meer\s+dan\s+$|\bvanaf\s+$", re.I)
_THRESHOLD_AFTER = re.compile(r"^\s+\w+\s+(?:of|en)\s+meer\b", re.I)


def _in_breakdown(text: str, start: int) -> bool:
    """A figure that breaks a total down ("ten minste 70 woningen, waarvan 40 in Kampereiland en 30 in de
    Stationsbuurt"): the parts move with the total and commit to nothing of their own."""
    return _BREAKDOWN.search(text[:start]) is not None


def placed_role(text: str, start: int, end: int, unit: str, noun: str | None, read: tuple[str, int, str]
                ) -> tuple[str, int, str]:
    """(role, polarity, polarity_from) once the figure's place is known: a part of a total broken down, a threshold
    of homes or an age bound that sets the afspraak's reach, else as `read` (what `quantities` read)."""
    if unit != "procent" and _in_breakdown(text, start):
        return "part", read[1], read[2]
    if _counts_homes(unit, noun) and _threshold(text, start, end):
        return "threshold", -1, ""
    age = _age_bound(text, start, end) if unit in ("jaar", "jaren") else 0
    return ("threshold", age, "") if age else read


_MIN_AGE_AFTER = re.compile(r"^\s+jaar\s+(?:en|of)\s+ouder\b", re.I)
_MIN_AGE_BEFORE = re.compile(r"\b(?:vanaf|ouder\s+dan)\s+$", re.I)


@cache
def _max_age_before() -> re.Pattern[str]:
    groups = "|".join(map(re.escape, lexicon.load("units").get("age_groups", []))) or "(?!)"
    return re.compile(r"\b(?:" + groups + r")\s+(?:tot(?:\s+en\s+met)?|t/m|jonger\s+dan|onder\s+de)\s+$", re.I)


def _age_bound(text: str, start: int, end: int) -> int:
    """An age that bounds the group an afspraak serves, as the direction of a higher age: "senioren van 65 jaar en
    ouder" (-1: a higher lower bound serves fewer), "starters tot 28 jaar" (+1: a higher upper bound serves more);
    0 for any other span of years ("terugbrengen tot 4 jaar" is a waiting time)."""
    after = text[end:end + 20]
    if not re.match(r"^\s+jaar\b", after, re.I):
        return 0
    if _MIN_AGE_AFTER.match(after) or _MIN_AGE_BEFORE.search(text[max(0, start - 20):start]):
        return -1
    return 1 if _max_age_before().search(text[max(0, start - 40):start]) else 0


def _counts_homes(unit: str, noun: str | None) -> bool:
    return unit == "woningen" or (noun or "").endswith(("woning", "woningen"))


def _threshold(text: str, start: int, end: int) -> bool:
    """A count of homes that sets which places or projects an afspraak covers ("in elk complex met meer dan 40
    woningen", "bij plannen van twintig woningen of meer", "vanaf 12 woningen"): a higher threshold covers less, so
    more is weaker."""
    return (_THRESHOLD_BEFORE.search(text[max(0, start - 20):start]) is not None
            or _THRESHOLD_AFTER.match(text[end:end + 30]) is not None)
