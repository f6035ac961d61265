"""A planning chart (routekaart, roadmap, swimlanes): rounded boxes placed on a time axis, read as a table.

The chart names its periods in a header row across the page ("Thema | Q1 2025 | Q2 2025 | Q3 2025 | Q4 2025 |
Later"); each theme is a lane with its label at the left; each afspraak is a box in its lane under the period it
is due (a box over two periods starts in the first and is due in the last), with its owner in a small tag in a
corner, spelled out by a legend on the page ("Gem. = Gemeente Lindegracht"). Boxes beside each other interleave
line by line in a plain reading of the page, so each box is read whole, as one row of a table
`<lane header> | Afspraak | Trekker | Planning`: its lane, its text, its owner and the label of the period it
ends in. The rows go lane by lane, in a lane by the period a box starts in, then top to bottom.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..cells import LATER_LABEL, PERIOD_LABEL, YEAR, table_roles
from ..text import join_lines
from ..types import Table
from .geometry import Word, cluster_baselines
from .rounded import Box

HRule = tuple[float, float, float]  # a horizontal rule: its height (top-down), x0, x1

MIN_PERIODS = 3  # period labels in a header row (two at least named as periods, `cells.PERIOD_LABEL`)
MIN_ITEMS = 2  # boxes with text under the axis: fewer is a callout beside a table, no chart
PHRASE_GAP = 1.2  # of the size: white between words that parts two labels of one row
MIN_COVER = 0.25  # of a period's width a box must cover to run in it
TAG_SMALLER = 0.95  # a corner tag is set smaller than the box's text (or bold where the text is not)
MAX_TAG_WORDS = 6
MAX_BOXES = 2_000  # a page drawing more rounded boxes is a drawing, not a chart (boxes are matched pairwise)
BARE_YEAR = re.compile(rf"^{YEAR}$")
HAS_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
JOINED_OWNERS = re.compile(r"\s*[+&/]\s*")  # "Gem. + Corp.": two owners, each spelled out by the legend


@dataclass(frozen=True, slots=True)
class Axis:
    """The header row of a chart: its period labels, the edges of their columns (one more than the labels) and
    the name over the lane labels ("Thema"), if printed."""

    labels: tuple[str, ...]
    edges: tuple[float, ...]
    top: float
    bottom: float
    lanes: str | None


def phrases(line: Sequence[Word]) -> list[list[Word]]:
    """A baseline's words split where the white between two is wider than PHRASE_GAP of their size."""
    out: list[list[Word]] = []
    for w in sorted(line, key=lambda w: w.x0):
        if out and w.x0 - out[-1][-1].x1 <= PHRASE_GAP * max(w.size, out[-1][-1].size):
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)


def find_axis(words: Sequence[Word]) -> Axis | None:
    """The topmost row of period labels set apart across the page ("Q1 2025 ... Q4 2025 | Later"), its columns'
    edges halfway between the labels' centres; None where the page has no such row. Labels without a year take
    the year printed over them in the row above ("2025" over "Q1 | Q2 | Q3 | Q4"), which is no axis of its own
    where a finer row of periods follows right under it."""
    lines = cluster_baselines(words)
    for i, line in enumerate(lines):
        axis = _axis_of(line)
        if axis is None:
            continue
        size = max(w.size for w in line)
        finer = _axis_of(lines[i + 1]) if i + 1 < len(lines) else None
        if finer is not None and len(finer.labels) > len(axis.labels) and finer.top - axis.bottom < 2 * size:
            return _dated(finer, line)
        above = lines[i - 1] if i and axis.top - max(w.bottom for w in lines[i - 1]) < 2 * size else None
        return _dated(axis, above) if above else axis
    return None


