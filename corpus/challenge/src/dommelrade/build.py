# -*- coding: utf-8 -*-
"""Build the dommelrade family: prestatieafspraken 2025 and 2026 (bold-lead numbered paragraphs) and
Dommelwonen's bod for 2026 (landscape table). Run from /work/main:
    /work/main/.venv/bin/python corpus/challenge/src/dommelrade/build.py
"""
import json
import os
import re
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

FAMILY = "dommelrade"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
PDF_DIR = os.path.join(OUT, "pdf")
GOLD_DIR = os.path.join(OUT, "gold")
PAIR_DIR = os.path.join(GOLD_DIR, "pairs")

HEADER_H = 1.6 * cm   # body crop margins used for text location
FOOTER_H = 1.6 * cm

st_body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
st_num = ParagraphStyle("num", parent=st_body, leftIndent=30, bulletIndent=0, bulletFontName="Helvetica",
                        spaceAfter=8)
st_h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=8,
                       textColor=colors.HexColor("#1F4E5F"))
st_h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=5,
                       textColor=colors.HexColor("#1F4E5F"))
st_title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=32, spaceAfter=14,
                          textColor=colors.HexColor("#1F4E5F"))
st_sub = ParagraphStyle("sub", fontName="Helvetica", fontSize=13, leading=18, spaceAfter=8)
st_cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.8, leading=11)
st_cellb = ParagraphStyle("cellb", parent=st_cell, fontName="Helvetica-Bold")

PARTIES = [("Gemeente Dommelrade", "J.M. (Joke) van Aarle", "wethouder Wonen"),
           ("Stichting Dommelwonen", "ir. R.P.A. (Ruud) Swinkels", "directeur-bestuurder"),
           ("Huurdersvereniging De Dommelkring", "A. (Anneke) Verhagen-Bos", "voorzitter")]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page_deco(title):
    def deco(canv, doc):
        w, h = doc.pagesize
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1:
            canv.drawString(doc.leftMargin, h - 1.0 * cm, title)
            canv.drawRightString(w - doc.rightMargin, h - 1.0 * cm, "Gemeente Dommelrade | Dommelwonen | De Dommelkring")
            canv.line(doc.leftMargin, h - 1.15 * cm, w - doc.rightMargin, h - 1.15 * cm)
        canv.drawRightString(w - doc.rightMargin, 0.9 * cm, "Pagina %d" % doc.page)
        canv.restoreState()
    return deco


def signature_block(place_date):
    out = [Paragraph(esc(place_date), st_body), Spacer(1, 8)]
    rows = []
    for org, name, func in PARTIES:
        rows.append([Paragraph("<b>%s</b>" % esc(org), st_cell), Paragraph(esc(name) + "<br/>" + esc(func), st_cell),
                     Paragraph("handtekening: ____________________", st_cell)])
    t = Table(rows, colWidths=[5.2 * cm, 5.4 * cm, 5.6 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 18)]))
    out.append(t)
    return out


