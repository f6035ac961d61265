# -*- coding: utf-8 -*-
"""Build the berkelmonde family (jaarschijven 2025-2027 of Prestatieafspraken Berkelmonde 2024-2027)."""
import copy, io, json, os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data as D
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, PageBreak, Table,
                                TableStyle, CondPageBreak)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAM = "berkelmonde"
YEARS = [2025, 2026, 2027]

ST = dict(
    body=ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6),
    bullet=ParagraphStyle("bullet", fontName="Helvetica", fontSize=10, leading=13.5, leftIndent=16,
                          bulletIndent=4, spaceAfter=5, bulletFontName="Symbol"),
    h1=ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=8,
                      textColor=colors.HexColor("#1f4e79")),
    h2=ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
    title=ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=30, spaceAfter=12),
    sub=ParagraphStyle("sub", fontName="Helvetica", fontSize=16, leading=22, spaceAfter=10),
    small=ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12),
    toc=ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=16),
)

CHAPTERS = {
    "3": {2025: "Beschikbaarheid", 2026: "Beschikbaarheid", 2027: "Beschikbaarheid"},
    "4": {y: "Betaalbaarheid" for y in YEARS},
    "5": {y: "Duurzaamheid en energietransitie" for y in YEARS},
    "6": {y: "Kwaliteit en wonen met zorg" for y in YEARS},
    "7": {2025: "Leefbaarheid", 2026: "Leefbaarheid", 2027: "Prettig wonen in de wijk"},
    "8": {y: "Samenwerking en proces" for y in YEARS},
}
AFSPR_HEAD = {2025: "Wat spreken we af?", 2026: "Wat spreken we af?", 2027: "Afspraken 2027"}

AMBITIE = {
    "3": ["In Berkelmonde staan ruim 2.100 woningzoekenden ingeschreven die actief reageren op het aanbod, en de zoektijd voor een sociale huurwoning is de afgelopen jaren opgelopen. De woonvisie gaat uit van een groei van de sociale voorraad met ten minste 250 woningen in de periode 2024-2027, in lijn met de regionale woondeal die de gemeente met het Rijk en de provincie heeft gesloten.",
          "Naast nieuwbouw is een betere benutting van de bestaande voorraad nodig. Partijen willen dat senioren die dat wensen kunnen verhuizen naar een passende woning en dat spoedzoekers, vergunninghouders en mensen die uitstromen uit een instelling een plek vinden, zonder dat dit ten koste gaat van de slaagkans van reguliere woningzoekenden."],
    "4": ["Een aanzienlijk deel van de huurders van Monderhof heeft een inkomen rond of onder het sociaal minimum. De woonlasten, en daarmee ook de energielasten, moeten voor deze huishoudens op te brengen zijn. Het Rijk heeft de huurtoeslag en de regels voor de huurverhoging de afgelopen jaren meermaals aangepast; partijen volgen deze ontwikkelingen nauwgezet.",
          "Betalingsproblemen moeten zo vroeg mogelijk worden gesignaleerd. Een huisuitzetting brengt voor het huishouden en voor de samenleving hoge kosten met zich mee en wordt door alle partijen gezien als het allerlaatste middel."],
    "5": ["De Nationale Prestatieafspraken vragen van corporaties dat uiterlijk eind 2028 geen woningen met een energielabel E, F of G meer in hun bezit zijn. Monderhof heeft in haar portefeuilleplan een snellere route gekozen. De transitievisie warmte van de gemeente wijst Oude Monde-West aan als eerste wijk die van het aardgas af gaat.",
          "Partijen vinden het belangrijk dat verduurzaming voor huurders betaalbaar blijft en dat huurders vooraf goed worden geïnformeerd. Daarnaast vragen hittestress en wateroverlast om aanpassingen in woningen en in de openbare ruimte."],
    "6": ["Huurders hebben recht op een woning die veilig, gezond en goed onderhouden is. Meldingen van vocht en schimmel krijgen daarom voorrang. De vergrijzing in Berkelmonde is sterker dan gemiddeld in de regio, waardoor de vraag naar toegankelijke en zorggeschikte woningen de komende jaren toeneemt.",
          "De gemeente is verantwoordelijk voor de ondersteuning op grond van de Wmo, Monderhof voor de woning. Een goede afstemming tussen beide is nodig om langer zelfstandig wonen mogelijk te maken."],
    "7": ["In de meeste buurten van Berkelmonde wonen mensen prettig samen. In enkele straten in Berkeloord en Oude Monde-West staat de leefbaarheid echter onder druk door een concentratie van kwetsbare huishoudens, overlast en vervuiling. De leefbaarheidsmonitor laat daar een lagere score zien dan in de rest van de gemeente.",
          "Partijen willen de zichtbaarheid in de wijk vergroten, bewoners ruimte geven voor eigen initiatieven en samen met zorg- en welzijnspartners voorkomen dat problemen achter de voordeur uit de hand lopen."],
    "8": ["De prestatieafspraken 2024-2027 vormen het kader voor de samenwerking tussen de gemeente, Monderhof en de huurdersorganisaties. Deze jaarschijf vult dat kader in voor één jaar. Afspraken die in een eerdere jaarschijf zijn uitgevoerd, komen hierin niet meer terug.",
          "Een gelijkwaardige positie van de huurdersorganisaties aan tafel vraagt om tijdige informatie en voldoende middelen. Partijen hechten daarnaast aan een heldere procedure voor monitoring en voor het oplossen van verschillen van inzicht."],
}

