# -*- coding: utf-8 -*-
"""Build the graafsmeer family: prestatieafspraken 2024-2026 + kennisgeving 2025 (PDF + gold)."""
import json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import A, BB, DK, KW, LB, OV, GEMEENTE, CORP, HO1, HO2  # noqa
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import pdfplumber

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAM = "graafsmeer"
MARKFONT = "Helvetica"
MARK = "\u2022"
for p in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
    if os.path.exists(p):
        pdfmetrics.registerFont(TTFont("Mark", p)); MARKFONT = "Mark"; MARK = "\u25cf"

S = dict(
    body=ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6),
    h1=ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=8, spaceAfter=8),
    h2=ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4),
    cell=ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5),
    head=ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=7.5, leading=9),
    headc=ParagraphStyle("headc", fontName="Helvetica-Bold", fontSize=7, leading=8.5, alignment=1),
    mark=ParagraphStyle("mark", fontName=MARKFONT, fontSize=8.5, leading=10.5, alignment=1),
    legend=ParagraphStyle("legend", fontName="Helvetica-Oblique", fontSize=8, leading=10, spaceBefore=3, spaceAfter=8),
    title=ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=32, spaceAfter=14),
    sub=ParagraphStyle("sub", fontName="Helvetica", fontSize=13, leading=18, spaceAfter=6),
    small=ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11),
)


def P(t, s="body"):
    return Paragraph(t, S[s])


def num_canvas(header_left, header_right, skip_first=True):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            k["invariant"] = 1
            super().__init__(*a, **k); self._st = []

        def showPage(self):
            self._st.append(dict(self.__dict__)); self._startPage()

        def save(self):
            n = len(self._st)
            for i, st in enumerate(self._st, 1):
                self.__dict__.update(st)
                if not (skip_first and i == 1):
                    self.setFont("Helvetica", 8); self.setFillColor(colors.HexColor("#444444"))
                    self.drawString(20 * mm, 287 * mm, header_left)
                    self.drawRightString(190 * mm, 287 * mm, header_right)
                    self.setStrokeColor(colors.HexColor("#888888")); self.setLineWidth(0.4)
                    self.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
                    self.drawCentredString(105 * mm, 10 * mm, "Pagina %d van %d" % (i, n))
                super().showPage()
            super().save()
    return NC


def make_doc(path):
    d = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                        bottomMargin=18 * mm, invariant=1, title=os.path.basename(path), author="Gemeente Graafsmeer")
    d.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 18 * mm, 170 * mm, 259 * mm, id="f")])])
    return d


def variant(key, year):
    """Resolved variant of afspraak key in year, or None."""
    ys = A[key]["years"]
    if year not in ys:
        return None
    res = {}
    for y in sorted(ys):
        if y > year:
            break
        v = dict(ys[y]); v.pop("st", None)
        if y < year and year not in ys:
            pass
        res.update(v)
    res["st"] = ys[year].get("st")
    return res


