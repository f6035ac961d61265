# -*- coding: utf-8 -*-
"""Self-check of the valkenmeer family (run from /work/main)."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "challenge", "dev"))
DOCS = ["valkenmeer-2025", "valkenmeer-2026", "valkenmeer-2027"]
PAIRS = [("valkenmeer-2025", "valkenmeer-2026"), ("valkenmeer-2026", "valkenmeer-2027")]
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HN = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODS = {"firm", "intent", "explore", "discuss"}
errors = []


def err(m):
    errors.append(m)


def norm(s):
    s = re.sub(r"-\n(?=\S)", "-", s)   # hyphen at line end joined (compounds keep their hyphen)
    return re.sub(r"\s+", " ", s).strip()


def norm_nohyph(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


gold = {}
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    gold[d] = g
    pdfp = os.path.join(OUT, "pdf", d + ".pdf")
    size = os.path.getsize(pdfp)
    if size > 150000:
        err("%s too large" % d)
    with pdfplumber.open(pdfp) as pdf:
        raw = [p.extract_text() or "" for p in pdf.pages]
        body = [p.crop((0, 62, p.width, p.height - 50)).extract_text() or "" for p in pdf.pages]
    if g["document"]["pages"] != len(raw):
        err("%s page count" % d)
    keys = set()
    themes = collections.Counter()
    for a in g["afspraken"]:
        if a["key"] in keys:
            err("%s duplicate key %s" % (d, a["key"]))
        keys.add(a["key"])
        if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
            err("%s theme %s" % (d, a["key"]))
        if a["frame"]["modality"] not in MODS:
            err("%s modality %s" % (d, a["key"]))
        if a["text"][:1].isdigit():
            err("%s text starts with digit %s" % (d, a["key"]))
        themes[a["theme"]] += 1
        p = a["page"] - 1
        t = norm(a["text"])
        cands = [norm(raw[p]), norm_nohyph(raw[p])]
        if p + 1 < len(raw):
            two = body[p] + "\n" + body[p + 1]
            cands += [norm(two), norm_nohyph(two)]
        if not any(t in c for c in cands):
            err("%s text not found on page %d: %s" % (d, a["page"], a["key"]))
        if not any(("(%s) %s" % (a["number"], t)) in c for c in cands):
            err("%s numbered item not found: %s" % (d, a["key"]))
    print("%s: %d pages, %d afspraken, %d bytes, themes %s" % (d, len(raw), len(g["afspraken"]), size, dict(themes)))
    if len(g["afspraken"]) < 25:
        err("%s has fewer than 25 afspraken" % d)

for o, n in PAIRS:
    pr = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
    ok = [a["key"] for a in gold[o]["afspraken"]]
    nk = [a["key"] for a in gold[n]["afspraken"]]
    ot = {a["key"]: a["text"] for a in gold[o]["afspraken"]}
    nt = {a["key"]: a["text"] for a in gold[n]["afspraken"]}
    so = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    sn = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    if sorted(so) != sorted(ok) or any(v != 1 for v in so.values()):
        err("pair %s old coverage" % o)
    if sorted(sn) != sorted(nk) or any(v != 1 for v in sn.values()):
        err("pair %s new coverage" % n)
    st = collections.Counter()
    kd = collections.Counter()
    hn = collections.Counter()
    for l in pr["links"]:
        s = l["status"]
        st[s] += 1
        if s not in STATUSES or l["hard_negative"] not in HN or not set(l["kinds"]) <= KINDS:
            err("bad link %s" % l)
        if s == "unchanged" and ot[l["old"]] != nt[l["new"]]:
            err("unchanged but different: %s" % l["old"])
        if s not in ("unchanged", "new", "dropped") and ot[l["old"]] == nt[l["new"]]:
            err("changed but identical: %s" % l["old"])
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            err("no kinds: %s" % l)
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            err("bad new/dropped %s" % l)
        for k in l["kinds"]:
            kd[k] += 1
        if l["hard_negative"]:
            hn[l["hard_negative"]] += 1
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in need.items():
        if st[k] < v:
            err("pair %s__%s: %s %d < %d" % (o, n, k, st[k], v))
    if nonun < 22:
        err("pair %s__%s: non-unchanged %d < 22" % (o, n, nonun))
    if st["unchanged"] < 1:
        err("pair %s__%s: no unchanged" % (o, n))
    if st["modified"] > 1:
        err("pair %s__%s: more than one modified" % (o, n))
    print("%s__%s: %d links, non-unchanged %d, statuses %s, kinds %s, hard_negatives %s"
          % (o, n, len(pr["links"]), nonun, dict(st), dict(kd), dict(hn)))

if errors:
    print("FAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
