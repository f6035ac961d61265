# -*- coding: utf-8 -*-
"""Build the aldermoer family: designed-brochure prestatieafspraken 2025-2027 (PDF + gold).
Run from /work/main:  .venv/bin/python corpus/challenge/src/aldermoer/build.py"""
import json, os, sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.colors import Color, white, black

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAM = "aldermoer"
W, H = A4
L, R = 62, 540
TOP, BOTTOM = 788, 72
GREY = Color(0.35, 0.35, 0.38)
COLS = [Color(0.05, 0.42, 0.45), Color(0.55, 0.22, 0.45), Color(0.20, 0.52, 0.25), Color(0.80, 0.42, 0.10),
        Color(0.15, 0.35, 0.65), Color(0.45, 0.45, 0.50)]
SIGNED = {2025: "12 december 2024", 2026: "11 december 2025", 2027: "10 december 2026"}
NBSP = "\u00a0"


def printed(t):
    """Typographic form of a text: non-breaking space after the euro sign."""
    return t.replace("€ ", "€" + NBSP)


def gap_min(size):
    return max(3.4, 0.28 * size)


def break_lines(text, font, size, width):
    words = printed(text).split(" ")
    g = gap_min(size)
    lines, cur, cw = [], [], 0.0
    for w in words:
        ww = stringWidth(w, font, size)
        if cur and cw + g + ww > width:
            lines.append(cur)
            cur, cw = [w], ww
        else:
            cw = cw + (g if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, year):
        self.year = year
        self.pages = []
        self.y = TOP
        self.gold = []
        self.chapter_pages = {}

    # ---- low level ----
    def new_page(self, color, chapter=""):
        self.pages.append({"ops": [], "color": color, "chapter": chapter})
        self.y = TOP

    @property
    def pn(self):
        return len(self.pages)

    def op(self, f):
        self.pages[-1]["ops"].append(f)

    def words(self, lines, x, y, width, font, size, leading, color=black, justify=True):
        spec = []
        for i, ln in enumerate(lines):
            ws = [stringWidth(w, font, size) for w in ln]
            last = i == len(lines) - 1
            if justify and not last and len(ln) > 1:
                g = (width - sum(ws)) / (len(ln) - 1)
            else:
                g = gap_min(size)
            xx = x
            for w, wd in zip(ln, ws):
                spec.append((xx, y - i * leading, w))
                xx += wd + g

        def f(c, spec=spec, font=font, size=size, color=color):
            c.setFont(font, size)
            c.setFillColor(color)
            for xx, yy, w in spec:
                c.drawString(xx, yy, w)
        self.op(f)
        return len(lines) * leading

    def para(self, text, x, width, font="Helvetica", size=9.5, leading=13.5, color=black, justify=True, after=7):
        lines = break_lines(text, font, size, width)
        h = len(lines) * leading
        self.ensure(h)
        self.words(lines, x, self.y - size, width, font, size, leading, color, justify)
        self.y -= h + after

    def ensure(self, h):
        if self.y - h < BOTTOM:
            p = self.pages[-1]
            self.new_page(p["color"], p["chapter"])
            if p.get("twocol"):
                self.pages[-1]["twocol"] = True

    def photo(self, x, width, height, caption):
        self.ensure(height + 16)
        y0 = self.y - height

        def f(c, x=x, y0=y0, width=width, height=height):
            c.setFillColor(Color(0.84, 0.84, 0.84))
            c.setStrokeColor(Color(0.84, 0.84, 0.84))
            c.rect(x, y0, width, height, fill=1, stroke=0)
        self.op(f)
        self.y = y0 - 4
        self.para(caption, x, width, "Helvetica-Oblique", 7.5, 9.5, GREY, False, after=10)

    def quote(self, text, x, width, color):
        lines = break_lines(text, "Times-Italic", 17, width - 14)
        h = len(lines) * 21
        self.ensure(h + 20)
        y0 = self.y - 8

        def f(c, x=x, y0=y0, h=h, color=color):
            c.setFillColor(color)
            c.rect(x, y0 - h + 4, 3, h, fill=1, stroke=0)
        self.op(f)
        self.words(lines, x + 14, y0 - 14, width - 14, "Times-Italic", 17, 21, color, False)
        self.y = y0 - h - 14

    def figure(self, x, num, label, color):
        self.ensure(46)
        y0 = self.y - 28
        nw = stringWidth(num, "Helvetica-Bold", 28)
        self.words([[num]], x, y0, nw, "Helvetica-Bold", 28, 30, color, False)
        lines = break_lines(label, "Helvetica", 11, 190)
        self.words(lines, x + nw + 10, y0 + (6 if len(lines) > 1 else 0), 190, "Helvetica", 11, 13, GREY, False)
        self.y = y0 - 18

    def heading(self, text, x, width, size, color, after=6, font="Helvetica-Bold"):
        lines = break_lines(text, font, size, width)
        h = len(lines) * size * 1.2
        self.ensure(h + 20)
        self.words(lines, x, self.y - size, width, font, size, size * 1.2, color, False)
        self.y -= h + after

    def afspraak(self, key, no, section, x, width, color):
        themes = C.A[key]["themes"]
        text, frame = C.A[key]["y"][self.year]
        lines = break_lines(text, "Helvetica", 9.5, width - 26)
        h = len(lines) * 13.2
        self.ensure(h + 4)
        ytop = self.y
        num = "%02d" % no

        def f(c, x=x, ytop=ytop, num=num, color=color):
            c.setFillColor(color)
            c.rect(x, ytop - 14, 19, 15, fill=1, stroke=0)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawCentredString(x + 9.5, ytop - 9.6, num)
        self.op(f)
        self.words(lines, x + 26, ytop - 9.6, width - 26, "Helvetica", 9.5, 13.2, black, True)
        self.y -= h + 9
        self.gold.append({"key": key, "number": num, "section": section, "party": None, "theme": themes[0],
                          "themes": themes, "page": self.pn, "text": text, "trekker": None, "planning": None,
                          "attributes": {}, "frame": frame})


