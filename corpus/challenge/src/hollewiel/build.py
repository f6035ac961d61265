# -*- coding: utf-8 -*-
"""Build the hollewiel family: two uitvoeringsagenda's (2025, 2026) and the bod 2026 of Woonstichting Vechtzoom.
Run from /work/main:  .venv/bin/python corpus/challenge/src/hollewiel/build.py"""
import json, os, sys
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, KeepTogether,
                                PageBreak, Table, TableStyle, Flowable)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data as D

OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
FAM = "hollewiel"
W, H = A4
LM = 2.3 * cm

ST = {
 "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=6),
 "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=8, spaceAfter=8),
 "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=1),
 "amb": ParagraphStyle("amb", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=10, spaceAfter=5,
                       textColor=colors.HexColor("#1d4e6b"), keepWithNext=1),
 "ambtxt": ParagraphStyle("ambtxt", fontName="Times-Italic", fontSize=10.5, leading=14, spaceAfter=6, keepWithNext=1),
 "doel": ParagraphStyle("doel", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=6, spaceAfter=4,
                        leftIndent=0, keepWithNext=1),
 "item": ParagraphStyle("item", fontName="Times-Roman", fontSize=10.5, leading=14, leftIndent=1.3 * cm,
                        bulletIndent=0.2 * cm, bulletFontName="Helvetica-Bold", bulletFontSize=9.5, spaceAfter=1),
 "attr": ParagraphStyle("attr", fontName="Helvetica", fontSize=7.5, leading=9.5, leftIndent=1.3 * cm,
                        textColor=colors.HexColor("#555555"), spaceAfter=5),
 "cover": ParagraphStyle("cover", fontName="Helvetica-Bold", fontSize=24, leading=30, alignment=TA_CENTER),
 "coversub": ParagraphStyle("coversub", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_CENTER),
 "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5),
 "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9, leading=11.5),
 "wish": ParagraphStyle("wish", fontName="Times-Italic", fontSize=9.5, leading=12.5),
 "bid": ParagraphStyle("bid", fontName="Times-Roman", fontSize=9.5, leading=12.5, leftIndent=0.8 * cm,
                       bulletIndent=0, bulletFontName="Helvetica-Bold", bulletFontSize=9, spaceAfter=4),
}

PAGES = {}  # key -> page (filled while drawing)


class Mark(Flowable):
    def __init__(self, key):
        Flowable.__init__(self); self.key = key; self.width = self.height = 0
    def wrap(self, aw, ah):
        return 0, 0
    def draw(self):
        PAGES[self.key] = self.canv.getPageNumber()


class MarkedPara(Paragraph):
    def __init__(self, key, *a, **kw):
        Paragraph.__init__(self, *a, **kw); self._key = key
    def drawOn(self, canvas, x, y, _sW=0):
        PAGES[self._key] = canvas.getPageNumber()
        Paragraph.drawOn(self, canvas, x, y, _sW)


def P(t, s="body"):
    return Paragraph(t, ST[s])


def build_pdf(path, story_fn, header, npages=None):
    total = {"n": npages or 0}

    def deco(c, doc):
        c.saveState()
        pn = c.getPageNumber()
        if pn > 1:
            c.setFont("Helvetica", 8); c.setFillColor(colors.HexColor("#444444"))
            c.drawString(LM, H - 1.3 * cm, header)
            c.line(LM, H - 1.45 * cm, W - LM, H - 1.45 * cm)
        c.setFont("Helvetica", 8)
        c.drawRightString(W - LM, 1.2 * cm, "Pagina %d van %d" % (pn, total["n"]))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=LM, topMargin=2.2 * cm, bottomMargin=2 * cm,
                          invariant=1, title=header, author="Gemeente Hollewiel")
    fr = Frame(LM, 2 * cm, W - 2 * LM, H - 4.2 * cm, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=deco)])
    PAGES.clear()
    doc.build(story_fn())
    return doc.page


def two_pass(path, story_fn, header):
    n = build_pdf(path, story_fn, header, 1)
    n2 = build_pdf(path, story_fn, header, n)
    assert n == n2
    return n


