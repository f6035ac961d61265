"""What every report shows, read from the store once (`ReportData`), and the helpers the formats share."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pandas as pd

from ..provenance import tool_version
from ..store import (
    DEFAULT_LOCK_TIMEOUT,
    Selection,
    open_store,
    read_frame,
)
from ..types import STATUS_ORDER, THEMES
from .i18n import t

DEFAULT_REVIEW_THRESHOLD = 0.5
FORMATS = ("html", "md", "xlsx", "csv")
TABLES = ("documents", "afspraken", "changes", "summary", "runs")
NO_THEME = "(geen thema)"
THEME_LABELS = {
    "beschikbaarheid_betaalbaarheid": "Beschikbaarheid en betaalbaarheid",
    "duurzaamheid_klimaat": "Duurzaamheid en klimaat",
    "kwaliteit": "Kwaliteit",
    "leefbaarheid": "Leefbaarheid",
    "overig": "Overig (proces)",
    NO_THEME: "Geen thema",
}


@dataclass(frozen=True, slots=True)
class ReportData:
    """Everything a report shows, read from the store once."""

    selection: Selection
    documents: pd.DataFrame
    afspraken: pd.DataFrame
    changes: pd.DataFrame
    summary: pd.DataFrame
    runs: pd.DataFrame
    generated_at: datetime
    tool_version: str
    db_path: str

    def frames(self) -> dict[str, pd.DataFrame]:
        return {"documents": self.documents, "afspraken": self.afspraken, "changes": self.changes,
                "summary": self.summary, "runs": self.runs}


def load_report(db_path: str | Path, selection: Selection | None = None, *,
                lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> ReportData:
    """Read the selected series from the store, with the runs that produced them.

    Raises:
        StoreError: no database, or it cannot be opened.
    """
    sel = selection or Selection()
    with open_store(db_path, read_only=True, timeout=lock_timeout) as store:
        documents = read_frame(store, "documents", sel)
        afspraken = read_frame(store, "afspraken", sel)
        changes = read_frame(store, "changes", sel)
        summary = read_frame(store, "summary", sel)
        runs = read_frame(store, "runs")
    used = set(documents["run_id"].dropna()) | set(changes["run_id"].dropna())
    runs = runs[runs["run_id"].isin(used)].reset_index(drop=True)
    return ReportData(sel, documents, afspraken, changes, summary, runs, datetime.now(UTC), tool_version(),
                      str(db_path))


def theme_label(theme: Any) -> str:
    """A theme's readable name."""
    key = theme if present(theme) else NO_THEME
    return THEME_LABELS.get(str(key), str(key))


def word_diff(old: str, new: str, escape: Any, removed: str, added: str) -> tuple[str, str]:
    """Old and new text with word-level changes marked; `removed`/`added` are formats with one {} slot."""
    a, b = (old or "").split(), (new or "").split()
    left: list[str] = []
    right: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        old_part, new_part = escape(" ".join(a[i1:i2])), escape(" ".join(b[j1:j2]))
        if op == "equal":
            left.append(old_part)
            right.append(new_part)
            continue
        if old_part:
            left.append(removed.format(old_part))
        if new_part:
            right.append(added.format(new_part))
    return " ".join(left), " ".join(right)


def pdf_href(pdf_path: Any, page: Any, report_dir: Path) -> str | None:
    """A link to a PDF page relative to the report's folder: `../pdf/x.pdf#page=4`."""
    if not isinstance(pdf_path, str) or not pdf_path:
        return None
    try:
        rel = os.path.relpath(pdf_path, report_dir.resolve())
    except ValueError:  # another drive on Windows: fall back to an absolute file URL
        return Path(pdf_path).resolve().as_uri() + (f"#page={int(page)}" if present(page) else "")
    href = quote(Path(rel).as_posix())
    return href + (f"#page={int(page)}" if present(page) else "")


def present(value: Any) -> bool:
    return value is not None and value is not pd.NA and not (isinstance(value, float) and value != value)


# --- shaping the data ---------------------------------------------------------------------------------------

def series_keys(data: ReportData) -> list[tuple[str, str]]:
    """The (gemeente, corporatie) series in the report, sorted."""
    keys = {(g or "", c or "") for g, c in zip(data.documents["gemeente"], data.documents["corporatie"],
                                              strict=True)}
    return sorted(keys)


def series_name(gemeente: str, corporatie: str) -> str:
    return f"{gemeente or '?'} – {corporatie or '?'}"


def in_series(frame: pd.DataFrame, key: tuple[str, str]) -> pd.DataFrame:
    return frame[(frame["gemeente"].fillna("") == key[0]) & (frame["corporatie"].fillna("") == key[1])]


def themes_in(frame: pd.DataFrame) -> list[str]:
    present = set(frame["theme"].dropna()) if len(frame) else set()
    return [t for t in (*THEMES, NO_THEME) if t in present] + sorted(present - {*THEMES, NO_THEME})


def review_afspraken(data: ReportData, threshold: float) -> pd.DataFrame:
    """Afspraken whose theme the model was unsure of (score below the threshold)."""
    a = data.afspraken
    return a[a["theme_score"].notna() & (a["theme_score"] < threshold)]


def review_changes(data: ReportData) -> pd.DataFrame:
    """Changes that compare could not call (status unclear)."""
    return data.changes[data.changes["status"] == "unclear"]


def sorted_changes(changes: pd.DataFrame) -> pd.DataFrame:
    rank = {s: i for i, s in enumerate(STATUS_ORDER)}
    return changes.assign(_rank=changes["status"].map(lambda s: rank.get(s, 99))).sort_values(
        ["gemeente", "corporatie", "new_year", "pair_kind", "_rank", "seq"], na_position="last")


def provenance_rows(data: ReportData, lang: str = "nl") -> list[tuple[str, str]]:
    """Where the report comes from: the tool, the selection, and each run (with its model) that made it."""
    rows = [(t("report", lang), f"afspraken {data.tool_version}, {data.generated_at:%Y-%m-%d %H:%M} UTC, "
                                f"{t('from_db', lang)} {Path(data.db_path).name}"),
            (t("selection", lang), ", ".join(f"{k}={v}" for k, v in data.selection.to_dict().items()
                                            if v is not None) or t("everything", lang))]
    for run in data.runs.itertuples():
        model = run.model_version or "none"
        if run.model_checksum:
            model += f" (checksum {str(run.model_checksum)[:16]}…)"
        finished = (run.finished_at.strftime("%Y-%m-%d %H:%M") if present(run.finished_at)
                    else t("interrupted", lang))
        started = run.started_at.strftime("%Y-%m-%d %H:%M") if present(run.started_at) else "?"
        rows.append((f"{t('run', lang)} {run.run_id}",
                     f"{run.command}, afspraken {run.tool_version}, theme model {model}, "
                     f"started {started} UTC, finished {finished}"))
    return rows


def clip(text: Any, n: int = 140) -> str:
    text = text if isinstance(text, str) else ""
    return text if len(text) <= n else text[: n - 1] + "…"


def cell(value: Any) -> str:
    if not present(value):
        return ""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
