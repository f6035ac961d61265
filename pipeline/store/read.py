"""Reading the store back as DataFrames, limited to a selection of series and years."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from .schema import Selection, Store

# --- reading back -------------------------------------------------------------------------------------------

FRAMES = ("documents", "afspraken", "changes", "comparisons", "runs", "summary")


def read_frame(store: Store, name: str, selection: Selection | None = None) -> pd.DataFrame:
    """One table as a DataFrame, limited to the selected series and years.

    documents, afspraken (v_afspraken), changes (v_changes), comparisons, runs, summary (afspraken and change
    counts per series, year and theme).
    """
    sel = selection or Selection()
    if name == "summary":
        return summary_frame(read_frame(store, "afspraken", sel), read_frame(store, "changes", sel))
    if name == "runs":
        return runs_frame(store.con.execute("SELECT * FROM runs ORDER BY started_at").df())
    table, order, years = {
        "documents": ("documents", "gemeente, corporatie, year, type, name", ("year",)),
        "afspraken": ("v_afspraken", "gemeente, corporatie, year, doc_name, seq", ("year",)),
        # A pair belongs to the year it leads into: --from 2024 --to 2024 means the changes into 2024.
        "changes": ("v_changes", "gemeente, corporatie, new_year, old_year, pair_kind, seq", ("new_year",)),
        "comparisons": ("comparisons", "gemeente, corporatie, new_year, kind", ("new_year",)),
    }.get(name, (None, None, ()))
    if table is None:
        raise ValueError(f"unknown frame {name!r}; choose from {', '.join(FRAMES)}")
    where, params = _where(sel, years)
    return store.con.execute(f"SELECT * FROM {table}{where} ORDER BY {order}", params).df()


def runs_frame(runs: pd.DataFrame) -> pd.DataFrame:
    """The runs with their times as Timestamps or None: a run that never finished (Ctrl-C, kill -9) has no
    finished_at, and pandas' NaT in its place would pass for a time until strftime fails (issue #23)."""
    for column in ("started_at", "finished_at"):
        values = runs[column].astype(object)
        runs[column] = values.where(runs[column].notna(), None)
    return runs


def _where(sel: Selection, year_columns: Sequence[str]) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("gemeente", sel.gemeente), ("corporatie", sel.corporatie)):
        if value is not None:
            clauses.append(f"lower({column}) = lower(?)")
            params.append(value.strip())
    for column in year_columns:
        if sel.year_from is not None:
            clauses.append(f"{column} >= ?")
            params.append(sel.year_from)
        if sel.year_to is not None:
            clauses.append(f"{column} <= ?")
            params.append(sel.year_to)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


SUMMARY_STATUSES = ("new", "dropped", "weakened", "strengthened")


def summary_frame(afspraken: pd.DataFrame, changes: pd.DataFrame) -> pd.DataFrame:
    """Per series, year and theme: afspraken in that year's agreement and its changes since the previous one.

    Only prestatieafspraken documents and consecutive pairs count (a bod or kennisgeving would double-count).
    """
    keys = ["gemeente", "corporatie", "year", "theme"]
    agreements = afspraken[afspraken["doc_type"] == "prestatieafspraken"]
    consecutive = changes[changes["pair_kind"] == "consecutive"].rename(columns={"new_year": "year"})
    parts = [_count(agreements, keys, "afspraken")]
    parts += [_count(consecutive[consecutive["status"] == s], keys, s) for s in SUMMARY_STATUSES]
    frame = pd.concat(parts, axis=1).fillna(0).astype("int64").reset_index()
    return frame.sort_values(keys, na_position="last", ignore_index=True)


def _count(frame: pd.DataFrame, keys: list[str], name: str) -> pd.Series:
    """Rows per key (a missing theme counted as "(geen thema)"), as a Series indexed by the keys."""
    frame = frame.assign(theme=frame["theme"].fillna("(geen thema)"),
                         year=frame["year"].astype("Int64"),
                         gemeente=frame["gemeente"].fillna(""), corporatie=frame["corporatie"].fillna(""))
    return frame.groupby(keys, dropna=False).size().rename(name)
