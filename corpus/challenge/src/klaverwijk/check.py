# -*- coding: utf-8 -*-
"""Self-check for the klaverwijk family. Run from /work/main."""
import collections
import json
import os
import re
import sys

import pdfplumber

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAMILY = "klaverwijk"
DOCS = [f"{FAMILY}-{y}" for y in (2025, 2026, 2027)]
PAIRS = [(DOCS[0], DOCS[1]), (DOCS[1], DOCS[2])]


def norm(t):
    t = re.sub(r"-\n(?=\w)", "-", t)  # hyphen at line end: join with the next line
    return re.sub(r"\s+", " ", t).strip()


def page_texts(path):
    """Text per page; pages with drawn theme boxes are read box by box (left to right)."""
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            boxes = [r for r in p.rects if r["width"] > 150 and r["height"] > 60]
            parts = []
            if boxes:
                for r in sorted(boxes, key=lambda r: (round(r["x0"]), r["top"])):
                    parts.append(p.crop((r["x0"] - 1, r["top"] - 1, r["x1"] + 1, r["bottom"] + 1)).extract_text() or "")
            parts.append(p.extract_text() or "")
            out.append(norm("\n".join(parts)))
    return out


errors = []
golds = {}
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    golds[d] = g
    pdfp = os.path.join(OUT, "pdf", d + ".pdf")
    size = os.path.getsize(pdfp)
    if size > 150_000:
        errors.append(f"{d}: pdf too large {size}")
    texts = page_texts(pdfp)
    if len(texts) != g["document"]["pages"]:
        errors.append(f"{d}: pages {len(texts)} != gold {g['document']['pages']}")
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        errors.append(f"{d}: duplicate keys")
    themes = collections.Counter(a["theme"] for a in g["afspraken"])
    for a in g["afspraken"]:
        t = norm(a["text"])
        if re.match(r"\d", t):
            errors.append(f"{d}/{a['key']}: text starts with digit")
        pg = a["page"] - 1
        hay = texts[pg] + " " + (texts[pg + 1] if pg + 1 < len(texts) else "")
        if t not in hay:
            errors.append(f"{d}/{a['key']}: text not found on page {a['page']}")
        num_ok = re.search(r"(^| )" + re.escape(a["number"]) + " " + re.escape(t.split(" ")[0]), texts[pg])
        if not num_ok:
            errors.append(f"{d}/{a['key']}: number {a['number']} not before text")
    print(f"{d}: pages={g['document']['pages']} afspraken={len(keys)} size={size} themes={dict(themes)}")
    if len(keys) < 25:
        errors.append(f"{d}: fewer than 25 afspraken")

for o, n in PAIRS:
    p = json.load(open(os.path.join(OUT, "gold", "pairs", f"{o}__{n}.json"), encoding="utf-8"))
    ko = collections.Counter(l["old"] for l in p["links"] if l["old"])
    kn = collections.Counter(l["new"] for l in p["links"] if l["new"])
    go = {a["key"]: a for a in golds[o]["afspraken"]}
    gn = {a["key"]: a for a in golds[n]["afspraken"]}
    if set(ko) != set(go) or any(v != 1 for v in ko.values()):
        errors.append(f"{o}__{n}: old coverage wrong")
    if set(kn) != set(gn) or any(v != 1 for v in kn.values()):
        errors.append(f"{o}__{n}: new coverage wrong")
    st = collections.Counter(l["status"] for l in p["links"])
    kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
    for l in p["links"]:
        if l["status"] == "unchanged" and go[l["old"]]["text"] != gn[l["new"]]["text"]:
            errors.append(f"{o}__{n}: {l['old']} unchanged but text differs")
        if l["old"] and l["new"] and l["status"] != "unchanged" and go[l["old"]]["text"] == gn[l["new"]]["text"]:
            errors.append(f"{o}__{n}: {l['old']} identical text but {l['status']}")
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            errors.append(f"{o}__{n}: {l['old']} missing kinds")
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    print(f"{o} -> {n}: {dict(st)} non-unchanged={nonun}")
    print(f"   kinds={dict(kinds)} hard_negatives={dict(hn)}")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in need.items():
        if st[k] < v:
            errors.append(f"{o}__{n}: {k} {st[k]} < {v}")
    if nonun < 22:
        errors.append(f"{o}__{n}: non-unchanged {nonun} < 22")
    if st["unchanged"] < 1:
        errors.append(f"{o}__{n}: no unchanged")
    if st["modified"] > 1:
        errors.append(f"{o}__{n}: more than one modified")

if errors:
    print("ERRORS:")
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("OK")