TERUGBLIK = {
    2025: ("In 2024, het eerste jaar van de kaderafspraken, is een groot deel van de afspraken uitgevoerd. Enkele projecten liepen vertraging op door stikstofvraagstukken en de gestegen bouwkosten.",
           ["Monderhof leverde 52 sociale huurwoningen op, waaronder 30 woningen in het plan Berkeloever.",
            "Er werden 96 woningen geïsoleerd; 44 woningen kregen daarbij een beter energielabel dan label C.",
            "Het aantal huisuitzettingen wegens huurachterstand bedroeg vier.",
            "In totaal werden 39 vergunninghouders gehuisvest, tegenover een taakstelling van 45 personen."],
           [("Sociale huurwoningen Monderhof", "3.412", "3.448"), ("Gemiddelde zoektijd (jaren)", "2,9", "3,1"),
            ("Huurders met achterstand > 2 mnd", "61", "54"), ("Woningen met label E, F of G", "212", "140")]),
    2026: ("In 2025 hebben partijen goede voortgang geboekt op het gebied van isolatie en vroegsignalering. De inventarisatie van inbreidingslocaties en het wijkuitvoeringsplan voor Oude Monde-West werden niet binnen de afgesproken termijn afgerond.",
           ["Monderhof leverde 58 sociale huurwoningen op in de plannen Berkeloever en Kerkakker-Zuid.",
            "Er werden 131 woningen na-geïsoleerd en 55 woningen met een E-, F- of G-label aangepakt.",
            "Alle woningen kregen vóór 1 april 2025 een toegankelijkheidslabel.",
            "Het aantal huisuitzettingen wegens huurachterstand bedroeg zes."],
           [("Sociale huurwoningen Monderhof", "3.448", "3.495"), ("Gemiddelde zoektijd (jaren)", "3,1", "3,3"),
            ("Huurders met achterstand > 1 mnd", "118", "102"), ("Woningen met label E, F of G", "140", "85")]),
    2027: ("In 2026 is het wijkuitvoeringsplan voor Oude Monde-West vastgesteld en is het buurtbudget van start gegaan. De productie van nieuwe woningen bleef achter bij de planning doordat de tweede fase van Kerkakker-Zuid later werd opgeleverd.",
           ["Monderhof leverde 41 sociale huurwoningen op in de tweede fase van Kerkakker-Zuid.",
            "Er werden 162 woningen na-geïsoleerd; 53 woningen met een E-, F- of G-label werden verbeterd.",
            "Uit het buurtbudget werden 23 bewonersinitiatieven gesteund.",
            "Het aantal huisuitzettingen wegens huurachterstand bedroeg twee."],
           [("Sociale huurwoningen Monderhof", "3.495", "3.528"), ("Gemiddelde zoektijd (jaren)", "3,3", "3,2"),
            ("Huurders met achterstand > 1 mnd", "102", "97"), ("Woningen met label E, F of G", "85", "32")]),
}

