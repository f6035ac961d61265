# -*- coding: utf-8 -*-
"""Self-check of the Brakelveen family: texts on their pages, pair coverage and per-pair counts."""
import collections
import glob
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "brakelveen"
MIN = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}

errors = []


def norm_page(text):
    lines = text.split("\n")
    out = ""
    for ln in lines:
        ln = ln.strip()
        if out.endswith("-") and not out.endswith(" -"):
            out = out[:-1] + ln            # hyphenated line break joined into the word
        else:
            out = (out + " " + ln) if out else ln
    return re.sub(r"\s+", " ", out)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    docs = {}
    for path in sorted(glob.glob(os.path.join(OUT, "gold", FAMILY + "-*.json"))):
        gold = json.load(open(path, encoding="utf-8"))
        did = gold["document"]["id"]
        docs[did] = gold
        pdf_path = os.path.join(OUT, "pdf", did + ".pdf")
        size = os.path.getsize(pdf_path)
        if size > 150 * 1024:
            errors.append("%s: pdf too large (%d)" % (did, size))
        with pdfplumber.open(pdf_path) as pdf:
            raw = [p.extract_text() or "" for p in pdf.pages]
            if len(raw) != gold["document"]["pages"]:
                errors.append("%s: page count %d != %d" % (did, len(raw), gold["document"]["pages"]))
        pages = [norm_page(t) for t in raw]
        for i, t in enumerate(raw):
            for ln in t.split("\n"):
                if ln.rstrip().endswith("-"):
                    print("  note: %s p%d line ends with hyphen: %r" % (did, i + 1, ln[-40:]))
        keys = set()
        themes = collections.Counter()
        for a in gold["afspraken"]:
            if a["key"] in keys:
                errors.append("%s: duplicate key %s" % (did, a["key"]))
            keys.add(a["key"])
            themes[a["theme"]] += 1
            if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
                errors.append("%s %s: theme problem" % (did, a["key"]))
            txt = norm(a["text"])
            if txt[0].isdigit():
                errors.append("%s %s: text starts with a digit" % (did, a["key"]))
            p = a["page"] - 1
            here = pages[p]
            both = here + " " + (pages[p + 1] if p + 1 < len(pages) else "")
            if txt not in here:
                if txt in both:
                    print("  note: %s %s runs over to page %d" % (did, a["number"], a["page"] + 1))
                else:
                    errors.append("%s %s (%s): text not found on page %d" % (did, a["number"], a["key"], a["page"]))
            num_line = a["number"] + " " + txt[:30]
            if num_line not in here:
                errors.append("%s %s: number not printed before text on page %d" % (did, a["number"], a["page"]))
            fr = a["frame"]
            if fr["deadline"] and fr["deadline"]["text"] not in a["text"]:
                errors.append("%s %s: deadline text %r not in text" % (did, a["key"], fr["deadline"]["text"]))
            for c in fr["conditions"]:
                if c not in a["text"]:
                    errors.append("%s %s: condition %r not in text" % (did, a["key"], c))
            attr = "Wie: %s" % a["trekker"]
            if attr not in both:
                errors.append("%s %s: attribute line not found" % (did, a["key"]))
            if ("Wie:" in a["text"]) or ("Wanneer:" in a["text"]):
                errors.append("%s %s: attribute line inside text" % (did, a["key"]))
        print("%s: %d pages, %d afspraken, themes %s" % (did, len(raw), len(gold["afspraken"]), dict(themes)))

    for path in sorted(glob.glob(os.path.join(OUT, "gold", "pairs", FAMILY + "-*__*.json"))):
        pair = json.load(open(path, encoding="utf-8"))
        old, new = docs[pair["old"]], docs[pair["new"]]
        ok = [a["key"] for a in old["afspraken"]]
        nk = [a["key"] for a in new["afspraken"]]
        otext = {a["key"]: a["text"] for a in old["afspraken"]}
        ntext = {a["key"]: a["text"] for a in new["afspraken"]}
        seen_o, seen_n = collections.Counter(), collections.Counter()
        st = collections.Counter()
        kinds = collections.Counter()
        hns = collections.Counter()
        for l in pair["links"]:
            if l["old"]:
                seen_o[l["old"]] += 1
            if l["new"]:
                seen_n[l["new"]] += 1
            s = l["status"]
            st[s] += 1
            for k in l["kinds"]:
                kinds[k] += 1
            if l["hard_negative"]:
                hns[l["hard_negative"]] += 1
            if s == "new" and l["old"] is not None or s == "dropped" and l["new"] is not None:
                errors.append("%s: bad new/dropped link %s" % (path, l))
            if l["old"] and l["new"]:
                same = otext[l["old"]] == ntext[l["new"]]
                if same != (s == "unchanged"):
                    errors.append("%s: %s status %s but identical=%s" % (os.path.basename(path), l["old"], s, same))
            if s in ("weakened", "strengthened", "modified") and not l["kinds"]:
                errors.append("%s: %s without kinds" % (os.path.basename(path), l))
            if s == "modified" and len(l["kinds"]) < 2:
                errors.append("%s: modified needs two kinds" % os.path.basename(path))
            if l["hard_negative"] and s != "reworded":
                errors.append("%s: hard negative on non-reworded link" % os.path.basename(path))
        for k in ok:
            if seen_o[k] != 1:
                errors.append("%s: old %s covered %d times" % (path, k, seen_o[k]))
        for k in nk:
            if seen_n[k] != 1:
                errors.append("%s: new %s covered %d times" % (path, k, seen_n[k]))
        if set(seen_o) - set(ok) or set(seen_n) - set(nk):
            errors.append("%s: unknown keys" % path)
        non_unchanged = sum(v for k, v in st.items() if k != "unchanged")
        for s, m in MIN.items():
            if st[s] < m:
                errors.append("%s: only %d %s" % (os.path.basename(path), st[s], s))
        if non_unchanged < 22:
            errors.append("%s: only %d non-unchanged" % (os.path.basename(path), non_unchanged))
        if st["modified"] > 1:
            errors.append("%s: more than one modified" % os.path.basename(path))
        if st["unchanged"] < 1:
            errors.append("%s: no unchanged links" % os.path.basename(path))
        print("%s: %d links, non-unchanged %d" % (os.path.basename(path), len(pair["links"]), non_unchanged))
        print("   statuses: %s" % dict(sorted(st.items())))
        print("   kinds:    %s" % dict(sorted(kinds.items())))
        print("   hard neg: %s" % dict(sorted(hns.items())))

    if errors:
        print("\nFAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