def fmt_attr(it):
    parts = []
    if it["trekker"]:
        parts.append("Trekker: " + it["trekker"])
    if it["betrokken"]:
        parts.append("Betrokken: " + it["betrokken"])
    if it["gereed"]:
        parts.append("Gereed: " + it["gereed"])
    return " \u00b7 ".join(parts)


def sig_table(rows):
    t = Table(rows, colWidths=[(W - 2 * LM) / 3] * 3)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return t


def agreement(year):
    items = D.Y25 if year == 2025 else D.Y26
    struct = D.S25 if year == 2025 else D.S26
    prev = year - 1
    gold = []

    def story():
        gold.clear()
        s = [Spacer(1, 5 * cm), P("Uitvoeringsagenda prestatieafspraken %d" % year, "cover"), Spacer(1, 0.6 * cm),
             P("Gemeente Hollewiel", "coversub"), P("Woonstichting Vechtzoom", "coversub"), P("Het Brede Erf", "coversub"),
             P("Huurdersbelang Hollewiel", "coversub"), Spacer(1, 2 * cm),
             P("Jaarschijf %d bij de woonvisie Hollewiel Thuis" % year, "coversub"),
             P("Definitieve versie, december %d" % prev, "coversub"), PageBreak()]
        s += [P("Inhoud", "h1")]
        toc = ["Leeswijzer", "Inleiding", "Terugblik op %d" % prev]
        toc += ["Ambitie %d \u2013 %s" % (a[0], a[1]) for a in struct]
        toc += ["Slotbepalingen", "Ondertekening", "Bijlagen"]
        for i, t in enumerate(toc, 1):
            s.append(P("%d.&nbsp;&nbsp;%s" % (i, t), "body"))
        s += [P("Leeswijzer", "h2"),
              P("Deze uitvoeringsagenda is opgebouwd uit vijf ambities. Onder elke ambitie staan een of meer doelen, "
                "en onder elk doel de concrete afspraken die partijen voor %d maken. Elke afspraak heeft een eigen "
                "nummer, bijvoorbeeld 1.1.a, zodat de voortgang in de monitor eenvoudig kan worden gevolgd. Waar dat "
                "is vastgesteld, staat onder de afspraak in kleine letters wie de trekker is, welke partijen "
                "betrokken zijn en wanneer de afspraak gereed moet zijn." % year),
              P("Inleiding", "h1"),
              P("Gemeente Hollewiel, Woonstichting Vechtzoom, Het Brede Erf en Huurdersbelang Hollewiel maken elk jaar "
                "prestatieafspraken over de volkshuisvesting in de gemeente, zoals de Woningwet voorschrijft. De "
                "afspraken bouwen voort op de woonvisie Hollewiel Thuis, de regionale woondeal en de Nationale "
                "Prestatieafspraken die het Rijk in 2022 met de sector heeft gesloten. De biedingen die de corporaties "
                "vóór 1 juli %d hebben uitgebracht, vormden het vertrekpunt van de gesprekken aan de tripartiete tafel." % prev),
              P("De woningmarkt in Hollewiel staat onverminderd onder druk. Het aantal woningzoekenden is het afgelopen "
                "jaar opnieuw gegroeid, terwijl de bouwkosten hoog blijven en de netcongestie de verduurzaming van "
                "woningen vertraagt. Partijen hebben daarom bewust gekozen voor een beperkt aantal ambities waarop zij "
                "samen het verschil willen maken."),
              P("Terugblik op %d" % prev, "h1")]
        if year == 2025:
            s.append(P("In 2024 zijn in Hollewiel 64 sociale huurwoningen opgeleverd, waarvan 38 door Woonstichting "
                       "Vechtzoom en 26 door Het Brede Erf. De gemiddelde inschrijfduur bij toewijzing bedroeg 6,8 jaar. "
                       "Er werden 210 woningen verduurzaamd en het aantal huisuitzettingen wegens huurachterstand bleef "
                       "beperkt tot vier. De evaluatie van de huisvestingsverordening werd uitgesteld naar 2025."))
            rows = [["Kerncijfer", "2023", "2024"], ["Sociale huurwoningen (totaal)", "6.412", "6.455"],
                    ["Opgeleverde nieuwbouw", "51", "64"], ["Woningen met label E, F of G", "310", "205"],
                    ["Gemiddelde inschrijfduur (jaren)", "7,1", "6,8"], ["Huisuitzettingen", "6", "4"]]
        else:
            s.append(P("In 2025 zijn 72 sociale huurwoningen opgeleverd en werden 75 woningen met een E-, F- of G-label "
                       "verbeterd. De evaluatie van de urgentieregeling werd in maart afgerond, en de geactualiseerde "
                       "woonvisie Hollewiel Thuis 2025-2030 werd in november door de raad vastgesteld. Het wijkuitvoeringsplan "
                       "voor Molenakker liep vertraging op door de netcongestie; het aantal huisuitzettingen kwam uit op vijf."))
            rows = [["Kerncijfer", "2024", "2025"], ["Sociale huurwoningen (totaal)", "6.455", "6.511"],
                    ["Opgeleverde nieuwbouw", "64", "72"], ["Woningen met label E, F of G", "205", "130"],
                    ["Gemiddelde inschrijfduur (jaren)", "6,8", "6,3"], ["Huisuitzettingen", "4", "5"]]
        t = Table(rows, colWidths=[7.5 * cm, 3 * cm, 3 * cm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7ee"))]))
        s += [Spacer(1, 4), t, PageBreak()]
        for (an, atitle, atext, doelen) in struct:
            section_a = "Ambitie %d \u2013 %s" % (an, atitle)
            pending = [P(section_a, "amb"), P(atext, "ambtxt")]
            for dn, (dtext, keys) in enumerate(doelen, 1):
                dlabel = "Doel %d.%d" % (an, dn)
                pending.append(P("%s&nbsp;&nbsp;%s" % (dlabel, escape(dtext)), "doel"))
                for li, k in enumerate(keys):
                    it = items[k]
                    num = "%d.%d.%s" % (an, dn, "abcdefghij"[li])
                    para = MarkedPara(k, escape(it["text"]), ST["item"], bulletText=num)
                    block = [para]
                    at = fmt_attr(it)
                    if at:
                        block.append(P(escape(at), "attr"))
                    else:
                        block.append(Spacer(1, 5))
                    s.append(KeepTogether(pending + block))
                    pending = []
                    gold.append(dict(key=k, number=num, section="%s > %s %s" % (section_a, dlabel, dtext), party=None,
                                     theme=it["themes"][0], themes=it["themes"], page=None, text=it["text"],
                                     trekker=it["trekker"], planning=it["gereed"],
                                     attributes=({"betrokken": it["betrokken"]} if it["betrokken"] else {}),
                                     frame=dict(actors=it["actors"], modality=it["modality"], quantities=it["quantities"],
                                                deadline=it["deadline"], recurring=it["recurring"],
                                                conditions=it["conditions"])))
        s += [P("Slotbepalingen", "h1"),
              P("Deze uitvoeringsagenda geldt van 1 januari tot en met 31 december %d. Als zich in de loop van het jaar "
                "omstandigheden voordoen die de uitvoering wezenlijk raken, zoals nieuwe wetgeving of een ingrijpende "
                "wijziging van de rijksregelingen, treden partijen met elkaar in overleg over aanpassing van de afspraken. "
                "Wijzigingen worden schriftelijk vastgelegd en door alle partijen ondertekend." % year),
              P("De voortgang wordt bijgehouden in een monitor die de stand van iedere genummerde afspraak weergeeft. "
                "De monitor over %d wordt uiterlijk in het voorjaar van %d aan de gemeenteraad en de achterban van "
                "Huurdersbelang Hollewiel aangeboden." % (year, year + 1)),
              P("Ondertekening", "h1"),
              P("Aldus overeengekomen en ondertekend te Hollewiel op %d december %d." % (11 if year == 2025 else 9, prev)),
              Spacer(1, 10),
              sig_table([["Gemeente Hollewiel", "Woonstichting Vechtzoom", "Het Brede Erf"],
                         ["", "", ""], ["", "", ""],
                         ["M.J. (Marieke) Bosveld", "ir. P.A. Hendrikse", "drs. L. van Oosterwijk"],
                         ["wethouder Wonen", "directeur-bestuurder", "directeur-bestuurder"]]),
              Spacer(1, 14),
              sig_table([["Huurdersbelang Hollewiel", "", ""], ["", "", ""], ["", "", ""],
                         ["J. Kuipers-Adema", "", ""], ["voorzitter", "", ""]]),
              P("Bijlagen", "h1"),
              P("Bijlage 1. Nieuwbouwprogramma %d-%d per project" % (year, year + 4)),
              P("Bijlage 2. Monitor uitvoeringsagenda %d (stand per 1 oktober %d)" % (prev, prev)),
              P("Bijlage 3. Begrippenlijst")]
        return s

    did = "%s-%d" % (FAM, year)
    pdf = os.path.join(OUT, "pdf", did + ".pdf")
    n = two_pass(pdf, story, "Uitvoeringsagenda prestatieafspraken Hollewiel %d" % year)
    for g in gold:
        g["page"] = PAGES[g["key"]]
    doc = {"document": {"id": did, "family": FAM, "type": "prestatieafspraken", "year": year, "years": [year],
                        "gemeente": "Hollewiel", "gemeenten": ["Hollewiel"], "corporaties": [D.VZ, D.BE],
                        "huurdersorganisaties": [D.HO], "pages": n, "layout": "outline-ambitie-doel-lettered"},
           "afspraken": gold}
    write_json(os.path.join(OUT, "gold", did + ".json"), doc)
    return doc


BOD_X = LM + 6.2 * cm  # right column starts here


def bod():
    gold = []

    def story():
        gold.clear()
        s = [P("Woonstichting Vechtzoom", "h1"),
             P("Aan het college van burgemeester en wethouders van de gemeente Hollewiel<br/>Postbus 40<br/>7790 AA Hollewiel"),
             Spacer(1, 6),
             P("Hollewiel, 27 juni 2025<br/>Onderwerp: bod op de woonvisie, voorgenomen werkzaamheden 2026-2030<br/>"
               "Kopie aan: Huurdersbelang Hollewiel"),
             Spacer(1, 6),
             P("Geachte leden van het college,"),
             P("Hierbij ontvangt u, zoals de Woningwet voorschrijft, het overzicht van de werkzaamheden die Woonstichting "
               "Vechtzoom de komende jaren in Hollewiel wil uitvoeren. Met dit bod geven wij aan welke bijdrage wij "
               "leveren aan de ambities uit de woonvisie Hollewiel Thuis. Het bod is besproken met Huurdersbelang "
               "Hollewiel, dat er in een afzonderlijke brief op zal reageren."),
             P("Onze financiële ruimte is het afgelopen jaar kleiner geworden. De bouwkosten stijgen, de rente is hoger "
               "dan in onze meerjarenbegroting was voorzien en de huurbevriezing van eerdere jaren werkt nog door. "
               "Wij hebben daarom scherpe keuzes gemaakt: nieuwbouw en het uitfaseren van slechte energielabels "
               "houden voorrang, andere ambities pakken wij gefaseerd op."),
             P("In de tabellen hierna staat per thema links de wens van de gemeente, zoals verwoord in de woonvisie, en "
               "rechts ons bod. Wij zien uit naar de gesprekken over de prestatieafspraken voor 2026."),
             Spacer(1, 4),
             P("Met vriendelijke groet,<br/>Woonstichting Vechtzoom<br/><br/>ir. P.A. Hendrikse<br/>directeur-bestuurder"),
             PageBreak(),
             P("Kerngegevens Woonstichting Vechtzoom in Hollewiel", "h2"),
             P("Vechtzoom bezit in Hollewiel 3.870 huurwoningen, waarvan 3.610 sociale huurwoningen. De gemiddelde "
               "netto huur bedroeg op 1 januari 2025 € 641 per maand. In 2024 verhuurden wij 214 woningen opnieuw; "
               "de mutatiegraad kwam uit op 5,5%. Het bod hieronder gaat uit van de meerjarenbegroting 2025-2029 "
               "zoals die door de raad van commissarissen is goedgekeurd.")]
        cw = [6.2 * cm, W - 2 * LM - 6.2 * cm]
        n = 0
        for (title, rows) in D.BOD:
            s.append(P(title, "h2"))
            data = [[P("Wens gemeente (uit de woonvisie)", "cellb"), P("Ons bod", "cellb")]]
            for wish, bids in rows:
                cell = []
                for b in bids:
                    n += 1
                    num = "B%d" % n
                    cell.append(MarkedPara(b["key"], escape(b["text"]), ST["bid"], bulletText=num))
                    gold.append(dict(key=b["key"], number=num, section=title, party=None, theme=b["themes"][0],
                                     themes=b["themes"], page=None, text=b["text"], trekker=None, planning=None,
                                     attributes={}, frame=dict(actors=b["actors"], modality=b["modality"],
                                                               quantities=b["quantities"], deadline=b["deadline"],
                                                               recurring=b["recurring"], conditions=b["conditions"])))
                data.append([P(escape(wish), "wish"), cell])
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            s += [t, Spacer(1, 8)]
        s += [P("Financiële paragraaf", "h2"),
              P("Voor de uitvoering van dit bod investeert Vechtzoom in de periode 2026-2030 naar verwachting € 96 miljoen "
                "in nieuwbouw en € 31 miljoen in verduurzaming van bestaand bezit. De borgingsruimte bij het WSW is "
                "toereikend; de ICR blijft in alle jaren boven de norm van 1,4."),
              P("Ondertekening", "h2"),
              P("Woonstichting Vechtzoom, Hollewiel, 27 juni 2025<br/><br/>ir. P.A. Hendrikse<br/>directeur-bestuurder")]
        return s

    did = "%s-bod-2026" % FAM
    pdf = os.path.join(OUT, "pdf", did + ".pdf")
    npg = two_pass(pdf, story, "Bod Woonstichting Vechtzoom op de woonvisie Hollewiel \u2013 2026")
    for g in gold:
        g["page"] = PAGES[g["key"]]
    doc = {"document": {"id": did, "family": FAM, "type": "bod", "year": 2026, "years": [2026],
                        "gemeente": "Hollewiel", "gemeenten": ["Hollewiel"], "corporaties": [D.VZ],
                        "huurdersorganisaties": [D.HO], "pages": npg, "layout": "bod-two-column-wish-table"},
           "afspraken": gold}
    write_json(os.path.join(OUT, "gold", did + ".json"), doc)
    return doc


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def pair(old, new, spec):
    okeys = [a["key"] for a in old["afspraken"]]
    nkeys = [a["key"] for a in new["afspraken"]]
    links = []
    for k in okeys:
        st, kinds, hn = spec[k]
        if st == "dropped":
            links.append(dict(old=k, new=None, status=st, kinds=[], hard_negative=None))
        else:
            assert k in nkeys, k
            links.append(dict(old=k, new=k, status=st, kinds=kinds, hard_negative=hn))
    for k in nkeys:
        if k not in okeys:
            st = spec.get(k, ("new", [], None))[0]
            assert st == "new", k
            links.append(dict(old=None, new=k, status="new", kinds=[], hard_negative=None))
    oid, nid = old["document"]["id"], new["document"]["id"]
    write_json(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (oid, nid)), {"old": oid, "new": nid, "links": links})


def main():
    for d in ("pdf", "gold", "gold/pairs"):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    g25 = agreement(2025)
    g26 = agreement(2026)
    gb = bod()
    pair(g25, g26, D.PAIR_25_26)
    pair(gb, g26, D.PAIR_BOD)
    print("built", g25["document"]["pages"], g26["document"]["pages"], gb["document"]["pages"])


if __name__ == "__main__":
    main()
