# -*- coding: utf-8 -*-
"""Self-check for the roerdamme family: gold texts in PDF pages, pair coverage, pair counts."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "roerdamme"
MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}


def norm(t):
    t = re.sub(r"-\s*\n\s*", "-", t) if False else t
    t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)
    return " ".join(t.split())


def main():
    ok = True
    docs = {}
    for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        did = g["document"]["id"]
        docs[did] = g
        with pdfplumber.open(os.path.join(OUT, "pdf", did + ".pdf")) as pdf:
            pages = [norm(p.extract_text() or "") for p in pdf.pages]
            assert len(pages) == g["document"]["pages"], did
        size = os.path.getsize(os.path.join(OUT, "pdf", did + ".pdf"))
        if size > 150000:
            ok = False
            print("TOO BIG", did, size)
        keys = [a["key"] for a in g["afspraken"]]
        if len(keys) != len(set(keys)):
            ok = False
            print("DUP KEYS", did)
        for a in g["afspraken"]:
            t = " ".join(a["text"].split())
            p = a["page"] - 1
            hay = pages[p] + (" " + pages[p + 1] if p + 1 < len(pages) else "")
            if t not in hay:
                ok = False
                print("NOT FOUND", did, a["key"], a["page"], t[:80])
            if t[:1].isdigit():
                ok = False
                print("STARTS WITH DIGIT", did, a["key"])
        th = collections.Counter(a["theme"] for a in g["afspraken"])
        print("%-28s pages=%2d afspraken=%2d size=%6d %s" % (did, g["document"]["pages"], len(keys), size, dict(th)))
    for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json"))):
        pr = json.load(open(pp, encoding="utf-8"))
        old, new = docs[pr["old"]], docs[pr["new"]]
        olds = [l["old"] for l in pr["links"] if l["old"]]
        news = [l["new"] for l in pr["links"] if l["new"]]
        if sorted(olds) != sorted(a["key"] for a in old["afspraken"]) or \
                sorted(news) != sorted(a["key"] for a in new["afspraken"]):
            ok = False
            print("PAIR COVERAGE FAIL", pp)
        otext = {a["key"]: a["text"] for a in old["afspraken"]}
        ntext = {a["key"]: a["text"] for a in new["afspraken"]}
        for l in pr["links"]:
            same = l["old"] and l["new"] and otext[l["old"]] == ntext[l["new"]]
            if (l["status"] == "unchanged") != bool(same):
                ok = False
                print("UNCHANGED MISMATCH", l)
        st = collections.Counter(l["status"] for l in pr["links"])
        kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
        hn = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
        nonun = sum(v for k, v in st.items() if k != "unchanged")
        print(os.path.basename(pp), "non-unchanged=%d" % nonun, dict(st), dict(kinds), dict(hn))
        if nonun < 22 or st["unchanged"] < 1:
            ok = False
            print("TOO FEW CHANGES")
        for k, v in MIN.items():
            if st[k] < v:
                ok = False
                print("TOO FEW", k, st[k])
    print("OK" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
