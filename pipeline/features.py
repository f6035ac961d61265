"""Commitment features of one afspraak: quantities (`quantities`), deadlines, energy labels, conditions, scope.

Rule matchers (spaCy `Matcher` over the lookup lemmas) find the lexicon phrases; regular expressions read the
Dutch number, date and label formats, where they are clearer than token patterns.  All word lists live in
`pipeline/lexicon/*.yaml`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from . import lexicon
from .nlp import doc as nlp_doc
from .nlp import get_nlp
from .quantities import YEAR, lemma_of, parse_number, text_to_quantities, token_at
from .types import Deadline, Features

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

PLACE_NOUNS = ("complex", "complexen", "wijk", "wijken", "kern", "kernen", "buurt", "buurten", "flat",
               "flats", "portiekflats", "locatie", "locaties", "straat", "straten", "gebouw", "gebouwen",
               "dorpen")
_SPACE = re.compile(r"\s+")


# ------------------------------------------------------------------------------------------- deadlines

@cache
def _deadline_re() -> re.Pattern[str]:
    nums = lexicon.numbers()
    months = "|".join(sorted(map(re.escape, nums["months"]), key=len, reverse=True))
    single = [p for p in nums["year_parts"] if " " not in p]
    parts = "|".join(sorted(map(re.escape, single), key=len, reverse=True))
    quarters = r"(?:q[1-4]|(?:[1-4]e|eerste|tweede|derde|vierde)\s+kwartaal)"
    # each prefix word a whole word: "stelt hiervoor in 2026" is no "voor in 2026"
    prefix = (r"(?:\b(?:uiterlijk|vóór|voor|per|in|tot en met|t/m|tot|vanaf|met ingang van|na|rond|eind|begin)"
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
    if any(lemma_of(t) in rules.year_context or t.lower_ in rules.year_context for t in before):
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


_RELATIVE = frozenset({"die", "waarin", "waarvan", "waarop", "welke"})


def _outside_relatives(span: Span) -> list[Token]:
    """The words of a clause without its relative clauses: "alle woningen die vóór 1994 zijn gebouwd" says when
    the homes were built, not that the afspraak reports the past.  A relative clause ends at its verbs."""
    rules = lexicon.directions()
    verbs = rules.past_auxiliaries | rules.past_participles | {"zijn", "is", "hebben", "heeft", "worden", "wordt"}
    out, skipping, seen_verb = [], False, False
    for t in span:
        low = t.lower_
        if low in _RELATIVE:
            skipping, seen_verb = True, False
            continue
        if skipping:
            if low in verbs:
                seen_verb = True
                continue
            if not seen_verb:
                continue
            skipping = False
        out.append(t)
    return out


def _is_past(sent: Span) -> bool:
    rules = lexicon.directions()
    tokens = _outside_relatives(sent)
    # "uiterlijk medio 2026 te hebben uitgevoerd" is a perfect infinitive: done by a date ahead, not the past
    words = {t.lower_ for k, t in enumerate(tokens) if not (k and tokens[k - 1].lower_ == "te")}
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
        i = token_at(doc, m.start("year"))
        if _is_dated(m, prefix):  # "uiterlijk medio 2026", "zijn vóór 1 juli 2027 afgerond": a deadline, whatever
            if year is not None and y < year:  # title or tense stands near it; years before the document's are past
                continue
        elif _is_context_year(doc, i, _is_past(_clause(doc, i)), y, year):
            continue
        y, month = _deadline_month(m, prefix, y, nums)
        out.append(Deadline(year=y, month=month, text=_SPACE.sub(" ", m.group(0).strip())))
    return out


_DEADLINE_WORDS = frozenset({"uiterlijk", "vóór", "voor", "eind", "tot"})


def _is_dated(m: re.Match[str], prefix: list[str]) -> bool:
    """A date set as a deadline: "uiterlijk", "vóór", "eind", "tot en met", a day and month, a part of the year or a
    quarter; not a bare year, which may name a title ("de woonvisie 2026") or a period."""
    return bool(_DEADLINE_WORDS & set(prefix) or m["day"] or m["part"] or m["quarter"])


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
    if "vanaf" in prefix or "per" in prefix or "ingang" in prefix:  # "met ingang van 2025"; "tot en met 2027" ends
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
_HOMES_WITH = re.compile(r"\bmet\s+(?:een\s+)?(?:energie)?(?:labels?\s+)?$", re.I)
_NEGATION = re.compile(r"\b(?:geen|niet meer|uitgefaseerd|uitfaseren|verdwenen|weg|vrij van)\b", re.I)


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
            if len(letters) > 1 and _HOMES_WITH.search(text[max(0, m.start() - 20):m.start()]):
                continue  # "de 35 woningen met een energielabel E, F of G": the homes to improve, not a target
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
        lemma = lemma_of(nlp(word)[0]) if word.isalpha() else word.lower()
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
    """A share's figure or word; a year is none ("biedt in 2025 de huurders van alle woningen")."""
    return t.like_num and not re.fullmatch(YEAR, t.text) or "%" in t.text or t.lower_ in _SHARE_WORDS


