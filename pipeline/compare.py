"""Links -> statuses and reasons: which afspraken were kept, reworded, weakened, strengthened, new or dropped.

Direction follows meaning, not the raw number: fewer homes is weaker, but a higher rent-increase cap is weaker
too (the rules are in lexicon/directions.yaml).  Figures that move without a change in commitment are not
reported: indexed reference amounts (prijspeil, inkomensgrens) and years of a yearly recurring activity that
move with the document year.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher

from . import lexicon
from .align import AlignSettings, Link, align
from .config import Resolvable
from .features import (
    doc_to_scope,
    extract_features,
    label_rank,
    parse_number,
    phrase_pattern,
)
from .nlp import doc as nlp_doc
from .nlp import docs as nlp_docs
from .nlp import get_nlp, parse, parse_docs
from .quantities import PERIODS_PER_YEAR
from .reading import Reading, main_clause, text_to_reading
from .text import mask_years
from .types import Change, Comparison, Deadline, Document, Features, Quantity, Reason, Status

__all__ = [
    "CompareSettings",
    "compare",
    "compare_texts",
    "decide",
    "normalise",
    "quantity_reasons",
    "deadline_reasons",
    "modality_reasons",
    "condition_reasons",
    "scope_reasons",
    "label_reasons",
]

log = logging.getLogger(__name__)

DEFAULT_UNCLEAR_BELOW = 0.33
PLAIN_COMMITMENT = "(stellige tegenwoordige tijd)"  # the evidence on the side that commits without a modal word
NO_CONDITION = "(geen voorwaarde)"  # the evidence on the side that states no condition
DEFAULT_MODALITY_STEP = 0.25

_INVESTIGATE = re.compile(
    r"\b(?:onderzo\w*|verken\w*|bekijk\w*|overweeg\w*|overweg\w*|nagaan|gaat na|gaan na)\b")


@dataclass(frozen=True, slots=True)
class CompareSettings(Resolvable):
    """How links become statuses.

    Args:
        align: settings of the alignment (`AlignSettings`, a dict of its fields, or None).
        unclear_below: a matched pair below this similarity without any reason is `unclear`, not `reworded`.
        modality_step: the least change in commitment strength that is reported (levels firm 1.0, intent 0.5,
            explore 0.25, discuss 0.1 in lexicon/commitment.yaml, with words close to firm at 0.8); the
            default 0.25 reports every step between levels but explore <-> discuss.

    Raises:
        ValueError: a value outside [0, 1].
    """

    align: AlignSettings | None = None
    unclear_below: float = DEFAULT_UNCLEAR_BELOW
    modality_step: float = DEFAULT_MODALITY_STEP

    def __post_init__(self) -> None:
        for name in ("unclear_below", "modality_step"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be within [0, 1], got {getattr(self, name)!r}")
        if self.align is not None and not isinstance(self.align, AlignSettings):
            object.__setattr__(self, "align", AlignSettings.resolve(self.align))



# ----------------------------------------------------------------------------------------- formatting

def normalise(text: str) -> str:
    """Text for an identity test: whitespace collapsed, quotes and dashes unified, lowercased."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = text.replace("–", "-").replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip().lower()


def _fmt_number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.2f}".replace(",", "x").replace(".", ",").replace("x", ".").rstrip("0").rstrip(",")


def _fmt_quantity(q: Quantity) -> str:
    if q.low is not None and q.high is not None:
        number = f"{_fmt_number(q.low)}-{_fmt_number(q.high)}"
    else:
        number = _fmt_number(q.value)
    if q.unit == "euro":
        return f"€ {number}"
    if q.unit == "procent":
        return f"{number}%"
    unit = q.unit or q.noun or ""
    return f"{number} {unit}".strip()


def _fmt_deadline(d: Deadline) -> str:
    return d.text.lower() if d.text else f"{d.month}-{d.year}"


# ------------------------------------------------------------------------------------------- reasons

def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def _per_year(q: Quantity) -> float:
    """A figure on a common scale: a frequency ("wekelijks", "eens per kwartaal") as a count per year."""
    period = q.unit[len("keer per "):] if q.unit.startswith("keer per ") else ""
    return q.value * PERIODS_PER_YEAR.get(period, 1.0)


