# -*- coding: utf-8 -*-
"""Build the griendhoven family (layout inhoudsopgave-en-kopregels): PDFs and gold.

Run from anywhere: /work/main/.venv/bin/python corpus/challenge/src/griendhoven/build.py
"""
import json
import math
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "griendhoven"
LAYOUT = "inhoudsopgave-en-kopregels"
W, H = A4
LM, RM, TOP, BOT = 72, 72, 88, 72
TW = W - LM - RM
F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
YEARS = [2025, 2026]


def sub(s, year):
    return s.replace("{prev}", str(year - 1)).replace("{year}", str(year))


def version(item, which):
    """Resolve a version (text, frame, note) for which in 2025, 2026, 'bod'."""
    v = item["v"]
    if which not in v:
        return None
    x = v[which]
    if x == "same":
        prev = version(item, which - 1)
        return (prev[0], prev[1], None)
    if x == "same2026":
        n = version(item, 2026)
        return (n[0], n[1], None)
    return (x[0], x[1], x[2] if len(x) > 2 else None)


def frame(spec):
    actors, modality, qs, dl, rec, conds = spec
    return {
        "actors": [C.A[c] for c in actors],
        "modality": modality,
        "quantities": [{"value": q[0], "unit": q[1], "comparator": q[2],
                        "value_max": q[3] if len(q) > 3 else None} for q in qs],
        "deadline": {"year": dl[0], "text": dl[1]} if dl else None,
        "recurring": rec,
        "conditions": list(conds),
    }


class Flow:
    """Simple page flow: a list of pages, each a list of draw operations."""

    def __init__(self, top=H - TOP):
        self.pages = []
        self.meta = []  # running header per page
        self.top = top
        self.cur_header = ""
        self.new_page()

    def new_page(self):
        self.pages.append([])
        self.meta.append(self.cur_header)
        self.y = self.top

    def need(self, h):
        if self.y - h < BOT and self.y < self.top - 1:
            self.new_page()

    def text(self, x, txt, font=F, size=10, lead=14):
        self.pages[-1].append(("t", x, self.y - size, font, size, txt))
        self.y -= lead

    def para_lines(self, txt, font=F, size=10, width=TW):
        return simpleSplit(txt, font, size, width)

    def para(self, txt, font=F, size=10, lead=14, after=8, x=LM, width=TW, keep=0):
        lines = self.para_lines(txt, font, size, width)
        self.need(len(lines) * lead + keep)
        for ln in lines:
            self.text(x, ln, font, size, lead)
        self.y -= after
        return len(self.pages)


def draw_pages(path, pages, headers, footer, first_plain=True):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(footer)
    c.setAuthor("Griendhoven")
    n = len(pages)
    for i, ops in enumerate(pages):
        if not (first_plain and i == 0):
            if headers[i]:
                c.setFont(FI, 8.5)
                c.drawString(LM, H - 50, headers[i])
                c.setLineWidth(0.4)
                c.line(LM, H - 55, W - RM, H - 55)
            c.setFont(F, 8.5)
            c.setLineWidth(0.4)
            c.line(LM, 52, W - RM, 52)
            c.drawRightString(W - RM, 40, "%s | pagina %d van %d" % (footer, i + 1, n))
        for op in ops:
            if op[0] == "t":
                _, x, y, font, size, txt = op
                c.setFont(font, size)
                c.drawString(x, y, txt)
            elif op[0] == "r":
                _, x, y, txt, font, size = op
                c.setFont(font, size)
                c.drawRightString(x, y, txt)
            elif op[0] == "l":
                _, x1, y1, x2, y2, lw = op
                c.setLineWidth(lw)
                c.line(x1, y1, x2, y2)
            elif op[0] == "rect":
                _, x, y, w, h, gray = op
                c.setFillGray(gray)
                c.rect(x, y, w, h, stroke=0, fill=1)
                c.setFillGray(0)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------- agreement
