# -*- coding: utf-8 -*-
"""Self-check of the korsvliet family (run from anywhere with the project venv)."""
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
import build  # noqa: E402  (geometry of the matrix columns)

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "korsvliet"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODALITIES = {"firm", "intent", "explore", "discuss"}


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pg):
    """Whole-page text plus, on landscape matrix pages, the text of every column on its own."""
    out = [norm(pg.extract_text() or "")]
    if pg.width > pg.height:
        xs = [build.MX0, build.MX0 + build.HEADER_W] + [build.col_x(i) + build.COL_W for i in range(4)]
        for x0, x1 in zip(xs, xs[1:]):
            out.append(norm(pg.crop((x0 + 0.5, 0, x1 - 0.5, pg.height)).extract_text() or ""))
    return out


def digest():
    return {p: hashlib.sha256(open(p, "rb").read()).hexdigest()
            for p in sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf")))
            + sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json")))
            + sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json")))}


ok = True
h1 = digest()
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
h2 = digest()
if h1 != h2 or not h1:
    print("BUILD NOT DETERMINISTIC (or nothing built)")
    ok = False

docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as p:
        pages = [page_texts(pg) for pg in p.pages]
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
        if not any(t in h for h in pages[a["page"] - 1]):
            print("TEXT NOT FOUND", did, a["key"], a["page"])
            ok = False
        # it must not also start on an earlier page
        for q in range(a["page"] - 1):
            if any(t in h for h in pages[q]):
                print("TEXT ALSO ON EARLIER PAGE", did, a["key"], q + 1)
                ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            print("THEME PROBLEM", did, a["key"])
            ok = False
        if a["frame"]["modality"] not in MODALITIES:
            print("BAD MODALITY", did, a["key"])
            ok = False
        if g["document"]["type"] == "prestatieafspraken":
            if a["party"] is None or not any(a["party"] in h for h in pages[a["page"] - 1][1:2]):
                print("PARTY NOT PRINTED", did, a["key"], a["party"])
                ok = False
            if not any(a["section"] in h for h in pages[a["page"] - 1]):
                print("SECTION NOT PRINTED", did, a["key"], a["section"])
                ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if n < 25 or n > 36:
        print("AFSPRAKEN COUNT OUT OF RANGE", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(pages), n, size // 1024, dict(themes)))

REQ = {
    "korsvliet-2025__korsvliet-2026": {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 5,
                                       "unchanged": 1},
    "korsvliet-bod-2026__korsvliet-2026": {"weakened": 2, "strengthened": 4, "new": 3, "dropped": 2,
                                           "reworded": 2, "unchanged": 1},
}
pairs = sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json")))
if len(pairs) != 2:
    print("EXPECTED 2 PAIRS", pairs)
    ok = False
for pp in pairs:
    pr = json.load(open(pp, encoding="utf-8"))
    name = pr["old"] + "__" + pr["new"]
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
    for k, v in REQ[name].items():
        if st[k] < v:
            print("COUNT TOO LOW", name, k, st[k])
            ok = False
    if st["modified"] > 1:
        print("TOO MANY MODIFIED", name)
        ok = False
    print("%s: %d links; statuses %s; kinds %s; hard negatives %s"
          % (name, len(pr["links"]), dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