# ------------------------------------------------------------------ document structure per year
CH = {
 2024: [("3", "Betaalbaar en beschikbaar wonen",
         "De vraag naar betaalbare huurwoningen in Graafsmeer is onverminderd groot. De gemiddelde inschrijfduur "
         "van een woningzoekende die in 2023 een woning vond, lag op ruim zeven jaar. De woonvisie vraagt om "
         "versnelling van de nieuwbouw en om een eerlijke verdeling van de woningen die vrijkomen. In de regionale "
         "woondeal is afgesproken dat ten minste 30% van de nieuwbouw in de sociale huur wordt gerealiseerd.",
         ["nieuwbouw-sociaal", "sociale-voorraad", "verkoop", "liberalisatie", "huurverhoging", "passend-toewijzen",
          "vrije-toewijzing", "statushouders", "uitstroom-bw", "doorstroming-senioren", "middenhuur",
          "info-huurtoeslag"]),
        ("4", "Duurzaam wonen en energietransitie",
         "Meerstad Wonen werkt aan een woningvoorraad die in 2050 CO2-neutraal is. De Nationale "
         "Prestatieafspraken vragen dat eind 2028 geen huurwoningen met een E-, F- of G-label meer bestaan. "
         "Voor huurders telt vooral dat de energierekening betaalbaar blijft; de gemeente heeft in de "
         "transitievisie warmte de Oosterpolder als eerste wijk aangewezen.",
         ["label-efg", "gemiddeld-label", "vogelbuurt-renovatie", "zonnepanelen", "aardgasvrij", "energiecoaches",
          "klimaatadaptatie"]),
        ("5", "Goede en geschikte woningen",
         "Een goede woning is droog, veilig en past bij de levensfase van de bewoner. Het aantal meldingen over "
         "vocht en schimmel nam in 2023 toe. Door de vergrijzing groeit het aantal huishoudens dat langer "
         "zelfstandig thuis woont en daarvoor een aangepaste of gelijkvloerse woning nodig heeft.",
         ["vocht-schimmel", "huurdersoordeel", "levensloop", "wmo-aanpassingen", "geclusterd-wonen",
          "brandveiligheid"]),
        ("6", "Prettig wonen in de buurt",
         "In een aantal buurten staat de leefbaarheid onder druk. De Leefbaarometer laat voor delen van de "
         "Molenbuurt een score onder het gemeentelijk gemiddelde zien. Partijen kiezen voor een aanpak waarin "
         "vroegsignalering, zichtbare aanwezigheid in de wijk en de inzet van bewoners zelf centraal staan.",
         ["vroegsignalering", "huisuitzettingen", "leefbaarheidsbudget", "wijkbeheerders", "convenant-overlast",
          "bewonersinitiatieven", "buurtkamer", "huisbezoeken"]),
        ("7", "Samenwerking en proces",
         "De samenwerking tussen de gemeente, Meerstad Wonen en de beide huurdersorganisaties is vastgelegd in "
         "de samenwerkingsovereenkomst van 2021. Het bestuurlijk overleg komt ten minste twee keer per jaar "
         "bijeen; ambtelijk en op werkniveau wordt vaker overlegd.",
         ["monitoring", "bod", "ondersteuning-ho", "woonvisie", "geschillen", "delegatie"])],
}
CH[2025] = [
    ("3", "Betaalbaar en beschikbaar wonen", CH[2024][0][2].replace("in 2023", "in 2024").replace("ruim zeven", "bijna acht"),
     ["nieuwbouw-sociaal", "sociale-voorraad", "verkoop", "liberalisatie", "huurverhoging", "passend-toewijzen",
      "vrije-toewijzing", "statushouders", "uitstroom-bw", "doorstroming-senioren", "middenhuur", "flexwonen",
      "vroegsignalering", "huisuitzettingen"]),
    ("4", "Duurzaam wonen en energietransitie", CH[2024][1][2],
     ["label-efg", "gemiddeld-label", "vogelbuurt-renovatie", "warmtepomp", "zonnepanelen", "aardgasvrij",
      "energiecoaches", "klimaatadaptatie"]),
    ("5", "Woningkwaliteit, wonen en zorg",
     "Een goede woning is droog, veilig en past bij de levensfase van de bewoner. In 2024 is de aanpak van vocht "
     "en schimmel verbeterd, maar het aantal meldingen blijft hoog. Het Rijk vraagt gemeenten met het programma "
     "Wonen en zorg voor ouderen om meer geclusterde en zorggeschikte woningen.",
     ["vocht-schimmel", "huurdersoordeel", "inbraakpreventie", "levensloop", "wmo-aanpassingen", "geclusterd-wonen"]),
    ("6", "Prettig wonen in de buurt",
     "In een aantal buurten staat de leefbaarheid onder druk. Partijen kiezen voor zichtbare aanwezigheid in de "
     "wijk, ontmoeting en de inzet van bewoners zelf. De afspraken over huurachterstanden zijn dit jaar "
     "opgenomen in hoofdstuk 3.",
     ["leefbaarheidsbudget", "wijkbeheerders", "convenant-overlast", "bewonersinitiatieven", "ontmoeting-senioren",
      "huisbezoeken"]),
    ("7", "Samenwerking en proces", CH[2024][4][2],
     ["monitoring", "bod", "ondersteuning-ho", "woonvisie", "geschillen", "delegatie"])]
