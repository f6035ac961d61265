# -*- coding: utf-8 -*-
"""Self-check of the hulstbroek family. Run from /work/main:
   .venv/bin/python corpus/challenge/src/hulstbroek/check.py
For the agreements the page text is taken from the body area (left of the review pane), because the comment
balloons share text lines with the body; the full-page text is also checked for the number of the afspraak."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
PANE_X = 392
DOCS = ["hulstbroek-2025", "hulstbroek-2026", "hulstbroek-bod-2026"]
PAIRS = [("hulstbroek-2025", "hulstbroek-2026"), ("hulstbroek-bod-2026", "hulstbroek-2026")]


def norm(t):
    t = re.sub(r"-\n", "", t)
    return re.sub(r"\s+", " ", t).strip()


def main():
    ok = True
    golds = {}
    for doc in DOCS:
        g = json.load(open(os.path.join(OUT, "gold", doc + ".json"), encoding="utf-8"))
        golds[doc] = g
        pdfp = os.path.join(OUT, "pdf", doc + ".pdf")
        size = os.path.getsize(pdfp)
        if size > 150_000:
            print("TOO BIG", doc, size); ok = False
        with pdfplumber.open(pdfp) as pdf:
            assert len(pdf.pages) == g["document"]["pages"], doc
            texts = []
            for p in pdf.pages:
                # body area without running header/footer; agreements: left of the review pane
                x1 = PANE_X - 2 if g["document"]["type"] != "bod" else p.width
                area = p.crop((0, 45, x1, p.height - 45))
                texts.append(area.extract_text() or "")
        keys = set()
        for a in g["afspraken"]:
            if a["key"] in keys:
                print("DUP KEY", doc, a["key"]); ok = False
            keys.add(a["key"])
            if a["text"][:1].isdigit():
                print("STARTS WITH DIGIT", doc, a["key"]); ok = False
            pg = a["page"] - 1
            hay = norm(texts[pg] + ("\n" + texts[pg + 1] if pg + 1 < len(texts) else ""))
            if norm(a["text"]) not in hay:
                print("TEXT NOT FOUND", doc, a["key"], "p", a["page"]); ok = False
            if a["number"] and not re.search(r"(^|\n)%s " % re.escape(a["number"]), texts[pg]):
                print("NUMBER NOT AT LINE START", doc, a["number"]); ok = False
        th = collections.Counter(a["theme"] for a in g["afspraken"])
        print("%-22s pages=%d afspraken=%d size=%dKB themes=%s" % (doc, g["document"]["pages"],
              len(g["afspraken"]), size // 1024, dict(th)))
    for old, new in PAIRS:
        p = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (old, new)), encoding="utf-8"))
        ok_keys = [a["key"] for a in golds[old]["afspraken"]]
        nk_keys = [a["key"] for a in golds[new]["afspraken"]]
        seen_o = collections.Counter(l["old"] for l in p["links"] if l["old"])
        seen_n = collections.Counter(l["new"] for l in p["links"] if l["new"])
        if sorted(seen_o) != sorted(ok_keys) or any(v != 1 for v in seen_o.values()):
            print("OLD COVERAGE WRONG", old, new); ok = False
        if sorted(seen_n) != sorted(nk_keys) or any(v != 1 for v in seen_n.values()):
            print("NEW COVERAGE WRONG", old, new); ok = False
        otext = {a["key"]: a["text"] for a in golds[old]["afspraken"]}
        ntext = {a["key"]: a["text"] for a in golds[new]["afspraken"]}
        for l in p["links"]:
            if l["status"] == "unchanged" and otext[l["old"]] != ntext[l["new"]]:
                print("UNCHANGED BUT TEXT DIFFERS", l["old"]); ok = False
            if l["status"] != "unchanged" and l["old"] and l["new"] and otext[l["old"]] == ntext[l["new"]]:
                print("IDENTICAL TEXT BUT", l["status"], l["old"]); ok = False
            if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
                print("NO KINDS", l["old"]); ok = False
        st = collections.Counter(l["status"] for l in p["links"])
        kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
        hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
        nonun = sum(v for k, v in st.items() if k != "unchanged")
        need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
        for k, v in need.items():
            if st[k] < v:
                print("TOO FEW", k, old, new); ok = False
        if nonun < 22:
            print("TOO FEW NON-UNCHANGED", old, new); ok = False
        print("%s -> %s: %s non-unchanged=%d kinds=%s hard_neg=%s" % (old, new, dict(st), nonun, dict(kinds),
                                                                       dict(hn)))
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