def _quantity_direction(old: Quantity, new: Quantity) -> int:
    if old.unit.startswith("keer per ") and new.unit.startswith("keer per "):
        return _sign(_per_year(new) - _per_year(old)) * new.polarity
    if old.low is not None and new.low is not None and old.high is not None and new.high is not None:
        lo, hi = _sign(new.low - old.low), _sign(new.high - old.high)
        raw = lo if lo == hi or hi == 0 else hi if lo == 0 else 0
    else:
        raw = _sign(new.value - old.value)
    return raw * new.polarity if new.polarity == old.polarity else 0


def _quantity_key(q: Quantity) -> tuple[str, str, str]:
    unit = "keer per" if q.unit.startswith("keer per ") else q.unit  # a week's and a quarter's count pair up
    return (q.role, unit, "" if q.unit else _singular(q.noun or ""))


def _singular(noun: str) -> str:
    """A counted noun without its plural ending, where the lemmatizer left it ("huisuitzettingen" and
    "huisuitzetting" count the same thing)."""
    if len(noun) > 5 and noun.endswith("en"):
        return noun[:-2]
    return noun[:-1] if len(noun) > 4 and noun.endswith("s") else noun


def _pair_by_key(old: Sequence[Quantity], new: Sequence[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Pair changed figures of the same unit, in order; identical figures on both sides are no change."""
    pairs: list[tuple[Quantity, Quantity]] = []
    for key in dict.fromkeys(_quantity_key(q) for q in old):
        left = [q for q in old if _quantity_key(q) == key]
        right = [q for q in new if _quantity_key(q) == key]
        for q in list(left):
            same = next((r for r in right if (_per_year(r), r.low, r.high) == (_per_year(q), q.low, q.high)), None)
            if same is not None:
                left.remove(q)
                right.remove(same)
        pairs.extend(zip(left, right, strict=False))
    return pairs


def quantity_reasons(old: Features, new: Features) -> list[Reason]:
    """Changed figures (not indexed reference amounts), with their direction for tenants."""
    out: list[Reason] = []
    olds = [q for q in old.quantities if not q.indexed]
    news = [q for q in new.quantities if not q.indexed]
    for a, b in _pair_by_key(olds, news):
        direction = _quantity_direction(a, b)
        if a.role == "period":
            verb = {1: "termijn verkort", -1: "termijn verlengd"}.get(direction, "termijn gewijzigd")
            out.append(Reason("quantity", a.text, b.text,
                              f"{verb} van {_fmt_quantity(a)} naar {_fmt_quantity(b)}", direction))
            continue
        what = {"euro": "bedrag", "procent": "percentage"}.get(a.unit, "aantal")
        verb = "verhoogd" if _per_year(b) > _per_year(a) else "verlaagd"
        note = "" if direction or a.polarity else " (richting onbekend)"
        if direction and a.polarity < 0:
            note = " (nadelig voor huurders)" if direction < 0 else " (gunstig voor huurders)"
        if direction and "comparator" in (a.polarity_from, b.polarity_from):
            bound = "ondergrens: hoger is sterker" if a.polarity > 0 else "bovengrens: lager is sterker"
            note = f" (richting uit de {bound})"
        out.append(Reason("quantity", a.text, b.text,
                          f"{what} {verb} van {_fmt_quantity(a)} naar {_fmt_quantity(b)}{note}", direction))
    return out


def _months(d: Deadline) -> int:
    return d.year * 12 + d.month


_BARE_YEAR = re.compile(r"^(?:in|voor|vóór)\s+\d{4}$", re.I)
# A date at the end or the middle of a year ("uiterlijk eind 2025", "medio 2025") is a target, not a yearly moment;
# a day and month ("per 1 juli", "vóór 15 december"), a quarter or a bare year ("in 2025") is the yearly cycle's.
_TARGET_DATE = re.compile(r"\b(?:eind|einde|medio|halverwege)\b", re.I)


def _recurring(a: Deadline, b: Deadline, a_text: str, year_shift: int, old_year: int | None = None) -> bool:
    """A yearly activity: the date stands where it stood relative to the document's year (moved by exactly the
    years between the documents, the phrase otherwise the same, or a whole year either side), and the sentence
    does not name a one-off deliverable.  A bare year on one side ("in 2024" -> "per 1 januari 2025") is the
    document's own year named another way: both name the year of their own document."""
    if year_shift == 0:
        return False
    years_a, years_b = _years(a.text), _years(b.text)
    if len(years_a) == len(years_b) > 1 and any(y - x != year_shift for x, y in zip(years_a, years_b, strict=True)):
        return False  # a period whose end moved and whose start stayed: "2024 tot en met 2026" -> "... 2027"
    this_year = (old_year is not None and a.year == old_year and b.year - a.year == year_shift
                 and bool(_BARE_YEAR.match(a.text)) != bool(_BARE_YEAR.match(b.text))
                 and not _TARGET_DATE.search(a.text + " " + b.text))  # "in 2026" -> "medio 2027" has slipped
    if not this_year and _months(b) - _months(a) != 12 * year_shift:
        return False
    whole_years = bool(_BARE_YEAR.match(a.text) and _BARE_YEAR.match(b.text))  # "voor 2024" -> "in 2025"
    if not (whole_years or this_year) and mask_years(a.text).lower() != mask_years(b.text).lower():
        return False
    if _TARGET_DATE.search(a.text) and not _recurring_re().search(sentence_of(a_text, a.text)):
        return False  # "uiterlijk eind 2025 geen E-, F- of G-labels meer": a target date, moved later
    return not is_one_off(sentence_of(a_text, a.text))


def _years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]


