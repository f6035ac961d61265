# -*- coding: utf-8 -*-
"""Self-check of the oudervaart family (run with /work/main/.venv/bin/python from anywhere).

1. every gold text is on its gold page (pdfplumber text, whitespace- and hyphen-insensitive), and on no earlier page;
2. the pairs cover every afspraak of both documents exactly once, with consistent statuses;
3. the build is deterministic (a rebuild gives byte-identical PDFs and gold)."""
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
FAMILY = "oudervaart"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODALITIES = {"firm", "intent", "explore", "discuss"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HN = {None, "recurring_year", "indexed_amount", "same_figures", "external_figure", "progress"}


def squash(s):
    return re.sub(r"[\s\-\u00ad]", "", s)


def files():
    fs = sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf")))
    fs += sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json")))
    fs += sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json")))
    return fs


def digest():
    return {f: hashlib.sha256(open(f, "rb").read()).hexdigest() for f in files()}


ok = True
before = digest()
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
after = digest()
if before != after or not before:
    print("BUILD NOT DETERMINISTIC (or no output)")
    ok = False

docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    d = g["document"]
    did = d["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as p:
        pages = [squash(pg.extract_text() or "") for pg in p.pages]
    if len(pages) != d["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, len(pages), size)
        ok = False
    if d["layout"] != "invulformat" or d["family"] != FAMILY:
        print("BAD DOCUMENT META", did)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    for a in g["afspraken"]:
        t = squash(a["text"])
        pg = a["page"]
        if t not in pages[pg - 1]:
            print("TEXT NOT FOUND ON PAGE", did, a["key"], pg)
            ok = False
        if any(t in pages[i] for i in range(pg - 1)):
            print("TEXT ALSO ON AN EARLIER PAGE", did, a["key"])
            ok = False
        if a["text"][:1].isdigit() or "\n" in a["text"]:
            print("BAD TEXT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            print("THEME ERROR", did, a["key"])
            ok = False
        fr = a["frame"]
        if fr["modality"] not in MODALITIES or not fr["actors"]:
            print("FRAME ERROR", did, a["key"])
            ok = False
        for q in fr["quantities"]:
            if q["comparator"] not in ("exact", "min", "max", "range"):
                print("QUANTITY ERROR", did, a["key"])
                ok = False
        for cond in fr["conditions"]:
            if cond not in a["text"]:
                print("CONDITION NOT IN TEXT", did, a["key"])
                ok = False
        if fr["deadline"] and fr["deadline"]["text"] not in a["text"]:
            print("DEADLINE TEXT NOT IN TEXT", did, a["key"])
            ok = False
        if d["type"] == "prestatieafspraken":
            for fld in (a["trekker"], a["planning"], a["attributes"]["indicator"]):
                if squash(fld) not in pages[pg - 1]:
                    print("FIELD NOT ON PAGE", did, a["key"], fld)
                    ok = False
            if not a["number"] or squash("Nr." + a["number"]) not in pages[pg - 1]:
                print("NUMBER NOT ON PAGE", did, a["key"])
                ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if not 25 <= n <= 35:
        print("AFSPRAKEN COUNT OUT OF RANGE", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(pages), n, size // 1024, dict(themes)))

pairs = sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json")))
if len(pairs) != 2:
    print("EXPECTED 2 PAIRS", len(pairs))
    ok = False
for pp in pairs:
    pr = json.load(open(pp, encoding="utf-8"))
    if os.path.basename(pp) != "%s__%s.json" % (pr["old"], pr["new"]):
        print("PAIR FILE NAME", pp)
        ok = False
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
        kinds.update(l["kinds"])
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
        if s not in STATUSES or not set(l["kinds"]) <= KINDS or l["hard_negative"] not in HN:
            print("BAD LINK VALUES", l)
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
        if s not in ("weakened", "strengthened", "modified") and l["kinds"]:
            print("KINDS ON NON-CHANGE", l)
            ok = False
        if l["hard_negative"] and s not in ("reworded", "unchanged"):
            print("HARD NEGATIVE ON CHANGE", l)
            ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 5}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    if nonun < 22 or st["unchanged"] < 1 or st["modified"] > 1:
        print("PAIR COUNTS", pp, nonun, st["unchanged"], st["modified"])
        ok = False
    print("%s__%s: %d links; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
