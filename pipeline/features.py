"""Commitment features of one afspraak: quantities, deadlines, energy labels, modality, conditions, scope.

Rule matchers (spaCy `Matcher` over the lookup lemmas) find the lexicon phrases; regular expressions read the
Dutch number, date and label formats, where they are clearer than token patterns.  All word lists live in
`pipeline/lexicon/*.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from . import lexicon
from .inflation import inflation_quantities
from .nlp import doc as nlp_doc
from .nlp import get_nlp
from .text import year_pattern
from .types import Deadline, Features, Quantity

__all__ = [
    "extract_features",
    "parse_number",
    "text_to_quantities",
    "text_to_deadlines",
    "text_to_labels",
    "doc_to_conditions",
    "doc_to_scope",
    "label_rank",
    "phrase_pattern",
]

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
YEAR = year_pattern(1950, 2199)
DURATION_UNITS = frozenset({"dagen", "weken", "maanden", "jaren"})
PLACE_NOUNS = ("complex", "complexen", "wijk", "wijken", "kern", "kernen", "buurt", "buurten", "flat",
               "flats", "portiekflats", "locatie", "locaties", "straat", "straten", "gebouw", "gebouwen",
               "dorpen")
TOTALITY = re.compile(r"\b(?:alle|al (?:haar|zijn|hun|de|onze))\s*$", re.I)
_SPACE = re.compile(r"\s+")


# --------------------------------------------------------------------------------------------- numbers

def parse_number(text: str) -> float | None:
    """A Dutch number as a float: "1.200" -> 1200, "1,5" -> 1.5, "twintig" -> 20; None if not one."""
    t = text.strip().lower()
    words = lexicon.numbers()["words"]
    if t in words:
        return float(words[t])
    if not re.fullmatch(NUMBER, t):
        return None
    return float(t.replace(".", "").replace(",", "."))


@cache
def _word_number_re() -> re.Pattern[str]:
    words = sorted((w for w in lexicon.numbers()["words"] if w not in ("een",)), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.I)


@cache
def _quantity_re() -> re.Pattern[str]:
    mult = r"(?:\s*(?P<mult>miljoen|mln\.?|miljard|mld|duizend))?"
    rng = rf"(?:\s*(?:-|–|tot en met|t/m|tot|à)\s*(?P<high>{NUMBER}))?"
    return re.compile(
        rf"(?P<euro>€\s*)?(?<![\d.,])(?P<low>{NUMBER}){rng}{mult}(?P<pct>\s*%|\s*procent\b)?(?![\d])",
        re.I,
    )


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
    for m in _word_number_re().finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        hits.append(_Hit(m.start(), m.end(), float(lexicon.numbers()["words"][m[1].lower()]), None, "?word"))
    for m in _FRACTIONS.finditer(text):
        value = 50.0 if m["d"] is None else _FRACTION_VALUES.get((m["n"].lower(), m["d"].lower()))
        if value is not None:
            hits = [h for h in hits if not (m.start() <= h.start < m.end())]
            hits.append(_Hit(m.start(), m.end(), value, None, "procent"))
    return sorted(hits, key=lambda h: h.start)


def _token_at(doc: Doc, char: int) -> int:
    for t in doc:
        if t.idx <= char < t.idx + len(t.text):
            return t.i
        if t.idx > char:
            return t.i
    return len(doc) - 1


def _lemma(t: Token) -> str:
    return (t.lemma_ or t.text).lower()


def _unit_after(doc: Doc, i: int) -> tuple[str, str | None, int]:
    """The canonical unit, the counted noun and the index after it, reading from token i."""
    units = lexicon.units()
    skip = lexicon.skip_before_unit()
    j = i
    while j < len(doc) and j - i < 3 and doc[j].lower_ in skip:
        j += 1
    if j >= len(doc):
        return "", None, j
    two = f"{doc[j].lower_} {doc[j + 1].lower_}" if j + 1 < len(doc) else ""
    if two in units:
        return units[two], _lemma(doc[j + 1]), j + 2
    tok = doc[j]
    for form in (tok.lower_, _lemma(tok)):
        if form in units:
            return units[form], _lemma(tok), j + 1
    if tok.is_alpha and not tok.is_stop and len(tok.text) > 2:
        return "", _lemma(tok), j + 1
    return "", None, j


def _window(doc: Doc, start: int, end: int, before: int, after: int) -> list[Token]:
    sent = doc[start].sent
    lo, hi = max(sent.start, start - before), min(sent.end, end + after)
    toks = list(doc[lo:hi])
    # a semicolon closes a clause: words across it belong to another commitment
    centre = [k for k, t in enumerate(toks) if t.i == start][0] if any(t.i == start for t in toks) else 0
    left = max((k for k, t in enumerate(toks[:centre]) if t.text == ";"), default=-1)
    right = min((k for k, t in enumerate(toks) if t.text == ";" and k > centre), default=len(toks))
    return toks[left + 1:right]


def _matches_word(words: Iterable[str], lemmas_text: str, lemma_list: Sequence[str]) -> str | None:
    for w in words:
        if " " in w:
            if f" {w} " in lemmas_text:
                return w
        elif any(lem.startswith(w) or lem.endswith(w) for lem in lemma_list):  # compounds: huursom|stijging
            return w
    return None


def _polarity(window: list[Token], unit: str) -> tuple[int, bool]:
    """Direction of more (+1 stronger, -1 weaker, 0 unknown) and whether the figure is a reference amount."""
    rules = lexicon.directions()
    lemmas = [_lemma(t) for t in window] + [t.lower_ for t in window]
    joined = " " + " ".join(lemmas) + " "
    if _matches_word(rules.reference, joined, lemmas):
        return 0, True
    if unit == "euro" and _matches_word(rules.budget, joined, lemmas):
        return 1, False
    if _matches_word(rules.no_direction, joined, lemmas):
        return 0, False
    weaker = [w for w in rules.more_is_weaker if w not in ("binnen", "maximaal")]
    if _matches_word(weaker, joined, lemmas):
        return -1, False
    return 1, False


_AANTAL = re.compile(r"^(?:aantal|totaal)$")


def _counted_noun(doc: Doc, i: int) -> str | None:
    """The noun a bare figure counts, named earlier in its sentence as "het aantal X" ("het aantal
    huisuitzettingen ... te beperken tot maximaal 3")."""
    sent = doc[i].sent
    for t in reversed(list(doc[sent.start:i])):
        if _AANTAL.match(t.lower_) and t.i + 1 < len(doc) and doc[t.i + 1].is_alpha:
            return _lemma(doc[t.i + 1])
    return None


def _matches_sentence_reference(sentence: list[Token]) -> bool:
    words = lexicon.directions().reference_sentence_wide
    lemmas = [_lemma(t) for t in sentence] + [t.lower_ for t in sentence]
    return bool(_matches_word(words, " " + " ".join(lemmas) + " ", lemmas))


def text_to_quantities(text: str, doc: Doc | None = None) -> tuple[list[Quantity], list[tuple[str, float]]]:
    """Quantities in `text`, and the figures that state a whole scope ("alle 212 woningen") as scope terms."""
    doc = doc if doc is not None else nlp_doc(text)
    out: list[Quantity] = []
    scope: list[tuple[str, float]] = []
    for hit in _number_hits(text):
        i = _token_at(doc, hit.start)
        k = _token_at(doc, max(hit.start, hit.end - 1)) + 1
        unit, noun, end = (hit.unit, None, k) if hit.unit in ("euro", "procent") else _unit_after(doc, k)
        last = doc[end - 1]
        surface = text[hit.start:last.idx + len(last.text)] if end > i else text[hit.start:hit.end]
        whole = TOTALITY.search(text[max(0, hit.start - 12):hit.start])
        if whole:
            scope.append((f"{whole.group(0).strip().lower()} {surface.lower()}", 1.0))
            continue
        if not unit and noun is None:  # "het aantal huisuitzettingen ... tot maximaal drie"
            noun = _counted_noun(doc, i)
        if hit.unit == "?word" and not unit and noun is None:
            continue  # "één in De Kolk": a word number that counts nothing
        if hit.unit == "?word" and not unit and noun in ("van", "of", "keer"):
            continue
        prev = doc[i - 1].lower_ if i > 0 else ""
        prev2 = doc[i - 2].lower_ if i > 1 else ""
        window = _window(doc, i, end, 8, 6)
        sentence = list(doc[i].sent)
        duration = unit in DURATION_UNITS or unit in ("jaar", "jaren")
        polarity, indexed = _polarity(window, unit)
        if duration and not indexed:
            polarity, indexed = _polarity(sentence, unit)  # "de inschrijfduur ... terugbrengen tot 5 jaar"
        if not indexed and hit.unit == "euro" and _matches_sentence_reference(sentence):
            indexed = True  # "... (prijspeil 2025)" closes the sentence, far from its amounts
            polarity = 0
        role = "amount"
        if unit in DURATION_UNITS and ("binnen" in (prev, prev2)):
            role, polarity = "period", -1
        elif unit in DURATION_UNITS and prev in ("per", "om", "elke", "iedere"):
            polarity = -1  # an interval: "eens per zes weken" is less often with more weeks
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
        ))
    out += _none_quantities(doc)
    inflation = inflation_quantities(text)
    if inflation:  # "0,5% onder de inflatie" is one figure relative to inflation, not a percentage of its own
        spans = [q.text for q in inflation]
        out = [q for q in out if not (q.unit == "procent" and any(q.text in s for s in spans))] + inflation
    return out, scope


