"""Deadlines compared: a yearly activity whose date moves with the document rolls forward, a one-off deliverable
whose date moves has slipped (or was brought forward).

`deadline_reasons` is the deadline slot of `compare.compare_texts`; `is_one_off` tells a deliverable ("stelt een
nieuwe woonvisie vast") from a year's output ("levert 70 woningen op").
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from . import lexicon
from .features import phrase_pattern
from .nlp import doc as nlp_doc
from .nlp import get_nlp, parse
from .reading import main_clause, milestone_re, sentences
from .text import gapped_phrase, mask_years, year_pattern
from .types import Deadline, Features, Reason

__all__ = ["deadline_reasons", "is_one_off", "sentence_of"]


# A study or a talk and the act it leads to have dates about different things ("gaan in 2025 in gesprek over" ->
# "ondertekenen uiterlijk eind 2026 een convenant"): a level change, not a slipped deadline.
# (a verb, not the noun after an article: "in het onderzoek van 2026 geschikt bevonden")
_INVESTIGATE = re.compile(
    r"(?<!het )(?<!een )(?<!dit )(?<!dat )\b(?:onderzo\w*|verken\w*|bekijk\w*|overweeg\w*|overweg\w*|nagaan|"
    r"gaat na|gaan na|in gesprek|bespre\w*|overleggen)\b")


def _fmt_deadline(d: Deadline) -> str:
    return d.text.lower() if d.text else f"{d.month}-{d.year}"


def _months(d: Deadline) -> int:
    return d.year * 12 + d.month


_YEAR_TEXT = year_pattern(1900, 2099)  # the one definition of a year (text.py), this stage's range
_ANY_YEAR = re.compile(rf"\b{_YEAR_TEXT}\b")


@cache
def _day_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, lexicon.numbers()["months"]), key=len, reverse=True))
    return re.compile(r"\b(\d{1,2})\s+(" + months + r")\s+(" + _YEAR_TEXT + r")\b", re.I)


def _day(d: Deadline, years_back: int = 0) -> int | None:
    """The day a dated deadline names ("vóór 15 februari 2026"), as an ordinal, `years_back` years earlier; None
    without a day and month."""
    m = _day_pattern().search(d.text)
    if m is None:
        return None
    month = lexicon.numbers()["months"][m[2].lower()]
    try:
        return date(int(m[3]) - years_back, month, int(m[1])).toordinal()
    except ValueError:  # 29 februari in another year, a day the month has not
        return None


def _gap(a: Deadline, b: Deadline, shift: int = 0) -> int:
    """How far `b` lies after `a` (`shift` months of `b` not counted): in days where both name a day and month
    ("vóór 1 maart" -> "vóór 15 februari" moves, though both end in February), else in months."""
    day_a, day_b = _day(a), _day(b, shift // 12)
    if day_a is not None and day_b is not None and shift % 12 == 0:
        return day_b - day_a
    return _months(b) - shift - _months(a)


_BARE_YEAR = re.compile(r"^(?:in|voor|vóór)\s+\d{4}$", re.I)
# A date at the end or the middle of a year ("uiterlijk eind 2025", "medio 2025") is a target, not a yearly moment;
# a day and month ("per 1 juli", "vóór 15 december"), a quarter or a bare year ("in 2025") is the yearly cycle's.
_TARGET_DATE = re.compile(r"\b(?:eind|einde|medio|halverwege)\b", re.I)


def _recurring(a: Deadline, b: Deadline, a_text: str, year_shift: int, old_year: int | None = None,
               softened: bool = False, b_text: str = "") -> bool:
    """A yearly activity: the date stands where it stood relative to the document's year (moved by exactly the
    years between the documents, the phrase otherwise the same, or a whole year either side), and the sentence
    does not name a one-off deliverable.  A bare year on one side ("in 2024" -> "per 1 januari 2025") is the
    document's own year named another way: both name the year of their own document.  `softened`: the
    commitment beside went softer, and a single deliverable's year (`singular_deliverable`) has slipped with it."""
    if year_shift == 0:
        return False
    if old_year is not None and a.year is not None and a.year > old_year and _planned_later(a_text, a.text):
        return False  # planned for a later year than the document's own ("actualiseert in 2026 de woonvisie")
    if old_year is not None and a.year is not None and a.year - old_year >= 2 and len(_years(a.text)) == 1:
        return False  # "uiterlijk in 2028" in a 2026 agreement: a project years off, never a yearly moment (a
        # period moving whole, "de jaren 2026 tot en met 2030" of a yearly bod, still is)
    years_a, years_b = _years(a.text), _years(b.text)
    if len(years_a) == len(years_b) > 1 and any(y - x != year_shift for x, y in zip(years_a, years_b, strict=True)):
        return False  # a period whose end moved and whose start stayed: "2024 tot en met 2026" -> "... 2027"
    this_year = (old_year is not None and a.year == old_year and b.year - a.year == year_shift
                 and bool(_BARE_YEAR.match(a.text)) != bool(_BARE_YEAR.match(b.text))
                 and not _TARGET_DATE.search(a.text + " " + b.text)  # "in 2026" -> "medio 2027" has slipped
                 and not _slipped_year(b, b_text)
                 and not (softened and not a.text.lower().startswith(lexicon.date_bounds()[1])))
    # a softer promise for the new year, its date worded apart, has slipped with it ("stelt vóór 1 juli 2025 op"
    # -> "onderzoekt in 2026 of"); a start ("per 1 juli 2025") named as the next year still is that year's
    if not this_year and _months(b) - _months(a) != 12 * year_shift:
        return False
    whole_years = bool(_BARE_YEAR.match(a.text) and _BARE_YEAR.match(b.text))  # "voor 2024" -> "in 2025"
    if not (whole_years or this_year) and _phrase(a.text) != _phrase(b.text):
        return False
    if _TARGET_DATE.search(a.text) and not _recurring_re().search(sentence_of(a_text, a.text)):
        return False  # "uiterlijk eind 2025 geen E-, F- of G-labels meer": a target date, moved later
    sentence = sentence_of(a_text, a.text)
    return not is_one_off(sentence, a.text) and not (softened and singular_deliverable(sentence))


