"""A status label printed beside an afspraak (`Line.tag`: "NIEUW" in a tag in the margin, parse/status_tags.py;
or after its number, "3. [Nieuw] De gemeente ...") given to the block its line opens, as the field line
"Statuslabel: NIEUW" under it (labels.yaml status_tags): an attribute of the afspraak, never its text. A titled
parent's label ("GEWIJZIGD 3 Huurbeleid" over its paragraph) is held for the text under the title, issue #21."""

from __future__ import annotations

from functools import cache
from typing import Protocol

from .lexicon import load
from .text import ENDS_SENTENCE
from .types import Line


@cache
def _words() -> frozenset[str]:
    """The status words a tag may hold (labels.yaml status_tags words)."""
    return frozenset(str(w).lower() for w in load("labels")["status_tags"]["words"])


def bracketed(word: str) -> bool:
    """Whether a word stands in square or round brackets ("[Nieuw]")."""
    return len(word) > 2 and word[0] + word[-1] in ("[]", "()")


def status_tag(word: str) -> str | None:
    """The status word of a printed tag ("NIEUW", "[Gewijzigd]", "(DOORLOPEND)") without its brackets, else None:
    in capitals or in brackets, one of labels.yaml status_tags words."""
    inside = bracketed(word)
    bare = word[1:-1] if inside else word
    return bare if (inside or bare.isupper()) and bare.lower() in _words() else None


@cache
def status_label() -> str:
    """The label a status tag is read under (labels.yaml status_tags label)."""
    return str(load("labels")["status_tags"]["label"])


def leading_tag(text: str) -> tuple[str, str] | None:
    """(tag, the text after it) of an item's text that opens with a status tag after its number ("3. [Nieuw] De
    gemeente ...", "3. NIEUW De gemeente ..."), else None: a tag in brackets, or in capitals before a word that is
    not (a heading in capitals is no tag), then the text, opening with a capital."""
    first, _, rest = text.partition(" ")
    tag = status_tag(first)
    after = rest.split(maxsplit=1)[0] if rest.strip() else ""
    if tag is None or not after[:1].isupper() or (first == tag and after.isupper()):
        return None
    return tag, rest.lstrip()


def trailing_tag(text: str) -> tuple[str, str] | None:
    """(tag, the text before it) of a text that closes with a status tag in brackets after its last sentence ("...
    vast. (nieuw)", "... woningen. [GEWIJZIGD]") or is only one (a tag on a line of its own under an afspraak), else
    None: a bracketed word within a sentence stays text."""
    head, _, last = text.rstrip().rpartition(" ")
    tag = status_tag(last) if bracketed(last) else None
    if tag is None or (head.strip() and not ENDS_SENTENCE.search(head.rstrip())):
        return None
    return tag, head.rstrip()


class OpenBlock(Protocol):
    """What `carry_tag` reads and sets of the block the cleaner is building (clean's `_Open`)."""

    kind: str
    text: str
    field: str
    field_label: str


def carry_tag(block: OpenBlock, line: Line, held: str) -> str:
    """Give the tag of the line that opened `block` (or the one `held` from a title above it, or one printed after
    the item's number: `leading_tag`) to the block as its field, unless the block has one; returns the tag still
    held: a heading's, for the block below it (another heading ends what a held tag can reach)."""
    if block.kind == "heading":
        return line.tag
    tag = line.tag or held
    if not tag and block.kind == "item" and not block.field and (found := leading_tag(block.text)):
        tag, block.text = found
    if not tag:
        return ""
    if not block.field:
        block.field, block.field_label = tag, status_label()
    return ""
