# -*- coding: utf-8 -*-
"""Self-check of the lommerveen family (run from /work/main)."""
import collections
import glob
import json
import os
import re

import pdfplumber

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAM = "lommerveen"
COLS = [(20, 255), (265, 590), (597, 822)]  # x ranges of the three columns (landscape pages)


def norm(s):
    s = re.sub(r"(\w)-\n(\w)", r"\1\2", s)
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf, i):
    p = pdf.pages[i]
    outs = [p.extract_text() or ""]
    if p.width > p.height:
        for x0, x1 in COLS:
            outs.append(p.crop((x0, 0, x1, p.height)).extract_text() or "")
    return [norm(t) for t in outs]


ok = True
docs = {}
for gpath in sorted(glob.glob(os.path.join(OUT, "gold", FAM + "-*.json"))):
    g = json.load(open(gpath, encoding="utf-8"))
    did = g["document"]["id"]
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as pdf:
        assert len(pdf.pages) == g["document"]["pages"], did
        cache = {}
        for a in g["afspraken"]:
            t = norm(a["text"])
            assert not t[0].isdigit(), a["key"]
            i = a["page"] - 1
            if i not in cache:
                cache[i] = page_texts(pdf, i)
            found = any(t in x for x in cache[i])
            if not found and i + 1 < len(pdf.pages):
                if i + 1 not in cache:
                    cache[i + 1] = page_texts(pdf, i + 1)
                found = any(t in (x + " " + y) for x in cache[i] for y in cache[i + 1])
            if not found:
                ok = False
                print("NOT FOUND", did, a["key"], a["page"])
    keys = [a["key"] for a in g["afspraken"]]
    assert len(keys) == len(set(keys)), did
    docs[did] = keys
    th = collections.Counter(a["theme"] for a in g["afspraken"])
    print("%-28s pages=%d afspraken=%d size=%dKB themes=%s" % (did, g["document"]["pages"], len(keys),
                                                                size // 1024, dict(th)))
    if size > 150 * 1024:
        ok = False
        print("TOO BIG", did)

MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAM + "-*.json"))):
    pr = json.load(open(pp, encoding="utf-8"))
    olds = [l["old"] for l in pr["links"] if l["old"]]
    news = [l["new"] for l in pr["links"] if l["new"]]
    if sorted(olds) != sorted(docs[pr["old"]]) or sorted(news) != sorted(docs[pr["new"]]):
        ok = False
        print("COVERAGE FAIL", pp)
    st = collections.Counter(l["status"] for l in pr["links"])
    kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    for k, m in MIN.items():
        if st[k] < m:
            ok = False
            print("COUNT FAIL", k, st[k])
    if nonun < 22:
        ok = False
        print("NON-UNCHANGED FAIL", nonun)
    for l in pr["links"]:
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            ok = False
            print("NO KINDS", l)
    print(os.path.basename(pp), "non-unchanged=%d" % nonun, dict(st), "kinds=", dict(kinds), "hn=", dict(hn))
print("OK" if ok else "FAILED")
