"""Self-check for the kraaienveld family. Run from /work/main."""
import collections, glob, json, os, re, sys
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "dev")
FAM = "kraaienveld"
ok = True


def norm(t):
    t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)
    return re.sub(r"\s+", " ", t).strip()


def fail(msg):
    global ok
    ok = False
    print("FAIL", msg)


def page_texts(pg):
    """Full page text and, for landscape sheet pages, the text of the Afspraak column alone."""
    out = [norm(pg.extract_text() or "")]
    if pg.width > pg.height:
        words = pg.extract_words()
        hdr = [w for w in words if w["text"] == "Afspraak"]
        gem = [w for w in words if w["text"] == "Gemeente" and hdr and abs(w["top"] - hdr[0]["top"]) < 2]
        if hdr and gem:
            out.append(norm(pg.crop((hdr[0]["x0"] - 3, 0, gem[0]["x0"] - 3, pg.height)).extract_text() or ""))
    return out


golds = {}
for fn in sorted(glob.glob(os.path.join(OUT, "gold", FAM + "-*.json"))):
    g = json.load(open(fn, encoding="utf-8"))
    d = g["document"]
    golds[d["id"]] = g
    pdfp = os.path.join(OUT, "pdf", d["id"] + ".pdf")
    size = os.path.getsize(pdfp)
    if size > 150_000:
        fail("%s too large %d" % (d["id"], size))
    with pdfplumber.open(pdfp) as pdf:
        if len(pdf.pages) != d["pages"]:
            fail("%s page count" % d["id"])
        cache = {}
        keys = set()
        for a in g["afspraken"]:
            if a["key"] in keys:
                fail("dup key %s" % a["key"])
            keys.add(a["key"])
            if a["text"][:1].isdigit():
                fail("text starts with digit %s" % a["key"])
            p = a["page"]
            cands = []
            for q in (p, p + 1):
                if q <= len(pdf.pages):
                    if q not in cache:
                        cache[q] = page_texts(pdf.pages[q - 1])
                    cands += cache[q]
            if p + 1 <= len(pdf.pages):
                cands.append(cache[p][-1] + " " + cache[p + 1][-1])
            if not any(norm(a["text"]) in c for c in cands):
                fail("%s %s text not found on page %d" % (d["id"], a["key"], p))
    th = collections.Counter(a["theme"] for a in g["afspraken"])
    print("%-28s pages=%d afspraken=%d size=%dKB themes=%s" % (d["id"], d["pages"], len(g["afspraken"]), size // 1024, dict(th)))

NEED = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
for fn in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAM + "-*.json"))):
    pr = json.load(open(fn, encoding="utf-8"))
    old, new = golds[pr["old"]], golds[pr["new"]]
    ok_keys = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    nk_keys = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    if set(ok_keys) != {a["key"] for a in old["afspraken"]} or any(v > 1 for v in ok_keys.values()):
        fail("pair %s old coverage" % fn)
    if set(nk_keys) != {a["key"] for a in new["afspraken"]} or any(v > 1 for v in nk_keys.values()):
        fail("pair %s new coverage" % fn)
    to = {a["key"]: a["text"] for a in old["afspraken"]}
    tn = {a["key"]: a["text"] for a in new["afspraken"]}
    st = collections.Counter(l["status"] for l in pr["links"])
    kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        if l["status"] == "unchanged" and to[l["old"]] != tn[l["new"]]:
            fail("unchanged but text differs %s" % l["old"])
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            fail("no kinds %s" % l["old"])
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    if nonun < 22:
        fail("pair %s only %d non-unchanged" % (fn, nonun))
    for k, v in NEED.items():
        if st[k] < v:
            fail("pair %s needs %d %s" % (fn, v, k))
    if st["unchanged"] < 1:
        fail("pair %s no unchanged" % fn)
    print("%s -> %s: non-unchanged=%d %s kinds=%s hard_neg=%s" % (pr["old"], pr["new"], nonun, dict(st), dict(kinds), dict(hn)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
