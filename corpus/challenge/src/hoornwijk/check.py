# -*- coding: utf-8 -*-
"""Self-check of the hoornwijk family. Run from /work/main:
    .venv/bin/python corpus/challenge/src/hoornwijk/check.py
Exit status 1 on any failure."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "hoornwijk"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HN = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}

# x-range of the Omschrijving column of the action tables (see build.py: LM=62, ACT_W[0]=46, ACT_W[1]=250)
OMS_X0, OMS_X1 = 62.0 + 46.0, 62.0 + 46.0 + 250.0

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = re.sub(r"-\n(?=\S)", "-", s)   # a hyphen at a line end joins with the next line
    s = re.sub(r"(?<=[a-z])-(?=[a-z])", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def norm_join(s):
    s = re.sub(r"(\w)-\n(\w)", r"\1\2", s)  # hyphenated line break joined into the word
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf_path):
    full, col = [], []
    with pdfplumber.open(pdf_path) as pdf:
        for p in pdf.pages:
            full.append(p.extract_text() or "")
            crop = p.within_bbox((OMS_X0, 50, OMS_X1, p.height - 50))
            # drop the (repeated) header cell of the action tables
            lines = [ln for ln in (crop.extract_text() or "").split("\n") if ln.strip() != "Omschrijving"]
            col.append("\n".join(lines))
    return full, col


def check_doc(gold_path):
    g = json.load(open(gold_path, encoding="utf-8"))
    d = g["document"]
    pdf_path = os.path.join(OUT, "pdf", d["id"] + ".pdf")
    size = os.path.getsize(pdf_path)
    if size >= 150 * 1024:
        err(f"{d['id']}: pdf too large ({size})")
    full, col = page_texts(pdf_path)
    if d["pages"] != len(full):
        err(f"{d['id']}: pages {d['pages']} != {len(full)}")
    afs = g["afspraken"]
    if len(afs) < 25:
        err(f"{d['id']}: only {len(afs)} afspraken")
    keys = [a["key"] for a in afs]
    if len(keys) != len(set(keys)):
        err(f"{d['id']}: duplicate keys")
    nums = [a["number"] for a in afs]
    if nums != [f"Actie {i + 1}" for i in range(len(afs))]:
        err(f"{d['id']}: numbering not consecutive")
    themes = collections.Counter()
    for a in afs:
        t = a["text"]
        if t[:1].isdigit():
            err(f"{d['id']} {a['key']}: text starts with a digit")
        if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
            err(f"{d['id']} {a['key']}: bad theme")
        themes[a["theme"]] += 1
        p = a["page"]
        col_txt = norm_join(col[p - 1] + ("\n" + col[p] if p < len(col) else ""))
        if norm_join(t) not in col_txt:
            err(f"{d['id']} {a['key']}: text not found on page {p} (Omschrijving column)")
        full_p = norm_join(full[p - 1])
        if a["number"] not in full_p:
            err(f"{d['id']} {a['key']}: number {a['number']} not on page {p}")
        full_pp = norm_join(full[p - 1] + ("\n" + full[p] if p < len(full) else ""))
        for fld in (a["trekker"], a["planning"], a["attributes"]["status"]):
            for w in fld.replace(",", " ").split():
                if w not in full_pp:
                    err(f"{d['id']} {a['key']}: attribute word {w!r} not on page")
        fr = a["frame"]
        if fr["modality"] not in ("firm", "intent", "explore", "discuss"):
            err(f"{d['id']} {a['key']}: modality")
        if not set(fr["actors"]) <= {"gemeente", "corporatie", "huurdersorganisatie", "partijen", "other"}:
            err(f"{d['id']} {a['key']}: actors")
        if fr["deadline"] and fr["deadline"]["text"] not in t:
            err(f"{d['id']} {a['key']}: deadline text {fr['deadline']['text']!r} not in text")
        if fr["deadline"] and str(fr["deadline"]["year"]) not in fr["deadline"]["text"]:
            err(f"{d['id']} {a['key']}: deadline year not in deadline text")
        for c in fr["conditions"]:
            if c not in t:
                err(f"{d['id']} {a['key']}: condition {c!r} not in text")
    print(f"{d['id']}: {d['pages']} pages, {size} bytes, {len(afs)} afspraken, themes {dict(themes)}")
    return g


def check_pair(path, golds):
    p = json.load(open(path, encoding="utf-8"))
    old = golds[p["old"]]
    new = golds[p["new"]]
    ok = collections.Counter(a["key"] for a in old["afspraken"])
    nk = collections.Counter(a["key"] for a in new["afspraken"])
    seen_o, seen_n = collections.Counter(), collections.Counter()
    told = {a["key"]: a["text"] for a in old["afspraken"]}
    tnew = {a["key"]: a["text"] for a in new["afspraken"]}
    st = collections.Counter()
    kinds = collections.Counter()
    hns = collections.Counter()
    for lk in p["links"]:
        s = lk["status"]
        if s not in STATUSES:
            err(f"{path}: bad status {s}")
        st[s] += 1
        if lk["old"] is not None:
            seen_o[lk["old"]] += 1
        if lk["new"] is not None:
            seen_n[lk["new"]] += 1
        if s == "new" and lk["old"] is not None or s == "dropped" and lk["new"] is not None:
            err(f"{path}: new/dropped with both sides {lk}")
        if s not in ("new", "dropped") and (lk["old"] is None or lk["new"] is None):
            err(f"{path}: missing side {lk}")
        if s == "unchanged" and told[lk["old"]] != tnew[lk["new"]]:
            err(f"{path}: unchanged but text differs {lk}")
        if s not in ("unchanged", "new", "dropped") and told[lk["old"]] == tnew[lk["new"]]:
            err(f"{path}: {s} but identical text {lk}")
        if s in ("weakened", "strengthened", "modified"):
            if not lk["kinds"] or not set(lk["kinds"]) <= KINDS:
                err(f"{path}: kinds missing/bad {lk}")
        elif lk["kinds"]:
            err(f"{path}: kinds on {s} {lk}")
        if lk["hard_negative"] not in HN or (lk["hard_negative"] and s != "reworded"):
            err(f"{path}: bad hard_negative {lk}")
        for k in lk["kinds"]:
            kinds[k] += 1
        if lk["hard_negative"]:
            hns[lk["hard_negative"]] += 1
    if seen_o != ok or seen_n != nk:
        err(f"{path}: coverage mismatch")
    changed = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in req.items():
        if st[k] < v:
            err(f"{path}: only {st[k]} {k}")
    if changed < 22:
        err(f"{path}: only {changed} non-unchanged links")
    if st["modified"] > 1:
        err(f"{path}: more than one modified")
    if st["unchanged"] < 1:
        err(f"{path}: no unchanged links")
    print(f"{os.path.basename(path)}: {len(p['links'])} links, non-unchanged {changed}; statuses {dict(st)}; "
          f"kinds {dict(kinds)}; hard negatives {dict(hns)}")
    return hns


def main():
    golds = {}
    for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
        g = check_doc(gp)
        golds[g["document"]["id"]] = g
    if len(golds) != 3:
        err(f"expected 3 documents, found {len(golds)}")
    allhn = collections.Counter()
    for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__" + FAMILY + "-*.json"))):
        allhn += check_pair(pp, golds)
    for h in HN - {None}:
        if not allhn[h]:
            err(f"hard negative {h} never used")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
