"""Scope reasons: a wider or narrower reach of an afspraak, from its scope terms, named places and labels.

"alle woningen" -> "een deel van de woningen" narrows the reach; "in Oudeland en Ruwiel" -> "in Oudeland, Ruwiel
en De Schouw" widens it; "label E, F of G" -> "label D, E, F of G" widens it.  Split from `compare`, which
combines these with the other reasons.
"""

from __future__ import annotations

import re
from collections import Counter

from .coordinated_scope import coordinated_scope
from .features import doc_to_scope, parse_number
from .nlp import doc as nlp_doc
from .types import Features, Reason

__all__ = ["scope_breadth", "scope_reasons"]


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)

_COUNTED = re.compile(r"^(?:(\d+) labels|plaats: (.+))$")


def _counted_scope(old: Features, new: Features, old_text: str, new_text: str) -> list[Reason]:
    """Named places and listed energy labels, compared only with each other: a place named on one side only, and
    nowhere in the other text, widens or narrows the reach ("in Oudeland en Ruwiel" -> "in Oudeland, Ruwiel en
    De Schouw"); so does a longer or shorter list of labels ("label E, F of G" -> "label D, E, F of G")."""
    out = []
    places = [{m[2] for m in map(_COUNTED.match, f.scope_terms) if m and m[2]} | _area_names(text)
              for f, text in ((old, old_text), (new, new_text))]
    gained = {p for p in places[1] - places[0] if p not in old_text.lower() and not _itemised(p, new_text)}
    lost = {p for p in places[0] - places[1] if p not in new_text.lower() and not _itemised(p, old_text)}
    general = [sorted(t for t in f.scope_terms if not _COUNTED.match(t)) for f in (old, new)]
    # only a list of places that grew or shrank, where both sides name places and say nothing else about reach:
    # "alle complexen" -> "de complexen X en Y" is for the breadth terms
    if all(places) and general[0] == general[1] and bool(gained) != bool(lost):
        direction = 1 if gained else -1
        names = ", ".join(sorted(gained or lost))
        verb = "vergroot" if gained else "verkleind"
        out.append(Reason("scope", ", ".join(sorted(places[0])), ", ".join(sorted(places[1])),
                          f"reikwijdte {verb}: {'plus' if gained else 'zonder'} {names}", direction))
    labels = [max((int(m[1]) for m in map(_COUNTED.match, f.scope_terms) if m and m[1]), default=None)
              for f in (old, new)]
    if None not in labels and labels[0] != labels[1]:
        a, b = labels
        verb = "vergroot" if b > a else "verkleind"
        out.append(Reason("scope", f"{a} labels", f"{b} labels", f"reikwijdte {verb}: {a} -> {b} labels",
                          _sign(b - a)))
    return out


# a total broken down by place names its parts, not its reach: "..., waarvan 36 in De Akker en 24 in Zuid",
# "Het gaat om: 14 woningen in Noord; 8 woningen in Oost"
_ITEMISED = re.compile(r"\b(?:waarvan|waaronder|het gaat om|te weten|namelijk)\b", re.I)


def _itemised(place: str, text: str) -> bool:
    """Whether every mention of a place stands in a breakdown of a total (`_ITEMISED`, earlier in its sentence)."""
    low = text.lower()
    spots = [m.start() for m in re.finditer(re.escape(place), low)]
    return bool(spots) and all(_ITEMISED.search(re.split(r"\.\s", low[:i])[-1]) for i in spots)


def _named(places: list[str], text: str) -> bool:
    return any(p.removeprefix("plaats: ") in text.lower() for p in places)


_SUB_AREA = re.compile(r"\b(?:wijk|wijken|kern|kernen|buurt|buurten|dorp|dorpen|complex|complexen)\s+"
                       r"(?:de\s+|het\s+)?(\w[\w-]*)", re.I)
# homes placed by a name right after them ("de vrijkomende appartementen in Pijlwerd-Noord", "in welke complexen
# in Slibhaven"): the place bounds what is counted, as "in de wijk X" does
_HOMES_IN = re.compile(r"\b\w*(?:woningen|appartementen|complexen|flats)\s+in\s+(?:de\s+|het\s+)?([A-Z][\w-]*)")


