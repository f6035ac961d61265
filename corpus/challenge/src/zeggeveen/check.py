# -*- coding: utf-8 -*-
"""Self-check of the zeggeveen family (run from /work/main with .venv/bin/python)."""
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
FAMILY = "zeggeveen"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODS = {"firm", "intent", "explore", "discuss"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HNS = {None, "recurring_year", "indexed_amount", "same_figures", "external_figure", "progress"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def squash(s):
    return re.sub(r"[\s\-]+", "", s)


def digests():
    return {p: hashlib.sha256(open(p, "rb").read()).hexdigest()
            for p in sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf"))
                            + glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))
                            + glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json")))}


ok = True
# determinism: build twice, compare
subprocess.check_call([sys.executable, os.path.join(HERE, "build.py")])
d1 = digests()
subprocess.check_call([sys.executable, os.path.join(HERE, "build.py")])
d2 = digests()
if d1 != d2 or len(d1) != 8:
    print("BUILD NOT DETERMINISTIC or missing outputs", len(d1))
    ok = False

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
    if "(cid:" in " ".join(raw):
        print("CID GARBAGE", did)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    last_page = 0
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        if t not in pages[pg - 1] and squash(t) not in squash(pages[pg - 1]):
            print("TEXT NOT FOUND ON ITS PAGE", did, a["key"], pg)
            ok = False
        elif t not in pages[pg - 1]:
            print("TEXT FOUND ONLY WHITESPACE/HYPHEN-INSENSITIVE", did, a["key"], pg)
        if any(other != pg - 1 and t in pages[other] for other in range(len(pages))):
            print("TEXT ALSO ON ANOTHER PAGE", did, a["key"])
            ok = False
        if pg < last_page:
            print("NOT IN READING ORDER", did, a["key"])
            ok = False
        last_page = pg
        if pg in (1, 2, len(pages)):
            print("AFSPRAAK ON NON-AFSPRAKEN SLIDE", did, a["key"])
            ok = False
        if t[:1].isdigit() or "\n" in a["text"]:
            print("STARTS WITH DIGIT / LINE BREAK", did, a["key"])
            ok = False
        if any(w.endswith("-") for w in a["text"].split()):
            print("TOKEN ENDS WITH HYPHEN", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            print("THEME ERROR", did, a["key"])
            ok = False
        if a["trekker"] is not None and "(%s)" % a["trekker"] not in pages[pg - 1]:
            print("TREKKER TAG NOT PRINTED", did, a["key"])
            ok = False
        fr = a["frame"]
        if fr["modality"] not in MODS or not fr["actors"]:
            print("FRAME ERROR", did, a["key"])
            ok = False
        for q in fr["quantities"]:
            if q["comparator"] not in ("exact", "min", "max", "range"):
                print("COMPARATOR ERROR", did, a["key"])
                ok = False
        if fr["deadline"] and fr["deadline"]["text"].lower() not in a["text"].lower():
            print("DEADLINE TEXT NOT IN TEXT", did, a["key"])
            ok = False
        for cnd in fr["conditions"]:
            if cnd.lower() not in a["text"].lower():
                print("CONDITION NOT IN TEXT", did, a["key"])
                ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if not 25 <= n <= 35:
        print("AFSPRAKEN COUNT OUT OF RANGE", did, n)
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
    st, kinds, hns = collections.Counter(), collections.Counter(), collections.Counter()
    for l in pr["links"]:
        s = l["status"]
        st[s] += 1
        if s not in STATUSES or l["hard_negative"] not in HNS or not set(l["kinds"]) <= KINDS:
            print("BAD VALUE", l)
            ok = False
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
            if s not in ("reworded", "unchanged"):
                print("HARD NEGATIVE ON NON-REWORDED", l)
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
        if s not in ("weakened", "strengthened", "modified") and l["kinds"]:
            print("KINDS ON", s, l)
            ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 1}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    if nonun < 22 or st["modified"] > 1:
        print("PAIR COUNTS", pp, nonun, st["modified"])
        ok = False
    print("%s__%s: non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], nonun, dict(st), dict(kinds), dict(hns)))
if npairs != 2:
    print("EXPECTED 2 PAIRS, GOT", npairs)
    ok = False

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
