# -*- coding: utf-8 -*-
"""Build the hagenrode family: three yearly prestatieafspraken as A3 spreads + a raadsinformatiebrief."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data as D
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                NextPageTemplate, PageBreak, CondPageBreak, KeepTogether, SimpleDocTemplate)
import pdfplumber

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAM = "hagenrode"
YEARS = [2025, 2026, 2027]
W, H = landscape(A3)
HW = W / 2
OUTER, INNER, TOP, BOT, GUT = 58, 46, 74, 72, 18

st = {
 "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=16, alignment=TA_JUSTIFY, spaceAfter=8),
 "afs": ParagraphStyle("afs", fontName="Times-Roman", fontSize=11.5, leading=16, alignment=TA_JUSTIFY, leftIndent=22, bulletIndent=0, spaceAfter=9, bulletFontName="Helvetica-Bold"),
 "attr": ParagraphStyle("attr", fontName="Helvetica-Oblique", fontSize=8, leading=10, leftIndent=20, spaceAfter=7, textColor=colors.HexColor("#555555")),
 "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=14, spaceAfter=8, textColor=colors.HexColor("#1f4e5a")),
 "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#1f4e5a")),
 "lbl": ParagraphStyle("lbl", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=4),
 "small": ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11),
 "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=16),
 "ctitle": ParagraphStyle("ctitle", fontName="Helvetica-Bold", fontSize=34, leading=40, textColor=colors.HexColor("#1f4e5a"), spaceAfter=14),
 "csub": ParagraphStyle("csub", fontName="Helvetica", fontSize=15, leading=20, spaceAfter=10),
 "cpart": ParagraphStyle("cpart", fontName="Helvetica", fontSize=11, leading=16),
}


def resolve(year):
    out = {}
    for key, (theme, themes, vers) in D.ITEMS.items():
        if year not in vers:
            continue
        y = year
        while vers[y] == "=":
            y -= 1
        v = vers[y]
        out[key] = {"text": v[0], "frame": v[1], "trekker": v[2] if len(v) > 2 else None,
                    "planning": v[3] if len(v) > 3 else None, "theme": theme, "themes": themes or [theme]}
    return out


def chtitle(t, year):
    return t[year] if isinstance(t, dict) else t


def context(year):
    prev = year - 1
    fig = {2025: dict(opl=72, ver=19, label=310, wacht="4,8", ontr=5, vh=61, zp=130),
           2026: dict(opl=91, ver=12, label=265, wacht="5,1", ontr=3, vh=52, zp=160),
           2027: dict(opl=104, ver=7, label=240, wacht="5,3", ontr=2, vh=63, zp=231)}[year]
    return fig, prev


class Doc(BaseDocTemplate):
    def __init__(self, fn, year, **kw):
        super().__init__(fn, pagesize=(W, H), invariant=1, title="Prestatieafspraken Hagenrode %d" % year,
                         author="Gemeente Hagenrode", **kw)
        self.year = year
        self.marks = {}
        self.tmpl = {}

        def half(side, ncol):
            x0 = OUTER if side == "L" else HW + INNER
            x1 = HW - INNER if side == "L" else W - OUTER
            fw = x1 - x0
            if ncol == 1:
                return [Frame(x0, BOT, fw, H - TOP - BOT, id=side, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
            cw = (fw - GUT) / 2
            return [Frame(x0 + i * (cw + GUT), BOT, cw, H - TOP - BOT, id="%s%d" % (side, i + 1), leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0) for i in range(2)]
        cover = Frame(HW + 70, 90, HW - 140, H - 180, id="C")
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=self.deco),
            PageTemplate("S", half("L", 1) + half("R", 1), onPage=self.deco),
            PageTemplate("S2L", half("L", 2) + half("R", 1), onPage=self.deco),
            PageTemplate("S2R", half("L", 1) + half("R", 2), onPage=self.deco),
        ])

    def deco(self, c, doc):
        self.tmpl[doc.page] = doc.pageTemplate.id
        c.saveState()
        if doc.pageTemplate.id == "cover":
            c.setFillColor(colors.HexColor("#1f4e5a"))
            c.rect(HW, H - 22, HW, 22, stroke=0, fill=1)
            c.setFont("Helvetica", 8)
            c.setFillColor(colors.black)
            c.drawRightString(W - 70, 40, "Hagenrode, december %d" % (self.year - 1))
            c.restoreState()
            return
        p = doc.page
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(OUTER, H - 44, "Prestatieafspraken Hagenrode %d" % self.year)
        c.drawRightString(W - OUTER, H - 44, "Gemeente Hagenrode | Woonstede Hagenrode | Lindeborgh Wonen | De Hagenpoort")
        c.setStrokeColor(colors.HexColor("#1f4e5a"))
        c.setLineWidth(0.5)
        c.line(OUTER, H - 50, HW - INNER, H - 50)
        c.line(HW + INNER, H - 50, W - OUTER, H - 50)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(OUTER, 38, str(2 * p - 2))
        c.drawRightString(W - OUTER, 38, str(2 * p - 1))
        c.setStrokeColor(colors.HexColor("#dddddd"))
        c.line(HW, 30, HW, H - 30)
        c.restoreState()

    def afterFlowable(self, f):
        k = getattr(f, "_mark", None)
        if k and k not in self.marks:
            fid = self.frame.id
            self.marks[k] = 1 if fid == "C" else (2 * self.page - 2 if fid.startswith("L") else 2 * self.page - 1)


def heading(text, style, mark=None):
    p = Paragraph(text, style)
    p._mark = mark
    return p


def story(year, tocpages):
    A = resolve(year)
    fig, prev = context(year)
    s = []
    P = lambda t, sty="body": s.append(Paragraph(t, st[sty]))
    # cover
    s.append(Spacer(1, 120))
    P("Prestatieafspraken %d" % year, "ctitle")
    P("Samen bouwen aan goed en betaalbaar wonen in Hagenrode", "csub")
    s.append(Spacer(1, 40))
    for n in (D.G, D.WH, D.LW, D.HP):
        P(n, "cpart")
    s.append(NextPageTemplate(["S", "S2L", "S2R", "*", "S"]))
    s.append(PageBreak())
    # toc
    chapters = ["Inleiding", "Terugblik op %d" % prev] + [chtitle(c[0], year) for c in D.LAYOUT[year]] + ["Looptijd en ondertekening", "Bijlagen"]
    s.append(heading("Inhoud", st["h1"]))
    rows = [[str(i + 1), t, str(tocpages.get("ch%d" % (i + 1), 0))] for i, t in enumerate(chapters)]
    tb = Table(rows, colWidths=[26, 330, 40])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10.5), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(tb)
    s.append(Spacer(1, 18))
    s.append(heading("Leeswijzer", st["h2"]))
    P("Na de inleiding en een korte terugblik op %d volgen vijf thematische hoofdstukken. Elk hoofdstuk begint met een "
      "toelichting op de opgave; daarna volgen de genummerde afspraken, die per hoofdstuk opnieuw beginnen bij 1. Bij de "
      "afspraken over duurzaamheid is per afspraak aangegeven welke partij trekker is en wanneer de afspraak gereed moet zijn. "
      "Alleen de genummerde afspraken zijn bindend; de toelichtende teksten beschrijven de context." % prev)
    # 1 inleiding
    s.append(heading("1 Inleiding", st["h1"], "ch1"))
    P("Voor u liggen de prestatieafspraken voor %d tussen de gemeente Hagenrode, Woonstede Hagenrode, Lindeborgh Wonen en "
      "Huurdersvereniging De Hagenpoort. De afspraken zijn gebaseerd op de Woonvisie Hagenrode 2023-2030, die de gemeenteraad "
      "in het voorjaar van 2023 heeft vastgesteld, en op de biedingen die beide corporaties vóór 1 juli %d hebben uitgebracht." % (year, prev))
    P("De woningmarkt in Hagenrode staat onverminderd onder druk. De wachttijd voor een sociale huurwoning is opgelopen, het "
      "aantal eenpersoonshuishoudens neemt toe en in de kernen Oudhagen en Rodevelde is nauwelijks doorstroming. Tegelijkertijd "
      "vragen de verduurzaming van de woningvoorraad en de betaalbaarheid van de woonlasten om een forse inzet van alle partijen.")
    P("Met de regionale woondeal en de Nationale Prestatieafspraken heeft het Rijk doelen gesteld voor de bouw van sociale "
      "huurwoningen, het uitfaseren van slechte energielabels en het beperken van de huurstijging. Partijen hebben deze doelen "
      "vertaald naar wat in Hagenrode haalbaar en nodig is. Waar een afspraak afhankelijk is van middelen of besluiten van derden, "
      "is dat in de tekst van de afspraak vermeld.")
    P("De afspraken gelden voor het kalenderjaar %d. Veel onderwerpen keren jaarlijks terug; waar een afspraak ten opzichte "
      "van vorig jaar inhoudelijk is gewijzigd, is dat in het tripartiete overleg besproken en toegelicht." % year)
    # 2 terugblik
    s.append(heading("2 Terugblik op %d" % prev, st["h1"], "ch2"))
    P("In %d zijn in Hagenrode %d sociale huurwoningen opgeleverd, iets minder dan was afgesproken doordat de aanbesteding van "
      "een project vertraging opliep. Woonstede Hagenrode heeft %d woningen verkocht aan zittende huurders en starters." % (prev, fig["opl"], fig["ver"]))
    P("De corporaties hebben %d woningen met een energielabel E, F of G verbeterd en op %d woningen zonnepanelen gelegd. "
      "Er hebben %d ontruimingen wegens huurachterstand plaatsgevonden. De taakstelling voor vergunninghouders werd "
      "voor %d procent gehaald." % (fig["label"], fig["zp"], fig["ontr"], fig["vh"] + 30))
    s.append(Paragraph("Kerncijfers %d" % prev, st["lbl"]))
    kc = [["Kerncijfer", "Waarde"], ["Opgeleverde sociale huurwoningen", str(fig["opl"])], ["Verkochte woningen", str(fig["ver"])],
          ["Woningen verbeterd van label E/F/G", str(fig["label"])], ["Gemiddelde inschrijfduur (jaar)", fig["wacht"]],
          ["Ontruimingen wegens huurachterstand", str(fig["ontr"])], ["Gehuisveste vergunninghouders", str(fig["vh"])]]
    t = Table(kc, colWidths=[170, 50])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3eef0"))]))
    s.append(t)
    s.append(Spacer(1, 8))
    P("Het tripartiete overleg kwam in %d drie keer bijeen. De monitor van de afspraken over %d is als bijlage bij de "
      "jaarlijkse evaluatie aan de gemeenteraad gezonden." % (prev, prev))
    # thematic chapters
    intros = {
        D.CH_A: "Hagenrode heeft een groot tekort aan betaalbare woningen. De woonvisie gaat uit van een groei van de sociale "
                "huurvoorraad en van een eerlijke verdeling van de woningen die vrijkomen. Ook het voorkomen van betalingsproblemen "
                "bij huurders krijgt in dit hoofdstuk een plaats.",
        D.CH_B: "De corporaties hebben hun woningen de afgelopen jaren al fors verbeterd. De resterende opgave ligt vooral bij oudere "
                "complexen in Hagenrode-Noord en bij de overstap naar aardgasvrije wijken, zoals beschreven in de transitievisie warmte.",
        D.CH_C: "Een goede woning is heel, droog en veilig. Het aantal ouderen in Hagenrode stijgt de komende jaren sterk, waardoor "
                "de vraag naar toegankelijke woningen dicht bij voorzieningen toeneemt.",
        "D": "In een aantal buurten staat de leefbaarheid onder druk. Partijen werken samen met het wijkteam, de wijkagent en "
             "bewoners aan schone, hele en veilige buurten waarin ook kwetsbare huurders een plek hebben.",
        D.CH_E: "Dit hoofdstuk beschrijft hoe partijen samenwerken, de voortgang bewaken en met elkaar omgaan als de uitvoering "
                "anders loopt dan verwacht.",
    }
    gold = []
    for ci, (ct, subs) in enumerate(D.LAYOUT[year]):
        cnum = ci + 3
        title = chtitle(ct, year)
        s.append(CondPageBreak(80))
        s.append(heading("%d %s" % (cnum, title), st["h1"], "ch%d" % cnum))
        s.append(Paragraph(intros["D" if isinstance(ct, dict) else ct], st["body"]))
        n = 0
        for sub, keys in subs:
            if sub:
                s.append(heading(sub, st["h2"]))
            for k in keys:
                n += 1
                a = A[k]
                s.append(Paragraph(a["text"], st["afs"], bulletText="%d." % n))
                if a["trekker"]:
                    s.append(Paragraph("Trekker: %s | Planning: %s" % (a["trekker"], a["planning"]), st["attr"]))
                sec = "%d %s" % (cnum, title) + (" > " + sub if sub else "")
                gold.append({"key": k, "number": str(n), "section": sec, "party": None, "theme": a["theme"],
                             "themes": a["themes"], "page": None, "text": a["text"], "trekker": a["trekker"],
                             "planning": a["planning"], "attributes": {}, "frame": a["frame"]})
    # closing
    nch = len(D.LAYOUT[year]) + 3
    s.append(heading("%d Looptijd en ondertekening" % nch, st["h1"], "ch%d" % nch))
    P("Deze prestatieafspraken gelden van 1 januari %d tot en met 31 december %d. Wanneer wet- en regelgeving of de "
      "financiële positie van een partij wezenlijk verandert, kan iedere partij verzoeken de afspraken tussentijds te "
      "heroverwegen. Wijzigingen worden alleen schriftelijk en met instemming van alle partijen vastgelegd." % (year, year))
    P("Aldus overeengekomen en ondertekend te Hagenrode op %d december %d." % ({2025: 12, 2026: 10, 2027: 14}[year], year - 1))
    for org, name, fn in [(D.G, "M.J. van Oosterwijk", "wethouder Wonen"), (D.WH, "drs. H.A. Brinkers", "directeur-bestuurder"),
                          (D.LW, "ir. S. Tjalma-Rooze", "bestuurder"), (D.HP, "G. Wevers", "voorzitter")]:
        s.append(KeepTogether([Spacer(1, 10), Paragraph("<b>%s</b>" % org, st["small"]), Spacer(1, 18),
                               Paragraph("%s, %s" % (name, fn), st["small"])]))
    s.append(heading("%d Bijlagen" % (nch + 1), st["h1"], "ch%d" % (nch + 1)))
    P("Bijlage 1 Nieuwbouwprogramma %d-%d (indicatief)<br/>Bijlage 2 Begrippenlijst<br/>Bijlage 3 Monitor prestatieafspraken %d" % (year, year + 4, prev))
    s.append(Paragraph("Bijlage 1 Nieuwbouwprogramma (indicatief)", st["lbl"]))
    rows = [["Project", "Corporatie", "Aantal", "Oplevering"],
            ["Hagenrode-Oost fase 1", "Woonstede", "70", str(year)], ["Molenstraat", "Lindeborgh", "40", str(year + 1)],
            ["Stationskwartier", "Lindeborgh", "60", str(year + 2)], ["Kerkeveld", "Woonstede", "25", str(year + 2)]]
    t = Table(rows, colWidths=[90, 60, 36, 50])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)]))
    s.append(t)
    s.append(Paragraph("Bijlage 2 Begrippenlijst", st["lbl"]))
    P("<b>Bod</b>: het overzicht van voorgenomen werkzaamheden dat een corporatie jaarlijks aan de gemeente zendt. "
      "<b>Passend toewijzen</b>: de verplichting om huishoudens met recht op huurtoeslag een woning met een huur onder de "
      "aftoppingsgrens toe te wijzen. <b>Liberalisatie</b>: het bij mutatie verhogen van de huur tot boven de liberalisatiegrens.")
    return s, gold


def body_regions(page):
    """Reading-order crops of the text body of a spread page; detects two-column halves by an empty gutter."""
    regs = []
    for x0, x1 in ((OUTER, HW - INNER), (HW + INNER, W - OUTER)):
        box = (x0 - 2, TOP - 14, x1 + 2, H - BOT + 6)
        cr = page.crop(box)
        chars = [c for c in cr.chars if c["text"].strip()]
        if not chars:
            continue
        cw = (x1 - x0 - GUT) / 2
        g0, g1 = x0 + cw + 1, x0 + cw + GUT - 1
        ing = [c for c in chars if c["x1"] > g0 and c["x0"] < g1]
        if not ing and any(c["x1"] <= g0 for c in chars) and any(c["x0"] >= g1 for c in chars):
            regs.append(page.crop((box[0], box[1], x0 + cw + GUT / 2, box[3])))
            regs.append(page.crop((x0 + cw + GUT / 2, box[1], box[2], box[3])))
        else:
            regs.append(cr)
    return regs


def letter_regions(page):
    return [page.crop((0, 88, page.width, page.height - 48))]


def norm(t):
    t = re.sub(r"-\n(?=[a-zà-ÿ])", "", t)
    return re.sub(r"\s+", " ", t).strip()


def locate(pdf_path, gold, spreads=True):
    with pdfplumber.open(pdf_path) as pdf:
        stream, starts = "", []
        for pg in pdf.pages:
            starts.append(len(stream))
            regs = body_regions(pg) if spreads else letter_regions(pg)
            stream += " " + " ".join(norm(r.extract_text() or "") for r in regs)
        npages = len(pdf.pages)
    pos = 0
    for g in gold:
        i = stream.find(g["text"], pos)
        if i < 0:
            raise SystemExit("not found: %s %s" % (pdf_path, g["key"]))
        g["page"] = max(p for p, s0 in enumerate(starts) if s0 <= i) + 1
        pos = i + len(g["text"])
    return npages


def docmeta(doc_id, typ, year, pages, layout):
    return {"id": doc_id, "family": FAM, "type": typ, "year": year, "years": [year], "gemeente": "Hagenrode",
            "gemeenten": ["Hagenrode"], "corporaties": [D.WH, D.LW], "huurdersorganisaties": [D.HP], "pages": pages, "layout": layout}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def build_agreement(year):
    doc_id = "%s-%d" % (FAM, year)
    pdf = os.path.join(OUT, "pdf", doc_id + ".pdf")
    toc = {}
    for _ in range(2):
        d = Doc(pdf, year)
        s, gold = story(year, toc)
        d.build(s)
        toc = dict(d.marks)
    npages = locate(pdf, gold)
    write_json(os.path.join(OUT, "gold", doc_id + ".json"),
               {"document": docmeta(doc_id, "prestatieafspraken", year, npages, "a3-spreads"), "afspraken": gold})
    return gold


def build_kennisgeving(year):
    doc_id = "%s-kennisgeving-%d" % (FAM, year)
    pdf = os.path.join(OUT, "pdf", doc_id + ".pdf")
    A = resolve(year)

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawRightString(A4[0] - 70, 30, "Pagina %d" % doc.page)
        if doc.page == 1:
            c.setFont("Helvetica-Bold", 14)
            c.drawString(70, A4[1] - 60, "Gemeente Hagenrode")
            c.setFont("Helvetica", 8)
            c.drawString(70, A4[1] - 72, "Postbus 140 | 4810 AC Hagenrode | www.hagenrode.nl")
        c.restoreState()
    d = SimpleDocTemplate(pdf, pagesize=A4, invariant=1, leftMargin=70, rightMargin=70, topMargin=100, bottomMargin=60,
                          title="Raadsinformatiebrief prestatieafspraken %d" % year)
    b = st["body"]
    s = [Paragraph("Aan de gemeenteraad van Hagenrode", b),
         Paragraph("Datum: 16 december %d<br/>Kenmerk: RIB-%d-047<br/>Onderwerp: ondertekening prestatieafspraken %d" % (year - 1, year - 1, year), b),
         Spacer(1, 10), Paragraph("Geachte leden van de raad,", b),
         Paragraph("Met deze brief informeren wij u over de prestatieafspraken voor %d, die wij op 14 december %d hebben "
                   "ondertekend met Woonstede Hagenrode, Lindeborgh Wonen en Huurdersvereniging De Hagenpoort. De afspraken "
                   "geven uitvoering aan de Woonvisie Hagenrode 2023-2030 en sluiten aan op de regionale woondeal." % (year, year - 1), b),
         Paragraph("Het afgelopen jaar is duidelijk geworden dat de bouwkosten en de beperkte capaciteit van het elektriciteitsnet "
                   "de ambities onder druk zetten. Een aantal afspraken is daarom bijgesteld; andere zijn juist aangescherpt, "
                   "met name op het gebied van betaalbaarheid.", b),
         Paragraph("Belangrijkste afspraken", st["h2"]),
         Paragraph("Hieronder zijn de afspraken weergegeven die voor uw raad het meest relevant zijn. De volledige tekst is als "
                   "bijlage bij deze brief gevoegd.", b)]
    gold = []
    for i, k in enumerate(D.KENNISGEVING_KEYS, 1):
        a = A[k]
        s.append(Paragraph(a["text"], st["afs"], bulletText="%d." % i))
        gold.append({"key": k, "number": str(i), "section": "Belangrijkste afspraken", "party": None, "theme": a["theme"],
                     "themes": a["themes"], "page": None, "text": a["text"], "trekker": None, "planning": None,
                     "attributes": {}, "frame": a["frame"]})
    s += [Paragraph("Vervolg", st["h2"]),
          Paragraph("De voortgang wordt twee keer per jaar besproken in het tripartiete overleg. Wij informeren u in het "
                    "najaar van %d over de stand van zaken bij de uitvoering." % year, b),
          Spacer(1, 12), Paragraph("Hoogachtend,<br/>het college van burgemeester en wethouders van Hagenrode,", b),
          Paragraph("de secretaris, A.C. Mulderij &nbsp;&nbsp;&nbsp;&nbsp; de burgemeester, drs. P.W. ten Haaf", b)]
    d.build(s, onFirstPage=deco, onLaterPages=deco)
    npages = locate(pdf, gold, spreads=False)
    write_json(os.path.join(OUT, "gold", doc_id + ".json"),
               {"document": docmeta(doc_id, "kennisgeving", year, npages, "letter"), "afspraken": gold})


def build_pair(y0, y1, g0, g1):
    o = {g["key"]: g for g in g0}
    n = {g["key"]: g for g in g1}
    T = D.T[(y0, y1)]
    links = []
    for k in o:
        if k not in n:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        elif k in T:
            stt, kinds, hn = T[k]
            assert o[k]["text"] != n[k]["text"], k
            links.append({"old": k, "new": k, "status": stt, "kinds": kinds, "hard_negative": hn})
        else:
            assert o[k]["text"] == n[k]["text"], (y0, k)
            links.append({"old": k, "new": k, "status": "unchanged", "kinds": [], "hard_negative": None})
    for k in n:
        if k not in o:
            assert k not in T
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    write_json(os.path.join(OUT, "gold", "pairs", "%s-%d__%s-%d.json" % (FAM, y0, FAM, y1)),
               {"old": "%s-%d" % (FAM, y0), "new": "%s-%d" % (FAM, y1), "links": links})


def main():
    for sub in ("pdf", "gold", "gold/pairs"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    golds = {y: build_agreement(y) for y in YEARS}
    build_kennisgeving(2027)
    build_pair(2025, 2026, golds[2025], golds[2026])
    build_pair(2026, 2027, golds[2026], golds[2027])
    print("built", FAM)


if __name__ == "__main__":
    main()
