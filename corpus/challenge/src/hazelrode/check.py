# -*- coding: utf-8 -*-
"""Self-check of the hazelrode family: gold text in PDF, pair coverage, counts."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "hazelrode"
YEARS = [2024, 2025, 2026]
SX = 382


def norm(s):
    s = re.sub(r"-\n(?=\w)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf):
    full, side = [], []
    for p in pdf.pages:
        full.append(p.extract_text() or "")
        t = p.crop((SX - 3, 50, p.width, p.height - 48)).extract_text() or ""
        t = "\n".join(l for l in t.split("\n") if l.strip() not in ("Afspraken", "Afspraken (vervolg)"))
        side.append(t)
    return full, side


ok = True
golds = {}
for y in YEARS:
    did = f"{FAMILY}-{y}"
    gold = json.load(open(os.path.join(OUT, "gold", did + ".json"), encoding="utf-8"))
    golds[did] = gold
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    if size > 150_000:
        print("TOO BIG", did, size); ok = False
    with pdfplumber.open(pdfp) as pdf:
        npages = len(pdf.pages)
        full, side = page_texts(pdf)
    assert gold["document"]["pages"] == npages
    keys = [a["key"] for a in gold["afspraken"]]
    if len(keys) != len(set(keys)):
        print("DUP KEYS", did); ok = False
    for a in gold["afspraken"]:
        t = norm(a["text"])
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"]); ok = False
        i = a["page"] - 1
        cands = [full[i], side[i]]
        if i + 1 < npages:
            cands += [full[i] + "\n" + full[i + 1], side[i] + "\n" + side[i + 1]]
        if not any(t in norm(c) for c in cands):
            print("TEXT NOT FOUND", did, a["key"], a["page"]); ok = False
        if a["number"] is not None and not re.search(r"(^|\n)" + re.escape(a["number"]) + r"\. ", side[i]):
            print("NUMBER NOT FOUND", did, a["key"], a["number"]); ok = False
    th = collections.Counter(a["theme"] for a in gold["afspraken"])
    print(f"{did}: {npages} pages, {len(keys)} afspraken, {size} bytes, themes {dict(th)}")
    if len(keys) < 25:
        print("TOO FEW AFSPRAKEN", did); ok = False

MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
for a, b in zip(YEARS, YEARS[1:]):
    oid, nid = f"{FAMILY}-{a}", f"{FAMILY}-{b}"
    pair = json.load(open(os.path.join(OUT, "gold", "pairs", f"{oid}__{nid}.json"), encoding="utf-8"))
    ok_old = collections.Counter(l["old"] for l in pair["links"] if l["old"])
    ok_new = collections.Counter(l["new"] for l in pair["links"] if l["new"])
    go = {x["key"]: x for x in golds[oid]["afspraken"]}
    gn = {x["key"]: x for x in golds[nid]["afspraken"]}
    if set(ok_old) != set(go) or any(v != 1 for v in ok_old.values()):
        print("OLD COVERAGE", oid); ok = False
    if set(ok_new) != set(gn) or any(v != 1 for v in ok_new.values()):
        print("NEW COVERAGE", nid); ok = False
    st = collections.Counter(l["status"] for l in pair["links"])
    kinds = collections.Counter(k for l in pair["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in pair["links"] if l["hard_negative"])
    for l in pair["links"]:
        if l["status"] == "unchanged" and go[l["old"]]["text"] != gn[l["new"]]["text"]:
            print("UNCHANGED BUT DIFFERENT", l); ok = False
        if l["status"] in ("reworded",) and go[l["old"]]["text"] == gn[l["new"]]["text"]:
            print("REWORDED BUT IDENTICAL", l); ok = False
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            print("NO KINDS", l); ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    print(f"{oid} -> {nid}: {dict(st)} non-unchanged={nonun}; kinds {dict(kinds)}; hard_negatives {dict(hn)}")
    if nonun < 22 or st["modified"] > 1:
        ok = False; print("PAIR COUNT FAIL")
    for k, m in MIN.items():
        if st[k] < m:
            print("PAIR MIN FAIL", k, st[k]); ok = False
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