def ctx(year):
    y0 = year - 1
    return {
        "Betaalbaar en beschikbaar wonen": (
            [f"De vraag naar betaalbare huurwoningen in Aldermoer is onverminderd groot. Eind {y0 - 1} stonden ruim 6.100 woningzoekenden ingeschreven die binnen de gemeente een woning zoeken, terwijl het aantal vrijkomende woningen de afgelopen jaren verder is afgenomen. De Woonvisie Aldermoer 2023–2030 en de regionale woondeal vragen om een forse groei van de sociale voorraad en om een eerlijke verdeling van de woningen die vrijkomen.",
             "In dit hoofdstuk staan de afspraken over nieuwbouw, de omvang van de voorraad, het huurbeleid, de toewijzing en het voorkomen van huurachterstanden."],
            "Samen zorgen we ervoor dat iedereen in Aldermoer een betaalbaar thuis kan vinden.",
            "Impressie van de nieuwbouw aan de Moerkade (beeld: De Moerwaard)"),
        "Duurzaam en klimaatbestendig": (
            [f"De corporaties hebben de afgelopen jaren een grote inhaalslag gemaakt in de verduurzaming van hun bezit. In {y0} kregen ruim 300 woningen isolatie of een warmtepomp. De opgave blijft groot: de Nationale Prestatieafspraken vragen dat eind 2028 geen woningen met een E-, F- of G-label meer bestaan.",
             "De gemeente werkt de Transitievisie Warmte uit in wijkuitvoeringsplannen; Oosterveld is als eerste wijk aangewezen."],
            "Een lagere energierekening en een gezond binnenklimaat gaan hand in hand.",
            "Zonnepanelen op de daken in Kerkakker"),
        "Energietransitie": (
            [f"De energietransitie raakt alle huurders. In {y0} kregen ruim 300 woningen isolatie of een warmtepomp en daalde het aantal woningen met een slecht label verder. De Nationale Prestatieafspraken vragen dat eind 2028 geen woningen met een E-, F- of G-label meer bestaan; de corporaties in Aldermoer willen eerder klaar zijn.",
             "De gemeente werkt de Transitievisie Warmte uit in wijkuitvoeringsplannen; Oosterveld is als eerste wijk aangewezen."],
            "Een lagere energierekening en een gezond binnenklimaat gaan hand in hand.",
            "Isolatiewerkzaamheden in de Vlietbuurt"),
        "Goed en gezond wonen": (
            [f"Huurders moeten kunnen rekenen op een veilige, gezonde en goed onderhouden woning. Na de landelijke aandacht voor vocht en schimmel hebben de corporaties hun werkwijze aangescherpt; in {y0} werden ruim 420 meldingen afgehandeld. De bevolking van Aldermoer vergrijst, waardoor de vraag naar toegankelijke woningen toeneemt."],
            "Een goede woning begint bij goed onderhoud en snel herstel.",
            "Huismeester in gesprek met een bewoner"),
        "Wonen en zorg": (
            ["Steeds meer ouderen en mensen met een ondersteuningsvraag wonen zelfstandig, vaak in een woning die daar niet op is ingericht. Partijen willen dat zij langer prettig thuis kunnen wonen en dat mensen die uit een instelling komen een goede start maken in de wijk.",
             "De afspraken in dit hoofdstuk sluiten aan op het regionale programma Wonen, Welzijn en Zorg."],
            "Langer thuis wonen lukt alleen als wonen en zorg samenkomen.",
            "Seniorencomplex De Hofstee"),
        "Prettig samenleven in de buurt": (
            [f"In de meeste buurten van Aldermoer wonen mensen prettig samen. In enkele wijken, met name Oosterveld en de Vlietbuurt, stapelen problemen zich op. In {y0} ontvingen de corporaties 186 meldingen van woonoverlast.",
             "Partijen werken hierin samen met het wijkteam, de politie en bewonersorganisaties."],
            "Samen zorgen we voor buurten waar mensen naar elkaar omkijken.",
            "Buurtfeest in Oosterveld"),
        "Vitale wijken": (
            [f"In de meeste buurten van Aldermoer wonen mensen prettig samen. In enkele wijken, met name Oosterveld en de Vlietbuurt, stapelen problemen zich op. In {y0} ontvingen de corporaties {171 if year == 2026 else 158} meldingen van woonoverlast; het aantal ernstige zaken nam toe.",
             "Partijen werken hierin samen met het wijkteam, de politie en bewonersorganisaties."],
            "Samen zorgen we voor buurten waar mensen naar elkaar omkijken.",
            "Speelplek in de Vlietbuurt"),
        "Samen werken, samen volgen": (
            ["Goede afspraken vragen om een goede samenwerking. Partijen zitten als gelijkwaardige partners aan tafel en leggen in dit hoofdstuk vast hoe zij de voortgang volgen en hoe zij omgaan met verschillen van inzicht."],
            None, None),
    }


