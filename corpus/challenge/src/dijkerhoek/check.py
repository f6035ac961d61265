# -*- coding: utf-8 -*-
"""Self-check for the 'dijkerhoek' family. Run from /work/main:
    .venv/bin/python corpus/challenge/src/dijkerhoek/check.py
"""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build as B  # noqa: E402  (only for constants: OUT, FAMILY, COLW, LM)
import content as C  # noqa: E402

OUT, FAM = B.OUT, B.FAMILY
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODS = {"firm", "intent", "explore", "discuss"}
ACTORS = {"gemeente", "corporatie", "huurdersorganisatie", "partijen", "other"}
STAT = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HN = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}
errors = []


def err(msg):
    errors.append(msg)


def norm(t, drop_hyphen=False):
    t = t.replace("-\n", "" if drop_hyphen else "-")
    return re.sub(r"\s+", " ", t).strip()


def page_texts(pdf):
    full, col = [], []
    x0 = B.LM + B.COLW[0]
    x1 = x0 + B.COLW[1]
    for p in pdf.pages:
        full.append(p.extract_text() or "")
        if p.width > p.height:  # landscape annex: the "Wat spreken we af" column, without header/footer band
            c = p.crop((x0, 34, x1, p.height - 34))
            t = c.extract_text() or ""
            t = re.sub(r"^Wat spreken we af\s*", "", t)
            col.append(t)
        else:
            col.append(full[-1])
    return full, col


def found(text, pages, i):
    for drop in (False, True):
        nt = norm(text, drop)
        one = norm(pages[i], drop)
        if nt in one:
            return True
        if i + 1 < len(pages):
            two = norm(pages[i] + "\n" + pages[i + 1], drop)
            if nt in two:
                return True
    return False


def check_doc(doc_id):
    path_pdf = os.path.join(OUT, "pdf", doc_id + ".pdf")
    gold = json.load(open(os.path.join(OUT, "gold", doc_id + ".json"), encoding="utf-8"))
    size = os.path.getsize(path_pdf)
    if size >= 150 * 1024:
        err(f"{doc_id}: PDF too large ({size})")
    with pdfplumber.open(path_pdf) as pdf:
        npages = len(pdf.pages)
        full, col = page_texts(pdf)
        nr_cols = []
        for p in pdf.pages:
            if p.width > p.height:
                nr_cols.append(p.crop((B.LM, 34, B.LM + B.COLW[0], p.height - 34)).extract_text() or "")
            else:
                nr_cols.append("")
    d = gold["document"]
    if d["pages"] != npages:
        err(f"{doc_id}: pages {d['pages']} != {npages}")
    keys = set()
    split_rows = 0
    for a in gold["afspraken"]:
        k = a["key"]
        if k in keys:
            err(f"{doc_id}: duplicate key {k}")
        keys.add(k)
        if a["text"][:1].isdigit():
            err(f"{doc_id}/{k}: text starts with a digit")
        if not re.fullmatch(r"\d\.\d\.\d+", a["number"] or ""):
            err(f"{doc_id}/{k}: bad number {a['number']}")
        if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
            err(f"{doc_id}/{k}: theme fields")
        fr = a["frame"]
        if fr["modality"] not in MODS or not set(fr["actors"]) <= ACTORS or not fr["actors"]:
            err(f"{doc_id}/{k}: frame fields")
        for q in fr["quantities"]:
            if q["comparator"] not in {"min", "max", "approx", "exact", "range"}:
                err(f"{doc_id}/{k}: comparator")
        pg = a["page"] - 1
        if not (0 <= pg < npages):
            err(f"{doc_id}/{k}: page out of range")
            continue
        ok = found(a["text"], full, pg) or found(a["text"], col, pg)
        if not ok:
            err(f"{doc_id}/{k}: text not found on page {a['page']} (+1)")
        # starts on its page: first words present, number present in the Nr column of that page
        head = " ".join(a["text"].split()[:4])
        if head not in norm(col[pg]):
            err(f"{doc_id}/{k}: start not on page {a['page']}")
        if a["number"] not in nr_cols[pg].split():
            err(f"{doc_id}/{k}: number {a['number']} not in Nr column of page {a['page']}")
        if not found(a["text"], col[pg:pg + 1], 0):
            split_rows += 1
    return gold, split_rows


def main():
    golds = {}
    print("documents:")
    for y in C.YEARS:
        did = f"{FAM}-{y}"
        g, split = check_doc(did)
        golds[did] = g
        th = collections.Counter(a["theme"] for a in g["afspraken"])
        mods = collections.Counter(a["frame"]["modality"] for a in g["afspraken"])
        annex_pages = sorted({a["page"] for a in g["afspraken"]})
        print(f"  {did}: {g['document']['pages']} pages, {len(g['afspraken'])} afspraken, annex pages "
              f"{annex_pages[0]}-{annex_pages[-1]}, rows split over a page break: {split}")
        print(f"    themes {dict(th)}")
        print(f"    modality {dict(mods)}")
    print("pairs:")
    for y0, y1 in zip(C.YEARS, C.YEARS[1:]):
        o, n = f"{FAM}-{y0}", f"{FAM}-{y1}"
        pair = json.load(open(os.path.join(OUT, "gold", "pairs", f"{o}__{n}.json"), encoding="utf-8"))
        ko = collections.Counter(l["old"] for l in pair["links"] if l["old"])
        kn = collections.Counter(l["new"] for l in pair["links"] if l["new"])
        go = {a["key"]: a for a in golds[o]["afspraken"]}
        gn = {a["key"]: a for a in golds[n]["afspraken"]}
        if set(ko) != set(go) or any(v != 1 for v in ko.values()):
            err(f"{o}__{n}: old coverage")
        if set(kn) != set(gn) or any(v != 1 for v in kn.values()):
            err(f"{o}__{n}: new coverage")
        st = collections.Counter()
        kinds = collections.Counter()
        hns = collections.Counter()
        for l in pair["links"]:
            s = l["status"]
            st[s] += 1
            if s not in STAT or l["hard_negative"] not in HN or not set(l["kinds"]) <= KINDS:
                err(f"{o}__{n}: bad link {l}")
            if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
                err(f"{o}__{n}: new/dropped shape {l}")
            if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
                err(f"{o}__{n}: no kinds {l}")
            if s == "modified" and len(l["kinds"]) < 2:
                err(f"{o}__{n}: modified needs two kinds {l}")
            if l["old"] and l["new"]:
                same = go[l["old"]]["text"] == gn[l["new"]]["text"]
                if same != (s == "unchanged"):
                    err(f"{o}__{n}: unchanged iff identical text violated for {l['old']}")
            for kd in l["kinds"]:
                kinds[kd] += 1
            if l["hard_negative"]:
                hns[l["hard_negative"]] += 1
        nonu = sum(v for k, v in st.items() if k != "unchanged")
        need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 1}
        for k, v in need.items():
            if st[k] < v:
                err(f"{o}__{n}: {k} {st[k]} < {v}")
        if nonu < 22:
            err(f"{o}__{n}: only {nonu} non-unchanged links")
        if st["modified"] > 1:
            err(f"{o}__{n}: more than one modified")
        print(f"  {o}__{n}: {len(pair['links'])} links, non-unchanged {nonu}")
        print(f"    status {dict(sorted(st.items()))}")
        print(f"    kinds {dict(sorted(kinds.items()))}")
        print(f"    hard_negative {dict(sorted(hns.items()))}")
    if errors:
        print("FAIL")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
