"""A reach widened or narrowed by one coordinated part: "van binnenterreinen" -> "van tuinen en binnenterreinen".

The two texts are compared word by word; where the only material one side adds (or drops) is a part joined by a
conjunct (scope.yaml `conjuncts`) to words both sides share, the afspraak covers one thing more (or less).  Parts
with a figure, a number word, a month or a condition word are left to the quantity, deadline and condition
reasons; a part with a verb (a sentence rebuilt around a second act), one naming only who commits, and one joined
to a restriction (scope.yaml `restrictive`) widen or narrow nothing.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import cache

from spacy.tokens import Token

from . import lexicon
from .nlp import parse
from .reading import verb_by_form
from .types import Reason

__all__ = ["coordinated_scope"]

_MAX_PART = 12  # words: a longer addition is a clause of its own, not one more object
_MIN_SHARED = 0.6  # of the two texts' words in common (difflib ratio): less is a rewritten afspraak, not one more part
_RESTRICTION_REACH = 6  # words before a part a restrictive word is read in ("uitsluitend bij mutatie en met ...")
_MIN_CONTENT = 4  # letters of a word that names something: shorter ones are articles, pronouns, prepositions


@cache
def _conjuncts() -> tuple[tuple[str, ...], ...]:
    """The conjuncts of scope.yaml as word tuples, longest first ("en ook" before "en")."""
    words = lexicon.load("scope").get("conjuncts", [])
    return tuple(sorted((tuple(str(w).lower().split()) for w in words), key=len, reverse=True))


@cache
def _condition_phrases() -> tuple[tuple[str, ...], ...]:
    """Each condition phrase of conditions.yaml as its pieces around "..." ("indien ... financieel haalbaar")."""
    return tuple(tuple(x.strip() for x in phrase.lower().split("...")) for e in lexicon.condition_entries()
                 for phrase in e.phrases)


@cache
def _months() -> frozenset[str]:
    """The month names (numbers.yaml): a part naming one is a date, left to the deadline reasons."""
    return frozenset(lexicon.numbers()["months"])


@cache
def _number_words() -> frozenset[str]:
    """The number words (numbers.yaml) and the words of a share (scope.yaml `share_words`): a quantity's part."""
    shares = {str(w).lower() for w in lexicon.load("scope").get("share_words", [])}
    # "een" is the article far more often than the number ("of een ruime bovenwoning")
    return (frozenset(lexicon.numbers()["words"]) | shares) - {"een"}


def _conditional(part: list[str]) -> bool:
    """Whether a part holds every piece of one condition phrase: left to the condition reasons."""
    text = f" {' '.join(part)} "
    return any(all(f" {piece} " in text for piece in pieces) for pieces in _condition_phrases())


def _joined(part: list[str], before: str | None, after: str | None) -> bool:
    """A part that opens with a conjunct after a shared word ("... reparatieverzoeken | en voor het onderhoud") or
    closes with one before a shared word ("van | tuinen en | binnenterreinen")."""
    for c in _conjuncts():
        if len(part) > len(c) and tuple(part[:len(c)]) == c and before is not None:
            return True
        if len(part) > len(c) and tuple(part[-len(c):]) == c and after is not None:
            return True
    return False


def _parts(a: list[Token], b: list[Token]) -> tuple[list[list[Token]], list[list[Token]], float]:
    """The coordinated parts b adds to a, those it drops, and how much of the two texts is shared."""
    wa, wb = [t.lower_ for t in a], [t.lower_ for t in b]
    matcher = SequenceMatcher(a=wa, b=wb, autojunk=False)
    added: list[list[Token]] = []
    dropped: list[list[Token]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "insert" and _joined(wb[j1:j2], wb[j1 - 1] if j1 else None, wb[j2] if j2 < len(wb) else None):
            added.append(b[j1:j2])
        elif op == "delete" and _joined(wa[i1:i2], wa[i1 - 1] if i1 else None, wa[i2] if i2 < len(wa) else None):
            dropped.append(a[i1:i2])
    return added, dropped, matcher.ratio()


def _plain(tokens: list[Token], other: list[Token]) -> bool:
    """A part naming one more thing (no verb, read in its sentence: a clause added or dropped is mostly a sentence
    rebuilt; no figure, number word or year; no condition word) that the other side does not name."""
    part = [t.lower_ for t in tokens]
    if len(part) > _MAX_PART or any(any(ch.isdigit() for ch in w) for w in part):
        return False
    if _conditional(part) or set(part) & _number_words() or set(part) & _months():
        return False
    if any(t.pos_ in ("VERB", "AUX") or verb_by_form(t) for t in tokens):
        return False
    names = [t for t in tokens if t.pos_ not in ("CCONJ", "DET", "ADP", "PUNCT")]
    if names and all(t.pos_ == "PROPN" for t in names):
        return False  # "De gemeente en Korenwolde": who commits (actors), not what it covers
    words = {t.lower_ for t in other}
    content = [w for w in part if len(w) >= _MIN_CONTENT]
    return bool(content) and not all(w in words for w in content)


@cache
def _restrictive() -> frozenset[str]:
    """The words of scope.yaml `restrictive`, lower case."""
    return frozenset(str(w).lower() for w in lexicon.load("scope").get("restrictive", []))


def _restricted(part: list[Token]) -> bool:
    """A part joined to a restriction: one of scope.yaml `restrictive` in the _RESTRICTION_REACH words before it."""
    doc = part[0].doc
    return any(t.lower_ in _restrictive() for t in doc[max(part[0].i - _RESTRICTION_REACH, 0):part[0].i])


def coordinated_scope(old_text: str, new_text: str) -> list[Reason]:
    """One more (or one less) coordinated object, group or act, the rest of the afspraak the same."""
    a = [t for t in parse(old_text) if not t.is_punct and not t.is_space]
    b = [t for t in parse(new_text) if not t.is_punct and not t.is_space]
    added, dropped, shared = _parts(a, b)
    if shared < _MIN_SHARED or bool(added) == bool(dropped):
        return []
    if any(_restricted(p) for p in added + dropped):
        return []
    if added and all(_plain(p, a) for p in added):
        what = "; ".join(" ".join(t.text for t in p) for p in added)
        return [Reason("scope", "-", what, f"reikwijdte vergroot: plus '{what}'", 1)]
    if dropped and all(_plain(p, b) for p in dropped):
        what = "; ".join(" ".join(t.text for t in p) for p in dropped)
        return [Reason("scope", what, "-", f"reikwijdte verkleind: zonder '{what}'", -1)]
    return []
