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

from . import lexicon
from .actors import party_reach
from .align import AlignSettings, Link, align
from .config import Resolvable
from .features import extract_features, label_rank
from .inflation import RELATIVE_RENT_UNITS
from .nlp import doc as nlp_doc
from .nlp import docs as nlp_docs
from .nlp import parse_docs
from .number_words import number_word_re
from .quantities import DAYS_PER_UNIT, PERIODS_PER_YEAR, WORKING_DAY
from .reading import Reading, text_to_reading, with_lead_in
from .scope import scope_reasons
from .text import mask_years
from .timing import deadline_reasons
from .types import Change, Comparison, Document, Features, Quantity, Reason, Status

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
    "frequency_period",
    "FREQUENCY_UNIT",
]

log = logging.getLogger(__name__)

DEFAULT_UNCLEAR_BELOW = 0.33
PLAIN_COMMITMENT = "(stellige tegenwoordige tijd)"  # the evidence on the side that commits without a modal word
NO_CONDITION = "(geen voorwaarde)"  # the evidence on the side that states no condition
NO_THRESHOLD = "(geen drempel)"  # the side that covers every place or project, without a size threshold
DEFAULT_MODALITY_STEP = 0.25



@dataclass(frozen=True, slots=True)
class CompareSettings(Resolvable):
    """How links become statuses.

    Args:
        align: settings of the alignment (`AlignSettings`, a dict of its fields, or None).
        unclear_below: a matched pair below this similarity without any reason is `unclear`, not `reworded`.
        modality_step: the least change in commitment strength that is reported (levels firm 1.0, intent 0.5,
            explore 0.25, discuss 0.0 in lexicon/commitment.yaml, with words close to firm at 0.8); the
            default 0.25 reports every step between levels, discuss -> explore too ("bespreken de behoefte"
            -> "onderzoekt de haalbaarheid" is firmer), and none between a level and a word close to it.

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



# ------------------------------------------------------------------------------------------- reasons

def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


FREQUENCY_UNIT = "keer per "  # the unit quantities gives a frequency: "keer per kwartaal"


def frequency_period(unit: str) -> str | None:
    """The period of a frequency's unit ("keer per kwartaal" -> "kwartaal"), None for any other unit."""
    return unit[len(FREQUENCY_UNIT):] if unit.startswith(FREQUENCY_UNIT) else None


def _period(q: Quantity) -> str | None:
    """The period of a frequency ("keer per kwartaal" -> "kwartaal"), None for any other figure."""
    return frequency_period(q.unit)


def _scaled(q: Quantity) -> float:
    """A figure on a common scale: a frequency ("wekelijks", "eens per kwartaal") as a count per year, a time limit
    ("binnen één maand", "binnen tien werkdagen") in days."""
    if _time_limit(q):
        return q.value * (WORKING_DAY if "werkdag" in q.text.lower() else DAYS_PER_UNIT[q.unit])
    return q.value * PERIODS_PER_YEAR.get(_period(q) or "", 1.0)


def _time_limit(q: Quantity) -> bool:
    """"binnen twee weken", "uiterlijk na zes weken": a period in a unit of time, comparable across units."""
    return q.role == "period" and q.unit in DAYS_PER_UNIT


def _quantity_direction(old: Quantity, new: Quantity) -> int:
    """+1 where the new figure is firmer (its polarity says which way that is), -1 weaker, 0 unknown (the polarity
    changed, or a range moved one end up and the other down)."""
    if _period(old) is not None and _period(new) is not None:
        return _sign(_scaled(new) - _scaled(old)) * new.polarity
    if old.low is not None and new.low is not None and old.high is not None and new.high is not None:
        lo, hi = _sign(new.low - old.low), _sign(new.high - old.high)
        raw = lo if lo == hi or hi == 0 else hi if lo == 0 else 0
    else:
        raw = _sign(_scaled(new) - _scaled(old))
    return raw * new.polarity if new.polarity == old.polarity else 0


def _quantity_key(q: Quantity) -> tuple[str, str, str]:
    """What two figures share when one may replace the other: role, unit on the common scale (`_scaled`), and the
    counted noun of a figure without a unit."""
    unit = "keer per" if _period(q) is not None else q.unit  # a week's and a quarter's count pair up
    unit = "dagen" if _time_limit(q) else unit  # and a month's and two weeks' time limit
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
            same = next((r for r in right if (_scaled(r), r.low, r.high) == (_scaled(q), q.low, q.high)), None)
            if same is not None:
                left.remove(q)
                right.remove(same)
        pairs.extend(zip(left, right, strict=False))
    return pairs


