# -*- coding: utf-8 -*-
"""Self-check for the elzenwaard family: gold texts present in the PDFs, pair coverage, counts."""
import json, os, re, glob, sys
from collections import Counter
import pdfplumber

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "elzenwaard"
MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}

def norm(t):
    t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)
    return re.sub(r"\s+", " ", t).strip()

ok = True
def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

golds = {}
for gf in sorted(glob.glob(os.path.join(OUT, "gold", f"{FAMILY}-*.json"))):
    g = json.load(open(gf, encoding="utf-8"))
    did = g["document"]["id"]
    golds[did] = g
    pdf_path = os.path.join(OUT, "pdf", did + ".pdf")
    if os.path.getsize(pdf_path) > 150_000:
        fail(f"{did} larger than 150 KB")
    with pdfplumber.open(pdf_path) as pdf:
        if len(pdf.pages) != g["document"]["pages"]:
            fail(f"{did} page count")
        ptext = [norm(p.extract_text() or "") for p in pdf.pages]
        cells = []
        for p in pdf.pages:
            cs = []
            for tb in p.extract_tables():
                for row in tb:
                    cs += [norm(c) for c in row if c]
            cells.append(cs)
    via = Counter()
    keys = [a["key"] for a in g["afspraken"]]
    if len(keys) != len(set(keys)):
        fail(f"{did} duplicate keys")
    for a in g["afspraken"]:
        t, pg = a["text"], a["page"]
        if t[:1].isdigit():
            fail(f"{did} {a['key']} starts with digit")
        rng = [pg - 1] + ([pg] if pg < len(ptext) else [])
        if t in ptext[pg - 1] or t in " ".join(ptext[i] for i in rng):
            via["page_text"] += 1
        elif any(t in c for i in rng for c in cells[i]):
            via["table_cell"] += 1
        else:
            fail(f"{did} {a['key']} text not found on page {pg}")
    th = Counter(a["theme"] for a in g["afspraken"])
    print(f"{did}: pages={g['document']['pages']} afspraken={len(keys)} found_via={dict(via)} themes={dict(th)}")
    if len(keys) < 25:
        fail(f"{did} fewer than 25 afspraken")

for pf in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", f"{FAMILY}-*__*.json"))):
    pr = json.load(open(pf, encoding="utf-8"))
    old = {a["key"]: a for a in golds[pr["old"]]["afspraken"]}
    new = {a["key"]: a for a in golds[pr["new"]]["afspraken"]}
    so = Counter(l["old"] for l in pr["links"] if l["old"])
    sn = Counter(l["new"] for l in pr["links"] if l["new"])
    if set(so) != set(old) or any(v != 1 for v in so.values()):
        fail(f"{pf}: old coverage")
    if set(sn) != set(new) or any(v != 1 for v in sn.values()):
        fail(f"{pf}: new coverage")
    st = Counter(l["status"] for l in pr["links"])
    kinds = Counter(k for l in pr["links"] for k in l["kinds"])
    hn = Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        if l["status"] == "unchanged" and old[l["old"]]["text"] != new[l["new"]]["text"]:
            fail(f"{pf}: unchanged but text differs: {l['old']}")
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            fail(f"{pf}: no kinds for {l}")
        if l["old"] and l["new"] and l["status"] != "unchanged" and old[l["old"]]["text"] == new[l["new"]]["text"]:
            fail(f"{pf}: identical text but status {l['status']}")
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    print(f"{os.path.basename(pf)}: links={len(pr['links'])} non_unchanged={nonun} status={dict(st)} kinds={dict(kinds)} hard_negatives={dict(hn)}")
    if nonun < 22:
        fail(f"{pf}: fewer than 22 non-unchanged links")
    for k, m in MIN.items():
        if st[k] < m:
            fail(f"{pf}: {k} {st[k]} < {m}")

print("CHECK PASSED" if ok else "CHECK FAILED")
sys.exit(0 if ok else 1)
