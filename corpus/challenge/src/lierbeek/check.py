# -*- coding: utf-8 -*-
"""Self-check of the Lierbeek family. Struck-through (red) characters are deleted revision text and are
removed before matching, since gold text is the new text only."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAM = "lierbeek"


def is_red(obj):
    col = obj.get("non_stroking_color")
    return bool(col) and len(col) == 3 and col[0] > 0.5 and col[1] < 0.3 and col[2] < 0.3


def norm(s):
    s = re.sub(r"-\n(?=\w)", "-", s)  # our hyphens are real (no soft hyphenation): keep the hyphen
    return " ".join(s.split())


def page_texts(pdf_path):
    with pdfplumber.open(pdf_path) as pdf:
        out = []
        for p in pdf.pages:
            q = p.filter(lambda o: not (o.get("object_type") == "char" and is_red(o)))
            out.append(norm(q.extract_text() or ""))
        return out


def main():
    ok = True
    docs = {}
    for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAM + "-*.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        did = g["document"]["id"]
        docs[did] = g
        pdfp = os.path.join(OUT, "pdf", did + ".pdf")
        size = os.path.getsize(pdfp)
        texts = page_texts(pdfp)
        if len(texts) != g["document"]["pages"]:
            print("PAGES MISMATCH", did); ok = False
        if size > 150_000:
            print("TOO LARGE", did, size); ok = False
        th = collections.Counter(a["theme"] for a in g["afspraken"])
        keys = [a["key"] for a in g["afspraken"]]
        if len(keys) != len(set(keys)):
            print("DUP KEYS", did); ok = False
        for a in g["afspraken"]:
            t = norm(a["text"])
            if t[:1].isdigit():
                print("STARTS WITH DIGIT", did, a["key"]); ok = False
            pg = a["page"]
            hay = texts[pg - 1] + " " + (texts[pg] if pg < len(texts) else "")
            if t not in hay:
                print("NOT FOUND", did, a["key"], "p", pg, "|", t[:80]); ok = False
        print("%s: %d pages, %d afspraken, %d bytes, themes %s" % (did, len(texts), len(g["afspraken"]), size,
                                                                dict(th)))
        if len(g["afspraken"]) < 25:
            print("TOO FEW AFSPRAKEN", did); ok = False
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAM + "-*.json"))):
        p = json.load(open(pp, encoding="utf-8"))
        o, n = docs[p["old"]], docs[p["new"]]
        ok_keys = collections.Counter(l["old"] for l in p["links"] if l["old"])
        nk_keys = collections.Counter(l["new"] for l in p["links"] if l["new"])
        if sorted(ok_keys) != sorted(a["key"] for a in o["afspraken"]) or any(v > 1 for v in ok_keys.values()):
            print("OLD COVERAGE BAD", pp); ok = False
        if sorted(nk_keys) != sorted(a["key"] for a in n["afspraken"]) or any(v > 1 for v in nk_keys.values()):
            print("NEW COVERAGE BAD", pp); ok = False
        otext = {a["key"]: a["text"] for a in o["afspraken"]}
        ntext = {a["key"]: a["text"] for a in n["afspraken"]}
        st = collections.Counter(l["status"] for l in p["links"])
        kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
        hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
        for l in p["links"]:
            s = l["status"]
            if s == "unchanged" and otext[l["old"]] != ntext[l["new"]]:
                print("UNCHANGED BUT DIFFERENT", l); ok = False
            if s in ("reworded", "weakened", "strengthened", "modified") and otext[l["old"]] == ntext[l["new"]]:
                print("CHANGED BUT IDENTICAL", l); ok = False
            if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
                print("BAD NEW/DROPPED", l); ok = False
            if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
                print("NO KINDS", l); ok = False
        nonun = sum(v for k, v in st.items() if k != "unchanged")
        print("%s -> %s: %s | kinds %s | hard_neg %s | non-unchanged %d" % (p["old"], p["new"], dict(st),
                                                                           dict(kinds), dict(hn), nonun))
        if nonun < 22 or any(st[k] < v for k, v in need.items()) or st["unchanged"] < 1:
            print("COUNTS NOT MET", pp); ok = False
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
