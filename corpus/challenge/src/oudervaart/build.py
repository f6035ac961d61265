# -*- coding: utf-8 -*-
"""Build the oudervaart family (layout `invulformat`): run with /work/main/.venv/bin/python from anywhere.

Writes corpus/challenge/dev/pdf/oudervaart-*.pdf, gold/oudervaart-*.json and gold/pairs/*.json.
Deterministic: reportlab canvas with invariant=1, no dates or randomness."""
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
PW, PH = A4
ML, MR, MT, MB = 20 * mm, 20 * mm, 24 * mm, 20 * mm
W = PW - ML - MR
GREY = (0.45, 0.45, 0.45)
LIGHT = (0.90, 0.90, 0.90)
PRINT, PRINTB = "Helvetica", "Helvetica-Bold"
TYPED = "Times-Roman"      # values typed into the agreement format
TYPEWRITER = "Courier"     # answers typed into the bod format


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- flowable blocks
class Block:
    """A block of fixed height drawn at a y position; `marks` collects gold afspraken placed in it."""

    def __init__(self, height, draw, gold=None, space=6, keep_with_next=False):
        self.height, self.draw, self.gold, self.space = height, draw, gold or [], space
        self.keep_with_next = keep_with_next


def paginate(blocks):
    pages, cur, y = [], [], PH - MT
    i = 0
    while i < len(blocks):
        b = blocks[i]
        need = b.height
        if b.keep_with_next and i + 1 < len(blocks):
            need += b.space + blocks[i + 1].height
        if cur and y - need < MB:
            pages.append(cur)
            cur, y = [], PH - MT
        cur.append((b, y))
        y -= b.height + b.space
        i += 1
    if cur:
        pages.append(cur)
    return pages


def render(path, blocks, header, footer):
    pages = paginate(blocks)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(header[0])
    c.setAuthor("Woonregio Vaartland")
    c.setSubject(header[1])
    gold = []
    for pno, items in enumerate(pages, 1):
        c.setFont(PRINT, 7.5)
        c.setFillColorRGB(*GREY)
        c.drawString(ML, PH - 13 * mm, header[0])
        c.drawRightString(PW - MR, PH - 13 * mm, header[1])
        c.setStrokeColorRGB(*GREY)
        c.setLineWidth(0.4)
        c.line(ML, PH - 15 * mm, PW - MR, PH - 15 * mm)
        c.drawString(ML, 11 * mm, footer)
        c.drawRightString(PW - MR, 11 * mm, "Pagina %d van %d" % (pno, len(pages)))
        c.setFillColorRGB(0, 0, 0)
        for b, y in items:
            b.draw(c, y)
            for g in b.gold:
                g["page"] = pno
                gold.append(g)
        c.showPage()
    c.save()
    return gold, len(pages)


# ---------------------------------------------------------------- drawing helpers
def label(c, x, y, text):
    c.setFont(PRINT, 6.8)
    c.setFillColorRGB(*GREY)
    c.drawString(x, y, text)
    c.setFillColorRGB(0, 0, 0)


