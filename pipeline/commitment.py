"""Is this paragraph a commitment? The test that reads unnumbered afspraken (paragraphs under theme headings).

A commitment names who acts and commits them in the present: "Lindewaard verkoopt in 2024 maximaal 20
woningen", "In 2024 verduurzaamt Lindewaard 180 woningen", "De corporaties zullen ...", or a present passive with
an amount ("... wordt ten minste 30 procent bij voorrang toegewezen"). Context is not: what happened (past tense,
the perfect: "In 2023 zijn 36 woningen opgeleverd"), a situation ("De druk op de woningmarkt is groot"), a lead-in
("Partijen spreken het volgende af:").

The grammar-based reader (`frames.is_commitment`, with the Dutch model) judges how firmly a text commits, not
whether a paragraph is an afspraak rather than context: present-tense context ("De druk op de woningmarkt is
groot") commits in its reading, and a negated or exploring afspraak ("verhoogt de huur niet", "verkent de
mogelijkheid") may not. On the challenge dev split (three documents of unnumbered prose) it gave F1 0.835 alone
and 0.974 together with this test, against 0.996 for this test alone, so `segment_unnumbered` uses this one; its
`is_commitment` argument is the seam where another test plugs in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

ROLES = (r"gemeente|college|corporaties?|woningcorporaties?|partijen|huurdersorganisaties?|huurders\w+|"
         r"wij|we|zij|woonstichting\w*|woningstichting\w*|stichting|woningbouwvereniging")
PAST = re.compile(
    r"\b(?:was|waren|werd|werden|had|hadden|bleef|bleven|kwam|kwamen|liep|liepen|stond|stonden|lag|lagen|"
    r"ging|gingen|kreeg|kregen|nam|namen|bedroeg|bedroegen|daalde|daalden|steeg|stegen)\b", re.IGNORECASE)
PERFECT = re.compile(r"\b(?:is|zijn|heeft|hebben)\b(?:\s+\S+){0,10}?\s+(?:\w+-)?(?:\w*ge\w+(?:d|t|en)|"
                     r"(?:op|af|in|uit|vast|aan|toe|over|door|mee|voor)ge\w+)[.,;]?(?=\s|$)", re.IGNORECASE)
LEAD_INS = re.compile(r"^(?:in|vanaf|per|vóór|voor|uiterlijk|jaarlijks|bij|op|met|tot|na|ook|daarnaast|eind|medio|"
                      r"elk|ieder|samen|gezamenlijk|binnen|onder|om|zodra|waar|als)\b", re.IGNORECASE)
PASSIVE = re.compile(r"\b(?:wordt|worden)\b")
AMOUNT = re.compile(r"\d|\b(?:ten minste|minimaal|maximaal|ten hoogste|alle|elke|iedere)\b", re.IGNORECASE)


def first_sentence(text: str) -> str:
    """The text up to its first full stop that ends a sentence (not "o.a." or "€ 1.200")."""
    m = re.search(r"(?<![A-Z\d.])[.!?](?=\s+[A-Z“\"'(]|$)", text)
    return text[: m.end()] if m else text


def _actor(names: Sequence[str]) -> re.Pattern[str]:
    """A party role, or a capitalised word of one of `names`, as a whole word."""
    return _actor_pattern(tuple(names))


# Kept per document's names: asked for every paragraph, and built anew it was most of the regexes compiled after
# the parse (re's own cache is emptied over and over by the patterns other stages build from each document's names).
@lru_cache(maxsize=32)
def _actor_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted({w for n in names for w in n.split() if w[:1].isupper() and len(w) > 2}, key=len, reverse=True)
    extra = "|" + "|".join(re.escape(w) for w in words) if words else ""
    return re.compile(r"\b(?:" + ROLES + extra + r")\b", re.IGNORECASE)


CONDITIONAL = re.compile(r"^(?:komen|komt|mocht|mochten|indien|als|wanneer|zodra|blijkt|blijken)\b", re.IGNORECASE)
# "Het streven van partijen is ...": a noun that carries the commitment, with the actor after it
COMMITMENT_NOUN = re.compile(r"^(?:het|de)\s+(?:streven|ambitie|inzet|doel|doelstelling|afspraak|intentie|"
                             r"voornemen|opgave)\s+van\b", re.IGNORECASE)
# Where the main clause ends: what follows (a relative or subordinate clause, a second main clause after a
# semicolon) may report the past without making the afspraak a report ("..., die door het Rijk is vastgesteld").
# A condition ("Wij beginnen een renovatie pas als 70% van de huurders heeft ingestemd") ends it too: a bid with
# a condition still commits.
CLAUSE_END = re.compile(r",|;|\s(?:dat|die|waarin|waarmee|waarbij|zodat|nadat|omdat|om|pas als|alleen als|indien|mits|"
                        r"zodra|tenzij|zolang)\s")


_COURTESY: list[re.Pattern[str]] = []


def letter_courtesy() -> re.Pattern[str]:
    """The start of a letter's paragraph that commits no one: its address, salutation, thanks or closing
    (`letter_courtesy` in lexicon/structure.yaml: an opening, or a verb a word or two after the subject)."""
    if not _COURTESY:
        from .structure import structure_lexicon

        words = structure_lexicon()["letter_courtesy"]
        openings = "|".join(re.escape(w) for w in sorted(words["openings"], key=len, reverse=True))
        verbs = "|".join(re.escape(w) for w in sorted(words["verbs"], key=len, reverse=True))
        _COURTESY.append(re.compile(rf"^(?:(?:{openings})\b|(?:\S+\s+){{1,2}}(?:{verbs})\b)", re.IGNORECASE))
    return _COURTESY[0]


def looks_like_commitment(text: str, names: Sequence[str] = ()) -> bool:
    """The local test: an actor as subject (or a present passive with an amount), a present tense, no past; not
    the courtesy of a letter (`letter_courtesy`)."""
    sentence = first_sentence(text).strip()
    if len(sentence.split()) < 6 or sentence.endswith((":", "?")) or letter_courtesy().match(sentence):
        return False
    actor = _actor(names)
    if CONDITIONAL.match(sentence):  # "Komen partijen er niet uit, dan kan ...": what follows the condition
        head, _, rest = sentence.partition(",")
        sentence = re.sub(r"^(?:dan|zo)\s+", "", rest.strip())
        return bool(rest) and not PAST.search(sentence) and actor.search(" ".join(sentence.split()[:4])) is not None
    m = CLAUSE_END.search(sentence)
    main = sentence[: m.start()] if m and m.start() > 20 else sentence
    if PAST.search(main) or PERFECT.search(main) or _weak_past(main):
        return False
    words = sentence.split()
    subject = " ".join(words[:6])
    found = actor.search(subject)
    if COMMITMENT_NOUN.match(sentence) and actor.search(" ".join(words[:8])):
        return True  # "Het streven van partijen is dat ..."
    if found and found.start() <= len(" ".join(words[:3])) \
            and not re.match(r"(?i)^(?:het|de|een)\s+\w+\s+van\b", subject):
        return True  # "De corporaties nemen ...", "Stichting Wonen Oeverland bouwt ..."
    if LEAD_INS.match(sentence) and actor.search(" ".join(words[:12])):
        return True  # "In 2024 verduurzaamt Lindewaard ...", "Op de locatie ... worden door Lindewaard ..."
    return bool(PASSIVE.search(main) and AMOUNT.search(sentence))


_PAST_ENDING = re.compile(r"^(?!ge)([a-zë]{3,}?)(?<!en)(?:de|den|te|ten)$")


def _weak_past(clause: str) -> bool:
    """A weak verb's past tense ("verhuurden", "leverde", "verhuisden"): the stem before -de(n)/-te(n), spelled as
    in the infinitive (a long vowel single, s/f voiced: "verhuur" -> "verhur", "verhuis" -> "verhuiz"), opens the
    infinitive the lemma table gives the form; not a participle ("geplande", "aangesloten") or "komende"."""
    from .nlp import lookup_lemma

    for word in re.findall(r"[a-zë]+", clause.lower()):
        m = _PAST_ENDING.match(word)
        lemma = lookup_lemma(word) if m else ""
        if not lemma.endswith("en") or lemma == word:
            continue
        stem = re.sub(r"([aeou])\1(?=[^aeiou]$)", r"\1", m[1])
        stem = stem[:-1] + {"s": "z", "f": "v"}.get(stem[-1], stem[-1])
        if lemma.startswith((m[1], stem)):
            return True
    return False


def reports(text: str) -> bool:
    """Whether a text's first sentence reports what happened: its main clause in the past or the perfect."""
    sentence = first_sentence(text).strip()
    m = CLAUSE_END.search(sentence)
    main = sentence[: m.start()] if m and m.start() > 20 else sentence
    return PAST.search(main) is not None or PERFECT.search(main) is not None