SIGN = [("Gemeente Berkelmonde", "mw. J.M. van Rijswijk", "wethouder Wonen"),
        ("Woonstichting Monderhof", "drs. P.A. Hoekstra-Ulgen", "directeur-bestuurder"),
        ("Huurdersvereniging De Berkelstroom", "dhr. T. Kooiman", "voorzitter"),
        ("Huurdersbelangenvereniging Oude Monde", "mw. F. El Idrissi", "voorzitter")]


def fmt(s, y):
    return s.replace("{Y}", str(y)) if isinstance(s, str) else s


def resolve():
    """year -> ordered list of (key, version) with texts resolved."""
    res = {y: {} for y in YEARS}
    for key, vs in D.A.items():
        prev = None
        for y in YEARS:
            v = vs.get(y)
            if v is None:
                prev = None
                continue
            if v.get("same"):
                nv = copy.deepcopy(prev)
                if v["ch"]:
                    nv["ch"] = v["ch"]
                v = nv
            else:
                v = copy.deepcopy(v)
                v["text"] = fmt(v["text"], y)
                if v["tp"]:
                    v["tp"] = tuple(fmt(t, y) for t in v["tp"])
                if v["dl"]:
                    yy, tt = v["dl"]
                    v["dl"] = {"year": y if yy == "Y" else yy, "text": fmt(tt, y)}
            res[y][key] = v
            prev = v
    keys = list(D.A.keys())
    out = {}
    for y in YEARS:
        pos = {k: float(i) for i, k in enumerate(keys)}
        for k, before in D.ORDER_OVERRIDE.get(y, {}).items():
            pos[k] = pos[before] - 0.5
        out[y] = sorted(res[y].items(), key=lambda kv: (int(kv[1]["ch"]), pos[kv[0]]))
    return out


class AP(Paragraph):
    akey = None

    def split(self, aW, aH):
        parts = Paragraph.split(self, aW, aH)
        for p in parts:
            p.akey = self.akey
        return parts


class Doc(BaseDocTemplate):
    def __init__(self, buf, year, total, **kw):
        super().__init__(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                         bottomMargin=22 * mm, invariant=1, title="Prestatieafspraken Berkelmonde 2024-2027 - Jaarschijf %d" % year,
                         author="Gemeente Berkelmonde", **kw)
        self.year, self.total = year, total
        self.pages, self.chpages = {}, {}
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate("p", [fr], onPage=self.deco)])

    def deco(self, c, doc):
        c.saveState()
        if doc.page > 1:
            c.setFont("Helvetica", 8)
            c.drawString(25 * mm, A4[1] - 14 * mm, "Prestatieafspraken Berkelmonde 2024-2027")
            c.drawRightString(A4[0] - 25 * mm, A4[1] - 14 * mm, "Jaarschijf %d" % self.year)
            c.line(25 * mm, A4[1] - 16 * mm, A4[0] - 25 * mm, A4[1] - 16 * mm)
            c.drawCentredString(A4[0] / 2, 12 * mm, "Pagina %d van %d" % (doc.page, self.total or 0))
        c.restoreState()

    def afterFlowable(self, f):
        k = getattr(f, "akey", None)
        if k and k not in self.pages:
            self.pages[k] = self.page
        ch = getattr(f, "chap", None)
        if ch and ch not in self.chpages:
            self.chpages[ch] = self.page


def H1(text, chap):
    p = Paragraph(escape(text), ST["h1"])
    p.chap = chap
    return p


