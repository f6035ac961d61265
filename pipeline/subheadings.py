"""Sub-headings set only a little larger than the text, neither bold nor numbered ("Wat we constateren" in 11.5
pt italic over 10.5 pt paragraphs): an official document's tussenkopjes, which say whether what follows is context
or afspraken, so they must be read as headings, not as a short paragraph."""

from __future__ import annotations

from .text import ENDS_SENTENCE
from .types import Line

# larger than the text by at least this factor (11 on 10.5 is 1.048, 11.5 on 10.5 1.095; a text layer's own jitter
# stays under 1.03)
MIN_RATIO = 1.045
MAX_WORDS = 8


def is_subheading_line(line: Line, size: float) -> bool:
    """A short line set visibly larger than the body text, starting with a capital and ending without sentence
    punctuation: a sub-heading even when it is neither bold nor as large as a chapter heading."""
    words = line.text.split()
    return line.size >= MIN_RATIO * size and 0 < len(words) <= MAX_WORDS and line.text[:1].isupper() \
        and ENDS_SENTENCE.search(line.text.strip()) is None and any(ch.isalpha() for ch in line.text)
