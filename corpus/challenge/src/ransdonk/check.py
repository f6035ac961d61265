# -*- coding: utf-8 -*-
"""Self-check of the ransdonk family: gold texts present in the PDF, pair coverage, pair counts."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAM = "ransdonk"
DOCS = ["%s-%d" % (FAM, y) for y in (2025, 2026, 2027)]
PAIRS = [("ransdonk-2025", "ransdonk-2026"), ("ransdonk-2026", "ransdonk-2027")]
COL_SPLIT = 40 + 440  # right edge of the Afspraak column on the landscape view


def norm(s):
    s = re.sub(r"(\w)-\n(\w)", r"\1\2", s)
    return re.sub(r"\s+", " ", s).strip()


def page_texts(page):
    full = page.extract_text() or ""
    col = page.filter(lambda o: o.get("object_type") != "char" or o.get("x1", 0) <= COL_SPLIT)
    return [norm(full), norm(col.extract_text() or "")]


ok = True
for d in DOCS:
    gold = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    pdf = pdfplumber.open(os.path.join(OUT, "pdf", d + ".pdf"))
    size = os.path.getsize(os.path.join(OUT, "pdf", d + ".pdf"))
    texts = [page_texts(p) for p in pdf.pages]
    assert gold["document"]["pages"] == len(pdf.pages), d
    themes = collections.Counter()
    for a in gold["afspraken"]:
        t = norm(a["text"])
        i = a["page"] - 1
        cands = texts[i] + ([texts[i][0] + " " + texts[i + 1][0], texts[i][1] + " " + texts[i + 1][1]]
                            if i + 1 < len(texts) else [])
        if not any(t in c for c in cands):
            ok = False
            print("NOT FOUND", d, a["key"], a["page"], t[:80])
        if a["number"] and a["number"] not in texts[i][0]:
            ok = False
            print("NUMBER NOT FOUND", d, a["number"])
        if a["text"][0].isdigit():
            ok = False
            print("TEXT STARTS WITH DIGIT", d, a["key"])
        themes[a["theme"]] += 1
    keys = [a["key"] for a in gold["afspraken"]]
    if len(keys) != len(set(keys)) or len(keys) < 25:
        ok = False
        print("BAD KEYS/COUNT", d)
    if size > 150_000:
        ok = False
        print("TOO LARGE", d, size)
    print("%s: %d pages, %d afspraken, %d bytes, themes %s" % (d, len(pdf.pages), len(keys), size, dict(themes)))

REQ = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
for o, n in PAIRS:
    pair = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
    go = {a["key"]: a for a in json.load(open(os.path.join(OUT, "gold", o + ".json"), encoding="utf-8"))["afspraken"]}
    gn = {a["key"]: a for a in json.load(open(os.path.join(OUT, "gold", n + ".json"), encoding="utf-8"))["afspraken"]}
    olds = [l["old"] for l in pair["links"] if l["old"]]
    news = [l["new"] for l in pair["links"] if l["new"]]
    if sorted(olds) != sorted(go) or sorted(news) != sorted(gn):
        ok = False
        print("COVERAGE ERROR", o, n)
    st = collections.Counter(l["status"] for l in pair["links"])
    kinds = collections.Counter(k for l in pair["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in pair["links"] if l["hard_negative"])
    for l in pair["links"]:
        if l["old"] and l["new"]:
            same = go[l["old"]]["text"] == gn[l["new"]]["text"]
            if same != (l["status"] == "unchanged"):
                ok = False
                print("UNCHANGED MISMATCH", o, n, l["old"], l["status"])
            if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
                ok = False
                print("NO KINDS", l)
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    for k, v in REQ.items():
        if st[k] < v:
            ok = False
            print("TOO FEW", k, o, n)
    if nonun < 22:
        ok = False
        print("TOO FEW NON-UNCHANGED", o, n)
    print("%s -> %s: non-unchanged %d, statuses %s, kinds %s, hard negatives %s" % (
        o, n, nonun, dict(st), dict(kinds), dict(hn)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