TERUG = {
    2025: [("312", "woningen opgeleverd in 2024"), ("1.048", "woningen verduurzaamd sinds 2021"), ("4", "huisuitzettingen in 2024")],
    2026: [("286", "sociale huurwoningen opgeleverd in 2025"), ("245", "woningen geïsoleerd in 2025"), ("2", "huisuitzettingen in 2025")],
    2027: [("174", "sociale huurwoningen opgeleverd in 2026"), ("231", "woningen geïsoleerd in 2026"), ("5", "huisuitzettingen in 2026")],
}
KERN = {
    2025: [("Sociale huurwoningen", "7.420", "7.612"), ("Gemiddelde inschrijfduur (jaar)", "5,6", "5,4"),
           ("Huishoudens met huurachterstand", "212", "198"), ("Woningen label E, F of G", "240", "80")],
    2026: [("Sociale huurwoningen", "7.612", "7.851"), ("Gemiddelde inschrijfduur (jaar)", "5,4", "5,5"),
           ("Huishoudens met huurachterstand", "198", "187"), ("Woningen label E, F of G", "80", "35")],
    2027: [("Sociale huurwoningen", "7.851", "7.996"), ("Gemiddelde inschrijfduur (jaar)", "5,5", "5,2"),
           ("Huishoudens met huurachterstand", "187", "176"), ("Woningen label E, F of G", "35", "12")],
}
SIGN = [("Gemeente Aldermoer", "M. van Doorn", "wethouder Wonen"),
        ("Woonstichting De Moerwaard", "J.A. Kuipers", "directeur-bestuurder"),
        ("Hofland Wonen", "R. El Khatib", "bestuurder"),
        ("Huurdersplatform Aldermoer", "H. Bosveld", "voorzitter")]


