# -*- coding: utf-8 -*-
"""Self-check of the hollewiel family (run from /work/main)."""
import json, os, re, sys, glob
from collections import Counter
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
FAM = "hollewiel"
BOD_X = 2.3 * 72 / 2.54 + 6.2 * 72 / 2.54  # left edge of the "Ons bod" column
ok = True


def norm(t):
    t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)
    return re.sub(r"\s+", " ", t).strip()


def fail(msg):
    global ok
    ok = False
    print("FAIL", msg)


docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAM + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdf = os.path.join(OUT, "pdf", did + ".pdf")
    if os.path.getsize(pdf) > 150_000:
        fail("%s too large" % did)
    with pdfplumber.open(pdf) as p:
        if len(p.pages) != g["document"]["pages"]:
            fail("%s page count" % did)
        texts, coltexts = [], []
        for pg in p.pages:
            texts.append(pg.extract_text() or "")
            coltexts.append(pg.crop((BOD_X, 0, pg.width, pg.height)).extract_text() or "")
    keys = Counter(a["key"] for a in g["afspraken"])
    for k, c in keys.items():
        if c > 1:
            fail("%s duplicate key %s" % (did, k))
    for a in g["afspraken"]:
        if a["text"][0].isdigit():
            fail("%s %s starts with digit" % (did, a["key"]))
        src = coltexts if g["document"]["type"] == "bod" else texts
        i = a["page"] - 1
        hay = norm(src[i]) + " " + norm(src[i + 1] if i + 1 < len(src) else "")
        hay2 = norm(src[i] + "\n" + (src[i + 1] if i + 1 < len(src) else ""))
        t = norm(a["text"])
        if t not in hay and t not in hay2:
            fail("%s %s text not found on page %d" % (did, a["key"], a["page"]))
        if a["theme"] != a["themes"][0]:
            fail("%s %s theme" % (did, a["key"]))
    th = Counter(a["theme"] for a in g["afspraken"])
    print("%-22s pages=%d afspraken=%d themes=%s" % (did, g["document"]["pages"], len(g["afspraken"]), dict(th)))

NEED = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAM + "-*.json"))):
    pr = json.load(open(pp, encoding="utf-8"))
    old, new = docs[pr["old"]], docs[pr["new"]]
    ok_keys = Counter(l["old"] for l in pr["links"] if l["old"])
    nk_keys = Counter(l["new"] for l in pr["links"] if l["new"])
    if set(ok_keys) != {a["key"] for a in old["afspraken"]} or any(v > 1 for v in ok_keys.values()):
        fail("%s old coverage" % pp)
    if set(nk_keys) != {a["key"] for a in new["afspraken"]} or any(v > 1 for v in nk_keys.values()):
        fail("%s new coverage" % pp)
    otext = {a["key"]: a["text"] for a in old["afspraken"]}
    ntext = {a["key"]: a["text"] for a in new["afspraken"]}
    st = Counter(l["status"] for l in pr["links"])
    kinds = Counter(k for l in pr["links"] for k in l["kinds"])
    hn = Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        if l["old"] and l["new"]:
            same = otext[l["old"]] == ntext[l["new"]]
            if same != (l["status"] == "unchanged"):
                fail("%s %s unchanged/identical mismatch" % (pp, l["old"]))
            if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
                fail("%s %s no kinds" % (pp, l["old"]))
    for s, n in NEED.items():
        if st[s] < n:
            fail("%s needs %d %s, has %d" % (pp, n, s, st[s]))
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    if nonun < 22:
        fail("%s only %d non-unchanged" % (pp, nonun))
    if st["unchanged"] < 1:
        fail("%s no unchanged" % pp)
    print("%s -> %s: %s non-unchanged=%d\n   kinds=%s hard_negatives=%s" % (pr["old"], pr["new"], dict(st), nonun,
                                                                           dict(kinds), dict(hn)))
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
