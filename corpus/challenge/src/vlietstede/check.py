# -*- coding: utf-8 -*-
"""Self-check of the vlietstede family. Run from /work/main:
    .venv/bin/python corpus/challenge/src/vlietstede/check.py
Exit code 1 when a check fails."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")

import pdfplumber  # noqa: E402

from textutil import norm, page_texts  # noqa: E402

FAMILY = "vlietstede"
DOCS = [f"{FAMILY}-2024", f"{FAMILY}-bod-2025", f"{FAMILY}-2025"]
PAIRS = [(f"{FAMILY}-2024", f"{FAMILY}-2025"), (f"{FAMILY}-bod-2025", f"{FAMILY}-2025")]
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HN = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}
ACTORS = {"gemeente", "corporatie", "huurdersorganisatie", "partijen", "other"}
MODALITIES = {"firm", "intent", "explore", "discuss"}
COMPARATORS = {"min", "max", "approx", "exact", "range"}

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(doc_id):
    with open(os.path.join(OUT, "gold", doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def check_doc(doc_id):
    g = load(doc_id)
    d = g["document"]
    pdf = os.path.join(OUT, "pdf", doc_id + ".pdf")
    size = os.path.getsize(pdf)
    if size >= 150 * 1024:
        err(f"{doc_id}: PDF is {size} bytes")
    texts = page_texts(pdf)
    with pdfplumber.open(pdf) as p:
        plain = [norm(pg.extract_text() or "") for pg in p.pages]
    if d["pages"] != len(texts):
        err(f"{doc_id}: pages {d['pages']} != {len(texts)}")
    keys = set()
    plain_hits = 0
    for a in g["afspraken"]:
        k = a["key"]
        if k in keys:
            err(f"{doc_id}: duplicate key {k}")
        keys.add(k)
        t = norm(a["text"])
        if t[:1].isdigit():
            err(f"{doc_id}/{k}: text starts with a digit")
        pg = a["page"]
        here = texts[pg - 1]
        both = here + " " + (texts[pg] if pg < len(texts) else "")
        if t not in both:
            err(f"{doc_id}/{k}: text not found on page {pg} (or next)")
        elif not here.startswith(t) and t[:60] not in here:
            err(f"{doc_id}/{k}: text does not start on page {pg}")
        pb = plain[pg - 1] + " " + (plain[pg] if pg < len(plain) else "")
        plain_hits += t in pb
        if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
            err(f"{doc_id}/{k}: bad theme(s)")
        fr = a["frame"]
        if not fr["actors"] or not set(fr["actors"]) <= ACTORS:
            err(f"{doc_id}/{k}: bad actors")
        if fr["modality"] not in MODALITIES:
            err(f"{doc_id}/{k}: bad modality")
        for q in fr["quantities"]:
            if q["comparator"] not in COMPARATORS or set(q) != {"value", "unit", "comparator", "value_max"}:
                err(f"{doc_id}/{k}: bad quantity {q}")
        for c in fr["conditions"]:
            if norm(c) not in t:
                err(f"{doc_id}/{k}: condition not in text: {c}")
        if fr["deadline"] and fr["deadline"]["text"] not in t and fr["deadline"]["text"] != a["planning"]:
            err(f"{doc_id}/{k}: deadline text not in text/planning: {fr['deadline']['text']}")
        need = {"key", "number", "section", "party", "theme", "themes", "page", "text", "trekker", "planning",
                "attributes", "frame"}
        if set(a) != need:
            err(f"{doc_id}/{k}: fields {sorted(set(a) ^ need)}")
    n = len(g["afspraken"])
    minimum = 20 if d["type"] == "bod" else 25
    if n < minimum:
        err(f"{doc_id}: only {n} afspraken")
    th = collections.Counter(a["theme"] for a in g["afspraken"])
    print(f"{doc_id}: type={d['type']} pages={d['pages']} afspraken={n} size={size // 1024}KB "
          f"(plain extract_text finds {plain_hits}/{n})")
    print("   themes:", dict(th))
    return g


def check_pair(old, new, docs):
    with open(os.path.join(OUT, "gold", "pairs", f"{old}__{new}.json"), encoding="utf-8") as f:
        p = json.load(f)
    ok = {a["key"]: a for a in docs[old]["afspraken"]}
    nk = {a["key"]: a for a in docs[new]["afspraken"]}
    seen_o, seen_n = collections.Counter(), collections.Counter()
    st, kinds, hns = collections.Counter(), collections.Counter(), collections.Counter()
    for l in p["links"]:
        s = l["status"]
        st[s] += 1
        if s not in STATUSES:
            err(f"{old}__{new}: bad status {s}")
        if l["hard_negative"] not in HN:
            err(f"{old}__{new}: bad hard_negative {l['hard_negative']}")
        if l["hard_negative"] and s != "reworded":
            err(f"{old}__{new}: hard_negative on non-reworded link {l}")
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
        for k in l["kinds"]:
            kinds[k] += 1
            if k not in KINDS:
                err(f"{old}__{new}: bad kind {k}")
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            err(f"{old}__{new}: {s} without kinds: {l}")
        if s not in ("weakened", "strengthened", "modified") and l["kinds"]:
            err(f"{old}__{new}: kinds on {s}: {l}")
        if s == "modified" and len(l["kinds"]) < 2:
            err(f"{old}__{new}: modified needs two kinds: {l}")
        if l["old"] is not None:
            seen_o[l["old"]] += 1
            if l["old"] not in ok:
                err(f"{old}__{new}: unknown old key {l['old']}")
        if l["new"] is not None:
            seen_n[l["new"]] += 1
            if l["new"] not in nk:
                err(f"{old}__{new}: unknown new key {l['new']}")
        if s == "new" and (l["old"] is not None or l["new"] is None):
            err(f"{old}__{new}: bad new link {l}")
        if s == "dropped" and (l["new"] is not None or l["old"] is None):
            err(f"{old}__{new}: bad dropped link {l}")
        if l["old"] in ok and l["new"] in nk:
            same = norm(ok[l["old"]]["text"]) == norm(nk[l["new"]]["text"])
            if (s == "unchanged") != same:
                err(f"{old}__{new}: {l['old']} status {s} but identical text = {same}")
    for k in ok:
        if seen_o[k] != 1:
            err(f"{old}__{new}: old key {k} appears {seen_o[k]} times")
    for k in nk:
        if seen_n[k] != 1:
            err(f"{old}__{new}: new key {k} appears {seen_n[k]} times")
    changed = sum(v for k, v in st.items() if k != "unchanged")
    if old.startswith(f"{FAMILY}-bod"):
        need = {"weakened": 4, "strengthened": 3, "new": 3, "dropped": 3}
    else:
        need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 1}
    for s, n in need.items():
        if st[s] < n:
            err(f"{old}__{new}: {s} {st[s]} < {n}")
    if changed < 22:
        err(f"{old}__{new}: only {changed} non-unchanged links")
    if st["modified"] > 1:
        err(f"{old}__{new}: more than one modified link")
    print(f"{old}__{new}: links={len(p['links'])} non-unchanged={changed}")
    print("   statuses:", dict(sorted(st.items())))
    print("   kinds:", dict(sorted(kinds.items())))
    print("   hard negatives:", dict(sorted(hns.items())))


def main():
    docs = {d: check_doc(d) for d in DOCS}
    for o, n in PAIRS:
        check_pair(o, n, docs)
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
