# -*- coding: utf-8 -*-
"""Build the pijlwerd family: plain-text agreements (Courier 10, hard line breaks) rendered with reportlab.
Run from anywhere: /work/main/.venv/bin/python corpus/challenge/src/pijlwerd/build.py"""
import json
import os
import sys
import textwrap

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "pijlwerd"
WIDTH = 78
BODY_LINES = 58
LEFT, TOP, LEAD = 50, 800, 12
FONT, SIZE = "Courier", 10


def wrap(text, width):
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def hang(label, text, indent, width=WIDTH):
    lines = wrap(text, width - indent)
    out = [(label.ljust(indent) if label else " " * indent) + lines[0]]
    out += [" " * indent + l for l in lines[1:]]
    return out


def para(text, indent=0):
    return [" " * indent + l for l in wrap(text, WIDTH - indent)]


def heading(text, ch):
    return [text, ch * len(text)]


def keep(L, n):
    """A typist's page break: push a heading to the next page when fewer than n lines remain."""
    rem = BODY_LINES - len(L) % BODY_LINES
    if rem < n:
        L += [""] * rem


# table geometry: | Nr   | Afspraak (38) | Wie (12) | Wanneer (11) |
TW = (4, 38, 12, 11)


def border(ch="-"):
    return "+" + "+".join(ch * (w + 2) for w in TW) + "+"


def trow(cells):
    cols = [wrap(c, w) or [""] for c, w in zip(cells, TW)]
    h = max(len(c) for c in cols)
    out = []
    for i in range(h):
        parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(cols, TW)]
        out.append("| " + " | ".join(parts) + " |")
    return out


def version(item, year):
    """Resolve the version of an item in a year ('same' -> previous text)."""
    v = item["v"].get(year)
    if v is None:
        return None
    if v == "same":
        prev = version(item, year - 1)
        return dict(prev, status="unchanged", kinds=[], hn=None)
    return v


def compose(year):
    prev = year - 1
    L = []          # lines
    marks = []      # (line index, gold afspraak)
    sub = lambda s: s.format(year=year, prev=prev, efg=C.EFG[year])
    title = "PRESTATIEAFSPRAKEN %d" % year
    L += ["", " " * 20 + title, " " * 20 + "=" * len(title), ""]
    L += ["Gemeente Pijlwerd", "Woonstichting Het Pijlhuis", "Huurdersvereniging Pijlwerd", ""]
    L += para("Afspraken over wonen in Pijlwerd en Oudeveer voor het jaar %d, gemaakt door de drie partijen "
              "samen. Vastgesteld in het bestuurlijk overleg en ondertekend op %s." % (year, C.SIGN_DATE[year]))
    L += ["", "Bestand: pa-pijlwerd-%d-def.txt" % year, "Versie: definitief", ""]
    L += heading("INHOUD", "-")
    toc = ["1. INLEIDING"] + ["%d. %s" % (n, t) for n, t, _, _ in C.CHAPTERS] + ["7. ONDERTEKENING"]
    L += ["   " + t for t in toc]
    L += [""] * (BODY_LINES - len(L))   # form feed after the cover
    L += heading("1. INLEIDING", "=")
    L.append("")
    for p in C.INLEIDING:
        L += para(sub(p)) + [""]
    L += heading("TERUGBLIK %d" % prev, "-")
    L += para(C.TERUGBLIK[year]) + [""]
    L += para("Dit is een terugblik; de afspraken voor %d staan in de hoofdstukken 2 tot en met 6." % year)
    L.append("")

    items = [it for it in C.A if version(it, year) is not None]
    for num, ctitle, is_table, intro in C.CHAPTERS:
        L.append("")
        keep(L, 8)
        L += heading("%d. %s" % (num, ctitle), "=")
        L.append("")
        L += para(sub(intro))
        L.append("")
        chap_items = [it for it in items if it["chap"] == num]
        n = 0
        if is_table:
            keep(L, 9)
            L.append(border())
            L += trow(["Nr", "Afspraak", "Wie", "Wanneer"])
            L.append(border("="))
            for it in chap_items:
                v = version(it, year)
                n += 1
                nr = "%d.%d" % (num, n)
                marks.append((len(L), it, v, nr, ctitle))
                L += trow([nr, v["text"], v["wie"], v["wann"]])
                L.append(border())
            L.append("")
            continue
        cur_sub = None
        open_group = None
        letter = 0
        for it in chap_items:
            v = version(it, year)
            if it["sub"] != cur_sub:
                cur_sub = it["sub"]
                keep(L, 6)
                L += heading(cur_sub, "-")
                L.append("")
            section = ctitle + (" > " + cur_sub if cur_sub else "")
            if it["group"]:
                if open_group != it["group"]:
                    open_group = it["group"]
                    n += 1
                    L += hang("%d.%d" % (num, n), C.LEADIN[it["group"]], 6)
                    letter = 0
                lab = "abcdefgh"[letter]
                letter += 1
                marks.append((len(L), it, v, lab, section))
                L += hang("      %s)" % lab, v["text"], 9)
                continue
            if open_group:
                open_group = None
                L.append("")
            n += 1
            nr = "%d.%d" % (num, n)
            marks.append((len(L), it, v, nr, section))
            L += hang(nr, v["text"], 6)
            L.append("")
    L.append("")
    keep(L, 8)
    L += heading("7. ONDERTEKENING", "=")
    L.append("")
    L += para("Aldus overeengekomen en ondertekend te Pijlwerd op %s." % C.SIGN_DATE[year])
    L.append("")
    for org, name, func in C.SIGNATORIES:
        L += [org, "", "__________________________", name + ", " + func, ""]
    L += heading("BIJLAGEN", "-")
    L += ["   1. Nieuwbouwprogramma Het Pijlhuis %d-%d" % (year, year + 4),
          "   2. Monitor prestatieafspraken %d (stand 1 oktober)" % prev]
    return L, marks


