"""How firmly an afspraak commits, read from its grammar: the level (firm, intent, explore, discuss) and the words
that decide it.

The Dutch model (`nlp.parse`: part of speech, morphology, dependencies) finds the verbs that govern each sentence,
their particles ("zet ... in"), modal auxiliaries, and light verbs whose noun carries the meaning ("heeft de
ambitie"); the words that decide a level are data in `lexicon/commitment.yaml`.  A present-tense or passive clause
with none of them is a firm commitment: that is how most real afspraken are written.  Past tense and the perfect
report what was done ("zijn opgeleverd"); a sentence without a verb ("De bouw van 40 woningen") commits to nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .commitment import agreement_verb
from .nlp import lookup_lemma, parse
from .text import gapped_phrase
from .types import ModalityLevel

__all__ = ["Reading", "doc_to_reading", "text_to_reading", "with_lead_in", "is_commitment", "main_clause", "is_verb",
           "verb_keys", "verb_by_form", "commitment_lexicon", "sentences", "milestone_re", "SUBJECT_PRONOUNS"]
# Words that open a clause whose verbs do not govern the commitment: purpose, result, cause, time, relatives.
SUBORDINATORS = frozenset({"zodat", "omdat", "waardoor", "waarmee", "nadat", "voordat", "doordat", "zodra",
                           "terwijl", "waarbij", "waarin", "waarop", "waarna", "waarvoor", "totdat", "sinds",
                           "die", "welke", "wat", "om", "opdat", "aangezien", "hoewel", "indien", "als",
                           "wanneer", "mits", "tenzij"})
# Words that frame the clause after them: "spreken af dat ...", "zorgen ervoor dat ...", "onderzoeken of ...".
COMPLEMENTIZERS = frozenset({"dat", "of", "hoe", "welke", "waar"})
COORDINATORS = frozenset({"en", "maar", ";", "terwijl"})


@dataclass(frozen=True, slots=True)
class Reading:
    """How firmly a text commits: its level, the words that decided it, and whether it only reports."""

    level: ModalityLevel | None  # None: nothing commits (a noun phrase, a heading)
    terms: tuple[str, ...] = ()
    past: bool = False  # the governing verbs are past tense or perfect: a report of what was done
    strength: float | None = None  # for comparing two readings: the level's, or a word's own (commitment.yaml)
    all_terms: frozenset[str] = frozenset()  # the level words of every sentence, to tell a rewording from a change


@dataclass(frozen=True, slots=True)
class _Lexicon:
    strength: dict[str, float]
    verbs: dict[str, str]
    nouns: dict[str, str]
    adjectives: dict[str, str]
    light: frozenset[str]
    intent_light: frozenset[str]
    modals: dict[str, str]
    framing: frozenset[str]
    term_strength: dict[str, float]
    done: re.Pattern[str]
    done_strength: float
    handled: frozenset[str] = frozenset()
    forecasts: frozenset[str] = frozenset()
    aim_prepositions: frozenset[str] = frozenset()
    aim_verbs: frozenset[str] = frozenset()
    modal_aims: frozenset[str] = frozenset()


@cache
def commitment_lexicon() -> _Lexicon:
    data = lexicon.load("commitment")

    def by_word(block: dict[str, list[str]]) -> dict[str, str]:
        return {str(w).lower(): level for level, words in block.items() for w in words}

    return _Lexicon(
        strength={k: float(v) for k, v in data["levels"].items()},
        verbs=by_word(data["verbs"]),
        nouns=by_word(data["nouns"]),
        adjectives=by_word(data["adjectives"]),
        light=frozenset(data["light_verbs"]),
        intent_light=frozenset(data.get("intent_light_verbs", data["light_verbs"])),
        modals={str(k): str(v) for k, v in data["modals"].items()},
        framing=frozenset(data["framing"]),
        term_strength={str(k): float(v) for k, v in data.get("strengths", {}).items()},
        done=re.compile(data["done"]["pattern"]),
        done_strength=float(data["done"]["strength"]),
        handled=frozenset(map(str, data.get("handled_in_time", []))),
        forecasts=frozenset(map(str, data.get("forecasts", []))),
        aim_prepositions=frozenset(map(str, data.get("predicative_aims", {}).get("prepositions", []))),
        aim_verbs=frozenset(map(str, data.get("predicative_aims", {}).get("verbs", []))),
        modal_aims=frozenset(map(str, data.get("modal_aims", []))),
    )


def is_verb(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") or t.tag_.startswith("WW")


def infinitive_guesses(low: str) -> list[str]:
    """Infinitives a present singular may belong to, where neither lemmatizer knows it: "spant" -> spannen,
    "maakt" -> maken, "leeft" -> leven, "bouwt" -> bouwen (Dutch spelling: a short vowel doubles the consonant,
    a long one is written single before -en, f and s voice to v and z)."""
    if len(low) < 4 or not low.endswith("t") or not low.isalpha():
        return []
    stem = low[:-1]
    out = [stem + "en", stem + stem[-1] + "en"]
    if len(stem) > 2 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        single = stem[:-2] + stem[-1]
        out.append(single + "en")
        stem = single
    if stem.endswith("f"):
        out.append(stem[:-1] + "ven")
    if stem.endswith("s"):
        out.append(stem[:-1] + "zen")
    return out


_QUESTION_WORDS = frozenset({"of", "welke", "wat", "hoe", "waar", "wie", "wanneer", "waarom", "welk"})


def _particle_before_question(t: Token) -> list[str]:
    """A separable particle the parse took for a preposition, standing before the question it asks: "gaat X na
    welke mogelijkheden er zijn" (nagaan), "zoekt de corporatie uit of ..." (uitzoeken)."""
    after = t.doc[t.i + 1:t.i + 8]
    for k in range(len(after) - 1):
        if after[k].pos_ == "ADP" and after[k + 1].lower_ in _QUESTION_WORDS:
            return [after[k].lower_]
        if is_verb(after[k]) or after[k].text in ",;:.":
            break
    return []


