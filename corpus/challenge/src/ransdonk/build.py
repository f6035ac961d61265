# -*- coding: utf-8 -*-
"""Render the 'ransdonk' family (jaarschijven 2025-2027) and write gold JSON.
Run from /work/main:  .venv/bin/python corpus/challenge/src/ransdonk/build.py"""
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as K  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
PW, PH = A4  # 595 x 842
LW, LH = PH, PW  # landscape view 842 x 595
TITLE = "Prestatieafspraken Ransdonk 2024-2027"

# landscape table columns: Afspraak | Wie | Wanneer | t.o.v. | Nr.
LM = 40
COLS = [("Afspraak", 440), ("Wie", 112), ("Wanneer", 86), ("t.o.v. {p}", 70), ("Nr.", 54)]
FS, LEAD, PAD = 8.6, 11.2, 4


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width)


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, landscape=False):
        self.landscape = landscape
        self.ops = []  # callables (c, ctx)


def status_of(key, year):
    if year == 2025:
        return K.W2025.get(key, "doorlopend")
    prev = K.LINKS[(year - 1, year)]
    if key not in prev:
        return "nieuw"
    st, kinds, hn = prev[key]
    if st == "unchanged" or hn == "recurring_year":
        return "doorlopend"
    return "gewijzigd"


def numbering(year):
    nums = {}
    for ch, keys in K.ORDER[year].items():
        for i, k in enumerate(keys, 1):
            nums[k] = "%d.%02d" % (ch, i)
    return nums


