# -*- coding: utf-8 -*-
"""Self-check of the heggerode family (run from anywhere with the project venv).

1. every gold text is on its gold page (pdfplumber text, whitespace/hyphen-insensitive);
2. the number printed before it is the gold number; keys unique; theme == themes[0];
3. every pair covers every afspraak of both documents exactly once, statuses consistent with the texts;
4. the build is deterministic (PDFs and gold byte-identical after a rebuild).
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
FAMILY = "heggerode"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODALITIES = {"firm", "intent", "explore", "discuss"}


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def outputs():
    fs = sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf"))
                + glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))
                + glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json")))
    return {f: hashlib.sha256(open(f, "rb").read()).hexdigest() for f in fs}


ok = True
before = outputs()
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
after = outputs()
if before != after or not before:
    print("BUILD NOT DETERMINISTIC (or nothing built)")
    ok = False
else:
    print("deterministic: %d files identical after rebuild" % len(after))

docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as p:
        raw = [pg.extract_text() or "" for pg in p.pages]
        active = []
        for pg in p.pages:
            # the highlighted tab: the rotated label set in bold in the navigation strip
            ch = [c for c in pg.chars if not c["upright"] and "Bold" in c["fontname"]]
            left = bool(ch) and ch[0]["x0"] < pg.width / 2
            ch.sort(key=lambda c: -c["top"] if left else c["top"])
            active.append("".join(c["text"] for c in ch))
    pages = [norm(t) for t in raw]
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
        if t not in pages[pg - 1]:
            print("TEXT NOT FOUND", did, a["key"], pg)
            ok = False
        elif (a["number"] + " " + t) not in pages[pg - 1]:
            print("NUMBER NOT BEFORE TEXT", did, a["key"], a["number"])
            ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            print("THEME PROBLEM", did, a["key"])
            ok = False
        if a["frame"]["modality"] not in MODALITIES:
            print("MODALITY PROBLEM", did, a["key"])
            ok = False
        tab = a["section"].split(" > ")[0]
        if tab.replace(" ", "") != active[pg - 1].replace(" ", ""):
            print("HIGHLIGHTED TAB IS NOT THE GOLD SECTION", did, a["key"], repr(active[pg - 1]))
            ok = False
        sub = a["section"].split(" > ")[1:]
        if sub and sub[0] not in raw[pg - 1] and sub[0] not in raw[pg - 2]:
            print("SUB-HEADING NOT ON PAGE OR PREVIOUS PAGE", did, a["key"])
            ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if n < 25:
        print("TOO FEW AFSPRAKEN", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(pages), n, size // 1024, dict(themes)))

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
        if l["hard_negative"] and s not in ("reworded", "unchanged"):
            print("HARD NEGATIVE ON CHANGED LINK", l)
            ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    if nonun < 22 or st["unchanged"] < 1:
        print("PAIR COUNTS", pp, nonun, st["unchanged"])
        ok = False
    print("%s__%s: non-unchanged %d; statuses %s; hard negatives %s"
          % (pr["old"], pr["new"], nonun, dict(st), dict(hns)))
    print("   kinds %s" % ", ".join("%s/%s %d" % (s, k, v) for (s, k), v in sorted(kinds.items())))
if npairs != 2:
    print("EXPECTED 2 PAIRS, got", npairs)
    ok = False

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