def _none_quantities(doc: Doc) -> list[Quantity]:
    """"geen" before a counted noun is a figure of zero: "verkoopt geen woningen", "geen huisuitzettingen".

    A cap that becomes none ("maximaal 8 woningen" -> "geen woningen") then compares as 8 -> 0, in the direction
    the object gives.  Only nouns with a unit or a known direction count: "geen bezwaar" is no figure.
    """
    units = lexicon.units()
    rules = lexicon.directions()
    directed = set(rules.more_is_weaker) | set(rules.more_is_stronger)
    out = []
    for i, t in enumerate(doc):
        if t.lower_ != "geen":
            continue
        for j in range(i + 1, min(i + 4, len(doc))):
            tok = doc[j]
            unit = units.get(tok.lower_) or units.get(_lemma(tok))
            if unit or tok.lower_ in directed or _lemma(tok) in directed:
                window = _window(doc, i, j + 1, 8, 6)
                polarity, indexed = _polarity(window, unit or "")
                out.append(Quantity(value=0.0, unit=unit or "", text=doc[i:j + 1].text, noun=_lemma(tok),
                                    indexed=indexed, polarity=polarity))
                break
            if not tok.is_alpha or tok.pos_ == "VERB":
                break
    return out


# ------------------------------------------------------------------------------------------- deadlines