CH[2026] = [
    ("3", "Betaalbaar en beschikbaar wonen", CH[2024][0][2].replace("in 2023", "in 2025").replace("ruim zeven", "ruim acht"),
     ["nieuwbouw-sociaal", "sociale-voorraad", "verkoop", "liberalisatie", "huurverhoging", "passend-toewijzen",
      "vrije-toewijzing", "statushouders", "uitstroom-bw", "doorstroming-senioren", "middenhuur", "flexwonen",
      "woningdelen", "vroegsignalering", "huisuitzettingen"]),
    ("4", "Energietransitie en klimaat",
     "Met het verbeteren van de laatste woningen met een E-, F- of G-label in 2025 is een belangrijke mijlpaal "
     "bereikt. De komende jaren verschuift de aandacht naar het aardgasvrij maken van wijken en naar de "
     "woonlasten van huurders.",
     ["gemiddeld-label", "vogelbuurt-renovatie", "warmtepomp", "warmtenet", "zonnepanelen", "aardgasvrij",
      "energiecoaches", "klimaatadaptatie"]),
    ("5", "Woningkwaliteit, wonen en zorg", CH[2025][2][2].replace("In 2024 is", "In 2025 is"),
     ["vocht-schimmel", "huurdersoordeel", "inbraakpreventie", "levensloop", "wmo-aanpassingen", "hofje-zorg"]),
    ("6", "Leefbare wijken",
     "De Leefbaarometer laat in 2025 voor de meeste buurten een lichte verbetering zien. Partijen zetten de "
     "aanpak voort en richten zich vooral op ontmoeting en op de zichtbaarheid van de wijkbeheerders.",
     ["leefbaarheidsbudget", "wijkbeheerders", "bewonersinitiatieven", "ontmoeting-senioren", "huisbezoeken"]),
    ("7", "Samenwerking en proces", CH[2024][4][2],
     ["monitoring", "bod", "ondersteuning-ho", "woonvisie", "geschillen", "delegatie"])]

TERUG = {
 2024: ("Terugblik op 2023",
        ["In 2023 leverde Meerstad Wonen 54 sociale huurwoningen op, zes minder dan was afgesproken; de "
         "oplevering van het tweede deel van de Ringvaartzone schoof door naar het voorjaar van 2024. Er werden "
         "31 huurwoningen verkocht en 8 woningen geliberaliseerd.",
         "Bij 126 woningen werd het energielabel verbeterd. Eind 2023 had Meerstad Wonen nog 310 woningen met "
         "een E-, F- of G-label. Het aantal huisuitzettingen wegens huurachterstand bedroeg 4."],
        [("Sociale huurwoningen Meerstad Wonen", "5.388", "5.412"), ("Opgeleverde sociale huurwoningen", "47", "54"),
         ("Gemiddelde inschrijfduur (jaren)", "6,8", "7,2"), ("Huishoudens met huurachterstand", "212", "231"),
         ("Woningen met label E, F of G", "436", "310")], ("2022", "2023")),
 2025: ("Terugblik op 2024",
        ["In 2024 leverde Meerstad Wonen 63 sociale huurwoningen op. Er werden 22 huurwoningen verkocht en 9 "
         "woningen geliberaliseerd. De brandveiligheidsscan van de galerijflats en portiekflats werd in het derde "
         "kwartaal afgerond.",
         "Van de 310 woningen met een E-, F- of G-label werden er 140 verbeterd. Het convenant woonoverlast kwam "
         "nog niet tot stand, omdat de gesprekken met de zorgpartners meer tijd vroegen dan verwacht."],
        [("Sociale huurwoningen Meerstad Wonen", "5.412", "5.437"), ("Opgeleverde sociale huurwoningen", "54", "63"),
         ("Gemiddelde inschrijfduur (jaren)", "7,2", "7,7"), ("Huishoudens met huurachterstand", "231", "204"),
         ("Woningen met label E, F of G", "310", "170")], ("2023", "2024")),
 2026: ("Terugblik op 2025",
        ["In 2025 leverde Meerstad Wonen 71 sociale huurwoningen op, vier minder dan was afgesproken. Er werden "
         "12 huurwoningen verkocht. De doorstroomregeling voor senioren werd per 1 januari ingevoerd en leidde "
         "tot 23 verhuizingen.",
         "De laatste woningen met een E-, F- of G-label werden in 2025 verbeterd. Het convenant woonoverlast werd "
         "in maart ondertekend. De geclusterde woonvorm in Graafsmeer-Noord bleek op de beoogde locatie niet "
         "haalbaar."],
        [("Sociale huurwoningen Meerstad Wonen", "5.437", "5.466"), ("Opgeleverde sociale huurwoningen", "63", "71"),
         ("Gemiddelde inschrijfduur (jaren)", "7,7", "8,1"), ("Huishoudens met huurachterstand", "204", "187"),
         ("Woningen met label E, F of G", "170", "0")], ("2024", "2025")),
}
SIGN = {2024: "12 december 2023", 2025: "10 december 2024", 2026: "11 december 2025"}


