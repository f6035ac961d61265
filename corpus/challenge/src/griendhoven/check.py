# -*- coding: utf-8 -*-
"""Self-check of the griendhoven family (run from /work/main)."""
import collections
import glob
import json
import os
import re

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "griendhoven"


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


ok = True
docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as p:
        pages = [norm(pg.extract_text() or "") for pg in p.pages]
    if len(pages) != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, len(pages), size)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        hay = pages[pg - 1] + (" " + pages[pg] if pg < len(pages) else "")
        if t not in hay:
            print("TEXT NOT FOUND", did, a["key"], pg)
            ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0]:
            print("THEME MISMATCH", did, a["key"])
            ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if n < 25:
        print("TOO FEW AFSPRAKEN", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(pages), n, size // 1024, dict(themes)))

for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json"))):
    pr = json.load(open(pp, encoding="utf-8"))
    old = [a["key"] for a in docs[pr["old"]]["afspraken"]]
    new = [a["key"] for a in docs[pr["new"]]["afspraken"]]
    seen_o = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    seen_n = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    if sorted(seen_o) != sorted(old) or any(v != 1 for v in seen_o.values()):
        print("OLD COVERAGE ERROR", pp)
        ok = False
    if sorted(seen_n) != sorted(new) or any(v != 1 for v in seen_n.values()):
        print("NEW COVERAGE ERROR", pp)
        ok = False
    otext = {a["key"]: a["text"] for a in docs[pr["old"]]["afspraken"]}
    ntext = {a["key"]: a["text"] for a in docs[pr["new"]]["afspraken"]}
    st = collections.Counter()
    kinds = collections.Counter()
    hns = collections.Counter()
    for l in pr["links"]:
        s = l["status"]
        st[s] += 1
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            print("BAD NEW/DROPPED", l)
            ok = False
        if l["old"] and l["new"]:
            same = otext[l["old"]] == ntext[l["new"]]
            if (s == "unchanged") != same:
                print("UNCHANGED MISMATCH", l)
                ok = False
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            print("NO KINDS", l)
            ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    if nonun < 22 or st["unchanged"] < 1 or st["modified"] > 1:
        print("PAIR COUNTS", pp, nonun, st["unchanged"], st["modified"])
        ok = False
    print("%s__%s: non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], nonun, dict(st), dict(kinds), dict(hns)))


# determinism: build twice, compare bytes of every output
import hashlib
import subprocess
import sys


def digest():
    out = {}
    for p in sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf")) +
                    glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json")) +
                    glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
        out[p] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return out


d0 = digest()
for _ in range(2):
    subprocess.check_call([sys.executable, os.path.join(HERE, "build.py")], stdout=subprocess.DEVNULL)
    if digest() != d0:
        print("BUILD NOT DETERMINISTIC")
        ok = False
print("deterministic build" if digest() == d0 else "NOT deterministic")

# frame sanity: deadline and condition texts occur in the afspraak text
for did, g in docs.items():
    for a in g["afspraken"]:
        fr = a["frame"]
        bits = ([fr["deadline"]["text"]] if fr["deadline"] else []) + fr["conditions"]
        for b in bits:
            if b not in a["text"]:
                print("FRAME TEXT NOT IN TEXT", did, a["key"], b)
                ok = False
        if fr["modality"] not in ("firm", "intent", "explore", "discuss"):
            print("BAD MODALITY", did, a["key"])
            ok = False
print("OK" if ok else "FAILED")
