# -*- coding: utf-8 -*-
"""Self-check for the steenwijde family. Run from /work/main."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAM = "steenwijde"
LM, ACTIE_X1 = 36, 36 + 34 + 400


def norm(t):
    t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)
    return re.sub(r"\s+", " ", t).strip()


ok = True
docs = {}
for gp in sorted(glob.glob(f"{OUT}/gold/{FAM}-*.json")):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = f"{OUT}/pdf/{did}.pdf"
    size = os.path.getsize(pdfp)
    if size > 150_000:
        ok = False; print("TOO BIG", did, size)
    with pdfplumber.open(pdfp) as pdf:
        if len(pdf.pages) != g["document"]["pages"]:
            ok = False; print("page count mismatch", did)
        full = [norm(p.extract_text() or "") for p in pdf.pages]
        col = [norm(p.crop((LM - 4, 0, ACTIE_X1 + 3, p.height)).extract_text() or "") for p in pdf.pages]
    keys = set()
    for a in g["afspraken"]:
        if a["key"] in keys:
            ok = False; print("dup key", did, a["key"])
        keys.add(a["key"])
        if a["text"][0].isdigit():
            ok = False; print("starts with digit", did, a["key"])
        p = a["page"] - 1
        cands = [full[p], col[p]]
        if p + 1 < len(full):
            cands += [full[p] + " " + full[p + 1], col[p] + " " + col[p + 1]]
        if not any(a["text"] in c for c in cands):
            ok = False; print("TEXT NOT FOUND", did, a["key"], a["page"])
        # the number must be printed right before the text in the # / Actie column
        if (a["number"] + " " + a["text"]) not in col[p]:
            ok = False; print("number+text not found in column text", did, a["key"])
    th = collections.Counter(a["theme"] for a in g["afspraken"])
    print(f"{did}: pages={g['document']['pages']} afspraken={len(g['afspraken'])} size={size} themes={dict(th)}")
    if len(g["afspraken"]) < 25:
        ok = False; print("too few afspraken", did)

need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
for pp in sorted(glob.glob(f"{OUT}/gold/pairs/{FAM}-*__*.json")):
    pr = json.load(open(pp, encoding="utf-8"))
    o, n = docs[pr["old"]], docs[pr["new"]]
    okeys = [a["key"] for a in o["afspraken"]]
    nkeys = [a["key"] for a in n["afspraken"]]
    otext = {a["key"]: a["text"] for a in o["afspraken"]}
    ntext = {a["key"]: a["text"] for a in n["afspraken"]}
    co = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    cn = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    if sorted(co) != sorted(okeys) or any(v != 1 for v in co.values()):
        ok = False; print("old coverage error", pp)
    if sorted(cn) != sorted(nkeys) or any(v != 1 for v in cn.values()):
        ok = False; print("new coverage error", pp)
    st = collections.Counter(l["status"] for l in pr["links"])
    kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
    hns = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        s = l["status"]
        if s == "unchanged" and otext[l["old"]] != ntext[l["new"]]:
            ok = False; print("unchanged but text differs", l)
        if s != "unchanged" and l["old"] and l["new"] and otext[l["old"]] == ntext[l["new"]]:
            ok = False; print("changed but identical text", l)
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            ok = False; print("missing kinds", l)
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            ok = False; print("bad new/dropped", l)
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    print(f"{os.path.basename(pp)}: {dict(st)} non-unchanged={nonun} kinds={dict(kinds)} hard_negatives={dict(hns)}")
    if nonun < 22 or st["unchanged"] < 1 or st["modified"] > 1:
        ok = False; print("pair totals not met")
    for k, v in need.items():
        if st[k] < v:
            ok = False; print("pair needs more", k)

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