# ------------------------------------------------------------------------------------------- agreements
def agreement_story(year):
    S = C.S2025 if year == 2025 else C.S2026
    prev = year - 1
    story = []
    story += [Spacer(1, 4 * cm), Paragraph("Prestatieafspraken %d" % year, st_title),
              Paragraph("Gemeente Dommelrade, Stichting Dommelwonen en Huurdersvereniging De Dommelkring", st_sub),
              Spacer(1, 1 * cm),
              Paragraph("Jaarlijkse afspraken over wonen in Dommelrade, op basis van de woonvisie Thuis in Dommelrade "
                        "2023-2030 en het bod van Dommelwonen van juni %d." % prev, st_body),
              Spacer(1, 6 * cm),
              Paragraph("Definitieve versie, vastgesteld in het bestuurlijk overleg van %s" %
                        ("28 november 2024" if year == 2025 else "4 december 2025"), st_body),
              PageBreak()]
    # inhoud
    story.append(Paragraph("Inhoud", st_h1))
    toc = ["1 Inleiding en leeswijzer", "2 Terugblik op %d" % prev] + ["%s %s" % (n, t) for n, t, _, _ in S] + \
          ["Ondertekening", "Bijlagen"]
    for line in toc:
        story.append(Paragraph(esc(line), st_body))
    story.append(Spacer(1, 12))
    # 1 inleiding
    story.append(Paragraph("1 Inleiding en leeswijzer", st_h1))
    if year == 2025:
        intro = [
            "Voor u liggen de prestatieafspraken voor het jaar 2025 tussen de gemeente Dommelrade, Stichting Dommelwonen "
            "en Huurdersvereniging De Dommelkring. De afspraken zijn gebaseerd op de woonvisie, het bod dat Dommelwonen "
            "in juni 2024 heeft uitgebracht en de gesprekken die partijen in het najaar met elkaar hebben gevoerd.",
            "De opgave in Dommelrade is onverminderd groot. De wachtlijsten voor een sociale huurwoning zijn lang, het "
            "aantal ouderen neemt snel toe en de energietransitie vraagt forse investeringen. Met de Nationale "
            "Prestatieafspraken en de regionale woondeal heeft het Rijk bovendien heldere verwachtingen uitgesproken."]
    else:
        intro = [
            "Voor u liggen de prestatieafspraken voor het jaar 2026 tussen de gemeente Dommelrade, Stichting Dommelwonen "
            "en Huurdersvereniging De Dommelkring. De afspraken bouwen voort op de afspraken voor 2025 en op het bod dat "
            "Dommelwonen in juni 2025 heeft uitgebracht.",
            "In 2025 ondertekenden de regiogemeenten, de provincie en het Rijk de regionale woondeal. Tegelijk zijn de "
            "bouwkosten verder gestegen en staat de financiële ruimte van Dommelwonen onder druk. Partijen hebben daarom "
            "op enkele onderdelen keuzes gemaakt, die in de toelichting bij de afspraken worden verantwoord."]
    for p in intro:
        story.append(Paragraph(esc(p), st_body))
    story.append(Paragraph("<b>Leeswijzer.</b> De afspraken zijn per hoofdstuk genummerd. Bij elk genummerd punt staat "
                           "de afspraak zelf vetgedrukt; de tekst die daarop volgt geeft een toelichting of achtergrond. "
                           "Genummerde punten zonder vetgedrukte tekst bevatten alleen context.", st_body))
    # 2 terugblik
    story.append(Paragraph("2 Terugblik op %d" % prev, st_h1))
    if year == 2025:
        tb = ["In 2024 werden 52 sociale huurwoningen opgeleverd, tegen 60 die waren afgesproken. De oplevering van "
              "Lindehof liep vertraging op doordat de netbeheerder de aansluiting later realiseerde.",
              "Dommelwonen verduurzaamde in 2024 in totaal 134 woningen en plaatste zonnepanelen op 186 woningen. De "
              "gemiddelde huurverhoging bedroeg 5,3%. Er werden 39 vergunninghouders gehuisvest."]
        kc = [["Kerncijfer", "2023", "2024"], ["Huurwoningen Dommelwonen", "4.231", "4.260"],
              ["Opgeleverde sociale huurwoningen", "47", "52"], ["Gemiddelde zoektijd (jaar)", "3,6", "3,8"],
              ["Woningen met label E, F of G", "268", "221"], ["Huisuitzettingen", "5", "4"]]
    else:
        tb = ["In 2025 werden 61 sociale huurwoningen opgeleverd, tegen 64 die waren afgesproken. De eerste 56 woningen "
              "in Schutsboom werden gerenoveerd tot label A.",
              "Dommelwonen verduurzaamde in 2025 in totaal 128 woningen. De gemiddelde huurverhoging bedroeg 4,1% en lag "
              "daarmee gelijk aan de inflatie. Er vond 1 huisuitzetting wegens huurachterstand plaats."]
        kc = [["Kerncijfer", "2024", "2025"], ["Huurwoningen Dommelwonen", "4.260", "4.305"],
              ["Opgeleverde sociale huurwoningen", "52", "61"], ["Gemiddelde zoektijd (jaar)", "3,8", "4,1"],
              ["Woningen met label E, F of G", "221", "163"], ["Huisuitzettingen", "4", "2"]]
    for p in tb:
        story.append(Paragraph(esc(p), st_body))
    t = Table(kc, colWidths=[7 * cm, 3 * cm, 3 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE8EC")),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    story += [Spacer(1, 4), Paragraph("Tabel 1. Kerncijfers (bron: jaarverslag Dommelwonen, gemeentelijke monitor)",
                                      st_body), t, Spacer(1, 8)]
    # chapters
    afs = []
    for num, title, intro_ps, items in S:
        story.append(Paragraph("%s %s" % (num, esc(title)), st_h1))
        for p in intro_ps:
            story.append(Paragraph(esc(p), st_body))
        i = 0
        for it in items:
            i += 1
            n = "%s.%d" % (num, i)
            if isinstance(it, tuple):
                story.append(Paragraph(esc(it[1]), st_num, bulletText=n))
                continue
            text, expl, frame = C.A[it][str(year)]
            story.append(Paragraph("<b>%s</b> %s" % (esc(text), esc(expl)), st_num, bulletText=n))
            afs.append({"key": it, "number": n, "section": "%s %s" % (num, title), "text": text, "frame": frame})
    # ondertekening + bijlagen
    story.append(Paragraph("Ondertekening", st_h1))
    story += signature_block("Aldus overeengekomen en ondertekend te Dommelrade op %s." %
                             ("12 december 2024" if year == 2025 else "11 december 2025"))
    story.append(Paragraph("Bijlagen", st_h1))
    bl = ["Bijlage 1. Nieuwbouwprogramma Dommelwonen %d-%d per project" % (year, year + 4),
          "Bijlage 2. Monitor prestatieafspraken %d (stand per 1 oktober)" % prev,
          "Bijlage 3. Begrippenlijst"]
    if year == 2026:
        bl.append("Bijlage 4. Protocol zachte landing kwetsbare huurders")
    for b in bl:
        story.append(Paragraph(esc(b), st_body))
    return story, afs


