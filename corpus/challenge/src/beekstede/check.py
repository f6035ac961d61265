# -*- coding: utf-8 -*-
"""Self-check of the beekstede family: gold texts vs. PDF text, pair coverage, pair counts."""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "beekstede"
IDS = ["%s-%d" % (FAMILY, y) for y in (2025, 2026, 2027)]
LEFT = 22 * 72 / 25.4 + 36 * 72 / 25.4 - 2  # start of the right column in pt

errors = []


def norm(t):
    t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)  # hyphenated line break joined into the word
    return re.sub(r"\s+", " ", t).strip()


def page_texts(pdf, i):
    pg = pdf.pages[i]
    full = pg.extract_text() or ""
    right = pg.crop((LEFT, 0, pg.width, pg.height)).extract_text() or ""
    return full, right


golds = {}
for doc_id in IDS:
    g = json.load(open(os.path.join(OUT, "gold", doc_id + ".json"), encoding="utf-8"))
    golds[doc_id] = g
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    size = os.path.getsize(path)
    if size > 150 * 1024:
        errors.append("%s too large: %d" % (doc_id, size))
    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != g["document"]["pages"]:
            errors.append("%s page count" % doc_id)
        cache = {}
        for a in g["afspraken"]:
            if a["text"][:1].isdigit():
                errors.append("%s %s starts with digit" % (doc_id, a["key"]))
            p = a["page"] - 1
            cands = []
            for q in (p, p + 1):
                if q < len(pdf.pages):
                    cache.setdefault(q, page_texts(pdf, q))
            full = cache[p][0] + "\n" + cache.get(p + 1, ("", ""))[0]
            right = cache[p][1] + "\n" + cache.get(p + 1, ("", ""))[1]
            # line-final hyphens would make the text ambiguous: forbid them in the right column
            for line in cache[p][1].splitlines():
                if line.rstrip().endswith("-") and a["text"].find(line.strip()[-15:]) >= 0:
                    errors.append("%s %s: line ends with hyphen: %r" % (doc_id, a["key"], line[-40:]))
            where = None
            if a["text"] in norm(full):
                where = "page"
            elif a["text"] in norm(right):
                where = "right-column"
            if not where:
                errors.append("%s %s (p%d) text not found" % (doc_id, a["key"], a["page"]))
            if "[%s]" % a["number"] not in cache[p][0]:
                errors.append("%s %s code not on page" % (doc_id, a["key"]))
    th = collections.Counter(a["theme"] for a in g["afspraken"])
    print("%s: %d pages, %d afspraken, themes %s" % (doc_id, g["document"]["pages"], len(g["afspraken"]),
                                                    dict(th)))

MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
for a, b in zip(IDS, IDS[1:]):
    pair = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (a, b)), encoding="utf-8"))
    olds = [x["key"] for x in golds[a]["afspraken"]]
    news = [x["key"] for x in golds[b]["afspraken"]]
    lo = [l["old"] for l in pair["links"] if l["old"]]
    ln = [l["new"] for l in pair["links"] if l["new"]]
    if sorted(lo) != sorted(olds) or sorted(ln) != sorted(news):
        errors.append("%s__%s coverage" % (a, b))
    ot = {x["key"]: x["text"] for x in golds[a]["afspraken"]}
    nt = {x["key"]: x["text"] for x in golds[b]["afspraken"]}
    st = collections.Counter(l["status"] for l in pair["links"])
    kinds = collections.Counter(k for l in pair["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in pair["links"] if l["hard_negative"])
    for l in pair["links"]:
        if l["old"] and l["new"]:
            same = ot[l["old"]] == nt[l["new"]]
            if same != (l["status"] == "unchanged"):
                errors.append("%s__%s %s: unchanged status vs identical text mismatch" % (a, b, l["old"]))
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            errors.append("%s__%s %s: no kinds" % (a, b, l["old"]))
    nonu = sum(v for s, v in st.items() if s != "unchanged")
    if nonu < 22:
        errors.append("%s__%s only %d non-unchanged" % (a, b, nonu))
    for s, m in MIN.items():
        if st[s] < m:
            errors.append("%s__%s: %s %d < %d" % (a, b, s, st[s], m))
    print("%s__%s: %d links, non-unchanged %d, statuses %s, kinds %s, hard_negatives %s" %
          (a, b, len(pair["links"]), nonu, dict(st), dict(kinds), dict(hn)))

if errors:
    print("ERRORS:")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("OK")
