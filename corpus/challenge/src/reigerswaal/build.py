# -*- coding: utf-8 -*-
"""Build the reigerswaal family (layout excel-koppen): PDFs and gold. Run from anywhere."""
import copy
import json
import os
import sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "test"))
FAMILY = "reigerswaal"
LAYOUT = "excel-koppen"

PW, PH = landscape(A4)
ML, MR, MT, MB = 28, 28, 34, 40
RH_W = 24          # row-heading strip width
CH_H = 12          # column-letter strip height
FS = 8.5           # body font size
LEAD = 10.4
PAD = 3
MIN_ROW = 12.75

AGR_COLS = [("Code", 44), ("Thema", 76), ("Afspraak", 332), ("Trekker", 78), ("Gereed", 56), ("Opmerking", 176)]
BOD_COLS = [("Nr", 30), ("Onderwerp", 98), ("Ons bod", 392), ("Voorwaarde", 242)]
LETTERS = "ABCDEFGH"
TEXT_COL = 2       # column index holding the afspraak / bid text


def version(item, doc):
    v = item["v"].get(doc)
    if v == "same":
        return version(item, 2025) if doc == 2026 else None
    if v == "bod":
        b = copy.deepcopy(item["v"]["bod"])
        b["trekker"], b["planning"] = "Kribbenhof", "31-12-%d" % doc
        return b
    return v


def build_rows(doc):
    """Sheet rows: dicts with kind (title/text/blank/header/divider/item/note), cells, and afspraak data."""
    is_bod = doc == "bod"
    cols = BOD_COLS if is_bod else AGR_COLS
    rows = []
    head = C.HEAD[doc]
    rows.append({"kind": "title", "text": head[0]})
    for t in head[1:]:
        rows.append({"kind": "text", "text": t})
    rows.append({"kind": "blank"})
    rows.append({"kind": "header", "cells": [c[0] for c in cols]})
    sections = C.BOD_SECTIONS if is_bod else [(k, t) for k, t, _ in C.AGR_SECTIONS]
    prefix = {k: p for k, _, p in C.AGR_SECTIONS}
    n_bod = 0
    for skey, stitle in sections:
        items = [it for it in C.ITEMS if it["sec"] == skey and version(it, doc)]
        if not items:
            continue
        rows.append({"kind": "divider", "text": stitle})
        n = 0
        for it in items:
            v = version(it, doc)
            if is_bod:
                n_bod += 1
                number = str(n_bod)
                cells = [number, it["sub"], v["text"], v["voorw"] or ""]
            else:
                n += 1
                number = "%s-%02d" % (prefix[skey], n)
                cells = [number, it["sub"], v["text"], v["trekker"] or "", v["planning"] or "", v["opm"] or ""]
            rows.append({"kind": "item", "cells": cells, "item": it, "v": v, "number": number,
                         "section": head[0] + " > " + stitle})
            for nd, after, text in C.NOTES:
                if nd == doc and after == it["key"]:
                    cells = [""] * len(cols)
                    cells[TEXT_COL] = text
                    rows.append({"kind": "note", "cells": cells})
    rows.append({"kind": "blank"})
    for t in C.TAIL[doc]:
        rows.append({"kind": "text", "text": t})
    return rows, cols


def row_height(row, cols):
    k = row["kind"]
    if k == "title":
        return 18
    if k in ("text", "divider"):
        total = sum(w for _, w in cols)
        lines = simpleSplit(row["text"], "Helvetica-Bold" if k == "divider" else "Helvetica", FS, total - 2 * PAD)
        return max(MIN_ROW, len(lines) * LEAD + 2 * PAD - 1)
    if k == "blank":
        return MIN_ROW
    font = "Helvetica-Bold" if k == "header" else "Helvetica"
    nl = 1
    for (name, w), txt in zip(cols, row["cells"]):
        f = "Helvetica-Oblique" if k == "note" else font
        nl = max(nl, len(simpleSplit(txt, f, FS, w - 2 * PAD)) if txt else 1)
    return max(MIN_ROW, nl * LEAD + 2 * PAD - 1)