_LATEST_IN_YEAR = re.compile(r"^uiterlijk\s+(?:in\s+)?\d{4}$", re.I)


def _slipped_year(date: Deadline, text: str) -> bool:
    """The year's activity named again as the latest year for it ("maakt in 2025 ..." -> "maakt uiterlijk in 2026
    ...") or as a project's planned moment in a clause of its own ("levert in 2025 ... op" -> "...; de oplevering
    is voorzien in het tweede kwartaal van 2026"): the work has slipped, not recurred."""
    if _LATEST_IN_YEAR.match(date.text):
        return True
    later = [part.lower() for part in text.split(";")[1:] if date.text in part]
    return any(milestone_re().search(part) for part in later)


def _planned_later(text: str, date: str) -> bool:
    """A date for one thing or one project moment: a single deliverable ("actualiseert in 2026 de woonvisie") or a
    clause naming a milestone (directions.yaml `milestones`: "de oplevering is voorzien in 2027")."""
    sentence = sentence_of(text, date)
    clause = next((part for part in sentence.split(";") if date in part), sentence).lower()
    return singular_deliverable(sentence) or milestone_re().search(clause) is not None


_ARTICLE_NOUN = re.compile(r"\b(?:een|de|het)\s+(?:\w+\s+){0,2}?(\w+)")
_COUNTED = re.compile(r"(?<![\w.,])(?<!voor )(?<!van )(\d+(?:[.,]\d+)*|€)(?![\w.,]*\d)")


DELIVERABLE_GAP = 8  # words between a deliverable verb and its particle ("past ... aan", directions.yaml)