def story(y, items, chpages):
    S = []
    prev = y - 1
    S += [Spacer(1, 55 * mm), Paragraph("Prestatieafspraken Berkelmonde 2024-2027", ST["title"]),
          Paragraph("Jaarschijf %d" % y, ST["sub"]), Spacer(1, 20 * mm),
          Paragraph("Afspraken tussen", ST["body"])]
    for n in [D.GEMEENTE, D.CORP] + D.HOS:
        S.append(Paragraph("<b>%s</b>" % escape(n), ST["body"]))
    S += [Spacer(1, 30 * mm), Paragraph("Versie vastgesteld in het bestuurlijk overleg van %d december %d" % (9 if y != 2026 else 10, prev), ST["small"]),
          PageBreak()]
    # inhoudsopgave
    S.append(Paragraph("Inhoudsopgave", ST["h1"]))
    toc = [("1", "Inleiding en leeswijzer"), ("2", "Terugblik op %d" % prev)] + \
          [(c, CHAPTERS[c][y]) for c in ["3", "4", "5", "6", "7", "8"]] + [("9", "Ondertekening"), ("", "Bijlagen")]
    rows = [[n, t, str(chpages.get(n or "B", ""))] for n, t in toc]
    tt = Table(rows, colWidths=[12 * mm, 125 * mm, 20 * mm])
    tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10.5), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    S += [tt, PageBreak()]
    # 1 inleiding
    S.append(H1("1 Inleiding en leeswijzer", "1"))
    S.append(Paragraph(escape(
        "Op 14 december 2023 ondertekenden de gemeente Berkelmonde, Woonstichting Monderhof, Huurdersvereniging De Berkelstroom en Huurdersbelangenvereniging Oude Monde de Prestatieafspraken 2024-2027. Die kaderafspraken beschrijven de gezamenlijke opgave voor vier jaar. Ieder jaar werken partijen de kaderafspraken uit in een jaarschijf; dit document is de jaarschijf %d." % y), ST["body"]))
    S.append(Paragraph(escape(
        "De afspraken bouwen voort op de Woonvisie Berkelmonde 2022-2030, het bod dat Monderhof in juni %d heeft uitgebracht en de Nationale Prestatieafspraken die het Rijk met Aedes, de Woonbond en de VNG heeft gesloten. Ook de regionale woondeal en de transitievisie warmte zijn meegewogen." % prev), ST["body"]))
    S.append(Paragraph(escape("Bij de voorbereiding van deze jaarschijf zijn de volgende documenten geraadpleegd:"), ST["body"]))
    for d in ["Woonvisie Berkelmonde 2022-2030 (vastgesteld door de gemeenteraad)",
              "Prestatieafspraken Berkelmonde 2024-2027 (kaderafspraken)",
              "Overzicht van voorgenomen werkzaamheden Monderhof %d-%d (het bod)" % (y, y + 4),
              "Monitor prestatieafspraken over %d" % prev,
              "Transitievisie warmte gemeente Berkelmonde"]:
        S.append(Paragraph(escape(d), ST["bullet"], bulletText="•"))
    S.append(Paragraph(escape(
        "Leeswijzer. Hoofdstuk 2 blikt terug op het afgelopen jaar. De hoofdstukken 3 tot en met 8 zijn per thema opgebouwd: onder het kopje 'Wat willen we bereiken?' staat de ambitie, daarna volgen de afspraken voor %d. Waar een afspraak een trekker of een planning heeft, staat deze tussen haakjes achter de afspraak. Hoofdstuk 9 bevat de ondertekening." % y), ST["body"]))
    # 2 terugblik
    intro, facts, kc = TERUGBLIK[y]
    S.append(H1("2 Terugblik op %d" % prev, "2"))
    S.append(Paragraph(escape(intro), ST["body"]))
    S.append(Paragraph(escape("De belangrijkste resultaten over %d op een rij:" % prev), ST["body"]))
    for f in facts:
        S.append(Paragraph(escape(f), ST["bullet"], bulletText="•"))
    S.append(Paragraph(escape("Tabel 1. Kerncijfers volkshuisvesting Berkelmonde"), ST["h2"]))
    kt = Table([["Kerncijfer", "1-1-%d" % (prev), "1-1-%d" % y]] + [list(r) for r in kc],
               colWidths=[90 * mm, 30 * mm, 30 * mm])
    kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0"))]))
    S += [kt, Spacer(1, 4 * mm)]
    # theme chapters
    for c in ["3", "4", "5", "6", "7", "8"]:
        S.append(CondPageBreak(60 * mm))
        S.append(H1("%s %s" % (c, CHAPTERS[c][y]), c))
        S.append(Paragraph("Wat willen we bereiken?", ST["h2"]))
        for p in AMBITIE[c]:
            S.append(Paragraph(escape(p), ST["body"]))
        S.append(Paragraph(escape(AFSPR_HEAD[y]), ST["h2"]))
        S.append(Paragraph(escape("Partijen spreken voor %d het volgende af:" % y), ST["body"]))
        for k, v in items:
            if v["ch"] != c:
                continue
            t = escape(v["text"])
            if v["tp"]:
                tr, pl, style = v["tp"]
                t += " (trekker: %s; gereed: %s)" % (escape(tr), escape(pl)) if style == "a" else " (%s, %s)" % (escape(tr), escape(pl))
            p = AP(t, ST["bullet"], bulletText="•")
            p.akey = k
            S.append(p)
    # 9 ondertekening
    S.append(CondPageBreak(110 * mm))
    S.append(H1("9 Ondertekening", "9"))
    S.append(Paragraph(escape("Deze jaarschijf maakt onderdeel uit van de Prestatieafspraken Berkelmonde 2024-2027 en heeft een looptijd van 1 januari tot en met 31 december %d. Voor zover deze jaarschijf daarin niet voorziet, blijven de bepalingen van de kaderafspraken van kracht." % y), ST["body"]))
    S.append(Paragraph(escape("Aldus overeengekomen en ondertekend te Berkelmonde op %d december %d," % (12 if y != 2026 else 11, prev)), ST["body"]))
    rows = []
    for org, name, fn in SIGN:
        rows.append([Paragraph("<b>%s</b><br/>%s<br/>%s" % (escape(org), escape(name), escape(fn)), ST["small"]), "......................................"])
    st = Table(rows, colWidths=[95 * mm, 60 * mm], rowHeights=[20 * mm] * 4)
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    S.append(st)
    p = Paragraph("Bijlagen", ST["h1"])
    p.chap = "B"
    S.append(p)
    for b in ["Bijlage 1. Nieuwbouwprogramma Monderhof %d-%d per project" % (y, y + 3),
              "Bijlage 2. Monitor jaarschijf %d" % prev, "Bijlage 3. Begrippenlijst"]:
        S.append(Paragraph(escape(b), ST["body"]))
    return S


