# -*- coding: utf-8 -*-
"""Self-check of the tessendam family: gold texts in PDF text, pair coverage, pair counts."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", "corpus", "challenge", "dev"))
DOCS = ["tessendam-2025", "tessendam-2026", "tessendam-2027"]
PAIRS = [("tessendam-2025", "tessendam-2026"), ("tessendam-2026", "tessendam-2027")]


def norm(s):
    s = re.sub(r"-\n(?=\w)", "", s)
    return " ".join(s.split())


def page_texts(path):
    full, col = [], []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            full.append(norm(p.extract_text() or ""))
            # text column only (without checkbox, id and the status word at the right margin)
            col.append(norm(p.crop((105, 0, 472, p.height)).extract_text() or ""))
    return full, col


ok = True
gold = {}
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    gold[d] = g
    full, col = page_texts(os.path.join(OUT, "pdf", d + ".pdf"))
    assert g["document"]["pages"] == len(full), d
    size = os.path.getsize(os.path.join(OUT, "pdf", d + ".pdf"))
    assert size < 150_000
    th = collections.Counter(a["theme"] for a in g["afspraken"])
    st = collections.Counter(a["attributes"]["status"] for a in g["afspraken"])
    keys = [a["key"] for a in g["afspraken"]]
    assert len(keys) == len(set(keys)), d
    for a in g["afspraken"]:
        p = a["page"] - 1
        t = norm(a["text"])
        if a["text"][0].isdigit():
            print("STARTS WITH DIGIT", d, a["key"]); ok = False
        hay = col[p] + " " + (col[p + 1] if p + 1 < len(col) else "")
        if t not in hay:
            print("TEXT NOT FOUND", d, a["key"], a["page"]); ok = False
        # the number is printed on the start page
        if a["number"] not in full[p]:
            print("NUMBER NOT FOUND", d, a["key"]); ok = False
    print(d, "pages", len(full), "afspraken", len(keys), "bytes", size, dict(th), dict(st))

for o, n in PAIRS:
    pr = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
    ok_keys = [a["key"] for a in gold[o]["afspraken"]]
    nk_keys = [a["key"] for a in gold[n]["afspraken"]]
    lo = [l["old"] for l in pr["links"] if l["old"] is not None]
    ln = [l["new"] for l in pr["links"] if l["new"] is not None]
    if sorted(lo) != sorted(ok_keys) or sorted(ln) != sorted(nk_keys):
        print("COVERAGE FAIL", o, n); ok = False
    otext = {a["key"]: a["text"] for a in gold[o]["afspraken"]}
    ntext = {a["key"]: a["text"] for a in gold[n]["afspraken"]}
    sc = collections.Counter(l["status"] for l in pr["links"])
    kc = collections.Counter(k for l in pr["links"] for k in l["kinds"])
    hc = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        s = l["status"]
        if s == "unchanged" and otext[l["old"]] != ntext[l["new"]]:
            print("UNCHANGED BUT DIFFERENT", l); ok = False
        if s in ("reworded", "weakened", "strengthened", "modified") and otext[l["old"]] == ntext[l["new"]]:
            print("CHANGED BUT IDENTICAL", l); ok = False
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            print("NO KINDS", l); ok = False
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            print("BAD NEW/DROPPED", l); ok = False
    nonun = sum(v for k, v in sc.items() if k != "unchanged")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in need.items():
        if sc[k] < v:
            print("COUNT FAIL", o, n, k, sc[k]); ok = False
    if nonun < 22:
        print("NON-UNCHANGED FAIL", nonun); ok = False
    print("%s -> %s: links %d, non-unchanged %d" % (o, n, len(pr["links"]), nonun))
    print("  status", dict(sc))
    print("  kinds ", dict(kc))
    print("  hardneg", dict(hc))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
