# -*- coding: utf-8 -*-
"""Self-check of the reigerswaal family (run from /work/main): texts on their pages (per column, since the
afsprakenlijst is a printed spreadsheet), side fields in their columns, pair coverage, determinism."""
import collections
import glob
import hashlib
import json
import os
import re
import subprocess
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402

OUT = build.OUT
FAMILY = build.FAMILY


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def column_texts(page, cols):
    """Text per spreadsheet column (A, B, ...) of one page."""
    out = []
    x = build.ML + build.RH_W
    for _, w in cols:
        crop = page.crop((x + 0.5, 0, x + w - 0.5, page.height))
        out.append(norm(crop.extract_text() or ""))
        x += w
    return out


def digest(paths):
    return {p: hashlib.sha256(open(p, "rb").read()).hexdigest() for p in paths}


ok = True
docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    is_bod = g["document"]["type"] == "bod"
    cols = build.BOD_COLS if is_bod else build.AGR_COLS
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as p:
        pages = [column_texts(pg, cols) for pg in p.pages]
        full = [norm(pg.extract_text() or "") for pg in p.pages]
    if len(pages) != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, len(pages), size)
        ok = False
    for i, f in enumerate(full, 1):
        if "Pagina %d van %d" % (i, len(full)) not in f or "Blad1" not in f:
            print("FOOTER MISSING", did, i)
            ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        colt = pages[pg - 1]
        if t not in colt[build.TEXT_COL]:
            print("TEXT NOT FOUND", did, a["key"], pg)
            ok = False
        if a["number"] not in colt[0].split(" "):
            print("NUMBER NOT FOUND", did, a["key"], a["number"])
            ok = False
        if not is_bod:
            for j, fld in ((3, a["trekker"]), (4, a["planning"])):
                if norm(fld) not in colt[j]:
                    print("FIELD NOT FOUND", did, a["key"], fld)
                    ok = False
            if "opmerking" in a["attributes"] and norm(a["attributes"]["opmerking"]) not in colt[5]:
                print("OPMERKING NOT FOUND", did, a["key"])
                ok = False
        elif "voorwaarde" in a["attributes"] and norm(a["attributes"]["voorwaarde"]) not in colt[3]:
            print("VOORWAARDE NOT FOUND", did, a["key"])
            ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0]:
            print("THEME MISMATCH", did, a["key"])
            ok = False
        if a["frame"]["modality"] not in ("firm", "intent", "explore", "discuss"):
            print("BAD MODALITY", did, a["key"])
            ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if n < 25:
        print("TOO FEW AFSPRAKEN", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, len(pages), n, size // 1024, dict(themes)))

if len(docs) != 3:
    print("EXPECTED 3 DOCUMENTS, GOT", sorted(docs))
    ok = False

npairs = 0
for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json"))):
    npairs += 1
    pr = json.load(open(pp, encoding="utf-8"))
    old = [a["key"] for a in docs[pr["old"]]["afspraken"]]
    new = [a["key"] for a in docs[pr["new"]]["afspraken"]]
    seen_o = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    seen_n = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    if sorted(seen_o) != sorted(old) or any(v != 1 for v in seen_o.values()):
        print("OLD COVERAGE ERROR", pp)
        ok = False
    if sorted(seen_n) != sorted(new) or any(v != 1 for v in seen_n.values()):
        print("NEW COVERAGE ERROR", pp)
        ok = False
    otext = {a["key"]: a["text"] for a in docs[pr["old"]]["afspraken"]}
    ntext = {a["key"]: a["text"] for a in docs[pr["new"]]["afspraken"]}
    st = collections.Counter()
    kinds = collections.Counter()
    hns = collections.Counter()
    for l in pr["links"]:
        s = l["status"]
        st[s] += 1
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            print("BAD NEW/DROPPED", l)
            ok = False
        if l["old"] and l["new"]:
            same = otext[l["old"]] == ntext[l["new"]]
            if (s == "unchanged") != same:
                print("UNCHANGED MISMATCH", l)
                ok = False
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            print("NO KINDS", l)
            ok = False
        if s not in ("reworded", "unchanged") and l["hard_negative"]:
            print("HARD NEGATIVE ON NON-REWORDED", l)
            ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    if nonun < 22 or st["unchanged"] < 1 or st["modified"] > 1:
        print("PAIR COUNTS", pp, nonun, st["unchanged"], st["modified"])
        ok = False
    print("%s__%s: %d links; non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), nonun, dict(st), dict(kinds), dict(hns)))
if npairs != 2:
    print("EXPECTED 2 PAIRS, GOT", npairs)
    ok = False

# determinism: rebuild twice and compare every output byte for byte
outs = sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf")) +
              glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json")) +
              glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json")))
before = digest(outs)
for run in (1, 2):
    subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
    after = digest(outs)
    if after != before:
        print("BUILD NOT DETERMINISTIC (run %d):" % run, [p for p in outs if after[p] != before[p]])
        ok = False
print("determinism: %d files compared over 2 rebuilds" % len(outs))

print("OK" if ok else "FAILED")
