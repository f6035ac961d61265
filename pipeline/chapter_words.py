"""Chapters numbered in words ("Hoofdstuk drie – Beschikbaar en betaalbaar wonen", "Deel twee"): the number
word (numbers.yaml words) is the chapter's marker, like the digit of "Hoofdstuk 3", and a dash after a marker
only sets the title apart; neither is part of the title the headings are compared by."""

from __future__ import annotations

from . import lexicon

# a chapter has at most a few dozen of these; larger number words are figures, not chapter numbers
MAX_CHAPTER = 30


def _number_words() -> list[str]:
    words = [w for w, v in lexicon.numbers()["words"].items() if v <= MAX_CHAPTER]
    return sorted(words, key=len, reverse=True)


# "hoofdstuk drie", "deel twee" (the label word is required: a bare "Twee ..." opens a sentence), its dash after
WORD_CHAPTER = r"(?i:hoofdstuk|deel)\s+(?i:" + "|".join(_number_words()) + r")\b[.:]?"
# a dash or colon setting the title apart from its marker ("3 – Wonen", "Hoofdstuk drie – Wonen")
TITLE_DASH = r"(?:[–—-]\s+)?"
