# -*- coding: utf-8 -*-
"""Check the gravenbroek family: gold texts in PDF pages, pair coverage, per-pair counts."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "gravenbroek"
ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


def norm(s):
    s = re.sub(r"(^|\n)\u2013 ", r"\1", s)
    s = re.sub(r"(\w)-\n(\w)", r"\1\2", s)      # hyphenated line break joined into the word
    return re.sub(r"\s+", " ", s).strip()


def norm_keep_hyphen(s):
    s = re.sub(r"(^|\n)\u2013 ", r"\1", s)
    s = re.sub(r"-\n(?=\w)", "-", s)
    return re.sub(r"\s+", " ", s).strip()


golds = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    doc = g["document"]
    golds[doc["id"]] = g
    pdf_path = os.path.join(OUT, "pdf", doc["id"] + ".pdf")
    size = os.path.getsize(pdf_path)
    if size > 150_000:
        fail(f"{doc['id']} too large: {size}")
    with pdfplumber.open(pdf_path) as pdf:
        raw = [p.extract_text() or "" for p in pdf.pages]
        if len(pdf.pages) != doc["pages"]:
            fail(f"{doc['id']} pages {len(pdf.pages)} != {doc['pages']}")
    spans = 0
    keys = set()
    for a in g["afspraken"]:
        if a["key"] in keys:
            fail(f"{doc['id']} duplicate key {a['key']}")
        keys.add(a["key"])
        if a["text"][:1].isdigit():
            fail(f"{doc['id']} {a['key']} text starts with digit")
        t = re.sub(r"\s+", " ", a["text"]).strip()
        p = a["page"] - 1
        one = raw[p]
        two = raw[p] + "\n" + (raw[p + 1] if p + 1 < len(raw) else "")
        if t in norm(one) or t in norm_keep_hyphen(one):
            continue
        if t in norm(two) or t in norm_keep_hyphen(two):
            # across a page break the running header/footer sits between the parts: strip them
            spans += 1
            continue
        # retry with header/footer lines removed
        def strip_hf(txt):
            return "\n".join(l for l in txt.split("\n")
                             if not re.match(r"^(Prestatieafspraken Gravenbroek \d{4}|Pagina \d+ van \d+|"
                                             r"Raadsinformatiebrief)", l))
        two2 = strip_hf(raw[p]) + "\n" + (strip_hf(raw[p + 1]) if p + 1 < len(raw) else "")
        if t in norm(two2) or t in norm_keep_hyphen(two2):
            if t not in norm(strip_hf(raw[p])):
                spans += 1
            continue
        fail(f"{doc['id']} {a['number']} {a['key']} not found on page {a['page']}: {t[:80]}")
    themes = collections.Counter(a["theme"] for a in g["afspraken"])
    print(f"{doc['id']}: {doc['pages']} pages, {size // 1024} KB, {len(g['afspraken'])} afspraken, "
          f"{spans} over a page break, themes {dict(themes)}")

for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
    pr = json.load(open(pp, encoding="utf-8"))
    old_keys = [a["key"] for a in golds[pr["old"]]["afspraken"]]
    new_keys = [a["key"] for a in golds[pr["new"]]["afspraken"]]
    old_text = {a["key"]: a["text"] for a in golds[pr["old"]]["afspraken"]}
    new_text = {a["key"]: a["text"] for a in golds[pr["new"]]["afspraken"]}
    co = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    cn = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    if sorted(co) != sorted(old_keys) or any(v != 1 for v in co.values()):
        fail(f"{pp}: old coverage")
    if sorted(cn) != sorted(new_keys) or any(v != 1 for v in cn.values()):
        fail(f"{pp}: new coverage")
    st = collections.Counter(l["status"] for l in pr["links"])
    kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
    hns = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        if l["status"] == "unchanged" and old_text[l["old"]] != new_text[l["new"]]:
            fail(f"{pp}: unchanged but texts differ: {l['old']}")
        if l["old"] and l["new"] and l["status"] != "unchanged" and old_text[l["old"]] == new_text[l["new"]]:
            fail(f"{pp}: identical text but status {l['status']}: {l['old']}")
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            fail(f"{pp}: {l['old']} {l['status']} without kinds")
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 1}
    for k, v in need.items():
        if st[k] < v:
            fail(f"{pp}: {k} {st[k]} < {v}")
    if nonun < 22:
        fail(f"{pp}: non-unchanged {nonun} < 22")
    print(f"{os.path.basename(pp)}: non-unchanged {nonun}, statuses {dict(st)}, kinds {dict(kinds)}, "
          f"hard negatives {dict(hns)}")

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