def _axis_of(line: Sequence[Word]) -> Axis | None:
    """One baseline's words as an axis of MIN_PERIODS period labels or more, evenly enough apart; else None."""
    parts = phrases(line)
    periods = [(k, p) for k, p in enumerate(parts) if PERIOD_LABEL.match(_text(p)) or LATER_LABEL.match(_text(p))]
    named = sum(1 for _, p in periods if PERIOD_LABEL.match(_text(p)))
    if len(periods) < MIN_PERIODS or named < 2 or periods[-1][0] - periods[0][0] != len(periods) - 1:
        return None
    centres = [(p[0].x0 + p[-1].x1) / 2 for _, p in periods]
    steps = [b - a for a, b in zip(centres, centres[1:], strict=False)]
    if min(steps) <= 0 or max(steps) > 2.5 * min(steps):
        return None
    edges = [centres[0] - steps[0] / 2, *((a + b) / 2 for a, b in zip(centres, centres[1:], strict=False)),
             centres[-1] + steps[-1] / 2]
    before = parts[:periods[0][0]]
    return Axis(tuple(_text(p) for _, p in periods), tuple(edges), min(w.top for w in line),
                max(w.bottom for w in line), _text(before[-1]) if before else None)


def _dated(axis: Axis, above: Sequence[Word]) -> Axis:
    """The axis with each period label that names no year given the year printed nearest over it in the row
    `above` (bare years only; the axis as it is where that row has none), the row part of the axis's header."""
    years = [((p[0].x0 + p[-1].x1) / 2, _text(p)) for p in phrases(above) if BARE_YEAR.match(_text(p))]
    if not years:
        return axis
    labels = []
    for k, label in enumerate(axis.labels):
        centre = (axis.edges[k] + axis.edges[k + 1]) / 2
        dated = HAS_YEAR.search(label) or LATER_LABEL.match(label) or not PERIOD_LABEL.match(label)
        labels.append(label if dated else f"{label} {min(years, key=lambda y: abs(y[0] - centre))[1]}")
    top = min(axis.top, min(w.top for w in above))
    return Axis(tuple(labels), axis.edges, top, axis.bottom, axis.lanes)


def _inside(w: Word, box: Box) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def chart_items(axis: Axis, boxes: Sequence[Box], words: Sequence[Word]) -> list[tuple[Box, list[Word]]]:
    """The boxes under the axis and within its columns that hold text, none holding another, with their words; a
    box drawn twice (its fill and its outline as two paths, as office exports do) counts once."""
    under: list[Box] = []
    for b in sorted(boxes):
        if b[1] >= axis.bottom - 1 and b[0] >= axis.edges[0] - 2 and b[2] <= axis.edges[-1] + 2 \
                and not any(all(abs(b[i] - u[i]) <= 1.0 for i in range(4)) for u in under):
            under.append(b)
    inner = [b for b in under if not any(o != b and o[0] >= b[0] and o[2] <= b[2] and o[1] >= b[1] and o[3] <= b[3]
                                         for o in under)]
    items = [(b, [w for w in words if _inside(w, b)]) for b in inner]
    return [(b, ws) for b, ws in items if ws]


def period_span(box: Box, axis: Axis) -> tuple[int, int]:
    """The first and last period a box runs in: those it covers for MIN_COVER of their width (or, narrower,
    for half of its own)."""
    runs = []
    for k in range(len(axis.labels)):
        left, right = axis.edges[k], axis.edges[k + 1]
        shared = min(box[2], right) - max(box[0], left)
        if shared >= min(MIN_COVER * (right - left), 0.5 * (box[2] - box[0])):
            runs.append(k)
    if not runs:  # a box beside the columns' edges as guessed: the period its centre lies in
        centre = (box[0] + box[2]) / 2
        runs = [min(range(len(axis.labels)), key=lambda k: abs((axis.edges[k] + axis.edges[k + 1]) / 2 - centre))]
    return runs[0], runs[-1]


