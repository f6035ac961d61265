# -*- coding: utf-8 -*-
"""Self-check of the lindegracht family (run from /work/main).

- every gold text is found on its gold page: inside one of the rounded boxes of the routekaart
  (pdfplumber text of the box area, whitespace/hyphen-insensitive), and the box's corner tag
  matches the gold trekker; the box's quarter column matches the gold planning;
- keys unique, theme == themes[0], numbers null;
- pairs cover every afspraak of both documents exactly once, unchanged <=> identical text;
- build.py is deterministic (a rebuild gives byte-identical PDFs and gold).
"""
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
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "lindegracht"
sys.path.insert(0, HERE)
import content as C  # noqa: E402

TAG_OF = {v: k for k, v in C.TAGS.items()}


def norm(s):
    """Whitespace-insensitive form; a line-end hyphen joins the parts ("E-,\nF-\nof" == "E-, F- of")."""
    return re.sub(r"\s+", "", s)


def boxes_on(page):
    """Rounded boxes: curve objects of box size; returns (bbox, text) in the PDF."""
    out = []
    for obj in page.curves + page.rects:
        x0, top, x1, bottom = obj["x0"], obj["top"], obj["x1"], obj["bottom"]
        if 60 < x1 - x0 < 400 and 15 < bottom - top < 300:
            crop = page.crop((x0 - 0.5, top - 0.5, x1 + 0.5, bottom + 0.5))
            raw = (crop.extract_text() or "").strip()
            out.append(((x0, top, x1, bottom), norm(raw), raw.split("\n")[-1].strip()))
    return out


def axis(page):
    """Column label -> x-centre from the axis row words (Q1 2025 ... Later)."""
    words = page.extract_words()
    cols = {}
    for i, w in enumerate(words):
        if re.fullmatch(r"Q[1-4]", w["text"]) and i + 1 < len(words):
            cols["%s %s" % (w["text"], words[i + 1]["text"])] = (w["x0"] + words[i + 1]["x1"]) / 2
        if w["text"] == "Later" and w["top"] < 120:
            cols["Later"] = (w["x0"] + w["x1"]) / 2
    return cols


def hashes():
    fs = sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf"))
                + glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))
                + glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json")))
    return {f: hashlib.sha256(open(f, "rb").read()).hexdigest() for f in fs}


ok = True
before = hashes()
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
after = hashes()
if before != after or not before:
    print("BUILD NOT DETERMINISTIC (or nothing built before the check)")
    ok = False

docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    with pdfplumber.open(pdfp) as p:
        npages = len(p.pages)
        pboxes = {i + 1: boxes_on(pg) for i, pg in enumerate(p.pages)}
        paxis = {i + 1: axis(pg) for i, pg in enumerate(p.pages)}
        ptext = {i + 1: norm(pg.extract_text() or "") for i, pg in enumerate(p.pages)}
    if npages != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, npages, size)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    used = set()
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        hits = [(bb, bt, tg) for bb, bt, tg in pboxes[pg] if t in bt and (pg, bb) not in used]
        hits.sort(key=lambda h: len(h[1]))
        if not hits:
            print("TEXT NOT FOUND IN A BOX", did, a["key"], pg)
            ok = False
            continue
        bb, bt, tag = hits[0]
        used.add((pg, bb))
        if bt != t + norm(tag):
            print("BOX HOLDS MORE THAN TEXT + TAG", did, a["key"])
            ok = False
        if tag != TAG_OF[a["trekker"]]:
            print("TAG MISMATCH", did, a["key"], repr(tag), a["trekker"])
            ok = False
        # planning: the axis column whose centre lies within the box's right half column
        cols = paxis[pg]
        right = bb[2]
        col = min(cols, key=lambda k: abs((cols[k]) - (right - (cols.get("Q2 %d" % g["document"]["year"], 0)
                                                               - cols.get("Q1 %d" % g["document"]["year"], 0)) / 2)))
        if col != a["planning"]:
            print("PLANNING MISMATCH", did, a["key"], col, a["planning"])
            ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0] or a["number"] is not None:
            print("THEME/NUMBER MISMATCH", did, a["key"])
            ok = False
        if not a["section"].startswith("Routekaart %d > " % g["document"]["year"]):
            print("SECTION", did, a["key"])
            ok = False
        themes[a["theme"]] += 1
    # every box on the routekaart is an afspraak in gold
    nboxes = sum(1 for pg in pboxes for bb, bt, tg in pboxes[pg] if "Routekaart" in ptext[pg] and bt and len(bt) > 40)
    if nboxes != len(g["afspraken"]):
        print("BOX COUNT", did, nboxes, len(g["afspraken"]))
        ok = False
    n = len(g["afspraken"])
    if n < 25:
        print("TOO FEW AFSPRAKEN", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, %d KB, themes %s" % (did, npages, n, size // 1024, dict(themes)))

for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json"))):
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
    st, kinds, hns = collections.Counter(), collections.Counter(), collections.Counter()
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
        if s not in ("weakened", "strengthened", "modified") and l["kinds"]:
            print("KINDS ON", s, l)
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
    print("%s__%s: non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], nonun, dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
