# -*- coding: utf-8 -*-
"""Self-check for the zwaluwdijk family. Run from /work/main."""
import collections
import json
import os
import re
import sys

import pdfplumber

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAMILY = "zwaluwdijk"
DOCS = ["%s-%d" % (FAMILY, y) for y in (2024, 2025, 2026)]


def norm(s):
    s = re.sub(r"-\n(?=\S)", "-", s)
    return " ".join(s.split())


ok = True
golds = {}
for did in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", did + ".json"), encoding="utf-8"))
    golds[did] = g
    size = os.path.getsize(os.path.join(OUT, "pdf", did + ".pdf"))
    with pdfplumber.open(os.path.join(OUT, "pdf", did + ".pdf")) as pdf:
        pages = [norm(p.extract_text() or "") for p in pdf.pages]
    if len(pages) != g["document"]["pages"]:
        print("PAGES MISMATCH", did); ok = False
    if size > 150000:
        print("TOO LARGE", did, size); ok = False
    keys = set()
    themes = collections.Counter()
    for a in g["afspraken"]:
        assert a["key"] not in keys, a["key"]
        keys.add(a["key"])
        t = norm(a["text"])
        p = a["page"]
        hay = pages[p - 1] + " " + (pages[p] if p < len(pages) else "")
        if t not in hay:
            print("TEXT NOT FOUND", did, a["number"], a["key"], "p", p); ok = False
        if (a["number"] + " " + t) not in hay:
            print("NUMBER+TEXT NOT FOUND", did, a["number"]); ok = False
        if t[0].isdigit():
            print("STARTS WITH DIGIT", did, a["key"]); ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if n < 25:
        print("TOO FEW", did); ok = False
    print("%s: %d pages, %d afspraken, %d bytes, themes %s" % (did, len(pages), n, size, dict(themes)))

MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
for a, b in zip(DOCS, DOCS[1:]):
    p = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (a, b)), encoding="utf-8"))
    oldk = [x["key"] for x in golds[a]["afspraken"]]
    newk = [x["key"] for x in golds[b]["afspraken"]]
    oc = collections.Counter(l["old"] for l in p["links"] if l["old"])
    nc = collections.Counter(l["new"] for l in p["links"] if l["new"])
    if sorted(oc) != sorted(oldk) or any(v != 1 for v in oc.values()):
        print("OLD COVERAGE", a, b); ok = False
    if sorted(nc) != sorted(newk) or any(v != 1 for v in nc.values()):
        print("NEW COVERAGE", a, b); ok = False
    ot = {x["key"]: x["text"] for x in golds[a]["afspraken"]}
    nt = {x["key"]: x["text"] for x in golds[b]["afspraken"]}
    st = collections.Counter(l["status"] for l in p["links"])
    kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
    for l in p["links"]:
        if l["status"] == "unchanged" and ot[l["old"]] != nt[l["new"]]:
            print("UNCHANGED BUT DIFFERENT", l); ok = False
        if l["status"] != "unchanged" and l["old"] and l["new"] and ot[l["old"]] == nt[l["new"]]:
            print("CHANGED BUT IDENTICAL", l); ok = False
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            print("NO KINDS", l); ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    if nonun < 22:
        print("TOO FEW CHANGES", a, b); ok = False
    for k, m in MIN.items():
        if st[k] < m:
            print("TOO FEW", k, a, b); ok = False
    if st["unchanged"] < 1:
        print("NO UNCHANGED", a, b); ok = False
    print("%s -> %s: non-unchanged %d, statuses %s, kinds %s, hard_negatives %s" % (a, b, nonun, dict(st), dict(kinds), dict(hn)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
