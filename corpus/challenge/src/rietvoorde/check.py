# -*- coding: utf-8 -*-
"""Check the rietvoorde family: gold texts in PDF text, pair coverage, counts."""
import json, os, re, sys
from collections import Counter
import pdfplumber
from reportlab.lib.units import cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
DOCS = ["rietvoorde-2025", "rietvoorde-2026", "rietvoorde-bod-2026"]
PAIRS = [("rietvoorde-2025", "rietvoorde-2026"), ("rietvoorde-bod-2026", "rietvoorde-2026")]
TOP, BOT = 2.35 * cm, 2.15 * cm
AF_X0, AF_X1 = 2 * cm + 4.0 * cm, 2 * cm + 12.7 * cm


def norm(t):
    return " ".join(t.split())


def norm_h(t):
    return " ".join(re.sub(r"-\n\s*", "", t).split())


def page_texts(path, table):
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            bbox = (AF_X0 + 1, TOP, AF_X1 - 1, p.height - BOT) if table else (0, TOP, p.width, p.height - BOT)
            t = p.crop(bbox).extract_text() or ""
            lines = [l for l in t.split("\n") if l.strip() != "Afspraak"]
            out.append("\n".join(lines))
        return out, len(pdf.pages), max(os.path.getsize(path), 0)


ok = True
gold = {}
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    gold[d] = g
    table = g["document"]["type"] == "prestatieafspraken"
    texts, n, size = page_texts(os.path.join(OUT, "pdf", d + ".pdf"), table)
    if size > 150000 or n != g["document"]["pages"]:
        ok = False; print("SIZE/PAGES problem", d, size, n)
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        ok = False; print("duplicate keys", d)
    for a in g["afspraken"]:
        p = a["page"] - 1
        hay = [texts[p], texts[p] + "\n" + (texts[p + 1] if p + 1 < len(texts) else "")]
        t = norm(a["text"])
        if a["text"][0].isdigit():
            ok = False; print("starts with digit", d, a["key"])
        found = any(t in norm(h) or t in norm_h(h) for h in hay)
        if not found:
            ok = False; print("NOT FOUND", d, a["key"], "p", a["page"], "|", t[:80])
    th = Counter(a["theme"] for a in g["afspraken"])
    print("%-22s pages=%d afspraken=%d size=%dKB themes=%s" % (d, n, len(keys), size // 1024, dict(th)))
    if len(keys) < 25:
        ok = False; print("too few afspraken", d)

for o, n in PAIRS:
    pr = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
    ok_old = Counter(l["old"] for l in pr["links"] if l["old"])
    ok_new = Counter(l["new"] for l in pr["links"] if l["new"])
    ko = {a["key"]: a for a in gold[o]["afspraken"]}
    kn = {a["key"]: a for a in gold[n]["afspraken"]}
    if set(ok_old) != set(ko) or any(v != 1 for v in ok_old.values()):
        ok = False; print("old coverage", o, set(ko) ^ set(ok_old), [k for k, v in ok_old.items() if v > 1])
    if set(ok_new) != set(kn) or any(v != 1 for v in ok_new.values()):
        ok = False; print("new coverage", n, set(kn) ^ set(ok_new), [k for k, v in ok_new.items() if v > 1])
    st = Counter(l["status"] for l in pr["links"])
    kinds = Counter(k for l in pr["links"] for k in l["kinds"])
    hn = Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        if l["old"] and l["new"]:
            same = ko[l["old"]]["text"] == kn[l["new"]]["text"]
            if same != (l["status"] == "unchanged"):
                ok = False; print("unchanged mismatch", l)
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            ok = False; print("missing kinds", l)
        if l["status"] == "new" and l["old"] or l["status"] == "dropped" and l["new"]:
            ok = False; print("bad new/dropped", l)
    non_unch = sum(v for k, v in st.items() if k != "unchanged")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 1}
    for k, v in need.items():
        if st[k] < v:
            ok = False; print("pair count too low", o, k, st[k])
    if non_unch < 22:
        ok = False; print("non-unchanged too low", non_unch)
    print("%s -> %s: links=%d non-unchanged=%d status=%s kinds=%s hard_neg=%s" % (
        o, n, len(pr["links"]), non_unch, dict(st), dict(kinds), dict(hn)))

print("CHECK PASSED" if ok else "CHECK FAILED")
sys.exit(0 if ok else 1)
