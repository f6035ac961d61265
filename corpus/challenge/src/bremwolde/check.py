# -*- coding: utf-8 -*-
"""Self-check of the bremwolde family (run from anywhere with the project venv).

1. build.py is deterministic: two consecutive builds give byte-identical PDFs and gold, equal to the files on disk.
2. Every gold text is on its gold page (pdfplumber text, whitespace/hyphen-insensitive). Callouts on the wijk pages
   sit side by side, so besides the full page text the text of every drawn box (pdfplumber rect) is searched too.
3. Every afspraak of both documents of a pair is in exactly one link; statuses are consistent with the texts.
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
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "test"))
FAMILY = "bremwolde"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
ok = True


def fail(*a):
    global ok
    print(*a)
    ok = False


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def outputs():
    fs = sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf"))
                + glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))
                + glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json")))
    return {f: hashlib.sha256(open(f, "rb").read()).hexdigest() for f in fs}


# ---- 1. determinism
before = outputs()
hashes = []
for _ in range(2):
    subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
    hashes.append(outputs())
if hashes[0] != hashes[1]:
    fail("BUILD NOT DETERMINISTIC")
if before and before != hashes[0]:
    print("note: outputs on disk were stale and have been rebuilt")
print("determinism: %d files, %s" % (len(hashes[1]), "identical" if hashes[0] == hashes[1] else "DIFFERENT"))

# ---- 2. texts on pages
docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    pages = []
    with pdfplumber.open(pdfp) as p:
        for pg in p.pages:
            hay = [norm(pg.extract_text() or "")]
            for r in pg.rects:
                if r["width"] > 100 and r["height"] > 30:
                    box = pg.crop((max(0, r["x0"] - 1), max(0, r["top"] - 1), min(pg.width, r["x1"] + 1), min(pg.height, r["bottom"] + 1)))
                    hay.append(norm(box.extract_text() or ""))
            pages.append(hay)
    if len(pages) != g["document"]["pages"] or size > 150 * 1024:
        fail("PAGES/SIZE MISMATCH", did, len(pages), size)
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        fail("DUPLICATE KEYS", did)
    themes = collections.Counter()
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        if not any(t in h for h in pages[pg - 1]):
            fail("TEXT NOT FOUND", did, a["key"], pg)
        if t[:1].isdigit():
            fail("STARTS WITH DIGIT", did, a["key"])
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            fail("THEME ERROR", did, a["key"])
        if a["planning"] and not any(("Gereed: " + a["planning"]) in h for h in pages[pg - 1]):
            fail("GEREED LINE NOT FOUND", did, a["key"])
        if a["number"] and not any(a["number"] in h for h in pages[pg - 1]):
            fail("NUMBER NOT FOUND", did, a["key"])
        fr = a["frame"]
        if fr["modality"] not in ("firm", "intent", "explore", "discuss"):
            fail("BAD MODALITY", did, a["key"])
        if fr["deadline"] and fr["deadline"]["text"] not in a["text"] and fr["deadline"]["text"] != a["planning"]:
            fail("DEADLINE TEXT NOT IN AFSPRAAK", did, a["key"])
        for cnd in fr["conditions"]:
            if cnd.lower() not in a["text"].lower():
                fail("CONDITION NOT IN TEXT", did, a["key"])
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if n < 25:
        fail("TOO FEW AFSPRAKEN", did, n)
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(pages), n, size // 1024, dict(themes)))

# ---- 3. pairs
for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json"))):
    pr = json.load(open(pp, encoding="utf-8"))
    old = [a["key"] for a in docs[pr["old"]]["afspraken"]]
    new = [a["key"] for a in docs[pr["new"]]["afspraken"]]
    seen_o = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    seen_n = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    if sorted(seen_o) != sorted(old) or any(v != 1 for v in seen_o.values()):
        fail("OLD COVERAGE ERROR", pp)
    if sorted(seen_n) != sorted(new) or any(v != 1 for v in seen_n.values()):
        fail("NEW COVERAGE ERROR", pp)
    otext = {a["key"]: a["text"] for a in docs[pr["old"]]["afspraken"]}
    ntext = {a["key"]: a["text"] for a in docs[pr["new"]]["afspraken"]}
    st, kinds, hns = collections.Counter(), collections.Counter(), collections.Counter()
    for l in pr["links"]:
        s = l["status"]
        st[s] += 1
        kinds.update(l["kinds"])
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
            if s not in ("reworded", "unchanged"):
                fail("HARD NEGATIVE ON CHANGED LINK", l)
        if (s == "new") != (l["old"] is None) or (s == "dropped") != (l["new"] is None):
            fail("BAD NEW/DROPPED", l)
        if l["old"] and l["new"]:
            if (s == "unchanged") != (otext[l["old"]] == ntext[l["new"]]):
                fail("UNCHANGED MISMATCH", l)
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            fail("NO KINDS", l)
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    for k, v in {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}.items():
        if st[k] < v:
            fail("COUNT TOO LOW", pp, k, st[k])
    if nonun < 22 or st["unchanged"] < 1 or st["modified"] > 1:
        fail("PAIR COUNTS", pp, nonun, st["unchanged"], st["modified"])
    print("%s__%s: %d links, non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), nonun, dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
