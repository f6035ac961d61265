# -*- coding: utf-8 -*-
"""Render the wilgenrade family: web pages printed from a browser to PDF, plus gold JSON.

Run from /work/main:  .venv/bin/python corpus/challenge/src/wilgenrade/build.py
"""
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "wilgenrade"
LAYOUT = "browser-print-accordion"

W, H = A4
XL, XR = 48, W - 48
TOP, BOTTOM = H - 46, 46
BLUE = (0.05, 0.33, 0.66)
GREEN = (0.11, 0.42, 0.30)
TXT = (0.13, 0.13, 0.13)
SANS, BOLD = "Helvetica", "Helvetica-Bold"


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, doc):
        self.doc = doc
        self.pages = [[]]
        self.y = TOP

    @property
    def pno(self):
        return len(self.pages)

    def op(self, f):
        self.pages[-1].append(f)

    def newpage(self):
        self.pages.append([])
        self.y = TOP

    def need(self, h):
        if self.y - h < BOTTOM:
            self.newpage()

    def space(self, h):
        self.y -= h

    def lines(self, text, font=SANS, size=10, leading=15.5, x=XL, width=None, color=TXT, underline=False,
              keep=1):
        width = width or (XR - x)
        ls = wrap(text, font, size, width)
        self.need(leading * min(keep, len(ls)))
        start = self.pno
        for ln in ls:
            self.need(leading)
            y = self.y - size

            def f(c, ln=ln, y=y, x=x):
                c.setFillColorRGB(*color)
                c.setFont(font, size)
                c.drawString(x, y, ln)
                if underline:
                    c.setStrokeColorRGB(*color)
                    c.setLineWidth(0.5)
                    c.line(x, y - 1.5, x + stringWidth(ln, font, size), y - 1.5)
            self.op(f)
            self.y -= leading
        return start

    # --- web elements
    def h1(self, text):
        self.space(6)
        self.lines(text, BOLD, 20, 25, color=(0.1, 0.1, 0.1), keep=2)
        self.space(6)

    def h2(self, text):
        self.need(70)
        self.space(12)
        self.lines(text, BOLD, 15, 20, color=GREEN)
        y = self.y + 2
        self.op(lambda c, y=y: (c.setStrokeColorRGB(0.8, 0.85, 0.82), c.setLineWidth(0.8), c.line(XL, y, XR, y)))
        self.space(6)

    def h3(self, text):
        self.need(40)
        self.space(4)
        self.lines(text, BOLD, 11.5, 16)

    def p(self, text):
        self.lines(text, keep=2)
        self.space(7)

    def links(self, items, bullet=True):
        for it in items:
            self.need(15)
            if bullet:
                y = self.y - 7
                self.op(lambda c, y=y: (c.setFillColorRGB(*TXT), c.circle(XL + 6, y, 1.6, stroke=0, fill=1)))
            self.lines(it, SANS, 10, 15, x=XL + 14, color=BLUE, underline=True)
        self.space(6)

    def accordion(self, titel, text, rows):
        self.need(24 + 2 * 15.5)
        self.space(4)
        top = self.y
        bh = 22

        def bar(c, top=top):
            c.setFillColorRGB(0.93, 0.94, 0.94)
            c.setStrokeColorRGB(0.82, 0.84, 0.84)
            c.setLineWidth(0.5)
            c.rect(XL, top - bh, XR - XL, bh, stroke=1, fill=1)
            # expanded triangle (pointing down), drawn as a path
            c.setFillColorRGB(0.25, 0.25, 0.25)
            pth = c.beginPath()
            cx, cy = XL + 11, top - bh / 2
            pth.moveTo(cx - 4, cy + 2.5)
            pth.lineTo(cx + 4, cy + 2.5)
            pth.lineTo(cx, cy - 3)
            pth.close()
            c.drawPath(pth, stroke=0, fill=1)
            c.setFillColorRGB(0.1, 0.1, 0.1)
            c.setFont(BOLD, 10.5)
            c.drawString(XL + 22, top - bh / 2 - 3.6, titel)
        self.op(bar)
        self.y -= bh + 7
        start = self.lines(text, x=XL + 12, keep=2)
        self.space(3)
        for lab, val in rows:
            self.need(14)
            y = self.y - 9

            def f(c, lab=lab, val=val, y=y):
                c.setFillColorRGB(0.35, 0.35, 0.35)
                c.setFont(BOLD, 9)
                c.drawString(XL + 12, y, lab)
                c.setFillColorRGB(*TXT)
                c.setFont(SANS, 9)
                c.drawString(XL + 82, y, val)
            self.op(f)
            self.y -= 13.5
        self.space(8)
        return start

    def table(self, header, rows, colx):
        rh = 17
        self.need(rh * (len(rows) + 1) + 4)
        for i, r in enumerate([header] + rows):
            y = self.y

            def f(c, r=r, y=y, i=i):
                if i == 0:
                    c.setFillColorRGB(0.88, 0.92, 0.90)
                    c.rect(XL, y - rh, XR - XL, rh, stroke=0, fill=1)
                c.setStrokeColorRGB(0.8, 0.8, 0.8)
                c.setLineWidth(0.4)
                c.line(XL, y - rh, XR, y - rh)
                c.setFillColorRGB(*TXT)
                c.setFont(BOLD if i == 0 else SANS, 9)
                for x, cell in zip(colx, r):
                    c.drawString(XL + x, y - 12, cell)
            self.op(f)
            self.y -= rh
        self.space(10)

    def numbered(self, n, text):
        self.need(31)
        y = self.y - 10
        self.op(lambda c, y=y, n=n: (c.setFillColorRGB(*TXT), c.setFont(SANS, 10), c.drawString(XL + 4, y, "%d." % n)))
        start = self.lines(text, x=XL + 22, keep=2)
        self.space(4)
        return start

    # --- chrome
    def chrome_top(self, crumb, leestijd, gewijzigd):
        def f(c):
            c.setFillColorRGB(*GREEN)
            c.rect(XL, TOP - 30, 26, 26, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(BOLD, 13)
            c.drawString(XL + 7, TOP - 22, "W")
            c.setFillColorRGB(*GREEN)
            c.setFont(BOLD, 16)
            c.drawString(XL + 34, TOP - 16, "gemeente Wilgenrade")
            c.setFont(SANS, 8)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawString(XL + 34, TOP - 28, "samen wonen aan het water")
            # search box
            c.setStrokeColorRGB(0.6, 0.6, 0.6)
            c.setLineWidth(0.6)
            c.rect(XR - 190, TOP - 28, 140, 18, stroke=1, fill=0)
            c.setFont(SANS, 8)
            c.drawString(XR - 185, TOP - 22, "Zoek op wilgenrade.nl")
            c.setFillColorRGB(*GREEN)
            c.rect(XR - 48, TOP - 28, 48, 18, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.drawString(XR - 40, TOP - 22, "Zoeken")
            # nav bar
            c.setFillColorRGB(*GREEN)
            c.rect(XL, TOP - 62, XR - XL, 22, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(BOLD, 9.5)
            x = XL + 12
            for item in ["Home", "Wonen", "Werken en ondernemen", "Bestuur", "Nieuws", "Contact"]:
                c.drawString(x, TOP - 55, item)
                x += stringWidth(item, BOLD, 9.5) + 26
        self.op(f)
        self.y = TOP - 74
        self.lines(crumb, SANS, 8.5, 13, color=BLUE)
        self.lines("Leestijd: %s   |   Laatst gewijzigd: %s" % (leestijd, gewijzigd), SANS, 8.5, 13,
                   color=(0.4, 0.4, 0.4))
        self.space(4)

    def chrome_bottom(self):
        self.need(220)
        self.space(14)
        self.lines("Deel deze pagina", BOLD, 10, 15)
        self.lines("Facebook    LinkedIn    WhatsApp    E-mail", SANS, 9.5, 15, color=BLUE, underline=True)
        self.space(8)
        self.lines("Was deze informatie nuttig?    Ja  /  Nee", BOLD, 10, 15)
        self.space(10)
        top = self.y

        def f(c, top=top):
            c.setFillColorRGB(0.2, 0.24, 0.22)
            c.rect(XL, top - 92, XR - XL, 92, stroke=0, fill=1)
        self.op(f)
        self.space(8)
        for ln in ["Contact    Privacyverklaring    Toegankelijkheid    Cookies    Proclaimer    Sitemap",
                   "Gemeente Wilgenrade - Raadhuisplein 1 - Postbus 120 - telefoon 14 0599"]:
            self.lines(ln, SANS, 8.5, 14, x=XL + 12, color=(0.92, 0.92, 0.92))
        self.space(6)
        self.lines("Deze website gebruikt functionele en analytische cookies om de site goed te laten werken en het "
                   "gebruik te meten. Lees meer in onze cookieverklaring. Cookies accepteren / Alleen noodzakelijke",
                   SANS, 7.5, 11, x=XL + 12, width=XR - XL - 24, color=(0.85, 0.85, 0.85))

    def render(self, path, title, url, printed):
        c = canvas.Canvas(path, pagesize=A4, invariant=1)
        c.setTitle(title)
        c.setAuthor("Gemeente Wilgenrade")
        n = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            c.setFont(SANS, 7)
            c.setFillColorRGB(0.25, 0.25, 0.25)
            c.drawString(18, H - 16, printed)
            c.drawCentredString(W / 2, H - 16, title)
            c.drawString(18, 12, url)
            c.drawRightString(W - 18, 12, "%d/%d" % (i, n))
            for f in ops:
                f(c)
            c.showPage()
        c.save()
        return n


# ----------------------------------------------------------------------------- prose (not afspraken)
PRINTED = {2025: "17-1-2025 09:42", 2026: "8-1-2026 14:02", 2027: "12-1-2027 11:17"}
SIGNED = {2025: "12 december 2024", 2026: "11 december 2025", 2027: "14 december 2026"}
WETH = "mevrouw A.M. (Anneke) Verhulst, wethouder Wonen"
SIGNERS = [
    ("Gemeente Wilgenrade", WETH),
    ("Woonstichting De Rietkraag", "de heer R.J. Hoekstra, directeur-bestuurder"),
    ("Thuisplein Wonen", "mevrouw S. El Amrani, bestuurder"),
    ("Huurdersvereniging De Kraag", "de heer P. van Dijken, voorzitter"),
    ("Huurdersraad Thuisplein", "mevrouw G. Brouwer-Lamers, voorzitter"),
]

INTRO = {
    2025: [
        "Op deze pagina leest u de prestatieafspraken die de gemeente Wilgenrade, Woonstichting De Rietkraag, "
        "Thuisplein Wonen, Huurdersvereniging De Kraag en de Huurdersraad Thuisplein voor het jaar 2025 hebben "
        "gemaakt. De afspraken zijn een uitwerking van de woonvisie Thuis in Wilgenrade 2022-2030 en van de "
        "regionale woondeal die de provincie, de regiogemeenten en het Rijk hebben gesloten.",
        "De druk op de sociale huurmarkt in Wilgenrade is groot. Het aantal ingeschreven woningzoekenden is de "
        "afgelopen jaren gestegen en de gemiddelde inschrijfduur van starters lag in 2024 boven de zes jaar. "
        "Tegelijk vraagt de Nationale Prestatieafspraken van het Rijk, Aedes, de Woonbond en de VNG om meer "
        "nieuwbouw, betaalbare huren en het uitfaseren van woningen met een slecht energielabel.",
    ],
    2026: [
        "Op deze pagina vindt u de prestatieafspraken voor 2026 tussen de gemeente Wilgenrade, de twee "
        "woningcorporaties die in onze gemeente actief zijn en hun huurdersorganisaties. Het is de vierde jaarlijkse "
        "set afspraken onder de woonvisie Thuis in Wilgenrade 2022-2030.",
        "Ten opzichte van vorig jaar is de indeling van deze pagina gewijzigd: afspraken over wonen en zorg staan "
        "nu bij elkaar in een eigen onderdeel, en het onderdeel over duurzaamheid heet voortaan Energietransitie en "
        "klimaat. De bouwkosten en de rente zijn in 2025 opnieuw gestegen, wat gevolgen heeft voor de "
        "investeringsruimte van de corporaties.",
    ],
    2027: [
        "Op deze pagina leest u welke afspraken de gemeente Wilgenrade, De Rietkraag, Thuisplein Wonen, "
        "Huurdersvereniging De Kraag en de Huurdersraad Thuisplein voor 2027 hebben gemaakt over wonen in "
        "Wilgenrade.",
        "De afspraken sluiten aan op de woonvisie, de regionale woondeal en de landelijke afspraken over betaalbare "
        "huren en verduurzaming. In 2026 is de woonvisie op onderdelen herzien; de nieuwe accenten op doorstroming, "
        "wonen met zorg en klimaatadaptatie zijn in deze afspraken verwerkt.",
    ],
}

TERUGBLIK = {
    2025: ("In 2024 leverden de corporaties 118 sociale huurwoningen op, waarvan 44 in het plan Wilgenoever. Er "
           "werden 19 woningen verkocht en 7 woningen geliberaliseerd. Het aantal woningen met een E-, F- of "
           "G-label daalde van 410 naar 262. Er vonden 6 huisuitzettingen plaats, twee minder dan in 2023.",
           [("Sociale huurwoningen (totaal)", "6.874", "6.861"), ("Opgeleverde nieuwbouw", "97", "118"),
            ("Gemiddelde inschrijfduur starters", "6,4 jaar", "6,1 jaar"), ("Woningen met label E, F of G", "410", "262"),
            ("Huisuitzettingen", "8", "6")], ("2023", "2024")),
    2026: ("In 2025 zijn 131 sociale huurwoningen opgeleverd en is de bouw van 140 woningen gestart. De sloop aan "
           "de Esdoornlaan is afgerond en alle huurders zijn herhuisvest. De nieuwe huisvestingsverordening is in "
           "september 2025 door de raad vastgesteld. Het aantal woningen met een slecht label daalde naar 85.",
           [("Sociale huurwoningen (totaal)", "6.861", "6.902"), ("Opgeleverde nieuwbouw", "118", "131"),
            ("Gemiddelde inschrijfduur starters", "6,1 jaar", "5,8 jaar"), ("Woningen met label E, F of G", "262", "85"),
            ("Huisuitzettingen", "6", "4")], ("2024", "2025")),
    2027: ("In 2026 werden 109 sociale huurwoningen opgeleverd. Door vertraging bij de aannemer zijn 20 woningen "
           "met een E-, F- of G-label nog niet aangepakt. De doorstroommakelaar begeleidde 57 senioren naar een "
           "passende woning en de urgentieregeling is geëvalueerd.",
           [("Sociale huurwoningen (totaal)", "6.902", "6.915"), ("Opgeleverde nieuwbouw", "131", "109"),
            ("Gemiddelde inschrijfduur starters", "5,8 jaar", "5,5 jaar"), ("Woningen met label E, F of G", "85", "20"),
            ("Huisuitzettingen", "4", "3")], ("2025", "2026")),
}

CONTEXT = {
    C.S_B: ("Iedereen in Wilgenrade moet een betaalbare woning kunnen vinden die past bij zijn of haar situatie. "
            "De woonvisie gaat uit van een groei van de sociale voorraad en van een kortere wachttijd voor starters "
            "en spoedzoekers."),
    C.S_D25: ("De corporaties werken aan een woningvoorraad die in 2050 aardgasvrij en CO2-neutraal is. Het tempo "
              "wordt mede bepaald door de transitievisie warmte van de gemeente en de beschikbare subsidies."),
    C.S_D: ("De energietransitie en de gevolgen van klimaatverandering vragen om een gezamenlijke aanpak. De "
            "transitievisie warmte en de regionale klimaatadaptatiestrategie vormen hiervoor het kader."),
    C.S_K: ("Huurders mogen rekenen op een woning die in goede staat is, veilig is en past bij hun levensfase. In "
            "het huurdersoordeel van 2024 scoorden de corporaties gemiddeld een 7,3 op reparaties."),
    C.S_Z: ("Steeds meer ouderen en kwetsbare inwoners wonen langer zelfstandig. Dat vraagt om passende woningen "
            "en om een goede samenwerking tussen de corporaties, de gemeente en zorgaanbieders."),
    C.S_L: ("Een prettige woonomgeving is meer dan een goede woning. In De Hoeve en Oudewerf staat de leefbaarheid "
            "onder druk, zo bleek uit de wijkmonitor."),
    C.S_O: ("De afspraken komen tot stand in een gelijkwaardig overleg tussen de vijf partijen. Hieronder staat hoe "
            "partijen samenwerken en de uitvoering volgen."),
}

MEER = {
    C.S_B: ["Woonvisie Thuis in Wilgenrade 2022-2030 (PDF)", "Huisvestingsverordening Wilgenrade"],
    C.S_D: ["Transitievisie warmte Wilgenrade", "Regeling energiecoaches"],
    C.S_D25: ["Transitievisie warmte Wilgenrade"],
    C.S_L: ["Wijkmonitor De Hoeve en Oudewerf", "Subsidie voor bewonersinitiatieven aanvragen"],
}

BIJLAGEN = ["Bijlage 1 - Nieuwbouwprogramma per project (PDF, 210 kB)", "Bijlage 2 - Monitor prestatieafspraken vorig jaar (PDF, 180 kB)",
            "Bijlage 3 - Biedingen van De Rietkraag en Thuisplein Wonen (PDF, 1,2 MB)", "Bijlage 4 - Begrippenlijst (PDF, 64 kB)"]


def doc_meta(doc_id, typ, year, pages):
    return {"id": doc_id, "family": FAMILY, "type": typ, "year": year, "years": [year], "gemeente": C.GEMEENTE,
            "gemeenten": [C.GEMEENTE], "corporaties": C.CORPS, "huurdersorganisaties": C.HUURDERS,
            "pages": pages, "layout": LAYOUT}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def build_agreement(year):
    doc_id = "%s-%d" % (FAMILY, year)
    pg = Page(doc_id)
    pg.chrome_top("Home  >  Wonen  >  Prestatieafspraken  >  %d" % year, {2025: "14 minuten", 2026: "15 minuten",
                                                                           2027: "13 minuten"}[year],
                  SIGNED[year])
    pg.h1("Prestatieafspraken %d: gemeente, corporaties en huurders in Wilgenrade" % year)
    for para in INTRO[year]:
        pg.p(para)
    pg.h3("Op deze pagina")
    secs = [s for s, _ in C.STRUCTURE[year]]
    pg.links(["Terugblik op %d" % (year - 1)] + secs + ["Looptijd en ondertekening", "Bijlagen"])
    pg.h2("Terugblik op %d" % (year - 1))
    tb, rows, (y0, y1) = TERUGBLIK[year]
    pg.p(tb)
    pg.h3("Kerncijfers")
    pg.table(["Kerncijfer", y0, y1], [list(r) for r in rows], [8, 300, 400])
    pg.p("Alle afspraken hieronder zijn uitklapbaar. Bij elke afspraak staat wie de trekker is en wanneer de "
         "afspraak wordt uitgevoerd.")
    gold = []
    for sec, keys in C.STRUCTURE[year]:
        pg.h2(sec)
        pg.p(CONTEXT[sec])
        for key in keys:
            a = C.A[key]
            v = a["v"][year]
            rows = [("Wie", v["wie"])]
            if v["wanneer"]:
                rows.append(("Wanneer", v["wanneer"]))
            if v["status"]:
                rows.append(("Status", v["status"]))
            page = pg.accordion(a["titel"], v["text"], rows)
            attrs = {"titel": a["titel"]}
            if v["status"]:
                attrs["status"] = v["status"]
            gold.append({"key": key, "number": None, "section": sec, "party": None, "theme": a["theme"],
                         "themes": a["themes"], "page": page, "text": v["text"], "trekker": v["wie"],
                         "planning": v["wanneer"], "attributes": attrs, "frame": v["frame"]})
        if sec in MEER:
            pg.h3("Meer informatie")
            pg.links(MEER[sec])
    pg.h2("Looptijd en ondertekening")
    pg.p("Deze prestatieafspraken gelden van 1 januari tot en met 31 december %d. Wijzigingen gedurende het jaar "
         "zijn alleen mogelijk als alle partijen daarmee instemmen; de financiële bedragen van de corporaties zijn "
         "onder voorbehoud van goedkeuring van de begroting door hun Raden van Commissarissen." % year)
    pg.p("Aldus overeengekomen en ondertekend te Wilgenrade op %s." % SIGNED[year])
    for org, who in SIGNERS:
        pg.need(30)
        pg.lines(org, BOLD, 10, 14)
        pg.lines(who, SANS, 9.5, 14, x=XL + 10)
        pg.space(4)
    pg.h2("Bijlagen")
    pg.links(BIJLAGEN)
    pg.chrome_bottom()
    title = "Prestatieafspraken %d | Gemeente Wilgenrade" % year
    url = "https://www.wilgenrade.nl/wonen/prestatieafspraken/prestatieafspraken-%d" % year
    n = pg.render(os.path.join(OUT, "pdf", doc_id + ".pdf"), title, url, PRINTED[year])
    write_json(os.path.join(OUT, "gold", doc_id + ".json"),
               {"document": doc_meta(doc_id, "prestatieafspraken", year, n), "afspraken": gold})
    return gold


def build_kennisgeving(year=2027):
    doc_id = "%s-kennisgeving-%d" % (FAMILY, year)
    pg = Page(doc_id)
    pg.chrome_top("Home  >  Bestuur  >  Raadsinformatie  >  Kennisgevingen", "3 minuten", "16 december 2026")
    pg.h1("Kennisgeving aan de raad: prestatieafspraken %d ondertekend" % year)
    pg.lines("Nieuwsbericht | 16 december 2026 | Onderwerp: wonen", SANS, 9, 14, color=(0.4, 0.4, 0.4))
    pg.space(6)
    pg.p("Het college informeert de gemeenteraad hierbij over de prestatieafspraken voor %d. Op %s hebben de "
         "gemeente, Woonstichting De Rietkraag, Thuisplein Wonen, Huurdersvereniging De Kraag en de Huurdersraad "
         "Thuisplein de afspraken ondertekend. Wethouder Verhulst: \"We bouwen door, ook nu de kosten hoog zijn.\""
         % (year, SIGNED[year]))
    pg.p("De afspraken volgen uit de woonvisie en de biedingen die de corporaties vóór 1 juli 2026 hebben "
         "uitgebracht. De volledige tekst staat op de pagina Prestatieafspraken %d." % year)
    pg.h2("De belangrijkste afspraken voor %d" % year)
    gold = []
    sec = "De belangrijkste afspraken voor %d" % year
    for i, (key, text, frame) in enumerate(C.KENNIS, 1):
        page = pg.numbered(i, text)
        a = C.A[key]
        gold.append({"key": key, "number": str(i), "section": sec, "party": None, "theme": a["theme"],
                     "themes": a["themes"], "page": page, "text": text, "trekker": None, "planning": None,
                     "attributes": {}, "frame": frame})
    pg.h2("Hoe verder")
    pg.p("Partijen bespreken de voortgang in het voorjaar, in de zomer en in het najaar. De raad ontvangt in het "
         "tweede kwartaal van 2027 de monitor over 2026. Voor vragen kunt u contact opnemen met het team Wonen.")
    pg.h3("Meer informatie")
    pg.links(["Prestatieafspraken %d (volledige tekst)" % year, "Woonvisie Thuis in Wilgenrade 2022-2030"])
    pg.chrome_bottom()
    title = "Kennisgeving prestatieafspraken %d | Gemeente Wilgenrade" % year
    url = "https://www.wilgenrade.nl/bestuur/raadsinformatie/kennisgeving-prestatieafspraken-%d" % year
    n = pg.render(os.path.join(OUT, "pdf", doc_id + ".pdf"), title, url, "18-12-2026 16:25")
    write_json(os.path.join(OUT, "gold", doc_id + ".json"),
               {"document": doc_meta(doc_id, "kennisgeving", year, n), "afspraken": gold})


def build_pair(y0, y1, g0, g1):
    old_id, new_id = "%s-%d" % (FAMILY, y0), "%s-%d" % (FAMILY, y1)
    spec = C.PAIRS[(y0, y1)]
    t0 = {a["key"]: a["text"] for a in g0}
    t1 = {a["key"]: a["text"] for a in g1}
    links = []
    for a in g0:
        k = a["key"]
        if k in spec:
            st, kinds, hn = spec[k]
        else:
            assert k in t1 and t0[k] == t1[k], (y0, k)
            st, kinds, hn = "unchanged", [], None
        if st == "dropped":
            assert k not in t1, k
            links.append({"old": k, "new": None, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            assert k in t1, k
            if st != "unchanged":
                assert t0[k] != t1[k], (y0, k)
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
    for a in g1:
        k = a["key"]
        if k not in t0:
            assert spec.get(k, ("?",))[0] == "new", k
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    write_json(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (old_id, new_id)),
               {"old": old_id, "new": new_id, "links": links})


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    golds = {y: build_agreement(y) for y in (2025, 2026, 2027)}
    build_kennisgeving(2027)
    build_pair(2025, 2026, golds[2025], golds[2026])
    build_pair(2026, 2027, golds[2026], golds[2027])
    print("built wilgenrade")


if __name__ == "__main__":
    main()
