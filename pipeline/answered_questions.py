"""A form's numbered questions answered under them (a bod format: "Vraag 1.4 Welke nieuwbouwlocaties ontwikkelt u
daarnaast?" over the box the corporatie typed its answer in): the answer is the item, numbered by its question;
the question is the form's wording, never text of the answer.

The answer box stands right under its question, closer than the form's paragraphs stand apart, so the layout
reads question and answer as one paragraph: "Vraag 1.4 Welke ...? Wij bouwen ...". A paragraph that opens with a
question label (lexicon structure.yaml `question_labels`), a number and one question, and goes on after it, becomes
an item numbered as the question is ("1.4") whose text is what follows the question. A question with nothing
after it (an empty box) stays a paragraph, and so does one whose answer the form labels ("Antwoord corporatie",
lexicon `answer_labels`) under it: what follows that question explains it. An answer that commits no one (a
figure, a look back: "Het aantal overlastmeldingen is in 2024 gedaald van 61 naar 44.") is no item either, and
the label of the empty field under an answer ("Planning" by an empty box) no text. A question that ends its
paragraph (at the foot of a page) numbers the paragraph after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from .clean import is_attribute_line
from .structure import attribute_kinds, structure_lexicon
from .types import Block, Layout

_NUMBER = r"(\d{1,2}(?:\.\d{1,2}){0,2})[.:]?"
_WORDING = r"[^?]{3,300}\?"  # a question's words up to its mark: a few letters to a long sentence, never a page


@cache
def _labels(key: str) -> str:
    """A structure.yaml label list (`question_labels`, `answer_labels`) as one alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(structure_lexicon()[key], key=len, reverse=True))


@cache
def _question() -> re.Pattern[str]:
    """A numbered question in a paragraph that goes on with its answer (the paragraph opens with it, or with the
    field line before it that it ran on from: "Planning: 2026 Vraag 1.6 Welke ...? Wij ...")."""
    return re.compile(rf"(?:^|\s)(?:{_labels('question_labels')})\s+{_NUMBER}\s+{_WORDING}\s+(\S.*)$",
                      re.IGNORECASE | re.DOTALL)


@cache
def _last_question() -> re.Pattern[str]:
    """A numbered question that ends a paragraph (its answer in the next: over a page break, or after a field
    line it ran on from: "Planning: 2026 Vraag 1.6 Welke ...?")."""
    return re.compile(rf"(?:^|\s)(?:{_labels('question_labels')})\s+{_NUMBER}\s+{_WORDING}$", re.IGNORECASE)


@cache
def _answer_label() -> re.Pattern[str]:
    """A form's label over an answer box ("Antwoord", "Reactie corporatie:"): a label word and a few more."""
    return re.compile(rf"^(?:{_labels('answer_labels')})\b(?:\s+\S+){{0,3}}\s*:?$", re.IGNORECASE)


def _is_field_label(text: str) -> bool:
    """Whether a text is only the label of a field left empty ("Planning"): the box under an answer no one filled."""
    words = " ".join(text.lower().rstrip(":").split())
    return bool(words) and words in attribute_kinds()


def answered_questions(layout: Layout, is_commitment: Callable[[str], bool]) -> Layout:
    """`layout` with each numbered question and the answer that follows it read as the answer's item;
    `is_commitment`: the paragraph test (`commitment.commitment_test` with the document's party names)."""
    blocks: list[Block | None] = list(layout.blocks)
    extra: dict[int, Block] = {}  # a paragraph to put back before the one at this index
    changed = False
    for k, block in enumerate(blocks):
        if block is None or block.kind != "paragraph" or block.marker is not None:
            continue
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        m = _question().search(block.text)
        before = block.text[:m.start()].strip() if m else ""
        if m is not None and (not before or is_attribute_line(before)):
            if after is not None and _answer_label().match(after.text.strip()):
                continue  # the answer under its own label: what follows the question explains it
            number, answer, at = m.group(1), m.group(2).strip(), k
            if before:  # the field line of the answer before, its own paragraph again
                extra[k] = replace(block, text=before)
        elif (m := _last_question().search(block.text)) is not None and after is not None \
                and after.kind == "paragraph" and after.marker is None and not _answer_label().match(after.text):
            number, answer, at = m.group(1), after.text, k + 1
            blocks[k] = replace(block, text=block.text[:m.start()].rstrip()) if m.start() else None
        else:
            continue
        if is_commitment(answer):
            blocks[at] = replace(blocks[at] or block, kind="item", marker=number, text=answer)
        else:  # a figure or a look back answers the question: no item, the question's number with it
            blocks[at] = replace(blocks[at] or block, text=answer)
        nxt = blocks[at + 1] if at + 1 < len(blocks) else None
        if nxt is not None and nxt.kind == "paragraph" and _is_field_label(nxt.text):
            blocks[at + 1] = None  # the answer's empty field ("Planning" by an empty box): nothing
        changed = True
    if not changed:
        return layout
    out = [b for k, block in enumerate(blocks) for b in (extra.get(k), block) if b is not None]
    return replace(layout, blocks=tuple(out))