@cache
def _deliverable_re() -> re.Pattern[str]:
    words = sorted((str(w) for w in lexicon.load("directions").get("deliverable_acts", [])), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(gapped_phrase(w, DELIVERABLE_GAP) for w in words) + r")\b", re.I)


def singular_deliverable(sentence: str) -> bool:
    """A single thing made or changed in one act (directions.yaml `deliverable_acts`): "actualiseert in 2025 de
    woonvisie", "zal een doorstroomregeling invoeren"; not a year's output counted in the clause ("zal 40 woningen
    aanpassen", "een bedrag van € 125"), though a figure describing the one thing may stand ("een woonvorm voor
    24 ouderen")."""
    sents = sentences(parse(_RELATIVE_CLAUSE.sub("", sentence)))
    clause = " ".join(t.text for t in main_clause(sents[0])) if sents else sentence
    low = mask_years(clause.lower())
    if _deliverable_re().search(low) is None or _COUNTED.search(low):
        return False
    return _ARTICLE_NOUN.search(low) is not None


def _phrase(text: str) -> str:
    """A date's wording without its years and a leading "in": "in november 2027" says what "november 2026" said
    ("in mei en november 2026" names its month without the preposition)."""
    return re.sub(r"^in\s+", "", mask_years(text).lower())


def _years(text: str) -> list[int]:
    return [int(y) for y in _ANY_YEAR.findall(text)]


NEAR_MOMENT_DAYS = 45  # a yearly moment moved by about a month or less; a slipped deliverable moves further


def _yearly_cycle(a: Deadline, b: Deadline, old_text: str, new_text: str, year_shift: int) -> bool:
    """A dated moment of a yearly cycle: a day-and-month date (not a bare year, not "eind"/"medio") in a sentence
    that names no one-off deliverable and says it recurs, or whose other years moved with the document ("per 1
    maart 2025 ... over 2024" -> "per 1 februari 2026 ... over 2025")."""
    if _BARE_YEAR.match(a.text) or _BARE_YEAR.match(b.text) or _TARGET_DATE.search(a.text + " " + b.text):
        return False
    if not re.search(r"\d{1,2}\s+[a-z]+\s+\d{4}", a.text) or not re.search(r"\d{1,2}\s+[a-z]+\s+\d{4}", b.text):
        return False
    sentence_a, sentence_b = sentence_of(old_text, a.text), sentence_of(new_text, b.text)
    if is_one_off(sentence_a):
        return False
    if _recurring_re().search(sentence_a):
        return True
    # without a word that says it recurs, only other years that moved with the document show a yearly cycle:
    # a dated deliverable that moves about a year has slipped ("stelt vóór 1 oktober 2024 een wijkvisie op")
    others_a = _years(sentence_a.replace(a.text, " "))
    others_b = _years(sentence_b.replace(b.text, " "))
    if bool(others_a) and len(others_a) == len(others_b) and all(
            y - x == year_shift for x, y in zip(others_a, others_b, strict=True)):
        return True
    # a routine act (no deliverable) dated a year on, its day within a few weeks of the old one: the same yearly
    # moment moved a little ("informeren vóór 1 maart 2026 over de geplande projecten" -> "vóór 1 februari 2027")
    return (not singular_deliverable(sentence_a) and not _names_deliverable(sentence_a)
            and abs(_gap(a, b, 12 * year_shift)) <= NEAR_MOMENT_DAYS)


def _names_deliverable(sentence: str) -> bool:
    """A plan, vision or regulation named in the sentence (commitment.yaml `follow_up.deliverables`, compounds too:
    "wijkvisie", "doorstroomregeling"): something made once, whose date a year on has slipped."""
    heads = lexicon.load("commitment").get("follow_up", {}).get("deliverables", [])
    return any(w.endswith(tuple(heads)) for w in re.findall(r"\w+", sentence.lower()))


