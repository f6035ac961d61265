# -*- coding: utf-8 -*-
"""Self-check of the ruiterbeek family (run from anywhere with the project venv).

1. build.py is deterministic (two runs give byte-identical PDFs and gold);
2. every gold text is on its gold page (pdfplumber text of the afspraken column, whitespace/hyphen-insensitive),
   and not on any earlier page;
3. every section heading is printed; themes, keys and document fields are consistent;
4. each pair covers every afspraak of both documents exactly once, statuses agree with the texts.
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
FAMILY = "ruiterbeek"
sys.path.insert(0, HERE)
import build  # noqa: E402

THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODS = {"firm", "intent", "explore", "discuss"}


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def digest():
    files = sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf"))
                   + glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))
                   + glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json")))
    return {f: hashlib.sha256(open(f, "rb").read()).hexdigest() for f in files}


ok = True
py = sys.executable
subprocess.run([py, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
d1 = digest()
subprocess.run([py, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
d2 = digest()
if d1 != d2 or len(d1) != 3 + 3 + 2:
    print("NOT DETERMINISTIC or wrong file count", len(d1), len(d2))
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
    with pdfplumber.open(pdfp) as p:
        full = [norm(pg.extract_text() or "") for pg in p.pages]
        col = [norm(pg.crop((0, 0, build.ML + build.MW + 4, pg.height)).extract_text() or "") for pg in p.pages]
    if len(full) != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, len(full), size)
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
        if t not in col[pg - 1]:
            print("TEXT NOT FOUND", did, a["key"], pg)
            ok = False
        if any(t in col[i] for i in range(pg - 1)):
            print("TEXT ON EARLIER PAGE", did, a["key"])
            ok = False
        if pg < last_page:
            print("READING ORDER", did, a["key"])
            ok = False
        last_page = pg
        if a["section"] not in full[pg - 1] and not any(a["section"] in full[i] for i in range(pg - 1)):
            print("SECTION HEADING NOT PRINTED", did, a["key"])
            ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            print("THEME PROBLEM", did, a["key"])
            ok = False
        if a["frame"]["modality"] not in MODS:
            print("MODALITY", did, a["key"])
            ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if not 25 <= n <= 35:
        print("AFSPRAKEN COUNT", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(full), n, size // 1024, dict(themes)))

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
            kinds["%s/%s" % (s[:4], k)] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
            if s not in ("reworded", "unchanged"):
                print("HARD NEGATIVE ON CHANGE", l)
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
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    if nonun < 22 or st["unchanged"] < 1:
        print("PAIR COUNTS", pp, nonun, st["unchanged"])
        ok = False
    print("%s__%s: %d links; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