def build_agreement(year):
    doc_id = "%s-%d" % (FAMILY, year)
    path = os.path.join(PDF_DIR, doc_id + ".pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.0 * cm, invariant=1, title="Prestatieafspraken %d Dommelrade" % year,
                            author="Gemeente Dommelrade")
    story, afs = agreement_story(year)
    deco = page_deco("Prestatieafspraken %d" % year)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return doc_id, path, afs, None


# ------------------------------------------------------------------------------------------- bod
BOD_LM = 1.6 * cm


def bod_colwidths(doc):
    avail = doc.width - 12
    w = [1.1 * cm, 6.3 * cm, 10.6 * cm]
    w.append(avail - sum(w))
    return w


def build_bod():
    doc_id = "%s-bod-2026" % FAMILY
    path = os.path.join(PDF_DIR, doc_id + ".pdf")
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=BOD_LM, rightMargin=BOD_LM, topMargin=2.0 * cm,
                            bottomMargin=1.9 * cm, invariant=1, title="Bod Dommelwonen 2026", author="Dommelwonen")
    cw = bod_colwidths(doc)
    story = [Spacer(1, 3 * cm), Paragraph("Bod 2026", st_title),
             Paragraph("Overzicht van voorgenomen werkzaamheden van Stichting Dommelwonen in de gemeente Dommelrade, "
                       "2026-2030", st_sub),
             Paragraph("Aan: college van burgemeester en wethouders van de gemeente Dommelrade en Huurdersvereniging De "
                       "Dommelkring", st_body),
             Paragraph("Dommelrade, 26 juni 2025", st_body), PageBreak()]
    story.append(Paragraph("1 Inleiding", st_h1))
    for p in ["Met dit bod geeft Dommelwonen aan welke bijdrage wij in 2026 en de jaren daarna willen en kunnen leveren "
              "aan de opgaven uit de woonvisie Thuis in Dommelrade 2023-2030. Het bod is voorbesproken met "
              "Huurdersvereniging De Dommelkring, die ook een eigen zienswijze aan de gemeente stuurt.",
              "Onze financiële ruimte is in het afgelopen jaar kleiner geworden. De bouwkosten stegen met ongeveer 7% en "
              "de huursomstijging bleef achter bij de kostenontwikkeling. Wij maken daarom keuzes: nieuwbouw en de "
              "aanpak van slechte energielabels gaan voor, andere ambities temporiseren wij.",
              "In de tabellen hierna staat links de opgave zoals de gemeente die in de woonvisie formuleert, in het "
              "midden ons bod en rechts een toelichting. De nummers B1 en verder gebruiken wij ook in de "
              "voortgangsrapportages."]:
        story.append(Paragraph(esc(p), st_body))
    story.append(Paragraph("2 Ons bod per thema", st_h1))
    afs = []
    n = 0
    for si, (stitle, keys) in enumerate(C.SBOD, 1):
        sec = "2.%d %s" % (si, stitle)
        rows = [[Paragraph("<b>Nr.</b>", st_cell), Paragraph("<b>Opgave uit de woonvisie</b>", st_cell),
                 Paragraph("<b>Ons bod</b>", st_cell), Paragraph("<b>Toelichting</b>", st_cell)]]
        for k in keys:
            n += 1
            left, text, right, frame = C.A[k]["bod"]
            num = "B%d" % n
            rows.append([Paragraph(num, st_cell), Paragraph(esc(left), st_cell), Paragraph(esc(text), st_cell),
                         Paragraph(esc(right), st_cell)])
            afs.append({"key": k, "number": num, "section": "2 Ons bod per thema > " + sec, "text": text,
                        "frame": frame})
        t = Table(rows, colWidths=cw, repeatRows=1)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE8EC")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
        story += [Paragraph(esc(sec), st_h2), t, Spacer(1, 6)]
    story.append(Paragraph("3 Financiële paragraaf", st_h1))
    story.append(Paragraph("De investeringen in dit bod passen binnen de meerjarenbegroting 2026-2030 zoals die in mei "
                           "2025 door onze Raad van Commissarissen is besproken. De totale investering in nieuwbouw en "
                           "verduurzaming bedraagt in 2026 naar verwachting € 31,5 miljoen.", st_body))
    story.append(Paragraph("Namens Stichting Dommelwonen,", st_body))
    story.append(Paragraph("ir. R.P.A. (Ruud) Swinkels, directeur-bestuurder", st_body))
    deco = page_deco("Bod Dommelwonen 2026 op de woonvisie")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    lm = BOD_LM + 6
    col = (lm + cw[0] + cw[1], lm + cw[0] + cw[1] + cw[2])
    return doc_id, path, afs, col


