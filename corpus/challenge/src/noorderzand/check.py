# -*- coding: utf-8 -*-
"""Self-check for the noorderzand family. Run from /work/main."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", "corpus", "challenge", "dev"))
FAM = "noorderzand"
DOCS = ["noorderzand-2025", "noorderzand-2026", "noorderzand-kennisgeving-2026"]
PAIRS = [("noorderzand-2025", "noorderzand-2026")]
REQ = {"nonunchanged": 30, "weakened": 6, "strengthened": 6, "new": 4, "dropped": 4, "reworded": 8}
ok = True


def norm(t):
    t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)
    return re.sub(r"\s+", " ", t).strip()


def page_texts(pdf):
    out = []
    for p in pdf.pages:
        mid = p.width / 2
        top = 60.0  # below the running header
        for r in p.rects:  # a shaded kader spanning both columns sits on top of the columns
            if r["width"] > p.width * 0.6 and r["top"] < 120:
                top = max(top, r["bottom"])
        bot = p.height - 45.0  # above the footer
        parts = [p.crop((0, top, mid, bot)).extract_text() or "",
                 p.crop((mid, top, p.width, bot)).extract_text() or "",
                 p.extract_text() or ""]
        out.append(parts)
    return out


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


golds = {}
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    golds[d] = g
    pdfp = os.path.join(OUT, "pdf", d + ".pdf")
    size = os.path.getsize(pdfp)
    if size > 150000:
        fail("%s too large" % d)
    with pdfplumber.open(pdfp) as pdf:
        pts = page_texts(pdf)
        if len(pdf.pages) != g["document"]["pages"]:
            fail("%s page count" % d)
    keys = [a["key"] for a in g["afspraken"]]
    if len(keys) != len(set(keys)):
        fail("%s duplicate keys" % d)
    themes = collections.Counter(a["theme"] for a in g["afspraken"])
    for a in g["afspraken"]:
        if a["text"][0].isdigit():
            fail("%s %s starts with digit" % (d, a["key"]))
        t = norm(a["text"])
        i = a["page"] - 1
        cands = []
        for j in (i, i + 1):
            if j < len(pts):
                cands.append(pts[j])
        # same page: left col + right col; spill over: right col -> next left col, etc.
        hay = " ".join(norm(c[0]) + " " + norm(c[1]) for c in cands)
        hay2 = " ".join(norm(c[2]) for c in cands)
        # strip running header/footer lines between pages
        hay = re.sub(r"Jaarschijf 20\d\d · \d+ Prestatieafspraken Noorderzand 2025-2028 \| Jaarschijf 20\d\d", "", hay)
        hay = re.sub(r"Jaarschijf 20\d\d · \d+", "", hay)
        hay = re.sub(r"Prestatieafspraken Noorderzand 2025-2028 \| Jaarschijf 20\d\d", "", hay)
        hay = re.sub(r"Gemeente Noorderzand · Helmduin · Kwelderwonen · De Zandloper", "", hay)
        hay = re.sub(r"\s+", " ", hay)
        if t not in hay and t not in hay2:
            fail("%s %s text not found on page %d" % (d, a["key"], a["page"]))
    print("%-32s pages=%d afspraken=%d size=%dKB themes=%s" % (
        d, g["document"]["pages"], len(keys), size // 1024, dict(themes)))

for o, n in PAIRS:
    p = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
    ok_keys = [a["key"] for a in golds[o]["afspraken"]]
    nk_keys = [a["key"] for a in golds[n]["afspraken"]]
    olds = [l["old"] for l in p["links"] if l["old"]]
    news = [l["new"] for l in p["links"] if l["new"]]
    if sorted(olds) != sorted(ok_keys):
        fail("pair old coverage")
    if sorted(news) != sorted(nk_keys):
        fail("pair new coverage")
    ot = {a["key"]: a["text"] for a in golds[o]["afspraken"]}
    nt = {a["key"]: a["text"] for a in golds[n]["afspraken"]}
    st = collections.Counter()
    kinds = collections.Counter()
    hn = collections.Counter()
    for l in p["links"]:
        s = l["status"]
        st[s] += 1
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hn[l["hard_negative"]] += 1
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            fail("bad new/dropped link %s" % l)
        if l["old"] and l["new"]:
            same = ot[l["old"]] == nt[l["new"]]
            if (s == "unchanged") != same:
                fail("unchanged/identical mismatch %s" % l["old"])
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            fail("no kinds %s" % l)
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    print("pair %s__%s: links=%d non-unchanged=%d statuses=%s" % (o, n, len(p["links"]), nonun, dict(st)))
    print("   kinds=%s hard_negatives=%s" % (dict(kinds), dict(hn)))
    if nonun < REQ["nonunchanged"]:
        fail("too few non-unchanged")
    for k, v in REQ.items():
        if k != "nonunchanged" and st[k] < v:
            fail("too few %s" % k)
print("OK" if ok else "NOT OK")
sys.exit(0 if ok else 1)
