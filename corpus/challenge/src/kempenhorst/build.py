# -*- coding: utf-8 -*-
"""Build the kempenhorst family: kempenhorst-2025, kempenhorst-2026 (prestatieafspraken, hierarchical
numbering with hanging indents) and kempenhorst-bod-2026 (landscape spreadsheet table). Deterministic."""
import json, os, re, sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether, PageBreak, NextPageTemplate)
from reportlab.pdfgen import canvas as rl_canvas
import pdfplumber

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "kempenhorst"
LAYOUT_AGR = "hierarchical-hanging-indent"
LAYOUT_BOD = "landscape-spreadsheet-table"

st_body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
st_afs = ParagraphStyle("afs", parent=st_body, leftIndent=34, bulletIndent=0, bulletFontName="Times-Roman",
                        bulletFontSize=10.5, spaceAfter=4)
st_sub = ParagraphStyle("sub", parent=st_body, leftIndent=52, bulletIndent=36, spaceAfter=2)
st_h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=8,
                       textColor=colors.HexColor("#1f4e3d"), keepWithNext=1)
st_h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=5, keepWithNext=1)
st_title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_LEFT,
                          textColor=colors.HexColor("#1f4e3d"), keepWithNext=1)
st_cov = ParagraphStyle("cov", fontName="Helvetica", fontSize=12, leading=17)
st_small = ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=9.6)
st_smallb = ParagraphStyle("smallb", parent=st_small, fontName="Helvetica-Bold")
st_toc = ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=16)


def P(t, s=st_body, **kw):
    return Paragraph(escape(t), s, **kw)


def gold_text(v):
    t = v["text"]
    if v["subs"]:
        t += " " + " ".join("%s. %s" % (chr(97 + i), s) for i, s in enumerate(v["subs"]))
    return t


def norm(s):
    s = s.replace("-\n", "-")
    return re.sub(r"\s+", " ", s).strip()


