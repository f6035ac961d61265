# -*- coding: utf-8 -*-
"""Self-check for the vossenhage family."""
import collections, json, os, re, sys
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", "corpus", "challenge", "dev"))
DOCS = ["vossenhage-2025", "vossenhage-2026", "vossenhage-bod-2026"]
PAIRS = [("vossenhage-2025", "vossenhage-2026"), ("vossenhage-bod-2026", "vossenhage-2026")]
CM = 72 / 2.54
COL = (3.1 * CM, 11.4 * CM)  # x-range of the Afspraak column
MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
ok = True


def norm(t):
    t = re.sub(r"-\n(?=\w)", "", t)
    return re.sub(r"\s+", " ", t).strip()


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


gold = {}
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    gold[d] = g
    pdfp = os.path.join(OUT, "pdf", d + ".pdf")
    size = os.path.getsize(pdfp)
    if size > 150 * 1024:
        fail("%s too large" % d)
    with pdfplumber.open(pdfp) as pdf:
        if len(pdf.pages) != g["document"]["pages"]:
            fail("%s page count" % d)
        pages = []
        for pg in pdf.pages:
            full = norm(pg.extract_text() or "")
            col = norm(pg.crop((COL[0] - 1, 0, COL[1] + 1, pg.height)).extract_text() or "")
            body = norm(pg.crop((0, 50, pg.width, pg.height - 50)).extract_text() or "")
            pages.append((full, col, body))
    keys = [a["key"] for a in g["afspraken"]]
    if len(set(keys)) != len(keys):
        fail("%s duplicate keys" % d)
    if len(keys) < 25:
        fail("%s fewer than 25 afspraken" % d)
    for a in g["afspraken"]:
        t = norm(a["text"])
        if t[:1].isdigit():
            fail("%s %s starts with digit" % (d, a["key"]))
        p = a["page"] - 1
        found = any(t in x for x in pages[p])
        if not found and p + 1 < len(pages):
            found = any(t in pages[p][i] + " " + pages[p + 1][i] for i in range(3))
        if not found:
            fail("%s %s text not found on page %d" % (d, a["key"], a["page"]))
    th = collections.Counter(a["theme"] for a in g["afspraken"])
    print("%-22s pages=%d afspraken=%d size=%dKB themes=%s" % (d, g["document"]["pages"], len(keys), size // 1024,
                                                               dict(th)))

for o, n in PAIRS:
    pr = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), encoding="utf-8"))
    ko = [a["key"] for a in gold[o]["afspraken"]]
    kn = [a["key"] for a in gold[n]["afspraken"]]
    lo = [l["old"] for l in pr["links"] if l["old"] is not None]
    ln = [l["new"] for l in pr["links"] if l["new"] is not None]
    if sorted(lo) != sorted(ko):
        fail("%s: old keys not covered exactly once" % o)
    if sorted(ln) != sorted(kn):
        fail("%s: new keys not covered exactly once" % n)
    ot = {a["key"]: a["text"] for a in gold[o]["afspraken"]}
    nt = {a["key"]: a["text"] for a in gold[n]["afspraken"]}
    st = collections.Counter(l["status"] for l in pr["links"])
    kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        s = l["status"]
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            fail("bad new/dropped link %s" % l)
        if s not in ("new", "dropped") and (l["old"] is None or l["new"] is None):
            fail("missing side %s" % l)
        if s == "unchanged" and ot[l["old"]] != nt[l["new"]]:
            fail("unchanged but text differs: %s" % l["old"])
        if s not in ("new", "dropped", "unchanged") and l["old"] and l["new"] and ot[l["old"]] == nt[l["new"]]:
            fail("identical text but status %s: %s" % (s, l["old"]))
        if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
            fail("no kinds: %s" % l)
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    if nonun < 22:
        fail("%s__%s only %d non-unchanged" % (o, n, nonun))
    for k, m in MIN.items():
        if st[k] < m:
            fail("%s__%s %s=%d < %d" % (o, n, k, st[k], m))
    print("%s__%s links=%d non-unchanged=%d statuses=%s kinds=%s hard_negatives=%s" % (
        o, n, len(pr["links"]), nonun, dict(st), dict(kinds), dict(hn)))

print("OK" if ok else "CHECK FAILED")
sys.exit(0 if ok else 1)