def deadline_reasons(old: Features, new: Features, *, old_text: str = "", new_text: str = "",
                     year_shift: int = 0, old_year: int | None = None, level: int = 0) -> list[Reason]:
    """Deadlines moved later (weaker) or earlier (stronger), leaving out yearly recurring activities.

    `level` is the direction of a change in commitment level found beside (+1 firmer, -1 softer, 0 none)."""
    studies = bool(_INVESTIGATE.search(old_text.lower())), bool(_INVESTIGATE.search(new_text.lower()))
    reasons = _moved_deadlines(old, new, old_text, new_text, year_shift, old_year, level=level)
    if studies[0] == studies[1]:
        return reasons
    # an investigation became an act or the reverse: the study's own date ("gaan in 2025 in gesprek") is about
    # something else than the act's, and moving from one to the other says nothing the level does not say; a
    # date that moves with the level ("stelt vóór 1 oktober beschikbaar" -> "onderzoekt vóór 1 juli of"), or
    # that the study sets for the act itself ("met het doel dit convenant vóór 1 oktober te ondertekenen"), has
    # moved; a year the study asks about ("onderzoekt of in 2025 ... kunnen worden") is the study's year
    study = (old, old_text) if studies[0] else (new, new_text)
    return [r for r in reasons if r.direction == level
            or _dates_the_act(study[1], r.old if study[0] is old else r.new)]


_ACT_CLAUSE = re.compile(r"\b(?:met het doel|met als doel|om)\b")


def _dates_the_act(text: str, date: str) -> bool:
    """The study's date stands in the clause of the act it aims at: after "om" or "met het doel", with
    no other clause between ("onderzoekt of ... kan, en bespreekt de uitkomst vóór 1 oktober" dates the study)."""
    low = text.lower()
    found = _INVESTIGATE.search(low)
    where = low.find(date.lower())
    if found is None or where < 0:
        return False
    marker = _ACT_CLAUSE.search(low, found.end(), where)
    return marker is not None and not re.search(r"[.;]|\ben\b", low[marker.end():where])


# A date that bounds the act ("vóór 1 juli 2026", "uiterlijk medio 2026", "per 1 januari 2027"), not the year an
# activity runs in ("in 2026"): added where the other side names no date at all, it sets a deadline.
@cache
def _bound() -> re.Pattern[str]:
    end, start = lexicon.date_bounds()
    return re.compile(r"\b(?:" + "|".join(map(re.escape, (*end, *start))) + r")\b", re.I)


def _added_or_removed(old: Features, new: Features, old_text: str, new_text: str, new_year: int | None
                      ) -> list[Reason]:
    """A deadline set where the other side names no date and no year at all: stronger when added ("stelt het
    plan op" -> "stelt vóór 1 juli 2026 het plan op"), weaker when removed -- unless the date had passed by the
    new document ("voert per 1 januari 2025 in" is done in 2026); a yearly moment sets none."""
    for dates, other, sign in ((new.deadlines, old_text, 1), (old.deadlines, new_text, -1)):
        if len(dates) != 1 or _ANY_YEAR.search(other) or _recurring_re().search(old_text + " " + new_text):
            continue
        date = dates[0]
        if not _bound().search(date.text) or (sign < 0 and new_year is not None and date.year < new_year):
            continue
        before, after = ("(geen termijn)", date.text) if sign > 0 else (date.text, "(geen termijn)")
        verb = "toegevoegd" if sign > 0 else "vervallen"
        return [Reason("deadline", before, after, f"termijn {verb}: {_fmt_deadline(date)}", sign)]
    return []