def make_canvas(header):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            kw["invariant"] = 1
            rl_canvas.Canvas.__init__(self, *a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                if self._pageNumber > 1:
                    w, h = self._pagesize
                    self.setFont("Helvetica", 8)
                    self.setFillColor(colors.grey)
                    self.drawString(20 * mm, h - 12 * mm, header)
                    self.setStrokeColor(colors.lightgrey)
                    self.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
                    self.drawRightString(w - 20 * mm, 10 * mm, "Pagina %d van %d" % (self._pageNumber, n))
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NumberedCanvas


# --------------------------------------------------------------------------- agreements
TERUGBLIK = {
 "2025": ["In 2024 zijn in Kempenhorst 74 nieuwe sociale huurwoningen opgeleverd, waarvan 52 in het plan Beekweide. Daarmee bleef de oplevering iets achter bij de afgesproken 80 woningen, doordat de aansluiting op het elektriciteitsnet later werd gerealiseerd dan gepland.",
          "Woonstichting Heiderade verbeterde in 2024 in totaal 96 woningen met een energielabel E, F of G. De gemiddelde huurverhoging per 1 juli 2024 bedroeg 5,4%. Er vonden in 2024 vier huisuitzettingen wegens huurachterstand plaats."],
 "2026": ["In 2025 zijn 58 nieuwe sociale huurwoningen opgeleverd in de plannen Beekweide en De Kampen. De verkenning naar flexwoningen op de locatie Oude Veiling is afgerond met een positief advies, en de gemeente heeft de woonvisie nog niet kunnen actualiseren.",
          "Woonstichting Heiderade verbeterde in 2025 85 woningen met een energielabel E, F of G, zodat er per 1 januari 2026 nog 55 van deze woningen resteren. De gemiddelde huurverhoging per 1 juli 2025 bedroeg 4,1%. In 2025 vonden drie huisuitzettingen plaats."],
}
KERN = {
 "2025": [["Kerncijfer", "2023", "2024"], ["Sociale huurwoningen Woonstichting Heiderade", "4.812", "4.861"],
          ["Gemiddelde inschrijfduur bij toewijzing (jaren)", "4,3", "4,6"], ["Huishoudens met huurachterstand > 3 mnd", "61", "47"],
          ["Woningen met label E, F of G", "236", "140"], ["Huisvesting vergunninghouders (gerealiseerd)", "31", "35"]],
 "2026": [["Kerncijfer", "2024", "2025"], ["Sociale huurwoningen Woonstichting Heiderade", "4.861", "4.903"],
          ["Gemiddelde inschrijfduur bij toewijzing (jaren)", "4,6", "4,8"], ["Huishoudens met huurachterstand > 3 mnd", "47", "52"],
          ["Woningen met label E, F of G", "140", "55"], ["Huisvesting vergunninghouders (gerealiseerd)", "35", "39"]],
}


def agreement_story(year):
    y = int(year)
    s = []
    s.append(Spacer(1, 40 * mm))
    s.append(P("Prestatieafspraken %d" % y, st_title))
    s.append(Spacer(1, 6 * mm))
    s.append(P("Gemeente Kempenhorst", st_cov))
    s.append(P("Woonstichting Heiderade", st_cov))
    s.append(P("Huurdersbelang Kempenhorst", st_cov))
    s.append(Spacer(1, 20 * mm))
    s.append(P("Afspraken over de bijdrage van Woonstichting Heiderade aan het volkshuisvestingsbeleid van de gemeente Kempenhorst in het jaar %d, gemaakt in tripartiet overleg op grond van artikel 44 van de Woningwet." % y, st_cov))
    s.append(Spacer(1, 10 * mm))
    s.append(P("Versie ter ondertekening, december %d" % (y - 1), st_cov))
    s.append(PageBreak())
    s.append(P("Inhoudsopgave", st_h1))
    chapters = [("1", "Inleiding")] + [(c[0], c[1]) for c in C.STRUCT[year]] + [("8", "Slotbepalingen en ondertekening"), ("", "Bijlagen")]
    for n, t in chapters:
        s.append(P(("%s   %s" % (n, t)).strip(), st_toc))
    s.append(Spacer(1, 8 * mm))
    s.append(P("Leeswijzer", st_h2))
    s.append(P("Hoofdstuk 1 schetst de beleidscontext en blikt terug op het afgelopen jaar. De hoofdstukken 2 tot en met 7 bevatten per thema de afspraken; deze zijn genummerd op het derde niveau, zodat in de monitor eenvoudig naar een afspraak kan worden verwezen. Tekst die niet genummerd is, geeft toelichting en geldt niet als afspraak. Hoofdstuk 8 bevat de slotbepalingen en de ondertekening."))
    s.append(PageBreak())
    s.append(P("1 Inleiding", st_h1))
    s.append(P("1.1 Beleidscontext", st_h2))
    s.append(P("De gemeente Kempenhorst heeft in haar Woonvisie 2023-2030 zeven pijlers benoemd, van betaalbaar wonen tot samenwerking. De prestatieafspraken vormen de jaarlijkse uitwerking van die pijlers voor het bezit van Woonstichting Heiderade, dat met circa %s woningen ruim 80%% van de sociale huurvoorraad in de gemeente omvat." % ("4.860" if y == 2025 else "4.900")))
    s.append(P("Daarnaast werken partijen binnen de kaders van de Nationale Prestatieafspraken die het Rijk, Aedes, de Woonbond en de VNG in 2022 hebben gesloten, en van de regionale woondeal voor de regio De Kempen-Oost. In de woondeal is vastgelegd hoeveel sociale huurwoningen de gemeenten in de regio tot en met 2030 toevoegen."))
    s.append(P("1.2 Terugblik op %d" % (y - 1), st_h2))
    for t in TERUGBLIK[year]:
        s.append(P(t))
    s.append(P("1.3 Kerncijfers", st_h2))
    tb = Table(KERN[year], colWidths=[95 * mm, 30 * mm, 30 * mm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfeee7"))]))
    s.append(tb)
    s.append(Spacer(1, 4 * mm))
    s.append(P("Bron: jaarverslag Woonstichting Heiderade en woningmarktmonitor gemeente Kempenhorst.", st_small))

    recs = []
    for cnum, ctitle, secs in C.STRUCT[year]:
        s.append(P("%s %s" % (cnum, ctitle), st_h1))
        for snum, stitle, ctx, keys in secs:
            s.append(P("%s %s" % (snum, stitle), st_h2))
            if ctx:
                s.append(P(ctx))
            for i, k in enumerate(keys, 1):
                theme, themes, vers = C.A[k]
                v = vers[year]
                num = "%s.%d" % (snum, i)
                fl = [Paragraph(escape(v["text"]), st_afs, bulletText=num)]
                for j, sub in enumerate(v["subs"] or []):
                    fl.append(Paragraph(escape(sub), st_sub, bulletText="%s." % chr(97 + j)))
                s.append(KeepTogether(fl))
                recs.append({"key": k, "number": num, "section": "%s %s > %s %s" % (cnum, ctitle, snum, stitle),
                             "party": None, "theme": theme, "themes": themes, "text": gold_text(v),
                             "trekker": None, "planning": None, "attributes": {}, "frame": v["frame"]})
    s.append(P("8 Slotbepalingen en ondertekening", st_h1))
    s.append(P("8.1 Looptijd en wijzigingen", st_h2))
    s.append(P("Deze prestatieafspraken gelden van 1 januari %d tot en met 31 december %d. Tussentijdse wijziging is mogelijk wanneer alle partijen daarmee schriftelijk instemmen, bijvoorbeeld als gevolg van gewijzigd rijksbeleid of onvoorziene financiële ontwikkelingen." % (y, y)))
    s.append(P("De in deze afspraken genoemde investeringen van Woonstichting Heiderade passen binnen de begroting die door de Raad van Commissarissen is goedgekeurd. De afspraken worden gepubliceerd op de websites van de drie partijen."))
    s.append(P("8.2 Ondertekening", st_h2))
    s.append(P("Aldus overeengekomen en ondertekend te Kempenhorst op %d december %d." % (12 if y == 2025 else 11, y - 1)))
    sig = [["Gemeente Kempenhorst", "Woonstichting Heiderade", "Huurdersbelang Kempenhorst"],
           ["\n\n\n", "\n\n\n", "\n\n\n"],
           ["mevrouw A.C. Verhoeckx", "de heer ir. P.J. Smulders", "mevrouw T. Bressers-van Gool"],
           ["wethouder Wonen", "directeur-bestuurder", "voorzitter"]]
    ts = Table(sig, colWidths=[55 * mm] * 3)
    ts.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(KeepTogether([ts]))
    s.append(Spacer(1, 8 * mm))
    s.append(P("Bijlagen", st_h1))
    for b in ["Bijlage 1: Nieuwbouwprogramma Woonstichting Heiderade %d-%d per project" % (y, y + 3),
              "Bijlage 2: Monitor prestatieafspraken %d (stand per 1 oktober %d)" % (y - 1, y - 1),
              "Bijlage 3: Begrippenlijst"]:
        s.append(P(b))
    return s, recs


def build_agreement(year):
    doc_id = "%s-%s" % (FAMILY, year)
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                          bottomMargin=20 * mm, title="Prestatieafspraken %s gemeente Kempenhorst" % year,
                          author="Gemeente Kempenhorst", creator="kempenhorst build", invariant=1)
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr])])
    story, recs = agreement_story(year)
    doc.build(story, canvasmaker=make_canvas("Prestatieafspraken %s  |  Gemeente Kempenhorst - Woonstichting Heiderade - Huurdersbelang Kempenhorst" % year))
    return doc_id, path, recs


