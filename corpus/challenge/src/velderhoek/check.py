# -*- coding: utf-8 -*-
"""Self-check of the velderhoek family. Run from /work/main: .venv/bin/python corpus/challenge/src/velderhoek/check.py"""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "velderhoek"
DOCS = ["velderhoek-2024", "velderhoek-2025", "velderhoek-2026"]
PAIRS = [("velderhoek-2024", "velderhoek-2025"), ("velderhoek-2025", "velderhoek-2026")]
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HN = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}


def norm(s):
    s = re.sub(r"-\n(?=\w)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    golds = {}
    for d in DOCS:
        pdfp = os.path.join(OUT, "pdf", d + ".pdf")
        size = os.path.getsize(pdfp)
        if size > 150 * 1024:
            errors.append("%s too large: %d" % (d, size))
        g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
        golds[d] = g
        with pdfplumber.open(pdfp) as pdf:
            full = [norm(p.extract_text() or "") for p in pdf.pages]
            # body text without running header/footer (lines at the top and bottom of the page)
            body = [norm(p.crop((0, 60, p.width, p.height - 60)).extract_text() or "") for p in pdf.pages]
            if g["document"]["pages"] != len(pdf.pages):
                errors.append("%s page count" % d)
        keys = set()
        for a in g["afspraken"]:
            t = norm(a["text"])
            if a["key"] in keys:
                errors.append("%s duplicate key %s" % (d, a["key"]))
            keys.add(a["key"])
            if re.match(r"\d", t):
                errors.append("%s %s starts with digit" % (d, a["key"]))
            if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
                errors.append("%s %s theme" % (d, a["key"]))
            p = a["page"] - 1
            ok = t in full[p] or t in body[p] or (p + 1 < len(body) and t in body[p] + " " + body[p + 1])
            if not ok:
                errors.append("%s %s text not found on page %d" % (d, a["key"], a["page"]))
            elif t not in full[p] and not t[:40] in full[p]:
                errors.append("%s %s does not start on page %d" % (d, a["key"], a["page"]))
        print("%s: %d pages, %d afspraken, %d bytes, themes %s" % (
            d, g["document"]["pages"], len(g["afspraken"]), size,
            dict(collections.Counter(a["theme"] for a in g["afspraken"]))))
    for o, n in PAIRS:
        pj = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
        ok_ = [a["key"] for a in golds[o]["afspraken"]]
        nk_ = [a["key"] for a in golds[n]["afspraken"]]
        otext = {a["key"]: a["text"] for a in golds[o]["afspraken"]}
        ntext = {a["key"]: a["text"] for a in golds[n]["afspraken"]}
        co = collections.Counter(l["old"] for l in pj["links"] if l["old"])
        cn = collections.Counter(l["new"] for l in pj["links"] if l["new"])
        if sorted(co) != sorted(ok_) or any(v != 1 for v in co.values()):
            errors.append("pair %s: old coverage" % o)
        if sorted(cn) != sorted(nk_) or any(v != 1 for v in cn.values()):
            errors.append("pair %s: new coverage" % n)
        st = collections.Counter()
        kinds = collections.Counter()
        hns = collections.Counter()
        for l in pj["links"]:
            s = l["status"]
            st[s] += 1
            if s not in STATUSES or not set(l["kinds"]) <= KINDS or l["hard_negative"] not in HN:
                errors.append("bad link %s" % l)
            if s == "unchanged" and otext[l["old"]] != ntext[l["new"]]:
                errors.append("unchanged but different: %s" % l["old"])
            if s not in ("unchanged", "new", "dropped") and otext[l["old"]] == ntext[l["new"]]:
                errors.append("changed but identical: %s" % l["old"])
            if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
                errors.append("bad new/dropped %s" % l)
            if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
                errors.append("no kinds %s" % l)
            for k in l["kinds"]:
                kinds[k] += 1
            if l["hard_negative"]:
                hns[l["hard_negative"]] += 1
        nonun = sum(v for s, v in st.items() if s != "unchanged")
        need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
        for s, v in need.items():
            if st[s] < v:
                errors.append("pair %s__%s: only %d %s" % (o, n, st[s], s))
        if nonun < 22:
            errors.append("pair %s__%s: only %d non-unchanged" % (o, n, nonun))
        if st["modified"] > 1:
            errors.append("pair %s__%s: more than one modified" % (o, n))
        print("%s__%s: %d links, non-unchanged %d, statuses %s, kinds %s, hard negatives %s" % (
            o, n, len(pj["links"]), nonun, dict(sorted(st.items())), dict(sorted(kinds.items())),
            dict(sorted(hns.items()))))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