def quantity_reasons(old: Features, new: Features) -> list[Reason]:
    """Changed figures (not indexed reference amounts), with their direction for tenants."""
    out: list[Reason] = []
    olds = [q for q in old.quantities if not q.indexed and q.role != "part"]
    news = [q for q in new.quantities if not q.indexed and q.role != "part"]
    out += _threshold_added(olds, news)
    for a, b in _pair_by_key(olds, news):
        if _made_precise(a, b):
            continue
        direction = _quantity_direction(a, b)
        if a.role == "threshold":
            verb = "verhoogd" if b.value > a.value else "verlaagd"
            out.append(Reason("scope", a.text, b.text, f"reikwijdte: drempel {verb} van {_fmt_quantity(a)} naar "
                              f"{_fmt_quantity(b)}", direction))
            continue
        if a.role == "period":
            verb = {1: "termijn verkort", -1: "termijn verlengd"}.get(direction, "termijn gewijzigd")
            said = (_fmt_quantity(a), _fmt_quantity(b)) if a.unit == b.unit else (a.text, b.text)
            out.append(Reason("quantity", a.text, b.text, f"{verb} van {said[0]} naar {said[1]}", direction))
            continue
        what = {"euro": "bedrag", "procent": "percentage"}.get(a.unit, "aantal")
        verb = "verhoogd" if _scaled(b) > _scaled(a) else "verlaagd"
        note = "" if direction or a.polarity else " (richting onbekend)"
        if direction and a.polarity < 0:
            note = " (nadelig voor huurders)" if direction < 0 else " (gunstig voor huurders)"
        if a.unit in RELATIVE_RENT_UNITS:  # "0,5% onder de inflatie": the figure only reads with its reference
            out.append(Reason("quantity", a.text, b.text, f"huurverhoging van {a.text} naar {b.text}{note}", direction))
            continue
        if direction and "comparator" in (a.polarity_from, b.polarity_from):
            bound = "ondergrens: hoger is sterker" if a.polarity > 0 else "bovengrens: lager is sterker"
            note = f" (richting uit de {bound})"
        out.append(Reason("quantity", a.text, b.text,
                          f"{what} {verb} van {_fmt_quantity(a)} naar {_fmt_quantity(b)}{note}", direction))
    return out or _beyond_indexation(old, new)


def _made_precise(old: Quantity, new: Quantity) -> bool:
    """A range settled on a figure strictly inside it ("20 tot 30 woningen" -> "24 woningen"): the plan made
    precise, neither more nor less; a figure at one end is the range's top or bottom taken ("30 tot 40" -> "40")."""
    return (old.low is not None and old.high is not None and new.high is None
            and old.low < _scaled(new) < old.high)


def _threshold_added(old: Sequence[Quantity], new: Sequence[Quantity]) -> list[Reason]:
    """A threshold set where there was none ("bij elk nieuwbouwproject" -> "bij nieuwbouwprojecten met meer dan 20
    woningen") covers less: narrower; one dropped covers more."""
    # ages left out: a study that becomes a scheme names its age limit for the first time ("onderzoekt een regeling
    # voor senioren" -> "biedt senioren van 65 jaar en ouder"), which narrows nothing that was promised
    before = [q for q in old if q.role == "threshold" and q.unit not in ("jaar", "jaren")]
    after = [q for q in new if q.role == "threshold" and q.unit not in ("jaar", "jaren")]
    if bool(before) == bool(after):
        return []
    if {q.value for q in before + after} & {q.value for q in (old if after else new)}:
        return []  # the same figure on the other side, worded otherwise ("waar zij meer dan 300 woningen bezitten")
    if after:
        return [Reason("scope", NO_THRESHOLD, after[0].text, f"reikwijdte verkleind: drempel {after[0].text}", -1)]
    return [Reason("scope", before[0].text, NO_THRESHOLD, f"reikwijdte vergroot: drempel {before[0].text} vervallen",
                   1)]


INDEXATION_MARGIN = 0.10  # a year's indexation stays within this share of the amount


