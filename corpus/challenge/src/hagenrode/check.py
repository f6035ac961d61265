# -*- coding: utf-8 -*-
"""Self-check for the hagenrode family (texts on their pages, pair coverage, per-pair counts)."""
import collections, glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdfplumber
from build import OUT, body_regions, letter_regions, norm

ok = True
def fail(m):
    global ok
    ok = False
    print("FAIL", m)

golds = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", "hagenrode-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    golds[did] = g
    spreads = g["document"]["layout"] == "a3-spreads"
    with pdfplumber.open(os.path.join(OUT, "pdf", did + ".pdf")) as pdf:
        pt = [" ".join(norm(r.extract_text() or "") for r in (body_regions(p) if spreads else letter_regions(p))) for p in pdf.pages]
        if len(pdf.pages) != g["document"]["pages"]:
            fail("%s page count" % did)
    if os.path.getsize(os.path.join(OUT, "pdf", did + ".pdf")) > 150000:
        fail("%s too big" % did)
    for a in g["afspraken"]:
        t = norm(a["text"])
        p = a["page"] - 1
        if t[0].isdigit():
            fail("starts with digit %s" % a["key"])
        if t not in pt[p] and t not in (pt[p] + " " + (pt[p + 1] if p + 1 < len(pt) else "")):
            fail("%s %s not on page %d" % (did, a["key"], a["page"]))
    keys = [a["key"] for a in g["afspraken"]]
    if len(keys) != len(set(keys)):
        fail("dup keys %s" % did)
    print("%-28s pages=%d afspraken=%d themes=%s" % (did, g["document"]["pages"], len(keys),
          dict(collections.Counter(a["theme"] for a in g["afspraken"]))))

for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", "hagenrode-*.json"))):
    P = json.load(open(pp, encoding="utf-8"))
    ok_keys = [a["key"] for a in golds[P["old"]]["afspraken"]]
    nk_keys = [a["key"] for a in golds[P["new"]]["afspraken"]]
    olds = [l["old"] for l in P["links"] if l["old"]]
    news = [l["new"] for l in P["links"] if l["new"]]
    if sorted(olds) != sorted(ok_keys) or sorted(news) != sorted(nk_keys):
        fail("coverage %s" % pp)
    ot = {a["key"]: a["text"] for a in golds[P["old"]]["afspraken"]}
    nt = {a["key"]: a["text"] for a in golds[P["new"]]["afspraken"]}
    for l in P["links"]:
        if l["status"] == "unchanged" and ot[l["old"]] != nt[l["new"]]:
            fail("unchanged but differs %s" % l["old"])
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            fail("no kinds %s" % l)
    c = collections.Counter(l["status"] for l in P["links"])
    kinds = collections.Counter(k for l in P["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in P["links"] if l["hard_negative"])
    nonun = sum(v for k, v in c.items() if k != "unchanged")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in need.items():
        if c[k] < v:
            fail("%s: %s=%d < %d" % (os.path.basename(pp), k, c[k], v))
    if nonun < 22:
        fail("non-unchanged %d" % nonun)
    print(os.path.basename(pp), dict(c), "non-unchanged=%d" % nonun)
    print("   kinds", dict(kinds), "hard_negatives", dict(hn))
print("OK" if ok else "NOT OK")
sys.exit(0 if ok else 1)
