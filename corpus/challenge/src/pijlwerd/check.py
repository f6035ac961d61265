# -*- coding: utf-8 -*-
"""Self-check of the pijlwerd family (run from anywhere).

1. every gold text is on its gold page (or runs on into the next one) in the pdfplumber text of the PDF,
   whitespace/hyphen-insensitive; running header and footer lines are removed; for afspraken printed in an
   ASCII table the text is read from the Afspraak column of the table rows, Wie/Wanneer from their columns;
2. both pairs cover every afspraak of both documents exactly once, statuses are consistent with the texts;
3. build.py is deterministic (two runs give byte-identical PDFs and gold).
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
FAMILY = "pijlwerd"
LEFT, CW = 50.0, 6.0            # left margin and Courier 10 character width
COLS = {"text": (9, 47), "wie": (50, 62), "wann": (65, 76)}


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def page_lines(page):
    """Rebuild the fixed-width lines of a page from pdfplumber's characters."""
    rows = collections.defaultdict(dict)
    byline = collections.defaultdict(list)
    for ch in page.chars:
        byline[round(ch["top"])].append(ch)
    for top, chars in byline.items():
        # pdfminer's Courier metrics give the euro sign no width: every following character of the line
        # then sits one column too far left; count those glyphs to restore the typed column
        shift = 0
        for ch in sorted(chars, key=lambda c: (c["x0"], c["text"] != "€")):
            rows[top][int(round((ch["x0"] - LEFT) / CW)) + shift] = ch["text"]
            if ch["x1"] - ch["x0"] < 0.5:
                shift += 1
    out = []
    for top in sorted(rows):
        r = rows[top]
        out.append("".join(r.get(i, " ") for i in range(max(r) + 1)).rstrip())
    return out


def body(lines):
    """Drop the running header and the typed footer."""
    return [l for l in lines if not re.fullmatch(r"PRESTATIEAFSPRAKEN PIJLWERD \d{4}", l.strip())
            and not re.fullmatch(r"- \d+ -", l.strip())]


def column(lines, name):
    a, b = COLS[name]
    return "\n".join(l[a:b] for l in lines if l.startswith("|"))


def files():
    fs = sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf")))
    fs += sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json")))
    fs += sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json")))
    return {f: hashlib.sha256(open(f, "rb").read()).hexdigest() for f in fs}


ok = True
# ---- 3. determinism (build twice)
py = sys.executable
subprocess.run([py, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
h1 = files()
subprocess.run([py, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
h2 = files()
if h1 != h2 or len(h1) != 3 + 3 + 2:
    print("BUILD NOT DETERMINISTIC or wrong number of outputs", len(h1))
    ok = False
else:
    print("deterministic: %d files identical over two builds" % len(h1))

# ---- 1. texts on their pages
docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    with pdfplumber.open(pdfp) as p:
        raw = [page_lines(pg) for pg in p.pages]
        plain = [norm(pg.extract_text() or "") for pg in p.pages]
    if len(raw) != g["document"]["pages"]:
        print("PAGES MISMATCH", did, len(raw), g["document"]["pages"])
        ok = False
    if any(len(l) > 78 for pg in raw for l in pg):
        print("LINE LONGER THAN 78", did)
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    ntab = 0
    for a in g["afspraken"]:
        pg = a["page"]
        span = body(raw[pg - 1]) + (body(raw[pg]) if pg < len(raw) else [])
        t = norm(a["text"])
        if a["trekker"] is not None:              # table row: read the cells
            ntab += 1
            if t not in norm(column(span, "text")):
                print("TABLE TEXT NOT FOUND", did, a["key"], pg)
                ok = False
            if norm(a["trekker"]) not in norm(column(span, "wie")) or \
                    norm(a["planning"]) not in norm(column(span, "wann")):
                print("WIE/WANNEER NOT FOUND", did, a["key"])
                ok = False
            first = norm(column(body(raw[pg - 1]), "text"))
            if t[:25] not in first:
                print("TABLE ROW DOES NOT START ON PAGE", did, a["key"], pg)
                ok = False
        else:
            hay = norm("\n".join(span))
            if t not in hay:
                print("TEXT NOT FOUND", did, a["key"], pg)
                ok = False
            if t[:30] not in plain[pg - 1]:
                print("DOES NOT START ON PAGE (pdfplumber extract_text)", did, a["key"], pg)
                ok = False
        if t[:1].isdigit():
            print("STARTS WITH DIGIT", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0]:
            print("THEME MISMATCH", did, a["key"])
            ok = False
        fr = a["frame"]
        if fr["deadline"] and fr["deadline"]["text"] not in a["text"]:
            print("DEADLINE TEXT NOT IN TEXT", did, a["key"])
            ok = False
        for c in fr["conditions"]:
            if c.lower() not in a["text"].lower():
                print("CONDITION NOT IN TEXT", did, a["key"])
                ok = False
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if not 25 <= n <= 35:
        print("AFSPRAKEN COUNT OUT OF RANGE", did, n)
        ok = False
    print("%s: %d pages, %d afspraken (%d in tables), themes %s"
          % (did, len(raw), n, ntab, dict(themes)))

# ---- 2. pairs
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
            if s not in ("reworded", "unchanged"):
                print("HARD NEGATIVE ON NON-REWORDED", l)
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
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 1}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    if nonun < 22 or st["modified"] > 1:
        print("PAIR COUNTS", pp, nonun, st["modified"])
        ok = False
    print("%s__%s: %d links, non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), nonun, dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