def build(year):
    d = Doc(year)
    y0 = year - 1
    chapters = C.CH[year]
    # ---- cover ----
    d.new_page(COLS[0])
    d.pages[-1]["cover"] = True
    d.y = 760
    d.words([["PRESTATIEAFSPRAKEN"]], L, 700, 300, "Helvetica-Bold", 13, 16, white, False)
    d.words([["Wonen", "in", "Aldermoer"], [str(year)]], L, 650, 460, "Helvetica-Bold", 40, 46, white, False)
    d.words(break_lines(f"Afspraken tussen de gemeente Aldermoer, Woonstichting De Moerwaard, Hofland Wonen en het Huurdersplatform Aldermoer over het wonen in {year}", "Helvetica", 12, 420),
            L, 540, 420, "Helvetica", 12, 16, white, False)
    d.y = 470
    d.photo(L, R - L, 250, "Foto omslag: de Moerkade bij avondlicht")
    d.y -= 10
    d.para("Gemeente Aldermoer · Woonstichting De Moerwaard · Hofland Wonen · Huurdersplatform Aldermoer", L, R - L, "Helvetica-Bold", 9.5, 12, COLS[0], False)
    d.para(f"Vastgesteld in het bestuurlijk overleg en ondertekend op {SIGNED[year]}", L, R - L, "Helvetica", 9, 12, GREY, False)
    # ---- inhoud + leeswijzer + inleiding ----
    d.new_page(COLS[0], "Inleiding")
    d.heading("Inhoud", L, 300, 24, COLS[0], 10)
    toc = [("Inleiding", "Inleiding"), ("Terugblik", "Terugblik")] + [(f"{i + 1}  {t}", t) for i, (t, _, _) in enumerate(chapters)] + [("Tot slot", "Tot slot")]
    ytoc = d.y
    for i, (label, tag) in enumerate(toc):
        yy = ytoc - 10 - i * 15
        d.words([label.split(" ")], L, yy, 300, "Helvetica", 10, 14, black, False)

        def f(c, yy=yy, tag=tag, d=d):
            c.setFont("Helvetica-Bold", 10)
            c.setFillColor(COLS[0])
            c.drawRightString(R - 180, yy, str(d.chapter_pages.get(tag, "")))
        d.op(f)
    d.y = ytoc - 15 * len(toc) - 20
    d.chapter_pages["Inleiding"] = d.pn
    d.heading("Leeswijzer", L, 300, 13, COLS[0])
    d.para(f"Dit document bevat de prestatieafspraken voor {year}. Na een terugblik op {y0} volgen {len(chapters)} thematische hoofdstukken. Elk hoofdstuk begint met een korte schets van de opgave; de afspraken zelf zijn doorlopend genummerd en herkenbaar aan het gekleurde nummer. Citaten, kerncijfers en foto’s dienen ter illustratie en bevatten geen afspraken.", L, R - L)
    d.heading("Inleiding", L, 300, 13, COLS[0])
    d.para(f"Met deze prestatieafspraken geven de gemeente Aldermoer, Woonstichting De Moerwaard, Hofland Wonen en het Huurdersplatform Aldermoer invulling aan de Woonvisie Aldermoer 2023–2030. De afspraken bouwen voort op de biedingen die de corporaties vóór 1 juli {y0} hebben uitgebracht en op het overleg dat in het najaar van {y0} aan de tripartiete tafel is gevoerd.", L, R - L)
    d.para(f"De landelijke context is in beweging. Het Rijk heeft met de Nationale Prestatieafspraken en de regionale woondeals de bouwopgave en de verduurzamingsopgave scherp neergezet, terwijl stijgende bouwkosten en rentelasten de financiële ruimte van de corporaties beperken. Partijen hebben daarom gezocht naar afspraken die ambitieus én haalbaar zijn.", L, R - L)
    # ---- terugblik ----
    d.new_page(COLS[0], "Terugblik")
    d.chapter_pages["Terugblik"] = d.pn
    d.heading(f"Terugblik op {y0}", L, 400, 24, COLS[0], 10)
    d.para(f"In {y0} is veel bereikt, maar niet alles wat partijen zich hadden voorgenomen. De oplevering van een aantal nieuwbouwprojecten liep vertraging op door netcongestie en bezwaarprocedures. Tegelijkertijd daalde het aantal huishoudens met een huurachterstand en werden meer woningen verduurzaamd dan begroot.", L, R - L)
    for num, lab in TERUG[year]:
        d.figure(L, num, lab, COLS[0])
    d.y -= 6
    d.heading("Kerncijfers", L, 300, 13, COLS[0])
    rows = [("", f"1 januari {y0}", f"1 januari {year}")] + KERN[year]
    for i, (a, b, c2) in enumerate(rows):
        font = "Helvetica-Bold" if i == 0 else "Helvetica"
        yy = d.y - 10 - i * 16
        if a:
            d.words([a.split(" ")], L, yy, 230, font, 9.5, 12, black, False)
        d.words([b.split(" ")], L + 260, yy, 100, font, 9.5, 12, black, False)
        d.words([c2.split(" ")], L + 380, yy, 100, font, 9.5, 12, black, False)
    d.y -= 16 * len(rows) + 16
    d.quote("“We bouwen niet alleen stenen, we bouwen aan buurten waar mensen thuis zijn.”", L, R - L, COLS[0])
    # ---- chapters ----
    no = 0
    CT = ctx(year)
    for ci, (title, lay, keys) in enumerate(chapters):
        col = COLS[(ci + 1) % len(COLS)]
        d.new_page(col, title)
        d.chapter_pages[title] = d.pn
        intro, quote, cap = CT[title]
        d.para(f"HOOFDSTUK {ci + 1}", L, 200, "Helvetica-Bold", 8.5, 11, col, False, after=4)
        d.heading(title, L, R - L, 28, col, 12)
        section = title
        if lay == "single":
            for t in intro:
                d.para(t, L, R - L)
            if quote:
                d.quote(quote, L + 40, R - L - 40, col)
            for i, k in enumerate(keys):
                no += 1
                d.afspraak(k, no, section, L, R - L, col)
                if i == 3 and cap and d.y > 330:
                    d.photo(L, R - L, 120, cap)
        else:
            d.pages[-1]["twocol"] = True
            ystart = d.y
            for t in intro:
                d.para(t, L, 170, size=9, leading=12.5)
            if quote:
                d.quote(quote, L, 170, col)
            if cap:
                d.photo(L, 170, 110, cap)
            d.y = ystart
            for k in keys:
                no += 1
                d.afspraak(k, no, section, 252, R - 252, col)
    # ---- tot slot ----
    col = COLS[0]
    d.new_page(col, "Tot slot")
    d.chapter_pages["Tot slot"] = d.pn
    d.heading("Tot slot", L, 300, 28, col, 12)
    d.heading("Looptijd", L, 300, 12, col)
    d.para(f"Deze prestatieafspraken gelden van 1 januari {year} tot en met 31 december {year}. Afspraken die over een langere periode lopen, worden in de prestatieafspraken van volgende jaren geactualiseerd.", L, R - L)
    d.heading("Wijzigingen", L, 300, 12, col)
    d.para("Wanneer de omstandigheden wezenlijk veranderen, bijvoorbeeld door nieuwe wetgeving van het Rijk of een sterke stijging van de bouwkosten, kan iedere partij voorstellen de afspraken tussentijds bij te stellen. Een wijziging is alleen geldig als alle partijen er schriftelijk mee instemmen.", L, R - L)
    d.para("De investeringen die de corporaties in deze afspraken noemen, zijn opgenomen in hun begroting en meerjarenprognose en zijn getoetst door hun raden van commissarissen.", L, R - L)
    d.heading("Ondertekening", L, 300, 12, col)
    d.para(f"Aldus overeengekomen en ondertekend te Aldermoer op {SIGNED[year]}.", L, R - L)
    d.y -= 8
    for i, (org, name, fn) in enumerate(SIGN):
        x = L + (i % 2) * 240
        if i % 2 == 0 and i:
            d.y -= 78
        yy = d.y
        d.words([org.split(" ")], x, yy - 10, 220, "Helvetica-Bold", 9.5, 12, black, False)

        def f(c, x=x, yy=yy):
            c.setStrokeColor(GREY)
            c.line(x, yy - 46, x + 200, yy - 46)
        d.op(f)
        d.words([name.split(" "), fn.split(" ")], x, yy - 58, 220, "Helvetica", 9, 11.5, black, False)
    d.y -= 100
    d.heading("Bijlagen", L, 300, 12, col)
    for b in ["Bijlage 1 Nieuwbouwprogramma per project", f"Bijlage 2 Monitor prestatieafspraken {y0}", "Bijlage 3 Begrippenlijst"]:
        d.para(b, L, R - L, after=2, justify=False)
    return d


