# -*- coding: utf-8 -*-
"""Self-check of the Sluisdam family: gold texts against the PDF text, pair coverage and pair counts.

Run from /work/main:  .venv/bin/python corpus/challenge/src/sluisdam/check.py
"""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "sluisdam"
YEARS = (2023, 2024, 2025)
MM = 72 / 25.4
# body area without running header and footer (pdfplumber: top-left origin)
CROP_TOP, CROP_BOTTOM = 24 * MM, 297 * MM - 17 * MM

THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HNEG = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}
MODALITIES = {"firm", "intent", "explore", "discuss"}
ACTORS = {"gemeente", "corporatie", "huurdersorganisatie", "partijen", "other"}
MINIMA = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}

errors = []


def err(msg):
    errors.append(msg)


def norm_variants(txt):
    """Whitespace-normalised page text; a hyphen at a line end joined with the next line (two readings)."""
    keep = re.sub(r"-\n(?=\S)", "-", txt)
    drop = re.sub(r"(?<=\w)-\n(?=\w)", "", txt)
    return [re.sub(r"\s+", " ", t).strip() for t in (keep, drop)]


def page_texts(path):
    with pdfplumber.open(path) as pdf:
        out = []
        for p in pdf.pages:
            body = p.crop((0, CROP_TOP, p.width, CROP_BOTTOM))
            out.append(body.extract_text() or "")
        return out


def check_doc(year):
    doc_id = f"{FAMILY}-{year}"
    pdf_path = os.path.join(OUT, "pdf", f"{doc_id}.pdf")
    gold = json.load(open(os.path.join(OUT, "gold", f"{doc_id}.json"), encoding="utf-8"))
    size = os.path.getsize(pdf_path)
    if size >= 150 * 1024:
        err(f"{doc_id}: pdf too large ({size} bytes)")
    texts = page_texts(pdf_path)
    d = gold["document"]
    if d["pages"] != len(texts):
        err(f"{doc_id}: pages {d['pages']} != {len(texts)}")
    if d["id"] != doc_id or d["family"] != FAMILY or d["year"] != year:
        err(f"{doc_id}: document header mismatch")
    afs = gold["afspraken"]
    if len(afs) < 25:
        err(f"{doc_id}: only {len(afs)} afspraken")
    keys = [a["key"] for a in afs]
    if len(set(keys)) != len(keys):
        err(f"{doc_id}: duplicate keys")
    last_page = 0
    spill = 0
    for a in afs:
        t = re.sub(r"\s+", " ", a["text"]).strip()
        if t[:1].isdigit():
            err(f"{doc_id}/{a['key']}: text starts with a digit")
        if a["number"] is not None:
            err(f"{doc_id}/{a['key']}: number should be null")
        if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
            err(f"{doc_id}/{a['key']}: bad theme(s)")
        fr = a["frame"]
        if fr["modality"] not in MODALITIES or not set(fr["actors"]) <= ACTORS or not fr["actors"]:
            err(f"{doc_id}/{a['key']}: bad frame")
        p = a["page"]
        if p < last_page:
            err(f"{doc_id}/{a['key']}: page order")
        last_page = p
        one = norm_variants(texts[p - 1])
        if any(t in v for v in one):
            continue
        two = norm_variants(texts[p - 1] + "\n" + (texts[p] if p < len(texts) else ""))
        if any(t in v for v in two):
            spill += 1
            continue
        err(f"{doc_id}/{a['key']}: text not found on page {p}: {t[:70]}...")
    themes = collections.Counter(a["theme"] for a in afs)
    print(f"{doc_id}: {d['pages']} pages, {size // 1024} KB, {len(afs)} afspraken "
          f"({spill} running over a page break); themes {dict(themes)}")
    return {a["key"]: a for a in afs}


def check_pair(y0, y1, docs):
    old_id, new_id = f"{FAMILY}-{y0}", f"{FAMILY}-{y1}"
    pair = json.load(open(os.path.join(OUT, "gold", "pairs", f"{old_id}__{new_id}.json"), encoding="utf-8"))
    if pair["old"] != old_id or pair["new"] != new_id:
        err(f"pair {old_id}: ids")
    old, new = docs[y0], docs[y1]
    seen_old = collections.Counter(l["old"] for l in pair["links"] if l["old"] is not None)
    seen_new = collections.Counter(l["new"] for l in pair["links"] if l["new"] is not None)
    if set(seen_old) != set(old) or any(c != 1 for c in seen_old.values()):
        err(f"pair {old_id}: old coverage {set(old) ^ set(seen_old)} {[k for k, c in seen_old.items() if c != 1]}")
    if set(seen_new) != set(new) or any(c != 1 for c in seen_new.values()):
        err(f"pair {old_id}: new coverage {set(new) ^ set(seen_new)} {[k for k, c in seen_new.items() if c != 1]}")
    st = collections.Counter()
    kinds = collections.Counter()
    hn = collections.Counter()
    for l in pair["links"]:
        s = l["status"]
        st[s] += 1
        tag = f"pair {old_id}: {l['old']}->{l['new']}"
        if s not in STATUSES or l["hard_negative"] not in HNEG or not set(l["kinds"]) <= KINDS:
            err(f"{tag}: bad values")
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            err(f"{tag}: new/dropped shape")
        if s not in ("new", "dropped") and (l["old"] is None or l["new"] is None):
            err(f"{tag}: missing side")
        if s in ("weakened", "strengthened", "modified"):
            if not l["kinds"]:
                err(f"{tag}: kinds missing")
            if s == "modified" and len(l["kinds"]) < 2:
                err(f"{tag}: modified needs two kinds")
        elif l["kinds"]:
            err(f"{tag}: kinds on {s}")
        if l["hard_negative"] and s != "reworded":
            err(f"{tag}: hard negative on {s}")
        if l["old"] and l["new"]:
            same = old[l["old"]]["text"] == new[l["new"]]["text"]
            if (s == "unchanged") != same:
                err(f"{tag}: unchanged <-> identical text mismatch")
        for k in l["kinds"]:
            kinds[(s, k)] += 1
        if l["hard_negative"]:
            hn[l["hard_negative"]] += 1
    non_unchanged = sum(c for s, c in st.items() if s != "unchanged")
    if non_unchanged < 22:
        err(f"pair {old_id}: only {non_unchanged} non-unchanged links")
    for s, m in MINIMA.items():
        if st[s] < m:
            err(f"pair {old_id}: {s} {st[s]} < {m}")
    if st["modified"] > 1:
        err(f"pair {old_id}: more than one modified")
    print(f"pair {old_id}__{new_id}: {len(pair['links'])} links, {non_unchanged} not unchanged")
    print("   statuses:", dict(sorted(st.items())))
    print("   kinds:", {f"{s}:{k}": c for (s, k), c in sorted(kinds.items())})
    print("   hard negatives:", dict(sorted(hn.items())))
    return hn, kinds


def main():
    docs = {y: check_doc(y) for y in YEARS}
    all_hn, all_kinds = collections.Counter(), collections.Counter()
    for y0, y1 in zip(YEARS, YEARS[1:]):
        hn, kinds = check_pair(y0, y1, docs)
        all_hn.update(hn)
        all_kinds.update(kinds)
    for h in HNEG - {None}:
        if not all_hn[h]:
            err(f"hard negative {h} never used")
    for s in ("weakened", "strengthened"):
        for k in KINDS:
            if not all_kinds[(s, k)] and not (s == "strengthened" and k == "label"):
                print(f"   note: no {s} link of kind {k}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
