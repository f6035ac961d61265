# -*- coding: utf-8 -*-
"""Self-check of the dommelrade family. Run from /work/main:
    /work/main/.venv/bin/python corpus/challenge/src/dommelrade/check.py
Text check: the gold text must occur in the pdfplumber text of its page (full page, or for the bod table the
middle column 'Ons bod'), or of its page plus the next page (body area, without running header/footer)."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
DOCS = ["dommelrade-2025", "dommelrade-2026", "dommelrade-bod-2026"]
PAIRS = [("dommelrade-2025", "dommelrade-2026"), ("dommelrade-bod-2026", "dommelrade-2026")]
MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
HDR = 1.6 * 72 / 2.54


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def middle_column(page):
    """x-range of the 'Ons bod' column, from the header words of the table."""
    words = page.extract_words()
    xt = [w for w in words if w["text"] == "Toelichting"]
    if not xt:
        return None
    xs = [w for w in words if w["text"] == "Ons" and abs(w["top"] - xt[0]["top"]) < 2]
    if not xs:
        return None
    return xs[0]["x0"] - 5, xt[0]["x0"] - 5


errors = []
golds = {}
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    golds[d] = g
    pdfpath = os.path.join(OUT, "pdf", d + ".pdf")
    size = os.path.getsize(pdfpath)
    if size > 150 * 1024:
        errors.append("%s too large: %d" % (d, size))
    with pdfplumber.open(pdfpath) as pdf:
        full, body = [], []
        for p in pdf.pages:
            col = middle_column(p) if g["document"]["type"] == "bod" else None
            x0, x1 = col if col else (0, p.width)
            if col:
                full.append(norm(p.within_bbox((x0, 0, x1, p.height)).extract_text() or ""))
            else:
                full.append(norm(p.extract_text() or ""))
            body.append(norm(p.within_bbox((x0, HDR, x1, p.height - HDR)).extract_text() or ""))
        if g["document"]["pages"] != len(pdf.pages):
            errors.append("%s: pages %s != %d" % (d, g["document"]["pages"], len(pdf.pages)))
    keys = set()
    for a in g["afspraken"]:
        if a["key"] in keys:
            errors.append("%s: duplicate key %s" % (d, a["key"]))
        keys.add(a["key"])
        t = norm(a["text"])
        if t[:1].isdigit():
            errors.append("%s: text starts with digit: %s" % (d, a["key"]))
        i = a["page"] - 1
        ok = t in full[i] or (i + 1 < len(body) and t in body[i] + " " + body[i + 1])
        if not ok:
            errors.append("%s: text not on page %d: %s" % (d, a["page"], a["key"]))
    print("%-22s pages=%d afspraken=%d themes=%s" % (d, g["document"]["pages"], len(g["afspraken"]),
          dict(collections.Counter(a["theme"] for a in g["afspraken"]))))

for o, n in PAIRS:
    p = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
    ok_ = [a["key"] for a in golds[o]["afspraken"]]
    nk_ = [a["key"] for a in golds[n]["afspraken"]]
    ot = {a["key"]: a["text"] for a in golds[o]["afspraken"]}
    nt = {a["key"]: a["text"] for a in golds[n]["afspraken"]}
    co = collections.Counter(l["old"] for l in p["links"] if l["old"])
    cn = collections.Counter(l["new"] for l in p["links"] if l["new"])
    if sorted(co) != sorted(ok_) or any(v != 1 for v in co.values()):
        errors.append("%s: old coverage wrong" % o)
    if sorted(cn) != sorted(nk_) or any(v != 1 for v in cn.values()):
        errors.append("%s: new coverage wrong" % n)
    st = collections.Counter(l["status"] for l in p["links"])
    kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
    for l in p["links"]:
        if l["old"] and l["new"]:
            same = ot[l["old"]] == nt[l["new"]]
            if same != (l["status"] == "unchanged"):
                errors.append("%s->%s: %s unchanged/identical mismatch" % (o, n, l["old"]))
            if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
                errors.append("%s->%s: %s lacks kinds" % (o, n, l["old"]))
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    if nonun < 22:
        errors.append("%s->%s: only %d non-unchanged links" % (o, n, nonun))
    for k, m in MIN.items():
        if st[k] < m:
            errors.append("%s->%s: %s %d < %d" % (o, n, k, st[k], m))
    print("%s -> %s: links=%d non-unchanged=%d %s kinds=%s hard_negatives=%s" % (
        o, n, len(p["links"]), nonun, dict(st), dict(kinds), dict(hn)))

if errors:
    print("FAILED")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
