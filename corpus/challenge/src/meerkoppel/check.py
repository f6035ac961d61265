# -*- coding: utf-8 -*-
"""Self-check of the meerkoppel family (run from /work/main).

The PDFs are redlines: deleted words are still in the text layer (red, struck through). A gold text is the
afspraak as it now reads, so it is searched in the page text with the red (deleted) characters removed;
the unfiltered page text is also checked to contain every deleted afspraak of the previous year.
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
FAMILY = "meerkoppel"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HNS = {None, "recurring_year", "indexed_amount", "same_figures", "external_figure", "progress"}


def strip_running(t):
    """Drop the running header and the page footer lines."""
    lines = [l for l in t.split("\n")
             if not re.match(r"^Prestatieafspraken Meerkoppel \d{4}( – versie met wijzigingen.*)?$", l)
             and not re.match(r"^Pagina \d+ van \d+$", l)]
    return "\n".join(lines)


def norm(s):
    s = strip_running(s)
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def nospace(s):
    return re.sub(r"[\s\-]+", "", s)


def is_red(o):
    col = o.get("non_stroking_color")
    return (o.get("object_type") == "char" and isinstance(col, (tuple, list)) and len(col) == 3
            and col[0] > 0.5 and col[1] < 0.2 and col[2] < 0.2)


def hashes():
    return {p: hashlib.sha256(open(p, "rb").read()).hexdigest()
            for p in sorted(glob.glob(os.path.join(OUT, "pdf", FAMILY + "-*.pdf"))
                            + glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))
                            + glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*.json")))}


ok = True
# determinism: build twice, compare
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
h1 = hashes()
subprocess.run([sys.executable, os.path.join(HERE, "build.py")], check=True, stdout=subprocess.DEVNULL)
h2 = hashes()
if h1 != h2 or not h1:
    print("BUILD NOT DETERMINISTIC")
    ok = False
else:
    print("deterministic: %d files identical over two builds" % len(h1))

docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    with pdfplumber.open(pdfp) as p:
        cur = [norm(pg.filter(lambda o: not is_red(o)).extract_text() or "") for pg in p.pages]
        raw = [norm(pg.extract_text() or "") for pg in p.pages]
    if len(cur) != g["document"]["pages"]:
        print("PAGES MISMATCH", did, len(cur))
        ok = False
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        print("DUPLICATE KEYS", did)
        ok = False
    themes = collections.Counter()
    for a in g["afspraken"]:
        t = nospace(a["text"])
        pg = a["page"]
        hay = nospace(cur[pg - 1] + " " + (cur[pg] if pg < len(cur) else ""))
        if t not in hay:
            print("TEXT NOT FOUND", did, a["key"], pg)
            ok = False
        elif t not in nospace(cur[pg - 1]) and t[:40] not in nospace(cur[pg - 1]):
            print("TEXT DOES NOT START ON ITS PAGE", did, a["key"], pg)
            ok = False
        if a["number"] and a["number"] not in cur[pg - 1]:
            print("NUMBER NOT ON PAGE", did, a["key"], a["number"])
            ok = False
        if t[:1].isdigit() or "\n" in a["text"]:
            print("BAD TEXT FORM", did, a["key"])
            ok = False
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            print("THEME ERROR", did, a["key"])
            ok = False
        f = a["frame"]
        if f["modality"] not in ("firm", "intent", "explore", "discuss"):
            print("MODALITY ERROR", did, a["key"])
            ok = False
        if f["deadline"] and f["deadline"]["text"] not in a["text"]:
            print("DEADLINE TEXT NOT IN TEXT", did, a["key"])
            ok = False
        if f["deadline"] and str(f["deadline"]["year"]) not in f["deadline"]["text"]:
            print("DEADLINE YEAR ERROR", did, a["key"])
            ok = False
        for c in f["conditions"]:
            if c.lower() not in a["text"].lower():
                print("CONDITION NOT IN TEXT", did, a["key"])
                ok = False
        themes[a["theme"]] += 1
    g["_raw"] = raw
    n = len(g["afspraken"])
    if n < 25:
        print("TOO FEW AFSPRAKEN", did, n)
        ok = False
    print("%s: %d pages, %d afspraken, themes %s" % (did, len(cur), n, dict(themes)))

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
    rawnew = nospace(" ".join(docs[pr["new"]]["_raw"]))
    st, kinds, hns = collections.Counter(), collections.Counter(), collections.Counter()
    for l in pr["links"]:
        s = l["status"]
        st[s] += 1
        kinds.update(l["kinds"])
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
        if l["hard_negative"] not in HNS or not set(l["kinds"]) <= KINDS:
            print("BAD KIND/HN", l)
            ok = False
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            print("BAD NEW/DROPPED", l)
            ok = False
        if s == "dropped" and nospace(otext[l["old"]]) not in rawnew:
            print("DROPPED AFSPRAAK NOT SHOWN STRUCK IN NEW PDF", l["old"])
            ok = False
        if l["old"] and l["new"]:
            same = otext[l["old"]] == ntext[l["new"]]
            if (s == "unchanged") != same:
                print("UNCHANGED MISMATCH", l)
                ok = False
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            print("NO KINDS", l)
            ok = False
        if s in ("reworded", "unchanged", "new", "dropped") and l["kinds"]:
            print("KINDS ON NON-CHANGE", l)
            ok = False
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 5, "unchanged": 1}
    for k, v in req.items():
        if st[k] < v:
            print("COUNT TOO LOW", pp, k, st[k])
            ok = False
    print("%s__%s: non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], nonun, dict(st), dict(kinds), dict(hns)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
