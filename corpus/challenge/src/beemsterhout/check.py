"""Self-check for the beemsterhout family (run from /work/main)."""
import collections
import glob
import json
import os
import re

import pdfplumber

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev")
FAM = "beemsterhout"


def norm(s):
    s = re.sub(r"-\n", "", s)
    return re.sub(r"\s+", " ", s).strip()


def norm_keep(s):
    return re.sub(r"\s+", " ", s).strip()


ok = True
docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAM + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as pdf:
        raw = [p.extract_text() or "" for p in pdf.pages]
    assert g["document"]["pages"] == len(raw)
    keys = [a["key"] for a in g["afspraken"]]
    assert len(keys) == len(set(keys)), did
    for a in g["afspraken"]:
        t = norm_keep(a["text"])
        assert not t[0].isdigit(), a["key"]
        pg = a["page"] - 1
        cands = [raw[pg]] + ([raw[pg] + "\n" + raw[pg + 1]] if pg + 1 < len(raw) else [])
        if not any(t in norm(c) or t in norm_keep(c) for c in cands):
            ok = False
            print("TEXT NOT FOUND", did, a["key"], a["page"])
    th = collections.Counter(a["theme"] for a in g["afspraken"])
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(raw), len(keys), size // 1024, dict(th)))
    if size > 150 * 1024 or len(keys) < 25:
        ok = False
        print("SIZE/COUNT PROBLEM", did)
    docs[did] = set(keys)

for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAM + "-*__*.json"))):
    p = json.load(open(pp, encoding="utf-8"))
    olds = [l["old"] for l in p["links"] if l["old"]]
    news = [l["new"] for l in p["links"] if l["new"]]
    if sorted(olds) != sorted(docs[p["old"]]) or sorted(news) != sorted(docs[p["new"]]):
        ok = False
        print("COVERAGE PROBLEM", pp)
    st = collections.Counter(l["status"] for l in p["links"])
    kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
    for l in p["links"]:
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            ok = False
            print("NO KINDS", l)
        if l["status"] == "new" and l["old"] is not None or l["status"] == "dropped" and l["new"] is not None:
            ok = False
            print("BAD LINK", l)
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    bad = [k for k, v in need.items() if st[k] < v]
    if nonun < 22 or bad or st["unchanged"] < 1:
        ok = False
        print("COUNTS PROBLEM", pp, bad, nonun)
    print("%s -> %s: non-unchanged %d, statuses %s, kinds %s, hard_negatives %s" % (
        p["old"], p["new"], nonun, dict(st), dict(kinds), dict(hn)))

print("CHECK PASSED" if ok else "CHECK FAILED")
