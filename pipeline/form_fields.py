"""A filled-in form's field rows as a card's rows (`records`): labels set above their boxes, and a row of check
boxes under its label, become "label | value" rows, so that a form block per afspraak ("Nr. 1.3" strip,
"Afspraak | <text>", "Betrokken partijen ☒ ... ☐ ...", then "Trekker / Gereed in / Indicator" over three boxes)
reads as one card: its text, trekker, planning and other fields.

A line made only of field labels the lexicon knows (`records.label_role`: "Trekker  Gereed in  Indicator") right
above a table row of as many cells is that row's labels, one per cell. A line of a short label followed by check
boxes ("Betrokken partijen ✔ Gemeente ✔ Corporatie • Huurders": a drawn box ticked reads "✔", an empty one "•",
`parse.drawn_marks`) between a card's rows is a field of the card: the options ticked, as printed, never text.
"""

from __future__ import annotations

from dataclasses import replace

from .parse.glyphs import MARKS, TICK
from .records import LABEL_SHAPE, label_role
from .types import Block, Layout

MAX_LABEL_WORDS = 3  # a field's label is a word or three ("Trekker", "Gereed in", "Betrokken partijen")
ROW_STEP = 0.01  # points between the tops of the rows one table row becomes: apart, in order, still on its line


def form_fields(layout: Layout) -> Layout:
    """`layout` with labels over their boxes and rows of check boxes read as a card's label | value rows."""
    blocks = layout.blocks
    out: list[Block] = []
    changed = False
    k = 0
    while k < len(blocks):
        block = blocks[k]
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        rows = labelled_rows(block, after)
        if rows is not None:
            out += rows
            changed, k = True, k + 2
            continue
        row = check_box_row(block, out[-1] if out else None, after)
        out.append(block if row is None else row)
        changed, k = changed or row is not None, k + 1
    return replace(layout, blocks=tuple(out)) if changed else layout


def labelled_rows(block: Block, after: Block | None) -> list[Block] | None:
    """A line of field labels over a table row of as many cells, read as one "label | value" row per cell; None
    where `block` is no such line."""
    labels = field_labels(block.text) if block.kind == "paragraph" else None
    if not labels or after is None or after.kind != "table_row" or after.page != block.page:
        return None
    cells = [c for i, c in enumerate(after.cells) if i not in after.merged]
    if len(cells) != len(labels):
        return None
    return [replace(after, text=f"{label} | {value}", cells=(label, value), merged=(), spanned=(),
                    top=after.top + i * ROW_STEP) for i, (label, value) in enumerate(zip(labels, cells, strict=True))]


def check_box_row(block: Block, before: Block | None, after: Block | None) -> Block | None:
    """A row of check boxes between a card's rows (a table row before it, a table row or a line of field labels
    after it), read as the row "label | options ticked"; None for any other block."""
    boxes = check_boxes(block) if block.kind == "paragraph" else None
    if not boxes or before is None or before.kind != "table_row" or after is None \
            or not (after.kind == "table_row" or field_labels(after.text)):
        return None
    label, ticked = boxes
    return replace(block, kind="table_row", text=f"{label} | {ticked}", cells=(label, ticked), marker=None)


def field_labels(text: str) -> list[str] | None:
    """The field labels a line is made of, left to right ("Trekker Gereed in Indicator" -> three), longest first
    at each word; None unless every word belongs to one and there are two or more."""
    words = text.split()
    labels: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_LABEL_WORDS, len(words) - i), 0, -1):
            candidate = " ".join(words[i:i + n])
            if label_role(candidate) is not None:
                labels.append(candidate)
                i += n
                break
        else:
            return None
    return labels if len(labels) >= 2 else None


def check_boxes(block: Block) -> tuple[str, str] | None:
    """The label of a row of check boxes ("Betrokken partijen ✔ A ✔ B • C": a short label, then two or more
    options each opened by a box's mark) and the options ticked ("A, B"; "" where none is); None for any other
    line."""
    words = block.text.split()
    marks = [i for i, w in enumerate(words) if w in MARKS]
    if len(marks) < 2 or not 0 < marks[0] <= MAX_LABEL_WORDS or marks[-1] == len(words) - 1 \
            or any(b - a < 2 for a, b in zip(marks, marks[1:], strict=False)):
        return None
    label = " ".join(words[:marks[0]])
    if not LABEL_SHAPE.match(label):
        return None
    options = zip(marks, [*marks[1:], len(words)], strict=True)
    return label, ", ".join(" ".join(words[a + 1:b]) for a, b in options if words[a] == TICK)