def _unmoved(left: list[Deadline], right: list[Deadline], old_text: str, new_text: str, year_shift: int,
             old_year: int | None, softened: bool) -> tuple[list[Deadline], list[Deadline]]:
    """The dates left once the yearly dates that moved with the document are paired off, those of the same wording
    first ("vóór 1 juli 2026 ... voor 2027" -> "vóór 1 juni 2027 ... voor 2028": "voor 2027" moved to "voor 2028",
    not to a bare year standing for the other date)."""
    for same_wording in (True, False):
        for d in list(left):
            moved = next((e for e in right if (not same_wording or _phrase(d.text) == _phrase(e.text))
                          and _recurring(d, e, old_text, year_shift, old_year, softened, new_text)), None)
            if moved is not None:
                left.remove(d)
                right.remove(moved)
    return left, right


def _moved_deadlines(old: Features, new: Features, old_text: str, new_text: str, year_shift: int,
                     old_year: int | None, *, level: int = 0) -> list[Reason]:
    if bool(old.deadlines) != bool(new.deadlines):
        # beside a change of level a date comes or goes with the act ("onderzoekt of" -> "plaatst vóór eind
        # 2026"): the level says it
        new_year = old_year + year_shift if old_year is not None else None
        return [] if level else _added_or_removed(old, new, old_text, new_text, new_year)
    left, right = _unmoved(list(old.deadlines), list(new.deadlines), old_text, new_text, year_shift, old_year,
                           level < 0)
    for d in list(left):
        same = next((e for e in right if _gap(d, e) == 0 or _same_year_for(d, e)), None)
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
        if _recurring(a, b, old_text, year_shift, old_year, level < 0, new_text) or _reported_done(a, old_text,
                                                                                               new_text):
            continue
        shift = 0  # a yearly date moved within its year: "per 1 maart 2025 (over 2024)" -> "per 1 februari 2026"
        if paired and year_shift and b.year - a.year == year_shift and _yearly_cycle(
                a, b, old_text, new_text, year_shift):
            shift = 12 * year_shift
        moved = _gap(a, b, shift)
        if not moved:
            continue
        direction = -((moved > 0) - (moved < 0))
        verb = "verschoven" if direction < 0 else "vervroegd"
        out.append(Reason("deadline", a.text, b.text,
                          f"termijn {verb} van {_fmt_deadline(a)} naar {_fmt_deadline(b)}", direction))
    return out


_FOR_YEAR = re.compile(r"^(?:in|voor)\s+(\d{4})$", re.I)  # "voor" without accent: "for", as often as "before"


def _same_year_for(a: Deadline, b: Deadline) -> bool:
    """"reserveert voor 2026 € 135 per woning" -> "besteedt in 2026 € 135": the year an amount is for, named with
    "voor" (unaccented) on one side and "in" on the other, is one year, not a date before it."""
    ma, mb = _FOR_YEAR.match(a.text), _FOR_YEAR.match(b.text)
    return bool(ma and mb and ma[1] == mb[1] and a.text.split()[0].lower() != b.text.split()[0].lower())


def _reported_done(d: Deadline, old_text: str, new_text: str) -> bool:
    """The new text still names the old date, though not as a deadline: it reports the act done then ("start in
    2025 met de bouw" -> "levert in 2026 op; de bouw is in 2025 gestart"), progress and no slipped date. Only a
    clause of a perfect whose participle is the old date's act counts; a clause saying the date moved ("in plaats
    van in 2026", "uitgesteld van in 2026 naar in 2027") or another act done then ("in 2026 is de vergunning
    aangevraagd") does not."""
    rules = lexicon.load("directions")
    auxiliaries = {str(w).lower() for w in rules.get("perfect_auxiliaries", [])}
    moved = _words_re(tuple(str(w).lower() for w in rules.get("date_moved", [])))
    date_re = re.compile(rf"(?<!\w){re.escape(d.text)}(?!\w)", re.I)
    acts = {_stem(t.lemma_) for t in nlp_doc(sentence_of(old_text, d.text)) if t.is_alpha}
    for clause in re.split(r"[;:.()]|,\s", new_text):
        if not date_re.search(clause) or moved.search(clause.lower()):
            continue
        tokens = [t for t in nlp_doc(clause) if t.is_alpha]
        perfect = any(t.lower_ in auxiliaries for t in tokens)
        for t in tokens:
            if t.lower_ == t.lemma_.lower() or _stem(t.lemma_) not in acts:
                continue
            if (perfect and "ge" in t.lower_) or re.search(r"[dt]en?$", t.lower_[len(_stem(t.lemma_)):]):
                return True
    return False


