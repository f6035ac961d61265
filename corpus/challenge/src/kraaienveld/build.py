"""Build the kraaienveld family: 3 agreements (Word intro + spreadsheet print) and a kennisgeving.
Run from /work/main:  .venv/bin/python corpus/challenge/src/kraaienveld/build.py"""
import copy, json, os, sys
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                NextPageTemplate, PageBreak)
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import A, SECTIONS, ORDER, PAIRS, KENNIS  # noqa: E402

FAM = "kraaienveld"
OUT = os.path.join(HERE, "..", "..", "dev")
GEMEENTE = "Kraaienveld"
CORPS = ["Woonstichting De Vaart", "Heemhof Wonen", "Woongoed Oostrand"]
HUURDERS = ["Huurdersvereniging De Vaart", "Huurdersraad Heemhof", "Huurdersbelangen Oostrand"]
PCOLS = [("g", "Gemeente"), ("v", "De Vaart"), ("h", "Heemhof"), ("o", "Oostrand"), ("hu", "Huurders")]
HEAD = ["ID", "Thema", "Subthema", "Afspraak", "Gemeente", "De Vaart", "Heemhof", "Oostrand", "Huurders", "Gereed", "Opmerking"]
CW = [34, 72, 74, 292, 38, 36, 36, 38, 38, 46, 88]   # 792 pt
LM = 25

# ---------------------------------------------------------------- data resolution
def resolve(year):
    rows = []
    for code, label, short in SECTIONS[year]:
        for i, key in enumerate(ORDER[year][code]):
            rec = {}
            for y in sorted(A[key]):
                if y <= year:
                    rec.update(copy.deepcopy(A[key][y]))
            rec.setdefault("themes", [rec["theme"]])
            rec.update(key=key, code=code, section=label, short=short, id="%s.%02d" % (code, i + 1))
            rows.append(rec)
    return rows

# ---------------------------------------------------------------- styles
ss = {
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.6, spaceAfter=5),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=6),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3),
    "small": ParagraphStyle("small", fontName="Times-Roman", fontSize=9, leading=11),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=7, leading=8.4),
    "cellc": ParagraphStyle("cellc", fontName="Helvetica", fontSize=7, leading=8.4, alignment=1),
    "hcell": ParagraphStyle("hcell", fontName="Helvetica-Bold", fontSize=7, leading=8.4),
    "sect": ParagraphStyle("sect", fontName="Helvetica-Bold", fontSize=7.5, leading=9),
    "sub": ParagraphStyle("sub", fontName="Helvetica-Oblique", fontSize=7, leading=8.4),
}
P = lambda t, s="body": Paragraph(escape(t), ss[s])

# ---------------------------------------------------------------- word part
TERUG = {
 2025: ("In 2024 leverden de corporaties samen 118 sociale huurwoningen op, tegen 130 die waren afgesproken; de vertraging "
        "ontstond vooral bij het project Molenakker, waar de netaansluiting pas in het najaar beschikbaar kwam. Er werden 214 "
        "woningen geïsoleerd en 61 woningen met een E-, F- of G-label verbeterd. De gemiddelde inschrijfduur liep op tot 6,8 jaar. "
        "Het aantal huisuitzettingen wegens huurachterstand bleef beperkt tot vier."),
 2026: ("In 2025 werden 151 sociale huurwoningen opgeleverd, meer dan de 140 waarover afspraken waren gemaakt. Van de 85 "
        "woningen met een E-, F- of G-label werden er 45 verbeterd; de overige 40 liepen vertraging op door een tekort aan "
        "installateurs. De pilot met de verhuisconsulent kon nog niet starten. De gemiddelde inschrijfduur steeg naar 7,1 jaar, "
        "terwijl het aantal huisuitzettingen daalde tot twee."),
 2027: ("In 2026 leverden de corporaties 149 sociale huurwoningen op en werden de laatste woningen met een E-, F- of G-label "
        "aangepakt, zodat Kraaienveld als een van de eerste gemeenten in de regio geen slechte labels meer kent bij de corporaties. "
        "De lokale voorrangsregeling voor starters werd per 1 januari ingevoerd; 19% van de vrijgekomen woningen ging naar "
        "starters uit de gemeente. De gemiddelde inschrijfduur daalde licht tot 6,9 jaar."),
}
KERN = {
 2025: [("Sociale huurwoningen corporaties", "6.412", "6.455"), ("Gemiddelde inschrijfduur (jaar)", "6,4", "6,8"),
        ("Huurders met achterstand > 2 mnd", "97", "104"), ("Woningen label E, F of G", "146", "85")],
 2026: [("Sociale huurwoningen corporaties", "6.455", "6.581"), ("Gemiddelde inschrijfduur (jaar)", "6,8", "7,1"),
        ("Huurders met achterstand > 2 mnd", "104", "88"), ("Woningen label E, F of G", "85", "40")],
 2027: [("Sociale huurwoningen corporaties", "6.581", "6.712"), ("Gemiddelde inschrijfduur (jaar)", "7,1", "6,9"),
        ("Huurders met achterstand > 2 mnd", "88", "79"), ("Woningen label E, F of G", "40", "0")],
}
SIGNDATE = {2025: "12 december 2024", 2026: "10 december 2025", 2027: "14 december 2026"}
SIGN = [("Gemeente Kraaienveld", "M. van Doorn-Kessels, wethouder Wonen"),
        ("Woonstichting De Vaart", "ir. J.P. Haverkamp, directeur-bestuurder"),
        ("Heemhof Wonen", "drs. A. Öztürk, bestuurder"),
        ("Woongoed Oostrand", "R. Wijnbergen MBA, directeur-bestuurder"),
        ("Huurdersvereniging De Vaart", "T. Brouwer, voorzitter"),
        ("Huurdersraad Heemhof", "L. Sahin-de Boer, voorzitter"),
        ("Huurdersbelangen Oostrand", "G. Minkema, voorzitter")]


