"""Patterns several stages share are defined once (issue #21): the end of a sentence in `pipeline.text`."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline import clean, page_breaks, text, title_column

PIPELINE = Path(text.__file__).parent


def _definitions(name: str) -> list[str]:
    pattern = re.compile(rf"^{name}\s*=", re.M)
    return sorted(str(p.relative_to(PIPELINE)) for p in PIPELINE.rglob("*.py") if pattern.search(p.read_text()))


def test_issue_21_ends_sentence_is_defined_once():
    assert _definitions("ENDS_SENTENCE") == ["text.py"]
    assert clean.ENDS_SENTENCE is page_breaks.ENDS_SENTENCE is title_column.ENDS_SENTENCE is text.ENDS_SENTENCE
    assert text.ENDS_SENTENCE.search("zonder huurverhoging.”") and not text.ENDS_SENTENCE.search("de gemeente en")
