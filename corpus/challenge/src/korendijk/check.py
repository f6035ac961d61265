# -*- coding: utf-8 -*-
"""Self-check of the korendijk family: gold texts vs pdfplumber text, pair coverage and pair counts."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "korendijk"
DOCS = [f"{FAMILY}-2023", f"{FAMILY}-2024", f"{FAMILY}-2025", f"{FAMILY}-kennisgeving-2025"]
PAIRS = [(f"{FAMILY}-2023", f"{FAMILY}-2024"), (f"{FAMILY}-2024", f"{FAMILY}-2025")]
MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
HEAD_CUT, FOOT_CUT = 50, 50   # points cut off at the top and bottom (running header / footer)


def norm(t):
    t = re.sub(r"-\n(?=\S)", "", t)
    return re.sub(r"\s+", " ", t).strip()


def page_texts(path):
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            full = p.extract_text() or ""
            body = p.crop((0, HEAD_CUT, p.width, p.height - FOOT_CUT)).extract_text() or ""
            out.append((norm(full), norm(body)))
        return out


def main():
    ok = True
    golds = {}
    for d in DOCS:
        g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
        golds[d] = g
        pdf = os.path.join(OUT, "pdf", d + ".pdf")
        size = os.path.getsize(pdf)
        pt = page_texts(pdf)
        if len(pt) != g["document"]["pages"]:
            print("PAGES MISMATCH", d, len(pt), g["document"]["pages"]); ok = False
        if size > 150_000:
            print("TOO BIG", d, size); ok = False
        keys = [a["key"] for a in g["afspraken"]]
        if len(keys) != len(set(keys)):
            print("DUPLICATE KEYS", d); ok = False
        themes = collections.Counter(a["theme"] for a in g["afspraken"])
        for a in g["afspraken"]:
            t = norm(a["text"])
            if t[:1].isdigit():
                print("STARTS WITH DIGIT", d, a["key"]); ok = False
            if a["themes"][0] != a["theme"]:
                print("THEME ORDER", d, a["key"]); ok = False
            i = a["page"] - 1
            full, body = pt[i]
            found = t in full or t in body
            if not found and i + 1 < len(pt):
                found = t in norm(body + " " + pt[i + 1][1]) or t in norm(full + " " + pt[i + 1][0])
                if found:
                    print("  (runs over page)", d, a["key"], a["page"])
            if not found:
                print("NOT FOUND", d, a["key"], "page", a["page"], "|", t[:90]); ok = False
            # the afspraak must not already start on the previous page
            if a["number"]:
                lab = a["number"]
                if not re.search(re.escape(lab) + r"\.? " + re.escape(t[:25]), full + " " + body):
                    if not (i + 1 < len(pt)):
                        print("NUMBER NOT BEFORE TEXT", d, a["key"], lab); ok = False
        print(f"{d}: {g['document']['pages']} pages, {size // 1024} KB, {len(keys)} afspraken, "
              f"numbered {sum(1 for a in g['afspraken'] if a['number'])}, themes {dict(themes)}")
    for o, n in PAIRS:
        p = json.load(open(os.path.join(OUT, "gold", "pairs", f"{o}__{n}.json"), encoding="utf-8"))
        ok_keys = [a["key"] for a in golds[o]["afspraken"]]
        nk_keys = [a["key"] for a in golds[n]["afspraken"]]
        told = {a["key"]: a for a in golds[o]["afspraken"]}
        tnew = {a["key"]: a for a in golds[n]["afspraken"]}
        co = collections.Counter(l["old"] for l in p["links"] if l["old"])
        cn = collections.Counter(l["new"] for l in p["links"] if l["new"])
        if sorted(co) != sorted(ok_keys) or any(v != 1 for v in co.values()):
            print("OLD COVERAGE", o, n); ok = False
        if sorted(cn) != sorted(nk_keys) or any(v != 1 for v in cn.values()):
            print("NEW COVERAGE", o, n); ok = False
        st = collections.Counter(l["status"] for l in p["links"])
        kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
        hns = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
        for l in p["links"]:
            if l["old"] and l["new"]:
                a, b = told[l["old"]], tnew[l["new"]]
                same = a["text"] == b["text"]
                if l["status"] == "unchanged" and not (same and a["planning"] == b["planning"]):
                    print("UNCHANGED BUT DIFFERENT", l); ok = False
                if l["status"] != "unchanged" and same and a["planning"] == b["planning"]:
                    print("CHANGED BUT IDENTICAL", l); ok = False
                if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
                    print("NO KINDS", l); ok = False
        nonun = sum(v for k, v in st.items() if k != "unchanged")
        for k, m in MIN.items():
            if st.get(k, 0) < m:
                print("TOO FEW", k, o, n, st.get(k, 0)); ok = False
        if nonun < 22:
            print("TOO FEW CHANGES", o, n, nonun); ok = False
        print(f"{o} -> {n}: {len(p['links'])} links, non-unchanged {nonun}; statuses {dict(st)}; kinds "
              f"{dict(kinds)}; hard negatives {dict(hns)}")
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