# places named as a share or as examples do not set the reach: "waarvan 120 in de wijk Molenbuurt", "onder meer in
# de complexen Lisdodde en Kastanjehof"
_EXAMPLES = re.compile(r"\b(?:waarvan|onder meer|onder andere|o\.a\.|waaronder|zoals|bijvoorbeeld)\b", re.I)


def _place_names(places: list[str]) -> str:
    return ", ".join(sorted(p.removeprefix("plaats: ") for p in places))


def _sub_areas(places: list[str], text: str, whole: frozenset[str] = frozenset()) -> bool:
    """Places named as wijken, kernen, buurten or complexen ("in de wijken Oosterkamp en Veldhuizen") or right
    after the homes they hold: parts of the gemeente, not the gemeente itself ("in de gemeente Hofstede")."""
    def names(pattern: re.Pattern[str]) -> set[str]:
        return {m[1].lower() for m in pattern.finditer(text)
                if not _EXAMPLES.search(text[max(0, m.start() - 40):m.start()])}
    named = names(_SUB_AREA) | (names(_HOMES_IN) - whole)  # "in de kern Eikendonk" is a part even so named
    return bool(places) and any(p.removeprefix("plaats: ").split()[-1] in named for p in places)


def _everywhere_to_places(old: Features, new: Features, old_text: str, new_text: str,
                          whole: frozenset[str] = frozenset()) -> list[Reason]:
    """"in iedere wijk" (or "alle complexen") on one side and only named places on the other: the reach narrowed
    to those places, or widened from them."""
    def split(f: Features) -> tuple[list[str], float]:
        places = [t for t in f.scope_terms if (m := _COUNTED.match(t)) and m[2]]
        wide = max((b for t, b in zip(f.scope_terms, _breadths(f), strict=True) if not _COUNTED.match(t)),
                   default=0.0)
        return places, wide
    (places_old, wide_old), (places_new, wide_new) = split(old), split(new)
    if wide_old >= 0.9 and not places_old and places_new and wide_new < 0.9 and not _named(places_new, old_text):
        names = _place_names(places_new)
        return [Reason("scope", "overal", names, f"reikwijdte verkleind: alleen {names}", -1)]
    if wide_new >= 0.9 and not places_new and places_old and wide_old < 0.9 and not _named(places_old, new_text):
        names = _place_names(places_old)
        return [Reason("scope", names, "overal", f"reikwijdte vergroot: niet alleen {names}", 1)]
    if (not old.scope_terms and _sub_areas(places_new, new_text, whole) and wide_new == 0
            and not _named(places_new, old_text)):
        names = _place_names(places_new)
        return [Reason("scope", "-", names, f"reikwijdte verkleind: alleen {names}", -1)]  # "... in de wijken X en Y"
    if (not new.scope_terms and _sub_areas(places_old, old_text, whole) and wide_old == 0
            and not _named(places_old, new_text)):
        names = _place_names(places_old)
        return [Reason("scope", names, "-", f"reikwijdte vergroot: niet meer alleen {names}", 1)]
    return []


_BULLET = re.compile(r"(?:^|\s)[–•\-]\s+")


def _listed_items(text: str) -> list[str]:
    """The items of a list that closes an afspraak after a colon ("voorrang aan de volgende groepen: – A; – B"),
    normalised; empty without such a list of at least two items."""
    _, colon, rest = text.partition(":")
    if not colon:
        return []
    items = [re.sub(r"\s+", " ", x).strip(" ;,.").lower() for x in _BULLET.split(rest)]
    items = [x for x in items if x]
    return items if len(items) >= 2 and len(_BULLET.findall(rest)) == len(items) else []


