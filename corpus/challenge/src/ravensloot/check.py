# -*- coding: utf-8 -*-
"""Self-check for the ravensloot family (run from /work/main)."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "ravensloot"
DOCS = [FAMILY + "-bod-2025", FAMILY + "-2025", FAMILY + "-2026"]
PAIRS = [(FAMILY + "-bod-2025", FAMILY + "-2025"), (FAMILY + "-2025", FAMILY + "-2026")]
MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}


def norm_variants(t):
    a = " ".join(t.split())
    b = " ".join(re.sub(r"-\n\s*(\S)", r"\1", t).split())
    return a, b


def main():
    ok = True
    golds = {}
    for d in DOCS:
        pdf_path = os.path.join(OUT, "pdf", d + ".pdf")
        size = os.path.getsize(pdf_path)
        if size > 150 * 1024:
            print("TOO BIG", d, size)
            ok = False
        g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
        golds[d] = g
        with pdfplumber.open(pdf_path) as pdf:
            texts = [p.extract_text() or "" for p in pdf.pages]
            if len(pdf.pages) != g["document"]["pages"]:
                print("PAGES mismatch", d)
                ok = False
        for a in g["afspraken"]:
            t = " ".join(a["text"].split())
            if t[:1].isdigit():
                print("starts with digit", d, a["key"])
                ok = False
            p = a["page"] - 1
            cands = norm_variants(texts[p])
            if p + 1 < len(texts):
                cands += norm_variants(texts[p] + "\n" + texts[p + 1])
            if not any(t in c for c in cands):
                print("NOT FOUND", d, a["key"], "page", a["page"])
                ok = False
        themes = collections.Counter(a["theme"] for a in g["afspraken"])
        print("%-22s pages %2d  afspraken %2d  %s" % (d, g["document"]["pages"], len(g["afspraken"]),
                                                      dict(themes)))
    for o, n in PAIRS:
        p = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
        ok_keys = [a["key"] for a in golds[o]["afspraken"]]
        nk_keys = [a["key"] for a in golds[n]["afspraken"]]
        lo = [l["old"] for l in p["links"] if l["old"]]
        ln = [l["new"] for l in p["links"] if l["new"]]
        if sorted(lo) != sorted(ok_keys) or sorted(ln) != sorted(nk_keys):
            print("COVERAGE error", o, n)
            ok = False
        otext = {a["key"]: a["text"] for a in golds[o]["afspraken"]}
        ntext = {a["key"]: a["text"] for a in golds[n]["afspraken"]}
        st = collections.Counter(l["status"] for l in p["links"])
        kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
        hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
        for l in p["links"]:
            if l["old"] and l["new"]:
                if (otext[l["old"]] == ntext[l["new"]]) != (l["status"] == "unchanged"):
                    print("unchanged mismatch", l)
                    ok = False
        nonun = sum(v for k, v in st.items() if k != "unchanged")
        for k, m in MIN.items():
            if st[k] < m:
                print("TOO FEW", k, o, n, st[k])
                ok = False
        if nonun < 22:
            print("TOO FEW non-unchanged", o, n, nonun)
            ok = False
        print("%s -> %s: links %d, non-unchanged %d" % (o, n, len(p["links"]), nonun))
        print("   status", dict(st))
        print("   kinds ", dict(kinds))
        print("   hard_negative", dict(hn))
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
