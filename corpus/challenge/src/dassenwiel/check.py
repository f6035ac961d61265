# -*- coding: utf-8 -*-
"""Self-check of the dassenwiel family (run from /work/main).

Every PDF page after the cover is an A3 spread of two A4 pages; the text of a spread is read half by half
(left page, then right page), body area only (running header and page number cut off), photo captions
(italic) left out. An afspraak must start on its gold page and may run on to the next one.
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
FAMILY = "dassenwiel"
MARGIN_TOP, MARGIN_BOTTOM = 58.0, 58.0


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def half_texts(page):
    w, h = page.width, page.height
    halves = [(0, w)] if w < 700 else [(0, w / 2), (w / 2, w)]
    parts = []
    for x0, x1 in halves:
        crop = page.within_bbox((x0, MARGIN_TOP, x1, h - MARGIN_BOTTOM))
        crop = crop.filter(lambda o: o.get("object_type") != "char" or "Oblique" not in o.get("fontname", ""))
        parts.append(norm(crop.extract_text() or ""))
    return parts


def digest():
    d = {}
    for p in sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf"))) + \
            sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))) + \
            sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
        d[p] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return d


ok = True
before = digest()
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
after = digest()
if before != after or not after:
    print("BUILD NOT DETERMINISTIC (or outputs missing)")
    ok = False
else:
    print("build deterministic: %d files byte-identical after rebuild" % len(after))

docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as p:
        halves = [half_texts(pg) for pg in p.pages]
        pages = [" ".join(hs) for hs in halves]
        flat = [t for hs in halves for t in hs]
        spreads = [pg.width > 700 for pg in p.pages]
    if len(pages) != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, len(pages), size)
        ok = False
    if spreads[0] or not all(spreads[1:]):
        print("LAYOUT: cover must be single A4, the rest spreads", did, spreads)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    running = 0
    split = 0
    last_pos = (0, -1)
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        here = pages[pg - 1]
        hay = here + (" " + pages[pg] if pg < len(pages) else "")
        full = (a["number"] + " " + t) if a["number"] else t
        if full not in hay:
            print("TEXT NOT FOUND", did, a["key"], pg)
            ok = False
        elif (a["number"] + " " + t[:25]) not in here:
            print("DOES NOT START ON GOLD PAGE", did, a["key"], pg)
            ok = False
        else:
            pos = (pg, hay.find(full))
            if pos <= last_pos:
                print("NOT IN READING ORDER", did, a["key"])
                ok = False
            last_pos = pos
            if full not in here:
                running += 1
            if not any(full in t for t in flat):
                split += 1
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0]:
            print("THEME MISMATCH", did, a["key"])
            ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if split - running < 1:
        print("LAYOUT: no afspraak runs from the left half onto the right half", did)
        ok = False
    if n < 25:
        print("TOO FEW AFSPRAKEN", did, n)
        ok = False
    print("%s: %d pages, %d afspraken (%d run from left to right half, %d on to the next spread), %d KB, themes %s"
          % (did, len(pages), n, split - running, running, size // 1024, dict(themes)))

for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json"))):
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
            kinds[k] += 1
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
        if s not in ("weakened", "strengthened", "modified") and l["kinds"]:
            print("KINDS ON", s, l)
            ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    if nonun < 22 or st["unchanged"] < 1 or st["modified"] > 1:
        print("PAIR COUNTS", pp, nonun, st["unchanged"], st["modified"])
        ok = False
    print("%s__%s: %d links, non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), nonun, dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
