# -*- coding: utf-8 -*-
"""Self-check of the kempenhorst family: gold texts in the PDF text, pair coverage and counts."""
import json, os, re, sys
from collections import Counter
import pdfplumber

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
DOCS = ["kempenhorst-2025", "kempenhorst-2026", "kempenhorst-bod-2026"]
PAIRS = [("kempenhorst-2025", "kempenhorst-2026"), ("kempenhorst-bod-2026", "kempenhorst-2026")]
MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}


def norm(s):
    s = re.sub(r"-\n", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def page_variants(pg):
    """Full page text, plus (for spreadsheet tables) the text of the bid column alone."""
    out = [norm(pg.extract_text() or "")]
    hits = pg.search("Ons bod voor 2026")
    if hits:
        x0 = hits[0]["x0"] - 4
        others = [w for w in pg.extract_words() if w["text"] == "Toelichting" and abs(w["top"] - hits[0]["top"]) < 3]
        x1 = others[0]["x0"] - 4 if others else pg.width
        out.append(norm(pg.crop((x0, 0, x1, pg.height)).extract_text() or ""))
    return out


errors = []
golds = {}
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    golds[d] = g
    pdfp = os.path.join(OUT, "pdf", d + ".pdf")
    size = os.path.getsize(pdfp)
    if size > 150 * 1024:
        errors.append("%s too large" % d)
    with pdfplumber.open(pdfp) as pdf:
        pages = [page_variants(p) for p in pdf.pages]
        if len(pdf.pages) != g["document"]["pages"]:
            errors.append("%s page count" % d)
    keys = Counter(a["key"] for a in g["afspraken"])
    if any(v > 1 for v in keys.values()):
        errors.append("%s duplicate keys" % d)
    for a in g["afspraken"]:
        t = norm(a["text"])
        if t[:1].isdigit():
            errors.append("%s %s starts with digit" % (d, a["key"]))
        p = a["page"] - 1
        cands = list(pages[p])
        if p + 1 < len(pages):
            cands += [x + " " + y for x in pages[p] for y in pages[p + 1]]
        if not any(t in c for c in cands):
            errors.append("%s %s text not found on page %d" % (d, a["key"], a["page"]))
    th = Counter(a["theme"] for a in g["afspraken"])
    print("%-22s pages=%d afspraken=%d size=%dKB themes=%s" % (d, g["document"]["pages"], len(g["afspraken"]), size // 1024, dict(th)))

for o, n in PAIRS:
    pr = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
    ok = Counter(l["old"] for l in pr["links"] if l["old"])
    nk = Counter(l["new"] for l in pr["links"] if l["new"])
    if set(ok) != {a["key"] for a in golds[o]["afspraken"]} or any(v != 1 for v in ok.values()):
        errors.append("%s old coverage" % o)
    if set(nk) != {a["key"] for a in golds[n]["afspraken"]} or any(v != 1 for v in nk.values()):
        errors.append("%s new coverage" % n)
    otext = {a["key"]: a["text"] for a in golds[o]["afspraken"]}
    ntext = {a["key"]: a["text"] for a in golds[n]["afspraken"]}
    st = Counter(l["status"] for l in pr["links"])
    kinds = Counter(k for l in pr["links"] for k in l["kinds"])
    hn = Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        if l["old"] and l["new"]:
            same = otext[l["old"]] == ntext[l["new"]]
            if same != (l["status"] == "unchanged"):
                errors.append("%s: unchanged/identical mismatch for %s" % (o, l["old"]))
            if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
                errors.append("%s: no kinds for %s" % (o, l["old"]))
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    if nonun < 22:
        errors.append("%s__%s: only %d non-unchanged" % (o, n, nonun))
    for k, m in MIN.items():
        if st[k] < m:
            errors.append("%s__%s: %s %d < %d" % (o, n, k, st[k], m))
    print("%s -> %s: non-unchanged=%d statuses=%s kinds=%s hard_negatives=%s" % (o, n, nonun, dict(st), dict(kinds), dict(hn)))

if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