def _names_a_share(doc: Doc, span: Span) -> bool:
    """Whether "van alle X" is the base of a share: "60% van alle", "Van alle nieuwbouw is minimaal 60%"."""
    sent = span.sent
    before = doc[max(sent.start, span.start - 4):span.start - 1]
    after = doc[span.end:min(sent.end, span.end + 6)]
    return any(_is_share(t) for t in before) or any(
        "%" in t.text or t.lower_ in ("procent", "helft", "kwart", "derde") for t in after
    )


@cache
def _scope_filters() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon.load("scope")
    return (frozenset(map(str, data.get("not_before", []))), frozenset(map(str, data.get("not_after", []))),
            frozenset(map(str, data.get("not_before_word", []))),
            frozenset(map(str, data.get("determiners_only", []))))


_NAME = r"(?:(?:De|Het|de|het) )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)*"
_PLACES = re.compile(r"\b[Ii]n (?:de (?:wijken|wijk|kernen|kern|buurten|buurt|dorpen|complexen|complex) )?(" + _NAME
                     + r"(?:, " + _NAME + r")*(?: (?:en|of) " + _NAME + r")?)")
_ONE_LABEL = r"(?:A\+*|[A-G])"
_LABEL_SET = re.compile(r"labels? (" + _ONE_LABEL + r"(?:, " + _ONE_LABEL + r")*(?: (?:en|of|t/m|tot en met) "
                        + _ONE_LABEL + r")?)\b")


_OWN = ("onze", "hun", "haar", "zijn", "uw")  # "twee van onze complexen": a count of one's own places
_LISTED = re.compile(r"^(?:plaats: |\d+ labels$)")  # listed places and labels: compared apart, no breadth


def _enumerated_scope(text: str) -> list[tuple[str, float]]:
    """The named places an afspraak covers ("in Oudeland, Ruwiel en De Schouw": "plaats: oudeland", ...) and how
    many energy labels it lists ("label D, E, F of G": "4 labels"), as scope terms compare weighs only against
    each other."""
    out = []
    places: set[str] = set()
    end = -1
    for m in _PLACES.finditer(text):
        if end >= 0 and text[end:m.start()].strip() == "":
            continue  # "in Kloosterweide in Lindehoven-stad": the second place contains the first
        places |= {re.sub(r"^(?:de|het) ", "", p.lower()) for p in re.split(r", | en | of ", m[1])}
        end = m.end()
    out += [(f"plaats: {p}", 0.5) for p in sorted(places)]  # every place named, over all its lists
    for m in _LABEL_SET.finditer(text):
        n = len(re.findall(r"A\+*|[A-G]", m[1]))
        if n > 1:
            out.append((f"{n} labels", min(0.3 + 0.05 * n, 0.85)))
    return out


def doc_to_scope(doc: Doc, text: str) -> list[tuple[str, float]]:
    """Scope terms with their breadth: lexicon words, "twee van de vijf", counted places ("twee flats")."""
    not_before, not_after, not_before_word, determiners = _scope_filters()
    out = []
    for span, entry in _spans(doc, "scope"):
        following = [t.lower_ for t in doc[span.end:span.end + 2]]
        if any(w in not_before for w in following[:1]) or " ".join(following) in not_before:
            continue
        if len(span) == 1 and following[:1] and following[0] in not_before_word:
            continue
        if span.text.lower() in determiners and span.end < len(doc) and (
                doc[span.end].is_stop or not doc[span.end].is_alpha):
            continue  # "elk ten minste één wijkbeheerder", "waarvan elk de helft": distributive, no reach
        if span.start > 0 and doc[span.start - 1].lower_ in not_after and _names_a_share(doc, span):
            continue
        if span.end < len(doc) and doc[span.end].like_num:
            continue  # "alle 420 woningen": a whole count, read with its figure by text_to_quantities
        out.append((span.text.lower(), entry.score))
    for m in _COUNT_OF.finditer(text):
        a, b = parse_number(m[1]), parse_number(m[2])
        if a is not None and b is not None and a < b and m[1].lower() != "een":
            out.append((m.group(0).lower(), 0.4))
    out += _enumerated_scope(text)
    words = lexicon.numbers()["words"]
    for i, t in enumerate(doc[:-1]):
        nxt = doc[i + 1].lower_
        prev = doc[i - 1].lower_ if i else ""
        is_count = (t.lower_ in words or t.like_num) and t.lower_ not in ("een", "één")
        if nxt == "van" and i + 3 < len(doc) and doc[i + 2].lower_ in _OWN:
            nxt = doc[i + 3].lower_  # "twee van onze complexen" counts places as "twee complexen" does
        if is_count and nxt.endswith(PLACE_NOUNS) and prev not in (
            "de", "alle", "van", "het", "elk", "elke", "andere", "overige", "resterende"
        ):
            out.append((f"{t.lower_} {nxt}", 0.25))
    return out


# ---------------------------------------------------------------------------------------------- public

@lru_cache(maxsize=16384)  # compare and frames read the same texts in one `changes` run
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
        scope=max((b for t, b in scope_terms if not _LISTED.match(t)), default=None),
        scope_terms=tuple(t for t, _ in scope_terms),
    )
