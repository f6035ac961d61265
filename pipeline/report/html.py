"""The report as one self-contained HTML page: inline CSS and SVG charts, links that open each PDF at its page."""

from __future__ import annotations

import html
import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..store import (
    SUMMARY_STATUSES,
    Pair,
    open_store,
    update_lineage,
    write_comparison,
    write_document,
)
from .data import (
    DEFAULT_REVIEW_THRESHOLD,
    NO_THEME,
    ReportData,
    clip,
    in_series,
    load_report,
    pdf_href,
    present,
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

STATUS_COLORS = {"new": "#2e7d32", "dropped": "#6d6d6d", "weakened": "#c62828", "strengthened": "#1565c0"}
YEAR_COLORS = ("#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b", "#4a1486", "#6a51a3")


# --- small pure helpers -------------------------------------------------------------------------------------

def esc(value: Any) -> str:
    """Text for HTML (content and attribute values); None and NaN become empty."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    return html.escape(str(value), quote=True)


def words_to_diff(old: str, new: str) -> tuple[str, str]:
    """Old and new text as HTML with word-level changes marked: removed words in <del>, added in <ins>."""
    return word_diff(old, new, esc, "<del>{}</del>", "<ins>{}</ins>")


def nice_ticks(maximum: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least `maximum` (1, 2, 5 x 10^n steps)."""
    if maximum <= 0:
        return [0, 1]
    raw = maximum / count
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    ticks = [0.0]
    while ticks[-1] < maximum:
        ticks.append(ticks[-1] + step)
    return ticks


def _wrap(label: str, width: int = 16) -> list[str]:
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def svg_grouped_bars(
    categories: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[int]]],
    *,
    title: str,
    ylabel: str,
    data: Sequence[dict[str, str]] = (),
    width: int = 540,
    height: int = 300,
) -> str:
    """An inline SVG bar chart: per category one bar per series, labelled values, axis, gridlines, legend.

    Args:
        categories: x-axis groups (readable labels).
        series: (legend label, colour, one value per category).
        data: per series extra data-* attributes put on its bars (tests read the figures back from them).
    """
    left, right, top, bottom = 44, 12, 56, 58
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((v for _, _, values in series for v in values), default=0)
    ticks = nice_ticks(peak)
    scale = plot_h / ticks[-1]
    group_w = plot_w / max(len(categories), 1)
    bar_w = min(28.0, (group_w - 12) / max(len(series), 1))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}" aria-label="{esc(title)}">',
           f'<title>{esc(title)}</title>',
           f'<text x="{left}" y="18" class="chart-title">{esc(title)}</text>']
    x_legend = left
    for label, color, _ in series:
        out.append(f'<rect x="{x_legend}" y="30" width="11" height="11" fill="{color}"/>'
                   f'<text x="{x_legend + 15}" y="40" class="legend">{esc(label)}</text>')
        x_legend += 22 + 7 * len(label)
    for tick in ticks:
        y = top + plot_h - tick * scale
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" class="tick" text-anchor="end">{tick:g}</text>')
    out.append(f'<text transform="translate(12 {top + plot_h / 2:.0f}) rotate(-90)" class="axis-label" '
               f'text-anchor="middle">{esc(ylabel)}</text>')
    for ci, category in enumerate(categories):
        x0 = left + ci * group_w + (group_w - bar_w * len(series)) / 2
        for si, (label, color, values) in enumerate(series):
            value = values[ci]
            h = value * scale
            x, y = x0 + si * bar_w, top + plot_h - h
            attrs = "".join(f' data-{k}="{esc(v)}"' for k, v in (data[si] if si < len(data) else {}).items())
            out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" '
                       f'fill="{color}" data-category="{esc(category)}" data-value="{value}"{attrs}>'
                       f'<title>{esc(label)}, {esc(category)}: {value}</title></rect>')
            if value:
                out.append(f'<text x="{x + (bar_w - 2) / 2:.1f}" y="{y - 3:.1f}" class="value" '
                           f'text-anchor="middle">{value}</text>')
        for li, line in enumerate(_wrap(category)):
            out.append(f'<text x="{left + (ci + 0.5) * group_w:.1f}" y="{top + plot_h + 16 + 13 * li}" '
                       f'class="tick" text-anchor="middle">{esc(line)}</text>')
    axis_y = top + plot_h
    out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{axis_y}" y2="{axis_y}" class="axis"/>')
    out.append("</svg>")
    return "".join(out)