@cache
def _deadline_re() -> re.Pattern[str]:
    nums = lexicon.numbers()
    months = "|".join(sorted(map(re.escape, nums["months"]), key=len, reverse=True))
    single = [p for p in nums["year_parts"] if " " not in p]
    parts = "|".join(sorted(map(re.escape, single), key=len, reverse=True))
    quarters = r"(?:q[1-4]|(?:[1-4]e|eerste|tweede|derde|vierde)\s+kwartaal)"
    prefix = (r"(?:(?:uiterlijk|vóór|voor|per|in|tot en met|t/m|tot|vanaf|met ingang van|na|rond|eind|begin)"
              r"\s+)*")
    return re.compile(
        rf"(?P<prefix>{prefix})(?:het\s+|de\s+)?"
        rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{months})\s+"
        rf"|(?P<month2>{months})\s+"
        rf"|(?P<part>{parts})\s+(?:van\s+)?"
        rf"|(?P<quarter>{quarters})\s+(?:van\s+)?"
        rf"|(?P<zomer>(?:vóór|voor)\s+de\s+zomer)\s+(?:van\s+)?)?"
        rf"(?P<year>{YEAR})(?:\s*(?:-|–|t/m|tot en met|tot)\s*(?P<end>{YEAR}))?(?!\d)",
        re.I,
    )


