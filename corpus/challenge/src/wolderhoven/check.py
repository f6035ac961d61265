# -*- coding: utf-8 -*-
"""Self-check of the wolderhoven family (run from /work/main)."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAM = "wolderhoven"
ok = True


def norms(raw):
    a = re.sub(r"\s+", " ", re.sub(r"-\n(?=\w)", "-", raw)).strip()
    b = re.sub(r"\s+", " ", raw).strip()
    c = re.sub(r"\s+", " ", re.sub(r"-\n(?=\w)", "", raw)).strip()
    return [a, b, c]


def page_variants(pdf, i, crop):
    p = pdf.pages[i]
    full = p.extract_text() or ""
    out = norms(full)
    if crop:
        out += norms(p.crop(crop).extract_text() or "")
    return out


docs = {}
for g in sorted(glob.glob(os.path.join(OUT, "gold", FAM + "-*.json"))):
    d = json.load(open(g, encoding="utf-8"))
    did = d["document"]["id"]
    docs[did] = d
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    if size > 150000:
        print("TOO BIG", did, size); ok = False
    keys = [a["key"] for a in d["afspraken"]]
    if len(keys) != len(set(keys)):
        print("DUP KEYS", did); ok = False
    with pdfplumber.open(pdfp) as pdf:
        if len(pdf.pages) != d["document"]["pages"]:
            print("PAGES MISMATCH", did); ok = False
        crop = None
        if d["document"]["type"] == "prestatieafspraken":
            x0 = 20 * 72 / 25.4 + 13 * 72 / 25.4
            crop = (x0 + 1, 0, x0 + 88 * 72 / 25.4 - 1, pdf.pages[0].height)
        for a in d["afspraken"]:
            t = re.sub(r"\s+", " ", a["text"]).strip()
            if re.match(r"\d", t):
                print("STARTS WITH DIGIT", did, a["key"]); ok = False
            i = a["page"] - 1
            vs = page_variants(pdf, i, crop)
            if i + 1 < len(pdf.pages):
                nx = page_variants(pdf, i + 1, crop)
                vs += [x + " " + y for x, y in zip(vs, nx)]
            if not any(t in v for v in vs):
                print("TEXT NOT FOUND", did, a["key"], a["page"]); ok = False
    themes = collections.Counter(a["theme"] for a in d["afspraken"])
    print("%-32s pages=%d afspraken=%d %s" % (did, d["document"]["pages"], len(keys), dict(themes)))

REQ = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
for pf in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAM + "-*.json"))):
    p = json.load(open(pf, encoding="utf-8"))
    old = [a for a in docs[p["old"]]["afspraken"]]
    new = [a for a in docs[p["new"]]["afspraken"]]
    ok_keys = collections.Counter(l["old"] for l in p["links"] if l["old"])
    nk = collections.Counter(l["new"] for l in p["links"] if l["new"])
    if sorted(ok_keys.elements()) != sorted(a["key"] for a in old):
        print("OLD COVERAGE", pf); ok = False
    if sorted(nk.elements()) != sorted(a["key"] for a in new):
        print("NEW COVERAGE", pf); ok = False
    om = {a["key"]: a for a in old}
    nm = {a["key"]: a for a in new}
    st = collections.Counter(l["status"] for l in p["links"])
    kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
    for l in p["links"]:
        if l["old"] and l["new"]:
            same = om[l["old"]]["text"] == nm[l["new"]]["text"]
            if (l["status"] == "unchanged") != same:
                print("UNCHANGED MISMATCH", l); ok = False
        if l["status"] == "new" and l["old"] is not None or l["status"] == "dropped" and l["new"] is not None:
            print("BAD NEW/DROPPED", l); ok = False
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            print("NO KINDS", l); ok = False
    non_unch = sum(v for k, v in st.items() if k != "unchanged")
    for k, v in REQ.items():
        if st[k] < v:
            print("TOO FEW", k, pf); ok = False
    if non_unch < 22 or st["unchanged"] < 1:
        print("TOO FEW NON-UNCHANGED/UNCHANGED", pf); ok = False
    print(os.path.basename(pf), "links=%d non-unchanged=%d" % (len(p["links"]), non_unch), dict(st),
          "kinds", dict(kinds), "hard_neg", dict(hn))
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