def marks_row(mk):
    cols = []
    for c in ("G", "C", "1", "2"):
        cols.append(P(MARK, "mark") if c in mk else "")
    return cols


def afspraak_table(year, keys, start, legend):
    hdr = [P("Nr", "head"), P("Afspraak", "head"), P("Gemeente", "headc"), P("Meerstad Wonen", "headc"),
           P("HBG", "headc"), P("HVR", "headc"), P("Gereed", "head")]
    rows = [hdr]; n = start
    for k in keys:
        v = variant(k, year)
        assert pdfmetrics.stringWidth(v["g"], "Helvetica", 8.5) < 19 * mm - 7, v["g"]
        rows.append([P(str(n), "cell"), P(v["t"], "cell")] + marks_row(v["mk"]) + [P(v["g"], "cell")])
        n += 1
    t = Table(rows, colWidths=[9 * mm, 91 * mm, 16 * mm, 15 * mm, 10 * mm, 10 * mm, 19 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6EE")),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("VALIGN", (0, 1), (1, -1), "TOP"),
        ("VALIGN", (2, 1), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    fl = [t]
    if legend:
        fl.append(P("Leeswijzer bij de tabel: een " + MARK.replace(MARK, "stip") + " in de kolom van een partij "
                    "betekent dat deze partij zich aan de afspraak committeert; een lege kolom betekent dat de "
                    "partij geen verplichting heeft. HBG = Huurdersbelang Graafsmeer; HVR = Huurdersvereniging "
                    "Ringvaart. De kolom Gereed geeft aan wanneer de afspraak uitgevoerd moet zijn.", "legend"))
    return fl, n


def build_agreement(year, toc_pages=None):
    path = os.path.join(OUT, "pdf", "%s-%d.pdf" % (FAM, year))
    doc = make_doc(path)
    st = []
    st += [Spacer(1, 50 * mm), P("Prestatieafspraken %d" % year, "title"),
           P("Gemeente Graafsmeer, Meerstad Wonen, Huurdersbelang Graafsmeer en Huurdersvereniging Ringvaart", "sub"),
           Spacer(1, 10 * mm),
           P("Jaarafspraken over wonen in Graafsmeer, uitwerking van de woonvisie Thuis in Graafsmeer 2022-2030", "body"),
           Spacer(1, 60 * mm), P("Vastgesteld in het bestuurlijk overleg van %s" % SIGN[year], "small"), PageBreak()]
    chapters = [("1", "Inleiding"), ("2", TERUG[year][0])] + [(c[0], c[1]) for c in CH[year]] + \
               [("8", "Looptijd en slotbepalingen"), ("", "Ondertekening"), ("", "Bijlagen")]
    st.append(P("Inhoud", "h1"))
    rows = []
    for i, (nr, name) in enumerate(chapters):
        pg = (toc_pages or {}).get(name, 0)
        rows.append([nr, name, str(pg)])
    t = Table(rows, colWidths=[12 * mm, 130 * mm, 15 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    st += [t, Spacer(1, 8 * mm), P("Leeswijzer", "h2"),
           P("Hoofdstuk 1 schetst de context van deze afspraken en hoofdstuk 2 blikt terug op het afgelopen jaar. "
             "De hoofdstukken 3 tot en met 7 bevatten per thema een korte toelichting en een tabel met de "
             "afspraken. De afspraken zijn doorlopend genummerd. Per afspraak is met een stip aangegeven welke "
             "partij of partijen zich eraan verbinden; de laatste kolom vermeldt wanneer de afspraak gereed is."),
           PageBreak()]
    st += [P("1 Inleiding", "h1"),
           P("Voor u liggen de prestatieafspraken %d tussen de gemeente Graafsmeer, woningcorporatie Meerstad Wonen "
             "en de huurdersorganisaties Huurdersbelang Graafsmeer en Huurdersvereniging Ringvaart. Partijen maken "
             "ieder jaar afspraken over de bijdrage van Meerstad Wonen aan het volkshuisvestingsbeleid van de "
             "gemeente, zoals dat is vastgelegd in de woonvisie Thuis in Graafsmeer 2022-2030." % year),
           P("Basis voor deze afspraken is het overzicht van voorgenomen werkzaamheden dat Meerstad Wonen op %s "
             "aan de gemeente en de huurdersorganisaties heeft gestuurd. Daarnaast werken de Nationale "
             "Prestatieafspraken van het Rijk, Aedes, de Woonbond en de VNG door in deze afspraken, evenals de "
             "regionale woondeal die de gemeente met de provincie en de buurgemeenten heeft gesloten." %
             {2024: "28 juni 2023", 2025: "27 juni 2024", 2026: "30 juni 2025"}[year]),
           P("De woningmarkt in Graafsmeer blijft krap. Het aantal woningzoekenden stijgt, terwijl de bouwkosten "
             "hoog zijn en de netcongestie de aansluiting van nieuwe projecten vertraagt. Partijen hebben daarom "
             "gekozen voor afspraken die haalbaar zijn en die zij in het bestuurlijk overleg kunnen volgen."),
           P("2 " + TERUG[year][0], "h1")]
    for para in TERUG[year][1]:
        st.append(P(para))
    kc = TERUG[year]
    krows = [["Kerncijfers", "Eind " + kc[3][0], "Eind " + kc[3][1]]] + [list(r) for r in kc[2]]
    kt = Table(krows, colWidths=[90 * mm, 30 * mm, 30 * mm])
    kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    st += [kt, Spacer(1, 4 * mm), P("Bron: monitor prestatieafspraken en jaarverslag Meerstad Wonen.", "small")]
    gold = []
    n = 1
    for ci, (cnr, cname, ctx, keys) in enumerate(CH[year]):
        st += [PageBreak() if ci in (0, 2, 4) else Spacer(1, 4 * mm), P("%s %s" % (cnr, cname), "h1"), P(ctx)]
        fl, n2 = afspraak_table(year, keys, n, legend=(ci == 0))
        st += fl
        for i, k in enumerate(keys):
            gold.append((str(n + i), "%s %s" % (cnr, cname), k))
        n = n2
    st += [P("8 Looptijd en slotbepalingen", "h1"),
           P("Deze afspraken gelden van 1 januari tot en met 31 december %d. Afspraken die doorlopen na deze "
             "periode worden in de afspraken voor %d opnieuw bezien. Wijzigingen tussentijds zijn alleen mogelijk "
             "met instemming van alle partijen en worden schriftelijk vastgelegd." % (year, year + 1)),
           P("Indien omstandigheden zich voordoen die de uitvoering van een afspraak in de weg staan, meldt de "
             "betrokken partij dit zo spoedig mogelijk in het bestuurlijk overleg. De afspraken worden na "
             "ondertekening gepubliceerd op de websites van de gemeente en van Meerstad Wonen."),
           P("Ondertekening", "h1"),
           P("Aldus overeengekomen en ondertekend te Graafsmeer op %s." % SIGN[year])]
    sig = [[P("<b>Gemeente Graafsmeer</b><br/>mw. J.M. van der Wiel<br/>wethouder Wonen", "small"),
            P("<b>Meerstad Wonen</b><br/>ir. R.H. Blokzijl<br/>directeur-bestuurder", "small")],
           [P("<b>Huurdersbelang Graafsmeer</b><br/>mw. A. Çelik<br/>voorzitter", "small"),
            P("<b>Huurdersvereniging Ringvaart</b><br/>H.J. de Bruin<br/>voorzitter", "small")]]
    stt = Table(sig, colWidths=[80 * mm, 80 * mm], rowHeights=[28 * mm, 28 * mm])
    stt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    st += [KeepTogether([stt]), Spacer(1, 6 * mm), P("Bijlagen", "h1"),
           P("Bijlage 1. Nieuwbouwprogramma %d-%d per project (separaat)" % (year, year + 4)),
           P("Bijlage 2. Monitor prestatieafspraken %d, stand van zaken per afspraak (separaat)" % (year - 1)),
           P("Bijlage 3. Begrippenlijst (separaat)")]
    doc.build(st, canvasmaker=num_canvas("Prestatieafspraken %d" % year, "Graafsmeer · Meerstad Wonen · HBG · HVR"))
    return path, gold, chapters


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_texts(path):
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            t = p.extract_text() or ""
            t = re.sub(r"-\n(?=\S)", "-", t)  # keep hyphen, join
            out.append(norm(t))
    return out


def find_page(texts, t):
    t = norm(t)
    for i, pt in enumerate(texts):
        if t in pt:
            return i + 1
    for i in range(len(texts) - 1):
        if t in texts[i] + " " + texts[i + 1]:
            return i + 1
    raise SystemExit("NOT FOUND: " + t[:80])


def frame(v, mk=None, actors=None):
    mk = v.get("mk", "") if mk is None else mk
    if actors is None:
        actors = []
        if "G" in mk: actors.append("gemeente")
        if "C" in mk: actors.append("corporatie")
        if "1" in mk or "2" in mk: actors.append("huurdersorganisatie")
    qs = []
    for q in v["q"]:
        qs.append({"value": q[0], "unit": q[1], "comparator": q[2], "value_max": q[3] if len(q) > 3 else None})
    return {"actors": actors, "modality": v["m"], "quantities": qs,
            "deadline": {"year": v["dl"][0], "text": v["dl"][1]} if v.get("dl") else None,
            "recurring": v.get("rec", False), "conditions": list(v.get("c", []))}


def docmeta(did, typ, year, pages, layout):
    return {"id": did, "family": FAM, "type": typ, "year": year, "years": [year], "gemeente": GEMEENTE,
            "gemeenten": [GEMEENTE], "corporaties": [CORP], "huurdersorganisaties": [HO1, HO2],
            "pages": pages, "layout": layout}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)


def agreement(year):
    path, gold, names = build_agreement(year)
    toc = {}
    with pdfplumber.open(path) as pdf:
        for i, pg in enumerate(pdf.pages[2:], 3):
            lines = [l.strip() for l in (pg.extract_text() or "").split("\n")]
            for nr, name in names:
                if name not in toc and ("%s %s" % (nr, name)).strip() in lines:
                    toc[name] = i
    path, gold, names = build_agreement(year, toc)
    texts = page_texts(path)
    afs = []
    for nr, sec, k in gold:
        v = variant(k, year)
        v["rec"] = A[k]["rec"]
        afs.append({"key": k, "number": nr, "section": sec, "party": None, "theme": A[k]["themes"][0],
                    "themes": A[k]["themes"], "page": find_page(texts, v["t"]), "text": norm(v["t"]),
                    "trekker": None, "planning": v["g"], "attributes": {}, "frame": frame(v)})
    did = "%s-%d" % (FAM, year)
    dump({"document": docmeta(did, "prestatieafspraken", year, len(texts), "ruled-table-party-marks"),
          "afspraken": afs}, os.path.join(OUT, "gold", did + ".json"))
    return afs


def pair(y0, y1):
    k0 = [k for k in A if 2024 <= y0 and y0 in A[k]["years"]]
    k1 = [k for k in A if y1 in A[k]["years"]]
    links = []
    for k in k0:
        if k not in k1:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
            continue
        a, b = variant(k, y0), variant(k, y1)
        if norm(a["t"]) == norm(b["t"]):
            assert b["st"] is None, k
            links.append({"old": k, "new": k, "status": "unchanged", "kinds": [], "hard_negative": None})
        else:
            assert b["st"] is not None, (k, y1)
            s, kinds, hn = b["st"]
            links.append({"old": k, "new": k, "status": s, "kinds": kinds, "hard_negative": hn})
    for k in k1:
        if k not in k0:
            assert variant(k, y1)["st"][0] == "new"
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    o, n = "%s-%d" % (FAM, y0), "%s-%d" % (FAM, y1)
    dump({"old": o, "new": n, "links": links}, os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)))


# ------------------------------------------------------------------ kennisgeving 2025
KG = [
    ("nieuwbouw-sociaal", "Meerstad Wonen levert in 2025 ten minste 75 sociale huurwoningen op.",
     dict(m="firm", q=[(75, "woningen", "min")], dl=(2025, "in 2025"), c=[], rec=True), ["corporatie"]),
    ("verkoop", "Het aantal verkochte huurwoningen blijft in 2025 beperkt tot maximaal 15.",
     dict(m="firm", q=[(15, "woningen", "max")], dl=(2025, "in 2025"), c=[], rec=True), ["corporatie"]),
    ("huurverhoging", "De gemiddelde huurverhoging per 1 juli 2025 blijft ten minste 0,5% onder de inflatie.",
     dict(m="firm", q=[(0.5, "%", "min")], dl=(2025, "per 1 juli 2025"), c=[], rec=True), ["corporatie"]),
    ("doorstroming-senioren", "Per 1 januari 2025 geldt een doorstroomregeling voor senioren, waarbij zij hun "
     "huidige huurprijs meenemen.", dict(m="firm", q=[], dl=(2025, "Per 1 januari 2025"), c=[]), ["corporatie"]),
    ("vroegsignalering", "Huurders met een huurachterstand van één maand worden persoonlijk benaderd.",
     dict(m="firm", q=[(1, "maanden", "exact")], dl=None, c=[]), ["corporatie", "gemeente"]),
    ("label-efg", "De laatste 170 woningen met energielabel E, F of G worden in 2025 verbeterd naar ten minste "
     "label C.", dict(m="firm", q=[(170, "woningen", "exact")], dl=(2025, "in 2025"), c=[]), ["corporatie"]),
    ("aardgasvrij", "Vóór 1 juli 2025 stellen partijen een wijkuitvoeringsplan op voor een aardgasvrije "
     "Oosterpolder.", dict(m="firm", q=[], dl=(2025, "Vóór 1 juli 2025"), c=[]), ["partijen"]),
    ("flexwonen", "De gemeente onderzoekt of aan de Sluisweg tijdelijke woningen voor spoedzoekers kunnen komen.",
     dict(m="explore", q=[], dl=None, c=[]), ["gemeente"]),
    ("leefbaarheidsbudget", "Meerstad Wonen stelt in 2025 een leefbaarheidsbudget van € 140.000 beschikbaar.",
     dict(m="firm", q=[(140000, "euro", "exact")], dl=(2025, "in 2025"), c=[], rec=True), ["corporatie"]),
    ("ondersteuning-ho", "Beide huurdersorganisaties ontvangen van gemeente en corporatie elk een bijdrage van "
     "€ 9.000, onder voorbehoud van vaststelling van de begroting.",
     dict(m="firm", q=[(9000, "euro", "exact")], dl=None,
          c=["onder voorbehoud van vaststelling van de begroting"], rec=True), ["gemeente", "corporatie"]),
]


def kennisgeving():
    did = "%s-kennisgeving-2025" % FAM
    path = os.path.join(OUT, "pdf", did + ".pdf")
    doc = make_doc(path)
    li = ParagraphStyle("li", parent=S["body"], leftIndent=8 * mm, bulletIndent=0, spaceAfter=3)
    st = [P("Gemeente Graafsmeer", "title"), P("Raadsinformatiebrief", "sub"), Spacer(1, 4 * mm)]
    meta = [["Aan", "de gemeenteraad van Graafsmeer"], ["Datum", "21 januari 2025"],
            ["Kenmerk", "RIB-2025-004"], ["Portefeuillehouder", "mw. J.M. van der Wiel"],
            ["Onderwerp", "Prestatieafspraken 2025 met Meerstad Wonen en de huurdersorganisaties"]]
    mt = Table(meta, colWidths=[40 * mm, 120 * mm])
    mt.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5), ("FONT", (1, 0), (1, -1), "Helvetica", 9.5)]))
    st += [mt, Spacer(1, 6 * mm), P("Geachte leden van de raad,"),
           P("Kennisnemen van", "h2"),
           P("Met deze brief informeren wij u over de prestatieafspraken voor 2025, die op 10 december 2024 zijn "
             "ondertekend door de gemeente, woningcorporatie Meerstad Wonen, Huurdersbelang Graafsmeer en "
             "Huurdersvereniging Ringvaart. U wordt gevraagd kennis te nemen van de afspraken; de volledige tekst "
             "treft u aan als bijlage bij deze brief."),
           P("Aanleiding", "h2"),
           P("De Woningwet verplicht gemeente, corporatie en huurdersorganisaties jaarlijks afspraken te maken over "
             "de bijdrage van de corporatie aan het lokale volkshuisvestingsbeleid. Bij de bespreking van de "
             "woonvisie Thuis in Graafsmeer 2022-2030 heeft uw raad gevraagd om jaarlijks over de afspraken te "
             "worden geïnformeerd. In 2024 leverde Meerstad Wonen 63 sociale huurwoningen op en werden 140 "
             "woningen met een slecht energielabel verbeterd."),
           P("Kern van de afspraken voor 2025", "h2"),
           P("De afspraken omvatten in totaal veertig punten, verdeeld over vijf thema's. De belangrijkste zijn:")]
    for i, (k, t, f, act) in enumerate(KG, 1):
        st.append(Paragraph(t, li, bulletText="%d." % i))
    st += [P("Financiële consequenties", "h2"),
           P("De gemeentelijke bijdragen aan de huurdersorganisaties en aan de bewonersinitiatieven zijn gedekt "
             "binnen de begroting 2025. Voor de tijdelijke woningen aan de Sluisweg wordt u, afhankelijk van de "
             "uitkomst van het onderzoek, later een voorstel voorgelegd."),
           P("Vervolg", "h2"),
           P("Partijen bespreken de voortgang in mei en november 2025 in het bestuurlijk overleg. Over de "
             "uitkomsten informeren wij u via de jaarlijkse monitor wonen. In de zomer van 2025 ontvangt u het "
             "nieuwe bod van Meerstad Wonen, dat de basis vormt voor de afspraken voor 2026."),
           Spacer(1, 6 * mm), P("Met vriendelijke groet,"),
           P("het college van burgemeester en wethouders van Graafsmeer,"),
           Spacer(1, 8 * mm),
           P("de secretaris, drs. M.C. Oudshoorn &nbsp;&nbsp;&nbsp;&nbsp; de burgemeester, P.W. Lindeboom"),
           Spacer(1, 4 * mm), P("Bijlage: Prestatieafspraken 2025 Graafsmeer", "small")]
    doc.build(st, canvasmaker=num_canvas("Raadsinformatiebrief RIB-2025-004", "Gemeente Graafsmeer", skip_first=False))
    texts = page_texts(path)
    afs = []
    for i, (k, t, f, act) in enumerate(KG, 1):
        afs.append({"key": k, "number": str(i), "section": "Kern van de afspraken voor 2025", "party": None,
                    "theme": A[k]["themes"][0], "themes": A[k]["themes"], "page": find_page(texts, t), "text": norm(t),
                    "trekker": None, "planning": None, "attributes": {}, "frame": frame(f, actors=act)})
    dump({"document": docmeta(did, "kennisgeving", 2025, len(texts), "council-letter-numbered-list"),
          "afspraken": afs}, os.path.join(OUT, "gold", did + ".json"))


if __name__ == "__main__":
    for y in (2024, 2025, 2026):
        afs = agreement(y)
        print(y, len(afs), "afspraken")
    pair(2024, 2025)
    pair(2025, 2026)
    kennisgeving()
    print("done")
