# -*- coding: utf-8 -*-
"""Self-check of the ruwaard family: gold texts in PDF pages, pair coverage, per-pair counts."""
import json
import os
import re
import sys
from collections import Counter

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
DOCS = ["ruwaard-2025", "ruwaard-2026", "ruwaard-bod-2026"]
PAIRS = [("ruwaard-2025", "ruwaard-2026"), ("ruwaard-bod-2026", "ruwaard-2026")]
MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}


def norm(t):
    t = re.sub(r"-\n(?=\w)", "-", t)   # a hyphen at a line end: join with the next line
    return re.sub(r"\s+", " ", t).strip()


def body_text(page):
    h = page.height
    return page.crop((0, 58, page.width, h - 55)).extract_text() or ""


ok = True
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    pdfp = os.path.join(OUT, "pdf", d + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as pdf:
        pages = [norm(body_text(p)) for p in pdf.pages]
        n = len(pdf.pages)
    if g["document"]["pages"] != n:
        ok = False
        print("PAGES MISMATCH", d, g["document"]["pages"], n)
    if size > 150000:
        ok = False
        print("TOO LARGE", d, size)
    split = 0
    keys = [a["key"] for a in g["afspraken"]]
    assert len(keys) == len(set(keys)), d
    for a in g["afspraken"]:
        t = norm(a["text"])
        p = a["page"] - 1
        if t[0].isdigit():
            ok = False
            print("STARTS WITH DIGIT", d, a["key"])
        if t in pages[p]:
            continue
        if p + 1 < n and t in pages[p] + " " + pages[p + 1] and not t in pages[p + 1]:
            split += 1
            continue
        ok = False
        print("NOT FOUND", d, a["key"], "page", a["page"])
    th = Counter(a["theme"] for a in g["afspraken"])
    print("%-18s pages=%d afspraken=%d over_page_break=%d size=%dKB themes=%s" %
          (d, n, len(keys), split, size // 1024, dict(th)))
    if len(keys) < 25:
        ok = False
        print("TOO FEW AFSPRAKEN", d)

for o, nw in PAIRS:
    pj = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, nw)), encoding="utf-8"))
    go = json.load(open(os.path.join(OUT, "gold", o + ".json"), encoding="utf-8"))
    gn = json.load(open(os.path.join(OUT, "gold", nw + ".json"), encoding="utf-8"))
    ok_keys = Counter(l["old"] for l in pj["links"] if l["old"])
    nk_keys = Counter(l["new"] for l in pj["links"] if l["new"])
    if set(ok_keys) != {a["key"] for a in go["afspraken"]} or max(ok_keys.values()) > 1:
        ok = False
        print("OLD COVERAGE", o)
    if set(nk_keys) != {a["key"] for a in gn["afspraken"]} or max(nk_keys.values()) > 1:
        ok = False
        print("NEW COVERAGE", nw)
    ot = {a["key"]: a["text"] for a in go["afspraken"]}
    nt = {a["key"]: a["text"] for a in gn["afspraken"]}
    for l in pj["links"]:
        if l["old"] and l["new"]:
            if (ot[l["old"]] == nt[l["new"]]) != (l["status"] == "unchanged"):
                ok = False
                print("UNCHANGED MISMATCH", l)
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            ok = False
            print("NO KINDS", l)
    st = Counter(l["status"] for l in pj["links"])
    kinds = Counter(k for l in pj["links"] for k in l["kinds"])
    hn = Counter(l["hard_negative"] for l in pj["links"] if l["hard_negative"])
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    print("%s__%s links=%d non-unchanged=%d statuses=%s kinds=%s hard_negatives=%s" %
          (o, nw, len(pj["links"]), nonun, dict(st), dict(kinds), dict(hn)))
    if nonun < 22 or any(st[k] < v for k, v in MIN.items()):
        ok = False
        print("COUNTS NOT MET", o, nw)

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
