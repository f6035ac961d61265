# -*- coding: utf-8 -*-
"""Self-check of the rijsenmoer family (run from /work/main).

Placemats put text blocks side by side, so a plain page extract interleaves the quadrants. The check therefore
extracts every text column that build.py recorded in regions.json (cropped with pdfplumber) and also the whole
page; a gold text must be found on its gold page in one of these.
"""
import collections
import glob
import hashlib
import json
import os
import re
import subprocess
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "rijsenmoer"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODAL = {"firm", "intent", "explore", "discuss"}


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def digest():
    h = {}
    for p in sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf")) +
                    glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json")) +
                    glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
        h[p] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return h


ok = True
# determinism: build twice, compare
py = sys.executable
subprocess.run([py, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
d1 = digest()
subprocess.run([py, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
d2 = digest()
if d1 != d2 or not d1:
    print("BUILD NOT DETERMINISTIC")
    ok = False
else:
    print("deterministic: %d files identical over two builds" % len(d1))

regions = json.load(open(os.path.join(HERE, "regions.json"), encoding="utf-8"))
docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    hay = []
    with pdfplumber.open(pdfp) as p:
        for i, pg in enumerate(p.pages, 1):
            parts = [norm(pg.extract_text() or "")]
            for (x0, y0, x1, y1) in regions.get(did, {}).get(str(i), []):
                h = float(pg.height)
                parts.append(norm(pg.crop((x0, h - y1, x1, h - y0)).extract_text() or ""))
            hay.append(parts)
    if len(hay) != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, len(hay), size)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        cands = hay[pg - 1] + ([hay[pg - 1][0] + " " + hay[pg][0]] if pg < len(hay) else [])
        if not any(t in c for c in cands):
            print("TEXT NOT FOUND", did, a["key"], pg)
            ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            print("THEME ERROR", did, a["key"])
            ok = False
        if a["frame"]["modality"] not in MODAL:
            print("MODALITY ERROR", did, a["key"])
            ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    minimum = 15 if g["document"]["type"] == "kennisgeving" else 25
    if n < minimum:
        print("TOO FEW AFSPRAKEN", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(hay), n, size // 1024, dict(themes)))

npairs = 0
for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json"))):
    npairs += 1
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
            kinds[(s, k)] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
        if s == "new" and (l["old"] is not None or l["new"] is None) or \
                s == "dropped" and (l["new"] is not None or l["old"] is None):
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
        if s in ("unchanged", "reworded", "new", "dropped") and l["kinds"]:
            print("KINDS ON NON-CHANGE", l)
            ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    if docs[pr["new"]]["document"]["type"] == "kennisgeving":
        # the letter lists a selection: every listed item links to the agreement, the rest is 'dropped'
        if st["new"] or st["weakened"] or st["strengthened"] or st["reworded"] < 6 or st["unchanged"] < 1:
            print("KENNISGEVING PAIR COUNTS", pp, dict(st))
            ok = False
    else:
        req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
        for k, v in req.items():
            if st[k] < v:
                print("COUNT TOO LOW", pp, k, st[k])
                ok = False
        for d in ("weakened", "strengthened"):
            for k in ("quantity", "deadline", "modality", "condition", "scope", "label"):
                if not kinds[(d, k)]:
                    print("MISSING KIND", pp, d, k)
                    ok = False
        if nonun < 22 or st["unchanged"] < 1 or st["modified"] > 1:
            print("PAIR COUNTS", pp, nonun, st["unchanged"], st["modified"])
            ok = False
    print("%s__%s: non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], nonun, dict(st), {"%s:%s" % k: v for k, v in kinds.items()}, dict(hns)))
if npairs != 2:
    print("EXPECTED 2 PAIRS, FOUND", npairs)
    ok = False
print("OK" if ok else "FAILED")
