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


def test_issue_21_period_labels_come_from_the_numbers_lexicon():
    """The period columns of a planning grid are named by the months, quarters, half years and 'later' words
    that lexicon/numbers.yaml lists, and a year is written as one pattern (issue #21)."""
    from pipeline import cells, lexicon

    data = lexicon.load("numbers")
    for word in [*data["months"], *data["quarters"], *data["half_years"]]:
        assert cells.PERIOD_LABEL.match(str(word)), word
        assert cells.PERIOD_LABEL.match(f"{str(word).capitalize()} 2026"), word
    for word in data["later_labels"]:
        assert cells.LATER_LABEL.match(str(word).replace("<jaar>", "2027").capitalize()), word
    assert not cells.PERIOD_LABEL.match("Trekker") and not cells.LATER_LABEL.match("Na de evaluatie")
    assert [cells._period_name(q)[0] for q in ("K2", "eerste kwartaal", "Kwartaal 3", "4e kwartaal", "mrt")] \
        == ["Q2", "Q1", "Q3", "Q4", "mrt"]
    source = Path(cells.__file__).read_text()
    assert "(?:19|20)" not in source  # one year pattern: `text.year_pattern`