def _beyond_indexation(old: Features, new: Features) -> list[Reason]:
    """One amount indexed on one side ("€ 12.925 (prijspeil 2025)") and a fixed amount on the other ("wordt
    verhoogd tot € 16.000"): a change well beyond what indexation explains is a real change of the amount."""
    euros = [[q for q in f.quantities if q.unit == "euro"] for f in (old, new)]
    if len(euros[0]) != 1 or len(euros[1]) != 1 or euros[0][0].indexed == euros[1][0].indexed:
        return []
    a, b = euros[0][0], euros[1][0]
    fixed = b if a.indexed else a
    if not a.value or abs(b.value - a.value) <= INDEXATION_MARGIN * a.value or not fixed.polarity:
        return []
    verb = "verhoogd" if b.value > a.value else "verlaagd"
    return [Reason("quantity", a.text, b.text, f"bedrag {verb} van {_fmt_quantity(a)} naar {_fmt_quantity(b)}, "
                   f"meer dan indexatie", _sign(b.value - a.value) * fixed.polarity)]


def _indexed_budget(old: Features, new: Features, old_text: str, new_text: str) -> list[Reason]:
    """A budget quoted at a price level on both sides (directions.yaml `indexed_budget`) that fell, or rose well
    beyond a year's indexation: "€ 140 per woning (prijspeil 2025)" -> "€ 120 per woning (prijspeil 2026)"."""
    euros = [[q for q in f.quantities if q.unit == "euro" and q.indexed] for f in (old, new)]
    if len(euros[0]) != 1 or len(euros[1]) != 1 or any(len(f.quantities) != 1 for f in (old, new)):
        return []
    a, b = euros[0][0], euros[1][0]
    words = [str(w) for w in lexicon.load("directions").get("indexed_budget", [])]
    if not a.value or not all(_names_any(text, words) for text in (old_text, new_text)):
        return []
    if a.value <= b.value <= (1 + INDEXATION_MARGIN) * a.value:
        return []
    verb = "verhoogd" if b.value > a.value else "verlaagd"
    why = "meer dan indexatie" if b.value > a.value else "een geïndexeerd bedrag daalt niet vanzelf"
    return [Reason("quantity", a.text, b.text, f"bedrag {verb} van {_fmt_quantity(a)} naar {_fmt_quantity(b)}, "
                   f"{why}", _sign(b.value - a.value))]


def _names_any(text: str, words: list[str]) -> bool:
    """A word of the list, alone or as the head of a compound ("onderhoudsbudget"), not as its first part
    ("budgetneutraal" names no budget)."""
    return any(t.endswith(w) for t in re.findall(r"\w+", text.lower()) for w in words)


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


_PROGRESS = re.compile(r"\b(?:resterende|overige \d|laatste \d|nog te realiseren)", re.I)


def _coordinated_modality(old_text: str, new_text: str, s: CompareSettings) -> list[Reason]:
    """The level of the clauses coordinated after the first, where the first did not change: "stelt grond
    beschikbaar en zorgt voor ..." -> "... en streeft naar ..." is softer."""
    return modality_reasons(text_to_reading(old_text, coordinated=True), text_to_reading(new_text, coordinated=True),
                            step=s.modality_step)


# Where a text states a second clause of its own: after a semicolon, a full stop, or "waarbij"/"daarbij" ("..., waarbij
# een gemiddeld cijfer van 7,5 wordt nagestreefd"; "...; daarbij wordt ernaar gestreefd dat ...").
_OTHER_CLAUSE = re.compile(r"[;.]\s+|,?\s+(?=(?:waarbij|daarbij)\b)", re.I)
_CLAUSE_OPENER = re.compile(r"^(?:waarbij|daarbij)\s+", re.I)


def _other_clause_strengths(text: str) -> list[float]:
    """The strength of each clause a text states beside its first: where a rewording puts the soft word it kept
    ("Partijen streven ernaar X" -> "X blijft een opgave; daarbij wordt ernaar gestreefd dat ...")."""
    pieces = [_CLAUSE_OPENER.sub("", p.strip()) for p in _OTHER_CLAUSE.split(text)[1:]]
    readings = (text_to_reading(p, coordinated=True) for p in pieces if len(p.split()) >= 3)
    return [r.strength for r in readings if r.strength is not None]


def _level_moved(reason: Reason, old_text: str, new_text: str) -> bool:
    """A change of level that is a rewording: the firmer side still states the softer side's level in a clause of
    its own, made passive or moved behind a semicolon ("bespreken casussen maandelijks" -> "...; casussen worden
    maandelijks besproken", "streeft naar een 7,5" -> "..., waarbij een 7,5 wordt nagestreefd")."""
    if reason.kind != "modality" or not reason.direction:
        return False
    soft_text, firm_text = (old_text, new_text) if reason.direction > 0 else (new_text, old_text)
    readings = (text_to_reading(soft_text), text_to_reading(soft_text, coordinated=True))
    levels = {r.strength for r in readings if r.strength is not None and r.strength < 1.0}
    return bool(levels & set(_other_clause_strengths(firm_text)))


