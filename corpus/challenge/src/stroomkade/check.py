# -*- coding: utf-8 -*-
"""Self-check of the stroomkade family (run with /work/main/.venv/bin/python)."""
import collections
import filecmp
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "test"))
FAMILY = "stroomkade"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODALITIES = {"firm", "intent", "explore", "discuss"}
PARTIES = {"gezamenlijk", "Stichting Wooncompagnie Rivierzoom", "Woningbouwvereniging Veerhaven"}
PREFIX = {"gezamenlijk": "a-", "Stichting Wooncompagnie Rivierzoom": "rz-", "Woningbouwvereniging Veerhaven": "vh-"}
DOC_FIELDS = ["id", "family", "type", "year", "years", "gemeente", "gemeenten", "corporaties",
              "huurdersorganisaties", "pages", "layout"]
A_FIELDS = ["key", "number", "section", "party", "theme", "themes", "page", "text", "trekker", "planning",
            "attributes", "frame"]


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    s = re.sub(r"\s+", "", s)
    return s.replace("-", "")


ok = True


def fail(*a):
    global ok
    print(*a)
    ok = False


# 1. determinism: build twice into temp dirs, compare with the published outputs
with tempfile.TemporaryDirectory() as t1, tempfile.TemporaryDirectory() as t2:
    for t in (t1, t2):
        subprocess.check_call([sys.executable, os.path.join(HERE, "build.py"), t])
    for rel in sorted(glob.glob(os.path.join(t1, "**", "*.*"), recursive=True)):
        r = os.path.relpath(rel, t1)
        if not filecmp.cmp(rel, os.path.join(t2, r), shallow=False):
            fail("NOT DETERMINISTIC", r)
        if not os.path.exists(os.path.join(OUT, r)) or not filecmp.cmp(rel, os.path.join(OUT, r), shallow=False):
            fail("PUBLISHED OUTPUT STALE (rerun build.py)", r)
    print("determinism checked on", len(glob.glob(os.path.join(t1, "**", "*.*"), recursive=True)), "files")

# 2. documents
docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    d = g["document"]
    did = d["id"]
    docs[did] = g
    if list(d) != DOC_FIELDS:
        fail("DOC FIELDS", did, list(d))
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as p:
        raw = [pg.extract_text() or "" for pg in p.pages]
    pages = [norm(x) for x in raw]
    if len(pages) != d["pages"] or size > 150 * 1024:
        fail("PAGES/SIZE MISMATCH", did, len(pages), size)
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        fail("DUPLICATE KEYS", did)
    themes = collections.Counter()
    parties = collections.Counter()
    mods = collections.Counter()
    last_pos = (0, -1)
    for a in g["afspraken"]:
        if list(a) != A_FIELDS:
            fail("AFSPRAAK FIELDS", did, a["key"])
        t = norm(a["text"])
        pg = a["page"]
        if t not in pages[pg - 1]:
            # allowed to continue on the next page, but must start on pg
            both = pages[pg - 1] + (pages[pg] if pg < len(pages) else "")
            head = t[:40]
            if t not in both or head not in pages[pg - 1]:
                fail("TEXT NOT FOUND ON PAGE", did, a["key"], pg)
        # reading order
        pos = (pg, pages[pg - 1].find(t[:40]))
        if pos < last_pos:
            fail("READING ORDER", did, a["key"])
        last_pos = pos
        # number printed right before the text
        if a["number"] is not None:
            num = norm(a["number"]) + ("." if d["type"] == "bod" else "")
            if num + t[:30] not in pages[pg - 1]:
                fail("NUMBER NOT BEFORE TEXT", did, a["key"], a["number"])
        if a["text"][:1].isdigit() or "\n" in a["text"]:
            fail("TEXT FORM", did, a["key"])
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            fail("THEME", did, a["key"])
        if a["party"] not in PARTIES or not a["key"].startswith(PREFIX[a["party"]]):
            if not (d["type"] == "bod" and a["party"] == "Stichting Wooncompagnie Rivierzoom"):
                fail("PARTY", did, a["key"], a["party"])
        fr = a["frame"]
        if fr["modality"] not in MODALITIES or not fr["actors"]:
            fail("FRAME", did, a["key"])
        for q in fr["quantities"]:
            if q["comparator"] not in ("exact", "min", "max", "range"):
                fail("COMPARATOR", did, a["key"])
        if fr["deadline"] and str(fr["deadline"]["year"]) not in a["text"] and \
                norm(fr["deadline"]["text"]) not in t:
            fail("DEADLINE TEXT", did, a["key"])
        for c in fr["conditions"]:
            if c.lower() not in a["text"].lower():
                fail("CONDITION TEXT", did, a["key"], c)
        themes[a["theme"]] += 1
        parties[a["party"]] += 1
        mods[fr["modality"]] += 1
    n = len(g["afspraken"])
    if n < 20:
        fail("TOO FEW AFSPRAKEN", did, n)
    print("%s: %d pages, %d afspraken, %d KB\n  themes %s\n  parties %s\n  modality %s"
          % (did, len(pages), n, size // 1024, dict(themes), dict(parties), dict(mods)))

# 3. pairs
pairs = sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json")))
if len(pairs) != 2:
    fail("EXPECTED 2 PAIRS", pairs)
for pp in pairs:
    pr = json.load(open(pp, encoding="utf-8"))
    oa = {a["key"]: a for a in docs[pr["old"]]["afspraken"]}
    na = {a["key"]: a for a in docs[pr["new"]]["afspraken"]}
    seen_o = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    seen_n = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    if sorted(seen_o) != sorted(oa) or any(v != 1 for v in seen_o.values()):
        fail("OLD COVERAGE ERROR", pp)
    if sorted(seen_n) != sorted(na) or any(v != 1 for v in seen_n.values()):
        fail("NEW COVERAGE ERROR", pp)
    st, kinds, hns = collections.Counter(), collections.Counter(), collections.Counter()
    for l in pr["links"]:
        s = l["status"]
        st[s] += 1
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
        if (s == "new") != (l["old"] is None) or (s == "dropped") != (l["new"] is None):
            fail("BAD NEW/DROPPED", l)
        if l["old"] and l["new"]:
            o, n = oa[l["old"]], na[l["new"]]
            if (s == "unchanged") != (o["text"] == n["text"]):
                fail("UNCHANGED MISMATCH", l)
            # bundle -> bundle: a part's afspraak links only within the same part
            if docs[pr["old"]]["document"]["type"] == docs[pr["new"]]["document"]["type"] and o["party"] != n["party"]:
                fail("CROSS-PART LINK", l)
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            fail("NO KINDS", l)
        if s in ("unchanged", "reworded", "new", "dropped") and l["kinds"]:
            fail("KINDS ON NON-CHANGE", l)
        if l["hard_negative"] and s not in ("reworded", "unchanged"):
            fail("HARD NEGATIVE ON CHANGE", l)
    print("%s__%s: %d links; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
