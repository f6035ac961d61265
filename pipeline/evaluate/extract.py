"""Score extraction against the corpus gold: precision, recall and F1 per family, plus provenance accuracy."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .. import lexicon
from ..run import extract
from ..types import Afspraak, Document, DocumentMeta
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
    fields_gold: int = 0  # gold afspraken with a trekker or planning
    fields_ok: int = 0  # of those, matched with both fields as in the gold
    attributes_gold: int = 0  # gold afspraken with other attributes (status, budget, ...)
    attributes_ok: int = 0
    documents: int = 0
    year_ok: int = 0
    gemeenten_ok: int = 0
    corporaties_ok: int = 0
    party_gold: int = 0  # gold afspraken with a party
    party_found: int = 0  # of those, matched with the same party
    meta_wrong: tuple[str, ...] = ()  # per document: "year: 2024, gold 2025" for each field that is wrong

    @property
    def scores(self) -> Scores:
        return Scores(self.matched, self.predicted, self.gold)

    def __add__(self, other: ExtractScore) -> ExtractScore:
        counts = [getattr(self, f) + getattr(other, f) for f in _COUNTS]
        return ExtractScore(self.name, *counts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "predicted": self.predicted, "gold": self.gold, "matched": self.matched,
            **self.scores.rounded(),
            "number_accuracy": round(self.number_ok / self.matched, 4) if self.matched else None,
            "party_accuracy": round(self.party_ok / self.matched, 4) if self.matched else None,
            "page_accuracy": round(self.page_ok / self.matched, 4) if self.matched else None,
            "fields_gold": self.fields_gold, "fields_found": self.fields_ok,
            "fields_recall": round(self.fields_ok / self.fields_gold, 4) if self.fields_gold else None,
            "attributes_gold": self.attributes_gold, "attributes_found": self.attributes_ok,
            "documents": self.documents, "year_ok": self.year_ok, "gemeenten_ok": self.gemeenten_ok,
            "corporaties_ok": self.corporaties_ok, "party_gold": self.party_gold, "party_found": self.party_found,
            "party_recall": round(self.party_found / self.party_gold, 4) if self.party_gold else None,
            **({"meta_wrong": list(self.meta_wrong)} if self.meta_wrong else {}),
        }


_COUNTS = ("predicted", "gold", "matched", "number_ok", "party_ok", "page_ok", "fields_gold", "fields_ok",
           "attributes_gold", "attributes_ok", "documents", "year_ok", "gemeenten_ok", "corporaties_ok", "party_gold",
           "party_found")

def _bare_number(number: str | None) -> str | None:
    """A number as printed without its closing mark or label word: "1)", "(1)", "3." and "Afspraak 3" are 1 and 3
    (the tool keeps a label word, "Maatregel 4"; a writer's gold may leave it out)."""
    bare = (number or "").strip().strip("().:").strip()
    return re.sub(r"^(?:afspraak|maatregel|actie|activiteit|artikel)\s+", "", bare, flags=re.I) or None


def _same(a: Any, b: Any) -> bool:
    """Field values compared as printed, whitespace and case folded."""
    def fold(v: Any) -> str:
        return " ".join(str(v or "").lower().split())
    return fold(a) == fold(b)


def _folded(attributes: dict[str, Any] | None, lists: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Attributes without case or spacing; those named in `lists` (a list in the gold: the parties ticked on a
    form) as sets of names, without a legal form ("Stichting X" is the X the form prints)."""
    forms = tuple(f"{w} " for w in lexicon.load("structure").get("legal_forms", []))
    out: dict[str, Any] = {}
    for k, v in (attributes or {}).items():
        if k.lower() in lists:
            items = v if isinstance(v, list) else str(v).split(",")
            out[k.lower()] = {_strip_forms(" ".join(str(x).lower().split()), forms) for x in items}
        else:
            out[k.lower()] = " ".join(str(v).lower().split())
    return out


def _strip_forms(name: str, forms: tuple[str, ...]) -> str:
    for form in forms:
        name = name.removeprefix(form)
    return name


def _names(values: Any) -> set[str]:
    """Organisation names compared without case and without a leading 'gemeente'."""
    return {" ".join(str(v).lower().removeprefix("gemeente ").split()) for v in values or ()}


def score_meta(meta: DocumentMeta, gold: dict[str, Any]) -> tuple[int, int, int]:
    """Whether year, gemeenten and corporaties are exactly as in the gold document (1 or 0 each)."""
    wrong = {w.split(":")[0] for w in meta_mistakes(meta, gold)}
    return int("year" not in wrong), int("gemeenten" not in wrong), int("corporaties" not in wrong)


def meta_mistakes(meta: DocumentMeta, gold: dict[str, Any]) -> tuple[str, ...]:
    """Each metadata field that differs from the gold document, with both values: "year: 2024, gold 2025"."""
    gold_year = gold.get("year", (gold.get("years") or [None])[0])
    gemeenten = gold.get("gemeenten") or ([gold["gemeente"]] if gold.get("gemeente") else [])
    found = []
    if meta.year != gold_year:
        found.append(f"year: {meta.year}, gold {gold_year}")
    for name, got, want in (("gemeenten", meta.gemeenten, gemeenten),
                            ("corporaties", meta.corporaties, gold.get("corporaties") or [])):
        if _names(got) != _names(want):
            found.append(f"{name}: {'; '.join(got) or '-'}, gold {'; '.join(want) or '-'}")
    return tuple(found)


def score_document(name: str, predicted: Sequence[Afspraak], gold: Sequence[dict[str, Any]],
                   meta: DocumentMeta | None = None, gold_meta: dict[str, Any] | None = None) -> ExtractScore:
    """Match one document's predicted afspraken to its gold ones and count what agrees: number, party, page, the
    per-afspraak fields (trekker and planning, other attributes) and, given both, the document metadata."""
    matches = match_afspraken([a.text for a in predicted], [g["text"] for g in gold])
    number_ok = party_ok = page_ok = fields_ok = attributes_ok = party_found = 0
    for i, j, _ in matches:
        p, g = predicted[i], gold[j]
        number_ok += _bare_number(p.number) == _bare_number(g.get("number"))
        party_ok += (p.party or None) == (g.get("party") or None)
        party_found += bool(g.get("party")) and p.party == g["party"]
        page_ok += g.get("page") is None or p.page == g["page"]
        if g.get("trekker") or g.get("planning"):
            fields_ok += _same(p.trekker, g.get("trekker")) and _same(p.planning, g.get("planning"))
        if g.get("attributes"):
            lists = frozenset(k.lower() for k, v in g["attributes"].items() if isinstance(v, list))
            attributes_ok += _folded(p.attributes, lists) == _folded(g["attributes"], lists)
    fields_gold = sum(1 for g in gold if g.get("trekker") or g.get("planning"))
    attributes_gold = sum(1 for g in gold if g.get("attributes"))
    year_ok, gemeenten_ok, corporaties_ok = score_meta(meta, gold_meta) if meta and gold_meta else (0, 0, 0)
    return ExtractScore(name, len(predicted), len(gold), len(matches), number_ok, party_ok, page_ok, fields_gold,
                        fields_ok, attributes_gold, attributes_ok, int(bool(meta and gold_meta)), year_ok,
                        gemeenten_ok, corporaties_ok, sum(1 for g in gold if g.get("party")), party_found,
                        meta_mistakes(meta, gold_meta) if meta and gold_meta else ())


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
        score = score_document(info["id"], doc.afspraken, gold["afspraken"], doc.meta, info)
        per_doc.append(score)
        fam = per_family.get(info["family"])
        per_family[info["family"]] = score if fam is None else fam + score
    total = sum(per_doc[1:], per_doc[0]) if per_doc else ExtractScore("all", 0, 0, 0)
    total = replace(total, name="all")
    return {
        "documents": [s.to_dict() for s in per_doc],
        "families": {k: {**v.to_dict(), "name": k} for k, v in sorted(per_family.items())},
        "overall": {**total.to_dict(), "name": "all"},
    }


def scores_markdown(groups: dict[str, dict[str, Any]], overall: dict[str, Any],
                    documents: Sequence[dict[str, Any]] = ()) -> str:
    """A Markdown table of extraction scores: segmentation, provenance (party: of all matched afspraken, and
    "parties" found of the gold afspraken that have one), then the per-afspraak fields (trekker and planning found
    as in the gold, of the afspraken that have them; other attributes likewise) and the documents whose year,
    gemeenten and corporaties are exactly right; below it, per document, each metadata field that is wrong."""
    buf = io.StringIO()
    buf.write("| family | gold | predicted | matched | precision | recall | F1 | number | party | parties | page "
              "| trekker/planning | attributes | year | gemeenten | corporaties |\n")
    buf.write("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
    for row in [*groups.values(), overall]:
        docs = row.get("documents", 0)
        buf.write(
            f"| {row['name']} | {row['gold']} | {row['predicted']} | {row['matched']} | {row['precision']:.3f} | "
            f"{row['recall']:.3f} | {row['f1']:.3f} | {row['number_accuracy']} | {row['party_accuracy']} | "
            f"{row.get('party_found', 0)}/{row.get('party_gold', 0)} | {row['page_accuracy']} | "
            f"{row.get('fields_found', 0)}/{row.get('fields_gold', 0)} | "
            f"{row.get('attributes_found', 0)}/{row.get('attributes_gold', 0)} | {row.get('year_ok', 0)}/{docs} | "
            f"{row.get('gemeenten_ok', 0)}/{docs} | {row.get('corporaties_ok', 0)}/{docs} |\n"
        )
    wrong = [(d["name"], w) for d in documents for w in d.get("meta_wrong", ())]
    if wrong:
        buf.write("\nMetadata wrong:\n\n" + "".join(f"- {name}: {w}\n" for name, w in wrong))
    return buf.getvalue()