# ------------------------------------------------------------------------------------------- locating
def norm(s):
    s = re.sub(r"-\n(?=\S)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def page_texts(path, col=None):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            x0, x1 = (col if col else (0, p.width))
            body = p.within_bbox((x0, HEADER_H, x1, p.height - FOOTER_H))
            out.append(norm(body.extract_text() or ""))
        return out, len(pdf.pages)


def locate(texts, t):
    t = norm(t)
    for i, pt in enumerate(texts):
        if t in pt:
            return i + 1
    for i in range(len(texts) - 1):
        if t in texts[i] + " " + texts[i + 1]:
            return i + 1
    return None


def gold_doc(doc_id, dtype, year, path, afs, col, layout):
    texts, npages = page_texts(path, col)
    recs = []
    for a in afs:
        pg = locate(texts, a["text"])
        if pg is None:
            raise SystemExit("not found: %s %s" % (doc_id, a["key"]))
        themes = C.A[a["key"]]["themes"]
        recs.append({"key": a["key"], "number": a["number"], "section": a["section"], "party": None,
                     "theme": themes[0], "themes": themes, "page": pg, "text": a["text"], "trekker": None,
                     "planning": None, "attributes": {}, "frame": a["frame"]})
    g = {"document": {"id": doc_id, "family": FAMILY, "type": dtype, "year": year, "years": [year],
                      "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": ["Stichting " + C.CORP],  # as the cover and signature name it
                      "huurdersorganisaties": [C.HUURDERS], "pages": npages, "layout": layout},
         "afspraken": recs}
    with open(os.path.join(GOLD_DIR, doc_id + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    return g


def pair(old_g, new_g, table):
    ok = [a["key"] for a in old_g["afspraken"]]
    nk = [a["key"] for a in new_g["afspraken"]]
    links = []
    for k in ok:
        if k in nk:
            st, kinds, hn = table[k]
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in nk:
        if k not in ok:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    extra = set(table) - (set(ok) & set(nk))
    if extra:
        raise SystemExit("link table keys not in both docs: %s" % sorted(extra))
    o, n = old_g["document"]["id"], new_g["document"]["id"]
    with open(os.path.join(PAIR_DIR, "%s__%s.json" % (o, n)), "w", encoding="utf-8") as f:
        json.dump({"old": o, "new": n, "links": links}, f, ensure_ascii=False, indent=1)


def main():
    for d in (PDF_DIR, GOLD_DIR, PAIR_DIR):
        os.makedirs(d, exist_ok=True)
    golds = {}
    for year in (2025, 2026):
        doc_id, path, afs, col = build_agreement(year)
        golds[year] = gold_doc(doc_id, "prestatieafspraken", year, path, afs, col, "bold-lead numbered paragraphs")
    doc_id, path, afs, col = build_bod()
    gbod = gold_doc(doc_id, "bod", 2026, path, afs, col, "landscape bod table (opgave | bod | toelichting)")
    pair(golds[2025], golds[2026], C.L2526)
    pair(gbod, golds[2026], C.LBOD)
    for g in (golds[2025], golds[2026], gbod):
        print(g["document"]["id"], g["document"]["pages"], "pages", len(g["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
