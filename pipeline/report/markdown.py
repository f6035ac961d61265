"""The report as Markdown: the Samenvatting first, then per series and pair of years the changes with word diffs.

Every value that comes from a document or a file name goes through `md_escape` (or `md_url` for a link target),
as the HTML escapes everything: PDF text can hold `<script>`, `![](http://...)` or a newline in a file name,
and a Markdown renderer would otherwise run or fetch it, or split a table row (issue #23).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..store import SUMMARY_STATUSES
from .data import (
    DEFAULT_REVIEW_THRESHOLD,
    ReportData,
    cell,
    clip,
    in_series,
    present,
    provenance_rows,
    review_afspraken,
    review_changes,
    series_keys,
    series_name,
    sorted_changes,
    word_diff,
)
from .i18n import DEFAULT_LANG, reason_kind, status_label, t, theme_name, type_name
from .summary import QUIET_STATUSES, Links, alerts, in_pairs, newest_pairs, pairs_newest_first

_SPECIAL = re.compile(r"([\\`*_~\[\]<>|#!&$])")
_BREAKS = re.compile(r"[\r\n\t\v\f\u2028\u2029\x85]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def md_escape(text: Any) -> str:
    """Any value as inert Markdown text on one line: markup characters escaped, line breaks as spaces."""
    if not present(text):
        return ""
    flat = _CONTROL.sub("", _BREAKS.sub(" ", str(text)))
    return _SPECIAL.sub(r"\\\1", flat)


def md_url(href: str) -> str:
    """A link target that cannot close the link or start markup (spaces, brackets and quotes percent-encoded)."""
    return re.sub(r"[\s()<>\[\]\"'`\\]", lambda m: f"%{ord(m.group()):02X}", href)


def words_to_markdown_diff(old: str, new: str) -> tuple[str, str]:
    """The same word diff for Markdown: removed words ~~struck~~, added words **bold**."""
    return word_diff(old, new, md_escape, "~~{}~~", "**{}**")


def _link(text: str, href: str | None) -> str:
    return f"[{md_escape(text)}]({md_url(href)})" if href else md_escape(text)


def _reasons(reasons: Any, lang: str) -> list[str]:
    items = json.loads(reasons) if isinstance(reasons, str) and reasons else []
    return [f"*{md_escape(reason_kind(r.get('kind'), lang))}*: {md_escape(r.get('explanation') or '')}"
            for r in items]


def _summary(data: ReportData, links: Links, lang: str) -> list[str]:
    out = [f"## {t('summary', lang)}", ""]
    newest = newest_pairs(data.changes)
    if not newest:
        return out + [md_escape(t("no_pairs", lang)), ""]
    statuses = ("weakened", "dropped", "new", "strengthened", "modified", "unclear")
    out += ["| " + " | ".join([t("series", lang), t("years", lang), *(status_label(s, lang) for s in statuses)])
            + " |", "|---|---|" + "---:|" * len(statuses)]
    for p in newest:
        out.append(f"| {md_escape(series_name(p.gemeente, p.corporatie))} | {cell(p.old_year)} → "
                   f"{cell(p.new_year)}{' (' + t('bod', lang) + ')' if p.kind == 'bod' else ''} | "
                   + " | ".join(str(p.counts.get(s, 0)) for s in statuses) + " |")
    out += ["", f"### {t('weak_dropped', lang)}", ""]
    hits = alerts(data.changes)
    if not len(hits):
        out.append(md_escape(t("none_weak_dropped", lang)))
    for c in hits.itertuples():
        dropped = c.status == "dropped"
        text = c.old_text if dropped or not isinstance(c.new_text, str) else c.new_text
        path, page = (c.old_path, c.old_page) if dropped else (c.new_path, c.new_page)
        where = _link(f"{Path(path).name} p. {cell(page)}", links.href(path, page)) if isinstance(path, str) else ""
        why = "; ".join(_reasons(c.reasons, lang))
        out.append(f"- **{md_escape(status_label(c.status, lang))}** "
                   f"{md_escape(series_name(c.gemeente or '', c.corporatie or ''))} {cell(c.old_year)} → "
                   f"{cell(c.new_year)}, {md_escape(theme_name(c.theme, lang))}: {md_escape(clip(text, 160))}"
                   + (f" — {why}" if why else "") + (f" ({where})" if where else ""))
    return out + [""]


def _change(c: Any, links: Links, lang: str) -> list[str]:
    old, new = words_to_markdown_diff(c.old_text if isinstance(c.old_text, str) else "",
                                      c.new_text if isinstance(c.new_text, str) else "")
    out = [f"##### {md_escape(status_label(c.status, lang))}: {md_escape(theme_name(c.theme, lang))} "
           f"<a id=\"c-{md_escape(c.change_id)}\"></a>", ""]
    for year, page, path, text in ((c.old_year, c.old_page, c.old_path, old),
                                   (c.new_year, c.new_page, c.new_path, new)):
        if text:
            out.append(f"- **{cell(year)}** ({_link('p. ' + cell(page), links.href(path, page))}): {text}")
    out += [f"  - {r}" for r in _reasons(c.reasons, lang)]
    return out + [""]


def render_markdown(data: ReportData, *, report_dir: Path, review_threshold: float = DEFAULT_REVIEW_THRESHOLD,
                    lang: str = DEFAULT_LANG, link_base: str | None = None) -> str:
    """The report as Markdown: Samenvatting, changes per series and pair (newest first), review, provenance."""
    links = Links(data.documents, report_dir, link_base)
    out = [f"# {t('title', lang)}", ""]
    out += _summary(data, links, lang)
    out += [f"## {t('changes_per_series', lang)}", ""]
    for key in series_keys(data):
        out += [f"### {md_escape(series_name(*key))}", ""]
        summary = in_series(data.summary, key)
        if len(summary):
            out += ["| " + " | ".join([t("theme", lang), t("year", lang), t("afspraken", lang),
                                       *(status_label(s, lang) for s in SUMMARY_STATUSES)]) + " |",
                    "|---|---:|---:|" + "---:|" * len(SUMMARY_STATUSES)]
            out += [f"| {md_escape(theme_name(r.theme, lang))} | {cell(r.year)} | {r.afspraken} | "
                    + " | ".join(str(getattr(r, s)) for s in SUMMARY_STATUSES) + " |" for r in summary.itertuples()]
            out.append("")
        changes = in_series(data.changes, key)
        for pair in pairs_newest_first(changes):
            group = sorted_changes(in_pairs(changes, [pair]))
            counts = ", ".join(f"{n} {status_label(s, lang)}" for s, n in pair.counts.items() if n)
            out += [f"#### {cell(pair.old_year)} → {cell(pair.new_year)}"
                    f"{' (' + t('bod', lang) + ')' if pair.kind == 'bod' else ''}: {md_escape(counts)}", ""]
            for c in group[~group["status"].isin(QUIET_STATUSES)].itertuples():
                out += _change(c, links, lang)
            quiet = group[group["status"].isin(QUIET_STATUSES)]
            if len(quiet):
                out += [f"<details><summary>{md_escape(t('quiet', lang, n=len(quiet)))}</summary>", ""]
                for c in quiet.itertuples():
                    out += _change(c, links, lang)
                out += ["</details>", ""]
    out += [f"## {t('review', lang)}", ""]
    for a in review_afspraken(data, review_threshold).itertuples():
        link = _link(f"{a.doc_name} p. {a.page}", links.href(a.doc_path, a.page))
        out.append(f"- {md_escape(theme_name(a.theme, lang))} ({a.theme_score:.2f}), {link}: "
                   f"{md_escape(clip(a.text))}")
    for c in review_changes(data).itertuples():
        out.append(f"- {md_escape(status_label('unclear', lang))} "
                   f"{md_escape(series_name(c.gemeente or '', c.corporatie or ''))} "
                   f"{cell(c.old_year)} → {cell(c.new_year)}: {md_escape(clip(c.new_text or c.old_text))}")
    out += ["", f"## {t('provenance', lang)}", ""]
    out += [f"- **{md_escape(k)}**: {md_escape(v)}" for k, v in provenance_rows(data, lang)] + [""]
    out += ["| " + " | ".join([t("series", lang), t("document", lang), t("type", lang), t("year", lang),
                               t("afspraken", lang), "sha256"]) + " |", "|---|---|---|---:|---:|---|"]
    out += [f"| {md_escape(series_name(d.gemeente or '', d.corporatie or ''))} "
            f"| {_link(d.name, links.href(d.path))} | {md_escape(type_name(d.type, lang))} | {cell(d.year)} "
            f"| {md_escape(d.n_afspraken)} | `{md_escape(d.sha256[:12])}` |" for d in data.documents.itertuples()]
    return "\n".join(out) + "\n"