def _yearly_cycle(a: Deadline, b: Deadline, old_text: str, new_text: str, year_shift: int) -> bool:
    """A dated moment of a yearly cycle: a day-and-month date (not a bare year, not "eind"/"medio") in a sentence
    that is no one-off deliverable and says it recurs, or whose other years moved with the document ("over 2024"
    -> "over 2025")."""
    if _BARE_YEAR.match(a.text) or _BARE_YEAR.match(b.text) or _TARGET_DATE.search(a.text + " " + b.text):
        return False
    if not re.search(r"\d{1,2}\s+[a-z]+\s+\d{4}", a.text) or not re.search(r"\d{1,2}\s+[a-z]+\s+\d{4}", b.text):
        return False
    sentence_a, sentence_b = sentence_of(old_text, a.text), sentence_of(new_text, b.text)
    if is_one_off(sentence_a):
        return False
    if _recurring_re().search(sentence_a):
        return True
    others_a = _years(sentence_a.replace(a.text, " "))
    others_b = _years(sentence_b.replace(b.text, " "))
    return bool(others_a) and len(others_a) == len(others_b) and all(
        y - x == year_shift for x, y in zip(others_a, others_b, strict=True))


def deadline_reasons(old: Features, new: Features, *, old_text: str = "", new_text: str = "",
                     year_shift: int = 0, old_year: int | None = None) -> list[Reason]:
    """Deadlines moved later (weaker) or earlier (stronger), leaving out yearly recurring activities."""
    if bool(_INVESTIGATE.search(old_text.lower())) != bool(_INVESTIGATE.search(new_text.lower())):
        # an investigation became an act or the reverse: its dates are about different things
        return []
    left, right = list(old.deadlines), list(new.deadlines)
    for d in list(left):  # first the yearly dates that moved with the document, then the dates that stayed
        moved = next((e for e in right if _recurring(d, e, old_text, year_shift, old_year)), None)
        if moved is not None:
            left.remove(d)
            right.remove(moved)
    for d in list(left):
        same = next((e for e in right if _months(e) == _months(d)), None)
        if same is not None:
            left.remove(d)
            right.remove(same)
    if not left or not right:
        return []
    paired = len(left) == len(right)
    if not paired:
        left, right = [max(left, key=_months)], [max(right, key=_months)]
    out: list[Reason] = []
    for a, b in zip(left, right, strict=True):
        if _recurring(a, b, old_text, year_shift, old_year):
            continue
        shift = 0  # a yearly date moved within its year: "per 1 maart 2025 (over 2024)" -> "per 1 februari 2026"
        if paired and year_shift and b.year - a.year == year_shift and _yearly_cycle(
                a, b, old_text, new_text, year_shift):
            shift = 12 * year_shift
        if _months(b) - shift == _months(a):
            continue
        direction = -_sign(_months(b) - shift - _months(a))
        verb = "verschoven" if direction < 0 else "vervroegd"
        out.append(Reason("deadline", a.text, b.text,
                          f"termijn {verb} van {_fmt_deadline(a)} naar {_fmt_deadline(b)}", direction))
    return out