def render(d, path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(f"Prestatieafspraken Aldermoer {d.year}")
    c.setAuthor("Gemeente Aldermoer")
    n = len(d.pages)
    for i, p in enumerate(d.pages):
        if p.get("cover"):
            c.setFillColor(p["color"])
            c.rect(0, 500, W, H - 500, fill=1, stroke=0)
            c.rect(0, 0, 26, 500, fill=1, stroke=0)
        else:
            c.setFillColor(p["color"])
            c.rect(0, 0, 26, H, fill=1, stroke=0)
            hdr = ["Prestatieafspraken", "Aldermoer", str(d.year)]
            c.setFont("Helvetica", 7.5)
            c.setFillColor(GREY)
            x = L
            for w in hdr:
                c.drawString(x, 812, w)
                x += stringWidth(w, "Helvetica", 7.5) + 3.4
            ft = ["Pagina", str(i + 1), "van", str(n)]
            x = R - sum(stringWidth(w, "Helvetica", 7.5) for w in ft) - 3.4 * 3
            for w in ft:
                c.drawString(x, 40, w)
                x += stringWidth(w, "Helvetica", 7.5) + 3.4
            x = L
            for w in p["chapter"].split(" "):
                c.drawString(x, 40, w)
                x += stringWidth(w, "Helvetica", 7.5) + 3.4
        for f in p["ops"]:
            f(c)
        c.showPage()
    c.save()


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    docs = {}
    for year in (2025, 2026, 2027):
        d = build(year)
        did = f"{FAM}-{year}"
        render(d, os.path.join(OUT, "pdf", did + ".pdf"))
        gold = {"document": {"id": did, "family": FAM, "type": "prestatieafspraken", "year": year, "years": [year],
                             "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": C.CORPS,
                             "huurdersorganisaties": C.HUURDERS, "pages": len(d.pages), "layout": "designed-brochure"},
                "afspraken": d.gold}
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        docs[year] = [a["key"] for a in d.gold]
    for (a, b), links in C.LINKS.items():
        old, new = docs[a], docs[b]
        out = []
        for k in old:
            if k in new:
                st, kinds, hn = links[k]
                out.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
            else:
                out.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        for k in new:
            if k not in old:
                out.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
        extra = set(links) - (set(old) & set(new))
        assert not extra, extra
        # verify unchanged <=> identical text
        for l in out:
            if l["old"] and l["new"]:
                same = C.A[l["old"]]["y"][a][0] == C.A[l["new"]]["y"][b][0]
                assert same == (l["status"] == "unchanged"), (a, b, l)
        with open(os.path.join(OUT, "gold", "pairs", f"{FAM}-{a}__{FAM}-{b}.json"), "w", encoding="utf-8") as fh:
            json.dump({"old": f"{FAM}-{a}", "new": f"{FAM}-{b}", "links": out}, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
