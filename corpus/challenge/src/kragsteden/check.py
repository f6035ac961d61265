# -*- coding: utf-8 -*-
"""Self-check of the kragsteden family. Run from /work/main: .venv/bin/python corpus/challenge/src/kragsteden/check.py"""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "kragsteden"
DOCS = [f"{FAMILY}-{y}" for y in (2024, 2025, 2026)]
PAIRS = [(DOCS[0], DOCS[1]), (DOCS[1], DOCS[2])]
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODS = {"firm", "intent", "explore", "discuss"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HN = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}
errors = []


def norm(s):
    s = re.sub(r"-\n(\S)", r"\1", s)  # a hyphen at a line end joins the word
    return " ".join(s.split())


def normt(s):
    return " ".join(s.split())


golds = {}
for did in DOCS:
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    if os.path.getsize(pdfp) > 150 * 1024:
        errors.append(f"{did}: pdf too large")
    g = json.load(open(os.path.join(OUT, "gold", did + ".json"), encoding="utf-8"))
    golds[did] = g
    with pdfplumber.open(pdfp) as pdf:
        raw = [p.extract_text() or "" for p in pdf.pages]
    if g["document"]["pages"] != len(raw):
        errors.append(f"{did}: pages {g['document']['pages']} != {len(raw)}")
    keys = set()
    for a in g["afspraken"]:
        k = a["key"]
        if k in keys:
            errors.append(f"{did}: duplicate key {k}")
        keys.add(k)
        t = normt(a["text"])
        if t[:1].isdigit():
            errors.append(f"{did} {k}: text starts with digit")
        p = a["page"]
        one = norm(raw[p - 1])
        two = norm(raw[p - 1] + "\n" + (raw[p] if p < len(raw) else ""))
        if t not in one and t not in two:
            errors.append(f"{did} {k}: text not on page {p}")
        if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
            errors.append(f"{did} {k}: theme")
        if a["frame"]["modality"] not in MODS:
            errors.append(f"{did} {k}: modality")
        if a["number"] is not None:
            errors.append(f"{did} {k}: number should be null")
    th = collections.Counter(a["theme"] for a in g["afspraken"])
    print(f"{did}: pages={len(raw)} afspraken={len(g['afspraken'])} themes={dict(th)}")
    if len(g["afspraken"]) < 25:
        errors.append(f"{did}: fewer than 25 afspraken")

for o, n in PAIRS:
    pp = json.load(open(os.path.join(OUT, "gold", "pairs", f"{o}__{n}.json"), encoding="utf-8"))
    ot = {a["key"]: a["text"] for a in golds[o]["afspraken"]}
    nt = {a["key"]: a["text"] for a in golds[n]["afspraken"]}
    so, sn = collections.Counter(), collections.Counter()
    st, kinds, hns = collections.Counter(), collections.Counter(), collections.Counter()
    for l in pp["links"]:
        s = l["status"]
        st[s] += 1
        if l["old"] is not None:
            so[l["old"]] += 1
        if l["new"] is not None:
            sn[l["new"]] += 1
        for k in l["kinds"]:
            kinds[k] += 1
            if k not in KINDS:
                errors.append(f"{o}__{n}: bad kind {k}")
        if l["hard_negative"] not in HN:
            errors.append(f"{o}__{n}: bad hn")
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
        if s == "unchanged" and ot[l["old"]] != nt[l["new"]]:
            errors.append(f"{o}__{n} {l['old']}: unchanged but text differs")
        if s in ("reworded", "weakened", "strengthened", "modified") and ot[l["old"]] == nt[l["new"]]:
            errors.append(f"{o}__{n} {l['old']}: {s} but identical")
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            errors.append(f"{o}__{n} {l['old']}: no kinds")
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            errors.append(f"{o}__{n}: new/dropped malformed")
    if set(so) != set(ot) or any(v != 1 for v in so.values()):
        errors.append(f"{o}__{n}: old coverage")
    if set(sn) != set(nt) or any(v != 1 for v in sn.values()):
        errors.append(f"{o}__{n}: new coverage")
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in need.items():
        if st[k] < v:
            errors.append(f"{o}__{n}: {k} {st[k]} < {v}")
    if nonun < 22:
        errors.append(f"{o}__{n}: non-unchanged {nonun} < 22")
    if st["modified"] > 1:
        errors.append(f"{o}__{n}: more than one modified")
    print(f"{o} -> {n}: links={len(pp['links'])} non-unchanged={nonun} statuses={dict(st)} kinds={dict(kinds)} "
          f"hard_negatives={dict(hns)}")

if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
