# -*- coding: utf-8 -*-
"""Self-check of the wouwerhoek family (run from /work/main with the project venv).

1. every gold text is on its gold page (pdfplumber text of the Afspraak column on landscape pages, or the whole
   page; whitespace- and hyphen-insensitive), with the printed number in the Nr column on that page;
2. the gold planning equals the filled dots drawn in the year columns of that row;
3. both pairs cover every afspraak of both documents exactly once, statuses are consistent;
4. build.py is deterministic (a rebuild gives byte-identical PDFs and gold).
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
sys.path.insert(0, HERE)
from build import AFSPRAAK_X, COL_X, PERIOD, planning_of  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "wouwerhoek"


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s.replace("- ", "-")


def files():
    fs = sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf")))
    fs += sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json")))
    fs += sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json")))
    return {f: hashlib.sha256(open(f, "rb").read()).hexdigest() for f in fs}


ok = True
docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as p:
        full, col, rows = [], [], []
        for pg in p.pages:
            full.append(norm(pg.extract_text() or ""))
            land = pg.width > pg.height
            if land:
                cr = pg.crop((AFSPRAAK_X[0], 0, AFSPRAAK_X[1], pg.height))
                col.append(norm(cr.extract_text() or ""))
                nrs = [w for w in pg.extract_words() if w["x0"] < COL_X[1] and re.match(r"^[A-Z]\.\d+$", w["text"])]
                dots = [((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2) for c in pg.curves]
                tops = sorted(w["top"] for w in nrs)
                prow = {}
                for w in nrs:
                    later = [t for t in tops if t > w["top"]]
                    bottom = later[0] if later else pg.height
                    yrs = []
                    for (cx, cy) in dots:
                        if w["top"] - 4 <= cy < bottom - 4:
                            i = int((cx - COL_X[3]) // 52)
                            if 0 <= i < len(PERIOD):
                                yrs.append(PERIOD[i])
                    prow[w["text"]] = sorted(yrs)
                rows.append(prow)
            else:
                col.append("")
                rows.append({})
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
        if t not in col[pg - 1] and t not in full[pg - 1]:
            print("TEXT NOT FOUND", did, a["key"], pg)
            ok = False
        if a["number"] not in rows[pg - 1]:
            print("NUMBER NOT FOUND", did, a["key"], a["number"], pg)
            ok = False
        elif not rows[pg - 1][a["number"]] or planning_of(rows[pg - 1][a["number"]]) != a["planning"]:
            print("PLANNING MISMATCH", did, a["key"], a["planning"], rows[pg - 1][a["number"]])
            ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0]:
            print("THEME MISMATCH", did, a["key"])
            ok = False
        if a["frame"]["modality"] not in ("firm", "intent", "explore", "discuss"):
            print("BAD MODALITY", did, a["key"])
            ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if not 25 <= n <= 36:
        print("AFSPRAKEN COUNT", did, n)
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
        if (s == "new") != (l["old"] is None) or (s == "dropped") != (l["new"] is None):
            print("BAD NEW/DROPPED", l)
            ok = False
        if l["old"] and l["new"] and (s == "unchanged") != (otext[l["old"]] == ntext[l["new"]]):
            print("UNCHANGED MISMATCH", l)
            ok = False
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            print("NO KINDS", l)
            ok = False
        if s not in ("weakened", "strengthened", "modified") and l["kinds"]:
            print("KINDS ON", s, l)
            ok = False
        if l["hard_negative"] and s not in ("reworded", "unchanged"):
            print("HARD NEGATIVE ON", s, l)
            ok = False
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 5, "unchanged": 1}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    print("%s__%s: %d links; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), dict(st), dict(kinds), dict(hns)))

before = files()
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
after = files()
if before != after:
    print("BUILD NOT DETERMINISTIC", [f for f in after if before.get(f) != after[f]])
    ok = False
else:
    print("deterministic: %d files byte-identical after rebuild" % len(after))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
