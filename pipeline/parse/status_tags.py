"""Status tags: a change or status label set before an afspraak's first line, in capitals or brackets, apart from
it (a coloured tag in the left margin: "NIEUW", "GEWIJZIGD", "DOORLOPEND"; "[VERVALLEN]"). It says how the
afspraak stands against last year, so it is no part of the line's text: `words_to_lines` keeps it as the line's
`tag` (labels.yaml status_tags), issue #21."""

from __future__ import annotations

from functools import cache

from ..lexicon import load
from .geometry import Word

SET_APART = 1.0  # of the next word's size: white after the tag that no word space leaves
SMALLER = 0.85  # of the next word's size: a tag set in small print beside the line (a label in a box)


@cache
def _words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("labels")["status_tags"]["words"])


def _bracketed(word: str) -> bool:
    return len(word) > 2 and word[0] + word[-1] in ("[]", "()")


def status_tag(word: str) -> str | None:
    """The status word of a printed tag ("NIEUW", "[Gewijzigd]", "(DOORLOPEND)") without its brackets, else None:
    in capitals or in brackets, one of labels.yaml status_tags words."""
    bare = word[1:-1] if _bracketed(word) else word
    if (bare is not word or bare.isupper()) and bare.lower() in _words():
        return bare
    return None


def split_status_tag(group: list[Word]) -> tuple[str, list[Word]]:
    """A line's words (left to right) as its status tag and the words after it: the first word when it is a tag
    (`status_tag`) set apart from the next or in smaller print, or in brackets before a number or a capital ("[Nieuw]
    3. De gemeente ..."); ("", group) for any other line."""
    if len(group) < 2:
        return "", group
    first, second = group[0], group[1]
    tag = status_tag(first.text)
    if tag is None:
        return "", group
    apart = second.x0 - first.x1 >= SET_APART * second.size or first.size <= SMALLER * second.size
    if not apart and not (_bracketed(first.text) and (second.text[0].isdigit() or second.text[0].isupper())):
        return "", group
    return tag, group[1:]