MIN_LABELLED = 3


def labels_mark_afspraken(paragraphs: Sequence[tuple[str | None, str]], is_commitment: Callable[[str], bool]) -> bool:
    """Whether a document marks its afspraken with a run-in label (a bod letter: "Middenhuur: Wij bouwen ...";
    `paragraphs` as (label or None, text)): at least three labelled paragraphs, and at least two thirds of the
    paragraphs that read as commitments labelled. Then a labelled paragraph is an afspraak unless it `reports`, and
    a paragraph without a label is context (the introduction of a theme, even where it says "wij")."""
    labelled = sum(1 for label, _ in paragraphs if label)
    committing = sum(1 for label, text in paragraphs if label or is_commitment(text))
    return labelled >= MIN_LABELLED and 3 * labelled >= 2 * committing


def commitment_test(names: Sequence[str] = ()) -> Callable[[str], bool]:
    """The paragraph test `segment_unnumbered` uses: `looks_like_commitment` with the document's party names."""
    return lambda text: looks_like_commitment(text, names)


_AGREEMENT_VERBS: list[re.Pattern[str]] = []


def agreement_verb() -> re.Pattern[str]:
    """A verb of agreement anywhere in a lead-in ("zeggen toe", "spreken af", "zet zich in"; `agreement_verbs` in
    lexicon/structure.yaml)."""
    if not _AGREEMENT_VERBS:
        from .structure import structure_lexicon

        words = sorted(structure_lexicon()["agreement_verbs"], key=len, reverse=True)
        _AGREEMENT_VERBS.append(re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE))
    return _AGREEMENT_VERBS[0]