def modality_reasons(old: Reading, new: Reading, *, step: float = DEFAULT_MODALITY_STEP) -> list[Reason]:
    """A firmer or softer commitment, read from grammar ("'zal' werd 'streeft ernaar'", "'onderzoekt' werd
    '(stellige tegenwoordige tijd)'"); a text that commits to nothing on either side gives no reason, and
    neither do two texts with the same modal words (a sentence reordered, a parse that differs)."""
    a, b = old.strength, new.strength
    if a is None or b is None or abs(a - b) < step:
        return []
    if old.all_terms == new.all_terms:  # the same modal words, read differently: a rewording, not a change
        return []
    old_term = ", ".join(old.terms) if old.terms else PLAIN_COMMITMENT
    new_term = ", ".join(new.terms) if new.terms else PLAIN_COMMITMENT
    return [Reason("modality", old_term, new_term, f"'{old_term}' werd '{new_term}'", _sign(b - a))]


def condition_reasons(old: Features, new: Features) -> list[Reason]:
    """More conditions (weaker) or fewer (stronger); a condition reworded ("mits" -> "op voorwaarde dat")
    keeps the count and is no change."""
    if len(new.conditions) == len(old.conditions):
        return []
    if len(new.conditions) > len(old.conditions):
        added = list((Counter(new.conditions) - Counter(old.conditions)).elements()) or list(new.conditions)
        text = "', '".join(dict.fromkeys(added))
        before = "', '".join(dict.fromkeys(old.conditions)) or NO_CONDITION
        return [Reason("condition", before, text, f"voorwaarde toegevoegd: '{text}'", -1)]
    removed = list((Counter(old.conditions) - Counter(new.conditions)).elements()) or list(old.conditions)
    text = "', '".join(dict.fromkeys(removed))
    after = "', '".join(dict.fromkeys(new.conditions)) or NO_CONDITION
    return [Reason("condition", text, after, f"voorwaarde vervallen: '{text}'", +1)]


_COUNTED = re.compile(r"^(?:(\d+) labels|plaats: (.+))$")


def _counted_scope(old: Features, new: Features, old_text: str, new_text: str) -> list[Reason]:
    """Named places and listed energy labels, compared only with each other: a place named on one side only, and
    nowhere in the other text, widens or narrows the reach ("in Oudeland en Ruwiel" -> "in Oudeland, Ruwiel en
    De Schouw"); so does a longer or shorter list of labels ("label E, F of G" -> "label D, E, F of G")."""
    out = []
    places = [{m[2] for m in map(_COUNTED.match, f.scope_terms) if m and m[2]} for f in (old, new)]
    gained = {p for p in places[1] - places[0] if p not in old_text.lower()}
    lost = {p for p in places[0] - places[1] if p not in new_text.lower()}
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


def _named(places: list[str], text: str) -> bool:
    return any(p.removeprefix("plaats: ") in text.lower() for p in places)


def _everywhere_to_places(old: Features, new: Features, old_text: str, new_text: str) -> list[Reason]:
    """"in iedere wijk" (or "alle complexen") on one side and only named places on the other: the reach narrowed
    to those places, or widened from them."""
    def split(f: Features) -> tuple[list[str], float]:
        places = [t for t in f.scope_terms if (m := _COUNTED.match(t)) and m[2]]
        wide = max((b for t, b in zip(f.scope_terms, _breadths(f), strict=True) if not _COUNTED.match(t)),
                   default=0.0)
        return places, wide
    (places_old, wide_old), (places_new, wide_new) = split(old), split(new)
    if wide_old >= 0.9 and not places_old and places_new and wide_new < 0.9 and not _named(places_new, old_text):
        names = ", ".join(sorted(p.removeprefix("plaats: ") for p in places_new))
        return [Reason("scope", "overal", names, f"reikwijdte verkleind: alleen {names}", -1)]
    if wide_new >= 0.9 and not places_new and places_old and wide_old < 0.9 and not _named(places_old, new_text):
        names = ", ".join(sorted(p.removeprefix("plaats: ") for p in places_old))
        return [Reason("scope", names, "overal", f"reikwijdte vergroot: niet alleen {names}", 1)]
    return []


