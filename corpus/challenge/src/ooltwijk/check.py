# -*- coding: utf-8 -*-
"""Check the ooltwijk family: gold texts in the PDF pages, pair coverage, per-pair counts."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAMILY = "ooltwijk"


def norm(t):
    t = re.sub(r"-\n(?=\w)", "", t)
    return re.sub(r"\s+", " ", t).strip()


def main():
    bad = 0
    golds = {}
    for gp in sorted(glob.glob("%s/gold/%s-*.json" % (OUT, FAMILY))):
        g = json.load(open(gp, encoding="utf-8"))
        did = g["document"]["id"]
        golds[did] = g
        pdfp = "%s/pdf/%s.pdf" % (OUT, did)
        with pdfplumber.open(pdfp) as pdf:
            pages = [norm(p.extract_text() or "") for p in pdf.pages]
            size = os.path.getsize(pdfp)
        if len(pages) != g["document"]["pages"]:
            print("PAGES MISMATCH", did); bad += 1
        keys = set()
        for a in g["afspraken"]:
            if a["key"] in keys:
                print("DUP KEY", did, a["key"]); bad += 1
            keys.add(a["key"])
            t = norm(a["text"])
            if t[:1].isdigit():
                print("STARTS WITH DIGIT", did, a["key"]); bad += 1
            p = a["page"] - 1
            here = t in pages[p] or (p + 1 < len(pages) and t in pages[p] + " " + pages[p + 1]
                                     and t[:40] in pages[p])
            if not here:
                print("TEXT NOT FOUND", did, a["key"], "page", a["page"]); bad += 1
        c = collections.Counter(a["theme"] for a in g["afspraken"])
        print("%-22s pages=%d afspraken=%d size=%dKB themes=%s" % (did, len(pages), len(g["afspraken"]),
                                                                  size // 1024, dict(c)))
        if len(g["afspraken"]) < 25:
            print("TOO FEW AFSPRAKEN", did); bad += 1
        if size > 150 * 1024:
            print("PDF TOO LARGE", did); bad += 1
    for pp in sorted(glob.glob("%s/gold/pairs/%s-*.json" % (OUT, FAMILY))):
        pr = json.load(open(pp, encoding="utf-8"))
        old, new = golds[pr["old"]], golds[pr["new"]]
        ok = collections.Counter(l["old"] for l in pr["links"] if l["old"])
        nk = collections.Counter(l["new"] for l in pr["links"] if l["new"])
        if set(ok) != {a["key"] for a in old["afspraken"]} or any(v != 1 for v in ok.values()):
            print("OLD COVERAGE", pp); bad += 1
        if set(nk) != {a["key"] for a in new["afspraken"]} or any(v != 1 for v in nk.values()):
            print("NEW COVERAGE", pp); bad += 1
        otext = {a["key"]: a["text"] for a in old["afspraken"]}
        ntext = {a["key"]: a["text"] for a in new["afspraken"]}
        st = collections.Counter(l["status"] for l in pr["links"])
        kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
        hn = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
        for l in pr["links"]:
            same = l["old"] and l["new"] and otext[l["old"]] == ntext[l["new"]]
            if (l["status"] == "unchanged") != bool(same):
                print("UNCHANGED MISMATCH", l); bad += 1
            if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
                print("NO KINDS", l); bad += 1
        nonun = sum(v for k, v in st.items() if k != "unchanged")
        print("%s -> %s: %s nonunchanged=%d\n   kinds=%s\n   hard_negatives=%s" % (
            pr["old"], pr["new"], dict(st), nonun, dict(kinds), dict(hn)))
        need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
        for k, v in need.items():
            if st[k] < v:
                print("TOO FEW", k, pp); bad += 1
        if nonun < 22:
            print("TOO FEW NON-UNCHANGED", pp); bad += 1
    print("OK" if not bad else "FAILED: %d problems" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
