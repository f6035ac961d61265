"""The report as Markdown: provenance, counts per theme and year, changes with word diffs, review list."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..store import (
    SUMMARY_STATUSES,
)
from .data import (
    DEFAULT_REVIEW_THRESHOLD,
    NO_THEME,
    ReportData,
    cell,
    clip,
    in_series,
    pdf_href,
    provenance_rows,
    review_afspraken,
    review_changes,
    series_keys,
    series_name,
    sorted_changes,
    theme_label,
    themes_in,
    word_diff,
)


def words_to_markdown_diff(old: str, new: str) -> tuple[str, str]:
    """The same word diff for Markdown: removed words ~~struck~~, added words **bold**."""
    return word_diff(old, new, md_escape, "~~{}~~", "**{}**")


def md_escape(text: str) -> str:
    return re.sub(r"([\\`*_~\[\]<>|#])", r"\\\1", text)


# --- Markdown -----------------------------------------------------------------------------------------------

def render_markdown(data: ReportData, *, report_dir: Path,
                    review_threshold: float = DEFAULT_REVIEW_THRESHOLD) -> str:
    """The report as Markdown: provenance, counts per theme and year, changes with word diffs, review list."""
    out = ["# Prestatieafspraken: changes between years", ""]
    out += [f"- **{md_escape(k)}**: {md_escape(v)}" for k, v in provenance_rows(data)] + [""]
    out += ["## Inputs", "", "| Series | Document | Type | Year | Afspraken | sha256 |",
            "|---|---|---|---:|---:|---|"]
    out += [f"| {md_escape(series_name(d.gemeente or '', d.corporatie or ''))} "
            f"| {_md_link(d.name, d.path, None, report_dir)} | {d.type} | {cell(d.year)} | {d.n_afspraken} "
            f"| `{d.sha256[:12]}` |" for d in data.documents.itertuples()]
    out += ["", "## Per theme and year", ""]
    for key in series_keys(data):
        summary = in_series(data.summary, key)
        if not len(summary):
            continue
        out += [f"### {md_escape(series_name(*key))}", "",
                "| Theme | Year | Afspraken | " + " | ".join(SUMMARY_STATUSES) + " |",
                "|---|---:|---:|" + "---:|" * len(SUMMARY_STATUSES)]
        out += [f"| {theme_label(r.theme)} | {cell(r.year)} | {r.afspraken} | "
                + " | ".join(str(getattr(r, s)) for s in SUMMARY_STATUSES) + " |"
                for r in summary.itertuples()]
        out.append("")
    out += ["## Changes by theme", ""]
    changes = data.changes.assign(theme=data.changes["theme"].fillna(NO_THEME))
    for theme in themes_in(changes):
        out += [f"### {theme_label(theme)}", ""]
        for c in sorted_changes(changes[changes["theme"] == theme]).itertuples():
            old, new = words_to_markdown_diff(c.old_text if isinstance(c.old_text, str) else "",
                                              c.new_text if isinstance(c.new_text, str) else "")
            out.append(f"#### {c.status}: {md_escape(series_name(c.gemeente or '', c.corporatie or ''))}, "
                       f"{cell(c.old_year)} → {cell(c.new_year)} <a id=\"c-{c.change_id}\"></a>")
            out.append("")
            for year, page, path, text in ((c.old_year, c.old_page, c.old_path, old),
                                           (c.new_year, c.new_page, c.new_path, new)):
                if text:
                    link = _md_link("p. " + cell(page), path, page, report_dir)
                    out.append(f"- **{cell(year)}** ({link}): {text}")
            for r in json.loads(c.reasons) if isinstance(c.reasons, str) and c.reasons else []:
                out.append(f"  - *{r.get('kind')}*: {md_escape(str(r.get('explanation') or ''))}")
            out.append("")
    out += ["## To review", ""]
    for a in review_afspraken(data, review_threshold).itertuples():
        link = _md_link(f"{a.doc_name} p. {a.page}", a.doc_path, a.page, report_dir)
        out.append(f"- theme {theme_label(a.theme)} ({a.theme_score:.2f}), {link}: {md_escape(clip(a.text))}")
    for c in review_changes(data).itertuples():
        out.append(f"- unclear change {md_escape(series_name(c.gemeente or '', c.corporatie or ''))} "
                   f"{cell(c.old_year)} → {cell(c.new_year)}: {md_escape(clip(c.new_text or c.old_text))}")
    return "\n".join(out) + "\n"


def _md_link(text: str, path: Any, page: Any, report_dir: Path) -> str:
    href = pdf_href(path, page, report_dir)
    return f"[{md_escape(text)}]({href})" if href else md_escape(text)