def scope_reasons(old: Features, new: Features, old_text: str = "", new_text: str = "") -> list[Reason]:
    """A wider or narrower reach ("'alle woningen' -> 'een deel van de woningen'").

    The scope terms only one side has are compared: a broader term gained against a narrower one lost widens
    the reach.  A term alone counts only at the extremes: gaining or losing "alle" (1.0) or a pilot/handful
    (<= 0.25).
    """
    counted = _counted_scope(old, new, old_text, new_text) or _everywhere_to_places(old, new, old_text, new_text)
    if counted:
        return counted
    breadth = dict(zip(old.scope_terms, _breadths(old), strict=True)) | dict(
        zip(new.scope_terms, _breadths(new), strict=True))
    added = _unrestated(Counter(t for t in new.scope_terms if not _COUNTED.match(t))
                        - Counter(t for t in old.scope_terms if not _COUNTED.match(t)), old)
    removed = _unrestated(Counter(t for t in old.scope_terms if not _COUNTED.match(t))
                          - Counter(t for t in new.scope_terms if not _COUNTED.match(t)), new)
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


def _unrestated(terms: Counter, other: Features) -> list[str]:
    """Scope terms, without whole counts the other side states as a plain figure ("alle 420" ~ "de 420")."""
    values = {q.value for q in other.quantities}
    out = []
    for term in terms.elements():
        figures = [parse_number(x) for x in re.findall(r"\d[\d.,]*", term)]
        if figures and all(v in values for v in figures if v is not None):
            continue
        out.append(term)
    return out


def _breadths(f: Features) -> list[float]:
    return [scope_breadth(t) for t in f.scope_terms]


def label_reasons(old: Features, new: Features) -> list[Reason]:
    """A better or worse energy label target ("labeldoel verlaagd van B naar C")."""
    if not old.labels or not new.labels or sorted(old.labels) == sorted(new.labels):
        return []
    a = max(old.labels, key=label_rank)
    b = max(new.labels, key=label_rank)
    if a == b:
        a = min(old.labels, key=label_rank)
        b = min(new.labels, key=label_rank)
    if a == b:
        return []
    direction = -_sign(label_rank(b) - label_rank(a))
    verb = "verhoogd" if direction > 0 else "verlaagd"
    return [Reason("label", a, b, f"labeldoel {verb} van {a} naar {b}", direction)]


# -------------------------------------------------------------------------------------------- status

def decide(reasons: Sequence[Reason], similarity: float | None, settings: CompareSettings) -> Status:
    """The status of a matched pair from its reasons: both directions or no direction -> modified."""
    directions = {r.direction for r in reasons}
    if not reasons:
        if similarity is not None and similarity < settings.unclear_below:
            return "unclear"
        return "reworded"
    if 1 in directions and -1 in directions:
        return "modified"
    if -1 in directions:
        return "weakened"
    if 1 in directions:
        return "strengthened"
    return "modified"


def compare_texts(old_text: str, new_text: str, *, old_year: int | None = None, new_year: int | None = None,
                  settings: CompareSettings | None = None) -> list[Reason]:
    """The reasons why `new_text` commits to more or less than `old_text` (empty: the same commitment)."""
    s = CompareSettings.resolve(settings)
    fo = extract_features(old_text, year=old_year)
    fn = extract_features(new_text, year=new_year)
    shift = (new_year - old_year) if old_year is not None and new_year is not None else 0
    return [
        *quantity_reasons(fo, fn),
        *deadline_reasons(fo, fn, old_text=old_text, new_text=new_text, year_shift=shift, old_year=old_year),
        *modality_reasons(text_to_reading(old_text), text_to_reading(new_text), step=s.modality_step),
        *condition_reasons(fo, fn),
        *scope_reasons(fo, fn, old_text, new_text),
        *label_reasons(fo, fn),
    ]


def _link_to_change(link: Link, old: Document, new: Document, s: CompareSettings) -> Change:
    a = old.afspraken[link.old] if link.old is not None else None
    b = new.afspraken[link.new] if link.new is not None else None
    if link.kind in ("split", "merged"):
        return Change(link.kind, a, b, link.similarity, (), link.group)  # type: ignore[arg-type]
    if a is None or b is None:
        return Change("new" if a is None else "dropped", a, b, None, (), None)
    if normalise(a.text) == normalise(b.text):
        return Change("unchanged", a, b, link.similarity, (), link.group)
    reasons = compare_texts(a.text, b.text, old_year=old.meta.year, new_year=new.meta.year, settings=s)
    return Change(decide(reasons, link.similarity, s), a, b, link.similarity, tuple(reasons), link.group)


