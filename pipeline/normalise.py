"""Line text as a PDF text layer gives it -> clean text: ligatures, soft hyphens, odd spaces, (cid:N) glyphs and
symbol-font bullets repaired (`normalise_text`; `clean` runs it on every line)."""

from __future__ import annotations

import re
import unicodedata

# the Latin ligatures and the Dutch ij digraph ("ĳsbaan", "ĲSSELSTEIN"), as NFKC decomposes them
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "ĳ": "ij", "Ĳ": "IJ"}
CID_BULLETS = {"(cid:127)", "(cid:149)", "(cid:183)", "(cid:120)", "(cid:108)"}
_CID = re.compile(r"\(cid:\d+\)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Where `_SPACES` would change a text: a space other than a plain one, or a plain one before another space. No line of
# the bundled or dev corpus has one (the parse joins words with one space), and a line without is not rebuilt.
_SPACES_TO_FOLD = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]| [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Symbol and Wingdings bullets (private use), and two real ones
PRIVATE_USE_BULLETS = "\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u25aa\u25cf"
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_LINE_END_SOFT_HYPHEN = re.compile(r"(?<=\w)\u00ad\s*$")
# C1 control codes never occur in real text: they are Windows-1252 bytes a viewer took for Unicode ("\x95" is
# the bullet of many Word exports, "\x92" a right quote).
_C1 = re.compile(r"[\u0080-\u009f]")


def normalise_text(text: str) -> str:
    """Fix what PDF text layers get wrong: ligatures, soft hyphens, odd spaces, (cid:N) glyphs, bullets.

    Idempotent: normalising twice gives the same text. The removals come before NFC, so that an accent cut off
    from its letter by a soft hyphen or a private-use glyph still composes with it, and (cid:N) glyphs go
    until none is left, because taking one out of "(cid:1(cid:2)27)" leaves another.
    """
    if _ODD.search(text) is None and unicodedata.is_normalized("NFC", text):
        # most lines: nothing else below would change them
        return (_SPACES.sub(" ", text) if _SPACES_TO_FOLD.search(text) else text).strip()
    return _normalise_fully(text)


def _normalise_fully(text: str) -> str:
    text = _C1.sub(_from_cp1252, text)
    text = _LINE_END_SOFT_HYPHEN.sub("-", text)  # a word broken at the line end: join_lines undoes it
    text = _INVISIBLE.sub("", text)
    text = _PRIVATE_USE.sub(_private_use, text)  # symbol-font bullets become "•", other such glyphs go
    while True:
        before = text
        for cid in CID_BULLETS:
            text = text.replace(cid, "•")
        text = _CID.sub("", text)
        if text == before:
            break
    for lig, plain in LIGATURES.items():
        text = text.replace(lig, plain)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    return text.strip()


_PRIVATE_USE = re.compile("[\ue000-\uf8ff" + "".join(map(re.escape, PRIVATE_USE_BULLETS)) + "]")


# Any character (or "(cid:") that one of the steps of _normalise_fully would change, spaces aside.
_ODD = re.compile("[\u0080-\u009f\u00ad\u200b-\u200d\u2060\ufeff\ue000-\uf8ff"
                  + "".join(map(re.escape, PRIVATE_USE_BULLETS + "".join(LIGATURES))) + "]|\\(cid:")


def _private_use(match: re.Match[str]) -> str:
    return "•" if match.group() in PRIVATE_USE_BULLETS else ""


def _from_cp1252(match: re.Match[str]) -> str:
    return bytes([ord(match.group())]).decode("cp1252", errors="ignore")
