# -*- coding: utf-8 -*-
"""Self-check of the wilgenrade family (texts in PDF pages, pair coverage, pair counts)."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "wilgenrade"
MARGIN = 30  # browser print header/footer band, cropped for run-over checks


def norm(t):
    t = re.sub(r"-\n(?=\w)", "", t)
    return re.sub(r"\s+", " ", t).strip()


def main():
    ok = True
    docs = {}
    for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        did = g["document"]["id"]
        docs[did] = g
        with pdfplumber.open(os.path.join(OUT, "pdf", did + ".pdf")) as pdf:
            assert len(pdf.pages) == g["document"]["pages"], did
            body = [norm(p.crop((0, MARGIN, p.width, p.height - MARGIN)).extract_text() or "") for p in pdf.pages]
        size = os.path.getsize(os.path.join(OUT, "pdf", did + ".pdf"))
        if size > 150_000:
            ok = False
            print("TOO BIG", did, size)
        themes = collections.Counter(a["theme"] for a in g["afspraken"])
        keys = [a["key"] for a in g["afspraken"]]
        if len(set(keys)) != len(keys):
            ok = False
            print("DUPLICATE KEYS", did)
        for a in g["afspraken"]:
            t = norm(a["text"])
            if t[:1].isdigit():
                ok = False
                print("TEXT STARTS WITH DIGIT", did, a["key"])
            i = a["page"] - 1
            here = body[i]
            nxt = body[i] + " " + body[i + 1] if i + 1 < len(body) else here
            if t not in here and t not in nxt:
                ok = False
                print("NOT FOUND", did, a["key"], "p", a["page"])
        print("%-28s pages=%2d afspraken=%2d size=%6d themes=%s" % (did, g["document"]["pages"], len(keys), size,
                                                                       dict(themes)))
        if g["document"]["type"] == "prestatieafspraken" and len(keys) < 25:
            ok = False
            print("TOO FEW AFSPRAKEN", did)
    for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
        p = json.load(open(pp, encoding="utf-8"))
        ok_keys = [a["key"] for a in docs[p["old"]]["afspraken"]]
        nk_keys = [a["key"] for a in docs[p["new"]]["afspraken"]]
        olds = [l["old"] for l in p["links"] if l["old"] is not None]
        news = [l["new"] for l in p["links"] if l["new"] is not None]
        if sorted(olds) != sorted(ok_keys) or sorted(news) != sorted(nk_keys):
            ok = False
            print("COVERAGE FAIL", pp)
        st = collections.Counter(l["status"] for l in p["links"])
        kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
        hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
        otext = {a["key"]: a["text"] for a in docs[p["old"]]["afspraken"]}
        ntext = {a["key"]: a["text"] for a in docs[p["new"]]["afspraken"]}
        for l in p["links"]:
            if l["status"] == "unchanged" and otext[l["old"]] != ntext[l["new"]]:
                ok = False
                print("UNCHANGED BUT DIFFERENT", l)
            if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
                ok = False
                print("NO KINDS", l)
        nonun = sum(v for k, v in st.items() if k != "unchanged")
        need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
        for k, v in need.items():
            if st[k] < v:
                ok = False
                print("TOO FEW", k, pp)
        if nonun < 22 or st["unchanged"] < 1:
            ok = False
            print("TOO FEW CHANGES", pp)
        print("%s__%s: non-unchanged=%d %s kinds=%s hard_negatives=%s" % (p["old"], p["new"], nonun, dict(st),
                                                                          dict(kinds), dict(hn)))
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
