# -*- coding: utf-8 -*-
"""Self-check of the sudergaast family (run from anywhere).

1. every gold text is in the pdfplumber text of the LEFT (Dutch) column of its gold page
   (whitespace- and hyphen-insensitive; an afspraak never spans a page break in this layout);
2. the pair files cover every afspraak of both documents exactly once, statuses are consistent;
3. build.py is deterministic: rebuilding gives byte-identical PDFs and gold files.
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
FAMILY = "sudergaast"


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def outputs():
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
        left, right = [], []
        for pg in p.pages:
            left.append(norm(pg.within_bbox((0, 0, pg.width / 2, pg.height)).extract_text() or ""))
            right.append(norm(pg.within_bbox((pg.width / 2, 0, pg.width, pg.height)).extract_text() or ""))
    if len(left) != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, len(left), size)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        if t not in left[pg - 1]:
            print("TEXT NOT FOUND ON GOLD PAGE (Dutch column)", did, a["key"], pg)
            ok = False
        if any(t in left[i] for i in range(len(left)) if i != pg - 1):
            print("TEXT ALSO ON OTHER PAGE", did, a["key"])
            ok = False
        if any(t in r for r in right):
            print("DUTCH TEXT FOUND IN FRISIAN COLUMN", did, a["key"])
            ok = False
        if a["number"] and not re.search(r"(^| )%s %s" % (re.escape(a["number"]), re.escape(t[:25])),
                                          left[pg - 1]):
            print("NUMBER NOT BEFORE TEXT", did, a["key"], a["number"])
            ok = False
        if a["number"] and ("%s " % a["number"]) not in right[pg - 1]:
            print("NUMBER NOT IN FRISIAN COLUMN", did, a["key"])
            ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0]:
            print("THEME MISMATCH", did, a["key"])
            ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if not 25 <= n <= 35:
        print("AFSPRAKEN COUNT OUT OF RANGE", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(left), n, size // 1024, dict(themes)))

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
            if s != "reworded":
                print("HARD NEGATIVE ON NON-REWORDED", l)
                ok = False
        if (s == "new") != (l["old"] is None) or (s == "dropped") != (l["new"] is None):
            print("BAD NEW/DROPPED", l)
            ok = False
        if l["old"] and l["new"]:
            if (s == "unchanged") != (otext[l["old"]] == ntext[l["new"]]):
                print("UNCHANGED MISMATCH", l)
                ok = False
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            print("NO KINDS", l)
            ok = False
        if s in ("unchanged", "reworded", "new", "dropped") and l["kinds"]:
            print("KINDS ON", s, l)
            ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 1}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    print("%s__%s: %d links; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), dict(st), dict(kinds), dict(hns)))

# determinism: rebuild and compare every output byte for byte
before = outputs()
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
after = outputs()
if before != after or not before:
    print("BUILD NOT DETERMINISTIC", [f for f in after if before.get(f) != after[f]])
    ok = False
else:
    print("deterministic: %d files byte-identical after rebuild" % len(after))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
