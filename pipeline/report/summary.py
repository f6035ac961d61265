"""What a report says first (the Samenvatting), filters on what it shows, and where its page links point.

The newest pair of years of each series is the headline: its counts per status and per theme; then the
weakened and dropped afspraken of every pair, newest year first, each with its reason and page link.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pandas as pd

from ..types import STATUS_ORDER, THEMES
from .data import ReportData, present
from .i18n import STATUS_LABELS, THEME_NAMES

HEADLINE_STATUSES = ("weakened", "dropped", "new", "strengthened", "modified", "unclear", "reworded",
                     "unchanged")
QUIET_STATUSES = ("reworded", "unchanged")
ALERT_STATUSES = ("weakened", "dropped")


@dataclass(frozen=True, slots=True)
class PairCounts:
    """One compared pair of years of a series, with how many changes of each status it holds."""

    gemeente: str
    corporatie: str
    kind: str
    old_year: int | None
    new_year: int | None
    counts: dict[str, int]


def _year(value: Any) -> int | None:
    return int(value) if present(value) else None


def pairs_newest_first(changes: pd.DataFrame) -> list[PairCounts]:
    """Every compared pair in the changes, newest year first (consecutive years before a bod)."""
    if not len(changes):
        return []
    keys = ["gemeente", "corporatie", "pair_kind", "old_year", "new_year"]
    frame = changes.assign(gemeente=changes["gemeente"].fillna(""), corporatie=changes["corporatie"].fillna(""))
    out = []
    for key, group in frame.groupby(keys, dropna=False, sort=False):
        counts = group["status"].value_counts()
        out.append(PairCounts(str(key[0]), str(key[1]), str(key[2]), _year(key[3]), _year(key[4]),
                              {s: int(counts.get(s, 0)) for s in STATUS_ORDER}))
    return sorted(out, key=lambda p: (-(p.new_year or 0), p.kind != "consecutive", p.gemeente, p.corporatie))


def newest_pairs(changes: pd.DataFrame) -> list[PairCounts]:
    """Per series its newest pair of consecutive years (its newest bod pair where it has none)."""
    chosen: dict[tuple[str, str], PairCounts] = {}
    for pair in pairs_newest_first(changes):
        key = (pair.gemeente, pair.corporatie)
        if key not in chosen or chosen[key].kind != "consecutive" and pair.kind == "consecutive":
            chosen[key] = pair
    return sorted(chosen.values(), key=lambda p: (p.gemeente, p.corporatie))


def total_counts(pairs: list[PairCounts]) -> dict[str, int]:
    """The counts of several pairs added up."""
    return {s: sum(p.counts.get(s, 0) for p in pairs) for s in STATUS_ORDER}


def in_pairs(changes: pd.DataFrame, pairs: list[PairCounts]) -> pd.DataFrame:
    """The changes that belong to the given pairs."""
    if not len(changes) or not pairs:
        return changes.iloc[0:0]
    wanted = {(p.gemeente, p.corporatie, p.kind, p.old_year, p.new_year) for p in pairs}
    keys = zip(changes["gemeente"].fillna(""), changes["corporatie"].fillna(""), changes["pair_kind"],
               changes["old_year"].map(_year), changes["new_year"].map(_year), strict=True)
    return changes[[k in wanted for k in keys]]


def theme_status_counts(changes: pd.DataFrame) -> pd.DataFrame:
    """Changes per theme (rows, in the usual theme order) and status (columns, headline order)."""
    if not len(changes):
        return pd.DataFrame(columns=list(HEADLINE_STATUSES))
    themed = changes.assign(theme=changes["theme"].fillna("(geen thema)"))
    table = pd.crosstab(themed["theme"], themed["status"])
    order = [t for t in (*THEMES, "(geen thema)") if t in table.index] + sorted(
        set(table.index) - {*THEMES, "(geen thema)"})
    return table.reindex(index=order, columns=list(HEADLINE_STATUSES), fill_value=0)


def alerts(changes: pd.DataFrame) -> pd.DataFrame:
    """Weakened and dropped afspraken, newest year first, weakened before dropped, consecutive before bod."""
    hits = changes[changes["status"].isin(ALERT_STATUSES)]
    if not len(hits):
        return hits
    return hits.assign(_kind=hits["pair_kind"] != "consecutive",
                       _rank=hits["status"].map(ALERT_STATUSES.index)).sort_values(
        ["new_year", "_kind", "gemeente", "corporatie", "_rank", "seq"],
        ascending=[False, True, True, True, True, True], na_position="last").drop(columns=["_kind", "_rank"])


# --- filters ------------------------------------------------------------------------------------------------

def resolve_statuses(values: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Statuses named in Dutch or English (`afgezwakt`, `weakened`) as stored slugs; ValueError if unknown."""
    if not values:
        return None
    words = {w.casefold(): slug for labels in STATUS_LABELS.values() for slug, w in labels.items()}
    out = []
    for value in values:
        slug = words.get(value.strip().casefold())
        if slug is None:
            raise ValueError(f"unknown status {value!r}: choose from {', '.join(STATUS_LABELS['nl'].values())}")
        out.append(slug)
    return tuple(out)


