# -*- coding: utf-8 -*-
"""Self-check of the gagelmonde family (run from anywhere with the project's venv)."""
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
FAMILY = "gagelmonde"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HNS = {None, "recurring_year", "indexed_amount", "same_figures", "external_figure", "progress"}


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def squash(s):
    """Whitespace- and hyphen-insensitive form."""
    return re.sub(r"[\s\-\u00ad]+", "", s)


def digest():
    h = {}
    for p in sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf")) +
                    glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json")) +
                    glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
        h[p] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return h


ok = True
# ---- determinism: build twice, compare bytes
subprocess.check_call([sys.executable, os.path.join(HERE, "build.py")])
h1 = digest()
subprocess.check_call([sys.executable, os.path.join(HERE, "build.py")])
h2 = digest()
if h1 != h2 or not h1:
    print("BUILD NOT DETERMINISTIC")
    ok = False
else:
    print("build deterministic: %d files identical over two runs" % len(h1))

docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    views = []  # per page: [full, left column, right column], squashed
    with pdfplumber.open(pdfp) as p:
        for pg in p.pages:
            mid = float(pg.width) / 2
            full = pg.extract_text() or ""
            left = pg.crop((0, 0, mid - 28, pg.height)).extract_text() or ""
            right = pg.crop((mid + 28, 0, pg.width, pg.height)).extract_text() or ""
            views.append([squash(norm(full)), squash(norm(left)), squash(norm(right))])
    if len(views) != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, len(views), size)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    where = collections.Counter()
    for a in g["afspraken"]:
        t = squash(norm(a["text"]))
        pg = a["page"]
        v = views[pg - 1]
        found = [i for i in range(3) if t in v[i]]
        if not found:
            print("TEXT NOT FOUND ON PAGE", did, a["key"], pg)
            ok = False
        else:
            where[("full", "left", "right")[found[0]]] += 1
            col = v[found[-1]]
            # the box's own number, text and trekker line sit together in one column
            if squash(a["number"] + norm(a["text"]) + "Trekker:" + a["trekker"]) not in col:
                print("BOX NUMBER/TREKKER NOT CONTIGUOUS", did, a["key"])
                ok = False
        if squash(a["planning"]) not in v[0]:
            print("MARKER NOT ON PAGE", did, a["key"], a["planning"])
            ok = False
        for other in range(len(views)):
            if other != pg - 1 and any(t in x for x in views[other]):
                print("TEXT ALSO ON OTHER PAGE", did, a["key"], other + 1)
                ok = False
        if a["text"][:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            print("THEME ERROR", did, a["key"])
            ok = False
        fr = a["frame"]
        if fr["modality"] not in ("firm", "intent", "explore", "discuss"):
            print("BAD MODALITY", did, a["key"])
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
    if not 25 <= n <= 35:
        print("AFSPRAKEN COUNT OUT OF RANGE", did, n)
        ok = False
    print("%s: %d pages, %d afspraken (found in %s), %d KB, themes %s"
          % (did, len(views), n, dict(where), size // 1024, dict(themes)))

pairs = sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json")))
if len(pairs) != 2:
    print("EXPECTED 2 PAIRS", len(pairs))
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
        if s not in STATUSES or not set(l["kinds"]) <= KINDS or l["hard_negative"] not in HNS:
            print("BAD LABEL", l)
            ok = False
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
            if s not in ("reworded", "unchanged"):
                print("HARD NEGATIVE ON NON-REWORDED", l)
                ok = False
        if (s == "new") != (l["old"] is None) or (s == "dropped") != (l["new"] is None):
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
            print("KINDS ON", s, l)
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
    print("%s__%s: %d links; non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), nonun, dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
