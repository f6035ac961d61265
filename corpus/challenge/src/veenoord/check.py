# -*- coding: utf-8 -*-
"""Self-check of the veenoord family. Run from /work/main."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "veenoord"
DOCS = ["veenoord-2024", "veenoord-2025", "veenoord-2026"]
PAIRS = [("veenoord-2024", "veenoord-2025"), ("veenoord-2025", "veenoord-2026")]
CM = 72 / 2.54
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HN = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}
MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}

errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(pg, crop=True):
    body = pg.crop((0, 1.8 * CM, pg.width, pg.height - 1.7 * CM)) if crop else pg
    out = ""
    for ln in (body.extract_text() or "").split("\n"):
        ln = ln.strip()
        if out.endswith("-") and ln:
            out = out[:-1] + ln
        else:
            out = (out + " " + ln) if out else ln
    return norm(out)


docs = {}
for d in DOCS:
    gp = os.path.join(OUT, "gold", d + ".json")
    pp = os.path.join(OUT, "pdf", d + ".pdf")
    gold = json.load(open(gp, encoding="utf-8"))
    docs[d] = gold
    size = os.path.getsize(pp)
    if size > 150 * 1024:
        errors.append("%s too large: %d" % (d, size))
    with pdfplumber.open(pp) as pdf:
        texts = [page_text(p) for p in pdf.pages]
        if len(pdf.pages) != gold["document"]["pages"]:
            errors.append("%s page count" % d)
    afs = gold["afspraken"]
    keys = [a["key"] for a in afs]
    if len(keys) != len(set(keys)):
        errors.append("%s duplicate keys" % d)
    for a in afs:
        t = norm(a["text"])
        p = a["page"] - 1
        here = texts[p]
        nxt = texts[p] + " " + texts[p + 1] if p + 1 < len(texts) else here
        if t not in here and t not in nxt:
            errors.append("%s %s text not on page %d" % (d, a["key"], a["page"]))
        if a["number"] and (a["number"] + " " + " ".join(t.split()[:5])) not in here:
            errors.append("%s %s number/start not on page %d" % (d, a["key"], a["page"]))
        if t[0].isdigit():
            errors.append("%s %s text starts with digit" % (d, a["key"]))
        if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
            errors.append("%s %s theme" % (d, a["key"]))
        fr = a["frame"]
        if fr["modality"] not in {"firm", "intent", "explore", "discuss"}:
            errors.append("%s %s modality" % (d, a["key"]))
        for c in fr["conditions"]:
            if norm(c) not in t:
                errors.append("%s %s condition not in text: %s" % (d, a["key"], c))
        if fr["deadline"] and fr["deadline"]["text"] not in t:
            errors.append("%s %s deadline text not in text" % (d, a["key"]))
    th = collections.Counter(a["theme"] for a in afs)
    print("%s: %d pages, %d afspraken, %d bytes; themes %s" % (
        d, gold["document"]["pages"], len(afs), size, dict(th)))
    if not 25 <= len(afs):
        errors.append("%s too few afspraken" % d)

for o, n in PAIRS:
    pp = os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n))
    pair = json.load(open(pp, encoding="utf-8"))
    ok = [a["key"] for a in docs[o]["afspraken"]]
    nk = [a["key"] for a in docs[n]["afspraken"]]
    otext = {a["key"]: a["text"] for a in docs[o]["afspraken"]}
    ntext = {a["key"]: a["text"] for a in docs[n]["afspraken"]}
    co = collections.Counter(l["old"] for l in pair["links"] if l["old"])
    cn = collections.Counter(l["new"] for l in pair["links"] if l["new"])
    if set(co) != set(ok) or any(v != 1 for v in co.values()):
        errors.append("%s old coverage" % pp)
    if set(cn) != set(nk) or any(v != 1 for v in cn.values()):
        errors.append("%s new coverage" % pp)
    st = collections.Counter()
    kinds = collections.Counter()
    hns = collections.Counter()
    for l in pair["links"]:
        s = l["status"]
        st[s] += 1
        if s not in STATUSES or not set(l["kinds"]) <= KINDS or l["hard_negative"] not in HN:
            errors.append("bad link %s" % l)
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            errors.append("bad new/dropped %s" % l)
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            errors.append("no kinds %s" % l)
        if s == "modified" and len(l["kinds"]) < 2:
            errors.append("modified needs two kinds %s" % l)
        if l["old"] and l["new"]:
            same = otext[l["old"]] == ntext[l["new"]]
            if same != (s == "unchanged"):
                errors.append("unchanged/text mismatch %s" % l)
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    print("%s -> %s: %d links, %d not unchanged; %s; kinds %s; hard negatives %s" % (
        o, n, len(pair["links"]), nonun, dict(st), dict(kinds), dict(hns)))
    if nonun < 22:
        errors.append("pair %s %s: only %d non-unchanged" % (o, n, nonun))
    for s, m in MIN.items():
        if st[s] < m:
            errors.append("pair %s %s: %s %d < %d" % (o, n, s, st[s], m))
    if st["unchanged"] < 1:
        errors.append("pair %s %s: no unchanged" % (o, n))
    if st["modified"] > 1:
        errors.append("pair %s %s: more than one modified" % (o, n))

if errors:
    print("\nFAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK")