def resolve_themes(values: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Themes named by slug, by words or by the start of either (`duurzaam`); ValueError if unknown or vague."""
    if not values:
        return None
    names = {slug: {slug.casefold(), *(n[slug].casefold() for n in THEME_NAMES.values())} for slug in THEMES}
    out = []
    for value in values:
        v = value.strip().casefold()
        hits = [slug for slug, words in names.items() if any(w.startswith(v) for w in words)]
        if len(hits) != 1:
            raise ValueError(f"{'unknown' if not hits else 'ambiguous'} theme {value!r}: choose from "
                             f"{', '.join(THEMES)}")
        out.append(hits[0])
    return tuple(out)


def filter_report(data: ReportData, statuses: tuple[str, ...] | None = None,
                  themes: tuple[str, ...] | None = None) -> ReportData:
    """The report limited to changes of these statuses and afspraken and changes of these themes."""
    changes, afspraken = data.changes, data.afspraken
    if statuses:
        changes = changes[changes["status"].isin(statuses)]
    if themes:
        changes = changes[changes["theme"].isin(themes)]
        afspraken = afspraken[afspraken["theme"].isin(themes)]
        summary = data.summary[data.summary["theme"].isin(themes)]
    else:
        summary = data.summary
    return replace(data, changes=changes.reset_index(drop=True), afspraken=afspraken.reset_index(drop=True),
                   summary=summary.reset_index(drop=True))


# --- links --------------------------------------------------------------------------------------------------

class Links:
    """Where a report's page links point.

    By default absolute `file://` URLs: a report moved, copied or mailed on the same machine or to a colleague
    with the same shared drive keeps working links, where links relative to the report break as soon as the
    report leaves its folder. `link_base` (a URL or folder) replaces the documents' common folder, for PDFs
    published on an intranet or a share mounted elsewhere; `relative` gives links relative to `report_dir`.
    """

    def __init__(self, documents: pd.DataFrame, report_dir: Path, link_base: str | None = None) -> None:
        self.report_dir = report_dir
        self.base = link_base
        paths = [p for p in documents["path"] if isinstance(p, str) and p] if len(documents) else []
        self.root = os.path.commonpath([os.path.dirname(p) for p in paths]) if paths else ""

    def href(self, path: Any, page: Any = None) -> str | None:
        """The link to a PDF (at a page), or None without a path."""
        if not isinstance(path, str) or not path:
            return None
        anchor = f"#page={int(page)}" if present(page) else ""
        if self.base == "relative":
            try:
                return quote(Path(os.path.relpath(path, self.report_dir.resolve())).as_posix()) + anchor
            except ValueError:  # another drive on Windows
                return Path(path).resolve().as_uri() + anchor
        if self.base:
            rel = os.path.relpath(path, self.root) if self.root else Path(path).name
            return self.base.rstrip("/") + "/" + quote(Path(rel).as_posix()) + anchor
        return Path(path).absolute().as_uri() + anchor