def box_text(box: Box, words: Sequence[Word]) -> tuple[str, str | None]:
    """A box's text and its owner tag: the last words of its last line, after wide white or on a line of their
    own, short, in a corner and set smaller than the text (or bold where that is not)."""
    lines = [sorted(ln, key=lambda w: w.x0)
             for ln in sorted(cluster_baselines(words), key=lambda ln: min(w.top for w in ln))]
    tail = phrases(lines[-1])[-1]
    body = [w for ln in lines for w in ln if w not in tail]
    if body and len(tail) <= MAX_TAG_WORDS:
        size = statistics.median(w.size for w in body)
        apart = all(w.size < TAG_SMALLER * size for w in tail) or (all(w.bold for w in tail)
                                                                    and not any(w.bold for w in body))
        width = box[2] - box[0]
        corner = tail[-1].x1 >= box[2] - 0.25 * width or tail[0].x0 <= box[0] + 0.25 * width
        if apart and corner and tail[-1].x1 - tail[0].x0 < 0.5 * width:
            lines[-1] = lines[-1][:len(lines[-1]) - len(tail)]
            text = ""
            for line in filter(None, lines):
                text = join_lines(text, _text(line))
            return text, _text(tail)
    text = ""
    for line in lines:
        text = join_lines(text, _text(line))
    return text, None


LEGEND_SEPARATORS = ("=", ":", " – ", " - ")
SENTENCE_AFTER = re.compile(r"(?<=[a-z])\.\s+(?=[A-Z])")


def legend_entries(text: str) -> list[tuple[str, str]]:
    """The entries of one run of a legend: "Gem. = Gemeente Lindegracht" (or "Gem.: ...", "Gem. – ..."), a
    heading before them ("Legenda: Gem. = ...") left out, several in one run parted by ";" or ","."""
    sep = next((s for s in LEGEND_SEPARATORS if s in text), None)
    if sep is None:
        return []
    runs = re.split(r"\s*[;,]\s+", text) if text.count(sep) > 1 else [text]
    found = []
    for run in runs:
        key, _, value = run.rpartition(sep) if sep == ":" else run.partition(sep)
        key = key.rsplit(":", 1)[-1].strip()  # "Legenda: G: Gemeente Esdorp": the entry is the last pair
        value = SENTENCE_AFTER.split(value.strip())[0]  # "... samen. Een blok over twee kwartalen ...": a note
        value = value[:-1] if re.search(r"[^\W\d_]{4,}\.$", value) else value  # the full stop closing the legend
        if key and value and len(key.split()) <= 4:
            found.append((key, value))
    return found


def read_legend(words: Sequence[Word]) -> dict[str, str]:
    """The abbreviations a legend spells out, entry by entry along its lines ("Gem. = Gemeente Lindegracht",
    each entry set apart from the next by a swatch or white)."""
    entries = [entry for line in cluster_baselines(words) for part in phrases(line)
               for entry in legend_entries(_text(part))]
    legend: dict[str, str] = {}
    for key, value in entries:
        legend.setdefault(key, value)
    for key, value in entries:  # "Legenda Gem. = ...": the title run into the first entry; a key's own entry wins
        words_of = key.split()
        if not any(JOINED_OWNERS.fullmatch(w) for w in words_of):  # a pair's entry names no single owner
            for k in range(1, len(words_of)):
                legend.setdefault(" ".join(words_of[k:]), value)
    return legend


def spell_out(tag: str, legend: dict[str, str]) -> str:
    """An owner tag as the legend spells it out: joined owners ("Gem. + Corp.") each by its own entry, joined with
    "en" (their names, where the legend may describe the pair in words: "gemeente en corporatie samen"); else the
    tag's own entry; as printed where the legend names neither."""
    parts = JOINED_OWNERS.split(tag)
    if len(parts) > 1 and all(p in legend for p in parts):
        return " en ".join(legend[p] for p in parts)
    return legend.get(tag, tag)


Label = tuple[float, float, str, float]  # a lane label: top, bottom, text, size


def lane_labels(axis: Axis, words: Sequence[Word], bottom: float) -> list[Label]:
    """The lane labels left of the axis's columns between its header row and `bottom`, top to bottom; lines of
    one label follow each other closer than a line's height."""
    left = [w for w in words if w.x1 <= axis.edges[0] + 1 and w.top >= axis.bottom - 1 and w.bottom <= bottom + 1]
    labels: list[Label] = []
    for line in sorted(cluster_baselines(left), key=lambda ln: min(w.top for w in ln)):
        top, low, size = min(w.top for w in line), max(w.bottom for w in line), max(w.size for w in line)
        text = _text(sorted(line, key=lambda w: w.x0))
        if labels and top - labels[-1][1] < 0.8 * size:
            first, _, joined, _ = labels[-1]
            labels[-1] = (first, low, join_lines(joined, text), size)
        else:
            labels.append((top, low, text, size))
    return labels


