"""Quantities in an afspraak: Dutch figures ("1.200", "twintig", "een kwart", "€ 1,5 miljoen"), the noun and unit
they count, their direction (is more stronger or weaker, `lexicon/directions.yaml`), and "geen" as a figure of zero.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from . import lexicon
from .comparators import LOOKBACK, comparator_before
from .figure_roles import placed_role
from .inflation import inflation_quantities
from .nlp import doc as nlp_doc
from .number_words import number_word_re, number_word_value
from .reading import infinitive_guesses
from .text import year_pattern
from .types import Quantity

__all__ = ["parse_number", "text_to_quantities", "lemma_of", "token_at", "NUMBER", "YEAR", "DURATION_UNITS", "TOTALITY",
           "DAYS_PER_UNIT", "WORKING_DAY"]

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
YEAR = year_pattern(1950, 2199)
DURATION_UNITS = frozenset({"dagen", "weken", "maanden", "jaren"})
TOTALITY = re.compile(r"\b(?:alle|al (?:haar|zijn|hun|de|onze))\s*$", re.I)
_SPACE = re.compile(r"\s+")

# --------------------------------------------------------------------------------------------- numbers

def parse_number(text: str) -> float | None:
    """A Dutch number as a float: "1.200" -> 1200, "1,5" -> 1.5, "twintig" -> 20; None if not one."""
    t = text.strip().lower()
    words = lexicon.numbers()["words"]
    if t in words:
        return float(words[t])
    if number_word_re().fullmatch(t):
        return float(number_word_value(t))  # "achtentwintig"
    if not re.fullmatch(NUMBER, t):
        return None
    return float(t.replace(".", "").replace(",", "."))


@cache
def _quantity_re() -> re.Pattern[str]:
    mult = r"(?:\s*(?P<mult>miljoen|mln\.?|miljard|mld|duizend))?"
    rng = rf"(?:\s*(?:-|–|tot en met|t/m|tot|à)\s*(?P<high>{NUMBER}))?"
    return re.compile(
        rf"(?P<euro>€\s*)?(?<![\d.,])(?P<low>{NUMBER}){rng}{mult}(?P<pct>\s*%|\s*procent\b)?(?![\d])",
        re.I,
    )


@cache
def _bounded_one_re() -> re.Pattern[str]:
    bounds = sorted(map(str, lexicon.load("numbers")["article_bounds"]), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, bounds)) + r")\s+(een)\b", re.I)


def _bounded_ones(text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    """"ten minste een jaar", "maximaal een week": after a bound the article "een" is the figure 1."""
    return [_Hit(m.start(1), m.end(1), 1.0, None, "?word") for m in _bounded_one_re().finditer(text)
            if not any(s <= m.start(1) < e for s, e in taken)]


_NOT_A_FIGURE = re.compile(r"(?:label|artikel|art\.|lid|fase|nr\.?|nummer|q|kwartaal)\s*$")
_FRACTIONS = re.compile(r"\b(?:(?P<n>een|één|twee|drie)\s+(?P<d>kwart|derde)|de\s+helft)\b", re.I)
_FRACTION_VALUES = {("een", "kwart"): 25.0, ("één", "kwart"): 25.0, ("drie", "kwart"): 75.0,
                    ("een", "derde"): 33.3, ("één", "derde"): 33.3, ("twee", "derde"): 66.7}


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    low: float
    high: float | None
    unit: str


def _number_hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    months = lexicon.numbers()["months"]
    multipliers = lexicon.numbers()["multipliers"]
    for m in _quantity_re().finditer(text):
        low = parse_number(m["low"])
        high = parse_number(m["high"]) if m["high"] else None
        if low is None:
            continue
        after = text[m.end():m.end() + 12].lower().lstrip()
        before = text[max(0, m.start() - 12):m.start()].lower()
        is_money = bool(m["euro"]) or after.startswith(("euro", "eur "))
        is_pct = bool(m["pct"])
        plain = not is_money and not is_pct and not m["mult"]
        if plain and re.fullmatch(YEAR, m["low"]) and (high is None or re.fullmatch(YEAR, m["high"] or "")):
            continue  # a year or a period of years: deadlines, not quantities
        if plain and after.split(" ")[0].strip(".,;:") in months:
            continue  # the day of a date
        if _NOT_A_FIGURE.search(before) or before.endswith((".", "-")) and before[-2:-1].isdigit():
            continue  # "label 3", "artikel 42", "3.2": references, not figures
        if m["mult"]:
            factor = multipliers.get(m["mult"].lower().rstrip("."), multipliers.get(m["mult"].lower(), 1))
            low *= factor
            high = high * factor if high is not None else None
        unit = "euro" if is_money else "procent" if is_pct else ""
        hits.append(_Hit(m.start(), m.end(), low, high, unit))
    taken = [(h.start, h.end) for h in hits]
    for m in number_word_re().finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        hits.append(_Hit(m.start(), m.end(), float(number_word_value(m[1])), None, "?word"))
    hits += _bounded_ones(text, taken)
    for m in _FRACTIONS.finditer(text):
        value = 50.0 if m["d"] is None else _FRACTION_VALUES.get((m["n"].lower(), m["d"].lower()))
        if value is not None:
            hits = [h for h in hits if not (m.start() <= h.start < m.end())]
            hits.append(_Hit(m.start(), m.end(), value, None, "procent"))
    return _between(text, _halves(text, sorted(hits, key=lambda h: h.start)))


_AND_A_HALF = re.compile(r"\s+en\s+een\s+half\b", re.I)


def _halves(text: str, hits: list[_Hit]) -> list[_Hit]:
    """"vier en een half jaar" is 4,5 years: a figure written out with its half, as in "vier jaar" -> "vier en een
    half jaar" (a longer waiting time)."""
    out = []
    for h in hits:
        m = _AND_A_HALF.match(text, h.end)
        if m and h.high is None and h.unit != "euro":
            h = _Hit(h.start, m.end(), h.low + 0.5, None, h.unit)
        out.append(h)
    return out