def verb_keys(t: Token) -> list[str]:
    """Lemmas a verb may be listed under: the model's and the lookup table's, with its separable particle in
    front ("zet ... in" -> "inzetten") and with a particle-like word after it as two words ("sterk maken")."""
    model = t.lemma_.lower()
    if model != t.lower_ and model.endswith(t.lower_):
        model = ""  # the lemmatizer invented a prefix ("nemen" -> "voornemen"): the particle is a word of its own
    guesses = infinitive_guesses(t.lower_) if model in ("", t.lower_) and not lookup_lemma(t.lower_) else []
    lemmas = dict.fromkeys(x for x in (model, lookup_lemma(t.lower_), t.lower_, *guesses) if x)
    particles = [c.lower_ for c in t.children if c.dep_ == "compound:prt"] + _particle_before_question(t)
    keys: list[str] = []
    for lemma in lemmas:
        keys += [p + lemma for p in particles if not lemma.startswith(p)]
        keys.append(lemma)
    doc = t.doc
    after = doc[t.i + 1:t.i + 11]
    for k in range(len(after) - 1):  # "gaat in gesprek", "brengt vóór eind 2025 in kaart"
        if after[k].pos_ == "ADP" and after[k + 1].pos_ in ("NOUN", "ADJ", "PROPN"):
            keys += [f"{after[k].lower_} {after[k + 1].lower_} {lemma}" for lemma in lemmas]
    for c in t.children:
        if c.dep_ in ("xcomp", "compound:prt", "advmod", "obl", "obl:arg", "obj") and c.pos_ != "PRON":
            case = [g.lower_ for g in c.children if g.dep_ == "case"]
            for lemma in lemmas:
                keys.append(f"{c.lower_} {lemma}")
                if case:
                    keys.append(f"{case[0]} {c.lower_} {lemma}")
    return keys