def listed_scope(old_text: str, new_text: str) -> list[Reason]:
    """A list of groups, places or cases that grew or shrank with the rest unchanged: every item of one side is on
    the other, which has more ("voorrang aan: – mantelzorgers; – uitstromers" -> "...; – slachtoffers van huiselijk
    geweld" widens the reach)."""
    a, b = _listed_items(old_text), _listed_items(new_text)
    if not a or not b or set(a) == set(b) or not (set(a) < set(b) or set(b) < set(a)):
        return []
    gained = set(a) < set(b)
    names = "', '".join(x for x in (b if gained else a) if x not in (a if gained else b))
    verb = "vergroot" if gained else "verkleind"
    return [Reason("scope", f"{len(a)} genoemd", f"{len(b)} genoemd",
                   f"reikwijdte {verb}: {'plus' if gained else 'zonder'} '{names}'", 1 if gained else -1)]


# "in de complexen aan de Lindelaan en de Hofstraat": complexes named by their street
_STREET_COMPLEXES = re.compile(r"\b(?:complex|complexen|flat|flats|portiekflats?)\s+aan\s+de\s+([A-Z][\w-]*"
                               r"(?:(?:,\s*|\s+en\s+)(?:de\s+)?[A-Z][\w-]*)*)")


def _street_complexes(text: str) -> set[str]:
    names: set[str] = set()
    for m in _STREET_COMPLEXES.finditer(text):
        if not _EXAMPLES.search(text[max(0, m.start() - 40):m.start()]):
            names |= {w.lower() for w in re.findall(r"[A-Z][\w-]*", m[1])}
    return names


def _placed(old: Features, new: Features, old_text: str, new_text: str) -> list[Reason]:
    """Complexes named by their street on one side only, where neither side says anything else about its reach: "maakt
    40 woningen levensloopbestendig" -> "... 40 woningen in de complexen aan de Lindelaan en de Hofstraat" is
    narrower (only there), the reverse wider."""
    if old.scope_terms or new.scope_terms:
        return []
    a, b = _street_complexes(old_text), _street_complexes(new_text)
    if bool(a) == bool(b) or _area_names(old_text) or _area_names(new_text):
        return []
    names = ", ".join(sorted(a or b))
    if b and not any(n in old_text.lower() for n in b):
        return [Reason("scope", "-", names, f"reikwijdte verkleind: alleen {names}", -1)]
    if a and not any(n in new_text.lower() for n in a):
        return [Reason("scope", names, "-", f"reikwijdte vergroot: niet meer alleen {names}", 1)]
    return []


def scope_reasons(old: Features, new: Features, old_text: str = "", new_text: str = "",
                  whole: frozenset[str] = frozenset()) -> list[Reason]:
    """A wider or narrower reach ("'alle woningen' -> 'een deel van de woningen'").

    The scope terms only one side has are compared: a broader term gained against a narrower one lost widens
    the reach.  A term alone counts only at the extremes: gaining or losing "alle" (1.0) or a pilot/handful
    (<= 0.25).  `whole`: the lowercased names of the gemeenten, which name the whole area, not a part of it.
    """
    counted = (_counted_scope(old, new, old_text, new_text)
               or _everywhere_to_places(old, new, old_text, new_text, whole)
               or listed_scope(old_text, new_text) or _placed(old, new, old_text, new_text))
    if counted:
        return counted
    if not old.scope_terms and not new.scope_terms and old_text and new_text:
        coordinated = coordinated_scope(old_text, new_text)  # "van binnenterreinen" -> "van tuinen en binnenterreinen"
        if coordinated:
            return coordinated
    breadth = dict(zip(old.scope_terms, _breadths(old), strict=True)) | dict(
        zip(new.scope_terms, _breadths(new), strict=True))
    added = _unrestated(Counter(t for t in new.scope_terms if not _COUNTED.match(t))
                        - Counter(t for t in old.scope_terms if not _COUNTED.match(t)), old, old_text)
    removed = _unrestated(Counter(t for t in old.scope_terms if not _COUNTED.match(t))
                          - Counter(t for t in new.scope_terms if not _COUNTED.match(t)), new, new_text)
    if _same_places_piloted(added + removed, breadth, old, new, old_text, new_text):
        return []
    b_add = max((breadth[t] for t in added), default=None)
    b_rem = max((breadth[t] for t in removed), default=None)
    if b_add is not None and b_rem is not None:
        direction = _sign(b_add - b_rem)
    elif b_add is not None:
        direction = 1 if b_add >= 1.0 else -1 if b_add <= 0.25 else 0
    elif b_rem is not None:
        direction = -1 if b_rem >= 1.0 else 1 if b_rem <= 0.25 else 0
    else:
        direction = 0
    if not direction:
        return []
    old_terms = ", ".join(removed) or "-"
    new_terms = ", ".join(added) or "-"
    verb = "vergroot" if direction > 0 else "verkleind"
    explanation = f"reikwijdte {verb}: '{old_terms}' -> '{new_terms}'"
    return [Reason("scope", old_terms, new_terms, explanation, direction)]


