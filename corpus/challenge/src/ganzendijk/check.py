"""Self-check of the Ganzendijk family (gold texts vs pdfplumber text, pair coverage, counts)."""
import collections, json, os, re, sys
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
FAM = "ganzendijk"
DOCS = ["%s-%d" % (FAM, y) for y in (2025, 2026, 2027)]


def norm(t):
    t = re.sub(r"-\n(?=\S)", "", t)
    return " ".join(t.split())


ok = True
keys = {}
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    size = os.path.getsize(os.path.join(OUT, "pdf", d + ".pdf"))
    with pdfplumber.open(os.path.join(OUT, "pdf", d + ".pdf")) as pdf:
        texts = [norm(p.extract_text() or "") for p in pdf.pages]
        assert len(pdf.pages) == g["document"]["pages"], d
    keys[d] = [a["key"] for a in g["afspraken"]]
    assert len(set(keys[d])) == len(keys[d]), d
    for a in g["afspraken"]:
        t = norm(a["text"])
        p = a["page"] - 1
        here = texts[p] + (" " + texts[p + 1] if p + 1 < len(texts) else "")
        if t not in here:
            ok = False
            print("MISSING", d, a["key"], "p", a["page"])
        if a["text"][0].isdigit():
            ok = False; print("DIGIT START", d, a["key"])
    themes = collections.Counter(a["theme"] for a in g["afspraken"])
    print(d, "pages", len(texts), "afspraken", len(g["afspraken"]), "bytes", size, dict(themes))
    if len(g["afspraken"]) < 25 or size > 150000:
        ok = False

for a, b in zip(DOCS, DOCS[1:]):
    p = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (a, b)), encoding="utf-8"))
    olds = [l["old"] for l in p["links"] if l["old"]]
    news = [l["new"] for l in p["links"] if l["new"]]
    if sorted(olds) != sorted(keys[a]) or sorted(news) != sorted(keys[b]):
        ok = False; print("COVERAGE", a, b)
    st = collections.Counter(l["status"] for l in p["links"])
    kinds = collections.Counter(k for l in p["links"] for k in l["kinds"])
    hn = collections.Counter(l["hard_negative"] for l in p["links"] if l["hard_negative"])
    nonu = sum(v for k, v in st.items() if k != "unchanged")
    print(a, "->", b, dict(st), "non-unchanged", nonu, "kinds", dict(kinds), "hn", dict(hn))
    need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
    for k, v in need.items():
        if st[k] < v:
            ok = False; print("TOO FEW", k)
    if nonu < 22 or st["unchanged"] < 1:
        ok = False; print("TOO FEW non-unchanged/unchanged")
print("OK" if ok else "FAIL")
sys.exit(0 if ok else 1)
