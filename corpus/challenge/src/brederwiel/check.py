# -*- coding: utf-8 -*-
"""Self-check of the brederwiel family (texts in PDF, pair coverage, pair counts)."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "challenge", "dev"))
DOCS = ["brederwiel-bod-2026", "brederwiel-2025", "brederwiel-2026"]
PAIRS = [("brederwiel-2025", "brederwiel-2026"), ("brederwiel-bod-2026", "brederwiel-2026")]
MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}


def norm(t, join_hyphen):
    if join_hyphen:
        t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)
    return re.sub(r"\s+", " ", t).strip()


ok = True
gold = {}
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    gold[d] = g
    pdf = os.path.join(OUT, "pdf", d + ".pdf")
    size = os.path.getsize(pdf)
    with pdfplumber.open(pdf) as p:
        pages = [pg.extract_text() or "" for pg in p.pages]
    if len(pages) != g["document"]["pages"]:
        print("PAGES MISMATCH", d, len(pages), g["document"]["pages"]); ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", d); ok = False
    themes = collections.Counter(a["theme"] for a in g["afspraken"])
    for a in g["afspraken"]:
        t = re.sub(r"\s+", " ", a["text"]).strip()
        if t[:1].isdigit():
            print("TEXT STARTS WITH DIGIT", d, a["key"]); ok = False
        i = a["page"] - 1
        cands = []
        for jh in (False, True):
            cands.append(norm(pages[i], jh))
            if i + 1 < len(pages):
                cands.append(norm(pages[i] + "\n" + pages[i + 1], jh))
        if not any(t in c for c in cands):
            print("NOT FOUND", d, a["key"], "page", a["page"], "|", t[:80]); ok = False
    print("%-22s pages=%d size=%dKB afspraken=%d themes=%s" % (d, len(pages), size // 1024, len(keys), dict(themes)))
    if size > 150 * 1024:
        print("TOO LARGE", d); ok = False
    if len(keys) < 25:
        print("TOO FEW AFSPRAKEN", d); ok = False

for o, n in PAIRS:
    pr = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
    ok_keys = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    nk_keys = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    ol = [a["key"] for a in gold[o]["afspraken"]]
    nl = [a["key"] for a in gold[n]["afspraken"]]
    if sorted(ok_keys.elements()) != sorted(ol) or sorted(nk_keys.elements()) != sorted(nl):
        print("COVERAGE ERROR", o, n, set(ol) ^ set(ok_keys), set(nl) ^ set(nk_keys)); ok = False
    otext = {a["key"]: a["text"] for a in gold[o]["afspraken"]}
    ntext = {a["key"]: a["text"] for a in gold[n]["afspraken"]}
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
        if l["status"] == "new" and l["old"] or l["status"] == "dropped" and l["new"]:
            print("BAD NEW/DROPPED", l); ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    print("%s -> %s: links=%d non-unchanged=%d statuses=%s kinds=%s hard_negatives=%s"
          % (o, n, len(pr["links"]), nonun, dict(st), dict(kinds), dict(hn)))
    if nonun < 22:
        print("TOO FEW CHANGES"); ok = False
    for k, v in MIN.items():
        if st[k] < v:
            print("TOO FEW", k); ok = False
    if st["unchanged"] < 1:
        print("NO UNCHANGED"); ok = False

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