def _is_context_year(doc: Doc, i: int, sentence_past: bool, year: int, doc_year: int | None) -> bool:
    rules = lexicon.directions()
    before = [t for t in doc[max(doc[i].sent.start, i - 3):i]]
    if any(_lemma(t) in rules.year_context or t.lower_ in rules.year_context for t in before):
        return True
    if doc_year is not None and year < doc_year:
        return True
    return sentence_past and (doc_year is None or year <= doc_year)


def _clause(doc: Doc, i: int) -> Span:
    """The clause around token i: its sentence cut at commas, semicolons and colons."""
    sent = doc[i].sent
    start = max((t.i + 1 for t in doc[sent.start:i] if t.text in ",;:"), default=sent.start)
    end = min((t.i for t in doc[i:sent.end] if t.text in ",;:"), default=sent.end)
    return doc[start:end]


def _is_past(sent: Span) -> bool:
    rules = lexicon.directions()
    words = {t.lower_ for t in sent}
    return bool(words & rules.past_auxiliaries) or bool(
        words & rules.past_participles and words & {"zijn", "is", "hebben", "heeft"}
    )


def text_to_deadlines(text: str, *, year: int | None = None, doc: Doc | None = None) -> list[Deadline]:
    """Deadlines in `text` ("eind 2024" -> 2024-12); context years (titles, prijspeil, the past) left out."""
    doc = doc if doc is not None else nlp_doc(text)
    nums = lexicon.numbers()
    out: list[Deadline] = []
    for m in _deadline_re().finditer(text):
        y = int(m["end"] or m["year"])
        prefix = (m["prefix"] or "").lower().split()
        if m["end"] and int(m["end"]) < int(m["year"]):
            continue
        i = _token_at(doc, m.start("year"))
        if _is_context_year(doc, i, _is_past(_clause(doc, i)), y, year):
            continue
        y, month = _deadline_month(m, prefix, y, nums)
        out.append(Deadline(year=y, month=month, text=_SPACE.sub(" ", m.group(0).strip())))
    return out


def _deadline_month(m: re.Match[str], prefix: list[str], y: int, nums: dict) -> tuple[int, int]:
    """The year and month a deadline match names (the year moves back for "vóór"; 12 is the end of the year)."""
    before = "voor" in prefix or "vóór" in prefix
    if m["month"] or m["month2"]:
        month = nums["months"][(m["month"] or m["month2"]).lower()]
        if m["day"] and int(m["day"]) == 1 and before:
            return (y - 1, 12) if month == 1 else (y, month - 1)
        return y, month
    if m["part"]:
        month = nums["year_parts"][m["part"].lower()]
        if before:  # "vóór de zomer van 2024"
            month = nums["year_parts"].get(f"vóór de {m['part'].lower()}", month)
        return y, month
    if m["quarter"]:
        return y, _quarter_month(m["quarter"].lower(), nums)
    if m["zomer"]:
        return y, 6
    if "eind" in prefix:
        return y, 12
    if before and not m["end"]:
        return y - 1, 12
    if "begin" in prefix:
        return y, 3
    if "vanaf" in prefix or "per" in prefix or "met" in prefix:
        return y, 1
    return y, 12


def _quarter_month(q: str, nums: dict) -> int:
    """The last month of a quarter as written ("Q2", "tweede kwartaal")."""
    key = next((k for k in nums["quarters"] if q.startswith(k) or q == k), None)
    month = nums["quarters"].get(key, 12) if key else 12
    return nums["quarters"].get(_SPACE.sub(" ", q), month)


# ---------------------------------------------------------------------------------------------- labels

