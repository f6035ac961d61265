# -*- coding: utf-8 -*-
"""Self-check of the duivendaal family: gold texts vs PDF text, pair coverage and change counts."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "duivendaal"
ok = True


def norm(s, keep_hyphen):
    s = re.sub(r"-\n", "-" if keep_hyphen else "", s)
    return re.sub(r"\s+", " ", s).strip()


def fail(msg):
    global ok
    ok = False
    print("FAIL", msg)


docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    with pdfplumber.open(os.path.join(OUT, "pdf", did + ".pdf")) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
        if len(pages) != g["document"]["pages"]:
            fail("%s page count" % did)
    size = os.path.getsize(os.path.join(OUT, "pdf", did + ".pdf"))
    if size > 150000:
        fail("%s too big" % did)
    keys = [a["key"] for a in g["afspraken"]]
    if len(keys) != len(set(keys)):
        fail("%s duplicate keys" % did)
    th = collections.Counter()
    for a in g["afspraken"]:
        th[a["theme"]] += 1
        if a["text"][:1].isdigit():
            fail("%s %s starts with digit" % (did, a["key"]))
        p = a["page"] - 1
        found = False
        for span in (pages[p], pages[p] + "\n" + (pages[p + 1] if p + 1 < len(pages) else "")):
            for kh in (False, True):
                if norm(a["text"], True) in norm(span, kh):
                    found = True
        if not found:
            fail("%s %s text not found on page %d" % (did, a["key"], a["page"]))
        if a["frame"]["modality"] not in ("firm", "intent", "explore", "discuss"):
            fail("%s %s modality" % (did, a["key"]))
    print("%s: %d pages, %d afspraken, themes %s" % (did, len(pages), len(keys), dict(th)))
    if len(keys) < 25:
        fail("%s fewer than 25 afspraken" % did)

for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
    pr = json.load(open(pp, encoding="utf-8"))
    old, new = docs[pr["old"]], docs[pr["new"]]
    ok_old = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    ok_new = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    if sorted(ok_old) != sorted(a["key"] for a in old["afspraken"]) or any(v != 1 for v in ok_old.values()):
        fail("%s old coverage" % pp)
    if sorted(ok_new) != sorted(a["key"] for a in new["afspraken"]) or any(v != 1 for v in ok_new.values()):
        fail("%s new coverage" % pp)
    otext = {a["key"]: a["text"] for a in old["afspraken"]}
    ntext = {a["key"]: a["text"] for a in new["afspraken"]}
    st = collections.Counter()
    kinds = collections.Counter()
    hn = collections.Counter()
    for l in pr["links"]:
        st[l["status"]] += 1
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hn[l["hard_negative"]] += 1
        both = l["old"] and l["new"]
        if l["status"] == "unchanged" and (not both or otext[l["old"]] != ntext[l["new"]]):
            fail("%s unchanged but texts differ: %s" % (pp, l["old"]))
        if both and l["status"] != "unchanged" and otext[l["old"]] == ntext[l["new"]]:
            fail("%s identical text but status %s: %s" % (pp, l["status"], l["old"]))
        if l["status"] == "new" and l["old"] is not None or l["status"] == "dropped" and l["new"] is not None:
            fail("%s new/dropped shape %s" % (pp, l))
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            fail("%s missing kinds %s" % (pp, l))
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    print("%s: %s | non-unchanged %d | kinds %s | hard negatives %s" % (os.path.basename(pp), dict(st), nonun,
                                                                       dict(kinds), dict(hn)))
    for k, m in (("weakened", 4), ("strengthened", 4), ("new", 3), ("dropped", 3), ("reworded", 6)):
        if st[k] < m:
            fail("%s too few %s" % (pp, k))
    if nonun < 22:
        fail("%s fewer than 22 changed links" % pp)
    if st["modified"] > 1:
        fail("%s more than one modified" % pp)

print("OK" if ok else "NOT OK")
sys.exit(0 if ok else 1)