def build_doc(year):
    pages = []
    gold = []
    toc = []  # (label, page index)
    prev = year - 1

    # ---------- portrait flow helper
    state = {"page": None, "y": 0}
    TOP, BOT, XM, TW = PH - 95, 70, 72, PW - 144

    def new_portrait():
        p = Page(False)
        pages.append(p)
        state["page"] = p
        state["y"] = TOP
        return p

    def need(h):
        if state["page"] is None or state["page"].landscape or state["y"] - h < BOT:
            new_portrait()

    def heading(txt, size=14, gap=10):
        need(size + gap + 40)
        y = state["y"]
        state["page"].ops.append(lambda c, y=y: (c.setFont("Helvetica-Bold", size), c.drawString(XM, y, txt)))
        state["y"] -= size + gap

    def para(txt, font="Times-Roman", size=10.5, lead=14, indent=0, bullet=None):
        lines = wrap(txt, font, size, TW - indent)
        for i, ln in enumerate(lines):
            need(lead)
            y = state["y"]

            def op(c, y=y, ln=ln, i=i):
                c.setFont(font, size)
                c.drawString(XM + indent, y, ln)
                if bullet and i == 0:
                    c.drawString(XM + indent - 12, y, bullet)
            state["page"].ops.append(op)
            state["y"] -= lead
        state["y"] -= 6

    # ---------- page 1: cover
    p = new_portrait()

    def cover(c):
        c.setFont("Helvetica-Bold", 24)
        c.drawString(72, 690, "Prestatieafspraken")
        c.drawString(72, 660, "Ransdonk 2024-2027")
        c.setFont("Helvetica", 16)
        c.drawString(72, 625, "Jaarschijf %d" % year)
        c.setLineWidth(2)
        c.line(72, 605, 523, 605)
        c.setFont("Helvetica", 11)
        c.drawString(72, 570, "Overeengekomen tussen:")
        yy = 548
        for line in ["Gemeente Ransdonk"] + [full for _, full in K.CORPS] + K.HUURDERS:
            c.drawString(90, yy, line)
            yy -= 17
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(72, 360, "Vastgesteld in het bestuurlijk overleg van %s" % K.SIGN_DATE[year])
    p.ops.append(cover)
    p.nohead = True

    # ---------- page 2: inhoud + leeswijzer
    p2 = new_portrait()
    toc_page = p2
    state["y"] = TOP - 260  # leave room for table of contents
    heading("Leeswijzer", 12)
    para("Deze jaarschijf hoort bij de kaderafspraken 2024-2027 die de gemeente Ransdonk, de drie corporaties en "
         "hun huurdersorganisaties in december 2023 hebben ondertekend. De kaderafspraken beschrijven de ambities "
         "voor de hele looptijd; de jaarschijf vertaalt die naar concrete afspraken voor %d." % year)
    para("De afspraken staan per thema in een tabel. In de kolom 'Wie' staat welke partij de trekker is, in de kolom "
         "'Wanneer' de planning. De kolom 't.o.v. %d' geeft aan of een afspraak nieuw is, doorloopt of is gewijzigd "
         "ten opzichte van de jaarschijf %d. Het nummer van elke afspraak staat in de laatste kolom. Afspraken uit "
         "de vorige jaarschijf die vervallen, zijn apart opgenomen." % (prev, prev))

    # ---------- inleiding
    new_portrait()
    toc.append(("Inleiding", len(pages)))
    heading("Inleiding")
    para("De gemeente Ransdonk telt ruim 41.000 inwoners, verdeeld over de hoofdkern en de kernen Overheuvel en "
         "Luttelbroek. De drie corporaties bezitten samen circa tienduizend sociale huurwoningen. In de woonvisie "
         "'Thuis in Ransdonk 2023-2030' heeft de gemeenteraad vastgelegd dat de sociale huurvoorraad in deze periode "
         "met ten minste achthonderd woningen moet groeien.")
    para("Met de regionale woondeal heeft de regio zich tegenover het Rijk verbonden aan een versnelling van de "
         "woningbouw, waarbij twee derde van de nieuwe woningen betaalbaar moet zijn. De landelijke afspraken tussen "
         "het Rijk, Aedes, de Woonbond en de VNG over betaalbaarheid en verduurzaming werken door in deze jaarschijf. "
         "Partijen hebben het bod van de corporaties, uitgebracht in juni %d, als vertrekpunt voor het overleg "
         "genomen." % prev)
    toc.append(("Terugblik op %d" % prev, None))
    heading("Terugblik op %d" % prev, 12)
    toc[-1] = (toc[-1][0], len(pages))
    for t in K.TERUGBLIK[year]:
        para(t)
    heading("Kerncijfers", 12)
    rows = [("", "Woonbelang", "Kempenwaard", "Thuisvast")] + K.KERN[year]
    for i, r in enumerate(rows):
        need(16)
        y = state["y"]

        def op(c, y=y, r=r, i=i):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
            c.drawString(XM, y, r[0])
            for j, v in enumerate(r[1:]):
                c.drawRightString(XM + 290 + 80 * j, y, v)
            c.setLineWidth(0.4)
            c.line(XM, y - 4, XM + TW, y - 4)
        state["page"].ops.append(op)
        state["y"] -= 16
    state["y"] -= 8
    para("Bron: jaarverslagen van de corporaties en woonruimteverdeelsysteem Woonkeus Kempen.",
         font="Times-Italic", size=9, lead=12)

    # ---------- landscape afspraken tables
    nums = numbering(year)
    TT, TB = LH - 70, 45

    for ch in sorted(K.ORDER[year]):
        chname = K.CHAPTERS[year][ch]
        section = "%d %s" % (ch, chname)
        keys = K.ORDER[year][ch]
        colw = [w for _, w in COLS]
        hdrs = [h.format(p=prev) for h, _ in COLS]
        rows = []
        for k in keys:
            text, wann, frame = K.A[k][year]
            cells = [text, K.WIE[k], wann, status_of(k, year), nums[k]]
            fonts = ["Helvetica", "Helvetica", "Helvetica", "Helvetica", "Helvetica-Bold"]
            wrapped = [wrap(cells[i], fonts[i], FS, colw[i] - 2 * PAD) for i in range(5)]
            h = max(len(w) for w in wrapped) * LEAD + 2 * PAD
            rows.append((k, wrapped, fonts, h))
        first = True
        ri = 0
        while ri < len(rows):
            pg = Page(True)
            pages.append(pg)
            y = TT
            if first:
                toc.append((section, len(pages)))
                pg.ops.append(lambda c, y=y, s=section: (c.setFont("Helvetica-Bold", 14), c.drawString(LM, y, s)))
                y -= 20
                for ln in wrap(K.CH_INTRO[ch].format(y=year), "Times-Roman", 10, LW - 2 * LM):
                    pg.ops.append(lambda c, y=y, ln=ln: (c.setFont("Times-Roman", 10), c.drawString(LM, y, ln)))
                    y -= 13
                y -= 6
            else:
                pg.ops.append(lambda c, y=y, s=section: (c.setFont("Helvetica-Bold", 11),
                                                         c.drawString(LM, y, s + " (vervolg)")))
                y -= 18
            first = False
            # header row
            hh = LEAD + 2 * PAD

            def hdr(c, y=y):
                c.setFillGray(0.85)
                c.rect(LM, y - hh, sum(colw), hh, stroke=0, fill=1)
                c.setFillGray(0)
                c.setFont("Helvetica-Bold", FS)
                x = LM
                for i, htxt in enumerate(hdrs):
                    c.drawString(x + PAD, y - PAD - FS, htxt)
                    x += colw[i]
            pg.ops.append(hdr)
            ytop = y
            y -= hh
            while ri < len(rows) and y - rows[ri][3] >= TB:
                k, wrapped, fonts, h = rows[ri]

                def rowop(c, y=y, wrapped=wrapped, fonts=fonts, h=h):
                    x = LM
                    for i in range(5):
                        c.setFont(fonts[i], FS)
                        for j, ln in enumerate(wrapped[i]):
                            c.drawString(x + PAD, y - PAD - FS - j * LEAD, ln)
                        x += colw[i]
                    c.setLineWidth(0.5)
                    c.line(LM, y - h, LM + sum(colw), y - h)
                pg.ops.append(rowop)
                text, wann, frame = K.A[k][year]
                gold.append({
                    "key": k, "number": nums[k], "section": section, "party": None,
                    "theme": K.THEMES[k][0], "themes": K.THEMES[k], "page": len(pages), "text": text,
                    "trekker": K.WIE[k], "planning": wann,
                    "attributes": {"wijziging": status_of(k, year)}, "frame": frame})
                y -= h
                ri += 1

            def grid(c, ytop=ytop, ybot=y):
                c.setLineWidth(0.8)
                c.rect(LM, ybot, sum(colw), ytop - ybot, stroke=1, fill=0)
                c.setLineWidth(0.5)
                x = LM
                for w in colw[:-1]:
                    x += w
                    c.line(x, ytop, x, ybot)
                c.line(LM, ytop - hh, LM + sum(colw), ytop - hh)
            pg.ops.append(grid)

    # ---------- vervallen afspraken (portrait, context)
    new_portrait()
    toc.append(("Vervallen afspraken", len(pages)))
    heading("Vervallen afspraken")
    para("De volgende afspraken uit de jaarschijf %d komen in deze jaarschijf niet meer terug. Zij zijn "
         "uitgevoerd, door andere afspraken vervangen of niet langer actueel." % prev)
    if year == 2025:
        items = K.VERVALLEN_2025
    else:
        pnums = numbering(prev)
        items = [(pnums[k], "%s: vervalt; %s." % (K.SHORT[k], K.VERVALLEN_REASON[k]))
                 for ch in sorted(K.ORDER[prev]) for k in K.ORDER[prev][ch] if k not in K.A or year not in K.A[k]]
    for n, d in items:
        para("%s  %s" % (n, d), font="Times-Roman", size=10.5, indent=14, bullet="\u2013")

    # ---------- slotbepalingen + ondertekening + bijlagen
    new_portrait()
    toc.append(("Slotbepalingen en ondertekening", len(pages)))
    heading("Slotbepalingen")
    para("Looptijd. Deze jaarschijf geldt van 1 januari tot en met 31 december %d en maakt onlosmakelijk deel uit "
         "van de kaderafspraken 2024-2027. Waar de jaarschijf afwijkt van de kaderafspraken, gaat de jaarschijf "
         "voor." % year)
    para("Wijzigingen. Wanneer de omstandigheden daartoe aanleiding geven, kan elk van de partijen een voorstel tot "
         "wijziging van een afspraak inbrengen in het bestuurlijk overleg. Een wijziging wordt schriftelijk "
         "vastgelegd en door alle partijen ondertekend.")
    para("Geschillen. Bij een verschil van inzicht over de uitleg of uitvoering van deze afspraken treden partijen "
         "eerst met elkaar in overleg. Leidt dat niet binnen zes weken tot een oplossing, dan kan het geschil op "
         "grond van artikel 44 van de Woningwet aan de minister worden voorgelegd.")
    heading("Ondertekening", 12)
    para("Aldus overeengekomen en ondertekend te Ransdonk op %s," % K.SIGN_DATE[year])
    for org, name, func in K.SIGNERS:
        need(40)
        y = state["y"]

        def sig(c, y=y, org=org, name=name, func=func):
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(XM, y, org)
            c.setFont("Helvetica", 9.5)
            c.drawString(XM + 230, y, "%s, %s" % (name, func))
            c.setLineWidth(0.3)
            c.setDash(1, 2)
            c.line(XM + 230, y - 14, XM + TW, y - 14)
            c.setDash()
        state["page"].ops.append(sig)
        state["y"] -= 30
    state["y"] -= 6
    heading("Bijlagen", 12)
    for b in ["Bijlage 1  Nieuwbouwprogramma per project %d-%d" % (year, year + 4),
              "Bijlage 2  Monitor jaarschijf %d" % prev,
              "Bijlage 3  Begrippenlijst"]:
        para(b, font="Times-Roman", size=10.5)
    para("De bijlagen zijn separaat gepubliceerd op de websites van de corporaties.", font="Times-Italic", size=9)

    # table of contents on page 2
    def tocop(c):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(XM, TOP, "Inhoud")
        yy = TOP - 26
        for lab, pn in toc:
            c.setFont("Helvetica", 10.5)
            c.drawString(XM, yy, lab)
            c.drawRightString(XM + TW, yy, str(pn))
            yy -= 17
    toc_page.ops.append(tocop)
    return pages, gold


