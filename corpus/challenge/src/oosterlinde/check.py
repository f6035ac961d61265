# -*- coding: utf-8 -*-
"""Check the oosterlinde family: gold texts in the PDF pages, pair coverage and pair counts."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "oosterlinde"
DOCS = ["oosterlinde-2024", "oosterlinde-2025", "oosterlinde-2026"]
PAIRS = [("oosterlinde-2024", "oosterlinde-2025"), ("oosterlinde-2025", "oosterlinde-2026")]
NEED = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}


def norm(s):
    s = re.sub(r"-\n(?=\w)", "", s)
    return re.sub(r"\s+", " ", s).strip()


ok = True
golds = {}
for did in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", did + ".json"), encoding="utf-8"))
    golds[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as pdf:
        pages = [norm(p.extract_text() or "") for p in pdf.pages]
    if len(pages) != g["document"]["pages"]:
        print("PAGES MISMATCH", did); ok = False
    per_page = collections.Counter()
    keys = set()
    for a in g["afspraken"]:
        if a["key"] in keys:
            print("DUP KEY", did, a["key"]); ok = False
        keys.add(a["key"])
        if a["text"][:1].isdigit():
            print("TEXT STARTS WITH DIGIT", did, a["key"]); ok = False
        p = a["page"]
        per_page[p] += 1
        hay = pages[p - 1] + " " + (pages[p] if p < len(pages) else "")
        if norm(a["text"]) not in hay:
            print("TEXT NOT FOUND", did, a["key"], "page", p); ok = False
        if ("Nr " + a["number"]) not in pages[p - 1]:
            print("NUMBER NOT FOUND", did, a["key"], a["number"]); ok = False
    themes = collections.Counter(a["theme"] for a in g["afspraken"])
    print("%s: %d pages, %d afspraken, %d bytes, cards/page max %d, themes %s" % (
        did, len(pages), len(g["afspraken"]), size, max(per_page.values()), dict(themes)))
    if size > 150000 or len(g["afspraken"]) < 25:
        ok = False

for o, n in PAIRS:
    pr = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
    ok_keys = [a["key"] for a in golds[o]["afspraken"]]
    nk_keys = [a["key"] for a in golds[n]["afspraken"]]
    lo = [l["old"] for l in pr["links"] if l["old"] is not None]
    ln = [l["new"] for l in pr["links"] if l["new"] is not None]
    if sorted(lo) != sorted(ok_keys) or sorted(ln) != sorted(nk_keys):
        print("COVERAGE FAIL", o, n); ok = False
    oldt = {a["key"]: a["text"] for a in golds[o]["afspraken"]}
    newt = {a["key"]: a["text"] for a in golds[n]["afspraken"]}
    st = collections.Counter()
    kinds = collections.Counter()
    hns = collections.Counter()
    for l in pr["links"]:
        st[l["status"]] += 1
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
        same = l["old"] and l["new"] and oldt[l["old"]] == newt[l["new"]]
        if (l["status"] == "unchanged") != bool(same):
            print("UNCHANGED MISMATCH", l); ok = False
        if l["status"] == "new" and l["old"] is not None or l["status"] == "dropped" and l["new"] is not None:
            print("NEW/DROPPED MISMATCH", l); ok = False
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            print("NO KINDS", l); ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    print("%s -> %s: %s non-unchanged=%d kinds=%s hard_negatives=%s" % (o, n, dict(st), nonun, dict(kinds), dict(hns)))
    if nonun < 22 or any(st[k] < v for k, v in NEED.items()):
        print("COUNTS FAIL", o, n); ok = False

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
