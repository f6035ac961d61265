# -*- coding: utf-8 -*-
"""Self-check of the marwolde family: gold texts against the PDFs, pair coverage and change counts.

Run from /work/main:  .venv/bin/python corpus/challenge/src/marwolde/check.py

A gold text must occur (whitespace-normalised, with a hyphen at a line end joined to the next line) in
the pdfplumber text of its page, or of its page plus the next page. For the unruled afspraken tables the
full-page text interleaves the Maatregel column with the Eigenaar/Termijn columns, so the check also
accepts the text of the Maatregel column alone (page cropped to that column, repeated header row removed).
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
DOCS = ["marwolde-2024", "marwolde-bod-2025", "marwolde-2025"]
PAIRS = [("marwolde-2024", "marwolde-2025"), ("marwolde-bod-2025", "marwolde-2025")]
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HN = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}
MAATREGEL_X = (84.0, 376.0)   # x-range of the Maatregel column (x0 86 .. 372)

errors = []


def err(msg):
    errors.append(msg)


def norm(t):
    t = re.sub(r"(?<=\w)-\n(?=\w)", "", t)
    return re.sub(r"\s+", " ", t).strip()


def column_text(page):
    crop = page.crop((MAATREGEL_X[0], 55, MAATREGEL_X[1], page.height - 55))
    lines = [l for l in (crop.extract_text() or "").split("\n") if l.strip() != "Maatregel"]
    return "\n".join(lines)


def check_doc(doc_id):
    gold = json.load(open(os.path.join(OUT, "gold", doc_id + ".json"), encoding="utf-8"))
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    size = os.path.getsize(path)
    if size > 150 * 1024:
        err("%s: PDF too large (%d bytes)" % (doc_id, size))
    pdf = pdfplumber.open(path)
    if len(pdf.pages) != gold["document"]["pages"]:
        err("%s: pages %d != gold %d" % (doc_id, len(pdf.pages), gold["document"]["pages"]))
    full = [(p.extract_text() or "") for p in pdf.pages]
    cols = [column_text(p) for p in pdf.pages]
    hyph = sum(len(re.findall(r"\w-\n\w", t)) for t in cols)
    keys = set()
    how = collections.Counter()
    for a in gold["afspraken"]:
        k = a["key"]
        if k in keys:
            err("%s: duplicate key %s" % (doc_id, k))
        keys.add(k)
        txt = norm(a["text"])
        if re.match(r"\d", txt):
            err("%s/%s: text starts with a digit" % (doc_id, k))
        if a["theme"] not in THEMES or any(t not in THEMES for t in a["themes"]) or a["themes"][0] != a["theme"]:
            err("%s/%s: bad theme(s)" % (doc_id, k))
        fr = a["frame"]
        if fr["modality"] not in {"firm", "intent", "explore", "discuss"}:
            err("%s/%s: bad modality" % (doc_id, k))
        if fr["deadline"] and fr["deadline"]["text"] not in a["text"]:
            err("%s/%s: deadline text not in text" % (doc_id, k))
        for c in fr["conditions"]:
            if c not in a["text"]:
                err("%s/%s: condition not in text: %s" % (doc_id, k, c))
        p = a["page"] - 1
        found = None
        for label, src in (("page", full), ("column", cols)):
            if txt in norm(src[p]):
                found = label
                break
            if p + 1 < len(src) and txt in norm(src[p] + "\n" + src[p + 1]):
                found = label + "+next"
                break
        if not found:
            err("%s/%s: text not found on page %d" % (doc_id, k, a["page"]))
        else:
            how[found] += 1
        if a["number"] is not None:
            num_ok = any(re.search(r"(^|\n)%s\b" % re.escape(a["number"]), full[i])
                         for i in range(p, min(p + 2, len(full))))
            if not num_ok:
                err("%s/%s: number %s not at a line start" % (doc_id, k, a["number"]))
    themes = collections.Counter(a["theme"] for a in gold["afspraken"])
    print("%-18s pages %2d  afspraken %2d  size %5.1f KB  found %s  hyphenated line ends (column) %d"
          % (doc_id, len(pdf.pages), len(gold["afspraken"]), size / 1024.0, dict(how), hyph))
    print("%-18s themes %s" % ("", dict(themes)))
    return gold


def check_pair(old_id, new_id, golds):
    name = "%s__%s" % (old_id, new_id)
    pair = json.load(open(os.path.join(OUT, "gold", "pairs", name + ".json"), encoding="utf-8"))
    if pair["old"] != old_id or pair["new"] != new_id:
        err("%s: old/new ids wrong" % name)
    old = {a["key"]: a for a in golds[old_id]["afspraken"]}
    new = {a["key"]: a for a in golds[new_id]["afspraken"]}
    seen_old, seen_new = collections.Counter(), collections.Counter()
    st = collections.Counter()
    kinds = collections.Counter()
    hns = collections.Counter()
    for l in pair["links"]:
        s = l["status"]
        st[s] += 1
        if s not in STATUSES:
            err("%s: bad status %s" % (name, s))
        if l["hard_negative"] not in HN:
            err("%s: bad hard_negative %s" % (name, l["hard_negative"]))
        if l["hard_negative"] and s != "reworded":
            err("%s: hard_negative on non-reworded link %s" % (name, l))
        hns[l["hard_negative"]] += 1
        for k in l["kinds"]:
            if k not in KINDS:
                err("%s: bad kind %s" % (name, k))
            kinds[k] += 1
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            err("%s: %s without kinds: %s" % (name, s, l))
        if s == "modified" and len(l["kinds"]) < 2:
            err("%s: modified needs two kinds" % name)
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            err("%s: new/dropped link with both sides: %s" % (name, l))
        if s not in ("new", "dropped") and (l["old"] is None or l["new"] is None):
            err("%s: %s link missing a side" % (name, s))
        if l["old"] is not None:
            seen_old[l["old"]] += 1
            if l["old"] not in old:
                err("%s: unknown old key %s" % (name, l["old"]))
        if l["new"] is not None:
            seen_new[l["new"]] += 1
            if l["new"] not in new:
                err("%s: unknown new key %s" % (name, l["new"]))
        if l["old"] in old and l["new"] in new:
            same = old[l["old"]]["text"] == new[l["new"]]["text"]
            if (s == "unchanged") != same:
                err("%s: %s -> %s status %s but identical text = %s" % (name, l["old"], l["new"], s, same))
    for k in old:
        if seen_old[k] != 1:
            err("%s: old key %s covered %d times" % (name, k, seen_old[k]))
    for k in new:
        if seen_new[k] != 1:
            err("%s: new key %s covered %d times" % (name, k, seen_new[k]))
    non_unchanged = sum(v for s, v in st.items() if s != "unchanged")
    if old_id.startswith("marwolde-bod"):
        need = {"weakened": 4, "strengthened": 3, "new": 3, "dropped": 3}
    else:
        need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
        if non_unchanged < 22:
            err("%s: only %d non-unchanged links" % (name, non_unchanged))
    for s, n in need.items():
        if st[s] < n:
            err("%s: %s %d < %d" % (name, s, st[s], n))
    if st["modified"] > 1:
        err("%s: more than one mixed-direction (modified) link" % name)
    print("%s: %d links, %d not unchanged" % (name, len(pair["links"]), non_unchanged))
    print("   statuses %s" % dict(sorted(st.items())))
    print("   kinds    %s" % dict(sorted(kinds.items())))
    print("   hard_neg %s" % {k: v for k, v in hns.items() if k})


def main():
    golds = {d: check_doc(d) for d in DOCS}
    for o, n in PAIRS:
        check_pair(o, n, golds)
    if errors:
        print("\nFAILED (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
