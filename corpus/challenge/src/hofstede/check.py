# -*- coding: utf-8 -*-
"""Self-check for the hofstede family. Run from /work/main:
   .venv/bin/python corpus/challenge/src/hofstede/check.py"""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "hofstede"
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HNS = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MINIMA = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
errors = []


def err(m):
    errors.append(m)


def norm(s):
    s = re.sub(r"-\n(?=\S)", "-", s)
    return re.sub(r"\s+", " ", s).strip()


docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdf_path = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdf_path)
    if size > 150 * 1024:
        err("%s too large: %d" % (did, size))
    with pdfplumber.open(pdf_path) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    if len(pages) != g["document"]["pages"]:
        err("%s page count %d != %d" % (did, len(pages), g["document"]["pages"]))
    keys = [a["key"] for a in g["afspraken"]]
    if len(keys) != len(set(keys)):
        err("%s duplicate keys" % did)
    if len(keys) < 25:
        err("%s has only %d afspraken" % (did, len(keys)))
    for a in g["afspraken"]:
        t = norm(a["text"])
        if re.match(r"\d", t):
            err("%s %s text starts with a digit" % (did, a["key"]))
        if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
            err("%s %s bad theme" % (did, a["key"]))
        p = a["page"] - 1
        one = norm(pages[p])
        two = norm(pages[p] + "\n" + pages[p + 1]) if p + 1 < len(pages) else one
        # the header/footer and repeated table header may sit between two parts of a run-over text
        two_clean = norm("\n".join(ln for ln in (pages[p] + "\n" + pages[p + 1] if p + 1 < len(pages) else pages[p]).split("\n")
                                   if not re.fullmatch(r"- \d+ -|Thema Afspraken|Prestatieafspraken \d{4} gemeente Hofstede Definitieve versie", ln.strip())))
        if not (t in one or t in two or t in two_clean):
            err("%s %s text not found on page %d" % (did, a["key"], a["page"]))
        numbered = norm("%s. %s" % (a["number"], a["text"]))
        if not (numbered in one or numbered in two_clean):
            err("%s %s number+text not found" % (did, a["key"]))
        if not a["section"].count(" > ") == 1:
            err("%s %s section" % (did, a["key"]))
        fr = a["frame"]
        if fr["modality"] not in {"firm", "intent", "explore", "discuss"}:
            err("%s %s modality" % (did, a["key"]))
    ths = collections.Counter(a["theme"] for a in g["afspraken"])
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(pages), len(keys), size // 1024, dict(ths)))

for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
    pr = json.load(open(pp, encoding="utf-8"))
    old, new = docs[pr["old"]], docs[pr["new"]]
    otext = {a["key"]: a["text"] for a in old["afspraken"]}
    ntext = {a["key"]: a["text"] for a in new["afspraken"]}
    seen_o, seen_n = collections.Counter(), collections.Counter()
    st = collections.Counter()
    kinds = collections.Counter()
    hns = collections.Counter()
    for l in pr["links"]:
        s = l["status"]
        st[s] += 1
        if s not in STATUSES or not set(l["kinds"]) <= KINDS or l["hard_negative"] not in HNS:
            err("bad link %s" % l)
        if l["old"]:
            seen_o[l["old"]] += 1
        if l["new"]:
            seen_n[l["new"]] += 1
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            err("bad new/dropped %s" % l)
        if l["old"] and l["new"]:
            same = otext[l["old"]] == ntext[l["new"]]
            if same != (s == "unchanged"):
                err("unchanged mismatch %s" % l)
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            err("kinds missing %s" % l)
        if s == "modified" and len(l["kinds"]) < 2:
            err("modified needs two kinds %s" % l)
        if l["hard_negative"] and s != "reworded":
            err("hard negative on non-reworded %s" % l)
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
    if set(seen_o) != set(otext) or any(v != 1 for v in seen_o.values()):
        err("%s: old coverage" % pp)
    if set(seen_n) != set(ntext) or any(v != 1 for v in seen_n.values()):
        err("%s: new coverage" % pp)
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    if nonun < 22:
        err("%s: only %d non-unchanged" % (pp, nonun))
    for k, m in MINIMA.items():
        if st[k] < m:
            err("%s: %s %d < %d" % (pp, k, st[k], m))
    print("%s__%s: %d links, non-unchanged %d, statuses %s, kinds %s, hard_negatives %s" % (
        pr["old"], pr["new"], len(pr["links"]), nonun, dict(st), dict(kinds), dict(hns)))

if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
