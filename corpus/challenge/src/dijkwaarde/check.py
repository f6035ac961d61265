# -*- coding: utf-8 -*-
"""Self-check of the dijkwaarde family (run from anywhere).

- every gold text is on its gold page (pdfplumber text, whitespace/hyphen-insensitive). On the turned pages the
  text runs bottom-to-top, so the Afspraak column is cropped and read with line_dir_rotated="ltr",
  char_dir_rotated="btt"; upright pages are read normally. Numbers are checked in the Nr column.
- turned pages are portrait pages without a /Rotate entry;
- the pair covers every afspraak of both documents exactly once, statuses are consistent with the texts;
- building twice gives byte-identical PDFs and gold.
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
sys.path.insert(0, HERE)
import build as B  # noqa: E402  (layout constants only)

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "dijkwaarde"
ROT = dict(line_dir_rotated="ltr", char_dir_rotated="btt")


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def band(page, col):
    """Text of one table column on a turned page (landscape x range -> portrait y range)."""
    x = B.COLX[col]
    w = B.COLS[col][1]
    top = B.H - (x + w)
    bottom = B.H - x
    crop = page.within_bbox((0, top, B.W, bottom))
    return norm(crop.extract_text(**ROT) or "")


def digest():
    h = {}
    for p in sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf")) +
                    glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json")) +
                    glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json"))):
        h[p] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return h


ok = True
before = digest()
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
after = digest()
if before != after or not after:
    print("BUILD NOT DETERMINISTIC (or no output)")
    ok = False

docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    raw = open(pdfp, "rb").read()
    if b"/Rotate" in raw:
        print("ROTATE ENTRY FOUND", did)
        ok = False
    with pdfplumber.open(pdfp) as p:
        turned = []
        upright_txt = []
        afs_txt = []
        nr_txt = []
        for pg in p.pages:
            if pg.rotation != 0 or pg.width > pg.height:
                print("PAGE NOT PORTRAIT", did, pg.page_number)
                ok = False
            is_turned = any(not c["upright"] for c in pg.chars)
            turned.append(is_turned)
            txt = pg.extract_text() or ""
            txt = "\n".join(ln for ln in txt.split("\n") if not re.search(r"pagina \d+ van \d+$", ln))
            upright_txt.append(norm(txt))
            afs_txt.append(band(pg, 1) if is_turned else "")
            nr_txt.append(band(pg, 0) if is_turned else "")
        npages = len(p.pages)
    if npages != g["document"]["pages"] or size > 150 * 1024:
        print("PAGES/SIZE MISMATCH", did, npages, size)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    for a in g["afspraken"]:
        t = norm(a["text"])
        pg = a["page"]
        if g["document"]["type"] == "prestatieafspraken":
            if not turned[pg - 1]:
                print("AFSPRAAK NOT ON A TURNED PAGE", did, a["key"], pg)
                ok = False
            hay = afs_txt[pg - 1]
            if a["number"] not in nr_txt[pg - 1].split(" "):
                print("NUMBER NOT FOUND", did, a["key"], a["number"], pg)
                ok = False
        else:
            hay = upright_txt[pg - 1] + (" " + upright_txt[pg] if pg < npages else "")
        if t.replace("-", "") not in hay.replace("-", ""):
            print("TEXT NOT FOUND", did, a["key"], pg)
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
    if g["document"]["type"] == "prestatieafspraken" and not (25 <= n <= 35):
        print("AFSPRAKEN COUNT OUT OF RANGE", did, n)
        ok = False
    print("%s: %d pages (%d turned), %d afspraken, %d KB, themes %s"
          % (did, npages, sum(turned), n, size // 1024, dict(themes)))

# kennisgeving keys must exist in the agreement of its year
for did, g in docs.items():
    if g["document"]["type"] == "kennisgeving":
        agr = docs.get("%s-%d" % (FAMILY, g["document"]["year"]))
        ak = {a["key"] for a in agr["afspraken"]} if agr else set()
        for a in g["afspraken"]:
            if a["key"] not in ak:
                print("KENNISGEVING KEY NOT IN AGREEMENT", a["key"])
                ok = False

pairs = sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json")))
if not pairs:
    print("NO PAIRS")
    ok = False
for pp in pairs:
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
            kinds[(s, k)] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
        if s not in ("unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"):
            print("BAD STATUS", l)
            ok = False
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
            print("KINDS ON NON-CHANGE", l)
            ok = False
        if l["hard_negative"] and s not in ("reworded", "unchanged"):
            print("HARD NEGATIVE ON CHANGE", l)
            ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 1}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    if nonun < 22:
        print("PAIR COUNTS", pp, nonun)
        ok = False
    print("%s__%s: links %d, non-unchanged %d; statuses %s" % (pr["old"], pr["new"], len(pr["links"]), nonun,
                                                               dict(st)))
    print("  kinds %s" % dict(sorted(("%s/%s" % k, v) for k, v in kinds.items())))
    print("  hard negatives %s" % dict(hns))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
