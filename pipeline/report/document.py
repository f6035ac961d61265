"""One document's afspraken for people and programs: the extract JSON, CSV, and a readable table."""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path
from typing import Any

from ..spreadsheet import neutralise_row
from ..themes import explain, names_of, resolve_model


def write_afspraken_json(doc: Any, out: Any, explanations: dict[str, list[str]],
                         frames: dict[str, Any] | None = None) -> None:
    """The extract JSON: document and afspraken, with each afspraak's commitment frame and, where asked for,
    the terms that explain its theme."""
    data = doc.to_dict()
    for item in data["afspraken"]:
        if frames and item["id"] in frames:
            item["frame"] = frames[item["id"]].to_dict()
        if item["id"] in explanations:
            item["explanation"] = explanations[item["id"]]
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def explain_terms(doc: Any, model: Any) -> dict[str, list[str]]:
    """Per afspraak id, the terms that drove its theme ("zonnepanelen +1.9")."""
    resolved = resolve_model(model) if model is not None else None
    if resolved is None:
        return {}
    names = names_of(doc)
    return {a.id: [f"{term} {weight:+.2f}" for term, weight in explain(a.text, resolved, names=names)]
            for a in doc.afspraken}


def write_afspraken_csv(doc: Any, out: Any) -> None:
    """One row per afspraak; text cells that could start a spreadsheet formula get a leading quote."""
    writer = csv.writer(out)
    writer.writerow(["id", "number", "section", "party", "page", "theme", "theme_score", "text"])
    for a in doc.afspraken:
        score = a.theme_scores.get(a.theme) if a.theme and a.theme_scores else None
        writer.writerow(neutralise_row([a.id, a.number, a.section, a.party, a.page, a.theme,
                                        None if score is None else round(score, 3), a.text]))


def render_table(doc: Any, out: Any, *, explanations: dict[str, list[str]] | None = None) -> None:
    """A readable table (rich) of the afspraken, with a header line about the document."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(file=out, width=max(100, min(os.get_terminal_size(1).columns if out is sys.stdout
                                                    and sys.stdout.isatty() else 160, 200)))
    m = doc.meta
    console.print(
        f"[bold]{Path(m.path).name}[/]: {m.type}, {', '.join(map(str, m.years)) or 'year?'}, "
        f"{m.pages} pages; gemeente {', '.join(m.gemeenten) or '?'}; corporatie {', '.join(m.corporaties) or '?'}; "
        f"{len(doc.afspraken)} afspraken"
    )
    table = Table(show_lines=False, expand=True)
    for col, kw in (("nr", {"no_wrap": True}), ("page", {"justify": "right"}), ("party", {}), ("theme", {}),
                    ("text", {"ratio": 1})):
        table.add_column(col, **kw)
    for a in doc.afspraken:
        theme = a.theme or ""
        if a.theme and a.theme_scores:
            theme = f"{a.theme} ({a.theme_scores[a.theme]:.2f})"
        text = a.text if len(a.text) < 300 else a.text[:297] + "..."
        if explanations and a.id in explanations:
            text += "\n[dim]" + escape(", ".join(explanations[a.id])) + "[/]"
        table.add_row(a.number or "•", str(a.page), a.party or "", theme, text)
    console.print(table)

