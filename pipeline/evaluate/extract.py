"""Score extraction against the corpus gold: precision, recall and F1 per family, plus provenance accuracy."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..run import extract
from ..types import Afspraak, Document
from .metrics import Scores, match_afspraken


@dataclass(frozen=True, slots=True)
class ExtractScore:
    """Segmentation scores for one document or a group of them."""

    name: str
    predicted: int
    gold: int
    matched: int
    number_ok: int = 0
    party_ok: int = 0
    page_ok: int = 0

    @property
    def scores(self) -> Scores:
        return Scores(self.matched, self.predicted, self.gold)

    def __add__(self, other: ExtractScore) -> ExtractScore:
        return ExtractScore(
            self.name, self.predicted + other.predicted, self.gold + other.gold, self.matched + other.matched,
            self.number_ok + other.number_ok, self.party_ok + other.party_ok, self.page_ok + other.page_ok,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "predicted": self.predicted, "gold": self.gold, "matched": self.matched,
            **self.scores.rounded(),
            "number_accuracy": round(self.number_ok / self.matched, 4) if self.matched else None,
            "party_accuracy": round(self.party_ok / self.matched, 4) if self.matched else None,
            "page_accuracy": round(self.page_ok / self.matched, 4) if self.matched else None,
        }


def score_document(name: str, predicted: Sequence[Afspraak], gold: Sequence[dict[str, Any]]) -> ExtractScore:
    """Match one document's predicted afspraken to its gold ones and count what agrees."""
    matches = match_afspraken([a.text for a in predicted], [g["text"] for g in gold])
    number_ok = party_ok = page_ok = 0
    for i, j, _ in matches:
        p, g = predicted[i], gold[j]
        number_ok += (p.number or None) == (g.get("number") or None)
        party_ok += (p.party or None) == (g.get("party") or None)
        page_ok += g.get("page") is None or p.page == g["page"]
    return ExtractScore(name, len(predicted), len(gold), len(matches), number_ok, party_ok, page_ok)


def gold_documents(corpus_dir: str | Path) -> list[dict[str, Any]]:
    """The corpus gold files (one per document), in a stable order."""
    gold_dir = Path(corpus_dir) / "gold"
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))
            if p.name != "index.json"]


def evaluate_extract(
    corpus_dir: str | Path, extract_fn: Any = None, families: Iterable[str] | None = None
) -> dict[str, Any]:
    """Run extraction over every corpus PDF with gold and score it per document and per family."""
    if extract_fn is None:
        def extract_fn(path: Path) -> Document:
            return extract(path, model=None)

    corpus_dir = Path(corpus_dir)
    wanted = set(families) if families else None
    per_doc: list[ExtractScore] = []
    per_family: dict[str, ExtractScore] = {}
    for gold in gold_documents(corpus_dir):
        info = gold["document"]
        if wanted and info["family"] not in wanted:
            continue
        doc = extract_fn(corpus_dir / "pdf" / f"{info['id']}.pdf")
        score = score_document(info["id"], doc.afspraken, gold["afspraken"])
        per_doc.append(score)
        fam = per_family.get(info["family"])
        per_family[info["family"]] = score if fam is None else fam + score
    total = sum(per_doc[1:], per_doc[0]) if per_doc else ExtractScore("all", 0, 0, 0)
    return {
        "documents": [s.to_dict() for s in per_doc],
        "families": {k: {**v.to_dict(), "name": k} for k, v in sorted(per_family.items())},
        "overall": {**total.to_dict(), "name": "all"},
    }


def scores_markdown(groups: dict[str, dict[str, Any]], overall: dict[str, Any]) -> str:
    """A Markdown table of extraction scores."""
    buf = io.StringIO()
    buf.write("| family | gold | predicted | matched | precision | recall | F1 | number | party | page |\n")
    buf.write("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    for row in [*groups.values(), overall]:
        buf.write(
            f"| {row['name']} | {row['gold']} | {row['predicted']} | {row['matched']} | {row['precision']:.3f} | "
            f"{row['recall']:.3f} | {row['f1']:.3f} | {row['number_accuracy']} | {row['party_accuracy']} | "
            f"{row['page_accuracy']} |\n"
        )
    return buf.getvalue()

