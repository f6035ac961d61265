"""The markup pane of a concept printed with its review comments (Word, Acrobat): balloons to the right of the
body text ("Opmerking [GB3]: ...", "Met opmerkingen [ML5]: ...", "Beantwoord: ..."), on the same baselines as the
body, so that they would join its lines. Remarks on the text, never text of the document: their words are left out
(labels.yaml review_comments), issue #21."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any, TypeVar

from ..lexicon import load
from .geometry import Word

PANE_FROM = 0.4  # a pane stands right of this share of the page width; a label further left is body text
AUTHOR = re.compile(r"\[[^\]\s]{1,12}\]:?")  # the author's initials and the comment's number: "[GB3]:"

T = TypeVar("T", bound=Any)


@cache
def _labels() -> tuple[tuple[str, ...], ...]:
    """The comment labels as word tuples, longest first, from labels.yaml review_comments."""
    return tuple(sorted((tuple(str(w).lower().split()) for w in load("labels")["review_comments"]["labels"]),
                        key=len, reverse=True))


def pane_left(words: Sequence[Word], width: float) -> float | None:
    """Where the markup pane starts: the left edge of its leftmost balloon label ("Opmerking [GB3]:") right of
    PANE_FROM of the page, or None when the page has no such label (a reply, "Beantwoord:", stands in the pane
    under the comment it answers)."""
    labels = _labels()
    lefts: list[float] = []
    for i, word in enumerate(words):
        if word.text[:1] != "[":  # AUTHOR starts with its bracket: most words are out at once, without a regex
            continue
        if not AUTHOR.fullmatch(word.text) and not (AUTHOR.match(word.text) and word.text.endswith(":")):
            continue
        for label in labels:
            start = i - len(label)
            if start >= 0 and tuple(w.text.lower() for w in words[start:i]) == label:
                if words[start].x0 >= PANE_FROM * width:
                    lefts.append(words[start].x0)
                break
    return min(lefts) if lefts else None


def drop_pane(items: Sequence[T], left: float) -> list[T]:
    """Words or markers left of the pane: the body's."""
    return [item for item in items if item.x0 < left - 1.0]
