"""Score commitment frames against gold: actors, quantities with unit, deadline and modality per afspraak, and the
modality reading on a set of labelled sentences (`afspraken evaluate frames`)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import lexicon
from ..actors import names_to_roles
from ..changes import FREQUENCY_UNIT, frequency_period
from ..frames import text_to_frame
from ..inflation import RELATIVE_RENT_UNITS
from ..nlp import parse_docs
from ..quantities import PERIODS_PER_YEAR
from ..reading import text_to_reading
from ..types import Frame

SLOTS: tuple[str, ...] = ("actors", "quantities", "deadline", "modality")


def _gold_quantities(gold: dict[str, Any]) -> list[tuple[float, str, float | None]]:
    """(value, unit, value_max) per gold figure; a range is its low end with `value_max` its high end."""
    return [(float(q["value"]), str(q.get("unit") or ""),
             float(q["value_max"]) if isinstance(q.get("value_max"), int | float) else None)
            for q in gold.get("quantities") or [] if isinstance(q.get("value"), int | float)]


def _per_year(value: float, unit: str) -> tuple[float, str]:
    """A frequency as a count per year ("1 keer per maand" is "12 keer per jaar"), any other figure as it is."""
    period = frequency_period(unit.lower())
    if period in PERIODS_PER_YEAR:
        return value * PERIODS_PER_YEAR[period], FREQUENCY_UNIT + "jaar"
    return value, unit


def _same_figure(read: tuple[float, str, float | None, float | None], value: float, value_max: float | None,
                 unit: str) -> bool:
    """A read figure is the gold's: the same size, or the same range (the tool keeps a range's middle as its
    value and its ends apart), or the same frequency in another period."""
    size, read_unit, low, high = read
    if value_max is not None:
        return low == value and high == value_max
    return abs(size) == abs(value) or (_per_year(size, read_unit) == _per_year(value, unit) and bool(read_unit))


def _canonical(unit: str) -> str:
    """A unit's head on the tool's scale: "werkdagen" -> "dagen", "euro per woning" -> "euro", "%" -> "procent"."""
    units = lexicon.units()
    head = unit.lower().split()[0] if unit.strip() else ""
    return units.get(head, head)


def _compatible(a: str, b: str) -> bool:
    relative = [x for x in (a, b) if x.lower() in RELATIVE_RENT_UNITS or "inflatie" in x.lower()]
    if relative:  # "0,5% onder de inflatie", "1 procentpunt onder de maximale huursomstijging": two spellings
        return any(w in x.lower() for x in (a, b) for w in ("%", "procent")) or len(relative) == 2
    a, b = _canonical(a), _canonical(b)
    return bool(a and b) and (a == b or a in b or b in a)


def quantities_agree(frame: Frame, gold: dict[str, Any]) -> bool:
    """Every gold figure is read with its value and a compatible unit, and no other figure of a unit the gold
    counts is read.  A "geen" is a figure of zero of any unit; a zero the gold does not list (a "geen" in a
    consequence, "zodat er geen ... meer zijn") is no error; a figure relative to inflation or the rent cap
    compares by its size ("0,5% onder de inflatie": the tool reads -0.5, a reader writes 0.5 with the direction
    in the unit).
    Figures of units the gold does not count (an age, a floor area) are left out: the gold lists the figures a
    commitment is about."""
    golds = _gold_quantities(gold)
    read = [(float(q.value), q.unit or (q.noun or ""), q.low, q.high) for q in frame.quantities]
    unmatched = list(read)
    for value, unit, value_max in golds:
        hit = next((r for r in unmatched if _same_figure(r, value, value_max, unit) and (
            _compatible(r[1], unit) or not r[1] or value == 0)), None)
        if hit is None:
            return False
        unmatched.remove(hit)
    return not any(v != 0 and any(_compatible(u, g) for _, g, _ in golds) for v, u, _, _ in unmatched)


def slot_agreement(frame: Frame, gold: dict[str, Any]) -> dict[str, bool]:
    """Per slot, whether the frame agrees with a gold frame (the challenge corpus's `frame` object)."""
    deadline = (gold.get("deadline") or {}).get("year")
    return {
        "actors": sorted(set(frame.actors)) == sorted(set(gold.get("actors") or [])),
        "quantities": quantities_agree(frame, gold),
        "deadline": (frame.deadline.year if frame.deadline else None) == deadline,
        "modality": frame.modality == gold.get("modality"),
    }


def pdf_context(pdf: Path) -> dict[str, tuple[str | None, str | None]]:
    """What the pipeline reads beside the text of each afspraak of a PDF, by its text: its lead-in
    (`Afspraak.lead_in`, a fragment's actor and modality come from it) and the parties its table row marks
    (attribute "partijen"); the gold keeps the text only. Empty when there is no PDF."""
    if not pdf.exists():
        return {}
    from ..run import extract

    return {a.text: (a.lead_in, (a.attributes or {}).get("partijen")) for a in extract(pdf, model=None).afspraken
            if a.lead_in or (a.attributes or {}).get("partijen")}


def evaluate_frames(corpus_dir: str | Path) -> dict[str, Any]:
    """Read the frame of every gold afspraak that has one and score each slot, each with the lead-in the
    pipeline reads above it in the document's PDF (`pdf/<id>.pdf` beside `gold/`), if any.

    Returns:
        {"afspraken": n, "slots": {slot: agreement}, "families": {family: {slot: agreement}}, "mistakes": [...]}.

    Raises:
        FileNotFoundError: no gold documents with frames under `corpus_dir`.
    """
    totals: Counter = Counter()
    agree: Counter = Counter()
    per_family: dict[str, Counter] = {}
    family_n: Counter = Counter()
    mistakes: list[dict[str, Any]] = []
    for path in sorted((Path(corpus_dir) / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "document" not in data:
            continue
        doc = data["document"]
        names = names_to_roles(doc.get("gemeenten") or [doc.get("gemeente") or ""], doc.get("corporaties") or [],
                               doc.get("huurdersorganisaties") or [])
        items = [a for a in data["afspraken"] if a.get("frame")]
        context = pdf_context(Path(corpus_dir) / "pdf" / f"{doc.get('id', path.stem)}.pdf")
        parse_docs([a["text"] for a in items])
        for a in items:
            lead_in, marked = context.get(" ".join(a["text"].split()), (None, None))
            frame = text_to_frame(a["text"], year=doc.get("year"), names=names, register=doc.get("type"),
                                  party=a.get("party"), lead_in=lead_in, marked=marked)
            result = slot_agreement(frame, a["frame"])
            family = doc.get("family", path.stem)
            fam = per_family.setdefault(family, Counter())
            family_n[family] += 1
            totals["n"] += 1
            for slot, ok in result.items():
                agree[slot] += ok
                fam[slot] += ok
            if not all(result.values()):
                mistakes.append({"document": doc.get("id"), "key": a.get("key"),
                                 "wrong": [s for s, ok in result.items() if not ok],
                                 "predicted": frame.to_dict(), "gold": a["frame"]})
    if not totals["n"]:
        raise FileNotFoundError(f"{corpus_dir}: no gold afspraken with a frame")
    n = totals["n"]
    return {
        "afspraken": n,
        "slots": {slot: round(agree[slot] / n, 4) for slot in SLOTS},
        "families": {f: {slot: round(c[slot] / family_n[f], 4) for slot in SLOTS}
                     for f, c in sorted(per_family.items())},
        "mistakes": mistakes,
    }


def evaluate_modality(items: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The modality reading on labelled texts ({"text", "is_commitment", "modality"} per item, as in
    tests/data/real_phrasing): of the commitments, how many get no reading and how many agree with the gold level;
    of the non-commitments, how many are read as committing."""
    items = list(items)
    parse_docs([i["text"] for i in items])
    confusion: Counter = Counter()
    commitments = none = agreed = non = false_commit = 0
    for item in items:
        reading = text_to_reading(item["text"])
        if item.get("is_commitment"):
            commitments += 1
            none += reading.level is None
            agreed += reading.level == item.get("modality")
            confusion[(item.get("modality"), reading.level)] += 1
        else:
            non += 1
            false_commit += reading.level is not None and not reading.past
    return {
        "commitments": commitments,
        "no_reading": round(none / commitments, 4) if commitments else None,
        "agreement": round(agreed / commitments, 4) if commitments else None,
        "non_commitments": non,
        "non_commitments_read_as_commitment": round(false_commit / non, 4) if non else None,
        "confusion": {f"{g} -> {p}": c for (g, p), c in sorted(confusion.items(), key=lambda x: -x[1])},
    }


def frames_markdown(result: dict[str, Any]) -> str:
    """The slot agreements of `evaluate_frames` as a Markdown table."""
    lines = [f"{result['afspraken']} afspraken with a gold frame\n", "| family | " + " | ".join(SLOTS) + " |",
             "|---|" + "---:|" * len(SLOTS)]
    for family, row in result["families"].items():
        lines.append(f"| {family} | " + " | ".join(f"{row[s]:.3f}" for s in SLOTS) + " |")
    lines.append("| **all** | " + " | ".join(f"**{result['slots'][s]:.3f}**" for s in SLOTS) + " |")
    return "\n".join(lines) + "\n"
