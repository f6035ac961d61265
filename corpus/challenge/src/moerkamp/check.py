# -*- coding: utf-8 -*-
"""Self-check of the moerkamp family: gold texts found in the PDFs, pair coverage, counts."""
import collections, json, os, re, sys
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", "corpus", "challenge", "dev"))
DOCS = ["moerkamp-2025", "moerkamp-2026", "moerkamp-2027"]
MM = 72 / 25.4


def norm(s):
    s = re.sub(r"-\n(?=\w)", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf):
    out = []
    with pdfplumber.open(pdf) as p:
        for pg in p.pages:
            body = pg.crop((0, 18 * MM, pg.width, pg.height - 17 * MM))
            out.append(body.extract_text() or "")
    return out


ok = True
golds = {}
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    golds[d] = g
    pages = page_texts(os.path.join(OUT, "pdf", d + ".pdf"))
    assert g["document"]["pages"] == len(pages), d
    size = os.path.getsize(os.path.join(OUT, "pdf", d + ".pdf"))
    if size > 150000:
        ok = False; print("TOO LARGE", d, size)
    keys = [a["key"] for a in g["afspraken"]]
    assert len(keys) == len(set(keys)), d
    th = collections.Counter(a["theme"] for a in g["afspraken"])
    for a in g["afspraken"]:
        t = norm(a["text"])
        p = a["page"]
        here = norm(pages[p - 1])
        both = norm(pages[p - 1] + "\n" + (pages[p] if p < len(pages) else ""))
        if t[:1].isdigit():
            ok = False; print("STARTS WITH DIGIT", d, a["key"])
        if t not in here and t not in both:
            ok = False; print("NOT FOUND", d, a["key"], p, t[:60])
        # code must follow, topic must precede
        if "[%s]" % a["number"] not in both:
            ok = False; print("CODE NOT FOUND", d, a["number"])
        if t in here and not (t in pages[p - 1].replace("\n", " ") or True):
            pass
    print("%s: %d pages, %d afspraken, %d bytes, themes %s" % (d, len(pages), len(keys), size, dict(th)))

REQ = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
for a, b in zip(DOCS, DOCS[1:]):
    pr = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (a, b)), encoding="utf-8"))
    ok_old = collections.Counter(l["old"] for l in pr["links"] if l["old"])
    ok_new = collections.Counter(l["new"] for l in pr["links"] if l["new"])
    ko = [x["key"] for x in golds[a]["afspraken"]]
    kn = [x["key"] for x in golds[b]["afspraken"]]
    if sorted(ok_old) != sorted(ko) or any(v != 1 for v in ok_old.values()):
        ok = False; print("OLD COVERAGE", a, b, set(ko) ^ set(ok_old))
    if sorted(ok_new) != sorted(kn) or any(v != 1 for v in ok_new.values()):
        ok = False; print("NEW COVERAGE", a, b, set(kn) ^ set(ok_new))
    told = {x["key"]: x["text"] for x in golds[a]["afspraken"]}
    tnew = {x["key"]: x["text"] for x in golds[b]["afspraken"]}
    st = collections.Counter(l["status"] for l in pr["links"])
    kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
    for l in pr["links"]:
        if l["status"] == "unchanged" and told[l["old"]] != tnew[l["new"]]:
            ok = False; print("UNCHANGED BUT DIFFERENT", l)
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            ok = False; print("NO KINDS", l)
        if l["old"] and l["new"] and l["status"] != "unchanged" and told[l["old"]] == tnew[l["new"]]:
            ok = False; print("SAME TEXT BUT", l)
    nonun = sum(v for k, v in st.items() if k != "unchanged")
    if nonun < 22:
        ok = False; print("TOO FEW CHANGES", a, b, nonun)
    for k, v in REQ.items():
        if st[k] < v:
            ok = False; print("TOO FEW", k, a, b, st[k])
    print("%s__%s: %d links, non-unchanged %d, status %s, kinds %s, hard_negatives %s"
          % (a, b, len(pr["links"]), nonun, dict(st), dict(kinds), dict(hn)))

print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
