"""Score `compare` on the corpus gold pairs: per-status precision/recall/F1, reason kinds, hard negatives.

Documents are built straight from the gold JSON afspraken (ids = gold keys, the document year from the gold
document), so the figures measure alignment and change detection alone, not PDF extraction.
"""

from __future__ import annotations

import io
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..changes import CompareSettings, compare
from ..run import extract
from ..types import Afspraak, Comparison, Document, DocumentMeta
from .metrics import Scores, match_afspraken

__all__ = ["evaluate_compare", "gold_document", "score_pairs", "STATUS_GROUPS", "SCORED"]

log = logging.getLogger(__name__)

STATUS_GROUPS: dict[str, str] = {"unchanged": "kept", "reworded": "kept"}
SCORED: tuple[str, ...] = ("kept", "weakened", "strengthened", "new", "dropped")
KINDS: tuple[str, ...] = ("quantity", "deadline", "modality", "condition", "scope", "label")
KEPT = frozenset({"unchanged", "reworded"})
CHANGED = frozenset({"weakened", "strengthened", "modified"})


def _group(status: str) -> str:
    return STATUS_GROUPS.get(status, status)


def gold_document(data: Mapping[str, Any]) -> Document:
    """A `Document` from a gold JSON document (ids are the gold keys; themes left to the classifier)."""
    d = data["document"]
    year = d.get("year")
    meta = DocumentMeta(
        path=str(d.get("id", "")),
        sha256="",
        pages=int(d.get("pages") or 0),
        type=d.get("type", "prestatieafspraken"),
        years=(int(year),) if year is not None else (),
        gemeenten=(d["gemeente"],) if d.get("gemeente") else (),
        corporaties=tuple(d.get("corporaties") or ()),
        huurdersorganisaties=tuple(d.get("huurdersorganisaties") or ()),
        title=d.get("id"),
    )
    afspraken = tuple(
        Afspraak(id=str(a["key"]), number=a.get("number"), section=a.get("section"), party=a.get("party"),
                 page=int(a.get("page") or 0), text=a["text"])
        for a in data["afspraken"]
    )
    return Document(meta=meta, afspraken=afspraken)


@dataclass(frozen=True, slots=True)
class GoldLink:
    old: str | None
    new: str | None
    status: str
    kinds: tuple[str, ...] = ()
    hard_negative: str | None = None


@dataclass(frozen=True, slots=True)
class GoldPair:
    """A gold pair file: two documents and the links between their afspraken."""

    name: str
    family: str
    bod: bool
    old: Document
    new: Document
    links: tuple[GoldLink, ...]


def extracted_document(data: Mapping[str, Any], pdf: Path, extract_fn: Any) -> Document:
    """The document as the pipeline reads it from its PDF, with each afspraak that matches a gold one
    (one-to-one, 90% of tokens) renamed to the gold key, so that the gold links can score it end to end."""
    doc = extract_fn(pdf)
    gold = data["afspraken"]
    keys = {i: gold[j]["key"] for i, j, _ in match_afspraken([a.text for a in doc.afspraken],
                                                             [g["text"] for g in gold])}
    afspraken = tuple(replace(a, id=keys.get(i, a.id)) for i, a in enumerate(doc.afspraken))
    return replace(doc, afspraken=afspraken)