def _area_names(text: str) -> set[str]:
    """The names listed after wijk, complex, kern or buurt ("in de complexen Lindenhof en Beukenrode"), but not
    as examples ("onder meer in het complex X")."""
    names: set[str] = set()
    for m in _NAMED_AREAS.finditer(text):
        if not _EXAMPLES.search(text[max(0, m.start() - 40):m.start()]):
            names |= {w.lower() for w in re.findall(r"[A-Z][\w-]*", m[1])}
    return names


def _reach_names(f: Features, text: str) -> set[str]:
    """The places an afspraak names: its place terms and the names after wijk, complex, kern or buurt."""
    names = {m[2].split()[-1] for m in map(_COUNTED.match, f.scope_terms) if m and m[2]}
    for m in _NAMED_AREAS.finditer(text):
        names |= {w.lower() for w in re.findall(r"[A-Z][\w-]*", m[1])}
    return names


# "in de complexen Lindenhof en Beukenrode", "in de wijken De Akker, Zuid en Hoogveld", "in heel Oudedorp"
_NAMED_AREAS = re.compile(r"\b(?:wijk|wijken|kern|kernen|buurt|buurten|complex|complexen|heel)\s+((?:de\s+|het\s+)?"
                          r"[A-Z][\w-]*(?:(?:,\s*|\s+en\s+)(?:de\s+|het\s+)?[A-Z][\w-]*)*)")


def _same_places_piloted(changed: list[str], breadth: dict[str, float], old: Features, new: Features,
                         old_text: str, new_text: str) -> bool:
    """Only a pilot or a handful gained or lost, where both sides name the same places: those places set the
    reach ("plaatst in de complexen X en Y" -> "plaatst bij wijze van pilot in de complexen X en Y")."""
    if not changed or any(breadth[t] > 0.25 for t in changed):
        return False
    names = _reach_names(old, old_text)
    return bool(names) and names == _reach_names(new, new_text)


_OWN_ALL = re.compile(r"^(?:alle|al onze|al haar|al hun)\s+(?:\w+\s+)*?(\w+)$")


def _unrestated(terms: Counter, other: Features, other_text: str = "") -> list[str]:
    """Scope terms, without whole counts the other side states as a plain figure ("alle 420" ~ "de 420") and
    without "alle" the other side says with a possessive ("van alle complexen" ~ a bod's "van onze complexen")."""
    values = {q.value for q in other.quantities}
    out = []
    for term in terms.elements():
        figures = [parse_number(x) for x in re.findall(r"\d[\d.,]*", term)]
        if figures and all(v in values for v in figures if v is not None):
            continue
        own = _OWN_ALL.match(term)
        if own and re.search(rf"\b(?:onze|hun|haar)\s+(?:\w+\s+)?{re.escape(own[1])}\b", other_text.lower()):
            continue
        out.append(term)
    return out


def _breadths(f: Features) -> list[float]:
    return [scope_breadth(t) for t in f.scope_terms]


def scope_breadth(term: str) -> float:
    """The breadth of one scope term as `extract_features` reports it ("alle 212 woningen" -> 1.0)."""
    if re.match(r"(?:alle|al)\b", term):
        return 1.0
    found = doc_to_scope(nlp_doc(term), term)
    return max((b for _, b in found), default=0.5)
