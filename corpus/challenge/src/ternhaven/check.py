# -*- coding: utf-8 -*-
"""Self-check of the ternhaven family (run from /work/main after build.py).

- every gold afspraak text is found in the pdfplumber text of its page (or page + next page),
  after joining end-of-line hyphens and normalising whitespace; running header/footer are cropped off;
- every pair covers every afspraak of both documents exactly once;
- per pair: >= 22 non-unchanged links, >= 4 weakened, >= 4 strengthened, >= 3 new, >= 3 dropped,
  >= 6 reworded; 'unchanged' only for identical text, never for differing text.
"""
import collections
import json
import os
import re
import sys

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "ternhaven"
YEARS = [2025, 2026, 2027]
THEMES = {"beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit", "leefbaarheid", "overig"}
STATUSES = {"unchanged", "reworded", "weakened", "strengthened", "modified", "new", "dropped"}
KINDS = {"quantity", "deadline", "modality", "condition", "scope", "label"}
HN = {None, "recurring_year", "indexed_amount", "external_figure", "progress", "same_figures"}


def norm(t):
    t = re.sub(r"-\n(?=\S)", "", t)
    return " ".join(t.split())


def page_texts(path):
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            body = p.crop((0, 58, p.width, p.height - 56))  # drop running header and footer
            out.append(body.extract_text() or "")
    return out


def main():
    errors = []
    docs = {}
    for y in YEARS:
        did = "%s-%d" % (FAMILY, y)
        gold = json.load(open(os.path.join(OUT, "gold", did + ".json"), encoding="utf-8"))
        pdf_path = os.path.join(OUT, "pdf", did + ".pdf")
        size = os.path.getsize(pdf_path)
        if size > 150_000:
            errors.append("%s: pdf too large (%d bytes)" % (did, size))
        texts = page_texts(pdf_path)
        if gold["document"]["pages"] != len(texts):
            errors.append("%s: pages %d != %d" % (did, gold["document"]["pages"], len(texts)))
        keys = [a["key"] for a in gold["afspraken"]]
        if len(keys) != len(set(keys)):
            errors.append("%s: duplicate keys" % did)
        if not 25 <= len(keys):
            errors.append("%s: only %d afspraken" % (did, len(keys)))
        per_party = collections.Counter()
        for a in gold["afspraken"]:
            p = a["page"]
            hay = norm(texts[p - 1])
            hay2 = norm(texts[p - 1] + "\n" + (texts[p] if p < len(texts) else ""))
            t = " ".join(a["text"].split())
            if t[:1].isdigit():
                errors.append("%s/%s: text starts with a digit" % (did, a["key"]))
            if t not in hay and t not in hay2:
                errors.append("%s/%s: text not found on page %d" % (did, a["key"], p))
            if not re.search(r"(^|\s)%s\s+%s" % (re.escape(a["number"]), re.escape(t[:25])), hay):
                errors.append("%s/%s: number %s not printed before text" % (did, a["key"], a["number"]))
            if a["theme"] not in THEMES or a["themes"][0] != a["theme"] or not set(a["themes"]) <= THEMES:
                errors.append("%s/%s: theme" % (did, a["key"]))
            if a["frame"]["modality"] not in {"firm", "intent", "explore", "discuss"}:
                errors.append("%s/%s: modality" % (did, a["key"]))
            per_party[a["party"]] += 1
        docs[y] = {a["key"]: a for a in gold["afspraken"]}
        themes = collections.Counter(a["theme"] for a in gold["afspraken"])
        print("%s: %d pages, %d afspraken, %d bytes; per party %s; themes %s" % (
            did, len(texts), len(keys), size, dict(per_party), dict(themes)))

    for yo, yn in [(2025, 2026), (2026, 2027)]:
        old_id, new_id = "%s-%d" % (FAMILY, yo), "%s-%d" % (FAMILY, yn)
        pair = json.load(open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (old_id, new_id)),
                              encoding="utf-8"))
        old, new = docs[yo], docs[yn]
        seen_old, seen_new = collections.Counter(), collections.Counter()
        st, kinds, hns = collections.Counter(), collections.Counter(), collections.Counter()
        for ln in pair["links"]:
            s = ln["status"]
            st[s] += 1
            if s not in STATUSES:
                errors.append("%s: bad status %s" % (old_id, s))
            if ln["hard_negative"] not in HN:
                errors.append("bad hard_negative %s" % ln["hard_negative"])
            if ln["hard_negative"]:
                hns[ln["hard_negative"]] += 1
                if s != "reworded":
                    errors.append("%s: hard negative on non-reworded link %s" % (old_id, ln))
            for k in ln["kinds"]:
                kinds[k] += 1
                if k not in KINDS:
                    errors.append("bad kind %s" % k)
            if s in ("weakened", "strengthened", "modified") and not ln["kinds"]:
                errors.append("%s: no kinds for %s" % (old_id, ln))
            if s == "modified" and len(ln["kinds"]) < 2:
                errors.append("%s: modified needs two kinds %s" % (old_id, ln))
            if ln["old"] is not None:
                seen_old[ln["old"]] += 1
                if ln["old"] not in old:
                    errors.append("%s: unknown old key %s" % (old_id, ln["old"]))
            if ln["new"] is not None:
                seen_new[ln["new"]] += 1
                if ln["new"] not in new:
                    errors.append("%s: unknown new key %s" % (new_id, ln["new"]))
            if s == "new" and ln["old"] is not None or s == "dropped" and ln["new"] is not None:
                errors.append("bad new/dropped link %s" % ln)
            if ln["old"] in old and ln["new"] in new:
                same = old[ln["old"]]["text"] == new[ln["new"]]["text"]
                if same != (s == "unchanged"):
                    errors.append("%s: unchanged/identical mismatch for %s (%s)" % (old_id, ln["old"], s))
        for k in old:
            if seen_old[k] != 1:
                errors.append("%s: old key %s covered %d times" % (old_id, k, seen_old[k]))
        for k in new:
            if seen_new[k] != 1:
                errors.append("%s: new key %s covered %d times" % (new_id, k, seen_new[k]))
        non_unch = sum(v for s, v in st.items() if s != "unchanged")
        need = {"weakened": 4, "strengthened": 4, "new": 3, "dropped": 3, "reworded": 6}
        for s, n in need.items():
            if st[s] < n:
                errors.append("%s__%s: %s %d < %d" % (old_id, new_id, s, st[s], n))
        if non_unch < 22:
            errors.append("%s__%s: only %d non-unchanged" % (old_id, new_id, non_unch))
        if st["modified"] > 1:
            errors.append("%s__%s: more than one modified" % (old_id, new_id))
        print("%s__%s: %d links, %d non-unchanged; statuses %s; kinds %s; hard negatives %s" % (
            old_id, new_id, len(pair["links"]), non_unch, dict(sorted(st.items())), dict(sorted(kinds.items())),
            dict(sorted(hns.items()))))

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