def _load_pairs(corpus_dir: Path, extract_fn: Any = None) -> list[GoldPair]:
    gold = corpus_dir / "gold"
    docs: dict[str, Document] = {}
    families: dict[str, str] = {}

    def get(doc_id: str) -> Document:
        if doc_id not in docs:
            data = json.loads((gold / f"{doc_id}.json").read_text(encoding="utf-8"))
            docs[doc_id] = (gold_document(data) if extract_fn is None
                            else extracted_document(data, corpus_dir / "pdf" / f"{doc_id}.pdf", extract_fn))
            families[doc_id] = data["document"].get("family") or doc_id.split("-")[0]
        return docs[doc_id]

    pairs = []
    for path in sorted((gold / "pairs").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        old, new = get(data["old"]), get(data["new"])
        links = tuple(GoldLink(x.get("old"), x.get("new"), x["status"], tuple(x.get("kinds") or ()),
                               x.get("hard_negative")) for x in data["links"])
        pairs.append(GoldPair(path.stem, families[data["old"]], old.meta.type == "bod", old, new, links))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    return {**Scores(tp, n_pred, n_gold).rounded(), "support": n_gold, "predicted": n_pred, "tp": tp}


@dataclass
class _Tally:
    pred: Counter
    gold: Counter
    tp: Counter
    kind_total: int = 0
    kind_exact: int = 0
    kind_gold: Counter = None  # type: ignore[assignment]
    kind_hit: Counter = None  # type: ignore[assignment]
    hard_total: int = 0
    hard_flagged: int = 0
    kept_total: int = 0
    false_alarms: int = 0  # kept in the gold, called weakened, strengthened or modified

    @classmethod
    def empty(cls) -> _Tally:
        return cls(Counter(), Counter(), Counter(), 0, 0, Counter(), Counter(), 0, 0, 0, 0)

    def report(self) -> dict[str, Any]:
        return {
            "status": {s: _prf(self.tp[s], self.pred[s], self.gold[s]) for s in SCORED},
            "reason_kind_accuracy": round(self.kind_exact / self.kind_total, 4) if self.kind_total else None,
            "reason_kind_links": self.kind_total,
            "reason_kind_recall": {k: round(self.kind_hit[k] / self.kind_gold[k], 4)
                                   for k in KINDS if self.kind_gold[k]},
            "hard_negatives": self.hard_total,
            "hard_negatives_flagged": self.hard_flagged,
            "kept_links": self.kept_total,
            "false_alarm_rate": round(self.false_alarms / self.kept_total, 4) if self.kept_total else None,
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _key(change_old: Afspraak | None, change_new: Afspraak | None) -> tuple[str | None, str | None]:
    return (change_old.id if change_old else None, change_new.id if change_new else None)


def _score_pair(pair: GoldPair, comparison: Comparison, tallies: Iterable[_Tally], mistakes: list[dict]) -> None:
    predicted = {_key(c.old, c.new): c for c in comparison.changes}
    tallies = list(tallies)
    for c in comparison.changes:
        for t in tallies:
            t.pred[_group(c.status)] += 1
    for g in pair.links:
        change = predicted.get((g.old, g.new))
        status = change.status if change else "misaligned"
        gold_group = _group(g.status)
        kinds = tuple(sorted({r.kind for r in change.reasons})) if change else ()
        for t in tallies:
            t.gold[gold_group] += 1
            if change and _group(status) == gold_group:
                t.tp[gold_group] += 1
            if g.status in ("weakened", "strengthened") and status in CHANGED:
                t.kind_total += 1
                t.kind_exact += set(kinds) == set(g.kinds)
                for k in g.kinds:
                    t.kind_gold[k] += 1
                    t.kind_hit[k] += k in kinds
            if g.hard_negative:
                t.hard_total += 1
                t.hard_flagged += status not in KEPT
            if g.status in KEPT:
                t.kept_total += 1
                t.false_alarms += status in CHANGED
        wrong = _group(status) != gold_group or (
            g.status in ("weakened", "strengthened") and set(kinds) != set(g.kinds))
        if wrong or (g.hard_negative and status not in KEPT):
            mistakes.append({
                "pair": pair.name, "old": g.old, "new": g.new, "gold": g.status, "gold_kinds": list(g.kinds),
                "hard_negative": g.hard_negative, "predicted": status, "predicted_kinds": list(kinds),
                "similarity": _rounded(change.similarity if change else None),
                "reasons": [r.explanation for r in change.reasons] if change else [],
            })


def score_pairs(pairs: Iterable[GoldPair], settings: CompareSettings | None = None) -> dict[str, Any]:
    """Run `compare` on each pair and score it; see `evaluate_compare` for the result."""
    overall, bod, together = _Tally.empty(), _Tally.empty(), _Tally.empty()
    families: dict[str, _Tally] = defaultdict(_Tally.empty)
    mistakes: list[dict] = []
    names = []
    for pair in pairs:
        comparison = compare(pair.old, pair.new, settings=settings)
        scope = bod if pair.bod else overall
        _score_pair(pair, comparison, [scope, together, families[pair.family]], mistakes)
        names.append(pair.name)
    return {
        "overall": overall.report(),
        "bod": bod.report(),
        "all": together.report(),
        "families": {name: t.report() for name, t in sorted(families.items())},
        "pairs": names,
        "mistakes": mistakes,
    }


def evaluate_compare(corpus_dir: str | Path, *, settings: CompareSettings | None = None,
                     from_pdfs: bool = False, extract_fn: Any = None) -> dict[str, Any]:
    """Score `compare` on every pair file in `<corpus_dir>/gold/pairs/`.

    Args:
        corpus_dir: the corpus folder holding `gold/` (documents and `pairs/`).
        settings: compare settings to evaluate (the defaults when None).
        from_pdfs: read each document from its PDF with the pipeline (end to end) instead of taking the gold
            texts; an afspraak the extraction misses then counts against compare too.
        extract_fn: how to read a PDF when from_pdfs (default: `pipeline.run.extract` with the shipped model).

    Returns:
        A dict with "overall" (agreement -> agreement pairs), "bod" (bod -> agreement pairs), "all", and
        "families": each with per-status precision/recall/F1 ("kept" = unchanged + reworded, weakened,
        strengthened, new, dropped), "reason_kind_accuracy" (gold weakened/strengthened links predicted as
        weakened/strengthened/modified whose reason kinds equal the gold kinds), "reason_kind_recall" per
        kind, "hard_negatives_flagged", and "false_alarm_rate" (gold kept links called weakened,
        strengthened or modified).  Also "pairs" (names scored) and "mistakes" (one dict per wrong
        link).

    Raises:
        FileNotFoundError: there is no `gold/pairs` folder.
    """
    corpus = Path(corpus_dir)
    if not (corpus / "gold" / "pairs").is_dir():
        raise FileNotFoundError(f"{corpus / 'gold' / 'pairs'}: no gold pairs (run corpus/build.py)")
    if from_pdfs and extract_fn is None:
        def extract_fn(pdf: Path) -> Document:
            return extract(pdf)

    return score_pairs(_load_pairs(corpus, extract_fn if from_pdfs else None), settings)


def scores_markdown(result: dict[str, Any]) -> str:
    """Per-status scores of evaluate_compare as Markdown tables."""
    buf = io.StringIO()
    for name, title in (("overall", "year-over-year pairs"), ("bod", "bod -> agreement pairs"), ("all", "all")):
        block = result.get(name)
        if not block:
            continue
        buf.write(f"\n### {title}\n\n| status | precision | recall | F1 | gold | predicted |\n"
                  "|---|---:|---:|---:|---:|---:|\n")
        for status, row in block["status"].items():
            buf.write(f"| {status} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | "
                      f"{row['support']} | {row['predicted']} |\n")
        buf.write(f"\nreason-kind accuracy: {block['reason_kind_accuracy']} over {block['reason_kind_links']} links; "
                  f"hard negatives flagged: {block['hard_negatives_flagged']} of {block['hard_negatives']}; "
                  f"false alarms on kept links: {block['false_alarm_rate']} of {block['kept_links']}\n")
    return buf.getvalue()