def word_part(year, n):
    s = []
    s.append(P("Gemeente Kraaienveld  ·  Woonstichting De Vaart  ·  Heemhof Wonen  ·  Woongoed Oostrand", "small"))
    s.append(Spacer(1, 14 * mm))
    s.append(P("Prestatieafspraken Kraaienveld %d" % year, "h1"))
    s.append(P("Jaarafspraken tussen de gemeente Kraaienveld, Woonstichting De Vaart, Heemhof Wonen en Woongoed Oostrand "
               "en de huurdersorganisaties Huurdersvereniging De Vaart, Huurdersraad Heemhof en Huurdersbelangen Oostrand"))
    s.append(Spacer(1, 6 * mm))
    s.append(P("Leeswijzer", "h2"))
    s.append(P("Voor u liggen de prestatieafspraken voor het jaar %d. Net als in voorgaande jaren hebben partijen ervoor gekozen "
               "de afspraken zelf niet in doorlopende tekst op te nemen, maar in een afsprakenlijst die tijdens de onderhandelingen "
               "als werkbestand is bijgehouden. In deze inleiding vindt u de context en een korte terugblik; de afsprakenlijst is "
               "vanaf pagina 3 als afdruk van het werkblad toegevoegd. Per afspraak is in de lijst met een kruisje aangegeven welke "
               "partij zich verbindt, in de kolom Gereed staat de beoogde planning en de kolom Opmerking bevat een toelichting die "
               "geen onderdeel is van de afspraak zelf." % year))
    s.append(P("Inhoud", "h2"))
    for line in ["1. Inleiding en beleidscontext", "2. Terugblik op %d en kerncijfers" % (year - 1),
                 "3. Looptijd, monitoring en geschillen", "4. Ondertekening",
                 "Bijlage A. Afsprakenlijst %d (werkblad)" % year, "Bijlage 1. Nieuwbouwprogramma per project (separaat)"]:
        s.append(P(line, "small"))
    s.append(Spacer(1, 4 * mm))
    s.append(P("1. Inleiding en beleidscontext", "h2"))
    s.append(P("De Woonvisie Kraaienveld 2023-2030 vormt het kader voor deze afspraken. Kraaienveld kent een groeiende vraag naar "
               "betaalbare woningen, zowel van starters en senioren uit de eigen gemeente als van huishoudens die vanuit de regio "
               "naar Kraaienveld willen verhuizen. Met de regionale woondeal heeft de gemeente zich verbonden aan een forse "
               "bouwopgave, waarvan ongeveer een derde in de sociale huur. Daarnaast werken de corporaties aan de doelen uit de "
               "Nationale Prestatieafspraken, waaronder het uitfaseren van slechte energielabels en het beperken van de "
               "huurstijging. Het Rijk heeft in de afgelopen periode de regels voor de huurverhoging en de taakstelling voor "
               "vergunninghouders meermaals bijgesteld; waar dat invloed heeft op de getallen in de lijst, zijn deze aangepast."))
    s.append(PageBreak())
    s.append(P("2. Terugblik op %d en kerncijfers" % (year - 1), "h2"))
    s.append(P(TERUG[year]))
    kt = Table([["Kerncijfer", "Stand 1-1-%d" % (year - 2), "Stand 1-1-%d" % (year - 1)]] + [list(r) for r in KERN[year]],
               colWidths=[90 * mm, 35 * mm, 35 * mm])
    kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    s += [Spacer(1, 2 * mm), kt, Spacer(1, 3 * mm)]
    s.append(P("3. Looptijd, monitoring en geschillen", "h2"))
    s.append(P("Deze prestatieafspraken hebben betrekking op het kalenderjaar %d en sluiten aan op de meerjarige kaderafspraken "
               "die in 2023 zijn gemaakt. De voortgang wordt gevolgd met de gezamenlijke monitor die de gemeente bijhoudt. Bij "
               "een verschil van inzicht over de uitvoering treden partijen eerst met elkaar in overleg; lukt het niet om er "
               "samen uit te komen, dan staat de geschillenregeling uit de Woningwet open. Wijzigingen in de afsprakenlijst "
               "gedurende het jaar worden schriftelijk vastgelegd en door alle partijen bekrachtigd." % year))
    s.append(P("4. Ondertekening", "h2"))
    s.append(P("Aldus overeengekomen en ondertekend te Kraaienveld op %s." % SIGNDATE[year]))
    cells = [[Paragraph("<b>%s</b><br/><br/>%s" % (escape(o), escape(nm)), ss["small"]) for o, nm in SIGN[i:i + 2]]
             for i in range(0, len(SIGN), 2)]
    cells[-1].append("")
    st = Table(cells, colWidths=[82 * mm, 82 * mm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    s += [st, Spacer(1, 2 * mm)]
    s.append(P("Bijlagen: A. Afsprakenlijst %d (werkblad, vanaf pagina 3); 1. Nieuwbouwprogramma per project; "
               "2. Monitor prestatieafspraken %d." % (year, year - 1), "small"))
    return s


# ---------------------------------------------------------------- sheet part
def sheet_table(year, rows):
    data = [[Paragraph(h, ss["hcell"]) for h in HEAD]]
    style = [("GRID", (0, 0), (-1, -1), 0.3, colors.Color(0.72, 0.72, 0.72)),
             ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.82, 0.82, 0.82)),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    grey = colors.Color(0.90, 0.90, 0.90)
    prev_sub = None
    for code, label, short in SECTIONS[year]:
        r = len(data)
        data.append(["", Paragraph(escape(label), ss["sect"])] + [""] * 9)
        style += [("SPAN", (1, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), grey)]
        sec_rows = [x for x in rows if x["code"] == code]
        for j, x in enumerate(sec_rows):
            thema = short if (year != 2026 or j == 0) else ""
            sub = x.get("sub", "")
            if year == 2027 and j > 0 and sub == prev_sub:
                sub_print = ""
            else:
                sub_print = sub
            prev_sub = sub
            x["thema_print"], x["sub_print"] = thema, sub_print
            marks = ["x" if c in x["p"].split(",") else "" for c, _ in PCOLS]
            data.append([Paragraph(x["id"], ss["cell"]), Paragraph(escape(thema), ss["cell"]),
                         Paragraph(escape(sub_print), ss["cell"]), Paragraph(escape(x["text"]), ss["cell"])]
                        + [Paragraph(m, ss["cellc"]) for m in marks]
                        + [Paragraph(escape(x["gereed"]), ss["cell"]), Paragraph(escape(x["opm"]), ss["sub"])])
        r = len(data)
        data.append(["", Paragraph("Subtotaal %s: %d afspraken" % (escape(short), len(sec_rows)), ss["sub"])] + [""] * 9)
        style += [("SPAN", (1, r), (3, r)), ("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95))]
    t = Table(data, colWidths=CW, repeatRows=1, splitByRow=1)
    t.setStyle(TableStyle(style))
    return t


class Doc(BaseDocTemplate):
    def __init__(self, fn, year, **kw):
        BaseDocTemplate.__init__(self, fn, pagesize=A4, invariant=1, title="Prestatieafspraken Kraaienveld %d" % year,
                                 author="Gemeente Kraaienveld", **kw)
        self.year, self.sheet_no = year, 0
        pw, ph = A4
        fp = Frame(25 * mm, 22 * mm, pw - 50 * mm, ph - 42 * mm, id="p")
        lw, lh = landscape(A4)
        fl = Frame(LM, 34, lw - 2 * LM, lh - 34 - 40, id="l", leftPadding=0, rightPadding=0)
        self.addPageTemplates([PageTemplate("word", [fp], onPage=self.on_word, pagesize=A4),
                               PageTemplate("sheet", [fl], onPage=self.on_sheet, pagesize=landscape(A4))])

    def on_word(self, c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(25 * mm, 12 * mm, "Prestatieafspraken Kraaienveld %d" % self.year)
        c.drawRightString(A4[0] - 25 * mm, 12 * mm, "%d" % d.page)
        c.restoreState()

    def on_sheet(self, c, d):
        self.sheet_no += 1
        lw, lh = landscape(A4)
        c.saveState()
        c.setFont("Helvetica", 7)
        c.drawRightString(lw - LM, lh - 20, "PA_Kraaienveld_%d_definitief.xlsx" % self.year)
        c.drawString(LM, 16, "Afsprakenlijst %d" % self.year)
        c.drawCentredString(lw / 2, 16, "Pagina %d" % self.sheet_no)
        c.restoreState()


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def build_agreement(year):
    rows = resolve(year)
    fn = os.path.join(OUT, "pdf", "%s-%d.pdf" % (FAM, year))
    doc = Doc(fn, year)
    story = word_part(year, len(rows)) + [NextPageTemplate("sheet"), PageBreak(), sheet_table(year, rows)]
    doc.build(story)
    # locate rows: ID column words per page
    idpage = {}
    with pdfplumber.open(fn) as pdf:
        npages = len(pdf.pages)
        for pno, pg in enumerate(pdf.pages, 1):
            if pg.width < pg.height:
                continue
            for w in pg.extract_words():
                if w["x0"] < LM + CW[0] and w["text"] not in idpage:
                    idpage[w["text"]] = pno
    afs = []
    for x in rows:
        partijen = ", ".join(lbl for c, lbl in PCOLS if c in x["p"].split(","))
        attrs = {"partijen": partijen}
        if x["thema_print"]:
            attrs["thema"] = x["thema_print"]
        if x["sub_print"]:
            attrs["subthema"] = x["sub_print"]
        if x["opm"]:
            attrs["opmerking"] = x["opm"]
        afs.append({"key": x["key"], "number": x["id"], "section": x["section"], "party": None,
                    "theme": x["theme"], "themes": x["themes"], "page": idpage[x["id"]], "text": x["text"],
                    "trekker": None, "planning": x["gereed"] or None, "attributes": attrs, "frame": x["frame"]})
    gold = {"document": {"id": "%s-%d" % (FAM, year), "family": FAM, "type": "prestatieafspraken", "year": year,
                         "years": [year], "gemeente": GEMEENTE, "gemeenten": [GEMEENTE], "corporaties": CORPS,
                         "huurdersorganisaties": HUURDERS, "pages": npages, "layout": "word-intro+excel-sheet"},
            "afspraken": afs}
    dump(os.path.join(OUT, "gold", "%s-%d.json" % (FAM, year)), gold)
    return gold


def build_pair(o, n, go, gn):
    ao = {a["key"]: a for a in go["afspraken"]}
    an = {a["key"]: a for a in gn["afspraken"]}
    ann = PAIRS[(o, n)]
    links = []
    for k in ao:
        if k in an:
            if k in ann:
                st, kinds, hn = ann[k]
                assert ao[k]["text"] != an[k]["text"], k
            else:
                assert ao[k]["text"] == an[k]["text"], ("text differs but unannotated", k)
                st, kinds, hn = "unchanged", [], None
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in an:
        if k not in ao:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    assert all(k in ao and k in an for k in ann), "annotated key missing"
    a, b = "%s-%d" % (FAM, o), "%s-%d" % (FAM, n)
    dump(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (a, b)), {"old": a, "new": b, "links": links})


# ---------------------------------------------------------------- kennisgeving
def build_kennisgeving():
    year = 2027
    fn = os.path.join(OUT, "pdf", "%s-kennisgeving-%d.pdf" % (FAM, year))

    def onp(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 11)
        c.drawString(25 * mm, A4[1] - 20 * mm, "Gemeente Kraaienveld")
        c.setFont("Helvetica", 7.5)
        c.drawString(25 * mm, A4[1] - 24 * mm, "Postbus 400  ·  7890 AB  Kraaienveld  ·  www.kraaienveld.nl")
        c.drawString(25 * mm, 12 * mm, "RIB-2026-0412  ·  pagina 1 van 1")
        c.restoreState()
    doc = BaseDocTemplate(fn, pagesize=A4, invariant=1, title="Raadsinformatiebrief prestatieafspraken 2027")
    doc.addPageTemplates([PageTemplate("k", [Frame(25 * mm, 18 * mm, A4[0] - 50 * mm, A4[1] - 48 * mm)], onPage=onp)])
    sm = ss["small"]
    meta = Table([["Aan", "de leden van de gemeenteraad van Kraaienveld"],
                  ["Datum", "17 december 2026"], ["Ons kenmerk", "RIB-2026-0412"],
                  ["Contactpersoon", "«Behandelaar_naam»  «Behandelaar_telefoon»"],
                  ["Onderwerp", "Kennisgeving ondertekening prestatieafspraken 2027"]], colWidths=[32 * mm, 120 * mm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8.5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
    body = ParagraphStyle("kb", parent=ss["body"], fontSize=10, leading=12.5)
    bul = ParagraphStyle("kbul", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3)
    s = [meta, Spacer(1, 6 * mm), Paragraph("Geachte leden van de raad,", body),
         Paragraph("Hierbij informeren wij u dat op 14 december 2026 de prestatieafspraken voor 2027 zijn ondertekend door de "
                   "gemeente, Woonstichting De Vaart, Heemhof Wonen, Woongoed Oostrand en hun huurdersorganisaties. Met deze "
                   "brief voldoen wij aan de toezegging om u jaarlijks over de belangrijkste afspraken te informeren. De "
                   "volledige afsprakenlijst treft u aan als bijlage bij deze brief.", body),
         Paragraph("Belangrijkste afspraken voor 2027", ParagraphStyle("kh", parent=ss["h2"], fontSize=10.5)),
         Paragraph("Uit de in totaal %d afspraken lichten wij de volgende acht uit:" % len(resolve(2027)), body)]
    for key, text, frame, theme in KENNIS:
        s.append(Paragraph(escape(text), bul, bulletText="•"))
    s += [Spacer(1, 2 * mm),
          Paragraph("Ten opzichte van vorig jaar valt op dat de verkoop van sociale huurwoningen volledig wordt stopgezet en dat "
                    "de isolatieopgave afhankelijk is geworden van rijkssubsidie. In het voorjaar van 2027 ontvangt u de monitor "
                    "over de uitvoering van de afspraken van 2026.", body),
          Paragraph("Met vriendelijke groet,<br/>burgemeester en wethouders van Kraaienveld,", body),
          Spacer(1, 8 * mm),
          Paragraph("de secretaris,&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;de burgemeester,<br/>drs. H.F. Lindeboom"
                    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;C.M. Roelofsen-Aydin", body)]
    doc.build(s)
    with pdfplumber.open(fn) as pdf:
        npages = len(pdf.pages)
    afs = [{"key": k, "number": None, "section": "Belangrijkste afspraken voor 2027", "party": None, "theme": th,
            "themes": [th], "page": 1, "text": t, "trekker": None, "planning": None, "attributes": {}, "frame": fr}
           for k, t, fr, th in KENNIS]
    dump(os.path.join(OUT, "gold", "%s-kennisgeving-%d.json" % (FAM, year)),
         {"document": {"id": "%s-kennisgeving-%d" % (FAM, year), "family": FAM, "type": "kennisgeving", "year": year,
                       "years": [year], "gemeente": GEMEENTE, "gemeenten": [GEMEENTE], "corporaties": CORPS,
                       "huurdersorganisaties": HUURDERS, "pages": npages, "layout": "mail-merge raadsbrief"},
          "afspraken": afs})


def main():
    for d in ("pdf", "gold", "gold/pairs"):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    g = {y: build_agreement(y) for y in (2025, 2026, 2027)}
    build_pair(2025, 2026, g[2025], g[2026])
    build_pair(2026, 2027, g[2026], g[2027])
    build_kennisgeving()
    print("built", FAM)


if __name__ == "__main__":
    main()
