"""A rent increase stated against inflation, read as one figure: its offset in percentage points.

"maximaal gelijk aan de inflatie", "gelijk aan of lager dan de inflatie" and "tot gemiddeld de inflatie" are 0,
"ten minste 0,5% onder de inflatie" and "inflatie min 0,5%" are -0.5, "inflatie + 1%" is +1; one stated against
the cap the Rijk sets ("ten minste 1 procentpunt onder de maximale huursomstijging") likewise, in its own unit.
A change of comparator with the same or no number then compares as a change of figure
(features.text_to_quantities).
"""

from __future__ import annotations

import re

from .types import Quantity

__all__ = ["RELATIVE_RENT_UNITS", "inflation_quantities"]

# The units of a rent increase stated against a reference: inflation, or the cap the Rijk sets.
RELATIVE_RENT_UNITS = ("inflatie", "maximum")

# "de inflatie", "het inflatiecijfer", "het inflatiepercentage", "het niveau van de inflatie"
_OF = r"(?:(?:de|het) )?(?:niveau van (?:de|het) )?inflatie(?:cijfer|percentage)?"
# "de maximale huursomstijging", "de wettelijk toegestane huurverhoging", "het wettelijk maximum": the cap the Rijk
# sets each year, against which a rent increase is stated the same way as against inflation
_CAP = (r"(?:(?:de|het) )?(?:(?:wettelijk |maximaal )?toegestane|maximale|wettelijk maximale) "
        r"(?:huursomstijging|huurverhoging|huurstijging|huurprijsstijging)|het (?:wettelijke? )?maximum")
_INFLATION = re.compile(
    r"(?P<capped>\d+(?:,\d+)?)\s*(?:%|procent)(?:punt(?:en)?)?\s+(?P<capside>onder|boven)\s+(?:" + _CAP + r")\b|"
    r"(?P<offset>\d+(?:,\d+)?)\s*(?:%|procent)(?:punt(?:en)?)?\s+(?P<side>onder|boven)\s+" + _OF + r"\b|"
    r"(?:de |het )?inflatie(?:cijfer|percentage)?\s*(?:\+|plus)\s*(?P<plus>\d+(?:,\d+)?)\s*(?:%|procent)|"
    r"(?:de |het )?inflatie(?:cijfer|percentage)?\s*(?:-|–|min|minus)\s*(?P<minus>\d+(?:,\d+)?)\s*(?:%|procent)|"
    r"(?P<equal>(?:gelijk (?:is |zijn |blijft |blijven )?aan(?: of (?:lager|minder) dan)?|"
    r"(?:lager|minder) dan of gelijk aan|op het niveau van|niet hoger dan|niet meer dan|"
    r"maximaal|ten hoogste|hooguit|tot|niet hoger (?:\w+ ){1,3}dan) (?:gemiddeld )?"
    + _OF + r"\b(?!\s*(?:\+|plus|-|–|min|minus)\s*\d)|inflatievolgend\w*)", re.I)


def inflation_quantities(text: str) -> list[Quantity]:
    """A rent increase stated against inflation, as its offset in percentage points: "gelijk aan de inflatie" 0,
    "0,5% onder de inflatie" -0.5, "inflatie + 1%" +1.  More is weaker for tenants, so that "maximaal gelijk aan
    de inflatie" -> "ten minste 0,5% onder de inflatie" is a stronger commitment with the same unit."""
    out = []
    for m in _INFLATION.finditer(text):
        if m["capped"]:
            value = float(m["capped"].replace(",", ".")) * (-1 if m["capside"].lower() == "onder" else 1)
            out.append(Quantity(value=value, unit=RELATIVE_RENT_UNITS[1], text=m.group(0), noun="huurverhoging",
                                polarity=-1))
            continue
        if m["offset"]:
            value = float(m["offset"].replace(",", ".")) * (-1 if m["side"].lower() == "onder" else 1)
        elif m["plus"]:
            value = float(m["plus"].replace(",", "."))
        elif m["minus"]:
            value = -float(m["minus"].replace(",", "."))
        else:
            value = 0.0
        out.append(Quantity(value=value, unit=RELATIVE_RENT_UNITS[0], text=m.group(0), noun="huurverhoging",
                            polarity=-1))
    return out
