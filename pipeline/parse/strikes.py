"""Struck-through text (a version with visible revisions, "doorgehaald"): words crossed by a horizontal rule at
mid-height are text taken out, read by both backends before the layout.

An underline runs below the middle and a table's rules between the rows, so neither strikes a word. A word taken
out leaves its place to the words beside it on its line, so the line keeps its start and its spacing: a line that
opens with struck words ("~~De gemeente~~ De Lierstroom plaatst ...") still starts at the margin and does not
read as indented text of its own, and a gap where words went does not read as a column gutter. A note in brackets
that is all a struck line leaves ("~~Afspraak 12~~ (vervalt)") goes with it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from .geometry import Word
from .writing_lines import drop_writing_lines

Rule = tuple[float, float, float]  # a horizontal rule: y (top-down), x0, x1

_NOTE = re.compile(r"^\(.*\)$")


def strike_through(words: Sequence[Word], rules: Sequence[Rule]) -> list[Word]:
    """The words no rule strikes, neighbours on a line widened over the place of those struck.

    Cheap where nothing is struck: one bisection per word over the rules' heights, and the page as it was.
    """
    struck = struck_words(words, rules)
    if struck:  # a form's ruled answer box may cross typed lines: its writing lines strike nothing (`writing_lines`)
        struck = struck_words(words, drop_writing_lines(words, rules))
    return _close_up(words, struck) if struck else list(words)


def struck_words(words: Sequence[Word], rules: Sequence[Rule]) -> set[int]:
    """The indices of the words a rule crosses at mid-height over (nearly) their whole width."""
    if not rules:
        return set()
    ordered = sorted(rules)
    heights = [y for y, _, _ in ordered]
    n = len(heights)
    struck: set[int] = set()
    for i, w in enumerate(words):  # `_striking_rule` inlined: most words end at the one search, no call made
        _, x0, x1, top, bottom, _, _ = w
        h = bottom - top
        first = bisect_left(heights, top + 0.3 * h)
        if first == n:
            continue
        high = bottom - 0.2 * h
        if heights[first] > high:
            continue
        margin = 0.2 * (x1 - x0)
        if any(a <= x0 + margin and b >= x1 - margin for _, a, b in ordered[first:bisect_right(heights, high)]):
            struck.add(i)
    return struck


def _close_up(words: Sequence[Word], struck: set[int]) -> list[Word]:
    """The words not struck, each line's kept words widened over the struck words beside them (`strike_through`)."""
    lines: list[list[int]] = []  # word indices by line: one baseline, near in height
    for i in sorted(range(len(words)), key=lambda i: (words[i].bottom, words[i].x0)):
        w = words[i]
        if lines and abs(words[lines[-1][-1]].bottom - w.bottom) <= 0.3 * w.size:
            lines[-1].append(i)
        else:
            lines.append([i])
    changed: dict[int, Word] = {}
    dropped: set[int] = set(struck)
    for line in lines:
        if not any(i in struck for i in line):
            continue
        line = sorted(line, key=lambda i: words[i].x0)
        kept = [i for i in line if i not in struck]
        if not kept:
            continue
        if line[0] in struck and _NOTE.match(" ".join(words[i].text for i in kept)):
            dropped.update(kept)  # "~~Afspraak 12~~ (vervalt)": the note says what the strike says
            continue
        previous: int | None = None  # the kept word before, while only a word space lies between
        pending: Word | None = None  # struck words at the line's (or a cell's) start: their x0 and end
        for i in line:
            w = words[i]
            space = 0.6 * w.size  # wider than a word space: another cell, another column
            if i in struck:
                before = changed.get(previous, words[previous]) if previous is not None else None
                if before is not None and w.x0 - before.x1 <= space:
                    changed[previous] = before._replace(x1=w.x1)
                elif pending is not None and w.x0 - pending.x1 <= space:
                    pending = pending._replace(x1=w.x1)
                else:
                    previous, pending = None, w
                continue
            if pending is not None and w.x0 - pending.x1 <= space:
                changed[i] = w._replace(x0=pending.x0)
            previous, pending = i, None
    return [changed.get(i, w) for i, w in enumerate(words) if i not in dropped]