NOMINAL = frozenset({"NOUN", "PROPN"})


def _infinitive(t: Token) -> bool:
    return "Inf" in t.morph.get("VerbForm") or t.tag_.startswith("WW|inf")


def _finite(t: Token) -> bool:
    return "Fin" in t.morph.get("VerbForm") or t.tag_.startswith("WW|pv")


def main_clause(sent: Span, *, coordinated: bool = False) -> list[Token]:
    """The tokens that govern a sentence's commitment, read left to right without trusting the parse tree.

    Kept: everything up to a second coordinated clause ("... voert uit en streeft naar ..." keeps the first),
    and the dat/of-clause a verb frames ("spreken af dat ...").  Left out: clauses of purpose, result, cause,
    time and relatives ("zodat huurders kunnen ...", "om de doorstroming te bevorderen, ...", "die ...").  A
    left-out clause ends at the first comma after its verb: Dutch subordinate clauses put the verb last, so a
    comma before it is an enumeration inside the clause.  With `coordinated`, the clauses coordinated after the
    first are kept too ("stelt ... beschikbaar en streeft naar ...").
    """
    out: list[Token] = []
    skipping = sub_verb = seen_finite = False
    tokens = list(sent)
    for n, t in enumerate(tokens):
        low = t.lower_
        if low in (",", ":", ")"):
            if skipping and (sub_verb or n and _infinitive_like(tokens[n - 1])):
                skipping = sub_verb = False  # "die ... vrijkomen, wordt": a verb the tagger called a noun
            continue
        if low == ";" or (seen_finite and low in COORDINATORS and any(
                is_verb(u) and not _present_participle(u) for u in tokens[n + 1:n + 3])):
            if coordinated:
                continue
            break
        if n and tokens[n - 1].text.endswith(".") and t.is_title and seen_finite:
            break  # "... label A. Bij iedere ...": a sentence the segmenter did not split
        relative = low in ("dat", "die", "wat") and (t.pos_ == "PRON" or n > 0 and tokens[n - 1].pos_ in NOMINAL)
        opens = low in SUBORDINATORS and (t.pos_ in ("SCONJ", "ADP", "ADV") or low in ("om", "zodat"))
        opens = opens and not _aim_preposition(tokens, n)  # "heeft als doel ...": no "if"-clause
        purpose = low == "om" and n > 0 and tokens[n - 1].text == ","  # "..., om ... te brengen": why, not what
        purpose = purpose or low == "nu" and n > 0 and tokens[n - 1].text == ","  # "..., nu de bijdrage is afgelopen"
        if relative or purpose or (opens and not (low == "om" and seen_finite and not skipping)):
            skipping, sub_verb = True, False
            continue
        if low in COMPLEMENTIZERS and t.pos_ == "SCONJ" and not skipping:
            continue
        if low == "of" and not skipping:
            if _asks_whether(tokens, n):
                out.append(t)  # kept as a level word: "werken uit of ...", "bekijken of ..."
            continue  # otherwise "or", which sets no level
        if skipping:
            sub_verb = sub_verb or is_verb(t) and (_finite(t) or _infinitive(t))
            continue
        out.append(t)
        seen_finite = seen_finite or (_finite(t) and is_verb(t))
    return out


def _asks_whether(tokens: list[Token], n: int) -> bool:
    """Whether "of" at tokens[n] opens a whether-clause after a verb ("werken partijen uit of ... kan worden
    gerealiseerd"): a verb or its particle just before it, and a finite verb later in the clause."""
    before = [u for u in tokens[max(n - 2, 0):n] if u.is_alpha and u.is_lower and len(u) > 2]
    if not before or not (is_verb(before[-1]) and not _present_participle(before[-1])
                          or before[-1].dep_ == "compound:prt" and is_verb(before[-1].head)):
        return False
    if _nominal_infinitive(tokens, n - 1):
        return False
    rest = []
    for u in tokens[n + 1:]:
        if u.is_punct or u.lower_ in SUBORDINATORS:
            break
        rest.append(u)
    if rest and (is_verb(rest[0]) or verb_by_form(rest[0])):
        return False  # "belt of bezoekt": two verbs joined by "or"
    # a whether-clause puts its finite verb last: "of ... kan worden gerealiseerd"
    return len(rest) >= 3 and any(is_verb(u) and _finite(u) for u in rest[-4:])