def paginate(rows, cols):
    header_idx = next(i for i, r in enumerate(rows) if r["kind"] == "header")
    hh = row_height(rows[header_idx], cols)
    avail = PH - MT - MB - CH_H
    pages, cur, used = [], [], 0.0
    for i, r in enumerate(rows):
        h = row_height(r, cols)
        if cur and used + h > avail:
            pages.append(cur)
            cur, used = [header_idx], hh
        cur.append(i)
        used += h
    pages.append(cur)
    return pages, header_idx


def draw_text_lines(c, lines, x, ytop, font):
    c.setFont(font, FS)
    y = ytop - PAD - FS + 1
    for ln in lines:
        c.drawString(x, y, ln)
        y -= LEAD


def render(doc, path):
    rows, cols = build_rows(doc)
    pages, header_idx = paginate(rows, cols)
    total_w = sum(w for _, w in cols)
    x0 = ML + RH_W
    c = canvas.Canvas(path, pagesize=(PW, PH), invariant=1)
    c.setTitle(C.HEAD[doc][0])
    c.setAuthor("Gemeente Reigerswaal" if doc != "bod" else "Woonstichting Kribbenhof")
    c.setCreator("Microsoft Excel")
    placed = []  # (row index, page number)
    for pno, idxs in enumerate(pages, 1):
        ytop = PH - MT
        # column letter strip
        c.setLineWidth(0.4)
        c.setStrokeGray(0.55)
        c.setFillGray(0.86)
        c.rect(ML, ytop - CH_H, RH_W, CH_H, stroke=1, fill=1)
        x = x0
        for j, (_, w) in enumerate(cols):
            c.setFillGray(0.86)
            c.rect(x, ytop - CH_H, w, CH_H, stroke=1, fill=1)
            c.setFillGray(0.15)
            c.setFont("Helvetica", 7.5)
            c.drawCentredString(x + w / 2, ytop - CH_H + 3.2, LETTERS[j])
            x += w
        y = ytop - CH_H
        for i in idxs:
            r = rows[i]
            h = row_height(r, cols)
            # row heading
            c.setStrokeGray(0.55)
            c.setFillGray(0.86)
            c.rect(ML, y - h, RH_W, h, stroke=1, fill=1)
            c.setFillGray(0.15)
            c.setFont("Helvetica", 7.5)
            c.drawCentredString(ML + RH_W / 2, y - h / 2 - 2.5, str(i + 1))
            k = r["kind"]
            c.setLineWidth(0.3)
            c.setStrokeGray(0.72)
            if k in ("title", "text", "divider", "blank"):
                if k == "divider":
                    c.setFillGray(0.80)
                    c.rect(x0, y - h, total_w, h, stroke=1, fill=1)
                elif k == "blank":
                    xx = x0
                    for _, w in cols:
                        c.rect(xx, y - h, w, h, stroke=1, fill=0)
                        xx += w
                else:
                    c.rect(x0, y - h, total_w, h, stroke=1, fill=0)
                c.setFillGray(0)
                if k == "title":
                    c.setFont("Helvetica-Bold", 12)
                    c.drawString(x0 + PAD, y - 13.5, r["text"])
                elif k != "blank":
                    font = "Helvetica-Bold" if k == "divider" else "Helvetica"
                    draw_text_lines(c, simpleSplit(r["text"], font, FS, total_w - 2 * PAD), x0 + PAD, y, font)
            else:
                xx = x0
                for j, (_, w) in enumerate(cols):
                    if k == "header":
                        c.setFillGray(0.93)
                        c.rect(xx, y - h, w, h, stroke=1, fill=1)
                    else:
                        c.rect(xx, y - h, w, h, stroke=1, fill=0)
                    txt = r["cells"][j]
                    if txt:
                        c.setFillGray(0)
                        font = ("Helvetica-Bold" if k == "header" else
                                "Helvetica-Oblique" if k == "note" else "Helvetica")
                        draw_text_lines(c, simpleSplit(txt, font, FS, w - 2 * PAD), xx + PAD, y, font)
                    xx += w
            if k == "item" and i != header_idx:
                placed.append((i, pno))
            y -= h
        # footer
        c.setFillGray(0)
        c.setFont("Helvetica", 8)
        c.drawString(ML, MB - 20, "Blad1")
        c.drawRightString(PW - MR, MB - 20, "Pagina %d van %d" % (pno, len(pages)))
        c.showPage()
    c.save()
    return rows, placed, len(pages)


