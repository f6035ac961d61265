# -*- coding: utf-8 -*-
"""Self-check of the wolfsmeer family: gold texts in PDF pages, pair coverage, pair counts."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAMILY = "wolfsmeer"
# x-range of the "Afspraak" column in the landscape tables (same constants as build.py)
LM = 42
AF_X0, AF_X1 = LM + 30, LM + 30 + 336


def norm(s):
    s = re.sub(r"-\n(?=\w)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def texts(path):
    full, col = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            full.append(norm(pg.extract_text() or ""))
            if pg.width > pg.height:
                col.append(norm(pg.crop((AF_X0, 0, AF_X1, pg.height)).extract_text() or ""))
            else:
                col.append(full[-1])
    return full, col


errors = []
docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    if os.path.getsize(pdfp) > 150 * 1024:
        errors.append("%s too large" % did)
    full, col = texts(pdfp)
    if len(full) != g["document"]["pages"]:
        errors.append("%s page count" % did)
    keys = set()
    themes = collections.Counter()
    for a in g["afspraken"]:
        if a["key"] in keys:
            errors.append("%s dup key %s" % (did, a["key"]))
        keys.add(a["key"])
        themes[a["theme"]] += 1
        t = norm(a["text"])
        if t[:1].isdigit():
            errors.append("%s %s text starts with digit" % (did, a["key"]))
        p = a["page"] - 1
        here = col[p] + " " + (col[p + 1] if p + 1 < len(col) else "")
        if t not in col[p] and t not in here:
            errors.append("%s %s text not on page %d" % (did, a["key"], a["page"]))
        # the stand-van-zaken text must not leak into the afspraak column
        if a["attributes"].get("stand_van_zaken", "nieuw") != "nieuw" and norm(a["attributes"]["stand_van_zaken"]) in col[p]:
            errors.append("%s %s stand text inside afspraak column" % (did, a["key"]))
    n = len(g["afspraken"])
    if n < 25:
        errors.append("%s only %d afspraken" % (did, n))
    print("%s: %d pages, %d afspraken, themes %s" % (did, g["document"]["pages"], n, dict(themes)))

NEED = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
    pr = json.load(open(pp, encoding="utf-8"))
    old, new = docs[pr["old"]], docs[pr["new"]]
    ok = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    nk = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    if ok != collections.Counter(a["key"] for a in old["afspraken"]):
        errors.append("%s old coverage" % pp)
    if nk != collections.Counter(a["key"] for a in new["afspraken"]):
        errors.append("%s new coverage" % pp)
    otext = {a["key"]: a["text"] for a in old["afspraken"]}
    ntext = {a["key"]: a["text"] for a in new["afspraken"]}
    st = collections.Counter(l["status"] for l in pr["links"])
    kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        same = l["old"] and l["new"] and otext[l["old"]] == ntext[l["new"]]
        if (l["status"] == "unchanged") != bool(same):
            errors.append("%s unchanged mismatch %s" % (pp, l))
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            errors.append("%s no kinds %s" % (pp, l))
    changed = sum(v for k, v in st.items() if k != "unchanged")
    for k, v in NEED.items():
        if st[k] < v:
            errors.append("%s: %s %d < %d" % (os.path.basename(pp), k, st[k], v))
    if changed < 22 or st["unchanged"] < 1:
        errors.append("%s: changed %d, unchanged %d" % (os.path.basename(pp), changed, st["unchanged"]))
    if st["modified"] > 1:
        errors.append("%s: more than one modified" % pp)
    print("%s: %d links, non-unchanged %d, statuses %s, kinds %s, hard_negatives %s"
          % (os.path.basename(pp), len(pr["links"]), changed, dict(st), dict(kinds), dict(hn)))

if errors:
    print("ERRORS:")
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("OK")