def _nominal_infinitive(tokens: list[Token], i: int) -> bool:
    """An infinitive used as a noun, after a preposition or article with at most a modifier between ("uit
    beschermd wonen of maatschappelijke opvang", "het zelfstandig wonen"): its "of" joins nouns, asks nothing."""
    if i < 1 or not tokens[i].lower_.endswith("en"):
        return False
    prev = tokens[i - 1]
    if prev.pos_ in ("ADP", "DET") and prev.dep_ != "compound:prt":
        return True
    return (i >= 2 and prev.pos_ not in ("NOUN", "PROPN", "PRON", "AUX") and prev.is_lower
            and tokens[i - 2].pos_ in ("ADP", "DET") and tokens[i - 2].dep_ != "compound:prt")


def _reflexive_keys(t: Token, clause: list[Token]) -> list[str]:
    """'zich inzetten', 'zich sterk maken': a reflexive pronoun near the verb makes another verb of it."""
    near = [u for u in clause if abs(u.i - t.i) <= 4 and u.i != t.i]
    if not any(u.lower_ in ("zich", "ons") for u in near):
        return []
    keys = []
    for k in verb_keys(t):
        keys.append("zich " + k)
    particles = [u.lower_ for u in near if u.pos_ in ("ADP", "ADV", "ADJ") and u.i > t.i]
    for p in particles:
        keys += ["zich " + p + k for k in verb_keys(t)[:2]] + ["zich " + p + " " + k for k in verb_keys(t)[:2]]
    return keys


def _present_participle(t: Token) -> bool:
    """"overwegend", "passende": a present participle used as an adjective or adverb is no verb."""
    return t.tag_.startswith("WW|od") or (not _finite(t) and t.lower_.endswith(("end", "ende", "enden")))


def _attributive_participle(t: Token) -> bool:
    """"de verwachte besparing", "de beoogde aantallen": a past participle before its noun describes the noun; it
    heads no clause and sets no level."""
    return t.tag_.startswith("WW|vd|prenom")


def _level_words(clause: list[Token]) -> list[tuple[str, str]]:
    """(level, term) for every word of a main clause that sets its commitment level."""
    lex = commitment_lexicon()
    found: list[tuple[str, str]] = []
    light = [u for u in clause
             if is_verb(u) and (u.lemma_.lower() in lex.light or lookup_lemma(u.lower_) in lex.light)]
    for t in clause:
        low = t.lower_
        if low == "of":  # main_clause keeps "of" only where it asks whether
            found.append(("explore", "of"))
            continue
        if _present_participle(t) or _attributive_participle(t):
            continue
        if is_verb(t) or t.pos_ in ("ADJ", "NOUN") and low.endswith(("en", "d", "t")):
            keys = _reflexive_keys(t, clause) + verb_keys(t)
            key = next((k for k in keys if k in lex.verbs), None)
            if key is not None and not (t.pos_ == "NOUN" and key == t.lemma_.lower() and key not in low):
                if key in lex.forecasts and _names_milestone(clause):
                    continue  # "de oplevering verwachten wij in 2028": when a project moment falls, not a hedge
                found.append((lex.verbs[key], key))
                continue
        noun = t.lemma_.lower() if t.lemma_.lower() in lex.nouns else low if low in lex.nouns else None
        governing = light if noun is None or lex.nouns[noun] != "intent" else [
            u for u in light if (u.lemma_.lower() in lex.intent_light or lookup_lemma(u.lower_) in lex.intent_light)
            and not any(c.dep_ == "compound:prt" for c in u.children)]
        if noun is not None and t.pos_ in ("NOUN", "VERB", "ADJ") and (
                _object_of(t, governing, clause) or lex.nouns[noun] == "intent" and _according_to(t)):
            found.append((lex.nouns[noun], low))
            continue
        if noun is not None and lex.nouns[noun] == "intent" and _predicative_aim(t, clause):
            found.append(("intent", low))
            continue
        modal = lookup_lemma(low) or t.lemma_.lower()
        if is_verb(t) and modal in lex.modals:
            after = t.nbor(1).lower_ if t.i + 1 < len(t.doc) else ""
            found.append((lex.modals[modal], f"{low} {after}" if after in lex.modal_aims else low))
            continue
        adj = t.lemma_.lower()
        if t.pos_ == "ADJ" and adj in lex.adjectives:
            found.append((lex.adjectives[adj], low))
    return found