def names_party(text: str, names: Sequence[str] = ()) -> bool:
    """Whether a text names a party or role ("de gemeente", "partijen", one of the document's `names`)."""
    return _actor(names).search(text) is not None


def names_committer(lead_in: str, names: Sequence[str] = ()) -> bool:
    """Whether a lead-in (a short line ending in a colon) names who commits: a party name or role ("De gemeente:",
    "Kragland en De Steden:") or a verb of agreement ("Partijen spreken af dat zij:"). The bullets under such a
    lead-in complete it: each is an afspraak of that party."""
    return _actor(names).search(lead_in) is not None or agreement_verb().search(lead_in) is not None


def read_lead_in(lead: str, names: Sequence[str] = ()) -> tuple[bool, bool, str | None, bool]:
    """What a paragraph's last sentence, if a lead-in (ending in a colon, at most 12 words), says of the items below
    it, as (facts, context, lead_in, neutral): facts ("De opgave in cijfers:", `structure.fact_leadin`), context
    ("De ondergetekenden:", a non-afspraak heading without a verb of agreement), else the lead-in the items
    complete, kept with each of them; `neutral` where it names no one who commits (`names_committer`): its figure
    bullets ("...: 141;") are facts then."""
    from .structure import fact_leadin, non_afspraak_heading

    if not lead.endswith(":") or len(lead.split()) > 12:
        return False, False, None, False
    facts = fact_leadin().match(lead) is not None
    context = non_afspraak_heading().match(lead) is not None and not agreement_verb().search(lead)
    if facts or context:
        return facts, context, None, False
    return False, False, lead, not names_committer(lead, names)
