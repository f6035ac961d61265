# -*- coding: utf-8 -*-
"""Self-check of the kwartelveen family (texts on their pages, pair coverage, pair counts)."""
import collections
import json
import os
import re
import sys

import pdfplumber

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAMILY = "kwartelveen"
SEP_SIZES = {7.2, 7.5, 13.0, 30.0, 22.0, 12.0}  # footnotes, header/footer, chapter headings, cover


def norm(t, join_hyphen):
    if join_hyphen:
        t = re.sub(r"-\n(?=\S)", "-", t)
        t = re.sub(r"(\w)-(\w)", r"\1\2", t) if join_hyphen == 2 else t
    return " ".join(t.split())


def page_text(page, kg):
    """Reading-order text of a page: regions between full-width bands, left column then right."""
    if kg:
        return page.crop((56 + 110, 0, page.width, page.height)).extract_text()
    mid = page.width / 2
    chars = page.chars
    bands = []
    for ch in chars:
        if round(ch["size"], 1) in SEP_SIZES:
            bands.append((ch["top"], ch["bottom"]))
    bands.sort()
    merged = []
    for b in bands:
        if merged and b[0] <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b[1]))
        else:
            merged.append(b)

    def region(ch):
        return sum(1 for b in merged if b[1] <= ch["top"] + 0.5)

    body = [ch for ch in chars if round(ch["size"], 1) not in SEP_SIZES]
    keys = sorted({(region(ch), 0 if ch["x0"] < mid else 1) for ch in body})
    parts = []
    for k in keys:
        fp = page.filter(lambda o, k=k: o.get("object_type") == "char" and round(o["size"], 1) not in SEP_SIZES
                         and (region(o), 0 if o["x0"] < mid else 1) == k)
        parts.append(fp.extract_text())
    return "\n".join(parts)


def check_doc(doc_id):
    gold = json.load(open(os.path.join(OUT, "gold", doc_id + ".json"), encoding="utf-8"))
    errs = []
    kg = gold["document"]["type"] == "kennisgeving"
    with pdfplumber.open(os.path.join(OUT, "pdf", doc_id + ".pdf")) as pdf:
        assert len(pdf.pages) == gold["document"]["pages"], doc_id
        texts = [page_text(p, kg) for p in pdf.pages]
    for a in gold["afspraken"]:
        p = a["page"] - 1
        cand = [texts[p]] + ([texts[p] + "\n" + texts[p + 1]] if p + 1 < len(texts) else [])
        ok = any(norm(a["text"], 0) in norm(c, j) for c in cand for j in (0, 1))
        first = norm(a["text"], 0)[:40]
        if not ok:
            errs.append("%s %s: text not found on page %d" % (doc_id, a["key"], a["page"]))
        elif first not in norm(texts[p], 0) and first not in norm(texts[p], 1):
            errs.append("%s %s: start not on page %d" % (doc_id, a["key"], a["page"]))
        if a["text"][:1].isdigit():
            errs.append("%s %s: starts with digit" % (doc_id, a["key"]))
    keys = [a["key"] for a in gold["afspraken"]]
    if len(keys) != len(set(keys)):
        errs.append("%s: duplicate keys" % doc_id)
    th = collections.Counter(a["theme"] for a in gold["afspraken"])
    print("%-32s pages=%d afspraken=%d themes=%s" % (doc_id, gold["document"]["pages"], len(keys), dict(th)))
    return gold, errs


def check_pair(old, new, golds):
    pr = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (old, new)), encoding="utf-8"))
    errs = []
    ok = [a["key"] for a in golds[old]["afspraken"]]
    nk = [a["key"] for a in golds[new]["afspraken"]]
    lo = [l["old"] for l in pr["links"] if l["old"] is not None]
    ln = [l["new"] for l in pr["links"] if l["new"] is not None]
    if sorted(lo) != sorted(ok):
        errs.append("pair %s: old keys not covered exactly once" % old)
    if sorted(ln) != sorted(nk):
        errs.append("pair %s: new keys not covered exactly once" % new)
    ot = {a["key"]: a["text"] for a in golds[old]["afspraken"]}
    nt = {a["key"]: a["text"] for a in golds[new]["afspraken"]}
    st = collections.Counter(l["status"] for l in pr["links"])
    kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        if l["old"] and l["new"]:
            same = ot[l["old"]] == nt[l["new"]]
            if same != (l["status"] == "unchanged"):
                errs.append("pair %s: %s status %s vs identity %s" % (old, l["old"], l["status"], same))
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            errs.append("pair %s: %s lacks kinds" % (old, l["old"]))
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in need.items():
        if st[k] < v:
            errs.append("pair %s: only %d %s" % (old, st[k], k))
    if nonun < 22:
        errs.append("pair %s: only %d non-unchanged" % (old, nonun))
    if st["modified"] > 1:
        errs.append("pair %s: more than one modified" % old)
    print("%s -> %s: links=%d non-unchanged=%d statuses=%s kinds=%s hard_negatives=%s"
          % (old, new, len(pr["links"]), nonun, dict(st), dict(kinds), dict(hn)))
    return errs


def main():
    ids = ["%s-%d" % (FAMILY, y) for y in (2024, 2025, 2026)] + ["%s-kennisgeving-2026" % FAMILY]
    golds, errs = {}, []
    for d in ids:
        g, e = check_doc(d)
        golds[d] = g
        errs += e
        size = os.path.getsize(os.path.join(OUT, "pdf", d + ".pdf"))
        if size > 150000:
            errs.append("%s too large" % d)
    errs += check_pair(ids[0], ids[1], golds)
    errs += check_pair(ids[1], ids[2], golds)
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "FAILED (%d)" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