MILESTONE_GAP = 12  # words a milestone verb's middle may span ("levert in 2025 in het plan X 48 woningen op")


@cache
def milestone_re() -> re.Pattern[str]:
    """A project's own moments (directions.yaml `milestones`: oplevering, bouwstart) as whole words, lower case."""
    words = sorted(lexicon.directions().milestones, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(gapped_phrase(w, MILESTONE_GAP) for w in words) + r")\b")


def _names_milestone(clause: list[Token]) -> bool:
    """Whether a clause names a project's own moment (`milestone_re`)."""
    return milestone_re().search(" ".join(t.lower_ for t in clause)) is not None


def _object_of(noun: Token, light: list[Token], clause: list[Token]) -> bool:
    """Whether a noun is the object of a light verb ("maken afspraken", "heeft de ambitie"): it hangs on it, or
    follows it with only articles, adjectives and a time phrase between ("maken in 2023 afspraken"); a noun in a
    prepositional phrase ("binnen de afspraken", "van dit onderzoek") is not."""
    for c in noun.children:  # "binnen de afspraken"; but in "maken in 2024 afspraken" the case is the year's
        if c.dep_ == "case" and all(u.pos_ in ("DET", "ADJ", "ADV", "PRON") for u in noun.doc[c.i + 1:noun.i]):
            return False
    if any(v.i == noun.head.i for v in light):
        return True
    before = [u for u in clause if u.i < noun.i][-6:]
    k = len(before) - 1
    while k >= 0:
        u = before[k]
        if u in light:
            return True
        if u.pos_ == "NUM" and k > 0 and before[k - 1].pos_ == "ADP":
            k -= 2
            continue
        if u.pos_ not in ("DET", "ADJ", "ADV", "PRON"):
            return False
        k -= 1
    return False


def _aim_preposition(tokens: list[Token], n: int) -> bool:
    """Whether tokens[n] is the preposition of a predicative aim ("als doel", "tot doel"), not a subordinator."""
    lex = commitment_lexicon()
    return (tokens[n].lower_ in lex.aim_prepositions and n + 1 < len(tokens)
            and lex.nouns.get(tokens[n + 1].lower_) == "intent")


def _predicative_aim(noun: Token, clause: list[Token]) -> bool:
    """"heeft als doel een oordeel van 7,5", "stelt zich ten doel": an intent noun just after one of the aim
    prepositions, in a clause with one of the verbs that take it (commitment.yaml `predicative_aims`)."""
    lex = commitment_lexicon()
    if noun.i == 0 or noun.doc[noun.i - 1].lower_ not in lex.aim_prepositions:
        return False
    return any(is_verb(u) and (u.lemma_.lower() in lex.aim_verbs or lookup_lemma(u.lower_) in lex.aim_verbs)
               for u in clause)


def _according_to(noun: Token) -> bool:
    """"moet volgens de ambitie van X ... zijn": a clause qualified by an aim is that aim's level."""
    before = noun.doc[max(noun.i - 3, 0):noun.i]
    return any(u.lower_ in ("volgens", "conform") for u in before)


