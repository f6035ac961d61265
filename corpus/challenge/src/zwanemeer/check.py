# -*- coding: utf-8 -*-
"""Self-check of the zwanemeer family (run from anywhere).

- every gold text (with its number in front) is on its gold page; in the synopsis documents it must be in the
  middle column ("Tekst <year>") of that page, not merely somewhere on the page;
- pairs cover every afspraak of both documents exactly once; unchanged <=> identical text;
- build.py is deterministic (two runs give byte-identical PDFs and gold).
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
FAMILY = "zwanemeer"
LAND_MARGIN, FRAME_PAD, COLS = 40, 6, [300, 300, 162]   # must match build.py (platypus frame padding 6)
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODALITIES = {"firm", "intent", "explore", "discuss"}


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def digest():
    h = hashlib.sha256()
    files = sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf"))
                   + glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))
                   + glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json")))
    for f in files:
        h.update(f.encode())
        h.update(open(f, "rb").read())
    return h.hexdigest(), len(files)


ok = True
build = [sys.executable, os.path.join(HERE, "build.py")]
subprocess.run(build, check=True)
d1 = digest()
subprocess.run(build, check=True)
d2 = digest()
if d1 != d2 or d1[1] != 8:
    print("NOT DETERMINISTIC OR FILES MISSING", d1, d2)
    ok = False
else:
    print("deterministic: %d files, sha256 %s" % (d1[1], d1[0][:16]))

docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    full, mid = [], []
    with pdfplumber.open(pdfp) as p:
        for pg in p.pages:
            full.append(norm(pg.extract_text() or ""))
            if pg.width > pg.height:       # synopsis page: middle column only
                x0 = LAND_MARGIN + FRAME_PAD + COLS[0]
                box = pg.within_bbox((x0, 0, x0 + COLS[1], pg.height))
                mid.append(norm(box.extract_text() or ""))
            else:
                mid.append(None)
    synopsis = g["document"]["year"] != 2025
    if len(full) != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, len(full), size)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        if synopsis:
            hay = mid[pg - 1]
            if hay is None:
                print("SYNOPSIS PAGE NOT LANDSCAPE", did, pg)
                ok = False
                continue
        else:
            hay = full[pg - 1] + (" " + full[pg] if pg < len(full) else "")
        if t not in hay:
            print("TEXT NOT FOUND", did, a["key"], pg)
            ok = False
        elif norm(a["number"] + " " + a["text"]) not in hay:
            print("NUMBER NOT IN FRONT", did, a["key"], a["number"])
            ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            print("THEME ERROR", did, a["key"])
            ok = False
        fr = a["frame"]
        if fr["modality"] not in MODALITIES or any(set(q) != {"value", "unit", "comparator", "value_max"}
                                                  for q in fr["quantities"]):
            print("FRAME ERROR", did, a["key"])
            ok = False
        if fr["deadline"] and fr["deadline"]["text"] not in a["text"]:
            print("DEADLINE TEXT NOT IN TEXT", did, a["key"])
            ok = False
        for c in fr["conditions"]:
            if c.lower() not in a["text"].lower():
                print("CONDITION NOT IN TEXT", did, a["key"])
                ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if n < 25:
        print("TOO FEW AFSPRAKEN", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(full), n, size // 1024, dict(themes)))

if len(docs) != 3:
    print("EXPECTED 3 DOCUMENTS", sorted(docs))
    ok = False

pairs = sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json")))
if len(pairs) != 2:
    print("EXPECTED 2 PAIRS", pairs)
    ok = False
for pp in pairs:
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
    st, kinds, hns = collections.Counter(), collections.Counter(), collections.Counter()
    for l in pr["links"]:
        s = l["status"]
        st[s] += 1
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
            if s not in ("reworded", "unchanged"):
                print("HARD NEGATIVE ON CHANGED LINK", l)
                ok = False
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
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 3}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    if nonun < 22 or st["modified"] > 1:
        print("PAIR COUNTS", pp, nonun, st["modified"])
        ok = False
    print("%s__%s: %d links, non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), nonun, dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
