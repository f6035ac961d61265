"""Who commits to an afspraak, as roles (gemeente, corporatie, huurdersorganisatie, partijen, other), read from the
subjects of its main clauses and the organisation names of its document."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .nlp import lookup_lemma, parse
from .reading import SUBJECT_PRONOUNS, commitment_lexicon, is_verb, sentences, verb_by_form, verb_keys
from .structure import structure_lexicon
from .types import Reason

__all__ = ["doc_to_actors", "names_to_roles", "name_variants", "ROLE_PATTERNS", "committing_parties", "party_reach"]

ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("huurdersorganisatie", re.compile(r"huurder\w*(?:vereniging|organisatie|raad|belang|platform|koepel|"
                                       r"commissie)|bewonersraad|\bhbv\b|huurdersvertegenwoordiging", re.I)),
    ("gemeente", re.compile(r"\bgemeente\b|\bcollege\b|\bwethouder|\bgemeenteraad\b|\braad\b", re.I)),
    ("corporatie", re.compile(r"corporatie|woonstichting|woningstichting|woonbedrijf|woningbedrijf|"
                              r"woningbouwvereniging|wooncoöperatie|woonvereniging|\bstichting\b|\w*wonen\b", re.I)),
    ("partijen", re.compile(r"\bpartijen\b|\bwe\b|\bwij\b|\bsamen\b|\bbeide\b|\ballen\b", re.I)),
)


def _subject(head: Token) -> Token | None:
    """Who does what `head` says: its "door" phrase in a passive, else its subject."""
    for c in head.children:
        if c.dep_ == "obl:agent":
            return c
    for c in head.children:
        if c.dep_ in ("nsubj", "nsubj:pass"):
            return c
    if head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        return _subject(head.head)
    return None


@cache
def _org_words() -> re.Pattern[str]:
    """The legal-form words of organisation names (lexicon/structure.yaml, as meta reads them) and "gemeente"."""
    lex = structure_lexicon()
    words = sorted({*lex["corporatie_types"], *lex["huurders_types"], "gemeente"}, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(map(re.escape, words)) + r")\s+", re.I)


def name_variants(name: str) -> list[str]:
    """How a text may call an organisation: its full name, without its legal-form word ("Woonstichting Hof en
    Veen" -> "Hof en Veen"), and with that word as initials ("Huurdersvereniging De Brakel" -> "HV De Brakel")."""
    out = [name]
    words = [w for w in name.split() if not _org_words().match(w + " ") and w.lower() not in ("wonen", "de", "het")]
    if words and words[-1][:1].isupper() and len(words[-1]) > 3:
        out.append(words[-1])  # "Stichting Wonen Oeverland" -> "Oeverland", "Polderrand Wonen" -> "Polderrand"
    m = _org_words().match(name)
    if m:
        rest = name[m.end():]
        if len(rest) > 3 and rest.lower() not in ("de", "het"):
            out.append(rest)
        word = m.group(0).strip().lower()
        if word.startswith("huurders"):
            out.append("HV " + rest)
        elif len(words) > 1 and words[0][:1].isupper() and len(words[0]) > 4:
            out.append(words[0])  # "Stichting Woongoed Korenwolde" -> "Woongoed"
    return list(dict.fromkeys(out))


def _variant_table(names: dict[str, str]) -> list[tuple[str, str, bool]]:
    """(variant, role, is the full name) for every name, longest first.  A short variant two roles share
    ("Brugwonen" of "Stichting Brugwonen" and "Huurdersraad Brugwonen") belongs to the role whose full name it
    is, else to the corporatie: a bare name in an agreement is its corporatie's, the others are named in full."""
    claims: dict[str, set[str]] = {}
    full = {n.lower(): r for n, r in names.items()}
    for name, role in names.items():
        for v in name_variants(name)[1:]:
            claims.setdefault(v.lower(), set()).add(role)
    out = [(n.lower(), r, True) for n, r in names.items()]
    for v, roles in claims.items():
        if v in full:
            continue
        role = next(iter(roles)) if len(roles) == 1 else (
            "corporatie" if "corporatie" in roles else sorted(roles)[0])
        out.append((v, role, False))
    return sorted(out, key=lambda x: -len(x[0]))


def _roles(span_text: str, names: dict[str, str]) -> list[str]:
    """The roles a span names: organisation names of the document (a full name is taken out of the text before
    its shorter variants are looked for), then the role words ("de gemeente", "partijen")."""
    roles = []
    low = span_text.lower()
    for variant, role, _ in _variant_table(names):
        pattern = r"\b" + re.escape(variant) + r"\b"
        if re.search(pattern, low):
            roles.append(role)
            low = re.sub(pattern, " ", low)
    for role, pattern in ROLE_PATTERNS:
        if pattern.search(low):
            roles.append(role)
    return list(dict.fromkeys(roles))


def _has_role(subj: Token) -> bool:
    return any(p.search(_subject_text(subj)) for _, p in ROLE_PATTERNS) or subj.pos_ == "PROPN"


def _subject_text(subj: Token) -> str:
    """The subject's words: its subtree on its own side of the verb, cut at the first verb (a parse that hangs
    an object or a second clause under the subject must not add its parties), and the capitalised words of a name
    the parse left outside it ("Huurdersraad | Brugwonen")."""
    head = subj.head
    words = [t for t in subj.subtree if (t.i < head.i) == (subj.i < head.i)]
    out = []
    for t in words:
        if t.i > subj.i and (is_verb(t) or t.is_punct and t.text in ",;"):
            break
        out.append(t)
    first = out[0].i if out else subj.i
    lead = []
    while first - len(lead) - 1 >= 0:
        t = subj.doc[first - len(lead) - 1]
        if not (t.is_alpha and t.text[:1].isupper() and t.pos_ in ("NOUN", "PROPN", "ADJ", "X")):
            break
        lead.insert(0, t)
    return " ".join(t.text for t in lead + out)


def _clause_subjects(sent: Span) -> list[Token]:
    """The subjects of a sentence's main clauses: the root's and those of clauses coordinated with it ("...; de
    gemeente draagt bij"), a framed dat-clause's instead of a framing verb's, and, where the parse has no
    subject, the words before the first verb ("Wij plaatsen ...")."""
    lex = commitment_lexicon()
    roots = [t for t in sent if t.dep_ == "ROOT"] or [sent.root]
    heads = roots + [c for r in roots for c in r.children if c.dep_ in ("conj", "parataxis") and (
        is_verb(c) or verb_by_form(c) or any(g.dep_ == "nsubj" for g in c.children))]
    out: list[Token] = []
    for head in heads:
        framing = _subject(head)
        for c in head.children:
            framed = _subject(c) if c.dep_ == "ccomp" and any(k in lex.framing for k in verb_keys(head)) else None
            # "Partijen spreken af dat de corporatie ...": the corporatie, but not a pronoun or a thing
            if framed is not None and framed.pos_ != "PRON" and _has_role(framed):
                framing = framed
                break
        if framing is not None:
            out.append(framing)
    if not out and sent[0].lower_ in SUBJECT_PRONOUNS:
        out.append(sent[0])
    if not out:
        first_verb = next((t for t in sent if is_verb(t) or verb_by_form(t)), None)
        if first_verb is not None and first_verb.i > sent.start:
            out.append(sent.doc[sent.start:first_verb.i].root)
    return out


def _positional_roles(sent: Span, names: dict[str, str]) -> list[str]:
    """Roles named where a Dutch main clause puts its subject, for when the parse found none: before the finite
    verb ("Zuidvliet plaatst ...") or straight after it ("In 2025 levert Hof en Veen ... op").  The parser
    misreads organisation names it has never seen; the document's own names tell them apart."""
    finite = next((t for t in sent if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")), None)
    if finite is None:
        return []
    before = sent.doc[sent.start:finite.i]
    if len(before) and before[0].pos_ not in ("ADP", "SCONJ") and not any(t.text == "," for t in before):
        roles = _roles(before.text, names)
        if roles:
            return roles
    after = []
    for t in sent.doc[finite.i + 1:sent.end]:
        if t.pos_ in ("ADP", "VERB", "AUX", "PUNCT", "SCONJ", "NUM", "ADV"):
            break
        after.append(t.text)
    return _roles(" ".join(after), names) if after else []


_ROLE_WORD = (r"(?:(?:de|het|beide|alle|elke|iedere)\s+)?(?:\w*corporaties?|gemeente|college(?: van b(?:urgemeester )?"
              r"(?:en|&) ?w(?:ethouders)?)?|partijen|huurders\w*|bewonersraad)")
_PASSIVE_START = re.compile(r"^\W*\S+(?:\s+\S+){0,8}?\s+(?:wordt|worden|werd|werden)\b", re.I)


def _actor_phrase(names: dict[str, str]) -> str:
    variants = [re.escape(v) for v, _, _ in _variant_table(names)]
    return r"(?:" + "|".join([*variants, _ROLE_WORD]) + r")"


def _phrase_roles(sent: Span, names: dict[str, str]) -> list[str]:
    """Roles of an actor phrase that opens the sentence ("De gemeente en de corporaties stellen ...", "Stichting
    Brugwonen start ...") and of those it works "samen met", read from the words where the parse may miss them.
    A sentence that opens with its patient ("Huurders worden betrokken ...") names no actor this way."""
    text = sent.text
    actor = _actor_phrase(names)
    roles: list[str] = []
    lead = re.match(r"^\W*(" + actor + r"(?:\s*(?:,|en)\s*" + actor + r")*)\s+(?!van\b|die\b|dat\b)\w", text, re.I)
    if lead and not (_PASSIVE_START.match(text) and not re.search(r"\bdoor\b", text, re.I)):
        roles += _roles(lead.group(1), names)
    for m in re.finditer(r"\b(?:samen|gezamenlijk|in samenwerking)\s+met\s+(" + actor + r"(?:\s*(?:,|en)\s*" + actor
                         + r")*)", text, re.I):
        roles += _roles(m.group(1), names)
    if _PASSIVE_AUX.search(text):  # "wordt door Vlietstede ... ter beschikking gesteld": the agent the parse missed
        for m in re.finditer(r"\bdoor\s+(" + actor + r"(?:\s*(?:,|en)\s*" + actor + r")*)", text, re.I):
            roles += _roles(m.group(1), names)
    return roles


_PASSIVE_AUX = re.compile(r"\b(?:wordt|worden|werd|werden)\b", re.I)


@cache
def _implicit() -> dict[str, str]:
    data = lexicon.load("commitment").get("implicit_actors", {})
    return {str(verb): str(role) for role, verbs in data.items() for verb in verbs}


def _implicit_roles(doc: Doc) -> list[str]:
    """The role a passive without "door" leaves unsaid, from its verb (commitment.yaml `implicit_actors`)."""
    if not _PASSIVE_AUX.search(doc.text):
        return []
    table = _implicit()
    for t in doc:
        for key in (t.lemma_.lower(), lookup_lemma(t.lower_)):
            if key in table and (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("WW")):
                return [table[key]]
    return []


def doc_to_actors(doc: Doc, names: dict[str, str] | None = None, *, register: str | None = None,
                  party: str | None = None, marked: str | None = None) -> tuple[str, ...]:
    """Who commits, as roles (gemeente, corporatie, huurdersorganisatie, partijen, other), over every sentence.

    The subject of each sentence's governing verb; where that verb frames a dat-clause ("Partijen spreken af
    dat de corporatie ..."), the clause's subject; in a passive, the "door" phrase.  `names` maps organisation
    names to roles; in a bod "wij" is the corporatie.  A pronoun ("zij") repeats an actor already named.  Where
    no sentence names anyone, the afspraak's `party` (the organisation whose block of afspraken it stands in)
    commits. Where a table row marks parties in their columns (`marked`, "Gemeente, Meerstad Wonen"), they, not
    the often passive text, commit.
    """
    names = names or {}
    if marked and (roles := _roles(marked, names)):
        return tuple(roles)
    found: list[str] = []
    for sent in sentences(doc):
        for subj in _clause_subjects(sent):
            text = _subject_text(subj)
            if register == "bod" and re.search(r"\b(?:wij|we|ons|onze)\b", text, re.I):
                found.append("corporatie")
                continue
            if subj.pos_ == "PRON" and found or subj.dep_ == "nsubj:pass" and found:
                continue  # a pronoun repeats an actor; a passive's subject undergoes ("worden betrokken")
            roles = _roles(text, names) or _positional_roles(sent, names)
            found += roles or ([] if found else ["other"])
        found += _phrase_roles(sent, names)
    if party and (not found or found == ["other"]):
        found = _roles(party, names) or found
    if not found or found == ["other"]:
        found = _implicit_roles(doc) or _roles(doc.text, names) or found
    if len(found) > 1 and "other" in found:
        found.remove("other")
    if register == "bod" and "corporatie" in found and "partijen" in found and not _PARTIJEN.search(doc.text):
        found.remove("partijen")  # "wij" of a bod is its corporatie, wherever in the sentence it stands
    return tuple(dict.fromkeys(found))


_PARTIJEN = re.compile(r"\bpartijen\b", re.I)


def names_to_roles(gemeenten: Sequence[str] = (), corporaties: Sequence[str] = (),
                   huurdersorganisaties: Sequence[str] = ()) -> dict[str, str]:
    """Organisation names of a document mapped to their roles, for `doc_to_actors`."""
    out = {n: "gemeente" for n in gemeenten}
    out |= {n: "corporatie" for n in corporaties}
    out |= {n: "huurdersorganisatie" for n in huurdersorganisaties}
    return out


_GENERIC_PARTIES = frozenset({"partijen", "wij", "we", "zij", "ze", "hij", "deze", "die", "alle", "beide"})
_PARTY_SPLIT = re.compile(r"\s*,\s*|\s+(?:en|samen met|met)\s+")
_PARTY_ARTICLE = re.compile(r"^(?:door|de|het|ook)\s+", re.I)


def committing_parties(text: str) -> tuple[str, ...]:
    """The parties the first main clause of `text` names as its subject, one per name ("Heidekant en Elsgroen
    Wonen zetten ... in" -> heidekant, elsgroen wonen); empty where the subject is no list of names or roles
    ("Partijen", "Wij", a thing)."""
    first = re.split(r"(?<=[.;:])\s+", text.strip(), maxsplit=1)[0]
    if not first:
        return ()
    sent = parse(first)[:]  # the whole first sentence: the parser may cut a name of two words apart
    # the first verb in lower case: "Wonen" in "Meerland Wonen" is part of a name
    first_verb = next((t for t in sent if t.is_lower and (is_verb(t) or verb_by_form(t))), None)
    if first_verb is None or first_verb.i == sent.start:
        return ()
    words = sent.doc[sent.start:first_verb.i]
    agent = next((t for t in sent if t.lower_ == "door" and t.i > first_verb.i), None)
    if first_verb.lemma_ == "worden" and agent is not None:  # "wordt door Meerland Wonen opgepakt"
        words = sent.doc[agent.i + 1:next((t.i for t in sent if t.i > agent.i and not (
            t.text[:1].isupper() or t.lower_ in ("en", ","))), agent.i + 1)]
    parties = [_PARTY_ARTICLE.sub("", p).strip(" .") for p in _PARTY_SPLIT.split(words.text)]
    if not parties or any(not p or p.lower() in _GENERIC_PARTIES or not (
            p[:1].isupper() or any(r.search(p) for _, r in ROLE_PATTERNS)) for p in parties):
        return ()
    return tuple(dict.fromkeys(p.lower() for p in parties))


def party_reach(old_text: str, new_text: str) -> list[Reason]:
    """More parties committing to the same afspraak widen its reach ("Heidekant voert in" -> "Heidekant en
    Elsgroen Wonen passen toe"), fewer narrow it; a subject reworded ("Wij" -> a name) changes nothing."""
    old, new = committing_parties(old_text), committing_parties(new_text)
    if not old or not new or set(old) == set(new):
        return []
    if set(old) < set(new):
        added = ", ".join(p for p in new if p not in old)
        return [Reason("scope", " en ".join(old), " en ".join(new), f"reikwijdte vergroot: ook {added}", 1)]
    if set(new) < set(old):
        gone = ", ".join(p for p in old if p not in new)
        return [Reason("scope", " en ".join(old), " en ".join(new), f"reikwijdte verkleind: niet meer {gone}", -1)]
    return []