def _present_plural(t: Token) -> bool:
    """"verkennen", "onderzoeken": a finite verb spelled as its infinitive is present tense (plural), whatever the
    tagger says; past plurals are not ("bouwden"; "verhuurden", whose table lemma is verhuren, the model's aside)."""
    low = t.lower_
    return low.endswith("en") and low == (lookup_lemma(low) or low)


PERFECT_AUX = frozenset({"is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "werd", "werden"})
FUTURE_AUX = frozenset({"wordt", "worden", "zal", "zullen", "gaat", "gaan", "moet", "moeten"})


def _is_past(clause: list[Token]) -> bool:
    """Past tense or the perfect: "werden opgeleverd", "zijn opgeleverd", "heeft vastgesteld".

    Only words both the tagger and the morphologizer call verbs count (they disagree on nouns they have not
    seen: "woonoverlast" tagged as a past verb), and a present-tense framing verb rules: "zorgen ervoor dat
    ... is afgehandeld" promises a result, it does not report one."""
    verbs = [t for t in clause if t.pos_ in ("VERB", "AUX")]
    first = next((t for t in verbs if _finite(t)), None)
    if (first is not None and "Pres" in first.morph.get("Tense") and first.lower_ not in PERFECT_AUX
            and ("|verl" not in first.tag_ or _present_plural(first))):  # the tag's past plural, if spelled so
        return False
    words = {t.lower_ for t in clause}
    participle = any("Part" in t.morph.get("VerbForm") and not _present_participle(t) or t.tag_.startswith("WW|vd")
                     for t in verbs)
    if participle and words & PERFECT_AUX and not words & FUTURE_AUX:  # whatever the tagger made of "zijn"
        return True
    finite = [t for t in verbs if _finite(t)]
    if not finite:
        return False
    if all(("Past" in t.morph.get("Tense") or "|verl" in t.tag_) and not _present_plural(t) for t in finite):
        return True
    aux = {lookup_lemma(t.lower_) or t.lemma_.lower() for t in finite}
    return participle and bool(aux & {"hebben", "zijn"}) and not aux & {"worden", "zullen", "gaan", "moeten"}


_INFINITIVE_END = re.compile(r"[a-zë]{3,}en$")
SUBJECT_PRONOUNS = frozenset({"wij", "we", "zij", "ze", "hij", "ik"})


def verb_by_form(t: Token) -> bool:
    """A present-tense verb the tagger missed: "verduurzaamt" (its lookup lemma is an infinitive)."""
    return t.is_lower and _present_singular(t.lower_)


def _present_singular(low: str) -> bool:
    """A present singular by its spelling and lookup lemma ("voert" -> voeren, "stelt" -> stellen)."""
    lemma = lookup_lemma(low)
    return low.isalpha() and low.endswith("t") and lemma.endswith("en") and lemma != low


def _infinitive_like(t: Token) -> bool:
    """Spelled as an infinitive and listed as one ("werken", "sluiten", "vrijkomen"): in a clause's verb slot a
    plural present verb, whatever the tagger made of it."""
    low = t.lower_
    return (t.is_alpha and t.is_lower and bool(_INFINITIVE_END.search(low)) and lookup_lemma(low) in ("", low)
            and low not in commitment_lexicon().nouns)


_SUBJECT_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "PRON"})


def _plural_after_subject(words: list[Token]) -> bool:
    """"Partijen werken ...", "De gemeente en Kernhuis sluiten ...": the word after an opening noun phrase that
    is spelled as an infinitive is the finite verb of a main clause (Dutch puts it second)."""
    for k, t in enumerate(words[:8]):
        if k and _infinitive_like(t) and words[k - 1].pos_ != "DET":
            return all(u.pos_ in _SUBJECT_WORDS for u in words[:k])
        if t.pos_ not in _SUBJECT_WORDS:
            return False
    return False


