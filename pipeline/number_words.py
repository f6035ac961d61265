"""Dutch numbers written as one word, built the way the language builds them: "achtentwintig" (acht-en-twintig),
"tweeëntwintig", "honderdtwintig", "tweehonderdvijftig", "drieduizend".  The parts are numbers.yaml `words`."""

from __future__ import annotations

import re
from functools import cache

from . import lexicon


@cache
def _parts() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """The units (1-9), the words below twenty (1-19) and the tens (20-90) of numbers.yaml `words`."""
    words = {w.lower(): int(v) for w, v in lexicon.numbers()["words"].items()}
    units = {w: v for w, v in words.items() if 1 <= v <= 9}
    small = {w: v for w, v in words.items() if 1 <= v <= 19}
    tens = {w: v for w, v in words.items() if 20 <= v <= 90 and v % 10 == 0}
    return units, small, tens


def _alternatives(words: dict[str, int]) -> str:
    """Number words as one regex alternation, the longest first ("achttien" before "acht")."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cache
def number_word_re() -> re.Pattern[str]:
    """A whole word that is a number; the article "een" alone is none (numbers.yaml `article_words`)."""
    units, small, tens = _parts()
    u, s, t = _alternatives(units), _alternatives(small), _alternatives(tens)
    below_100 = rf"(?:(?:{u})[eë]n(?:{t})|{t}|{s})"
    # "en" joins a figure after "honderd" or "duizend" ("honderdenvijf"); alone it makes the plural "honderden",
    # "duizenden" (hundreds, thousands: no figure)
    below_1000 = rf"(?:(?:{u})?honderd(?:(?:en)?{below_100})?|{below_100})"
    whole = rf"(?:{below_1000}?duizend(?:(?:en)?{below_1000})?|{below_1000})"
    articles = "|".join(map(re.escape, lexicon.numbers().get("article_words", ["een"])))
    return re.compile(rf"\b(?!(?:{articles})\b)({whole})\b", re.I)


def _after_joiner(rest: str) -> str:
    """What follows "honderd" or "duizend" without the "en" that may join it ("honderdenvijf" -> "vijf")."""
    return rest[2:] if rest.startswith("en") and len(rest) > 2 else rest


def _below_100(word: str) -> int:
    """The value of a number word below a hundred: a word of its own or a unit joined to a ten ("achtentwintig")."""
    units, small, tens = _parts()
    if word in small or word in tens:
        return small.get(word) or tens[word]
    ten = next(t for t in sorted(tens, key=len, reverse=True) if word.endswith(t))
    return units[word[:-len(ten) - 2]] + tens[ten]  # "acht" + "en" + "twintig"


def _below_1000(word: str) -> int:
    """The value of a number word below a thousand: hundreds ("tweehonderd") and what follows them."""
    head, hundred, rest = word.partition("honderd")
    if not hundred:
        return _below_100(word)
    rest = _after_joiner(rest)
    return (_parts()[0][head] if head else 1) * 100 + (_below_100(rest) if rest else 0)


def number_word_value(word: str) -> int:
    """The value of a word `number_word_re` matched: "honderdachtentwintig" -> 128."""
    word = word.lower()
    head, thousand, rest = word.partition("duizend")
    if not thousand:
        return _below_1000(word)
    rest = _after_joiner(rest)
    return (_below_1000(head) if head else 1) * 1000 + (_below_1000(rest) if rest else 0)