def arrangement_reasons(old_text: str, new_text: str) -> list[Reason]:
    """Planning an arrangement and working by it (commitment.yaml `arrangement`): "Partijen maken afspraken over X"
    -> "Partijen werken volgens de afspraken over X" is firmer, the reverse softer, though both are plain present."""
    old_plans, new_plans = _plans_arrangement(old_text), _plans_arrangement(new_text)
    old_works, new_works = _works_by_arrangement(old_text), _works_by_arrangement(new_text)
    if old_plans and not old_works and new_works:
        return [Reason("modality", "afspraken maken", "werken volgens afspraken",
                       "'afspraken maken' werd 'werken volgens de gemaakte afspraken'", 1)]
    if new_plans and not new_works and old_works:
        return [Reason("modality", "werken volgens afspraken", "afspraken maken",
                       "'werken volgens de gemaakte afspraken' werd 'afspraken maken'", -1)]
    return []


def _plans_arrangement(text: str) -> bool:
    words = lexicon.load("commitment")["arrangement"]
    doc = nlp_doc(text)
    lemmas = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    nouns = set(words["nouns"])
    # an arrangement worked by ("volgens het convenant", "uit het protocol") is not one being made
    planned = [t for t in doc if (t.lower_ in nouns or t.lemma_.lower() in nouns)
               and not {u.lower_ for u in doc[max(0, t.i - 3):t.i]} & {"volgens", "conform", "basis", "uit"}]
    return bool(lemmas & set(words["verbs"])) and bool(planned)


def _works_by_arrangement(text: str) -> bool:
    """A working phrase, its verb and preposition up to six words apart ("werken bij woningaanpassingen vanuit
    de Wmo volgens het protocol")."""
    low = " ".join(text.lower().split())
    for phrase in lexicon.load("commitment")["arrangement"]["working"]:
        verb, rest = phrase.split(" ", 1)
        if re.search(r"\b" + re.escape(verb) + r"\b(?:\s+\S+){0,6}?\s+" + re.escape(rest) + r"\b", low):
            return True
    return False


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
                  settings: CompareSettings | None = None, old_lead_in: str | None = None,
                  new_lead_in: str | None = None, gemeenten: Sequence[str] = ()) -> list[Reason]:
    """The reasons why `new_text` commits to more or less than `old_text` (empty: the same commitment); the
    modality is read with each side's lead-in ("X zeggen toe:" -> "X zetten zich in om:" weakens); `gemeenten`
    name the whole area ("woningen in Wezelhorst" is no narrower reach in Wezelhorst's agreement)."""
    s = CompareSettings.resolve(settings)
    fo = extract_features(old_text, year=old_year)
    fn = extract_features(new_text, year=new_year)
    shift = (new_year - old_year) if old_year is not None and new_year is not None else 0
    old_reading = text_to_reading(with_lead_in(old_text, old_lead_in))
    new_reading = text_to_reading(with_lead_in(new_text, new_lead_in))
    modality = (modality_reasons(old_reading, new_reading, step=s.modality_step)
                or _coordinated_modality(with_lead_in(old_text, old_lead_in), with_lead_in(new_text, new_lead_in), s)
                or arrangement_reasons(old_text, new_text))
    modality = [r for r in modality if not _level_moved(r, old_text, new_text)]
    whole = frozenset(g.lower() for g in gemeenten)
    scope = scope_reasons(fo, fn, old_text, new_text, whole) or party_reach(old_text, new_text)
    if old_reading.level in ("explore", "discuss") and any(r.direction > 0 for r in modality):
        scope = [r for r in scope if r.direction > 0]  # a study has no reach to narrow: the act names its places
    if new_reading.level in ("explore", "discuss") and any(r.direction < 0 for r in modality):
        scope = [r for r in scope if r.direction < 0]  # nor to widen: "biedt bij wijze van pilot" -> "onderzoekt of"
    level = next((r.direction for r in modality), 0)
    deadlines = deadline_reasons(fo, fn, old_text=old_text, new_text=new_text, year_shift=shift, old_year=old_year,
                                 level=level)
    if _PROGRESS.search(new_text) and not _PROGRESS.search(old_text):
        # "maakt in 2025 en 2026 alle 32 woningen ..." -> "maakt in 2026 de resterende 12 woningen ...": what is
        # left of the programme, with its own date; not a narrower reach or a later deadline
        # -- unless the programme's end date itself moved later ("uiterlijk eind 2025" -> "de laatste 14 ...
        # uiterlijk eind 2026"): that is the same target, slipped.  A year of a stage ("in 2025 de eerste 24")
        # is no end date.
        scope = [r for r in scope if r.direction > 0 and r.new != "-"]  # "drie complexen" -> "de resterende twee"
        deadlines = [r for r in deadlines if r.direction < 0 and _latest(fn) > _latest(fo) and _END_DATE.search(r.old)]
    quantities = (quantity_reasons(fo, fn) or _indexed_budget(fo, fn, old_text, new_text)
                  or ([] if modality else _floor_set(fo, fn, old_text, new_text)))
    if scope:  # the places named instead of a threshold ("in de wijken X en Y" -> "in alle wijken met meer dan 200")
        quantities = [r for r in quantities if NO_THRESHOLD not in (r.old, r.new)]
    scope = _without_counted_places(scope, quantities)
    return [
        *quantities,
        *deadlines,
        *modality,
        *condition_reasons(fo, fn),
        *scope,
        *label_reasons(fo, fn),
    ]