def compare(old: Document, new: Document, *, settings: CompareSettings | Mapping[str, object] | None = None
            ) -> Comparison:
    """Compare two documents: align their afspraken and give every link a status and reasons.

    Args:
        old: the earlier document (or the bod).
        new: the later document.
        settings: `CompareSettings`, a dict of its fields, or None for the defaults.

    Returns:
        A `Comparison` in which every afspraak of either document is in exactly one change.
    """
    s = CompareSettings.resolve(settings)
    texts = [a.text for a in old.afspraken] + [b.text for b in new.afspraken]
    nlp_docs(texts)  # one batched pass of each pipeline, cached per text
    links = align(old.afspraken, new.afspraken, settings=s.align)
    # The grammar model reads only what compare_texts will read: both sides of each link whose text changed.
    parse_docs([x.text for link in links if link.old is not None and link.new is not None
                and link.kind not in ("split", "merged")
                and normalise(old.afspraken[link.old].text) != normalise(new.afspraken[link.new].text)
                for x in (old.afspraken[link.old], new.afspraken[link.new])])
    changes = tuple(_link_to_change(link, old, new, s) for link in links)
    return Comparison(old=old, new=new, changes=changes)


# ------------------------------------------------------------------------- sentences, one-off items, scope

def sentence_of(text: str, fragment: str) -> str:
    """The sentence of `text` that contains `fragment` (the whole text when not found)."""
    for sent in nlp_doc(text).sents:
        if fragment in sent.text:
            return sent.text
    return text


@cache
def _one_off_matcher() -> Matcher:
    matcher = Matcher(get_nlp().vocab)
    words = lexicon.load("directions").get("one_off", [])
    matcher.add("one_off", [phrase_pattern(str(e["phrase"] if isinstance(e, dict) else e)) for e in words])
    return matcher


@cache
def _recurring_re() -> re.Pattern[str]:
    words = [str(w) for w in lexicon.load("directions").get("recurring", [])]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


_PARTICIPLE_ADJECTIVE = re.compile(r"^\w*ge\w+[dt]en?$")


def is_one_off(sentence: str) -> bool:
    """Whether a sentence names a one-off deliverable ("stelt een nieuwe woonvisie op"), not a yearly one.

    Only the main clause counts (`reading.main_clause`), and a participle used as an adjective names something
    already done, not a deliverable: "uit de vastgestelde verkoopvijver", "de opgestelde monitor".
    """
    if _recurring_re().search(sentence):
        return False
    sentence = _RELATIVE_CLAUSE.sub("", sentence)  # "..., waarvan 70 woningen in 2024 worden opgeleverd"
    sents = list(parse(sentence).sents)
    clause = " ".join(t.text for t in main_clause(sents[0])) if sents else sentence
    doc = nlp_doc(clause)  # the main clause: "..., waarna partijen de jaarschijf opstellen" is no deliverable
    for _, start, end in _one_off_matcher()(doc):
        span = doc[start:end]
        if any(_PARTICIPLE_ADJECTIVE.match(t.lower_) for t in span):
            continue
        if _counted_output(doc, start, end):
            continue
        return True
    return False


# A relative clause on the counted object: what it says of a share is not the main clause's deliverable.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:waarvan|waarbij|waarin|waarmee|waarop)\b[^.;]*", re.I)
_DEFINITE = {"de", "het", "deze", "die", "dit", "resterende", "overige", "laatste", "eerste"}


def _counted_output(doc, start: int, end: int) -> bool:
    """A yearly output counted without an article is no one-off: "140 nieuwe sociale huurwoningen" (new homes,
    not a new plan), "levert 70 woningen op".  "de resterende 40 woningen" or "het nieuwe beleidsplan" are."""
    words = {t.lower_ for t in doc[start:end]}
    if words & {"nieuwe", "nieuw"}:
        before = doc[max(0, start - 3):start]
        return any(_count(t) for t in before)
    if any("oplever" in w or "opgeleverd" in w for w in words):
        for t in doc:
            if _count(t):
                prev = doc[t.i - 1].lower_ if t.i > 0 else ""
                if prev not in _DEFINITE:
                    return True
    return False


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _count(t) -> bool:
    """A figure that counts something: not a year, not the article "een"."""
    return t.like_num and not _YEAR.match(t.text) and t.lower_ not in ("een", "één")


def scope_breadth(term: str) -> float:
    """The breadth of one scope term as `extract_features` reports it ("alle 212 woningen" -> 1.0)."""
    if re.match(r"(?:alle|al)\b", term):
        return 1.0
    found = doc_to_scope(nlp_doc(term), term)
    return max((b for _, b in found), default=0.5)
