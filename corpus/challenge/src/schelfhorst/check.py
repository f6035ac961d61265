# -*- coding: utf-8 -*-
"""Self-check of the schelfhorst family (run from anywhere with the project venv).

1. every gold text is on its gold page (pdfplumber text, whitespace/hyphen-insensitive; superscript footnote
   marks, printed below 6 pt, are left out of the page text since they are not part of the afspraak);
2. pairs cover every afspraak of both documents exactly once, with consistent statuses;
3. the build is deterministic (a second run gives byte-identical PDFs).
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
FAMILY = "schelfhorst"


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def pdf_hashes():
    return {p: hashlib.sha256(open(p, "rb").read()).hexdigest()
            for p in sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf")))}


ok = True
# 3. determinism
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
h1 = pdf_hashes()
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
h2 = pdf_hashes()
if h1 != h2 or len(h1) != 3:
    print("BUILD NOT DETERMINISTIC or wrong number of PDFs", len(h1))
    ok = False
else:
    print("deterministic: %d PDFs byte-identical over two builds" % len(h1))

docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as p:
        pages = []
        for pg in p.pages:
            body = pg.filter(lambda o: not (o.get("object_type") == "char" and o.get("size", 10) < 6))
            pages.append(norm(body.extract_text() or ""))
    if len(pages) != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, len(pages), size)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    last = (0, 0)
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        if t not in pages[pg - 1]:
            print("TEXT NOT FOUND ON ITS PAGE", did, a["key"], pg)
            ok = False
        else:
            pos = (pg, pages[pg - 1].index(t))
            if pos < last:
                print("NOT IN READING ORDER", did, a["key"])
                ok = False
            last = pos
        if a["number"] and not re.search(r"(^| )%s %s" % (re.escape(a["number"]), re.escape(t[:20])), pages[pg - 1]) \
                and not re.search(r"(^| )%s .{0,60}%s" % (re.escape(a["number"]), re.escape(t[:20])), pages[pg - 1]):
            print("NUMBER NOT BEFORE TEXT", did, a["key"], a["number"])
            ok = False
        lab = a["attributes"].get("status_label")
        if lab not in ("NIEUW", "GEWIJZIGD", "DOORLOPEND"):
            print("BAD LABEL", did, a["key"])
            ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0]:
            print("THEME MISMATCH", did, a["key"])
            ok = False
        if a["trekker"] and ("Eigenaar: %s · Gereed: %s" % (a["trekker"], a["planning"])) not in pages[pg - 1] + " " + (pages[pg] if pg < len(pages) else ""):
            print("EIGENAAR LINE NOT FOUND", did, a["key"])
            ok = False
        if "Eigenaar" in a["text"] or "NIEUW" in a["text"] or "DOORLOPEND" in a["text"]:
            print("FIELD IN TEXT", did, a["key"])
            ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if not 25 <= n <= 35:
        print("AFSPRAKEN COUNT OUT OF RANGE", did, n)
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
    print("%s__%s: %d links; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
