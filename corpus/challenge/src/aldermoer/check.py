# -*- coding: utf-8 -*-
"""Self-check of the aldermoer family: gold texts in the PDF text layer, pair coverage, counts."""
import collections, glob, json, os, re, sys
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
FAM = "aldermoer"


def norm(s):
    s = re.sub(r"-\s*\n\s*", "", s)  # hyphen at line end joins the word
    return " ".join(s.split())


def page_texts(pdf, i):
    p = pdf.pages[i]
    out = [norm(p.extract_text() or "")]
    for x0, x1 in ((0, 245), (245, p.width)):  # the two columns of two-column pages
        out.append(norm(p.crop((x0, 0, x1, p.height)).extract_text() or ""))
    return out


ok = True
golds = {}
for gp in sorted(glob.glob(os.path.join(OUT, "gold", FAM + "-*.json"))):
    g = json.load(open(gp, encoding="utf-8"))
    did = g["document"]["id"]
    golds[did] = g
    pdf = pdfplumber.open(os.path.join(OUT, "pdf", did + ".pdf"))
    assert len(pdf.pages) == g["document"]["pages"], did
    raw = "".join(ch.get("text", "") for ch in pdf.pages[3].chars)
    if re.search(r"[^€] ", raw):
        print("WARN: space characters in text layer of", did)
    cache = {}
    keys = set()
    for a in g["afspraken"]:
        assert a["key"] not in keys
        keys.add(a["key"])
        assert not a["text"][0].isdigit()
        t = norm(a["text"])
        pg = a["page"] - 1
        found = False
        for j in (pg, pg + 1):
            if j >= len(pdf.pages):
                continue
            if j not in cache:
                cache[j] = page_texts(pdf, j)
            if any(t in s for s in cache[j]):
                found = True
        if not found:
            both = " ".join(cache[pg]) + " " + " ".join(cache.get(pg + 1, []))
            if t not in both:
                ok = False
                print("NOT FOUND", did, a["number"], a["page"], t[:80])
    th = collections.Counter(a["theme"] for a in g["afspraken"])
    print(f"{did}: pages={g['document']['pages']} afspraken={len(g['afspraken'])} themes={dict(th)} size={os.path.getsize(os.path.join(OUT, 'pdf', did + '.pdf'))}")
    if len(g["afspraken"]) < 25 or os.path.getsize(os.path.join(OUT, "pdf", did + ".pdf")) > 150000:
        ok = False

for pp in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAM + "-*.json"))):
    p = json.load(open(pp, encoding="utf-8"))
    o, n = golds[p["old"]], golds[p["new"]]
    ok_keys = collections.Counter(l["old"] for l in p["links"] if l["old"])
    nk_keys = collections.Counter(l["new"] for l in p["links"] if l["new"])
    if sorted(ok_keys.elements()) != sorted(a["key"] for a in o["afspraken"]) or \
       sorted(nk_keys.elements()) != sorted(a["key"] for a in n["afspraken"]):
        ok = False
        print("COVERAGE FAIL", pp)
    ot = {a["key"]: a["text"] for a in o["afspraken"]}
    nt = {a["key"]: a["text"] for a in n["afspraken"]}
    for l in p["links"]:
        if l["old"] and l["new"]:
            if (ot[l["old"]] == nt[l["new"]]) != (l["status"] == "unchanged"):
                ok = False
                print("UNCHANGED MISMATCH", l)
        if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
            ok = False
            print("NO KINDS", l)
    st = collections.Counter(l["status"] for l in p["links"])
    kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
    nonu = sum(v for k, v in st.items() if k != "unchanged")
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    fail = [k for k, v in need.items() if st[k] < v] + (["non-unchanged<22"] if nonu < 22 else []) + (["modified>1"] if st["modified"] > 1 else [])
    print(f"{p['old']} -> {p['new']}: non-unchanged={nonu} {dict(st)} kinds={dict(kinds)} hard_neg={dict(hn)}" + (f" FAIL {fail}" if fail else ""))
    if fail:
        ok = False
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
