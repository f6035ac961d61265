#!/usr/bin/env python
"""Print corpus counts as Markdown tables (per document, family, theme, status and kind) for corpus/README.md.

Usage: python corpus/stats.py [CORPUS_DIR]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent
STATUS_ORDER = ("unchanged", "reworded", "weakened", "strengthened", "new", "dropped")


def load(corpus: Path) -> tuple[list[dict], list[dict]]:
    """The gold documents and pairs listed in gold/index.json."""
    index = json.loads((corpus / "gold" / "index.json").read_text(encoding="utf-8"))
    documents = [json.loads((corpus / d["gold"]).read_text(encoding="utf-8")) for d in index["documents"]]
    pairs = [json.loads((corpus / p["gold"]).read_text(encoding="utf-8")) for p in index["pairs"]]
    return documents, pairs


def table(header: list[str], rows: list[list]) -> str:
    """A Markdown table; numbers right-aligned."""
    align = ["---:" if rows and isinstance(rows[0][i], int) else "---" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def is_bod_pair(pair: dict) -> bool:
    return "-bod-" in pair["old"]


def per_document(documents: list[dict]) -> str:
    rows = [[d["document"]["id"], d["document"]["type"], d["document"]["layout"], d["document"]["pages"],
             len(d["afspraken"]), sum(1 for a in d["afspraken"] if a["party"])] for d in documents]
    return table(["document", "type", "layout", "pages", "afspraken", "with party"], rows)


def per_family(documents: list[dict], pairs: list[dict]) -> str:
    families = sorted({d["document"]["family"] for d in documents})
    rows = []
    for family in families:
        docs = [d for d in documents if d["document"]["family"] == family]
        fam_pairs = [p for p in pairs if p["old"].startswith(f"{family}-")]
        layouts = sorted({d["document"]["layout"] for d in docs if d["document"]["type"] == "prestatieafspraken"})
        rows.append([family, ", ".join(layouts), len(docs), sum(d["document"]["pages"] for d in docs),
                     sum(len(d["afspraken"]) for d in docs), len(fam_pairs),
                     sum(len(p["links"]) for p in fam_pairs)])
    return table(["family", "layout", "documents", "pages", "afspraken", "pairs", "links"], rows)


def per_theme(documents: list[dict]) -> str:
    by_type: dict[str, Counter] = {}
    for d in documents:
        by_type.setdefault(d["document"]["type"], Counter()).update(a["theme"] for a in d["afspraken"])
    types = sorted(by_type)
    themes = sorted(set().union(*by_type.values()))
    rows = [[theme] + [by_type[t][theme] for t in types] + [sum(by_type[t][theme] for t in types)]
            for theme in themes]
    return table(["theme"] + types + ["total"], rows)


def per_status(pairs: list[dict]) -> str:
    year = Counter(link["status"] for p in pairs if not is_bod_pair(p) for link in p["links"])
    bod = Counter(link["status"] for p in pairs if is_bod_pair(p) for link in p["links"])
    rows = [[s, year[s], bod[s], year[s] + bod[s]] for s in STATUS_ORDER]
    return table(["status", "year pairs", "bod pairs", "total"], rows)


def per_kind(pairs: list[dict]) -> str:
    links = [link for p in pairs for link in p["links"]]
    kinds = Counter((link["status"], kind) for link in links for kind in link["kinds"])
    negatives = Counter((link["status"], link["hard_negative"]) for link in links if link["hard_negative"])
    kind_rows = [[kind, kinds["weakened", kind], kinds["strengthened", kind]]
                 for kind in sorted({k for _, k in kinds})]
    negative_rows = [[neg, negatives["unchanged", neg], negatives["reworded", neg]]
                     for neg in sorted({n for _, n in negatives})]
    return (table(["kind", "weakened", "strengthened"], kind_rows) + "\n\n"
            + table(["hard negative", "unchanged", "reworded"], negative_rows))


def report(corpus: Path) -> str:
    documents, pairs = load(corpus)
    sections = [("Documents", per_document(documents)), ("Families", per_family(documents, pairs)),
                ("Themes (afspraken per document type)", per_theme(documents)),
                ("Statuses (links)", per_status(pairs)), ("Kinds and hard negatives (links)", per_kind(pairs))]
    return "\n\n".join(f"### {title}\n\n{body}" for title, body in sections) + "\n"


if __name__ == "__main__":
    print(report(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS_DIR), end="")
