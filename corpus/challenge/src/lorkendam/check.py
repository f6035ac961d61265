# -*- coding: utf-8 -*-
"""Self-check of the lorkendam family (run from anywhere with /work/main/.venv/bin/python)."""
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
FAMILY = "lorkendam"


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def digest():
    h = {}
    for p in sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf"))
                    + glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))
                    + glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
        h[p] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return h


ok = True
before = digest()
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
after = digest()
if before != after or not before:
    print("BUILD NOT DETERMINISTIC (or nothing built before the check)")
    ok = False
else:
    print("deterministic: %d files byte-identical after a rebuild" % len(after))

docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as p:
        pages = [norm(pg.extract_text() or "") for pg in p.pages]
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
        # the Afspraak cell must be on its gold page (not merely the next one)
        if t not in pages[pg - 1]:
            print("TEXT NOT FOUND", did, a["key"], pg)
            ok = False
        if not re.search(r"(^| )%s %s " % (re.escape(a["number"]), re.escape(norm(a["section"].split(" > ")[-1]))),
                         pages[pg - 1]):
            print("NR/THEMA NOT FOUND", did, a["key"], pg)
            ok = False
        # the Trekker / Gereed / Status cells of the same row are on the next page (right-hand columns)
        right = pages[pg] if pg < len(pages) else ""
        row = "%s %s %s %s" % (a["number"], norm(a["trekker"]), norm(a["planning"]), a["attributes"]["status"])
        if not re.search(r"(^| )%s( |$)" % re.escape(row), right):
            print("RIGHT-HAND ROW NOT FOUND", did, a["key"], pg + 1, row)
            ok = False
        if a["attributes"].get("opmerking") and norm(a["attributes"]["opmerking"]) not in right:
            print("OPMERKING NOT FOUND", did, a["key"])
            ok = False
        if t in right:
            print("AFSPRAAK ALSO ON RIGHT-HAND PAGE", did, a["key"])
            ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0]:
            print("THEME MISMATCH", did, a["key"])
            ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if n < 25:
        print("TOO FEW AFSPRAKEN", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(pages), n, size // 1024, dict(themes)))

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
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    if nonun < 22 or st["unchanged"] < 1 or st["modified"] > 1:
        print("PAIR COUNTS", pp, nonun, st["unchanged"], st["modified"])
        ok = False
    print("%s__%s: non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], nonun, dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
