"""One comparison made in memory, for people: a readable table or Markdown, most telling changes first.

The HTML page for one comparison is `html.comparison_html` (the store report of the two documents).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..types import STATUS_ORDER
from .markdown import md_escape


def status_counts(comparison: Any) -> str:
    """How many changes of each status, most telling first, as one line."""
    counts: dict[str, int] = {}
    for change in comparison.changes:
        counts[change.status] = counts.get(change.status, 0) + 1
    text = ", ".join(f"{counts[s]} {s}" for s in STATUS_ORDER if s in counts)
    if comparison.old.meta.type == "bod":
        text += " (bod -> agreement: 'dropped' = not taken over, 'new' = added in the negotiation)"
    return text


def ordered_changes(comparison: Any, all_changes: bool) -> list[Any]:
    """The changes to show (all, or without unchanged and reworded), most telling first, then by page."""
    shown = [c for c in comparison.changes if all_changes or c.status not in ("unchanged", "reworded")]
    return sorted(shown, key=lambda c: (STATUS_ORDER.index(c.status) if c.status in STATUS_ORDER else 99,
                                        (c.new or c.old).page if (c.new or c.old) else 0))


def render_comparison(comparison: Any, out: Any, *, all_changes: bool = False) -> None:
    """A readable table of the changes between two documents."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=160)
    console.print(f"[bold]{Path(comparison.old.meta.path).name} -> {Path(comparison.new.meta.path).name}[/]: "
                  f"{status_counts(comparison)}")
    table = Table(expand=True, show_lines=True)
    for col, kw in (("status", {"no_wrap": True}), ("old", {"ratio": 1}), ("new", {"ratio": 1}),
                    ("reasons", {"ratio": 1})):
        table.add_column(col, **kw)
    for c in ordered_changes(comparison, all_changes):
        side = [f"{a.number or '•'} (p. {a.page}) {a.text[:220]}" if a else "" for a in (c.old, c.new)]
        table.add_row(c.status, side[0], side[1], "\n".join(r.explanation for r in c.reasons))
    console.print(table)


def comparison_markdown(comparison: Any, *, all_changes: bool = False) -> str:
    """The changes between two documents as Markdown, most telling first."""
    lines = [
        f"# {md_escape(Path(comparison.old.meta.path).name)} -> {md_escape(Path(comparison.new.meta.path).name)}",
        "", md_escape(status_counts(comparison)), "",
    ]
    for c in ordered_changes(comparison, all_changes):
        a = c.new or c.old
        lines.append(f"## {c.status}: {md_escape(a.number or '•')} {md_escape(a.section or '')}".rstrip())
        if c.old is not None:
            lines.append(f"- **oud** (p. {c.old.page}): {md_escape(c.old.text)}")
        if c.new is not None:
            lines.append(f"- **nieuw** (p. {c.new.page}): {md_escape(c.new.text)}")
        for r in c.reasons:
            lines.append(f"- *{md_escape(r.kind)}*: {md_escape(r.explanation)}")
        lines.append("")
    return "\n".join(lines)

