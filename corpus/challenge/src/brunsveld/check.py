# -*- coding: utf-8 -*-
"""Self-check of the brunsveld family (gold texts vs PDF text, pair coverage, pair counts)."""
import collections
import glob
import json
import os
import re

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "brunsveld"


def norm(t):
    t = re.sub(r"-\n(?=\S)", "-", t) if False else t
    t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)  # hyphenated line break joined into the word
    return re.sub(r"\s+", " ", t).strip()


def page_texts(pdf_path):
    """Per page: the full-page text and the texts of the left and right half (the poster has two columns)."""
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for p in pdf.pages:
            w = p.width
            parts = [p.extract_text() or "",
                     p.crop((0, 0, w / 2, p.height)).extract_text() or "",
                     p.crop((w / 2, 0, w, p.height)).extract_text() or ""]
            out.append([norm(x) for x in parts])
    return out


def main():
    ok = True
    docs = {}
    for g in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
        d = json.load(open(g, encoding="utf-8"))
        did = d["document"]["id"]
        docs[did] = d
        pdf = os.path.join(OUT, "pdf", did + ".pdf")
        size = os.path.getsize(pdf)
        pt = page_texts(pdf)
        assert len(pt) == d["document"]["pages"], did
        keys = [a["key"] for a in d["afspraken"]]
        assert len(keys) == len(set(keys)), did
        miss = 0
        for a in d["afspraken"]:
            t = norm(a["text"])
            assert not t[0].isdigit(), a["key"]
            p = a["page"] - 1
            cands = pt[p] + ([pt[p][0] + " " + pt[p + 1][0]] if p + 1 < len(pt) else [])
            if not any(t in c for c in cands):
                print("  NOT FOUND", did, a["key"], a["page"], t[:80])
                miss += 1
        ok &= miss == 0
        themes = collections.Counter(a["theme"] for a in d["afspraken"])
        print("%s: %d pages, %d afspraken, %d KB, missing %d, themes %s" % (
            did, len(pt), len(keys), size // 1024, miss, dict(themes)))
        ok &= len(keys) >= 25 and size < 150 * 1024
    for pf in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
        p = json.load(open(pf, encoding="utf-8"))
        old = [a["key"] for a in docs[p["old"]]["afspraken"]]
        new = [a["key"] for a in docs[p["new"]]["afspraken"]]
        lo = [l["old"] for l in p["links"] if l["old"] is not None]
        ln = [l["new"] for l in p["links"] if l["new"] is not None]
        cover = sorted(lo) == sorted(old) and sorted(ln) == sorted(new)
        st = collections.Counter(l["status"] for l in p["links"])
        kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
        hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
        told = {a["key"]: a["text"] for a in docs[p["old"]]["afspraken"]}
        tnew = {a["key"]: a["text"] for a in docs[p["new"]]["afspraken"]}
        bad_unch = [l["old"] for l in p["links"] if l["status"] == "unchanged" and told[l["old"]] != tnew[l["new"]]]
        bad_chg = [l["old"] for l in p["links"] if l["status"] not in ("unchanged", "new", "dropped")
                   and told[l["old"]] == tnew[l["new"]]]
        bad_kinds = [l["old"] for l in p["links"] if l["status"] in ("weakened", "strengthened", "modified")
                     and not l["kinds"]]
        nonunch = sum(v for k, v in st.items() if k != "unchanged")
        req = (nonunch >= 22 and st["weakened"] >= 4 and st["strengthened"] >= 4 and st["new"] >= 3
               and st["dropped"] >= 3 and st["reworded"] >= 6 and st["unchanged"] >= 1)
        good = cover and req and not bad_unch and not bad_chg and not bad_kinds
        ok &= good
        print("%s__%s: cover=%s non-unchanged=%d statuses=%s kinds=%s hard_negatives=%s %s" % (
            p["old"], p["new"], cover, nonunch, dict(st), dict(kinds), dict(hn), "OK" if good else "FAIL"))
        if bad_unch or bad_chg or bad_kinds:
            print("   bad:", bad_unch, bad_chg, bad_kinds)
    print("ALL OK" if ok else "CHECK FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
