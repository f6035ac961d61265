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
    ReportData,
    clip,
    in_series,
    load_report,
    present,
    provenance_rows,
    review_afspraken,
    review_changes,
    series_keys,
    series_name,
    sorted_changes,
    themes_in,
    word_diff,
)
from .i18n import DEFAULT_LANG, reason_kind, status_label, t, theme_name, type_name
from .summary import (
    HEADLINE_STATUSES,
    QUIET_STATUSES,
    Links,
    alerts,
    in_pairs,
    newest_pairs,
    pairs_newest_first,
    theme_status_counts,
    total_counts,
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
.meta{color:#555;font-size:13px;margin:0 0 4px}.samenvatting h2{margin-top:14px}
table.headline td.s-weakened,table.headline td.s-dropped{font-weight:700}
table.headline th.s-weakened,table.headline td.s-weakened{color:#c62828}tr.total td{font-weight:600;background:#f6f6f6}
ul.alerts{padding-left:18px;font-size:14px}ul.alerts li{margin:3px 0}.why{color:#444}a.more{text-decoration:none}
nav.toc ol{columns:2;font-size:14px}nav.toc li.sub{margin-left:14px}
details>summary>h2,details>summary>h3{display:inline}details.pair{margin:10px 0 18px}
details.pair>summary{font-weight:600;font-size:16px}details.quiet>summary{color:#555}
"""


def render_html(data: ReportData, *, report_dir: Path, review_threshold: float = DEFAULT_REVIEW_THRESHOLD,
                lang: str = DEFAULT_LANG, link_base: str | None = None, filtered: str = "") -> str:
    """The whole report as one self-contained HTML page (no network needed to view it, no JavaScript).

    It opens with the Samenvatting (the newest pair of years of each series, then the weakened and dropped
    afspraken), a contents list, and then collapsible sections per series and pair of years.
    """
    links = Links(data.documents, report_dir, link_base)
    title = t("title", lang)
    series = series_keys(data)
    contents = [("samenvatting", t("summary", lang)), ("wijzigingen", t("changes_per_series", lang))]
    contents += [(f"reeks-{i}", series_name(*key)) for i, key in enumerate(series)]
    contents += [("controle", t("review", lang)), ("verantwoording", t("provenance", lang))]
    toc = "".join(f'<li{" class=sub" if a.startswith("reeks-") else ""}><a href="#{a}">{esc(label)}</a></li>'
                  for a, label in contents)
    parts = [
        "<!DOCTYPE html>", f'<html lang="{esc(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body><main>",
        f"<h1>{esc(title)}</h1>",
        f'<p class=meta>{esc(_meta_line(data, lang))}</p>',
        f'<p class=meta>{esc(t("filtered", lang, what=filtered))}</p>' if filtered else "",
        html_summary(data, links, lang),
        f'<nav class=toc id=inhoud><h2>{esc(t("contents", lang))}</h2><ol>{toc}</ol></nav>',
        _html_changes(data, links, lang, series),
        _html_review(data, links, review_threshold, lang),
        f'<section id=verantwoording><details><summary><h2>{esc(t("provenance", lang))}</h2></summary>',
        '<table class="prov"><tbody>',
        *(f"<tr><td>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in provenance_rows(data, lang)),
        "</tbody></table>", _html_documents(data, links, lang), "</details></section>",
        "</main></body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _meta_line(data: ReportData, lang: str) -> str:
    chosen = ", ".join(f"{k}={v}" for k, v in data.selection.to_dict().items() if v is not None)
    return (f"{t('selection', lang)}: {chosen or t('everything', lang)}; {len(data.documents)} "
            f"{t('inputs', lang).lower()}; {t('generated', lang)} {data.generated_at:%Y-%m-%d %H:%M} UTC "
            f"{t('from_db', lang)} {Path(data.db_path).name}")


def _html_documents(data: ReportData, links: Links, lang: str) -> str:
    rows = []
    for d in data.documents.itertuples():
        href = links.href(d.path)
        name = f'<a href="{esc(href)}">{esc(d.name)}</a>' if href else esc(d.name)
        rows.append(f"<tr><td>{esc(series_name(d.gemeente or '', d.corporatie or ''))}</td><td>{name}</td>"
                    f"<td>{esc(type_name(d.type, lang))}</td><td class=num>{esc(d.year)}</td>"
                    f"<td class=num>{esc(d.pages)}</td><td class=num>{esc(d.n_afspraken)}</td>"
                    f"<td><code>{esc(d.sha256[:12])}</code></td></tr>")
    head = "".join(f"<th>{esc(h)}</th>" for h in (t("series", lang), t("document", lang), t("type", lang),
                                                    t("year", lang), t("pages", lang), t("afspraken", lang),
                                                    "sha256"))
    return (f'<h3>{esc(t("inputs", lang))}</h3><table><thead><tr>{head}</tr></thead><tbody>' + "".join(rows)
            + "</tbody></table>")


def _html_series_summary(data: ReportData, key: tuple[str, str], lang: str) -> str:
    summary = in_series(data.summary, key)
    if not len(summary):
        return ""
    years = sorted(int(y) for y in summary["year"].dropna().unique())
    themes = themes_in(summary)
    labels = [theme_name(x, lang) for x in themes]
    series_id = f"{key[0]}|{key[1]}"

    def value(theme: str, year: int, column: str) -> int:
        hit = summary[(summary["theme"] == theme) & (summary["year"] == year)]
        return int(hit[column].sum()) if len(hit) else 0

    charts = [svg_grouped_bars(
        labels, [(str(y), YEAR_COLORS[i % len(YEAR_COLORS)], [value(x, y, "afspraken") for x in themes])
                 for i, y in enumerate(years)],
        title=t("afspraken_per_theme_year", lang), ylabel="afspraken",
        data=[{"series": series_id, "year": str(y), "status": "afspraken"} for y in years])]
    pairs = in_series(data.changes, key)
    pairs = pairs[pairs["pair_kind"] == "consecutive"][["old_year", "new_year"]].drop_duplicates()
    for old_year, new_year in sorted(pairs.itertuples(index=False, name=None), reverse=True):
        charts.append(svg_grouped_bars(
            labels, [(status_label(s, lang), STATUS_COLORS[s], [value(x, int(new_year), s) for x in themes])
                     for s in SUMMARY_STATUSES],
            title=t("changes_chart", lang, old=old_year, new=new_year), ylabel="",
            data=[{"series": series_id, "year": str(int(new_year)), "status": s} for s in SUMMARY_STATUSES]))
    head = "".join(f"<th>{esc(c)}</th>" for c in (t("theme", lang), t("year", lang), t("afspraken", lang),
                                                   *(status_label(s, lang) for s in SUMMARY_STATUSES)))
    body = "".join(
        f"<tr><td>{esc(theme_name(r.theme, lang))}</td><td class=num>{esc(r.year)}</td>"
        + "".join(f"<td class=num>{int(getattr(r, c))}</td>" for c in ("afspraken", *SUMMARY_STATUSES))
        + "</tr>"
        for r in summary.sort_values(["year", "theme"], ascending=[False, True]).itertuples())
    return (f"<details><summary>{esc(t('per_theme_year', lang))}</summary><div class=charts>{''.join(charts)}"
            f"</div><table class=summary><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></details>")


def _side_html(label: str, number: Any, page: Any, path: Any, body: str, links: Links) -> str:
    href = links.href(path, page)
    where = f"{Path(path).name if isinstance(path, str) else ''}, p. {esc(page)}" if present(page) else ""
    link = f' <a href="{esc(href)}">{esc(where)}</a>' if href and where else ""
    nr = f" {esc(number)}" if present(number) else ""
    return (f'<div class=side><div class=label>{esc(label)}{nr}{link}</div>'
            f'<div>{body or "<span class=empty>—</span>"}</div></div>')


def _reasons_html(reasons: Any, lang: str) -> str:
    items = json.loads(reasons) if isinstance(reasons, str) and reasons else []
    if not items:
        return ""
    lis = "".join(
        f"<li><b>{esc(reason_kind(r.get('kind'), lang))}</b>: {esc(r.get('explanation'))}"
        + (f" ({esc(r.get('old'))} → {esc(r.get('new'))})" if r.get("old") or r.get("new") else "") + "</li>"
        for r in items)
    return f"<ul class=reasons>{lis}</ul>"


def _change_html(c: Any, links: Links, lang: str) -> str:
    old_html, new_html = words_to_diff(c.old_text if isinstance(c.old_text, str) else "",
                                       c.new_text if isinstance(c.new_text, str) else "")
    similarity = f", {t('similarity', lang)} {c.similarity:.2f}" if present(c.similarity) else ""
    kind = t("bod", lang) if c.pair_kind == "bod" else t("consecutive", lang)
    return (
        f'<article class="change {esc(c.status)}" id="c-{esc(c.change_id)}" data-status="{esc(c.status)}">'
        f'<div class=head><span class="badge {esc(c.status)}">{esc(status_label(c.status, lang))}</span>'
        f"{esc(theme_name(c.theme, lang))} · {esc(c.old_year)} → {esc(c.new_year)} ({kind}{similarity})</div>"
        f"<div class=sides>"
        f"{_side_html(str(c.old_year), c.old_number, c.old_page, c.old_path, old_html, links)}"
        f"{_side_html(str(c.new_year), c.new_number, c.new_page, c.new_path, new_html, links)}</div>"
        f"{_reasons_html(c.reasons, lang)}</article>"
    )


def _html_changes(data: ReportData, links: Links, lang: str, series: list[tuple[str, str]]) -> str:
    """Per series (a section each), its charts, then per pair of years, newest first, the change cards."""
    parts = [f'<h2 id=wijzigingen>{esc(t("changes_per_series", lang))}</h2>']
    if not len(data.changes):
        parts.append(f'<p class="empty">{esc(t("no_changes", lang))}</p>')
    for i, key in enumerate(series):
        parts.append(f'<section id="reeks-{i}"><h3>{esc(series_name(*key))}</h3>')
        parts.append(_html_series_summary(data, key, lang))
        changes = in_series(data.changes, key)
        for pair in pairs_newest_first(changes):
            group = sorted_changes(in_pairs(changes, [pair]))
            quiet = group[group["status"].isin(QUIET_STATUSES)]
            loud = group[~group["status"].isin(QUIET_STATUSES)]
            counts = ", ".join(f"{n} {status_label(s, lang)}" for s, n in pair.counts.items() if n)
            kind = t("bod", lang) if pair.kind == "bod" else t("consecutive", lang)
            parts.append(f"<details open class=pair><summary>{esc(pair.old_year)} → {esc(pair.new_year)} "
                         f"({esc(kind)}): {esc(counts)}</summary>")
            parts.extend(_change_html(c, links, lang) for c in loud.itertuples())
            if len(quiet):
                parts.append(f"<details class=quiet><summary>{esc(t('quiet', lang, n=len(quiet)))}</summary>"
                             + "".join(_change_html(c, links, lang) for c in quiet.itertuples()) + "</details>")
            parts.append("</details>")
        parts.append("</section>")
    return "\n".join(parts)


def _html_review(data: ReportData, links: Links, threshold: float, lang: str) -> str:
    unsure = review_afspraken(data, threshold)
    unclear = review_changes(data)
    parts = [f'<section id=controle><details><summary><h2>{esc(t("review", lang))} '
             f"({len(unsure) + len(unclear)})</h2></summary>"]
    unthemed = int(data.afspraken["theme"].isna().sum())
    if unthemed:
        parts.append(f"<p>{esc(t('unthemed', lang, n=unthemed))}</p>")
    parts.append(f"<h3>{esc(t('theme_unsure', lang, t=threshold, n=len(unsure)))}</h3>")
    if len(unsure):
        rows = "".join(
            f"<tr><td>{esc(a.doc_name)}</td><td>"
            + (f'<a href="{esc(links.href(a.doc_path, a.page))}">p. {esc(a.page)}</a>')
            + f"</td><td>{esc(a.number)}</td><td>{esc(theme_name(a.theme, lang))}</td>"
              f"<td class=num>{a.theme_score:.2f}</td><td>{esc(a.text)}</td></tr>"
            for a in unsure.itertuples())
        head = "".join(f"<th>{esc(t(k, lang))}</th>" for k in ("document", "page", "number", "theme", "score",
                                                               "text"))
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    parts.append(f"<h3>{esc(t('unclear_changes', lang, n=len(unclear)))}</h3>")
    if len(unclear):
        parts.append("<ul>" + "".join(
            f'<li><a href="#c-{esc(c.change_id)}">{esc(series_name(c.gemeente or "", c.corporatie or ""))} '
            f"{esc(c.old_year)} → {esc(c.new_year)}: {esc(clip(c.new_text or c.old_text))}</a></li>"
            for c in unclear.itertuples()) + "</ul>")
    parts.append("</details></section>")
    return "\n".join(parts)


def html_summary(data: ReportData, links: Links, lang: str) -> str:
    """The Samenvatting: per series its newest pair's counts, per theme, then weakened and dropped afspraken."""
    parts = [f'<section id=samenvatting class=samenvatting><h2>{esc(t("summary", lang))}</h2>']
    newest = newest_pairs(data.changes)
    if not newest:
        parts.append(f'<p class="empty">{esc(t("no_pairs", lang))}</p></section>')
        return "".join(parts)
    shown = [s for s in HEADLINE_STATUSES if any(p.counts.get(s) for p in newest)]
    head = "".join(f'<th class="s-{s}">{esc(status_label(s, lang))}</th>' for s in shown)
    rows = []
    for p in newest:
        kind = "" if p.kind == "consecutive" else f" ({t('bod', lang)})"
        rows.append(f'<tr data-series="{esc(p.gemeente)}|{esc(p.corporatie)}"><td>'
                    f"{esc(series_name(p.gemeente, p.corporatie))}</td><td>{esc(p.old_year)} → {esc(p.new_year)}"
                    f"{esc(kind)}</td>"
                    + "".join(f'<td class="num s-{s}" data-status="{s}">{p.counts.get(s, 0)}</td>' for s in shown)
                    + "</tr>")
    total = total_counts(newest)
    if len(newest) > 1:
        rows.append(f"<tr class=total><td colspan=2>{esc(t('overall', lang))}</td>"
                    + "".join(f'<td class="num s-{s}">{total[s]}</td>' for s in shown) + "</tr>")
    parts.append(f"<table class=headline><thead><tr><th>{esc(t('series', lang))}</th><th>{esc(t('years', lang))}"
                 f"</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
    themes = theme_status_counts(in_pairs(data.changes, newest))
    if len(themes):
        cols = [s for s in shown if s in themes.columns]
        body = "".join(f"<tr><td>{esc(theme_name(theme, lang))}</td>"
                       + "".join(f'<td class=num>{int(row[s])}</td>' for s in cols) + "</tr>"
                       for theme, row in themes.iterrows())
        parts.append(f"<details><summary>{esc(t('per_theme_newest', lang))}</summary><table class=themes><thead>"
                     f"<tr><th>{esc(t('theme', lang))}</th>"
                     + "".join(f"<th>{esc(status_label(s, lang))}</th>" for s in cols)
                     + f"</tr></thead><tbody>{body}</tbody></table></details>")
    parts.append(_html_alerts(alerts(data.changes), links, lang))
    parts.append("</section>")
    return "".join(parts)


def _html_alerts(hits: pd.DataFrame, links: Links, lang: str) -> str:
    if not len(hits):
        return f"<h3>{esc(t('weak_dropped', lang))}</h3><p class=empty>{esc(t('none_weak_dropped', lang))}</p>"
    items = []
    for c in hits.itertuples():
        dropped = c.status == "dropped"
        text = c.old_text if dropped or not isinstance(c.new_text, str) else c.new_text
        path, page, number = (c.old_path, c.old_page, c.old_number) if dropped else (c.new_path, c.new_page,
                                                                                    c.new_number)
        href = links.href(path, page)
        where = (f' <a href="{esc(href)}">{esc(Path(path).name if isinstance(path, str) else "")} p. '
                 f"{esc(page)}</a>") if href and present(page) else ""
        reasons = json.loads(c.reasons) if isinstance(c.reasons, str) and c.reasons else []
        why = "; ".join(str(r.get("explanation") or "") for r in reasons if r.get("explanation"))
        kind = f" ({t('bod', lang)})" if c.pair_kind == "bod" else ""
        items.append(
            f'<li class="alert {esc(c.status)}"><span class="badge {esc(c.status)}">'
            f"{esc(status_label(c.status, lang))}</span> <b>{esc(series_name(c.gemeente or '', c.corporatie or ''))}"
            f" {esc(c.old_year)} → {esc(c.new_year)}{esc(kind)}</b>, {esc(theme_name(c.theme, lang))}"
            f"{' nr ' + esc(number) if present(number) else ''}: {esc(clip(text, 160))}"
            + (f" <span class=why>— {esc(why)}</span>" if why else "")
            + f'{where} <a href="#c-{esc(c.change_id)}" class=more>»</a></li>')
    return (f"<h3>{esc(t('weak_dropped', lang))} ({len(hits)})</h3><ul class=alerts>{''.join(items)}</ul>")


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
