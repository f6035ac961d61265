# -*- coding: utf-8 -*-
"""Self-check for the wezelhorst family: gold texts vs pdfplumber text, pair coverage, pair counts."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
DOCS = ["wezelhorst-2025", "wezelhorst-2026", "wezelhorst-bod-2026"]
PAIRS = [("wezelhorst-2025", "wezelhorst-2026"), ("wezelhorst-bod-2026", "wezelhorst-2026")]
# the Afspraak column of the agreement tables (see build.py COLS)
AFS_X0, AFS_X1 = 56 + 74 + 30, 56 + 74 + 30 + 237


def norm(s):
    s = re.sub(r"-\n(?=\w)", "", s)
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r" ([,.;:)])", r"\1", s)
    return s.strip()


def page_texts(page):
    # drop superscript footnote references (small glyphs inside body text)
    p = page.filter(lambda o: not (o.get("object_type") == "char" and o.get("size", 10) < 6))
    full = p.extract_text() or ""
    col = p.crop((AFS_X0, 0, AFS_X1, page.height)).extract_text() or ""
    return norm(full), norm(col)


def main():
    bad = 0
    golds = {}
    for d in DOCS:
        g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
        golds[d] = g
        with pdfplumber.open(os.path.join(OUT, "pdf", d + ".pdf")) as pdf:
            assert len(pdf.pages) == g["document"]["pages"], d
            texts = [page_texts(p) for p in pdf.pages]
        size = os.path.getsize(os.path.join(OUT, "pdf", d + ".pdf"))
        if size > 150_000:
            print("TOO BIG", d, size)
            bad += 1
        themes = collections.Counter(a["theme"] for a in g["afspraken"])
        keys = [a["key"] for a in g["afspraken"]]
        if len(keys) != len(set(keys)):
            print("DUP KEYS", d)
            bad += 1
        for a in g["afspraken"]:
            t = norm(a["text"])
            if t[:1].isdigit():
                print("STARTS WITH DIGIT", d, a["key"])
                bad += 1
            pg = a["page"] - 1
            cands = [texts[pg][0], texts[pg][1]]
            if pg + 1 < len(texts):
                cands += [texts[pg][0] + " " + texts[pg + 1][0], texts[pg][1] + " " + texts[pg + 1][1]]
            if not any(t in c for c in cands):
                print("TEXT NOT FOUND", d, a["key"], "page", a["page"], "|", t[:80])
                bad += 1
        print("%-22s pages %d afspraken %d size %dKB themes %s" % (
            d, g["document"]["pages"], len(g["afspraken"]), size // 1024, dict(themes)))
    for o, n in PAIRS:
        p = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
        ok = collections.Counter(l["old"] for l in p["links"] if l["old"])
        nk = collections.Counter(l["new"] for l in p["links"] if l["new"])
        ogk = [a["key"] for a in golds[o]["afspraken"]]
        ngk = [a["key"] for a in golds[n]["afspraken"]]
        if sorted(ok) != sorted(ogk) or any(v != 1 for v in ok.values()):
            print("OLD COVERAGE", o, n)
            bad += 1
        if sorted(nk) != sorted(ngk) or any(v != 1 for v in nk.values()):
            print("NEW COVERAGE", o, n)
            bad += 1
        otext = {a["key"]: a["text"] for a in golds[o]["afspraken"]}
        ntext = {a["key"]: a["text"] for a in golds[n]["afspraken"]}
        st = collections.Counter(l["status"] for l in p["links"])
        kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
        hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
        for l in p["links"]:
            same = l["old"] and l["new"] and otext[l["old"]] == ntext[l["new"]]
            if (l["status"] == "unchanged") != bool(same):
                print("UNCHANGED MISMATCH", l)
                bad += 1
            if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
                print("NO KINDS", l)
                bad += 1
        nonun = sum(v for k, v in st.items() if k != "unchanged")
        need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
        for k, v in need.items():
            if st[k] < v:
                print("TOO FEW", k, o, n)
                bad += 1
        if nonun < 22:
            print("TOO FEW non-unchanged", o, n)
            bad += 1
        print("%s -> %s: links %d non-unchanged %d statuses %s kinds %s hard_negatives %s" % (
            o, n, len(p["links"]), nonun, dict(st), dict(kinds), dict(hn)))
    print("FAIL" if bad else "OK", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