def _verb_by_position(clause: list[Token]) -> bool:
    """A verb the tagger missed: the word after a subject pronoun ("Wij verhogen ..."), a present-tense form,
    or a bullet fragment that ends in an infinitive ("Jaarlijks 30 woningen verduurzamen")."""
    words = [t for t in clause if not t.is_punct]
    if len(words) >= 2 and words[0].lower_ in SUBJECT_PRONOUNS or any(verb_by_form(t) for t in words):
        return True
    if words and words[0].is_title and _present_singular(words[0].lower_):
        return True  # a cell or fragment without a subject: "Voert in 2024 een campagne uit ..."
    if len(words) >= 2 and words[0].is_lower and words[0].is_alpha and words[1].pos_ in ("DET", "PROPN", "PRON"):
        return True  # "..., start de corporatie ...": after a fronted clause the finite verb comes first
    if _plural_after_subject(words):
        return True
    if words and _INFINITIVE_END.search(words[-1].lower_):
        last = words[-1].lower_
        return lookup_lemma(last) in ("", last) and last not in commitment_lexicon().nouns
    return False


_FREQUENCY = re.compile(r"\b(?:(?:\w+ )?keer per|eens per|\w*maal per|elk(?:e)? (?:kwartaal|jaar|maand|halfjaar)|"
                        r"ieder(?:e)? (?:kwartaal|jaar|maand)|jaarlijks|halfjaarlijks|maandelijks|wekelijks|"
                        r"per kwartaal|"
                        r"binnen \w+ (?:werk)?(?:dagen|dag|weken|week|maanden|maand))\b")


def _routine(clause: list[Token]) -> bool:
    """A discussion held at a fixed frequency or within a set time ("bespreken de voortgang twee keer per jaar",
    "binnen vier weken bespreekt de corporatie een herstelplan") is a firm process commitment, not an open talk
    about whether to act."""
    return bool(_FREQUENCY.search(" ".join(t.lower_ for t in clause)))


def sentence_reading(sent: Span, *, coordinated: bool = False) -> Reading:
    """The level of one sentence: the weakest level word of its main clause (with `coordinated`, of its
    coordinated main clauses too), else firm if a verb commits."""
    clause = main_clause(sent, coordinated=coordinated)
    found = _level_words(clause)
    past = _is_past(clause)
    lex = commitment_lexicon()
    if found and _routine(clause):
        asks = any(t.lower_ in ("of", "hoe") for t in sent)  # "beoordeelt binnen zes weken of ...": explores
        found = [(lv, term) for lv, term in found if lv != "discuss" and (asks or term not in lex.handled)] or [
            ("firm", found[0][1])]
    if found:
        lowest = min(lex.strength[level] for level, _ in found)
        level = next(level for level, _ in found if lex.strength[level] == lowest)
        terms = tuple(dict.fromkeys(term for lv, term in found if lv == level))
        strength = min(lex.term_strength.get(t.split()[-1], lex.term_strength.get(t, lex.strength[level]))
                       for t in terms)
        return Reading(level, terms, past, strength)  # type: ignore[arg-type]
    if any(is_verb(t) for t in clause) or _verb_by_position(clause):
        done = lex.done.search(sent.text.lower())
        if done:
            return Reading("firm", (done.group(0),), past, lex.done_strength)
        return Reading("firm", (), past, lex.strength["firm"])
    return Reading(None, (), False)


def sentences(doc: Doc) -> list[Span]:
    """The parse's sentences, joined where one does not end in a full stop: the parser cuts a sentence after a
    name it does not know ("Samen met Zorggroep | Veenstede werken partijen uit ...")."""
    out, start = [], None
    for sent in doc.sents:
        start = sent.start if start is None else start
        if sent[-1].text in ".;:!?" or sent.end == len(doc):
            out.append(doc[start:sent.end])
            start = None
    return out


