"""Status tags: a change or status label set before an afspraak's first line, in capitals or brackets, apart from
it (a coloured tag in the left margin: "NIEUW", "GEWIJZIGD", "DOORLOPEND"; "[VERVALLEN]"). It says how the
afspraak stands against last year, so it is no part of the line's text: `words_to_lines` keeps it as the line's
`tag` (labels.yaml status_tags), issue #21."""

from __future__ import annotations

from dataclasses import replace

from ..status_labels import bracketed, status_tag
from ..types import Line
from .geometry import Word

SET_APART = 1.0  # of the next word's size: white after the tag that no word space leaves
SMALLER = 0.85  # of the next word's size: a tag set in small print beside the line (a label in a box)


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
    if not apart and not (bracketed(first.text) and (second.text[0].isdigit() or second.text[0].isupper())):
        return "", group
    return tag, group[1:]


def _beside(tag: Line, line: Line) -> bool:
    """Whether an untagged line starts right of a lone tag and overlaps it in height: the line the tag marks."""
    return not line.tag and line.x0 > tag.x1 and max(line.top, tag.top) < min(line.bottom, tag.bottom)


def attach_lone_tags(lines: list[Line]) -> list[Line]:
    """Lines (top to bottom) with a status tag that stands as a line of its own (its box set higher or lower than
    the text's baseline, so that its word joined no line) given to the line beside it: the one just before or after
    it that it overlaps in height, starting to its right."""
    out = list(lines)
    k = 0
    while k < len(out):
        tag = status_tag(out[k].text) if " " not in out[k].text else None
        beside = [j for j in (k + 1, k - 1) if tag and 0 <= j < len(out) and _beside(out[k], out[j])]
        if tag and beside:
            out[beside[0]] = replace(out[beside[0]], tag=tag)
            del out[k]
            continue
        k += 1
    return out
