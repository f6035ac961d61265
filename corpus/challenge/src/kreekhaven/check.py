# -*- coding: utf-8 -*-
"""Self-check of the kreekhaven family (run from anywhere).

- every PDF sheet holds two A5 booklet pages in saddle-stitch imposition order (checked from the printed
  footer page numbers, independently of build.py);
- every gold text is found (pdfplumber text of the booklet pages, whitespace/hyphen-insensitive) starting on a
  booklet page that sits on the gold `page` (sheet), directly after its printed number, possibly running on to
  the next booklet page; afspraken are in reading order;
- pairs cover every afspraak of both documents exactly once and the statuses are consistent;
- build.py is deterministic (a second build into a temporary folder gives byte-identical PDFs and gold).
"""
import collections
import filecmp
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "kreekhaven"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
MODALITIES = {"firm", "intent", "explore", "discuss"}


def nows(s):
    return re.sub(r"\s+", "", s)


def nohyph(s):
    # drop a hyphen at a line end (word broken over two lines)
    return re.sub(r"-\n(?=\S)", "", s)


def expected_sheet(p, n):
    i = p - 1 if p <= n // 2 else n - p
    left = n - i if i % 2 == 0 else i + 1
    return i, 0 if p == left else 1


ok = True


def fail(*a):
    global ok
    ok = False
    print("FAIL", *a)


docs = {}
split_total = 0
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    size = os.path.getsize(pdfp)
    body = {}      # booklet page -> text of its body
    where = {}     # booklet page -> (sheet index, half)
    with pdfplumber.open(pdfp) as pdf:
        nsheets = len(pdf.pages)
        n = 2 * nsheets
        for si, pg in enumerate(pdf.pages):
            W, H = float(pg.width), float(pg.height)
            if W <= H:
                fail("sheet not landscape", did, si + 1)
            for half in (0, 1):
                x0, x1 = half * W / 2, (half + 1) * W / 2
                foot = pg.crop((x0 + 1, H - 38, x1 - 1, H - 1)).extract_text() or ""
                m = re.findall(r"(?<![\d.])(\d{1,2})(?![\d.])", foot)
                nums = [int(x) for x in m if 1 <= int(x) <= n]
                if nums:
                    # the page number is printed at the outer edge: first on left pages, last on right pages
                    bp = nums[0] if half == 0 else nums[-1]
                else:
                    bp = None
                txt = pg.crop((x0 + 1, 40, x1 - 1, H - 40)).extract_text() or ""
                if bp is None:
                    continue
                where[bp] = (si, half)
                body[bp] = txt
    for p in range(1, n + 1):
        exp = expected_sheet(p, n)
        if p in where and where[p] != exp:
            fail("imposition", did, p, where[p], exp)
        if p not in where and p not in (1, n):
            fail("page number not found", did, p)
    if nsheets != g["document"]["pages"] or size > 150 * 1024:
        fail("pages/size", did, nsheets, size)

    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        fail("duplicate keys", did)
    themes = collections.Counter()
    last_pos = (0, -1)
    splits = []
    for a in g["afspraken"]:
        t = nows(a["text"])
        num = a["number"] or ""
        found = None
        for bp in sorted(body):
            if where[bp][0] + 1 != a["page"]:
                continue
            for variant in (lambda s: s, nohyph):
                first = nows(variant(body[bp]))
                nxt = nows(variant(body.get(bp + 1, "")))
                joined = first + nxt
                idx = joined.find(nows(num) + t)
                if 0 <= idx < len(first):
                    found = (bp, idx)
                    if idx + len(nows(num) + t) > len(first):
                        splits.append((a["key"], bp, bp + 1, where[bp][0] + 1, where.get(bp + 1, (-1,))[0] + 1))
                    break
            if found:
                break
        if not found:
            fail("text not found on its sheet", did, a["key"], a["page"])
        elif found <= last_pos:
            fail("reading order", did, a["key"], found, last_pos)
        else:
            last_pos = found
        if a["text"][:1].isdigit():
            fail("starts with digit", did, a["key"])
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            fail("themes", did, a["key"])
        fr = a["frame"]
        if fr["modality"] not in MODALITIES:
            fail("modality", did, a["key"])
        for q in fr["quantities"]:
            if q["comparator"] not in ("min", "max", "exact", "range"):
                fail("comparator", did, a["key"])
        if fr["deadline"] and fr["deadline"]["text"].lower() not in a["text"].lower():
            fail("deadline text not in text", did, a["key"], fr["deadline"]["text"])
        for c in fr["conditions"]:
            if c.lower() not in a["text"].lower():
                fail("condition not in text", did, a["key"], c)
        themes[a["theme"]] += 1
    nA = len(g["afspraken"])
    if not 25 <= nA <= 40:
        fail("afspraken count", did, nA)
    if len(splits) < 2:
        fail("fewer than two afspraken run over a page break", did)
    split_total += len(splits)
    print("%s: %d sheets (%d booklet pages), %d afspraken, %d KB, themes %s"
          % (did, nsheets, n, nA, size // 1024, dict(themes)))
    for s in splits:
        print("   runs on: %s booklet p.%d -> p.%d (sheet %d -> sheet %d)" % s)

for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json"))):
    pr = json.load(open(pp, encoding="utf-8"))
    old = [a["key"] for a in docs[pr["old"]]["afspraken"]]
    new = [a["key"] for a in docs[pr["new"]]["afspraken"]]
    seen_o = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    seen_n = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    if sorted(seen_o) != sorted(old) or any(v != 1 for v in seen_o.values()):
        fail("old coverage", pp)
    if sorted(seen_n) != sorted(new) or any(v != 1 for v in seen_n.values()):
        fail("new coverage", pp)
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
        if (s == "new") != (l["old"] is None) or (s == "dropped") != (l["new"] is None):
            fail("bad new/dropped", l)
        if l["old"] and l["new"]:
            same = otext[l["old"]] == ntext[l["new"]]
            if (s == "unchanged") != same:
                fail("unchanged mismatch", l)
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            fail("no kinds", l)
        if s not in ("weakened", "strengthened", "modified") and l["kinds"]:
            fail("kinds on", s, l)
        if l["hard_negative"] and s not in ("reworded", "unchanged"):
            fail("hard negative on", s, l)
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 1}
    for k, v in req.items():
        if st[k] < v:
            fail("count too low", pp, k, st[k])
    if nonun < 22:
        fail("too few changes", pp, nonun)
    print("%s__%s: %d links; statuses %s" % (pr["old"], pr["new"], len(pr["links"]), dict(st)))
    print("   kinds %s" % {"%s/%s" % k: v for k, v in sorted(kinds.items())})
    print("   hard negatives %s" % dict(hns))

# determinism: build again into a temporary folder and compare byte for byte
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(HERE, "build.py"), "--out", tmp], check=True,
                   stdout=subprocess.DEVNULL)
    files = [os.path.relpath(f, OUT) for f in glob.glob(os.path.join(OUT, "**", FAMILY + "-*"), recursive=True)]
    files = [f for f in files if os.path.isfile(os.path.join(OUT, f))]
    for f in sorted(files):
        if not filecmp.cmp(os.path.join(OUT, f), os.path.join(tmp, f), shallow=False):
            fail("not deterministic", f)
    print("determinism: %d files byte-identical on rebuild" % len(files))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
