# -*- coding: utf-8 -*-
"""Self-check of the kolmerdam family: gold texts vs pdfplumber text, pair coverage and counts.

The CONCEPT watermark is drawn as rotated (non-upright) text; pdfplumber interleaves its letters with the body
text. The check therefore compares against the page text with rotated characters removed (text matrix with a
non-zero b component; the watermark is the only rotated text, and pdfplumber still flags it 'upright') and with the running header/footer cropped off; it also reports how many afspraken are
found in the raw page text, as a measure of how much the watermark disturbs naive extraction.
"""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "kolmerdam"
YEARS = [2025, 2026, 2027]


def norm(t):
    t = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", t)
    return re.sub(r"\s+", " ", t).strip()


def page_texts(path):
    clean, raw = [], []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            raw.append(norm(p.extract_text() or ""))
            body = p.crop((0, 55, p.width, p.height - 55)).filter(
                lambda o: o.get("object_type") != "char" or abs(o["matrix"][1]) < 1e-3)
            clean.append(norm(body.extract_text() or ""))
    return clean, raw


def main():
    ok = True
    docs = {}
    for y in YEARS:
        did = "%s-%d" % (FAMILY, y)
        g = json.load(open(os.path.join(OUT, "gold", did + ".json"), encoding="utf-8"))
        docs[y] = g
        clean, raw = page_texts(os.path.join(OUT, "pdf", did + ".pdf"))
        size = os.path.getsize(os.path.join(OUT, "pdf", did + ".pdf"))
        assert g["document"]["pages"] == len(clean), did
        nraw = 0
        themes = collections.Counter()
        for a in g["afspraken"]:
            t = norm(a["text"])
            i = a["page"] - 1
            if t[0].isdigit():
                print("TEXT STARTS WITH DIGIT", did, a["key"]); ok = False
            hay = clean[i] + " " + (clean[i + 1] if i + 1 < len(clean) else "")
            if t[:60] not in clean[i]:
                print("DOES NOT START ON PAGE", did, a["key"], a["page"]); ok = False
            if t not in hay:
                print("NOT FOUND", did, a["key"], a["page"]); ok = False
            if t in raw[i] or t in raw[i] + " " + (raw[i + 1] if i + 1 < len(raw) else ""):
                nraw += 1
            themes[a["theme"]] += 1
        n = len(g["afspraken"])
        print("%s: %d pages, %d KB, %d afspraken (%d intact in raw text), themes %s" % (
            did, len(clean), size // 1024, n, nraw, dict(themes)))
        if n < 25 or size > 150 * 1024:
            ok = False; print("  too few afspraken or too large")
        keys = [a["key"] for a in g["afspraken"]]
        if len(set(keys)) != len(keys):
            ok = False; print("  duplicate keys")
    for o, n in zip(YEARS, YEARS[1:]):
        oid, nid = "%s-%d" % (FAMILY, o), "%s-%d" % (FAMILY, n)
        pr = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (oid, nid)), encoding="utf-8"))
        ok_keys = collections.Counter(l["old"] for l in pr["links"] if l["old"])
        nk_keys = collections.Counter(l["new"] for l in pr["links"] if l["new"])
        old_keys = {a["key"]: a for a in docs[o]["afspraken"]}
        new_keys = {a["key"]: a for a in docs[n]["afspraken"]}
        if set(ok_keys) != set(old_keys) or any(v != 1 for v in ok_keys.values()):
            ok = False; print("  old coverage wrong")
        if set(nk_keys) != set(new_keys) or any(v != 1 for v in nk_keys.values()):
            ok = False; print("  new coverage wrong")
        st = collections.Counter(l["status"] for l in pr["links"])
        kinds = collections.Counter(k for l in pr["links"] for k in l["kinds"])
        hn = collections.Counter(l["hard_negative"] for l in pr["links"] if l["hard_negative"])
        for l in pr["links"]:
            if l["status"] == "unchanged" and old_keys[l["old"]]["text"] != new_keys[l["new"]]["text"]:
                ok = False; print("  unchanged but text differs", l)
            if l["status"] in ("weakened", "strengthened", "modified") and not l["kinds"]:
                ok = False; print("  no kinds", l)
        nonun = sum(v for k, v in st.items() if k != "unchanged")
        print("%s -> %s: %d links, non-unchanged %d, statuses %s, kinds %s, hard negatives %s" % (
            oid, nid, len(pr["links"]), nonun, dict(st), dict(kinds), dict(hn)))
        need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
        for k, v in need.items():
            if st[k] < v:
                ok = False; print("  too few", k)
        if nonun < 22 or st["unchanged"] < 1:
            ok = False; print("  too few changes / no unchanged")
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