def _between(text: str, hits: list[_Hit]) -> list[_Hit]:
    """"tussen 20 en 30 woningen" is one range, like "20-30 woningen"."""
    out: list[_Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (prev is not None and prev.high is None and h.high is None and prev.unit == h.unit
                and re.fullmatch(r"\s+en\s+", text[prev.end:h.start])
                and re.search(r"\btussen\s+(?:€\s*)?$", text[max(0, prev.start - 12):prev.start], re.I)):
            out[-1] = _Hit(prev.start, h.end, prev.low, h.low, h.unit)
            continue
        out.append(h)
    return out


def token_at(doc: Doc, char: int) -> int:
    """The index of the token at (or after) character `char`."""
    for t in doc:
        if t.idx <= char < t.idx + len(t.text):
            return t.i
        if t.idx > char:
            return t.i
    return len(doc) - 1


def lemma_of(t: Token) -> str:
    """A token's lemma, or its lowercased text where the lemmatizer gives none."""
    return (t.lemma_ or t.text).lower()


def _adjective_like(doc: Doc, j: int) -> bool:
    """An inflected adjective before a counted noun ("24 verouderde eengezinswoningen", "30 zelfstandige,
    zorggeschikte huurwoningen"): lowercase, ending in -e, with a word after it that is no function word (a
    singular noun in -e is followed by one: "één nieuwe locatie in", "één woonvorm voor")."""
    t = doc[j]
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return (t.is_alpha and t.text.islower() and len(t.text) > 3 and t.lower_.endswith("e")
            and nxt is not None and (nxt.is_alpha and not nxt.is_stop or nxt.text == ","))


def _compound_unit(form: str, units: dict[str, str]) -> str:
    """The unit of a compound whose last part is a unit word: "benedenwoningen" -> woningen."""
    head = max((w for w in units if " " not in w and len(w) >= 5 and form.endswith(w) and form != w),
               key=len, default=None)
    return units[head] if head else ""


def _unit_after(doc: Doc, i: int) -> tuple[str, str | None, int]:
    """The canonical unit, the counted noun and the index after it, reading from token i."""
    units = lexicon.units()
    skip = lexicon.skip_before_unit()
    j = i
    while j < len(doc) and j - i < 4 and (doc[j].lower_ in skip or _adjective_like(doc, j)
                                          or doc[j].text == "," and j > i and _adjective_like(doc, j - 1)):
        j += 1
    if j >= len(doc):
        return "", None, j
    two = f"{doc[j].lower_} {doc[j + 1].lower_}" if j + 1 < len(doc) else ""
    if two in units:
        return units[two], lemma_of(doc[j + 1]), j + 2
    tok = doc[j]
    for form in (tok.lower_, lemma_of(tok)):
        if form in units:
            if units[form] == "keer" and j + 2 < len(doc) and doc[j + 1].lower_ == "per" \
                    and doc[j + 2].lower_ in PERIODS_PER_YEAR:
                return f"keer per {doc[j + 2].lower_}", lemma_of(tok), j + 3  # "twee keer per jaar": a frequency
            return units[form], lemma_of(tok), j + 1
    if tok.is_alpha and not tok.is_stop and len(tok.text) > 2:
        return _compound_unit(tok.lower_, units), lemma_of(tok), j + 1
    return "", None, j


# tokens before and after a figure read for its direction and for a reference amount (`_window`): about its clause
WINDOW_BEFORE, WINDOW_AFTER = 8, 6


def _window(doc: Doc, start: int, end: int, before: int, after: int, *, clause: bool = False) -> list[Token]:
    """The tokens around a figure within its sentence and semicolon part; with `clause`, the words after the
    figure stop at a comma too ("€ 65 per woning, binnen de wettelijke grens": the law sets no figure here)."""
    sent = doc[start].sent
    lo, hi = max(sent.start, start - before), min(sent.end, end + after)
    toks = list(doc[lo:hi])
    # a semicolon closes a clause: words across it belong to another commitment
    centre = [k for k, t in enumerate(toks) if t.i == start][0] if any(t.i == start for t in toks) else 0
    left = max((k for k, t in enumerate(toks[:centre]) if t.text == ";"), default=-1)
    stops = (";", ",") if clause else (";",)
    right = min((k for k, t in enumerate(toks) if t.text in stops and t.i >= end), default=len(toks))
    return toks[left + 1:right]


def _without_bounds(tokens: list[Token]) -> list[Token]:
    """The tokens without a limit the commitment stays within ("binnen de wettelijke ruimte een budget van € 125"):
    "binnen" and the article and adjective after it, unless their noun goes on to name a figure of its own
    ("binnen het wettelijk maximum van € 148")."""
    out, skip = [], 0
    for n, t in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        after = tokens[n + 4].lower_ if n + 4 < len(tokens) else ""
        if t.lower_ == "binnen" and n + 3 < len(tokens) and tokens[n + 1].lower_ in ("de", "het") \
                and after not in ("van", "is", "bedraagt", "(", "€"):
            skip = 2
            continue
        out.append(t)
    return out


def _matches_word(words: Iterable[str], lemmas_text: str, lemma_list: Sequence[str]) -> str | None:
    for w in words:
        if " " in w:
            if f" {w} " in lemmas_text:
                return w
        elif any(lem.startswith(w) or lem.endswith(w) for lem in lemma_list):  # compounds: huursom|stijging
            return w
    return None


def _provides(sentence: list[Token]) -> bool:
    """Whether a verb of providing governs the sentence (directions.yaml `provision`)."""
    lemmas = {lemma_of(t) for t in sentence} | {t.lower_ for t in sentence}
    lemmas |= {guess for t in sentence if t.is_alpha for guess in _stem_infinitives(t.lower_)}
    return any(all(part in lemmas for part in verb.split()) for verb in lexicon.directions().provision)


def _stem_infinitives(low: str) -> list[str]:
    """Infinitives a present singular may belong to where the lookup lemmas do not know it: "zet" (zetten),
    "stelt" (stellen), "bouwt" (bouwen).  Only ever matched against the provision verbs."""
    out = infinitive_guesses(low)
    if len(low) >= 3 and not low.endswith("en"):
        out += [low + "en", low + low[-1] + "en"]
    return out


def _burden_in(sentence: list[Token]) -> bool:
    """Whether a sentence names a burden of directions.yaml `more_is_weaker` (the durations and caps aside), outside
    a phrase of what is avoided ("zonnepanelen op 80 woningen, zonder huurverhoging": the figure counts homes)."""
    words = [w for w in lexicon.directions().more_is_weaker if w not in ("binnen", "maximaal")]
    return _mentions(words, _without_avoided(sentence))


def _without_avoided(tokens: list[Token]) -> list[Token]:
    """The tokens without a "zonder ..." phrase (directions.yaml `avoided`, up to the next punctuation): what a
    commitment avoids is not what its figure counts."""
    words = lexicon.directions().avoided
    out, avoided = [], False
    for t in tokens:
        if t.lower_ in words:
            avoided = True
        elif avoided and t.is_punct:
            avoided = False
        if not avoided:
            out.append(t)
    return out


_PRESENT_PASSIVE = frozenset({"wordt", "worden"})


def _without_promised_participles(tokens: list[Token], window: list[Token]) -> list[Token]:
    """The tokens without a participle of something done ("opgeleverd", "gerealiseerd") that a present passive
    promises ("In 2026 worden 40 woningen opgeleverd"): what is yet to be done is no progress report ("zijn reeds
    120 woningen opgeleverd")."""
    if not any(t.lower_ in _PRESENT_PASSIVE for t in window):
        return tokens
    return [t for t in tokens if t.lower_ not in lexicon.directions().past_participles]


def _polarity(window: list[Token], unit: str, sentence: list[Token] | None = None,
              reference: list[Token] | None = None) -> tuple[int, bool]:
    """Direction of more (+1 stronger, -1 weaker, 0 unknown) and whether the figure is a reference amount (a
    reference word within `reference`, by default the window)."""
    rules = lexicon.directions()
    lemmas = [lemma_of(t) for t in window] + [t.lower_ for t in window]
    joined = " " + " ".join(lemmas) + " "
    if _mentions(rules.reference, _without_promised_participles(window if reference is None else reference, window)):
        return 0, True
    if unit == "euro" and _matches_word(rules.budget, joined, lemmas):
        return 1, False
    if _matches_word(rules.no_direction, joined, lemmas):
        return 0, False
    if _burden_in(window):
        return -1, False
    if unit in rules.stronger_units or _matches_word(rules.more_is_stronger, joined, lemmas):
        return 1, False
    if _provides(sentence if sentence is not None else window):
        return 1, False
    return 0, False  # an object the lexicon does not know: unclear, not a guess


def _bounded(polarity: int, unit: str, comparator: str, role: str, sentence: list[Token]) -> tuple[int, str]:
    """The direction once the comparator is known, and "comparator" where the bound alone gave it."""
    if (unit == "keer" or unit.startswith("keer per ")) and comparator != "max":
        return 1, ""  # how often parties meet or visit: more often is more, whatever the meeting is about
    if polarity == 0 and role == "amount":
        polarity = _comparator_polarity(comparator, unit)
        return polarity, "comparator" if polarity else ""
    if comparator == "max" and polarity > 0 and _burden_in(sentence):
        return -1, ""  # a cap on what the sentence names as a burden, further off than the window
        # ("het aantal woningen dat wordt geliberaliseerd, blijft beperkt tot ten hoogste 15 woningen")
    return polarity, ""


def _comparator_polarity(comparator: str, unit: str) -> int:
    """Where the lexicon does not know the object, the comparator says which way the writer counts as better: a
    floor ("ten minste een 7,5") is set under something wanted, a cap ("maximaal 5 jaar") over something not
    wanted.  A cap on an amount of money is left unclear: it may cap a contribution as well as a cost."""
    if comparator == "min":
        return 1
    if comparator == "max" and unit != "euro":
        return -1
    return 0


_AANTAL = re.compile(r"^(?:aantal|totaal)$")


def _counted_noun(doc: Doc, i: int) -> str | None:
    """The noun a bare figure counts, named earlier in its sentence as "het aantal X" ("het aantal
    huisuitzettingen ... te beperken tot maximaal 3")."""
    sent = doc[i].sent
    for t in reversed(list(doc[sent.start:i])):
        if _AANTAL.match(t.lower_) and t.i + 1 < len(doc) and doc[t.i + 1].is_alpha:
            return lemma_of(doc[t.i + 1])
    return None


def _part_of(sentence: list[Token], i: int) -> list[Token]:
    """The part of a sentence between semicolons that holds token i: "ten minste € 75 per woning; dit blijft binnen
    het maximum van € 146 (prijspeil 2026)" gives the price level to the second part only."""
    start = max((t.i + 1 for t in sentence if t.text == ";" and t.i < i), default=sentence[0].i if sentence else 0)
    end = min((t.i for t in sentence if t.text == ";" and t.i > i), default=sentence[-1].i + 1 if sentence else 0)
    return [t for t in sentence if start <= t.i < end]


def _sentence_reference(sentence: list[Token], i: int, unit: str, noun: str | None) -> bool:
    """A reference figure named far from its word: "... (prijspeil 2025)" closing the part of the sentence an
    amount stands in, or "de taakstelling ...; voor 2025 gaat het om 58 personen"."""
    if unit == "euro" and _matches_sentence_reference(_part_of(sentence, i)):
        return True
    if (noun or unit) in _PERSONS:
        return _names_external_count(sentence)
    return unit == "woningen" and _houses_external_count(sentence)


_PERSONS = frozenset({"personen", "persoon", "vergunninghouders", "vergunninghouder", "statushouders",
                      "statushouder", "huishoudens", "huishouden", "mensen"})
_HOUSED_BY_TASK = ("vergunninghouder", "statushouder")


def _houses_external_count(sentence: list[Token]) -> bool:
    """Whether a count of homes is the Rijk's count: its sentence names the statushouders it houses and the task
    ("stelt hiervoor 26 woningen beschikbaar, in lijn met de taakstelling")."""
    return _mentions(_HOUSED_BY_TASK, sentence) and _names_external_count(sentence)


def _names_external_count(sentence: list[Token]) -> bool:
    """Whether a sentence names a count the Rijk sets (directions.yaml `external_sentence_wide`): then every
    count of people in it is that figure, however far from the word ("voor 2025 gaat het om 58 personen")."""
    return _mentions(lexicon.load("directions").get("external_sentence_wide", []), sentence)


def _matches_sentence_reference(sentence: list[Token]) -> bool:
    return _mentions(lexicon.directions().reference_sentence_wide, sentence)


def _direction_and_reference(doc: Doc, i: int, end: int, unit: str, noun: str | None, window: list[Token],
                             sentence: list[Token]) -> tuple[int, bool]:
    """The figure's direction (`_polarity`) and whether it is a reference amount, read near it, then over its
    sentence for a duration or a figure the Rijk sets, and a share of a reference taken as the promise it is."""
    reference = _without_bounds(_window(doc, i, end, WINDOW_BEFORE, WINDOW_AFTER, clause=True))
    polarity, indexed = _polarity(window, unit, sentence, reference=reference)
    if (unit in DURATION_UNITS or unit in ("jaar", "jaren")) and not indexed:
        polarity, indexed = _polarity(sentence, unit)  # "de inschrijfduur ... terugbrengen tot 5 jaar"
    if not indexed and _sentence_reference(sentence, i, unit, noun):
        indexed, polarity = True, 0
    if indexed and unit == "procent" and _share_of(doc, end):
        polarity, indexed = _polarity(window, unit, sentence, reference=[])
    return polarity, indexed


def _share_of(doc: Doc, end: int) -> bool:
    """A share of a reference figure ("ten minste 60% van de taakstelling", "de helft van de taakstelling"): the
    share is what is promised, the reference it is taken of moves by itself."""
    return [t.lower_ for t in doc[end:end + 2]] in (["van", "de"], ["van", "het"])


def _mentions(words: Iterable[str], tokens: list[Token]) -> bool:
    """Whether any of `words` stands among the tokens, by lemma or as written."""
    lemmas = [lemma_of(t) for t in tokens] + [t.lower_ for t in tokens]
    return bool(_matches_word(words, " " + " ".join(lemmas) + " ", lemmas))


def text_to_quantities(text: str, doc: Doc | None = None) -> tuple[list[Quantity], list[tuple[str, float]]]:
    """Quantities in `text`, and the figures that state a whole scope ("alle 212 woningen") as scope terms."""
    doc = doc if doc is not None else nlp_doc(text)
    out: list[Quantity] = []
    scope: list[tuple[str, float]] = []
    for hit in _number_hits(text):
        i = token_at(doc, hit.start)
        k = token_at(doc, max(hit.start, hit.end - 1)) + 1
        unit, noun, end = (hit.unit, None, k) if hit.unit in ("euro", "procent") else _unit_after(doc, k)
        last = doc[end - 1]
        surface = text[hit.start:last.idx + len(last.text)] if end > i else text[hit.start:hit.end]
        whole = TOTALITY.search(text[max(0, hit.start - 12):hit.start])
        if whole:
            scope.append((f"{whole.group(0).strip().lower()} {surface.lower()}", 1.0))
            continue
        if not unit and noun == "per":
            noun = None  # "tot maximaal 4 per jaar": "per" is no counted noun
        if not unit and noun is None:  # "het aantal huisuitzettingen ... tot maximaal drie"
            noun = _counted_noun(doc, i)
        if hit.unit == "?word" and not unit and noun is None:
            continue  # "één in De Kolk": a word number that counts nothing
        if hit.unit == "?word" and not unit and noun in ("van", "of", "keer"):
            continue
        prev = doc[i - 1].lower_ if i > 0 else ""
        prev2 = doc[i - 2].lower_ if i > 1 else ""
        window = _window(doc, i, end, WINDOW_BEFORE, WINDOW_AFTER)
        sentence = list(doc[i].sent)
        polarity, indexed = _direction_and_reference(doc, i, end, unit, noun, window, sentence)
        role = "amount"
        if unit in DURATION_UNITS and ("binnen" in (prev, prev2) or prev == "na"):
            role, polarity = "period", -1  # "binnen vijf werkdagen", "uiterlijk na twee maanden achterstand"
        elif unit in DURATION_UNITS and prev in ("per", "om", "elke", "iedere"):
            polarity = -1  # an interval: "eens per zes weken" is less often with more weeks
        before = text[max(0, hit.start - LOOKBACK):hit.start]
        comparator = "range" if hit.high is not None else comparator_before(before)
        polarity, polarity_from = (polarity, "") if indexed else _bounded(polarity, unit, comparator, role, sentence)
        read = (role, polarity, polarity_from)
        role, polarity, polarity_from = placed_role(text, hit.start, hit.end, unit, noun, read)
        out.append(Quantity(
            value=hit.low if hit.high is None else (hit.low + hit.high) / 2,
            unit=unit,
            text=_SPACE.sub(" ", surface),
            low=hit.low if hit.high is not None else None,
            high=hit.high,
            noun=noun,
            indexed=indexed,
            polarity=polarity,
            role=role,
            comparator=comparator,
            polarity_from=polarity_from,
        ))
    out += _none_quantities(doc)
    out += frequency_quantities(text)  # "iedere twee maanden" is both an interval and 0,5 keer per maand
    out += ordinal_periods(text)
    inflation = inflation_quantities(text)
    if inflation:  # "0,5% onder de inflatie" is one figure relative to inflation, not a percentage of its own
        spans = [q.text for q in inflation]
        out = [q for q in out if not (q.unit == "procent" and any(q.text in s for s in spans))] + inflation
    return out, scope


def _none_quantities(doc: Doc) -> list[Quantity]:
    """"geen" or "nul" before a counted noun is a figure of zero: "verkoopt geen woningen", "nul huisuitzettingen"
    (directions.yaml `cap_to_none`, `none`).

    A cap that becomes none ("maximaal 8 woningen" -> "geen woningen") then compares as 8 -> 0, in the direction
    the object gives.  Only nouns with a unit or a known direction count: "geen bezwaar" is no figure.
    """
    units = lexicon.units()
    rules = lexicon.directions()
    directed = set(rules.more_is_weaker) | set(rules.more_is_stronger)
    out = []
    for i, t in enumerate(doc):
        if t.lower_ not in rules.none_words:
            continue
        for j in range(i + 1, min(i + 4, len(doc))):
            tok = doc[j]
            unit = units.get(tok.lower_) or units.get(lemma_of(tok))
            if unit or tok.lower_ in directed or lemma_of(tok) in directed:
                window = _window(doc, i, j + 1, WINDOW_BEFORE, WINDOW_AFTER)
                polarity, indexed = _polarity(window, unit or "")
                out.append(Quantity(value=0.0, unit=unit or "", text=doc[i:j + 1].text, noun=lemma_of(tok),
                                    indexed=indexed, polarity=polarity, comparator="max"))
                break
            if not tok.is_alpha or tok.pos_ == "VERB":
                break
    return out


PERIODS_PER_YEAR = {"week": 52.0, "maand": 12.0, "kwartaal": 4.0, "jaar": 1.0}

# A time limit in days, so that "binnen één maand" and "binnen twee weken" compare; a working week is five days.
DAYS_PER_UNIT = {"dagen": 1.0, "weken": 7.0, "maanden": 30.0, "jaren": 365.0}
WORKING_DAY = 7.0 / 5.0


@cache
def _frequency_re() -> re.Pattern[str]:
    words = sorted(lexicon.frequencies(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.I)


@cache
def _times_re() -> re.Pattern[str]:
    words = sorted(lexicon.numbers()["words"], key=len, reverse=True)
    periods = "|".join(sorted({*PERIODS_PER_YEAR, "halfjaar"}, key=len, reverse=True))
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + rf")maal\s+per\s+({periods})\b", re.I)


_EVERY = {"weken": "week", "maanden": "maand", "jaar": "jaar", "jaren": "jaar"}


@cache
def _every_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:elke|iedere)\s+(\d+|[a-z]+)\s+(" + "|".join(_EVERY) + r")\b", re.I)


