"""Glyphs of symbol fonts (ZapfDingbats, Symbol, Wingdings, Webdings) -> one mark, where the text layer is read.

A symbol font prints boxes, ticks and bullets, never words, but a text layer often gives its glyphs as the
letters of their codes: pdfminer reads a ZapfDingbats box as "o" and a box with a tick over it as "o4", PDFium
gives "❏✔", and a font without a unicode map gives "(cid:N)". Both parse backends turn such a glyph into a mark
before words are built: "✔" for a tick (or a ticked box: the item says "done"), "•" for any other, so that a
box opens a list item like a bullet and the number after it is still found (`clean`), never a word "o".

In the Symbol font itself only glyphs without a unicode meaning are marks: its Greek letters and math signs
("≥", "±", "α") are text.
"""

from __future__ import annotations

import re
from functools import lru_cache

BULLET, TICK = "•", "✔"
MARKS = frozenset((BULLET, TICK))

# the font names of symbol fonts, a subset prefix ("ABCDEF+") and style suffixes aside
_DINGBATS = re.compile(r"(?:^|\+)(?:ITC)?(?:zapf\s*dingbats|dingbats|wingdings|webdings)", re.IGNORECASE)
_SYMBOL = re.compile(r"(?:^|\+)symbol(?:mt|ps)?(?:$|[-,])", re.IGNORECASE)
# ticks as the text layer gives them: ZapfDingbats codes "3" and "4" (✓ ✔), Unicode ticks and ticked boxes, and
# Wingdings' check (0xFC) and ticked box (0xFE), as such, as private use (U+F0FC) or as its Latin-1 letter
_TICKS = frozenset("34\u2713\u2714\u2611\u2705\uf0fc\uf0fe\u00fc\u00fe")
_CID = re.compile(r"^\(cid:\d+\)$")


@lru_cache(maxsize=256)
def symbol_font(name: str | bytes | None) -> str | None:
    """"dingbats" for a font whose every glyph is a mark (ZapfDingbats, Wingdings, Webdings), "symbol" for the
    Symbol font (only its glyphs without a unicode meaning are marks), None for any other font."""
    if not name:
        return None
    text = name.decode("latin-1") if isinstance(name, bytes) else name
    if _DINGBATS.search(text):
        return "dingbats"
    return "symbol" if _SYMBOL.search(text) else None


def mark_of(text: str, kind: str | None) -> str | None:
    """The mark a glyph (or a run of glyphs set over each other) of a font of `kind` (`symbol_font`) stands for:
    TICK or BULLET, or None when it is text (any glyph of another font, a Greek letter or math sign of Symbol)."""
    if kind is None or not text or text.isspace():
        return None
    if kind == "symbol" and not all(_is_meaningless(c) for c in _glyphs(text)):
        return None
    return TICK if any(c in _TICKS for c in text) else BULLET


def _glyphs(text: str) -> list[str]:
    return [text] if _CID.match(text) else list(text)


def _is_meaningless(glyph: str) -> bool:
    """A Symbol glyph that reads as no character of its own: private use, "(cid:N)", or a bullet already."""
    return glyph.startswith("(cid:") or "\ue000" <= glyph <= "\uf8ff" or glyph in "•·"


def collapse_marks(text: str) -> str:
    """A word made of marks only (a box and the tick set over it, "•✔") as one mark; any other word as it is."""
    if len(text) > 1 and text[0] in MARKS and all(c in MARKS for c in text):
        return TICK if TICK in text else BULLET
    return text