def doc_to_reading(doc: Doc, *, coordinated: bool = False) -> Reading:
    """How firmly an afspraak commits: the level of its first sentence that commits (the main commitment;
    later sentences add detail: "... levert 40 woningen op. Daarnaast onderzoekt zij ...").

    Sentences that report (past tense, perfect) count only when nothing else commits: something already done
    ("heeft vastgesteld") is firm, but it is not a plan.
    """
    readings = [sentence_reading(s, coordinated=coordinated) for s in sentences(doc)]
    every = frozenset(t for r in readings for t in r.terms)
    current = [r for r in readings if r.level is not None and not r.past]
    if current:
        return replace(current[0], all_terms=every)
    done = [r for r in readings if r.level is not None]
    if done:
        return Reading("firm", done[0].terms, True, commitment_lexicon().strength["firm"], every)
    return Reading(None)


def with_lead_in(text: str, lead_in: str | None) -> str:
    """The sentence an afspraak reads as: a fragment that completes its lead-in ("De gemeente:" + "stelt ... vast",
    "X zet zich in om:" + "... te organiseren") joined to it without the colon ("De gemeente stelt ... vast"), so
    that who commits and how firmly come from the lead-in where the fragment has no subject or only an infinitive.
    A text that opens as a sentence of its own (a capital, or, under a lead-in that announces statements ("spreken
    partijen het volgende af:", `statement_leadins` in lexicon/structure.yaml), a clause with its own subject and
    verb: "(2) de gemeente stelt ...") or has no lead-in is read as it is."""
    if not lead_in or not text[:1].islower() or statement_leadin().search(lead_in) and opens_a_clause(text):
        return text
    return f"{lead_in.strip().rstrip(':').rstrip()} {text}"


@cache
def statement_leadin() -> re.Pattern[str]:
    """A lead-in that is a whole sentence announcing statements, not the start of one its items complete."""
    from .structure import structure_lexicon

    words = sorted(structure_lexicon()["statement_leadins"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s*:?\s*$", re.IGNORECASE)


def announces_statements(text: str) -> bool:
    """Whether a text is only one sentence announcing the agreed statements below it ("Bij de toewijzing spreken
    partijen het volgende af:"): a numbered lead-in whose lettered items are the afspraken, not itself one. Not a
    commitment that lists its own parts ("... realiseren 140 woningen, verdeeld als volgt:")."""
    text = text.strip()
    end = statement_leadin().search(text) if text.endswith(":") and re.search(r"[.!?;:]\s", text) is None else None
    return end is not None and agreement_verb().search(end.group(0)) is not None


def opens_a_clause(text: str) -> bool:
    """Whether a text is a main clause of its own: its subject first and the (finite) verb right after it ("de
    gemeente en X zetten zich in ...", "de gemeente zal ... evalueren"), or one phrase, the verb and then the
    subject ("in 2025 levert de corporatie ..."); not a fragment that opens with a verb, an object or an adverb
    and ends in its infinitive ("stelt ... vast", "de huur niet verhogen", "jaarlijks evalueren")."""
    doc = parse(text)
    root = next(iter(doc.sents)).root if len(doc) else None
    if root is None:
        return False
    verbs = {root.i, *(c.i for c in root.children if c.dep_ in ("aux", "aux:pass", "cop"))}
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if any(c.left_edge.i == 0 and c.right_edge.i + 1 in verbs for c in subjects):
        return True
    first = next((c for c in root.children if c.left_edge.i == 0 and c.i not in verbs), None)
    return first is not None and first not in subjects and first.right_edge.i + 1 in verbs \
        and any(c.i > first.right_edge.i + 1 for c in subjects)


@lru_cache(maxsize=16384)  # compare and frames read the same texts in one `changes` run
def text_to_reading(text: str, *, coordinated: bool = False) -> Reading:
    """`doc_to_reading` of a text parsed by the Dutch model."""
    return doc_to_reading(parse(text), coordinated=coordinated)


def is_commitment(text: str) -> bool:
    """Whether a paragraph commits someone to something: a verb that commits, not only past tense or context."""
    reading = text_to_reading(text)
    return reading.level is not None and not reading.past