def frequency_quantities(text: str) -> list[Quantity]:
    """How often something happens, as a figure: "wekelijks" is 1 keer per week, "eens per kwartaal" 1 keer per
    kwartaal, "driemaal per jaar" 3 keer per jaar.  More often is more contact, so more is stronger."""
    out = []
    taken: list[tuple[int, int]] = []
    for m in _frequency_re().finditer(text):
        count, period = lexicon.frequencies()[m[1].lower()]
        out.append(Quantity(value=count, unit=f"keer per {period}", text=m[0], noun="keer", polarity=1))
        taken.append(m.span())
    for m in _every_re().finditer(text):  # "iedere twee maanden" is half as often as "iedere maand"
        n = lexicon.numbers()["words"].get(m[1].lower()) if not m[1].isdigit() else int(m[1])
        if n:
            out.append(Quantity(value=round(1 / float(n), 4), unit=f"keer per {_EVERY[m[2].lower()]}", text=m[0],
                                noun="keer", polarity=1))
    for m in _times_re().finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        count, period = float(lexicon.numbers()["words"][m[1].lower()]), m[2].lower()
        if period == "halfjaar":
            count, period = count * 2, "jaar"
        out.append(Quantity(value=count, unit=f"keer per {period}", text=m[0], noun="keer", polarity=1))
    return out



@cache
def _ordinal_re() -> re.Pattern[str]:
    words = sorted(lexicon.ordinals(), key=len, reverse=True)
    bounds = "|".join(map(re.escape, lexicon.date_bounds()[0]))
    day = rf"de\s+({'|'.join(words)})\s+({'|'.join(lexicon.ordinal_units())})"
    return re.compile(rf"\b(?:{bounds}|binnen)\s+(?:op\s+)?({day})\s+na\b", re.I)


def ordinal_periods(text: str) -> list[Quantity]:
    """A period counted to an ordinal day after an event: "uiterlijk de vijfde werkdag na de melding" gives the same
    five days as "binnen vijf werkdagen"; a later day is a longer wait, so more is weaker.  Only a day counted
    from something ("na"): "vóór de tweede week van september" is a date."""
    out = []
    for m in _ordinal_re().finditer(text):
        n, unit = lexicon.ordinals()[m[2].lower()], lexicon.ordinal_units()[m[3].lower()]
        out.append(Quantity(value=float(n), unit=unit, text=m[1], noun=None, polarity=-1, role="period"))
    return out