def label_rank(label: str) -> int:
    """Position of an energy label from best (0, A++++) to worst (G); unknown labels rank last."""
    order = lexicon.label_order()
    return order.index(label) if label in order else len(order)


_LABEL = r"(?:A\+{1,4}|[A-G])(?![a-z])"
_LABELS_AFTER = re.compile(
    rf"\b(?:energie)?labels?\s+(?P<list>{_LABEL}(?:\s*(?:,|en|of|/|t/m|-)\s*{_LABEL})*)", re.I)
_LABELS_BEFORE = re.compile(
    rf"\b(?P<list>{_LABEL}(?:-?\s*(?:,|en|of|/)\s*{_LABEL})*)-?\s*labels?\b")
_STARTS_FROM = re.compile(r"\bvan\s+(?:energie)?(?:label\s+)?$", re.I)
_NEGATION = re.compile(r"\b(?:geen|niet meer|uitgefaseerd|uitfaseren|verdwenen|weg)\b", re.I)


def text_to_labels(text: str) -> list[str]:
    """Energy label targets: "label B" -> B; "geen E-, F- en G-labels" -> D (the worst still allowed)."""
    order = lexicon.label_order()
    out: list[str] = []
    seen: set[int] = set()
    for rx in (_LABELS_AFTER, _LABELS_BEFORE):
        for m in rx.finditer(text):
            if m.start() in seen or any(abs(m.start() - s) < 3 for s in seen):
                continue
            seen.add(m.start())
            letters = [x for x in re.findall(_LABEL, m["list"]) if x in order]
            if not letters:
                continue
            head = text[max(0, m.start() - 60):m.start()]
            sentence_head = re.split(r"[.;:]\s", head)[-1]
            starts_from = _STARTS_FROM.search(text[max(0, m.start() - 20):m.start()])
            if starts_from and re.match(r"\s*naar", text[m.end():m.end() + 8]):
                continue  # "van label E naar label B": E is the starting point
            if _NEGATION.search(sentence_head):
                best_excluded = min(label_rank(x) for x in letters)
                if best_excluded > 0:
                    out.append(order[best_excluded - 1])
                continue
            out.append(max(letters, key=label_rank))
    return out


# ------------------------------------------------------------------------------ modality, conditions, scope

def phrase_pattern(phrase: str) -> list[dict]:
    nlp = get_nlp()
    pattern: list[dict] = []
    for word in phrase.split():
        if word == "...":
            pattern.append({"OP": "{0,4}"})
            continue
        lemma = _lemma(nlp(word)[0]) if word.isalpha() else word.lower()
        pattern.append({"LEMMA": {"IN": sorted({lemma, word.lower()})}})
    return pattern


@cache
def _matcher(kind: str) -> tuple[Matcher, dict[int, lexicon.Entry]]:
    entries = {"conditions": lexicon.condition_entries,
               "scope": lexicon.scope_entries}[kind]()
    matcher = Matcher(get_nlp().vocab)
    by_key: dict[int, lexicon.Entry] = {}
    for n, entry in enumerate(entries):
        key = f"{kind}_{n}"
        by_key[matcher.vocab.strings.add(key)] = entry
        matcher.add(key, [phrase_pattern(p) for p in entry.phrases], greedy="LONGEST")
    return matcher, by_key


def _spans(doc: Doc, kind: str) -> list[tuple[Span, lexicon.Entry]]:
    matcher, entries = _matcher(kind)
    found = [(doc[s:e], entries[k]) for k, s, e in matcher(doc)]
    # overlapping matches: keep the longest (and the first of equals)
    found.sort(key=lambda x: (-(x[0].end - x[0].start), x[0].start))
    kept: list[tuple[Span, lexicon.Entry]] = []
    used: set[int] = set()
    for span, entry in found:
        if used.isdisjoint(range(span.start, span.end)):
            kept.append((span, entry))
            used.update(range(span.start, span.end))
    return sorted(kept, key=lambda x: x[0].start)