def doc_id(doc):
    return "%s-bod-2026" % FAMILY if doc == "bod" else "%s-%d" % (FAMILY, doc)


def gold_for(doc, rows, placed, npages):
    afs = []
    for i, pno in placed:
        r = rows[i]
        it, v = r["item"], r["v"]
        attrs = {}
        if doc == "bod":
            if v.get("voorw"):
                attrs["voorwaarde"] = v["voorw"]
        elif v.get("opm"):
            attrs["opmerking"] = v["opm"]
        afs.append({
            "key": it["key"],
            "number": r["number"],
            "section": r["section"],
            "party": None,
            "theme": it["themes"][0],
            "themes": list(it["themes"]),
            "page": pno,
            "text": v["text"],
            "trekker": v["trekker"] if doc != "bod" else None,
            "planning": v["planning"] if doc != "bod" else None,
            "attributes": attrs,
            "frame": v["frame"],
        })
    year = 2026 if doc == "bod" else doc
    return {
        "document": {
            "id": doc_id(doc),
            "family": FAMILY,
            "type": "bod" if doc == "bod" else "prestatieafspraken",
            "year": year,
            "years": [year],
            "gemeente": C.GEMEENTE,
            "gemeenten": [C.GEMEENTE],
            "corporaties": [C.CORP],
            "huurdersorganisaties": [C.HUURDERS],
            "pages": npages,
            "layout": LAYOUT,
        },
        "afspraken": afs,
    }


def pair(old_doc, new_doc, field, old_gold, new_gold):
    okeys = [a["key"] for a in old_gold["afspraken"]]
    nkeys = [a["key"] for a in new_gold["afspraken"]]
    links = []
    for it in C.ITEMS:
        k = it["key"]
        if k not in okeys and k not in nkeys:
            continue
        status, kinds, hn = it[field]
        if status == "dropped":
            assert k in okeys and k not in nkeys, k
            links.append({"old": k, "new": None, "status": status, "kinds": [], "hard_negative": None})
        elif status == "new":
            assert k in nkeys and k not in okeys, k
            links.append({"old": None, "new": k, "status": status, "kinds": [], "hard_negative": None})
        else:
            assert k in okeys and k in nkeys, k
            links.append({"old": k, "new": k, "status": status, "kinds": list(kinds), "hard_negative": hn})
    # reading order: matched/dropped by old order, then new ones
    links.sort(key=lambda l: (l["old"] is None, okeys.index(l["old"]) if l["old"] else nkeys.index(l["new"])))
    return {"old": doc_id(old_doc), "new": doc_id(new_doc), "links": links}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for doc in (2025, "bod", 2026):
        did = doc_id(doc)
        rows, placed, npages = render(doc, os.path.join(OUT, "pdf", did + ".pdf"))
        golds[doc] = gold_for(doc, rows, placed, npages)
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(golds[doc], f, ensure_ascii=False, indent=1)
            f.write("\n")
    for old, new, field in ((2025, 2026, "s"), ("bod", 2026, "bs")):
        p = pair(old, new, field, golds[old], golds[new])
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (doc_id(old), doc_id(new))), "w",
                  encoding="utf-8") as f:
            json.dump(p, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for doc, g in golds.items():
        print(g["document"]["id"], g["document"]["pages"], "pages", len(g["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