def build_doc(y, items):
    chp, total = {}, 0
    for _ in range(3):
        buf = io.BytesIO()
        d = Doc(buf, y, total)
        d.build(story(y, items, chp))
        if d.chpages == chp and d.page == total:
            return buf.getvalue(), d
        chp, total = d.chpages, d.page
    return buf.getvalue(), d


def gold_af(k, v, page, y):
    tp = v["tp"]
    sect = "%s %s > %s" % (v["ch"], CHAPTERS[v["ch"]][y], AFSPR_HEAD[y])
    return {"key": k, "number": None, "section": sect, "party": None, "theme": v["themes"][0], "themes": v["themes"],
            "page": page, "text": v["text"], "trekker": tp[0] if tp else None, "planning": tp[1] if tp else None,
            "attributes": {},
            "frame": {"actors": v["actors"], "modality": v["mod"], "quantities": v["q"], "deadline": v["dl"],
                      "recurring": v["rec"], "conditions": v["cond"]}}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    R = resolve()
    for y in YEARS:
        pdf, d = build_doc(y, R[y])
        did = "%s-%d" % (FAM, y)
        with open(os.path.join(OUT, "pdf", did + ".pdf"), "wb") as f:
            f.write(pdf)
        g = {"document": {"id": did, "family": FAM, "type": "prestatieafspraken", "year": y,
                          "years": [2024, 2025, 2026, 2027], "gemeente": "Berkelmonde", "gemeenten": ["Berkelmonde"],
                          "corporaties": [D.CORP], "huurdersorganisaties": D.HOS, "pages": d.page,
                          "layout": "jaarschijf-bullets-wat-willen-we"},
             "afspraken": [gold_af(k, v, d.pages[k], y) for k, v in R[y]]}
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    for pi, (a, b) in enumerate([(2025, 2026), (2026, 2027)]):
        pk = "p%d" % (pi + 1)
        links = []
        ra, rb = dict(R[a]), dict(R[b])
        for k in D.A:
            l = D.LINKS[k][pk]
            if l is None:
                continue
            st, kinds, hn = l
            links.append({"old": k if k in ra and st != "new" else None,
                          "new": k if k in rb and st != "dropped" else None,
                          "status": st, "kinds": kinds, "hard_negative": hn})
        o, n = "%s-%d" % (FAM, a), "%s-%d" % (FAM, b)
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), "w", encoding="utf-8") as f:
            json.dump({"old": o, "new": n, "links": links}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
