# -*- coding: utf-8 -*-
"""Self-check for the lindewaard family. Run from /work/main:
   .venv/bin/python corpus/challenge/src/lindewaard/check.py
"""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "lindewaard"
MARK_MAX = 6.0  # footnote markers are set below this size

THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HN = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}
MODALITIES = {"firm", "intent", "explore", "discuss"}
ACTORS = {"gemeente", "corporatie", "huurdersorganisatie", "partijen", "other"}

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def norm(s):
    s = re.sub(r"-\s*\n\s*", "-", s)  # a hyphen at line end joins the next line
    return " ".join(s.split())


def page_texts(path):
    with pdfplumber.open(path) as pdf:
        out = []
        for pg in pdf.pages:
            f = pg.filter(lambda o: not (o.get("object_type") == "char" and o.get("size", 99) < MARK_MAX))
            out.append(norm(f.extract_text() or ""))
        return out


def check_doc(gpath):
    g = json.load(open(gpath, encoding="utf-8"))
    d = g["document"]
    pdf = os.path.join(OUT, "pdf", d["id"] + ".pdf")
    size = os.path.getsize(pdf)
    if size > 150 * 1024:
        err("%s too large (%d bytes)" % (d["id"], size))
    pts = page_texts(pdf)
    if d["pages"] != len(pts):
        err("%s: pages %s != %d" % (d["id"], d["pages"], len(pts)))
    keys = set()
    themes = collections.Counter()
    for a in g["afspraken"]:
        if a["key"] in keys:
            err("%s duplicate key %s" % (d["id"], a["key"]))
        keys.add(a["key"])
        t = norm(a["text"])
        if t[:1].isdigit():
            err("%s %s text starts with a digit" % (d["id"], a["key"]))
        p = a["page"]
        hay = pts[p - 1] + (" " + pts[p] if p < len(pts) else "")
        if t not in hay:
            err("%s %s text not found on page %d: %s" % (d["id"], a["key"], p, t[:90]))
        if a["number"] is not None and ("Afspraak %s" % a["number"]) not in pts[p - 1]:
            err("%s %s label Afspraak %s not on page %d" % (d["id"], a["key"], a["number"], p))
        if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
            err("%s %s bad theme" % (d["id"], a["key"]))
        fr = a["frame"]
        if fr["modality"] not in MODALITIES or not set(fr["actors"]) <= ACTORS:
            err("%s %s bad frame" % (d["id"], a["key"]))
        for c in fr["conditions"]:
            if norm(c) not in t:
                err("%s %s condition not in text: %s" % (d["id"], a["key"], c))
        if fr["deadline"] and fr["deadline"]["text"] not in t:
            err("%s %s deadline text not in text: %s" % (d["id"], a["key"], fr["deadline"]["text"]))
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if d["type"] == "prestatieafspraken" and n < 25:
        err("%s has only %d afspraken" % (d["id"], n))
    print("%-32s pages=%2d afspraken=%2d  %s" % (d["id"], d["pages"], n, dict(themes)))
    return g


def check_pair(ppath, docs):
    p = json.load(open(ppath, encoding="utf-8"))
    old, new = docs[p["old"]], docs[p["new"]]
    otext = {a["key"]: a["text"] for a in old["afspraken"]}
    ntext = {a["key"]: a["text"] for a in new["afspraken"]}
    seen_o, seen_n = collections.Counter(), collections.Counter()
    st = collections.Counter()
    kinds = collections.Counter()
    hns = collections.Counter()
    for l in p["links"]:
        s = l["status"]
        if s not in STATUSES or not set(l["kinds"]) <= KINDS or l["hard_negative"] not in HN:
            err("bad link %s" % l)
        st[s] += 1
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
        if l["old"] is not None:
            seen_o[l["old"]] += 1
        if l["new"] is not None:
            seen_n[l["new"]] += 1
        if s == "new" and (l["old"] is not None or l["new"] is None):
            err("bad new link %s" % l)
        if s == "dropped" and (l["new"] is not None or l["old"] is None):
            err("bad dropped link %s" % l)
        if s not in ("new", "dropped"):
            if l["old"] not in otext or l["new"] not in ntext:
                err("link refers to unknown key %s" % l)
                continue
            same = otext[l["old"]] == ntext[l["new"]]
            if (s == "unchanged") != same:
                err("unchanged/identical mismatch for %s (%s)" % (l["old"], s))
            if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
                err("%s link without kinds: %s" % (s, l["old"]))
            if s == "modified" and len(l["kinds"]) < 2:
                err("modified needs two kinds: %s" % l["old"])
    for k in otext:
        if seen_o[k] != 1:
            err("%s: old key %s linked %d times" % (ppath, k, seen_o[k]))
    for k in ntext:
        if seen_n[k] != 1:
            err("%s: new key %s linked %d times" % (ppath, k, seen_n[k]))
    for k in list(seen_o) + list(seen_n):
        if k not in otext and k not in ntext:
            err("unknown key %s" % k)
    changed = sum(v for s, v in st.items() if s != "unchanged")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for s, m in need.items():
        if st[s] < m:
            err("%s: only %d %s (need %d)" % (os.path.basename(ppath), st[s], s, m))
    if changed < 22:
        err("%s: only %d non-unchanged links" % (os.path.basename(ppath), changed))
    if st["modified"] > 1:
        err("%s: more than one mixed (modified) link" % os.path.basename(ppath))
    print("%s\n   statuses=%s\n   kinds=%s\n   hard_negatives=%s\n   non-unchanged=%d" % (
        os.path.basename(ppath), dict(st), dict(kinds), dict(hns), changed))


def main():
    docs = {}
    for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
        g = check_doc(gp)
        docs[g["document"]["id"]] = g
    for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
        check_pair(pp, docs)
    if errors:
        print("FAILED: %d error(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
