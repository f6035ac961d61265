# -*- coding: utf-8 -*-
"""Self-check of the brammerveld family (run from anywhere with the project's venv).

1. build.py is deterministic: running it again gives byte-identical PDFs and gold.
2. Every gold text is on its gold page (pdfplumber text, whitespace/hyphen-insensitive), that page belongs to
   Bijlage 1, the page count matches, keys are unique, theme == themes[0].
3. Every pair covers every afspraak of both documents exactly once; unchanged <=> identical text; weakened /
   strengthened carry kinds; new/dropped are one-sided; minimum counts per status.
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
FAMILY = "brammerveld"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODALITIES = {"firm", "intent", "explore", "discuss"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def outputs():
    fs = sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf"))
                + glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))
                + glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json")))
    return {f: hashlib.sha256(open(f, "rb").read()).hexdigest() for f in fs}


ok = True
# ---------------------------------------------------------------- determinism
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
h1 = outputs()
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
h2 = outputs()
if h1 != h2 or not h1:
    print("NOT DETERMINISTIC", [f for f in h1 if h1.get(f) != h2.get(f)])
    ok = False
else:
    print("deterministic: %d output files byte-identical over two builds" % len(h1))

# ---------------------------------------------------------------- documents
docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as p:
        raw = [pg.extract_text() or "" for pg in p.pages]
    pages = [norm(t) for t in raw]
    if len(pages) != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, len(pages), size)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    lastpage = 0
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        if t not in pages[pg - 1]:
            print("TEXT NOT FOUND ON PAGE", did, a["key"], pg)
            ok = False
        if not raw[pg - 1].startswith("Bijlage 1: Prestatieafspraken"):
            print("NOT IN BIJLAGE 1", did, a["key"], pg)
            ok = False
        if a["number"] and not re.search(r"(^| )%s %s" % (re.escape(a["number"]), re.escape(t[:30])),
                                         pages[pg - 1]):
            print("NUMBER NOT BEFORE TEXT", did, a["key"], a["number"])
            ok = False
        if pg < lastpage:
            print("NOT IN READING ORDER", did, a["key"])
            ok = False
        lastpage = pg
        if t[:1].isdigit() or "\n" in a["text"]:
            print("BAD TEXT START/LINEBREAK", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            print("THEME ERROR", did, a["key"])
            ok = False
        fr = a["frame"]
        if fr["modality"] not in MODALITIES or not fr["actors"]:
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
    if not 25 <= n <= 40:
        print("AFSPRAKEN COUNT", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(pages), n, size // 1024, dict(themes)))

# ---------------------------------------------------------------- pairs
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
    st, kinds, hns = collections.Counter(), collections.Counter(), collections.Counter()
    for l in pr["links"]:
        s = l["status"]
        st[s] += 1
        for k in l["kinds"]:
            kinds[(s, k)] += 1
            if k not in KINDS:
                print("BAD KIND", l)
                ok = False
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
            if s not in ("reworded", "unchanged"):
                print("HARD NEGATIVE ON CHANGE", l)
                ok = False
        if (s == "new") != (l["old"] is None) or (s == "dropped") != (l["new"] is None):
            print("BAD NEW/DROPPED", l)
            ok = False
        if l["old"] and l["new"]:
            same = otext[l["old"]] == ntext[l["new"]]
            if (s == "unchanged") != same:
                print("UNCHANGED MISMATCH", l)
                ok = False
        if (s in ("weakened", "strengthened", "modified")) != bool(l["kinds"]):
            print("KINDS ERROR", l)
            ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 1}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    if nonun < 22:
        print("TOO FEW CHANGES", pp, nonun)
        ok = False
    print("%s__%s: %d links; statuses %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), dict(st), dict(hns)))
    print("   kinds %s" % ", ".join("%s/%s=%d" % (s, k, v) for (s, k), v in sorted(kinds.items())))
if npairs != 2:
    print("EXPECTED 2 PAIRS, GOT", npairs)
    ok = False

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