def render(year, pages, path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("%s - jaarschijf %d" % (TITLE, year))
    c.setAuthor("Gemeente Ransdonk")
    n = len(pages)
    for i, p in enumerate(pages, 1):
        if p.landscape:
            # reportlab swaps the MediaBox for /Rotate 90, so pass the size swapped to get a
            # portrait MediaBox (595 x 842) with /Rotate 90, as office exports do
            c.setPageSize((PH, PW))
            c.setPageRotation(90)
            c.saveState()
            c.translate(PW, 0)
            c.rotate(90)
            w, h = LW, LH
        else:
            c.setPageSize((PW, PH))
            c.setPageRotation(0)
            c.saveState()
            w, h = PW, PH
        if not getattr(p, "nohead", False):
            c.setFont("Helvetica", 8)
            c.setFillGray(0.35)
            c.drawString(40 if p.landscape else 72, h - 35, "%s  |  Jaarschijf %d" % (TITLE, year))
            c.drawRightString(w - (40 if p.landscape else 72), 22, "Pagina %d van %d" % (i, n))
            c.setFillGray(0)
        for op in p.ops:
            op(c)
        c.restoreState()
        c.showPage()
    c.save()


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for y in K.YEARS:
        doc_id = "%s-%d" % (K.FAMILY, y)
        pages, gold = build_doc(y)
        render(y, pages, os.path.join(OUT, "pdf", doc_id + ".pdf"))
        doc = {"document": {"id": doc_id, "family": K.FAMILY, "type": "prestatieafspraken", "year": y,
                            "years": [2024, 2025, 2026, 2027], "gemeente": K.GEMEENTE, "gemeenten": [K.GEMEENTE],
                            "corporaties": [full for _, full in K.CORPS], "huurdersorganisaties": K.HUURDERS,
                            "pages": len(pages), "layout": "jaarschijf-rotated-landscape-tables-nr-right"},
               "afspraken": gold}
        golds[y] = gold
        with open(os.path.join(OUT, "gold", doc_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
    for (a, b), links in K.LINKS.items():
        ka = [g["key"] for g in golds[a]]
        kb = [g["key"] for g in golds[b]]
        out = []
        for k in ka:
            if k in kb:
                st, kinds, hn = links[k]
                out.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
            else:
                out.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        for k in kb:
            if k not in ka:
                out.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
        pid = "%s-%d__%s-%d" % (K.FAMILY, a, K.FAMILY, b)
        with open(os.path.join(OUT, "gold", "pairs", pid + ".json"), "w", encoding="utf-8") as f:
            json.dump({"old": "%s-%d" % (K.FAMILY, a), "new": "%s-%d" % (K.FAMILY, b), "links": out},
                      f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
