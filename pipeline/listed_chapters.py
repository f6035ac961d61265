"""The chapters a contents list names: a heading the list names is a chapter of the body, so front matter above
it that the list does not name (a voorwoord set larger than the chapters after it) has ended where it stands.

A members' edition opens with a voorwoord in a larger type than its chapters ("Voorwoord" in 15 pt, "Wat gebeurt
er met uw huur?" in 13.5 pt on the pages after it): by size alone every chapter nests under the voorwoord and is
read as part of it, never as afspraken. The contents list ("In deze editie", "Inhoud") says otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .parties import heading_title

_SPACES = re.compile(r"\s+")
# the end of an entry: dot leaders (or none) and its page number
_PAGE = re.compile(r"(?:\s*[.·∙‧•_…]){0,}\s*\d{1,4}\s*$")


def title_key(title: str) -> str:
    """A heading or entry title as compared: its chapter number and closing colon off, lowercase, one space."""
    return _SPACES.sub(" ", heading_title(title)).strip().lower()


def entry_title(line: str) -> str:
    """The title of a contents entry: "3 Wonen en zorg ....... 12" -> "wonen en zorg" (`title_key`)."""
    return title_key(_PAGE.sub("", line))


def listed_titles(entries: Iterable[str]) -> frozenset[str]:
    """The titles of a contents list's entry lines (`entry_title`), empty ones left out."""
    return frozenset(t for t in map(entry_title, entries) if t)


def closes_front_matter(heading: str, above: str, above_excluded: bool, chapters: frozenset[str]) -> bool:
    """Whether a heading ends the front-matter heading `above` it: the contents names the heading and not the
    one above, which holds no afspraken (`above_excluded`: a voorwoord, an inleiding)."""
    return above_excluded and bool(chapters) and title_key(heading) in chapters and title_key(above) not in chapters