def lane_bounds(axis: Axis, rules: Sequence[HRule], bottom: float) -> list[float]:
    """The heights of the rules drawn across all the axis's columns between its header row and `bottom`: the
    lines between lanes (or the edges of their bands)."""
    return sorted({round(pos, 1) for pos, x0, x1 in rules
                   if axis.bottom - 2 <= pos <= bottom + 2 and x0 <= axis.edges[0] + 2 and x1 >= axis.edges[-1] - 2})


def lane_of(box: Box, labels: Sequence[Label], bounds: Sequence[float]) -> int:
    """The lane a box stands in (-1: none): the one label between the same two lines as the box's middle, where
    lines part the lanes; else the last label whose top is at most a line above the box's top (a label stands
    at the top of its lane, the lane's first box a little above it)."""
    middle = (box[1] + box[3]) / 2
    band = bisect_right(bounds, middle)
    same = [k for k, (top, low, _, _) in enumerate(labels) if bisect_right(bounds, (top + low) / 2) == band]
    if bounds and len(same) == 1:
        return same[0]
    return max((k for k, (top, _, _, size) in enumerate(labels) if top - size <= box[1]), default=0 if labels else -1)


def lane_header(printed: str | None) -> str:
    """The name over the lane labels as printed ("Thema", "Onderwerp"), unless it would name another role of the
    table ("Wie", "Planning"): then, and where none is printed, "Thema"."""
    header = (printed or "Thema", "Afspraak", "Trekker", "Planning")
    return header[0] if table_roles(header) == {"label": 0, "text": 1, "trekker": 2, "planning": 3} else "Thema"


def read_chart(page: int, words: Sequence[Word], rounded: Sequence[Box], rules: Sequence[HRule] = (),
               ) -> tuple[Table | None, list[Word]]:
    """The planning chart of a page as a table (see the module docstring) and the words outside it; (None, the
    words) where the page has no axis with MIN_ITEMS rounded boxes of text under it. `rules`: the page's
    horizontal rules (height, x0, x1), which may part the lanes."""
    axis = find_axis(words) if MIN_ITEMS <= len(rounded) <= MAX_BOXES else None
    items = chart_items(axis, rounded, words) if axis is not None else []
    if axis is None or len(items) < MIN_ITEMS or len({period_span(b, axis)[0] for b, _ in items}) < 2:
        return None, list(words)  # boxes all in one period: callouts under a row of figures, no chart
    bottom = max(b[3] for b, _ in items)
    labels = lane_labels(axis, words, bottom)
    bounds = lane_bounds(axis, rules, bottom)
    left = min([axis.edges[0], *(w.x0 for w in words if w.x1 <= axis.edges[0] + 1 and w.top >= axis.top - 1
                                 and w.bottom <= bottom + 1)])
    area = (left, axis.top, axis.edges[-1], bottom)
    rest = [w for w in words if not _inside(w, (area[0] - 1, area[1] - 1, area[2] + 1, area[3] + 1))]
    legend = read_legend(rest)
    rows: list[tuple[int, int, float, tuple[str, ...]]] = []
    for box, inside in items:
        lane = lane_of(box, labels, bounds)
        start, end = period_span(box, axis)
        text, tag = box_text(box, inside)
        owner = spell_out(tag, legend) if tag else ""
        rows.append((lane, start, box[1], (labels[lane][2] if lane >= 0 else "", text, owner, axis.labels[end])))
    header = (lane_header(axis.lanes), "Afspraak", "Trekker", "Planning")
    body = tuple(cells for *_, cells in sorted(rows, key=lambda r: r[:3]))
    return Table(page=page, top=area[1], bottom=area[3], x0=area[0], x1=area[2], rows=(header, *body)), rest