# --------------------------------------------------------------------------- bod
def build_bod():
    doc_id = "%s-bod-2026" % FAMILY
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    ps = landscape(A4)
    doc = BaseDocTemplate(path, pagesize=ps, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=18 * mm, title="Bod Woonstichting Heiderade 2026", author="Woonstichting Heiderade",
                          creator="kempenhorst build", invariant=1)
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr])])
    s = []
    s.append(P("Bod Woonstichting Heiderade aan de gemeente Kempenhorst voor 2026", st_title))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Overzicht van voorgenomen werkzaamheden 2026-2030, uitgebracht op 26 juni 2025 aan het college van burgemeester en wethouders van de gemeente Kempenhorst, in afschrift aan Huurdersbelang Kempenhorst", st_cov))
    s.append(Spacer(1, 6 * mm))
    s.append(P("1 Inleiding", st_h2))
    s.append(P("Met dit bod laten wij zien welke bijdrage Woonstichting Heiderade in 2026 en de jaren daarna wil leveren aan de Woonvisie 2023-2030 van de gemeente Kempenhorst. Het bod is besproken met Huurdersbelang Kempenhorst, dat op 12 juni 2025 een positief advies heeft uitgebracht met enkele aandachtspunten over betaalbaarheid en onderhoud."))
    s.append(P("Onze financiële ruimte is in 2025 kleiner geworden door de gestegen bouwkosten, de hogere rente en de verhuurderbijdrage die tot en met 2025 is afgedragen. Wij hebben daarom scherpere keuzes moeten maken, met name in het onderhoudsprogramma en de nieuwbouwplanning. Alle bedragen zijn onder voorbehoud van goedkeuring van de begroting 2026 door onze Raad van Commissarissen."))
    s.append(P("Het bod is opgesteld in ons planningsbestand; de onderstaande tabel is daaruit afgedrukt. Per regel staat welke prestatie wij aanbieden, met een korte toelichting en de relatie met de woonvisie."))
    s.append(PageBreak())
    s.append(P("2 Ons bod per thema", st_h2))
    hdr = ["Nr", "Thema", "Ons bod voor 2026", "Toelichting", "Relatie woonvisie"]
    data = [[Paragraph(h, st_smallb) for h in hdr]]
    recs = []
    for i, k in enumerate(C.BOD_ORDER, 1):
        theme, themes, vers = C.A[k]
        v = vers["bod"]
        a = v["attrs"]
        data.append([Paragraph(str(i), st_small), Paragraph(escape(a["thema"]), st_small),
                     Paragraph(escape(v["text"]), st_small), Paragraph(escape(a["toelichting"]), st_small),
                     Paragraph(escape(a["woonvisie"]), st_small)])
        recs.append({"key": k, "number": str(i), "section": "2 Ons bod per thema", "party": None, "theme": theme,
                     "themes": themes, "text": v["text"], "trekker": None, "planning": None,
                     "attributes": {"thema": a["thema"], "toelichting": a["toelichting"], "relatie_woonvisie": a["woonvisie"]},
                     "frame": v["frame"]})
    widths = [10 * mm, 28 * mm, 105 * mm, 78 * mm, 36 * mm]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#a0a0a0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    s.append(t)
    s.append(Spacer(1, 6 * mm))
    s.append(P("3 Tot slot", st_h2))
    s.append(P("Wij gaan graag met de gemeente en Huurdersbelang Kempenhorst in gesprek over dit bod, met als doel de prestatieafspraken voor 2026 vóór 15 december 2025 te ondertekenen. Namens Woonstichting Heiderade, ir. P.J. Smulders, directeur-bestuurder."))
    doc.build(s, canvasmaker=make_canvas("Woonstichting Heiderade  |  Bod 2026 gemeente Kempenhorst"))
    x0 = doc.leftMargin + widths[0] + widths[1]
    return doc_id, path, recs, (x0, x0 + widths[2])