def _stem(lemma: str) -> str:
    lemma = lemma.lower()
    return lemma[:-2] if lemma.endswith("en") else lemma


@cache
def _words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def sentence_of(text: str, fragment: str) -> str:
    """The sentence of `text` that contains `fragment` (the whole text when not found)."""
    for sent in nlp_doc(text).sents:
        if fragment in sent.text:
            return sent.text
    return text


_PARTICLES = frozenset({"op", "af", "in", "aan", "uit", "voor", "mee", "bij", "door", "over", "toe", "vast", "om",
                        "met", "naar", "van"})


@cache
def _one_off_matcher() -> Matcher:
    matcher = Matcher(get_nlp().vocab)
    words = lexicon.load("directions").get("one_off", [])
    phrases = [str(e["phrase"] if isinstance(e, dict) else e) for e in words]
    # a verb and its object noun can stand far apart ("neemt vóór 1 oktober 2025 een besluit"), and so can a
    # separable particle that closes its clause ("stellen in 2024 voor het Stationskwartier een plan op en ...");
    # a particle followed by more words keeps the lexicon's short gap: it doubles as a preposition ("op de")
    patterns = []
    for phrase in phrases:
        pattern = phrase_pattern(phrase)
        wide = [{"OP": "{0,8}"} if tok.get("OP") else tok for tok in pattern]
        if phrase.split()[-1] not in _PARTICLES:
            patterns.append(wide)
        else:
            # a particle that closes its clause may stand after a long middle field ("stelt in 2025 in overleg met
            # de corporaties en de zorgaanbieders een opgave wonen en zorg op")
            closing = [{"OP": "{0,16}"} if tok.get("OP") else tok for tok in pattern]
            patterns += [pattern, closing + [{"LOWER": {"IN": sorted(_CLOSING)}}]]
    matcher.add("one_off", patterns)
    return matcher


@cache
def _periodic_report_re() -> re.Pattern[str]:
    """The head of a report made every cycle (directions.yaml `periodic_reports`), compounds too
    ("voortgangsrapportage")."""
    words = [str(w) for w in lexicon.load("directions").get("periodic_reports", [])]
    return re.compile(r"\b\w*(?:" + "|".join(map(re.escape, words)) + r")\b", re.I) if words else re.compile(r"(?!)")


@cache
def _recurring_re() -> re.Pattern[str]:
    words = [str(w) for w in lexicon.load("directions").get("recurring", [])]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


_PARTICIPLE_ADJECTIVE = re.compile(r"^\w*ge\w+[dt]en?$")


