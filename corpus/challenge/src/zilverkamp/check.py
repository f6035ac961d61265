# -*- coding: utf-8 -*-
"""Self-check of the zilverkamp family. Run from /work/main."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAM = "zilverkamp"
ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL", msg)


def norm(s):
    s = re.sub(r"-\n(?=\w)", "-", s) if False else s
    s = re.sub(r"(\w)-\n(\w)", r"\1\2", s)
    return " ".join(s.split())


golds = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAM + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    doc = g["document"]
    golds[doc["id"]] = g
    pdf = os.path.join(OUT, "pdf", doc["id"] + ".pdf")
    size = os.path.getsize(pdf)
    if size > 150000:
        fail("%s too large %d" % (pdf, size))
    with pdfplumber.open(pdf) as p:
        if len(p.pages) != doc["pages"]:
            fail("%s page count" % doc["id"])
        # body text without the line-number margin
        texts = [norm(pg.crop((80, 45, pg.width, pg.height - 45)).extract_text() or "") for pg in p.pages]
        raw = [pg.extract_text() or "" for pg in p.pages]
    lns = sum(len(re.findall(r"^\s*\d+\s", t, re.M)) for t in raw)
    themes = collections.Counter(a["theme"] for a in g["afspraken"])
    print("%-28s pages=%d afspraken=%d size=%dKB themes=%s" % (doc["id"], doc["pages"], len(g["afspraken"]),
                                                              size // 1024, dict(themes)))
    keys = set()
    for a in g["afspraken"]:
        if a["key"] in keys:
            fail("dup key %s" % a["key"])
        keys.add(a["key"])
        t = norm(a["text"])
        if t[:1].isdigit():
            fail("text starts with digit %s" % a["key"])
        pg = a["page"] - 1
        hay = texts[pg] + " " + (texts[pg + 1] if pg + 1 < len(texts) else "")
        if t not in hay:
            fail("%s %s text not found on page %d" % (doc["id"], a["key"], a["page"]))
        if a["number"] and ("Afspraak " + a["number"] not in texts[pg]) and doc["type"] != "kennisgeving":
            fail("%s number %s not on page" % (doc["id"], a["number"]))
        for c in a["frame"]["conditions"]:
            if c not in a["text"]:
                fail("%s condition not in text: %s" % (a["key"], c))
    if doc["type"] == "prestatieafspraken" and len(g["afspraken"]) < 25:
        fail("too few afspraken")
    if doc["type"] == "kennisgeving" and (len(g["afspraken"]) < 10 or doc["pages"] != 2):
        fail("kennisgeving shape")

for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAM + "-*.json"))):
    pr = json.load(open(pp, encoding="utf-8"))
    old = {a["key"]: a for a in golds[pr["old"]]["afspraken"]}
    new = {a["key"]: a for a in golds[pr["new"]]["afspraken"]}
    so, sn = collections.Counter(), collections.Counter()
    st, kinds, hn = collections.Counter(), collections.Counter(), collections.Counter()
    for l in pr["links"]:
        if l["old"]:
            so[l["old"]] += 1
            if l["old"] not in old:
                fail("unknown old key %s" % l["old"])
        if l["new"]:
            sn[l["new"]] += 1
            if l["new"] not in new:
                fail("unknown new key %s" % l["new"])
        st[l["status"]] += 1
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hn[l["hard_negative"]] += 1
        if l["old"] and l["new"]:
            same = old[l["old"]]["text"] == new[l["new"]]["text"]
            if same != (l["status"] == "unchanged"):
                fail("unchanged mismatch %s" % l["old"])
        if l["status"] == "new" and l["old"]:
            fail("new with old")
        if l["status"] == "dropped" and l["new"]:
            fail("dropped with new")
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            fail("no kinds %s" % l["old"])
    for k in old:
        if so[k] != 1:
            fail("old %s covered %d" % (k, so[k]))
    for k in new:
        if sn[k] != 1:
            fail("new %s covered %d" % (k, sn[k]))
    nonu = sum(v for s, v in st.items() if s != "unchanged")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 1}
    for s, n in need.items():
        if st[s] < n:
            fail("%s: %s %d < %d" % (os.path.basename(pp), s, st[s], n))
    if nonu < 22:
        fail("non-unchanged %d" % nonu)
    print("%s: non-unchanged=%d %s kinds=%s hard_negatives=%s" % (os.path.basename(pp), nonu, dict(st), dict(kinds),
                                                                   dict(hn)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
