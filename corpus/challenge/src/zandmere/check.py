# -*- coding: utf-8 -*-
"""Check the zandmere family: gold texts on their pages, pair coverage, and the required change counts.

Run from /work/main:  .venv/bin/python corpus/challenge/src/zandmere/check.py
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
FAMILY = "zandmere"
DOCS = ["zandmere-bod-2025", "zandmere-2025", "zandmere-2026"]
PAIRS = [("zandmere-bod-2025", "zandmere-2025"), ("zandmere-2025", "zandmere-2026")]
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HNS = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}
MODALITIES = {"firm", "intent", "explore", "discuss"}
ROLES = {"gemeente", "corporatie", "huurdersorganisatie", "partijen", "other"}
HEADER_MM, FOOTER_MM = 18, 16  # header above / footer below these distances (mm) from the page edges

errors = []


def err(msg):
    errors.append(msg)


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def variants(raw):
    """Whitespace-normalised text, with a hyphen at a line end joined to the next line (dropped or kept)."""
    a = norm(re.sub(r"(\w)-\n(\w)", r"\1\2", raw))
    b = norm(re.sub(r"(\w)-\n(\w)", r"\1-\2", raw))
    return {a, b}


def page_texts(path):
    mm = 72 / 25.4
    full, body = [], []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            full.append(page.extract_text() or "")
            crop = page.crop((0, HEADER_MM * mm, page.width, page.height - FOOTER_MM * mm))
            body.append(crop.extract_text() or "")
    return full, body


def check_doc(doc_id):
    gold = json.load(open(os.path.join(OUT, "gold", doc_id + ".json"), encoding="utf-8"))
    pdf_path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    size = os.path.getsize(pdf_path)
    if size >= 150 * 1024:
        err("%s: PDF too large (%d bytes)" % (doc_id, size))
    full, body = page_texts(pdf_path)
    meta = gold["document"]
    if meta["pages"] != len(full):
        err("%s: pages %s != %d" % (doc_id, meta["pages"], len(full)))
    if meta["id"] != doc_id or meta["family"] != FAMILY:
        err("%s: bad document id/family" % doc_id)
    afs = gold["afspraken"]
    if len(afs) < 25:
        err("%s: only %d afspraken" % (doc_id, len(afs)))
    keys = [a["key"] for a in afs]
    if len(keys) != len(set(keys)):
        err("%s: duplicate keys" % doc_id)
    last_page = 0
    spanning = 0
    for a in afs:
        t = a["text"]
        if t != norm(t) or not t or t[0].isdigit():
            err("%s/%s: text not normalised or starts with a digit" % (doc_id, a["key"]))
        if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
            err("%s/%s: bad themes" % (doc_id, a["key"]))
        fr = a["frame"]
        if fr["modality"] not in MODALITIES or not set(fr["actors"]) <= ROLES or not fr["actors"]:
            err("%s/%s: bad frame" % (doc_id, a["key"]))
        for c in fr["conditions"]:
            if c not in t:
                err("%s/%s: condition not in text: %r" % (doc_id, a["key"], c))
        if fr["deadline"] and fr["deadline"]["text"] not in t:
            err("%s/%s: deadline text not in text" % (doc_id, a["key"]))
        p = a["page"]
        if p < last_page:
            err("%s/%s: page order" % (doc_id, a["key"]))
        last_page = p
        single = variants(full[p - 1])
        found = any(t in v for v in single)
        if not found and p < len(full):
            two = variants(body[p - 1] + "\n" + body[p])
            found = any(t in v for v in two)
            if found:
                spanning += 1
                if not any(t[:40] in v for v in variants(body[p - 1])):
                    err("%s/%s: does not start on page %d" % (doc_id, a["key"], p))
        if not found:
            err("%s/%s: text not found on page %d: %r" % (doc_id, a["key"], p, t[:80]))
    sections = collections.Counter(a["section"].split(" > ")[0] for a in afs)
    themes = collections.Counter(a["theme"] for a in afs)
    print("%-20s pages %2d  afspraken %2d  (running over a page break: %d)  %d KB"
          % (doc_id, len(full), len(afs), spanning, size // 1024))
    print("    themes: %s" % dict(themes))
    return {a["key"]: a for a in afs}


def check_pair(old_id, new_id, docs):
    pair = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (old_id, new_id)), encoding="utf-8"))
    old, new = docs[old_id], docs[new_id]
    seen_old, seen_new = collections.Counter(), collections.Counter()
    status = collections.Counter()
    kinds = collections.Counter()
    hns = collections.Counter()
    for l in pair["links"]:
        s = l["status"]
        status[s] += 1
        if s not in STATUSES or l["hard_negative"] not in HNS or not set(l["kinds"]) <= KINDS:
            err("%s: bad link %s" % (new_id, l))
        if l["old"]:
            seen_old[l["old"]] += 1
        if l["new"]:
            seen_new[l["new"]] += 1
        if s == "new" and (l["old"] is not None or l["new"] is None):
            err("bad new link %s" % l)
        if s == "dropped" and (l["new"] is not None or l["old"] is None):
            err("bad dropped link %s" % l)
        if s in ("weakened", "strengthened", "modified"):
            if not l["kinds"]:
                err("%s: %s without kinds" % (new_id, l))
            if s == "modified" and len(l["kinds"]) < 2:
                err("%s: modified needs two kinds %s" % (new_id, l))
        elif l["kinds"]:
            err("%s: kinds on %s link %s" % (new_id, s, l))
        if l["hard_negative"] and s != "reworded":
            err("%s: hard_negative on non-reworded %s" % (new_id, l))
        if l["old"] and l["new"]:
            same = old[l["old"]]["text"] == new[l["new"]]["text"]
            if same != (s == "unchanged"):
                err("%s: unchanged/identical mismatch for %s (%s)" % (new_id, l["old"], s))
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
    for k in old:
        if seen_old[k] != 1:
            err("%s: old %s covered %d times" % (new_id, k, seen_old[k]))
    for k in new:
        if seen_new[k] != 1:
            err("%s: new %s covered %d times" % (new_id, k, seen_new[k]))
    for k in seen_old:
        if k not in old:
            err("%s: unknown old key %s" % (new_id, k))
    for k in seen_new:
        if k not in new:
            err("%s: unknown new key %s" % (new_id, k))
    changed = sum(v for s, v in status.items() if s != "unchanged")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for s, n in need.items():
        if status[s] < n:
            err("%s__%s: %s %d < %d" % (old_id, new_id, s, status[s], n))
    if changed < 22:
        err("%s__%s: only %d changed links" % (old_id, new_id, changed))
    if status["modified"] > 1:
        err("%s__%s: more than one modified link" % (old_id, new_id))
    print("%s__%s: %d links, %d not unchanged" % (old_id, new_id, len(pair["links"]), changed))
    print("    status: %s" % dict(sorted(status.items())))
    print("    kinds:  %s" % dict(sorted(kinds.items())))
    print("    hard_negative: %s" % dict(sorted(hns.items())))
    return kinds, hns


def main():
    docs = {d: check_doc(d) for d in DOCS}
    all_kinds, all_hns = collections.Counter(), collections.Counter()
    for o, n in PAIRS:
        k, h = check_pair(o, n, docs)
        all_kinds.update(k)
        all_hns.update(h)
    for k in KINDS:
        if not all_kinds[k]:
            err("kind %s never used" % k)
    for h in HNS - {None}:
        if not all_hns[h]:
            err("hard_negative %s never used" % h)
    if errors:
        print("\nFAILED (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