def agreement(year):
    doc_id = "%s-%d" % (FAMILY, year)
    title = "Prestatieafspraken Griendhoven %d" % year
    items_by_ch = {}
    for it in C.ITEMS:
        if year in it["v"]:
            items_by_ch.setdefault(it["ch"], []).append(it)

    # ---- body pass
    body = Flow()
    toc = []  # (level, number, title, body_page_index)
    placed = []  # (item, number, section, body_page)

    def chapter(num, name):
        if body.pages[-1]:
            body.cur_header = "%s. %s" % (num, name) if num else name
            body.new_page()
        else:
            body.cur_header = "%s. %s" % (num, name) if num else name
            body.meta[-1] = body.cur_header
        body.pages[-1].append(("t", LM, body.y - 16, FB, 16, ("%s  %s" % (num, name)) if num else name))
        body.y -= 34
        toc.append((1, str(num) if num else "", name, len(body.pages)))

    def subhead(txt, keep, numbered=None):
        body.need(24 + keep)
        if numbered:
            toc.append((2, numbered[0], numbered[1], len(body.pages)))
        body.y -= 4
        body.text(LM, txt, FB, 11.5, 18)
        return len(body.pages)

    def ctxhead(txt, keep):
        body.need(20 + keep)
        body.y -= 2
        body.text(LM, txt, FI, 10.5, 16)

    # chapter 1 inleiding
    chapter(1, "Inleiding")
    intro = [
        ("1.1", "Aanleiding", [
            "Gemeente Griendhoven, Woonstichting Griendwaard en Huurdersvereniging De Griend maken ieder jaar afspraken over de bijdrage van Griendwaard aan het woonbeleid van de gemeente. Dit rapport bevat de prestatieafspraken voor %d. De afspraken zijn gebaseerd op de woonvisie Griendhoven 2023-2030 en op het bod dat Griendwaard op %s heeft uitgebracht." % (year, "28 juni 2024" if year == 2025 else "27 juni 2025"),
            "De afspraken gelden van 1 januari tot en met 31 december %d. Waar een afspraak over meerdere jaren loopt, staat dat in de tekst van de afspraak zelf." % year]),
        ("1.2", "Terugblik %d" % (year - 1), [
            "In %d zijn in Griendhoven %s sociale huurwoningen opgeleverd en zijn %s woningen geïsoleerd. Het aantal huisuitzettingen wegens huurachterstand bleef beperkt tot %s. De wachttijd voor een sociale huurwoning was gemiddeld %s jaar." % (
                year - 1, "34" if year == 2025 else "41", "198" if year == 2025 else "231", "drie" if year == 2025 else "twee", "6,2" if year == 2025 else "6,4")]),
    ]
    for num, name, paras in intro:
        subhead("%s  %s" % (num, name), 40, (num, name))
        for p in paras:
            body.para(p)
    # theme chapters
    chnum = 1
    for ck, ctitle, _bt in C.CHAPTERS:
        chnum += 1
        chapter(chnum, ctitle)
        for h, txt in C.CONTEXT.get(ck, []):
            ctxhead(h, 40)
            body.para(sub(txt, year))
        n = 0
        for it in items_by_ch.get(ck, []):
            n += 1
            num = "%d.%d" % (chnum, n)
            text, fr, note = version(it, year)
            lines = body.para_lines(text)
            pg = subhead("%s  %s" % (num, it["title"]), len(lines) * 14 + 4, (num, it["title"]))
            pg2 = body.para(text)
            assert pg == pg2
            placed.append((it, num, "%s > %s" % (ctitle, it["title"]), pg, text, fr))
            if note:
                body.para(note, F, 9.5, 13.5)
    # chapter ondertekening
    chnum += 1
    chapter(chnum, "Ondertekening")
    sigdate = {2025: "12 december 2024", 2026: "11 december 2025"}[year]
    body.para("Aldus overeengekomen en in drievoud ondertekend te Griendhoven op %s." % sigdate)
    body.y -= 10
    for org, name, func in [("Gemeente Griendhoven", "M.J. Brouwer-Tiel", "wethouder Wonen"),
                            ("Woonstichting Griendwaard", "drs. K.A. Vlasman", "directeur-bestuurder"),
                            ("Huurdersvereniging De Griend", "H. Oudejans", "voorzitter")]:
        body.need(70)
        body.text(LM, org, FB, 10, 14)
        body.y -= 26
        body.pages[-1].append(("l", LM, body.y + 6, LM + 180, body.y + 6, 0.5))
        body.text(LM, "%s, %s" % (name, func), F, 10, 14)
        body.y -= 12
    # annex begrippenlijst
    body.cur_header = "Bijlage A. Begrippenlijst"
    body.new_page()
    body.pages[-1].append(("t", LM, body.y - 16, FB, 16, "Bijlage A  Begrippenlijst"))
    body.y -= 34
    toc.append((1, "Bijlage A", "Begrippenlijst", len(body.pages)))
    c1 = 130
    body.pages[-1].append(("rect", LM, body.y - 18, TW, 18, 0.85))
    body.pages[-1].append(("t", LM + 4, body.y - 13, FB, 10, "Begrip"))
    body.pages[-1].append(("t", LM + c1 + 4, body.y - 13, FB, 10, "Omschrijving"))
    body.y -= 18
    for term, desc in C.GLOSSARY:
        lines = simpleSplit(desc, F, 9.5, TW - c1 - 8)
        h = len(lines) * 13 + 8
        body.need(h)
        top = body.y
        body.pages[-1].append(("t", LM + 4, top - 13, FB, 9.5, term))
        for i, ln in enumerate(lines):
            body.pages[-1].append(("t", LM + c1 + 4, top - 13 - i * 13, F, 9.5, ln))
        body.y -= h
        body.pages[-1].append(("l", LM, body.y, LM + TW, body.y, 0.4))
        body.pages[-1].append(("l", LM + c1, top, LM + c1, body.y, 0.4))

    # ---- front matter
    TOC_LINES = 44
    ntoc = int(math.ceil(len(toc) / float(TOC_LINES)))
    nfront = 2 + ntoc + 1
    front = []
    heads = []
    # cover
    cov = []
    cov.append(("rect", 0, H - 300, W, 300, 0.88))
    cov.append(("t", LM, H - 190, FB, 28, "Prestatieafspraken"))
    cov.append(("t", LM, H - 228, FB, 28, "Griendhoven %d" % year))
    cov.append(("t", LM, H - 340, F, 13, "Gemeente Griendhoven"))
    cov.append(("t", LM, H - 360, F, 13, "Woonstichting Griendwaard"))
    cov.append(("t", LM, H - 380, F, 13, "Huurdersvereniging De Griend"))
    cov.append(("t", LM, 110, F, 10, "Definitieve versie, %s" % sigdate))
    front.append(cov)
    heads.append("")
    # colophon
    col = Flow()
    col.y = H - 430
    col.text(LM, "Colofon", FB, 12, 20)
    for ln in ["Titel: Prestatieafspraken Griendhoven %d" % year,
               "Opdrachtgevers: gemeente Griendhoven, Woonstichting Griendwaard,",
               "Huurdersvereniging De Griend",
               "Status: definitief, vastgesteld in het bestuurlijk overleg van %s" % sigdate,
               "Versie: 1.0",
               "Contact: team Wonen, gemeente Griendhoven, Stationsweg 4, Griendhoven",
               "Foto omslag: luchtfoto van de wijk Slibhaven"]:
        col.text(LM, ln, F, 9.5, 14)
    front.append(col.pages[0])
    heads.append("Colofon")
    # toc
    for t in range(ntoc):
        ops = []
        y = H - TOP
        if t == 0:
            ops.append(("t", LM, y - 16, FB, 16, "Inhoudsopgave"))
            y -= 36
        for lvl, num, name, bp in toc[t * TOC_LINES:(t + 1) * TOC_LINES]:
            page = str(nfront + bp)
            x = LM if lvl == 1 else LM + 18
            font = FB if lvl == 1 else F
            label = ("%s  %s" % (num, name)) if num else name
            if lvl == 1:
                y -= 5
            ops.append(("t", x, y - 10, font, 10, label))
            lw = stringWidth(label, font, 10)
            pw = stringWidth(page, font, 10)
            dots_w = (W - RM - pw - 6) - (x + lw + 6)
            nd = int(dots_w / stringWidth(".", F, 10))
            ops.append(("t", x + lw + 6, y - 10, F, 10, "." * max(nd, 2)))
            ops.append(("r", W - RM, y - 10, page, font, 10))
            y -= 15
        front.append(ops)
        heads.append("Inhoudsopgave")
    # abbreviations + leeswijzer
    ab = Flow()
    ab.text(LM, "Lijst van afkortingen", FB, 14, 26)
    for k, v in C.ABBREV:
        ab.pages[-1].append(("t", LM, ab.y - 10, FB, 10, k))
        ab.text(LM + 70, v, F, 10, 14)
    ab.y -= 20
    ab.text(LM, "Leeswijzer", FB, 14, 26)
    for p in ["Hoofdstuk 1 beschrijft de aanleiding en blikt terug op het afgelopen jaar. De hoofdstukken 2 tot en met 6 bevatten de afspraken per thema. Elke afspraak heeft een eigen genummerde paragraaf; de tekst onder de paragraafkop is de afspraak. Tekst onder de kopjes Achtergrond en Stand van zaken geeft alleen context.",
              "Waar in een afspraak Griendwaard wordt genoemd, is Woonstichting Griendwaard bedoeld; met de huurdersvereniging wordt Huurdersvereniging De Griend bedoeld. De gebruikte begrippen staan in bijlage A."]:
        ab.para(p)
    front.append(ab.pages[0])
    heads.append("Afkortingen en leeswijzer")
    assert len(front) == nfront

    pages = front + body.pages
    headers = heads + body.meta
    pdf = os.path.join(OUT, "pdf", doc_id + ".pdf")
    draw_pages(pdf, pages, headers, title)
    afs = []
    for it, num, section, bp, text, fr in placed:
        afs.append(gold_item(it, num, section, nfront + bp, text, fr))
    doc = {"id": doc_id, "family": FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
           "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP],
           "huurdersorganisaties": [C.HUURDERS], "pages": len(pages), "layout": LAYOUT}
    return {"document": doc, "afspraken": afs}