def is_one_off(sentence: str, date: str | None = None) -> bool:
    """Whether a sentence names a one-off deliverable ("stelt een nieuwe woonvisie op"), not a yearly one.

    Only the main clause counts (`reading.main_clause`), and a participle used as an adjective names something
    already done, not a deliverable: "uit de vastgestelde verkoopvijver", "de opgestelde monitor".  A word that
    says it recurs makes it yearly, unless `date` stands in the main clause and the word only in a clause beside
    it: "stellen in 2024 een plan op en bespreken de voortgang twee keer per jaar" dates the plan.
    """
    recurs = bool(_recurring_re().search(_question_re().sub(r"\1", sentence)))
    if recurs and date is None:
        return False
    sentence = _RELATIVE_CLAUSE.sub("", sentence)  # "..., waarvan 70 woningen in 2024 worden opgeleverd"
    sents = sentences(parse(sentence))  # the text's own sentences: the parser cuts "Start in 2024 | met de bouw"
    clause = " ".join(t.text for t in main_clause(sents[0])) if sents else sentence
    if recurs and (date not in clause or _recurring_re().search(_question_re().sub(r"\1", clause))):
        return False
    if _named_set_re().search(clause):
        return True
    # the main clause, closed ("..., waarna partijen de jaarschijf opstellen" is no deliverable)
    doc = nlp_doc(clause.rstrip(" .") + " .")
    for _, start, end in _one_off_matcher()(doc):
        span = doc[start:end]
        if any(_PARTICIPLE_ADJECTIVE.match(t.lower_) for t in _phrase_words(span)):
            continue
        if _periodic_report_re().search(span.text):
            continue  # "stelt vóór 1 oktober een actueel overzicht van de plancapaciteit op": a report made each year
        if len(span) == 1 and _in_apposition(sentence, span[0].text):
            continue
        if _counted_output(doc, start, end):
            continue
        return True
    return False


_CLOSING = frozenset({",", ".", ";", ":", "en", "of", "om", "zodat"})
_PARTICIPLE = re.compile(r"^\w*ge\w+[dt]$")
# The question a study asks ("onderzoekt in 2025 of de jaarlijkse prestatieafspraken ... kunnen worden vervangen"):
# a yearly word in it is what is studied, the study itself is done once.
@cache
def _question_re() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, lexicon.study_verbs()))
    return re.compile(rf"\b((?:{verbs})(?:\s+[^\s.;]+){{0,6}}?)\s+of\b[^.;]*", re.I)


def _in_apposition(sentence: str, word: str) -> bool:
    """A participle between two commas describes a noun before it, it is not the act: "de taakstelling, voor 2025
    door het Rijk vastgesteld op 46 personen, wordt gehaald"."""
    if not _PARTICIPLE.match(word.lower()):
        return False
    pieces = re.split(r"\s*,\s*", sentence)
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", p) for p in pieces[1:-1])


@cache
def _named_set_re() -> re.Pattern[str]:
    """The object "de 138 woningen in Hoogveld": no preposition before the article, a figure, a home noun
    (directions.yaml `named_set_nouns`) and a named place after "in", "aan" or "van (het complex|de wijk)"."""
    nouns = "|".join(map(re.escape, lexicon.load("directions").get("named_set_nouns", [])))
    return re.compile(r"(?<!\bin )(?<!\bop )(?<!\bbij )(?<!\baan )(?<!\bvan )(?<!\bvoor )\bde\s+\d+\s+\w*(?:"
                      + nouns + r")\s+(?:in|aan|van)\s+(?:(?:het|de)\s+(?:complex|wijk|buurt)\s+|de\s+)?[A-Z]")


def _phrase_words(span: Span) -> list[Token]:
    """The words of a matched one-off phrase itself, not those its gap spans: in "stelt in 2025 een geactualiseerde
    woonvisie vast" the participle "geactualiseerde" describes the object, and the phrase is "stelt ... vast"."""
    end = len(span) - 1 if len(span) > 1 and span[-1].lower_ in _CLOSING else len(span)
    return [span[0], span[end - 1]] if end > 1 else [span[0]]


# A relative clause on the counted object: what it says of a share is not the main clause's deliverable.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:waarvan|waarbij|waarin|waarmee|waarop)\b[^.;]*", re.I)
_DEFINITE = {"de", "het", "deze", "die", "dit", "resterende", "overige", "laatste", "eerste"}


def _counted_output(doc: Doc, start: int, end: int) -> bool:
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


_YEAR = re.compile(rf"^{_YEAR_TEXT}$")


def _count(t: Token) -> bool:
    """A figure that counts something: not a year, not the article "een"."""
    return t.like_num and not _YEAR.match(t.text) and t.lower_ not in ("een", "één")
