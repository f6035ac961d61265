# -*- coding: utf-8 -*-
"""Self-check of the brinkvoorde family (run from anywhere).

The afspraken live in AcroForm text fields (not flattened), so the page text holds only labels and questions.
Checks: every gold text is the /V value of a text field on its gold page (whitespace-insensitive; exact string
too), that value is NOT in the page's content-stream text, the printed label "Afspraak n.m" / "Vraag n.m" is on
that page and the field sits beside it; page counts; pairs cover every afspraak exactly once with consistent
statuses; and a rebuild into a temporary folder gives byte-identical PDFs and gold.
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
from pdfminer.utils import decode_text

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "brinkvoorde"
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HNS = {None, "recurring_year", "indexed_amount", "same_figures", "external_figure", "progress"}
MODS = {"firm", "intent", "explore", "discuss"}


def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def fieldval(v):
    if v is None:
        return ""
    if isinstance(v, bytes):
        return decode_text(v)
    return str(v)


ok = True


def fail(*a):
    global ok
    ok = False
    print("FAIL", *a)


docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    docs[did] = g
    pdfp = os.path.join(OUT, "pdf", did + ".pdf")
    with pdfplumber.open(pdfp) as pdf:
        texts, fields = [], []
        for pg in pdf.pages:
            texts.append(norm(pg.extract_text() or ""))
            fl = []
            for an in pg.annots:
                d = an["data"]
                if getattr(d.get("FT"), "name", None) == "Tx":
                    fl.append((fieldval(d.get("V")), an["top"], an["x0"]))
            fields.append(fl)
        words = [pg.extract_words() for pg in pdf.pages]
        npages = len(pdf.pages)
    if npages != g["document"]["pages"]:
        fail("PAGES", did, npages, g["document"]["pages"])
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        fail("DUPLICATE KEYS", did)
    themes = collections.Counter()
    label = "Vraag" if "-bod-" in did else "Afspraak"
    for a in g["afspraken"]:
        t = a["text"]
        pg = a["page"]
        hits = [f for f in fields[pg - 1] if norm(f[0]) == norm(t)]
        if not hits:
            fail("TEXT NOT A FIELD VALUE ON PAGE", did, a["key"], pg)
            continue
        if not any(f[0] == t for f in hits):
            fail("FIELD VALUE NOT EXACT", did, a["key"])
        if "\n" in t or t != t.strip() or t[:1].isdigit():
            fail("TEXT FORM", did, a["key"])
        if norm(t) in texts[pg - 1] or norm(t)[:60] in texts[pg - 1]:
            fail("TEXT IN PAGE CONTENT (should be only in the field)", did, a["key"])
        # the printed label "Afspraak 1.2" / "Vraag 1.2" stands on the same line as the field's top
        top = hits[0][1]
        ws = words[pg - 1]
        found = False
        for i in range(len(ws) - 1):
            if ws[i]["text"] == label and ws[i + 1]["text"] == a["number"]:
                if label == "Afspraak" and abs(ws[i]["top"] - top) < 6:
                    found = True
                if label == "Vraag" and 0 <= top - ws[i]["top"] < 60:
                    found = True
        if not found:
            fail("LABEL NOT BESIDE FIELD", did, a["key"], a["number"])
        if a["theme"] != a["themes"][0] or not set(a["themes"]) <= THEMES:
            fail("THEMES", did, a["key"])
        fr = a["frame"]
        if fr["modality"] not in MODS or not fr["actors"]:
            fail("FRAME", did, a["key"])
        for q in fr["quantities"]:
            if q["comparator"] not in ("exact", "min", "max", "range") or (q["comparator"] == "range") != (q["value_max"] is not None):
                fail("QUANTITY", did, a["key"], q)
        themes[a["theme"]] += 1
    n = len(g["afspraken"])
    if n < 25:
        fail("TOO FEW AFSPRAKEN", did, n)
    nfilled = sum(1 for fl in fields for f in fl if f[0])
    nempty = sum(1 for fl in fields for f in fl if not f[0])
    print("%s: %d pages, %d afspraken, %d filled fields, %d empty fields, themes %s"
          % (did, npages, n, nfilled, nempty, dict(themes)))

expected_pairs = {"brinkvoorde-2025__brinkvoorde-2026", "brinkvoorde-bod-2026__brinkvoorde-2026"}
found_pairs = set()
for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json"))):
    pr = json.load(open(pp, encoding="utf-8"))
    found_pairs.add(pr["old"] + "__" + pr["new"])
    old = [a["key"] for a in docs[pr["old"]]["afspraken"]]
    new = [a["key"] for a in docs[pr["new"]]["afspraken"]]
    seen_o = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    seen_n = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    if sorted(seen_o) != sorted(old) or any(v != 1 for v in seen_o.values()):
        fail("OLD COVERAGE", pp)
    if sorted(seen_n) != sorted(new) or any(v != 1 for v in seen_n.values()):
        fail("NEW COVERAGE", pp)
    otext = {a["key"]: a["text"] for a in docs[pr["old"]]["afspraken"]}
    ntext = {a["key"]: a["text"] for a in docs[pr["new"]]["afspraken"]}
    st, kinds, hns = collections.Counter(), collections.Counter(), collections.Counter()
    for l in pr["links"]:
        s = l["status"]
        st[s] += 1
        for k in l["kinds"]:
            kinds[s[:4] + ":" + k] += 1
            if k not in KINDS:
                fail("BAD KIND", l)
        if l["hard_negative"] not in HNS:
            fail("BAD HARD NEGATIVE", l)
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
            if s not in ("reworded", "unchanged"):
                fail("HARD NEGATIVE ON", l)
        if (s == "new") != (l["old"] is None) or (s == "dropped") != (l["new"] is None):
            fail("BAD NEW/DROPPED", l)
        if l["old"] and l["new"]:
            if (s == "unchanged") != (otext[l["old"]] == ntext[l["new"]]):
                fail("UNCHANGED MISMATCH", l)
        if (s in ("weakened", "strengthened", "modified")) != bool(l["kinds"]):
            fail("KINDS MISMATCH", l)
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    req = {"weakened": 3, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6, "unchanged": 1}
    for k, v in req.items():
        if st[k] < v:
            fail("COUNT TOO LOW", pp, k, st[k])
    if nonun < 22:
        fail("TOO FEW CHANGES", pp, nonun)
    print("%s__%s: %d links, non-unchanged %d; statuses %s; kinds %s; hard negatives %s"
          % (pr["old"], pr["new"], len(pr["links"]), nonun, dict(st), dict(kinds), dict(hns)))
if found_pairs != expected_pairs:
    fail("PAIRS", found_pairs)

# determinism: rebuild into a temporary folder, compare every output byte for byte
with tempfile.TemporaryDirectory() as tmp:
    r = subprocess.run([sys.executable, os.path.join(HERE, "build.py"), tmp], capture_output=True, text=True)
    if r.returncode:
        fail("REBUILD", r.stderr)
    else:
        for did in docs:
            for rel in ("pdf/%s.pdf" % did, "gold/%s.json" % did):
                if not filecmp.cmp(os.path.join(OUT, rel), os.path.join(tmp, rel), shallow=False):
                    fail("NOT DETERMINISTIC", rel)
        for p in expected_pairs:
            rel = "gold/pairs/%s.json" % p
            if not filecmp.cmp(os.path.join(OUT, rel), os.path.join(tmp, rel), shallow=False):
                fail("NOT DETERMINISTIC", rel)

print("OK" if ok else "FAILED")