# --------------------------------------------------------------------------- pages + gold
def page_texts(path, col=None):
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            if col:
                pg = pg.crop((col[0], 0, col[1], pg.height))
            out.append(norm(pg.extract_text() or ""))
    return out


def assign_pages(path, recs, col=None):
    pts = page_texts(path, col)
    for r in recs:
        t = norm(r["text"])
        r["page"] = None
        for i, pt in enumerate(pts):
            # a text wholly on the next page starts there, not here (the gold pages were one too low)
            if t in pt or (i + 1 < len(pts) and t not in pts[i + 1] and t in pt + " " + pts[i + 1]):
                r["page"] = i + 1
                break
        if r["page"] is None:
            raise SystemExit("text not found: %s %s" % (path, r["key"]))
    return len(pts)


def write_gold(doc_id, dtype, year, years, pages, layout, recs):
    afs = []
    for r in recs:
        afs.append({"key": r["key"], "number": r["number"], "section": r["section"], "party": r["party"],
                    "theme": r["theme"], "themes": r["themes"], "page": r["page"], "text": r["text"],
                    "trekker": r["trekker"], "planning": r["planning"], "attributes": r["attributes"], "frame": r["frame"]})
    g = {"document": {"id": doc_id, "family": FAMILY, "type": dtype, "year": year, "years": years,
                      "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP],
                      "huurdersorganisaties": [C.HUURDERS], "pages": pages, "layout": layout},
         "afspraken": afs}
    with open(os.path.join(OUT, "gold", doc_id + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return g


def write_pair(old, new, table):
    ok = [a["key"] for a in old["afspraken"]]
    nk = [a["key"] for a in new["afspraken"]]
    links = []
    for k in nk:
        if k in ok:
            st, kinds, hn = table[k]
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    for k in ok:
        if k not in nk:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in table:
        assert k in ok and k in nk, k
    oid, nid = old["document"]["id"], new["document"]["id"]
    with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (oid, nid)), "w", encoding="utf-8") as f:
        json.dump({"old": oid, "new": nid, "links": links}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for year in ("2025", "2026"):
        doc_id, path, recs = build_agreement(year)
        n = assign_pages(path, recs)
        golds[year] = write_gold(doc_id, "prestatieafspraken", int(year), [int(year)], n, LAYOUT_AGR, recs)
    doc_id, path, recs, col = build_bod()
    n = assign_pages(path, recs, col)
    golds["bod"] = write_gold(doc_id, "bod", 2026, [2026, 2027, 2028, 2029, 2030], n, LAYOUT_BOD, recs)
    write_pair(golds["2025"], golds["2026"], C.PAIR_A)
    write_pair(golds["bod"], golds["2026"], C.PAIR_B)
    for k, g in golds.items():
        print(g["document"]["id"], g["document"]["pages"], "pages", len(g["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
