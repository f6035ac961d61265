# -*- coding: utf-8 -*-
"""Self-check of the graafsmeer family: texts on their page, pair coverage and change counts."""
import json, os, re, glob, collections
import pdfplumber
OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAM = "graafsmeer"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def pages(path):
    with pdfplumber.open(path) as pdf:
        return [norm(re.sub(r"-\n(?=\S)", "-", p.extract_text() or "")) for p in pdf.pages]


ok = True
docs = {}
for g in sorted(glob.glob(os.path.join(OUT, "gold", FAM + "-*.json"))):
    d = json.load(open(g, encoding="utf-8"))
    did = d["document"]["id"]; docs[did] = d
    pt = pages(os.path.join(OUT, "pdf", did + ".pdf"))
    assert d["document"]["pages"] == len(pt), did
    assert os.path.getsize(os.path.join(OUT, "pdf", did + ".pdf")) < 150000
    keys = [a["key"] for a in d["afspraken"]]
    assert len(keys) == len(set(keys)), did
    th = collections.Counter(a["theme"] for a in d["afspraken"])
    for a in d["afspraken"]:
        t = norm(a["text"]); p = a["page"]
        assert not t[0].isdigit(), t
        here = pt[p - 1] + (" " + pt[p] if p < len(pt) else "")
        if t not in here:
            ok = False; print("MISSING", did, a["key"], p, t[:70])
    print("%-32s pages=%2d afspraken=%2d themes=%s" % (did, len(pt), len(keys), dict(th)))

NEED = dict(weakened=4, strengthened=4, new=3, dropped=3, reworded=6)
for pf in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAM + "-*.json"))):
    pr = json.load(open(pf, encoding="utf-8"))
    o = docs[pr["old"]]; n = docs[pr["new"]]
    ok_old = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    ok_new = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    ko = {a["key"]: a for a in o["afspraken"]}; kn = {a["key"]: a for a in n["afspraken"]}
    if set(ok_old) != set(ko) or any(v != 1 for v in ok_old.values()): ok = False; print("old coverage", pf)
    if set(ok_new) != set(kn) or any(v != 1 for v in ok_new.values()): ok = False; print("new coverage", pf)
    st = collections.Counter(l["status"] for l in pr["links"])
    kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        if l["status"] == "unchanged" and ko[l["old"]]["text"] != kn[l["new"]]["text"]:
            ok = False; print("unchanged but different", l)
        if l["old"] and l["new"] and l["status"] != "unchanged" and ko[l["old"]]["text"] == kn[l["new"]]["text"]:
            ok = False; print("identical but", l)
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            ok = False; print("no kinds", l)
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    for k, v in NEED.items():
        if st[k] < v: ok = False; print("TOO FEW", k, pf)
    if nonun < 22: ok = False; print("TOO FEW non-unchanged", pf)
    print(os.path.basename(pf), "non-unchanged=%d" % nonun, dict(st), "kinds=", dict(kinds), "hn=", dict(hn))
print("PASS" if ok else "FAIL")