def gold_item(it, num, section, page, text, fr):
    return {"key": it["key"], "number": num, "section": section, "party": None,
            "theme": it["themes"][0], "themes": list(it["themes"]), "page": page, "text": text,
            "trekker": None, "planning": None, "attributes": {}, "frame": frame(fr)}


# --------------------------------------------------------------------------- bod
def bod(year):
    doc_id = "%s-bod-%d" % (FAMILY, year)
    footer = "Bod Woonstichting Griendwaard %d" % year
    fl = Flow()
    fl.cur_header = ""
    fl.meta[0] = ""
    fl.y = H - 60
    fl.text(LM, "Woonstichting Griendwaard", FB, 16, 20)
    fl.text(LM, "Kerkstraat 21  |  Postbus 118  |  Griendhoven  |  www.griendwaard.example", F, 8.5, 30)
    for ln in ["Aan het college van burgemeester en wethouders", "van de gemeente Griendhoven",
               "en het bestuur van Huurdersvereniging De Griend", "Postbus 40", "Griendhoven"]:
        fl.text(LM, ln, F, 10, 14)
    fl.y -= 16
    fl.text(LM, "Griendhoven, 27 juni %d" % (year - 1), F, 10, 14)
    fl.text(LM, "Kenmerk: GW/BS/%d-031" % (year - 1), F, 10, 14)
    fl.text(LM, "Onderwerp: bod op de woonvisie voor %d" % year, FB, 10, 24)
    fl.para("Geacht college, geacht bestuur,")
    for p in ["Met deze brief sturen wij u ons bod voor %d: het overzicht van de werkzaamheden die wij volgend jaar en de jaren daarna in Griendhoven willen uitvoeren. Wij hebben het bod opgesteld op basis van de woonvisie Griendhoven 2023-2030 en de gesprekken die wij dit voorjaar met u hebben gevoerd." % year,
              "Onze financiële ruimte is kleiner dan vorig jaar. De bouwkosten en de rente zijn gestegen en de huurverhoging is wettelijk begrensd. Wij maken daarom keuzes: nieuwbouw en het verbeteren van de slechtste woningen gaan voor. Hieronder leest u per thema wat wij aanbieden."]:
        fl.para(p)
    placed = []
    for ck, _ct, btitle in C.CHAPTERS:
        its = [it for it in C.ITEMS if it["ch"] == ck and "bod" in it["v"]]
        if not its:
            continue
        fl.need(60)
        fl.y -= 6
        fl.text(LM, btitle, FB, 12.5, 20)
        for it in its:
            text, fr, _note = version(it, "bod")
            lines = fl.para_lines(text)
            fl.need(16 + len(lines) * 14)
            fl.text(LM, it["bt"], FB, 10, 15)
            pg = fl.para(text)
            placed.append(gold_item(it, None, "%s > %s" % (btitle, it["bt"]), pg, text, fr))
    fl.para("Wij gaan graag met u in gesprek over dit bod en zien uit naar de prestatieafspraken voor %d." % year, keep=80)
    fl.text(LM, "Met vriendelijke groet,", F, 10, 40)
    fl.text(LM, "drs. K.A. Vlasman", FB, 10, 14)
    fl.text(LM, "directeur-bestuurder Woonstichting Griendwaard", F, 10, 14)
    pdf = os.path.join(OUT, "pdf", doc_id + ".pdf")
    draw_pages(pdf, fl.pages, [""] + ["Bod %d aan gemeente Griendhoven en Huurdersvereniging De Griend" % year] * (len(fl.pages) - 1),
               footer, first_plain=False)
    doc = {"id": doc_id, "family": FAMILY, "type": "bod", "year": year, "years": [year],
           "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP],
           "huurdersorganisaties": [C.HUURDERS], "pages": len(fl.pages), "layout": LAYOUT}
    return {"document": doc, "afspraken": placed}


def pair(old, new, statuses):
    ok = [a["key"] for a in old["afspraken"]]
    nk = [a["key"] for a in new["afspraken"]]
    links = []
    for k in ok:
        if k in nk:
            s, kinds, hn = statuses[k]
            links.append({"old": k, "new": k, "status": s, "kinds": kinds, "hard_negative": hn})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in nk:
        if k not in ok:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    extra = set(statuses) - (set(ok) & set(nk))
    assert not extra, extra
    return {"old": old["document"]["id"], "new": new["document"]["id"], "links": links}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    g25 = agreement(2025)
    g26 = agreement(2026)
    gb = bod(2026)
    for g in (g25, g26, gb):
        dump(g, os.path.join(OUT, "gold", g["document"]["id"] + ".json"))
    for old, new, st in ((g25, g26, C.PAIR_A), (gb, g26, C.PAIR_B)):
        p = pair(old, new, st)
        dump(p, os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (p["old"], p["new"])))
    for g in (g25, gb, g26):
        print(g["document"]["id"], g["document"]["pages"], "pages", len(g["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