# --- HTML ---------------------------------------------------------------------------------------------------

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d1d1d;margin:0;
background:#fafafa}main{max-width:1180px;margin:0 auto;padding:24px 28px 60px;background:#fff}
h1{font-size:26px;margin:0 0 6px}h2{font-size:21px;margin:34px 0 10px;border-bottom:2px solid #e0e0e0;
padding-bottom:4px}h3{font-size:17px;margin:24px 0 8px}table{border-collapse:collapse;margin:8px 0 16px;
font-size:13.5px}th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f2f4f7}td.num{text-align:right;font-variant-numeric:tabular-nums}
.prov td:first-child{white-space:nowrap;color:#555}.charts{display:flex;flex-wrap:wrap;gap:18px}
.chart{background:#fff;border:1px solid #e4e4e4;border-radius:6px}.chart .chart-title{font-weight:600;
font-size:14px}.chart .legend,.chart .tick{font-size:11.5px;fill:#333}.chart .value{font-size:11px;
fill:#111}.chart .grid{stroke:#e6e6e6}.chart .axis{stroke:#555}.chart .axis-label{font-size:11.5px;fill:#555}
.change{border:1px solid #e0e0e0;border-left:5px solid #999;border-radius:4px;margin:12px 0;padding:8px 12px}
.change.weakened{border-left-color:#c62828}.change.strengthened{border-left-color:#1565c0}
.change.new{border-left-color:#2e7d32}.change.dropped{border-left-color:#6d6d6d}
.change.unclear{border-left-color:#ef6c00}.change .head{font-size:13px;color:#444;margin-bottom:6px}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;background:#888;font-weight:600;
font-size:12px;margin-right:6px}.badge.weakened{background:#c62828}.badge.strengthened{background:#1565c0}
.badge.new{background:#2e7d32}.badge.dropped{background:#6d6d6d}.badge.unclear{background:#ef6c00}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:14px}.side{background:#fcfcfc;padding:6px 8px;
border-radius:4px}.side .label{font-size:12px;color:#666}del{background:#ffd7d5;color:#8b0000}
ins{background:#d4f5d4;color:#0b5d0b;text-decoration:none}.reasons{margin:6px 0 0;font-size:13.5px}
.empty{color:#888;font-style:italic}details summary{cursor:pointer;color:#333;margin:8px 0}
a{color:#0b57d0}@media print{.change{break-inside:avoid}}
"""


def render_html(data: ReportData, *, report_dir: Path,
                review_threshold: float = DEFAULT_REVIEW_THRESHOLD) -> str:
    """The whole report as one self-contained HTML page (no network needed to view it)."""
    title = "Prestatieafspraken: changes between years"
    parts = [
        "<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body><main>",
        f"<h1>{esc(title)}</h1>",
        '<table class="prov"><tbody>',
        *(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in provenance_rows(data)),
        "</tbody></table>",
        _html_documents(data, report_dir),
        "<h2>Per theme and year</h2>",
    ]
    if not len(data.summary):
        parts.append('<p class="empty">No prestatieafspraken in the selection.</p>')
    for key in series_keys(data):
        parts.append(_html_series_summary(data, key))
    parts.append(_html_changes(data, report_dir))
    parts.append(_html_review(data, report_dir, review_threshold))
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _html_documents(data: ReportData, report_dir: Path) -> str:
    rows = []
    for d in data.documents.itertuples():
        href = pdf_href(d.path, None, report_dir)
        name = f'<a href="{esc(href)}">{esc(d.name)}</a>' if href else esc(d.name)
        rows.append(f"<tr><td>{esc(series_name(d.gemeente or '', d.corporatie or ''))}</td><td>{name}</td>"
                    f"<td>{esc(d.type)}</td><td class=num>{esc(d.year)}</td><td class=num>{esc(d.pages)}</td>"
                    f"<td class=num>{esc(d.n_afspraken)}</td><td><code>{esc(d.sha256[:12])}</code></td></tr>")
    return ("<h2>Inputs</h2><table><thead><tr><th>Series</th><th>Document</th><th>Type</th><th>Year</th>"
            "<th>Pages</th><th>Afspraken</th><th>sha256</th></tr></thead><tbody>" + "".join(rows)
            + "</tbody></table>")


def _html_series_summary(data: ReportData, key: tuple[str, str]) -> str:
    summary = in_series(data.summary, key)
    if not len(summary):
        return ""
    years = sorted(int(y) for y in summary["year"].dropna().unique())
    themes = themes_in(summary)
    labels = [theme_label(t) for t in themes]
    series_id = f"{key[0]}|{key[1]}"

    def value(theme: str, year: int, column: str) -> int:
        hit = summary[(summary["theme"] == theme) & (summary["year"] == year)]
        return int(hit[column].sum()) if len(hit) else 0

    charts = [svg_grouped_bars(
        labels, [(str(y), YEAR_COLORS[i % len(YEAR_COLORS)], [value(t, y, "afspraken") for t in themes])
                 for i, y in enumerate(years)],
        title="Afspraken per theme and year", ylabel="afspraken",
        data=[{"series": series_id, "year": str(y), "status": "afspraken"} for y in years])]
    pairs = in_series(data.changes, key)
    pairs = pairs[pairs["pair_kind"] == "consecutive"][["old_year", "new_year"]].drop_duplicates()
    for old_year, new_year in sorted(pairs.itertuples(index=False, name=None)):
        charts.append(svg_grouped_bars(
            labels,
            [(s, STATUS_COLORS[s], [value(t, int(new_year), s) for t in themes]) for s in SUMMARY_STATUSES],
            title=f"Changes {old_year} → {new_year} per theme", ylabel="changes",
            data=[{"series": series_id, "year": str(int(new_year)), "status": s} for s in SUMMARY_STATUSES]))
    head = "".join(f"<th>{esc(c)}</th>" for c in ("Theme", "Year", "Afspraken", *SUMMARY_STATUSES))
    body = "".join(
        f"<tr><td>{esc(theme_label(r.theme))}</td><td class=num>{esc(r.year)}</td>"
        + "".join(f"<td class=num>{int(getattr(r, c))}</td>" for c in ("afspraken", *SUMMARY_STATUSES))
        + "</tr>"
        for r in summary.itertuples())
    return (f"<h3>{esc(series_name(*key))}</h3><div class=charts>{''.join(charts)}</div>"
            f"<table class=summary><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _side_html(label: str, number: Any, page: Any, path: Any, body: str, report_dir: Path) -> str:
    href = pdf_href(path, page, report_dir)
    where = f"{Path(path).name if isinstance(path, str) else ''}, p. {esc(page)}" if present(page) else ""
    link = f' <a href="{esc(href)}">{esc(where)}</a>' if href and where else ""
    nr = f" {esc(number)}" if present(number) else ""
    return (f'<div class=side><div class=label>{esc(label)}{nr}{link}</div>'
            f'<div>{body or "<span class=empty>—</span>"}</div></div>')


def _reasons_html(reasons: Any) -> str:
    items = json.loads(reasons) if isinstance(reasons, str) and reasons else []
    if not items:
        return ""
    lis = "".join(
        f"<li><b>{esc(r.get('kind'))}</b>: {esc(r.get('explanation'))}"
        + (f" ({esc(r.get('old'))} → {esc(r.get('new'))})" if r.get("old") or r.get("new") else "") + "</li>"
        for r in items)
    return f"<ul class=reasons>{lis}</ul>"


def _change_html(c: Any, report_dir: Path) -> str:
    old_html, new_html = words_to_diff(c.old_text if isinstance(c.old_text, str) else "",
                                       c.new_text if isinstance(c.new_text, str) else "")
    similarity = f", similarity {c.similarity:.2f}" if present(c.similarity) else ""
    kind = "bod → agreement" if c.pair_kind == "bod" else "consecutive years"
    return (
        f'<article class="change {esc(c.status)}" id="c-{esc(c.change_id)}">'
        f'<div class=head><span class="badge {esc(c.status)}">{esc(c.status)}</span>'
        f"{esc(series_name(c.gemeente or '', c.corporatie or ''))}, {esc(c.old_year)} → {esc(c.new_year)} "
        f"({kind}{similarity})</div>"
        f"<div class=sides>"
        f"{_side_html(str(c.old_year), c.old_number, c.old_page, c.old_path, old_html, report_dir)}"
        f"{_side_html(str(c.new_year), c.new_number, c.new_page, c.new_path, new_html, report_dir)}</div>"
        f"{_reasons_html(c.reasons)}</article>"
    )


def _html_changes(data: ReportData, report_dir: Path) -> str:
    parts = ["<h2>Changes by theme</h2>"]
    changes = data.changes.assign(theme=data.changes["theme"].fillna(NO_THEME))
    if not len(changes):
        parts.append('<p class="empty">No comparisons stored for this selection: '
                     "run `afspraken changes`.</p>")
    for theme in themes_in(changes):
        group = sorted_changes(changes[changes["theme"] == theme])
        quiet = group[group["status"] == "unchanged"]
        loud = group[group["status"] != "unchanged"]
        counts = ", ".join(f"{n} {s}" for s, n in group["status"].value_counts().items())
        parts.append(f"<h3>{esc(theme_label(theme))} <small>({esc(counts)})</small></h3>")
        parts.extend(_change_html(c, report_dir) for c in loud.itertuples())
        if len(quiet):
            parts.append(f"<details><summary>{len(quiet)} unchanged</summary>"
                         + "".join(_change_html(c, report_dir) for c in quiet.itertuples()) + "</details>")
    return "\n".join(parts)


def _html_review(data: ReportData, report_dir: Path, threshold: float) -> str:
    parts = ["<h2>To review</h2>"]
    unsure = review_afspraken(data, threshold)
    unclear = review_changes(data)
    unthemed = int(data.afspraken["theme"].isna().sum())
    if unthemed:
        parts.append(f"<p>{unthemed} afspraken have no theme (no theme model when they were ingested).</p>")
    parts.append(f"<h3>Theme uncertain (score below {threshold:g}): {len(unsure)}</h3>")
    if len(unsure):
        rows = "".join(
            f"<tr><td>{esc(a.doc_name)}</td><td>"
            + (f'<a href="{esc(pdf_href(a.doc_path, a.page, report_dir))}">p. {esc(a.page)}</a>')
            + f"</td><td>{esc(a.number)}</td><td>{esc(theme_label(a.theme))}</td>"
              f"<td class=num>{a.theme_score:.2f}</td><td>{esc(a.text)}</td></tr>"
            for a in unsure.itertuples())
        parts.append("<table><thead><tr><th>Document</th><th>Page</th><th>Nr</th><th>Theme</th><th>Score</th>"
                     f"<th>Text</th></tr></thead><tbody>{rows}</tbody></table>")
    parts.append(f"<h3>Unclear changes: {len(unclear)}</h3>")
    if len(unclear):
        parts.append("<ul>" + "".join(
            f'<li><a href="#c-{esc(c.change_id)}">{esc(series_name(c.gemeente or "", c.corporatie or ""))} '
            f"{esc(c.old_year)} → {esc(c.new_year)}: {esc(clip(c.new_text or c.old_text))}</a></li>"
            for c in unclear.itertuples()) + "</ul>")
    return "\n".join(parts)


def comparison_html(comparison: Any, *, report_dir: Path,
                    review_threshold: float = DEFAULT_REVIEW_THRESHOLD) -> str:
    """The HTML report for one comparison made in memory (`afspraken compare --format html`).

    The two documents and their changes go through a temporary store, so this report is the same one
    `afspraken report` writes for a stored series.
    """
    with tempfile.TemporaryDirectory(prefix="afspraken-compare-") as tmp:
        db = Path(tmp) / "compare.duckdb"
        old, new = comparison.old, comparison.new
        with open_store(db) as store:
            write_document(store, old)
            write_document(store, new)
            kind = "bod" if old.meta.type == "bod" else "consecutive"
            pair = Pair(old.meta.sha256[:12], new.meta.sha256[:12], kind,
                        (new.meta.gemeenten or (None,))[0], (new.meta.corporaties or (None,))[0],
                        old.meta.year, new.meta.year)
            write_comparison(store, pair, comparison)
            update_lineage(store)
        return render_html(load_report(db), report_dir=report_dir, review_threshold=review_threshold)
