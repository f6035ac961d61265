# -*- coding: utf-8 -*-
"""Self-check of the eikendonk family: gold texts vs. PDF text, pair coverage and change counts.

Run from /work/main:  .venv/bin/python corpus/challenge/src/eikendonk/check.py
"""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "eikendonk"
YEARS = [2024, 2025, 2026]
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HN = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
MINIMA = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = re.sub(r"-\n", "", s)          # hyphenated line break: join into the word
    return re.sub(r"\s+", " ", s).strip()


def body_texts(path):
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            h = float(page.height)
            body = page.crop((0, 55, float(page.width), h - 55))   # drop running header and footer
            out.append(body.extract_text() or "")
    return out


def check_doc(y):
    did = "%s-%d" % (FAMILY, y)
    pdf_path = os.path.join(OUT, "pdf", did + ".pdf")
    g = json.load(open(os.path.join(OUT, "gold", did + ".json"), encoding="utf-8"))
    size = os.path.getsize(pdf_path)
    if size >= 150 * 1024:
        err("%s: pdf too large (%d bytes)" % (did, size))
    pages = body_texts(pdf_path)
    if g["document"]["pages"] != len(pages):
        err("%s: pages %s != %d" % (did, g["document"]["pages"], len(pages)))
    afs = g["afspraken"]
    if len(afs) < 25:
        err("%s: only %d afspraken" % (did, len(afs)))
    keys = [a["key"] for a in afs]
    if len(set(keys)) != len(keys):
        err("%s: duplicate keys" % did)
    themes = collections.Counter()
    for a in afs:
        t = a["text"]
        if t[:1].isdigit():
            err("%s %s: text starts with a digit" % (did, a["key"]))
        if a["theme"] not in THEMES or a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            err("%s %s: bad theme" % (did, a["key"]))
        themes[a["theme"]] += 1
        p = a["page"]
        here = norm(pages[p - 1])
        both = norm(pages[p - 1] + "\n" + (pages[p] if p < len(pages) else ""))
        nt = norm(t)
        if nt not in here and nt not in both:
            err("%s %s: text not found on page %d" % (did, a["key"], p))
            continue
        if (a["number"] + " " + nt[:40]) not in here:
            err("%s %s: number + start not found on page %d" % (did, a["key"], p))
        if a["trekker"] or a["planning"]:
            if not re.search(re.escape(nt) + r" \((trekker|eigenaar): ", both):
                err("%s %s: trailing parenthesis not found" % (did, a["key"]))
        for other in range(1, len(pages) + 1):          # afspraak must not also start on an earlier page
            if other < p and (a["number"] + " " + nt[:40]) in norm(pages[other - 1]):
                err("%s %s: starts earlier than recorded page" % (did, a["key"]))
    print("%s: %d pages, %d afspraken, %d KB; themes %s" % (did, len(pages), len(afs), size // 1024,
                                                            dict(sorted(themes.items()))))
    return g


def check_pair(g0, g1):
    o, n = g0["document"]["id"], g1["document"]["id"]
    p = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
    assert p["old"] == o and p["new"] == n
    old = {a["key"]: a for a in g0["afspraken"]}
    new = {a["key"]: a for a in g1["afspraken"]}
    seen_old, seen_new = collections.Counter(), collections.Counter()
    status = collections.Counter()
    kinds = collections.Counter()
    hns = collections.Counter()
    for l in p["links"]:
        s = l["status"]
        if s not in STATUSES:
            err("%s: bad status %s" % (o, s))
        status[s] += 1
        if l["old"] is not None:
            seen_old[l["old"]] += 1
        if l["new"] is not None:
            seen_new[l["new"]] += 1
        if s == "new" and (l["old"] is not None or l["new"] is None):
            err("%s->%s: bad new link %s" % (o, n, l))
        if s == "dropped" and (l["new"] is not None or l["old"] is None):
            err("%s->%s: bad dropped link %s" % (o, n, l))
        if s not in ("new", "dropped") and (l["old"] is None or l["new"] is None):
            err("%s->%s: link lacks a side %s" % (o, n, l))
        if l["old"] and l["new"]:
            same = old[l["old"]]["text"] == new[l["new"]]["text"]
            if (s == "unchanged") != same:
                err("%s->%s: %s marked %s but identical=%s" % (o, n, l["old"], s, same))
        if s in ("weakened", "strengthened", "modified"):
            if not l["kinds"] or not set(l["kinds"]) <= KINDS:
                err("%s->%s: %s needs kinds" % (o, n, l))
        elif l["kinds"]:
            err("%s->%s: kinds on %s link" % (o, n, s))
        if l["hard_negative"] not in HN or (l["hard_negative"] and s != "reworded"):
            err("%s->%s: bad hard_negative %s" % (o, n, l))
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
    for k in old:
        if seen_old[k] != 1:
            err("%s->%s: old %s covered %d times" % (o, n, k, seen_old[k]))
    for k in new:
        if seen_new[k] != 1:
            err("%s->%s: new %s covered %d times" % (o, n, k, seen_new[k]))
    for k in list(seen_old) + list(seen_new):
        if k not in old and k not in new:
            err("%s->%s: unknown key %s" % (o, n, k))
    changed = sum(v for s, v in status.items() if s != "unchanged")
    if changed < 22:
        err("%s->%s: only %d non-unchanged links" % (o, n, changed))
    for s, m in MINIMA.items():
        if status[s] < m:
            err("%s->%s: %s %d < %d" % (o, n, s, status[s], m))
    if status["modified"] > 1:
        err("%s->%s: more than one modified" % (o, n))
    if status["unchanged"] < 1:
        err("%s->%s: no unchanged links" % (o, n))
    print("%s -> %s: %d links, %d not unchanged" % (o, n, len(p["links"]), changed))
    print("   status:", dict(sorted(status.items())))
    print("   kinds: ", dict(sorted(kinds.items())))
    print("   hard negatives:", dict(sorted(hns.items())))


def main():
    golds = [check_doc(y) for y in YEARS]
    for g0, g1 in zip(golds, golds[1:]):
        check_pair(g0, g1)
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
