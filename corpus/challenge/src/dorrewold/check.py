# -*- coding: utf-8 -*-
"""Self-check for the dorrewold family: gold texts in the PDF pages, pair coverage, per-pair counts."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "dorrewold"


def norm(t):
    t = re.sub(r"-\n\s*", "", t)
    return re.sub(r"\s+", " ", t).strip()


ok = True
docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as pdf:
        texts = [p.extract_text() or "" for p in pdf.pages]
        if len(pdf.pages) != g["document"]["pages"]:
            print("PAGES MISMATCH", did); ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUP KEYS", did); ok = False
    themes = collections.Counter()
    for a in g["afspraken"]:
        themes[a["theme"]] += 1
        p = a["page"] - 1
        here = norm(texts[p])
        both = norm(texts[p] + "\n" + (texts[p + 1] if p + 1 < len(texts) else ""))
        t = norm(a["text"])
        if t not in here and t not in both:
            print("NOT FOUND", did, a["key"], a["page"], t[:80]); ok = False
        if a["text"][:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"]); ok = False
        for v in a["attributes"].values():
            if norm(v) not in both:
                print("ATTR NOT FOUND", did, a["key"], v); ok = False
    if size > 150 * 1024 or len(keys) < 25:
        print("SIZE/COUNT", did, size, len(keys)); ok = False
    print(f"{did}: pages={g['document']['pages']} afspraken={len(keys)} size={size // 1024}KB themes={dict(themes)}")

REQ = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
    pr = json.load(open(pp, encoding="utf-8"))
    old, new = docs[pr["old"]], docs[pr["new"]]
    ok_keys = [a["key"] for a in old["afspraken"]]
    nk_keys = [a["key"] for a in new["afspraken"]]
    lo = [l["old"] for l in pr["links"] if l["old"]]
    ln = [l["new"] for l in pr["links"] if l["new"]]
    if sorted(lo) != sorted(ok_keys) or sorted(ln) != sorted(nk_keys):
        print("COVERAGE FAIL", pp); ok = False
    otext = {a["key"]: a["text"] for a in old["afspraken"]}
    ntext = {a["key"]: a["text"] for a in new["afspraken"]}
    st = collections.Counter(l["status"] for l in pr["links"])
    kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        if l["old"] and l["new"]:
            same = otext[l["old"]] == ntext[l["new"]]
            if same != (l["status"] == "unchanged"):
                print("UNCHANGED MISMATCH", l); ok = False
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            print("NO KINDS", l); ok = False
    nonu = sum(v for k, v in st.items() if k != "unchanged")
    for k, v in REQ.items():
        if st[k] < v:
            print("COUNT FAIL", pp, k, st[k]); ok = False
    if nonu < 22 or st["unchanged"] < 1:
        print("COUNT FAIL non-unchanged/unchanged", nonu, st["unchanged"]); ok = False
    moved = [l["new"] for l in pr["links"] if l["old"] and l["new"] and
             [a["party"] for a in old["afspraken"] if a["key"] == l["old"]] !=
             [a["party"] for a in new["afspraken"] if a["key"] == l["new"]]]
    print(f"{pr['old']} -> {pr['new']}: links={len(pr['links'])} non-unchanged={nonu} statuses={dict(st)} "
          f"kinds={dict(kinds)} hard_negatives={dict(hn)} moved={moved}")

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