def doc_to_conditions(doc: Doc) -> tuple[str, ...]:
    """The condition labels in `doc`, one per occurrence, in order.

    A closing part ("voor zover de ruimte het toelaat") counts once with its opening; "indien nodig"
    triggers an action and is no condition.
    """
    out: list[str] = []
    sentences_with_condition: set[int] = set()
    for span, entry in _spans(doc, "conditions"):
        if entry.label == "indien" and span.end < len(doc) and doc[span.end].lower_ in ("nodig", "gewenst"):
            continue
        if entry.closes and span.sent.start in sentences_with_condition:
            continue
        sentences_with_condition.add(span.sent.start)
        out.append(entry.label)
    return tuple(out)


_COUNT_OF = re.compile(r"\b(\w+)\s+van\s+de\s+(\w+)\b", re.I)


_SHARE_WORDS = frozenset({"helft", "kwart", "derde", "deel", "procent", "aandeel"})


def _is_share(t: Token) -> bool:
    return t.like_num or "%" in t.text or t.lower_ in _SHARE_WORDS


def _names_a_share(doc: Doc, span: Span) -> bool:
    """Whether "van alle X" is the base of a share: "60% van alle", "Van alle nieuwbouw is minimaal 60%"."""
    sent = span.sent
    before = doc[max(sent.start, span.start - 4):span.start - 1]
    after = doc[span.end:min(sent.end, span.end + 6)]
    return any(_is_share(t) for t in before) or any(
        "%" in t.text or t.lower_ in ("procent", "helft", "kwart", "derde") for t in after
    )


@cache
def _scope_filters() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon.load("scope")
    return frozenset(map(str, data.get("not_before", []))), frozenset(map(str, data.get("not_after", [])))


def doc_to_scope(doc: Doc, text: str) -> list[tuple[str, float]]:
    """Scope terms with their breadth: lexicon words, "twee van de vijf", counted places ("twee flats")."""
    not_before, not_after = _scope_filters()
    out = []
    for span, entry in _spans(doc, "scope"):
        following = [t.lower_ for t in doc[span.end:span.end + 2]]
        if any(w in not_before for w in following[:1]) or " ".join(following) in not_before:
            continue
        if span.start > 0 and doc[span.start - 1].lower_ in not_after and _names_a_share(doc, span):
            continue
        if span.end < len(doc) and doc[span.end].like_num:
            continue  # "alle 420 woningen": a whole count, read with its figure by text_to_quantities
        out.append((span.text.lower(), entry.score))
    for m in _COUNT_OF.finditer(text):
        a, b = parse_number(m[1]), parse_number(m[2])
        if a is not None and b is not None and a < b and m[1].lower() != "een":
            out.append((m.group(0).lower(), 0.4))
    words = lexicon.numbers()["words"]
    for i, t in enumerate(doc[:-1]):
        nxt = doc[i + 1].lower_
        prev = doc[i - 1].lower_ if i else ""
        is_count = (t.lower_ in words or t.like_num) and t.lower_ not in ("een", "één")
        if is_count and nxt.endswith(PLACE_NOUNS) and prev not in (
            "de", "alle", "van", "het", "elk", "elke", "andere", "overige", "resterende"
        ):
            out.append((f"{t.lower_} {nxt}", 0.25))
    return out


# ---------------------------------------------------------------------------------------------- public

def extract_features(text: str, *, year: int | None = None) -> Features:
    """The commitment features of one afspraak text.

    Args:
        text: the afspraak as printed.
        year: the (first) year of the document; years before it are context, not deadlines.

    Returns:
        A `Features` record; empty fields where nothing was found.
    """
    doc = nlp_doc(text)
    quantities, totality = text_to_quantities(text, doc)
    scope_terms = totality + doc_to_scope(doc, text)
    return Features(
        quantities=tuple(quantities),
        deadlines=tuple(text_to_deadlines(text, year=year, doc=doc)),
        labels=tuple(text_to_labels(text)),
        conditions=doc_to_conditions(doc),
        scope=max((b for _, b in scope_terms), default=None),
        scope_terms=tuple(t for t, _ in scope_terms),
    )
