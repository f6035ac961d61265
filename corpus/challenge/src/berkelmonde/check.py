# -*- coding: utf-8 -*-
"""Self-check of the berkelmonde family: texts on their pages, pair coverage, required counts."""
import collections, json, os, re, sys
import pdfplumber

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
DOCS = ["berkelmonde-2025", "berkelmonde-2026", "berkelmonde-2027"]
PAIRS = [("berkelmonde-2025", "berkelmonde-2026"), ("berkelmonde-2026", "berkelmonde-2027")]
MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def variants(raw):
    a = norm(re.sub(r"-\n(?=\S)", "", raw))   # hyphen at line end joined into the word
    b = norm(re.sub(r"-\n(?=\S)", "-", raw))  # hyphen kept (compound such as Oude Monde-West)
    return a, b


gold = {}
for d in DOCS:
    g = json.load(open(os.path.join(OUT, "gold", d + ".json"), encoding="utf-8"))
    gold[d] = g
    with pdfplumber.open(os.path.join(OUT, "pdf", d + ".pdf")) as pdf:
        n = len(pdf.pages)
        body = []
        for p in pdf.pages:  # crop running header and footer away
            body.append(p.crop((0, 18 * 72 / 25.4, p.width, p.height - 18 * 72 / 25.4)).extract_text() or "")
    if n != g["document"]["pages"]:
        fail("%s pages %d != %d" % (d, n, g["document"]["pages"]))
    size = os.path.getsize(os.path.join(OUT, "pdf", d + ".pdf"))
    if size > 150000:
        fail("%s too large" % d)
    keys = [a["key"] for a in g["afspraken"]]
    if len(keys) != len(set(keys)):
        fail("%s duplicate keys" % d)
    spans = 0
    for a in g["afspraken"]:
        t = norm(a["text"])
        if re.match(r"\d", t):
            fail("%s %s starts with digit" % (d, a["key"]))
        pg = a["page"] - 1
        one = variants(body[pg])
        if any(t in v for v in one):
            continue
        two = variants(body[pg] + "\n" + body[pg + 1]) if pg + 1 < n else ("", "")
        if any(t in v for v in two):
            spans += 1
            continue
        fail("%s %s not found on page %d" % (d, a["key"], a["page"]))
    secpages = collections.defaultdict(set)
    for a in g["afspraken"]:
        secpages[a["section"]].add(a["page"])
    multi = [s for s, ps in secpages.items() if len(ps) > 1]
    if not multi and not spans:
        fail("%s: no afspraken list continues over a page break" % d)
    themes = collections.Counter(a["theme"] for a in g["afspraken"])
    print("%s: %d pages, %d afspraken, %d bullet(s) over a page break, lists over a page break: %d, %d KB; themes %s" % (
        d, n, len(keys), spans, len(multi), size // 1024, dict(themes)))
    if len(keys) < 25:
        fail("%s fewer than 25 afspraken" % d)

for o, nw in PAIRS:
    pr = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, nw)), encoding="utf-8"))
    ok_keys = {a["key"]: a for a in gold[o]["afspraken"]}
    nw_keys = {a["key"]: a for a in gold[nw]["afspraken"]}
    seen_o, seen_n = collections.Counter(), collections.Counter()
    st = collections.Counter()
    kinds = collections.Counter()
    hns = collections.Counter()
    for l in pr["links"]:
        st[l["status"]] += 1
        for k in l["kinds"]:
            kinds[k] += 1
        if l["hard_negative"]:
            hns[l["hard_negative"]] += 1
        if l["old"]:
            seen_o[l["old"]] += 1
            if l["old"] not in ok_keys:
                fail("pair %s: unknown old %s" % (o, l["old"]))
        if l["new"]:
            seen_n[l["new"]] += 1
            if l["new"] not in nw_keys:
                fail("pair %s: unknown new %s" % (o, l["new"]))
        s = l["status"]
        if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
            fail("bad new/dropped link %s" % l)
        if s not in ("new", "dropped"):
            if not (l["old"] and l["new"]):
                fail("incomplete link %s" % l)
                continue
            same = ok_keys[l["old"]]["text"] == nw_keys[l["new"]]["text"]
            if (s == "unchanged") != same:
                fail("status %s but identical=%s for %s" % (s, same, l["old"]))
            if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
                fail("no kinds for %s" % l)
    for k in ok_keys:
        if seen_o[k] != 1:
            fail("old %s covered %d times" % (k, seen_o[k]))
    for k in nw_keys:
        if seen_n[k] != 1:
            fail("new %s covered %d times" % (k, seen_n[k]))
    nonun = sum(v for s, v in st.items() if s != "unchanged")
    print("%s -> %s: %d links, %d not unchanged; statuses %s; kinds %s; hard negatives %s" % (
        o, nw, len(pr["links"]), nonun, dict(st), dict(kinds), dict(hns)))
    if nonun < 22:
        fail("pair %s: only %d non-unchanged" % (o, nonun))
    for s, m in MIN.items():
        if st[s] < m:
            fail("pair %s: %s %d < %d" % (o, s, st[s], m))
    if st["unchanged"] < 1:
        fail("pair %s: no unchanged" % o)

print("OK" if ok else "CHECK FAILED")
sys.exit(0 if ok else 1)
