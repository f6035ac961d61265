# -*- coding: utf-8 -*-
"""Self-check of the peelwijde family (run from anywhere with the project venv).

- every gold text is on its gold page (pdfplumber text; whitespace- and hyphen-insensitive; a 6-up page is read
  as its left and right column of slides, a 3-up page and the letter as the whole page),
- keys unique, theme == themes[0], enough afspraken,
- both pairs cover every afspraak of both documents exactly once, statuses consistent with the texts,
- build.py is deterministic (PDFs and gold byte-identical over two runs).
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
FAMILY = "peelwijde"


def norm(s):
    return re.sub(r"[\s\-\u00ad]+", "", s)


def page_texts(pdfp):
    out = []
    with pdfplumber.open(pdfp) as p:
        for pg in p.pages:
            whole = pg.extract_text() or ""
            left = pg.crop((0, 0, pg.width / 2, pg.height)).extract_text() or ""
            right = pg.crop((pg.width / 2, 0, pg.width, pg.height)).extract_text() or ""
            out.append([norm(whole), norm(left), norm(right)])
    return out


def digest():
    h = {}
    for f in sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf"))
                    + glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))
                    + glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
        h[f] = hashlib.sha256(open(f, "rb").read()).hexdigest()
    return h


ok = True
build = os.path.join(HERE, "build.py")
subprocess.run([sys.executable, build], check=True, stdout=subprocess.DEVNULL)
d1 = digest()
subprocess.run([sys.executable, build], check=True, stdout=subprocess.DEVNULL)
d2 = digest()
if d1 != d2 or len(d1) != 8:
    print("NOT DETERMINISTIC or missing outputs", len(d1), len(d2))
    ok = False
else:
    print("deterministic: %d files byte-identical over two builds" % len(d1))

docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    pages = page_texts(pdfp)
    if len(pages) != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, len(pages), size)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    prev_page = 0
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        if not any(t in v for v in pages[pg - 1]):
            print("TEXT NOT FOUND", did, a["key"], pg)
            ok = False
        # the text must not be on any other page (so the gold page is unambiguous)
        others = [i + 1 for i, v in enumerate(pages) if i + 1 != pg and any(t in x for x in v)]
        if others:
            print("TEXT ALSO ON OTHER PAGE", did, a["key"], others)
            ok = False
        if pg < prev_page:
            print("NOT IN READING ORDER", did, a["key"])
            ok = False
        prev_page = pg
        if a["text"][:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0]:
            print("THEME MISMATCH", did, a["key"])
            ok = False
        if a["number"] is not None and not any(norm(a["number"] + ".") + t[:30] in v for v in pages[pg - 1]):
            print("NUMBER NOT PRINTED BEFORE TEXT", did, a["key"], a["number"])
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
            if s != "reworded":
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
        if s in ("unchanged", "reworded", "new", "dropped") and l["kinds"]:
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