def box(c, x, ytop, w, h, fill=None):
    c.setStrokeColorRGB(0.35, 0.35, 0.35)
    c.setLineWidth(0.5)
    if fill:
        c.setFillColorRGB(*fill)
        c.rect(x, ytop - h, w, h, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
    else:
        c.rect(x, ytop - h, w, h, stroke=1, fill=0)


def checkbox(c, x, y, ticked):
    s = 7
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.setLineWidth(0.6)
    c.rect(x, y - 1, s, s, stroke=1, fill=0)
    if ticked:
        c.line(x + 1.2, y + 0.2, x + s - 1.2, y + s - 2.2)
        c.line(x + 1.2, y + s - 2.2, x + s - 1.2, y + 0.2)


def title_block(lines):
    """lines: (font, size, text)."""
    h = sum(s * 1.5 for _, s, _ in lines) + 6

    def draw(c, y):
        yy = y
        for f, s, t in lines:
            yy -= s * 1.3
            c.setFont(f, s)
            c.drawString(ML, yy, t)
            yy -= s * 0.2
        c.setLineWidth(1.2)
        c.setStrokeColorRGB(0, 0, 0)
        c.line(ML, y - h + 2, ML + W, y - h + 2)
    return Block(h, draw, space=10)


def part_heading(text):
    def draw(c, y):
        c.setFont(PRINTB, 12)
        c.drawString(ML, y - 12, text)
    return Block(17, draw, space=4, keep_with_next=True)


def theme_bar(text):
    def draw(c, y):
        box(c, ML, y, W, 17, fill=(0.22, 0.33, 0.45))
        c.setFillColorRGB(1, 1, 1)
        c.setFont(PRINTB, 10)
        c.drawString(ML + 5, y - 12, text)
        c.setFillColorRGB(0, 0, 0)
    return Block(17, draw, space=6, keep_with_next=True)


def paragraph(text, font=PRINT, size=8.8, lead=11.5, space=5):
    lines = wrap(text, font, size, W)
    h = len(lines) * lead

    def draw(c, y):
        c.setFont(font, size)
        for i, ln in enumerate(lines):
            c.drawString(ML, y - size - i * lead, ln)
    return Block(h, draw, space=space)


def field_rows(rows, labelw=62 * mm):
    """Form rows 'label left, typed value in a box right'."""
    lead = 12
    prepared = [(lab, wrap(val, TYPED, 9.8, W - labelw - 10)) for lab, val in rows]
    hs = [max(1, len(v)) * lead + 8 for _, v in prepared]
    h = sum(hs)

    def draw(c, y):
        yy = y
        for (lab, vals), hh in zip(prepared, hs):
            box(c, ML + labelw, yy, W - labelw, hh)
            base = yy - 4 - 9.8 * 0.8 - 1
            label(c, ML, base, lab)
            c.setFont(TYPED, 9.8)
            for i, v in enumerate(vals):
                c.drawString(ML + labelw + 5, base - i * lead, v)
            yy -= hh
    return Block(h, draw, space=8)


def labelled_box(lab, text, font=TYPED, size=9.6, lead=12, fill=None):
    """Label above a full-width box holding (typed) text."""
    lines = wrap(text, font, size, W - 10)
    bh = len(lines) * lead + 8
    h = 10 + bh

    def draw(c, y):
        label(c, ML, y - 7, lab)
        box(c, ML, y - 10, W, bh, fill=fill)
        c.setFont(font, size)
        for i, ln in enumerate(lines):
            c.drawString(ML + 5, y - 10 - 4 - size * 0.8 - 1 - i * lead, ln)
    return Block(h, draw, space=8)


# ---------------------------------------------------------------- agreement: one afspraak block
LABW = 27 * mm


def afspraak_block(number, text, partijen, trekker, gereed, indicator, gold):
    lead = 12.2
    size = 9.8
    tlines = wrap(text, TYPED, size, W - LABW - 10)
    th = len(tlines) * lead + 8
    col = [(("Trekker"), 45 * mm), ("Gereed in", 32 * mm), ("Indicator", W - 77 * mm)]
    vals = [trekker, gereed, indicator]
    vlines = [wrap(v, TYPED, 9.2, cw - 8) for (lab, cw), v in zip(col, vals)]
    vh = max(len(v) for v in vlines) * 11 + 7
    h = 15 + th + 16 + 10 + vh

    def draw(c, y):
        # number strip
        box(c, ML, y, W, 13, fill=LIGHT)
        label(c, ML + 4, y - 9.2, "Nr.")
        c.setFont(TYPED, 9.5)
        c.drawString(ML + 18, y - 9.4, number)
        label(c, ML + W - 62, y - 9.2, "Format PA-3")
        yy = y - 15
        # afspraak text box, label left on the first line's baseline
        box(c, ML + LABW, yy, W - LABW, th)
        base = yy - 4 - size * 0.8 - 1
        label(c, ML + 4, base, "Afspraak")
        c.setFont(TYPED, size)
        for i, ln in enumerate(tlines):
            c.drawString(ML + LABW + 5, base - i * lead, ln)
        yy -= th + 3
        # betrokken partijen
        base = yy - 9
        label(c, ML + 4, base, "Betrokken partijen")
        x = ML + LABW + 5
        for code, name in zip("GCH", C.PARTY_LABELS):
            checkbox(c, x, base, code in partijen)
            c.setFont(PRINT, 8.2)
            c.drawString(x + 10, base, name)
            x += 14 + stringWidth(name, PRINT, 8.2) + 14
        yy -= 13
        # trekker / gereed in / indicator: labels above boxes
        x = ML
        for (lab, cw), vl in zip(col, vlines):
            label(c, x + 1, yy - 7, lab)
            box(c, x, yy - 10, cw - 3, vh)
            c.setFont(TYPED, 9.2)
            for i, v in enumerate(vl):
                c.drawString(x + 4, yy - 10 - 4 - 7.5 - i * 11, v)
            x += cw
    return Block(h, draw, gold=[gold], space=9)


# ---------------------------------------------------------------- bod: question + answer box
def question_block(nr, question, answer, gold_items):
    qlines = wrap(question, PRINT, 8.8, W - 48)
    qh = len(qlines) * 11.2 + 4
    size, lead = 8.6, 11.6
    alines = []  # (text, gold or None)
    multi = sum(1 for kind, _ in answer if kind == "bid") > 1
    for (kind, val), g in zip(answer, gold_items):
        if kind == "bid":
            dw = stringWidth("- ", TYPEWRITER, size) if multi else 0
            ls = wrap(g["text"], TYPEWRITER, size, W - 14 - dw)
            if multi:
                ls[0] = "- " + ls[0]
            alines.append((ls, g, multi))
        else:
            alines.append((wrap(val, TYPEWRITER, size, W - 14), None, False))
    n = sum(len(ls) for ls, _, _ in alines) + (len(alines) - 1) * 0.4
    ah = n * lead + 12
    h = qh + 12 + ah

    def draw(c, y):
        c.setFont(PRINTB, 9)
        c.drawString(ML, y - 9, "Vraag " + nr)
        c.setFont(PRINT, 8.8)
        for i, ln in enumerate(qlines):
            c.drawString(ML + 48, y - 9 - i * 11.2, ln)
        yy = y - qh
        label(c, ML, yy - 8, "Antwoord corporatie")
        top = yy - 11
        box(c, ML, top, W, ah)
        # ruled lines
        c.setStrokeColorRGB(0.78, 0.78, 0.78)
        c.setLineWidth(0.3)
        r = top - 6 - lead
        while r > top - ah + 3:
            c.line(ML + 3, r - 2.5, ML + W - 3, r - 2.5)
            r -= lead
        c.setFont(TYPEWRITER, size)
        base = top - 6 - size * 0.8
        for ls, g, bullet in alines:
            for i, ln in enumerate(ls):
                x = ML + 6
                if bullet and i > 0:
                    x += stringWidth("- ", TYPEWRITER, size)
                c.drawString(x, base, ln)
                base -= lead
            base -= 0.4 * lead
    golds = [g for g in gold_items if g is not None]
    return Block(h, draw, gold=golds, space=12)


# ---------------------------------------------------------------- documents
def version(a, doc):
    v = a["v"].get(doc)
    if v == "same":
        v = a["v"][doc - 1]
    return v


def gold_entry(a, doc, number, section, text, trekker, planning, attributes, frame):
    return {"key": a["key"], "number": number, "section": section, "party": None,
            "theme": a["themes"][0], "themes": list(a["themes"]), "page": None, "text": text,
            "trekker": trekker, "planning": planning, "attributes": attributes, "frame": frame}


def build_agreement(year):
    meta = C.AGREEMENT_META[year]
    did = "%s-%d" % (C.FAMILY, year)
    blocks = [title_block([(PRINT, 9, "Woonregio Vaartland – regionaal invulformat"),
                           (PRINTB, 17, "Format prestatieafspraken %d" % year),
                           (PRINT, 10.5, "Gemeente Oudervaart · Stichting Jaagpadwonen · Huurdersvereniging De Trekvaart")])]
    blocks.append(paragraph("Dit format is vastgesteld door het regionaal woonoverleg Vaartland. Vul per thema voor iedere "
                            "afspraak één blok in. Kruis bij ‘Betrokken partijen’ aan wie aan de afspraak bijdragen; de "
                            "trekker is verantwoordelijk voor de voortgang en de rapportage in de monitor.",
                            size=8.2, lead=10.5, space=10))
    blocks.append(part_heading("Deel A – Algemene gegevens"))
    blocks.append(field_rows([("Gemeente", C.GEMEENTE), ("Woningcorporatie", C.CORP),
                              ("Huurdersorganisatie", C.HUURDERS), ("Looptijd", meta["looptijd"]),
                              ("Datum vaststelling in tripartiet overleg", meta["datum"])]))
    for i, t in enumerate(meta["toelichting"]):
        blocks.append(labelled_box("Toelichting en terugblik" if i == 0 else "Toelichting (vervolg)", t))
    blocks.append(part_heading("Deel B – Afspraken per thema"))
    for ti, theme in enumerate(C.THEMES, 1):
        blocks.append(theme_bar(theme))
        blocks.append(labelled_box("Opgave uit de woonvisie (ter informatie)", C.OPGAVE[ti], font=PRINT, size=8.4,
                                   lead=10.8, fill=(0.96, 0.96, 0.96)))
        n = 0
        for a in C.AFSPRAKEN:
            if a["t"] != ti:
                continue
            v = version(a, year)
            if v is None:
                continue
            n += 1
            text, trekker, gereed, indicator, partijen, frame = v
            number = "%d.%d" % (ti, n)
            attrs = {"betrokken_partijen": [C.PARTY_FULL["GCH".index(p)] for p in "GCH" if p in partijen],
                     "indicator": indicator}
            g = gold_entry(a, year, number, "Deel B – Afspraken per thema > " + theme, text, trekker, gereed,
                           attrs, frame)
            blk = afspraak_block(number, text, partijen, trekker, gereed, indicator, g)
            blocks.append(blk)
    blocks.append(part_heading("Deel C – Vaststelling en ondertekening"))
    blocks.append(paragraph("Aldus vastgesteld in het tripartiete overleg te Oudervaart op %s. Wijzigingen in de loop van "
                            "het jaar worden alleen met instemming van alle drie partijen doorgevoerd." % meta["datum"],
                            space=8))
    for org, name, func in C.SIGNATORIES:
        blocks.append(field_rows([("Namens", org), ("Naam en functie", "%s, %s" % (name, func)),
                                  ("Handtekening", " ")], labelw=40 * mm))
    gold, npages = render(os.path.join(OUT, "pdf", did + ".pdf"), blocks,
                          ("Woonregio Vaartland · Format prestatieafspraken", "Oudervaart %d" % year), meta["versie"])
    doc = {"id": did, "family": C.FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
           "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP],
           "huurdersorganisaties": [C.HUURDERS], "pages": npages, "layout": "invulformat"}
    return {"document": doc, "afspraken": gold}


def build_bod(year):
    did = "%s-bod-%d" % (C.FAMILY, year)
    byk = {a["key"]: a for a in C.AFSPRAKEN}
    blocks = [title_block([(PRINT, 9, "Gemeente Oudervaart – afdeling Wonen"),
                           (PRINTB, 17, "Format bod %d" % year),
                           (PRINT, 10.5, "Overzicht voorgenomen werkzaamheden woningcorporatie %d-%d" % (year, year + 4))])]
    blocks.append(part_heading("Toelichting bij het invullen"))
    for p in C.BOD_INSTRUCTIONS:
        blocks.append(paragraph(p, size=8.6, lead=11.2))
    blocks.append(part_heading("Deel 1 – Gegevens corporatie"))
    blocks.append(field_rows(C.BOD_META))
    blocks.append(part_heading("Deel 2 – Vragen per thema"))
    for ti, theme in enumerate(C.THEMES, 1):
        blocks.append(theme_bar(theme))
        for nr, q, answer in C.BOD[ti]:
            golds = []
            for kind, val in answer:
                if kind == "bid":
                    a = byk[val]
                    text, frame = a["v"]["bod"]
                    golds.append(gold_entry(a, "bod", None, "Deel 2 – Vragen per thema > " + theme, text, None, None,
                                            {}, frame))
                else:
                    golds.append(None)
            blocks.append(question_block(nr, q, answer, golds))
    blocks.append(part_heading("Deel 3 – Ondertekening corporatie"))
    blocks.append(paragraph("De corporatie verklaart dat de antwoorden in dit format haar voorgenomen werkzaamheden voor "
                            "de periode %d-%d weergeven. Het bod is besproken met de huurdersvereniging." % (year, year + 4),
                            space=8))
    blocks.append(field_rows([("Namens", C.CORP), ("Naam en functie", "ir. T. van Leeuwaarden, directeur-bestuurder"),
                              ("Plaats en datum", "Oudervaart, 26 juni 2026"), ("Handtekening", " ")], labelw=40 * mm))
    gold, npages = render(os.path.join(OUT, "pdf", did + ".pdf"), blocks,
                          ("Gemeente Oudervaart · Format bod", "Bod %d Stichting Jaagpadwonen" % year),
                          "Format bod gemeente Oudervaart, versie 2026-1")
    doc = {"id": did, "family": C.FAMILY, "type": "bod", "year": year, "years": list(range(year, year + 5)),
           "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP],
           "huurdersorganisaties": [C.HUURDERS], "pages": npages, "layout": "invulformat"}
    return {"document": doc, "afspraken": gold}


def make_pair(old, new, table):
    ok = [a["key"] for a in old["afspraken"]]
    nk = [a["key"] for a in new["afspraken"]]
    links = []
    for k in ok:
        if k in nk:
            st, kinds, hn = table[k]
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            assert k not in table, k
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in nk:
        if k not in ok:
            assert k not in table, k
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    assert set(table) <= set(ok) & set(nk), set(table) - (set(ok) & set(nk))
    return {"old": old["document"]["id"], "new": new["document"]["id"], "links": links}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    a26 = build_agreement(2026)
    bod = build_bod(2027)
    a27 = build_agreement(2027)
    for g in (a26, bod, a27):
        dump(g, os.path.join(OUT, "gold", g["document"]["id"] + ".json"))
    for old, new, table in ((a26, a27, C.PAIR_AGREEMENTS), (bod, a27, C.PAIR_BOD)):
        p = make_pair(old, new, table)
        dump(p, os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (p["old"], p["new"])))
    for g in (a26, bod, a27):
        print(g["document"]["id"], g["document"]["pages"], "pages", len(g["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
