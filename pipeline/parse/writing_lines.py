"""Ruled writing lines (a fill-in form's answer box, lined like notepaper): rules at a regular pitch that the typed
answer sits on, through or between. They strike no words, though one may cross a typed line at mid-height.

A strike (`strikes`) covers the words it crosses and no more: a word processor draws it over the run of struck
glyphs. A writing line runs on over empty paper (past a short line's end, between two answers), and the lines of
one box share their ends and their pitch. So a rule that runs over words for less than half its length is no
strike, and neither is any rule of a series (two or more with the same ends, at one pitch) of which one is such a
rule: a full typed line crossed by its box's ruling keeps its words.
"""

from __future__ import annotations

from collections.abc import Sequence

from .geometry import Word

Rule = tuple[float, float, float]  # a horizontal rule: y (top-down), x0, x1

MIN_COVER = 0.5  # a strike runs over words for at least this part of its length
END_TOLERANCE = 1.5  # the rules of one box end within this of each other (points)
PITCH_TOLERANCE = 1.0  # and follow each other at one pitch, within this (points)
MAX_PITCH = 40.0  # a writing line's pitch: a typed line or two; rules further apart are no one box's ruling


def drop_writing_lines(words: Sequence[Word], rules: Sequence[Rule]) -> list[Rule]:
    """The rules that may strike words: `rules` without the writing lines among them."""
    open_rules = {rule for rule in rules if _cover(rule, words) < MIN_COVER}
    if not open_rules:
        return list(rules)
    lined = set(open_rules)
    for series in _series(rules):
        if any(rule in open_rules for rule in series):
            lined.update(series)
    return [rule for rule in rules if rule not in lined]


def _cover(rule: Rule, words: Sequence[Word]) -> float:
    """The part of a rule's length that runs over words at its height."""
    y, x0, x1 = rule
    length = x1 - x0
    if length <= 0:
        return 1.0
    covered = sum(max(0.0, min(x1, w.x1) - max(x0, w.x0)) for w in words if w.top <= y <= w.bottom)
    return covered / length


def _series(rules: Sequence[Rule]) -> list[list[Rule]]:
    """Rules with the same ends, top to bottom, cut where the pitch changes: each run of two or more."""
    return [run for group in _same_ends(rules) for run in _regular_runs(sorted(group))]


def _same_ends(rules: Sequence[Rule]) -> list[list[Rule]]:
    """The rules grouped by their ends (each group's first rule's, within END_TOLERANCE)."""
    groups: list[list[Rule]] = []
    for rule in sorted(rules, key=lambda r: (round(r[1]), round(r[2]), r[0])):
        for group in groups:
            first = group[0]
            if abs(first[1] - rule[1]) <= END_TOLERANCE and abs(first[2] - rule[2]) <= END_TOLERANCE:
                group.append(rule)
                break
        else:
            groups.append([rule])
    return groups


def _regular_runs(rules: Sequence[Rule]) -> list[list[Rule]]:
    """Rules sorted top to bottom, cut into runs of two or more at one pitch (within PITCH_TOLERANCE, at most
    MAX_PITCH)."""
    runs: list[list[Rule]] = []
    run = [rules[0]]
    for rule in rules[1:]:
        pitch = rule[0] - run[-1][0]
        regular = len(run) < 2 or abs(pitch - (run[-1][0] - run[-2][0])) <= PITCH_TOLERANCE
        if 0 < pitch <= MAX_PITCH and regular:
            run.append(rule)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [rule]
    if len(run) >= 2:
        runs.append(run)
    return runs