def render(year, path):
    L, marks = compose(year)
    # cover page is forced to stand alone: pad to the first page break after the INHOUD block
    pages = [L[i:i + BODY_LINES] for i in range(0, len(L), BODY_LINES)]
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("prestatieafspraken-pijlwerd-%d.txt" % year)
    c.setAuthor("")
    c.setCreator("Kladblok")
    header = "PRESTATIEAFSPRAKEN PIJLWERD %d" % year
    for pno, lines in enumerate(pages, 1):
        c.setFont(FONT, SIZE)
        c.drawString(LEFT, TOP, header)
        y = TOP - 2 * LEAD
        for ln in lines:
            if ln:
                c.drawString(LEFT, y, ln)
            y -= LEAD
        foot = "- %d -" % pno
        c.drawString(LEFT + 6 * ((WIDTH - len(foot)) // 2), 36, foot)
        c.showPage()
    c.save()
    gold = []
    for idx, it, v, nr, section in marks:
        gold.append({
            "key": it["key"], "number": nr, "section": section, "party": None,
            "theme": it["themes"][0], "themes": it["themes"], "page": idx // BODY_LINES + 1,
            "text": v["text"], "trekker": v["wie"], "planning": v["wann"], "attributes": {},
            "frame": v["frame"],
        })
    doc = {"id": "%s-%d" % (FAMILY, year), "family": FAMILY, "type": "prestatieafspraken", "year": year,
           "years": [year], "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORPORATIE],
           "huurdersorganisaties": [C.HUURDERS], "pages": len(pages), "layout": "platte-tekst"}
    return {"document": doc, "afspraken": gold}


def pair(old, new, oy, ny):
    okeys = [a["key"] for a in old["afspraken"]]
    nkeys = [a["key"] for a in new["afspraken"]]
    items = {it["key"]: it for it in C.A}
    links = []
    for k in okeys:
        if k in nkeys:
            v = version(items[k], ny)
            links.append({"old": k, "new": k, "status": v["status"], "kinds": v["kinds"],
                          "hard_negative": v["hn"]})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in nkeys:
        if k not in okeys:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    return {"old": old["document"]["id"], "new": new["document"]["id"], "links": links}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    golds = {}
    for y in C.YEARS:
        did = "%s-%d" % (FAMILY, y)
        golds[y] = render(y, os.path.join(OUT, "pdf", did + ".pdf"))
        dump(golds[y], os.path.join(OUT, "gold", did + ".json"))
    for a, b in zip(C.YEARS, C.YEARS[1:]):
        p = pair(golds[a], golds[b], a, b)
        dump(p, os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (p["old"], p["new"])))
    for y in C.YEARS:
        print(y, golds[y]["document"]["pages"], "pages", len(golds[y]["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