def _floor_set(old: Features, new: Features, old_text: str, new_text: str) -> list[Reason]:
    """A floor on a count set where the other side names no number at all ("zet energiecoaches in voor huurders" ->
    "... die ten minste 200 huishoudens bezoeken"): more is promised; a floor dropped, less.  Beside a change of
    level the level says it; money and shares (a condition's "mits ten minste 70%") are left to their own rules."""
    def floors(f: Features) -> list[Quantity]:
        # a floor on a count promises more whatever burden its sentence names ("200 huishoudens met hoge
        # energielasten")
        return [q for q in f.quantities if q.comparator == "min" and q.role == "amount" and not q.indexed
                and q.value > 1 and q.unit not in ("euro", "procent", *RELATIVE_RENT_UNITS)]
    for side, other, sign in ((new, old_text, 1), (old, new_text, -1)):
        found = floors(side)
        if found and not re.search(r"\d", mask_years(other)) and not number_word_re().search(other.lower()):
            verb = "toegevoegd" if sign > 0 else "vervallen"
            before, after = ("-", found[0].text) if sign > 0 else (found[0].text, "-")
            return [Reason("quantity", before, after, f"ondergrens {verb}: ten minste {found[0].text}", sign)]
    return []


def _without_counted_places(scope: list[Reason], quantities: list[Reason]) -> list[Reason]:
    """The scope reasons but a reach set or dropped ("-" on one side) whose places a changed figure already
    reports ("ten minste één bouwlocatie" -> "ten minste twee bouwlocaties": one place is no reach, two are): that
    is the figure, not a reach newly set."""
    counted = {r.old.lower() for r in quantities} | {r.new.lower() for r in quantities}
    return [r for r in scope if not ("-" in (r.old, r.new) and {r.old.lower(), r.new.lower()} & counted)]


_END_DATE = re.compile(r"\b(?:" + "|".join(map(re.escape, lexicon.date_bounds()[0])) + r")\b", re.I)


def _latest(f: Features) -> int:
    """The latest date an afspraak names, in months (0 without one)."""
    return max((d.year * 12 + d.month for d in f.deadlines), default=0)


def _link_to_change(link: Link, old: Document, new: Document, s: CompareSettings) -> Change:
    a = old.afspraken[link.old] if link.old is not None else None
    b = new.afspraken[link.new] if link.new is not None else None
    if link.kind in ("split", "merged"):
        return Change(link.kind, a, b, link.similarity, (), link.group)  # type: ignore[arg-type]
    if a is None or b is None:
        return Change("new" if a is None else "dropped", a, b, None, (), None)
    if normalise(a.text) == normalise(b.text):
        # the same fragment under a lead-in that commits otherwise ("zeggen toe:" -> "zetten zich in om:")
        moved = modality_reasons(text_to_reading(with_lead_in(a.text, a.lead_in)),
                                 text_to_reading(with_lead_in(b.text, b.lead_in)),
                                 step=s.modality_step) if a.lead_in != b.lead_in else []
        if not moved:
            return Change("unchanged", a, b, link.similarity, (), link.group)
        return Change(decide(moved, link.similarity, s), a, b, link.similarity, tuple(moved), link.group)
    reasons = compare_texts(a.text, b.text, old_year=old.meta.year, new_year=new.meta.year, settings=s,
                            old_lead_in=a.lead_in, new_lead_in=b.lead_in,
                            gemeenten=(*old.meta.gemeenten, *new.meta.gemeenten))
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
