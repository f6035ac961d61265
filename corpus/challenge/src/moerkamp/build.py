# -*- coding: utf-8 -*-
"""Render the moerkamp family (prestatieafspraken Moerkamp 2025-2027) and write gold JSON.
Run from /work/main:  .venv/bin/python corpus/challenge/src/moerkamp/build.py"""
import io, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data as D
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, NextPageTemplate, KeepTogether, CondPageBreak)

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAM = "moerkamp"

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
                      spaceAfter=7)
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=8, spaceAfter=8,
                    textColor=colors.HexColor("#1f4e5a"), keepWithNext=1)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=5,
                    textColor=colors.HexColor("#1f4e5a"), keepWithNext=1)
small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12, alignment=TA_LEFT)
cov1 = ParagraphStyle("cov1", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_CENTER)
cov2 = ParagraphStyle("cov2", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_CENTER)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AfspraakPara(Paragraph):
    def split(self, aW, aH):
        parts = Paragraph.split(self, aW, aH)
        if parts and hasattr(self, "akey"):
            parts[0].akey = self.akey
        return parts


class ChapterMark(Paragraph):
    pass


class Doc(BaseDocTemplate):
    def __init__(self, fn, year, total, **kw):
        BaseDocTemplate.__init__(self, fn, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                                 topMargin=25 * mm, bottomMargin=22 * mm, invariant=1,
                                 title="Prestatieafspraken Moerkamp %d" % year, author="Gemeente Moerkamp",
                                 creator="moerkamp build", **kw)
        self.year, self.total = year, total
        self.apages, self.cpages = {}, {}
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate("cover", [fr], onPage=lambda c, d: None),
                               PageTemplate("body", [fr], onPage=self.decorate)])

    def decorate(self, c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(25 * mm, A4[1] - 14 * mm, "Prestatieafspraken %d  |  gemeente Moerkamp" % self.year)
        c.drawRightString(A4[0] - 25 * mm, A4[1] - 14 * mm, "Woonstichting Veenrand  -  Wonen Moerdaal  -  Samen Thuis")
        c.line(25 * mm, A4[1] - 16 * mm, A4[0] - 25 * mm, A4[1] - 16 * mm)
        c.line(25 * mm, 15 * mm, A4[0] - 25 * mm, 15 * mm)
        c.drawString(25 * mm, 11 * mm, "Definitieve versie, december %d" % (self.year - 1))
        c.drawRightString(A4[0] - 25 * mm, 11 * mm, "Pagina %d van %s" % (c.getPageNumber(), self.total or "?"))
        c.restoreState()

    def afterFlowable(self, f):
        p = self.canv.getPageNumber()
        if getattr(f, "akey", None) and f.akey not in self.apages:
            self.apages[f.akey] = p
        if getattr(f, "chap", None) and f.chap not in self.cpages:
            self.cpages[f.chap] = p


# ------------------------------------------------------------------ context text per year
def kerncijfers(y):
    prev = y - 1
    rows = {2024: ["4.382", "7,8 jaar", "52", "1,4%", "6", "318"],
            2025: ["4.371", "7,4 jaar", "61", "1,3%", "5", "176"],
            2026: ["4.366", "6,9 jaar", "74", "1,2%", "3", "81"]}[prev]
    lab = ["Sociale huurwoningen beide corporaties (1 januari)", "Gemiddelde inschrijfduur starters",
           "Opgeleverde sociale huurwoningen", "Huurachterstand (% van de jaarhuur)", "Huisuitzettingen wegens huurachterstand",
           "Woningen met energielabel E, F of G"]
    return [["Kerncijfer", "Stand %d" % prev]] + [[a, b] for a, b in zip(lab, rows)]


def intro(y):
    prev = y - 1
    nb = {2024: 52, 2025: 61, 2026: 74}[prev]
    iso = {2024: 188, 2025: 204, 2026: 251}[prev]
    return {
        "1.1": [
            "Deze prestatieafspraken zijn gemaakt door de gemeente Moerkamp, Woonstichting Veenrand, Wonen Moerdaal en "
            "Huurdersvereniging Samen Thuis Moerkamp. Zij geven invulling aan de Woningwet, die van corporaties vraagt "
            "naar redelijkheid bij te dragen aan het gemeentelijke volkshuisvestingsbeleid, en vormen de uitwerking "
            "voor het jaar %d van het bod dat beide corporaties vóór 1 juli %d hebben uitgebracht." % (y, prev),
            "Het beleidskader wordt gevormd door de woonvisie %s, de regionale woondeal die de provincie, de regio en "
            "het Rijk hebben gesloten en de Nationale Prestatieafspraken. In de woondeal is voor Moerkamp een opgave "
            "opgenomen van circa 900 woningen tot 2030, waarvan ongeveer een derde in de sociale huur. Het Rijk heeft "
            "daarnaast de ambitie uitgesproken dat eind 2028 geen huurwoningen met een E-, F- of G-label meer "
            "bestaan." % ("2021-2025" if y == 2025 else "2026-2030"),
            "<b>Gelijkwaardigheid.</b> Partijen zitten als gelijkwaardige partners aan tafel. De huurdersorganisatie "
            "vertegenwoordigt de huurders van beide corporaties en heeft het bod vooraf van een advies voorzien.",
        ],
        "1.2": [
            "In %d zijn in Moerkamp %d sociale huurwoningen opgeleverd, het merendeel in het plan Weverspark in "
            "Steenhorst. Daarnaast werden %d woningen geïsoleerd en daalde het aantal woningen met een slecht "
            "energielabel verder. De vertraging bij enkele nieuwbouwprojecten werd vooral veroorzaakt door "
            "bezwaarprocedures en de beperkte capaciteit van het elektriciteitsnet." % (prev, nb, iso),
            "<b>Terugblik.</b> De inschrijfduur van starters liep in %d licht terug, maar bleef hoger dan partijen "
            "wenselijk vonden. Het aantal huisuitzettingen was lager dan in het jaar daarvoor. De belangrijkste "
            "cijfers zijn opgenomen in de tabel hieronder." % prev,
        ],
        "1.3": [
            "Hoofdstuk 2 tot en met 5 bevatten de afspraken per thema; hoofdstuk 6 gaat over de samenwerking en het "
            "proces. Iedere afspraak is herkenbaar aan een vet gedrukt onderwerp aan het begin en een code tussen "
            "vierkante haken aan het einde, bijvoorbeeld [BB-01]. De codes blijven van jaar tot jaar gelijk, zodat de "
            "voortgang in de monitor kan worden gevolgd. Alinea's zonder code bevatten toelichting en zijn geen "
            "afspraak.",
        ],
    }


CTX = {
    "2": "Moerkamp kent een grote vraag naar betaalbare huurwoningen, vooral van starters, senioren en "
         "huishoudens uit de regio. De woonvisie vraagt om een evenwichtige groei van de sociale voorraad in alle "
         "drie de kernen.",
    "2.1": "<b>Opgave.</b> Door sloop, verkoop en liberalisatie dreigt de sociale voorraad te krimpen, terwijl de "
           "bouwkosten en de rente de afgelopen jaren sterk zijn gestegen.",
    "2.2": "Woningzoekenden schrijven zich in via het regionale woonruimteverdeelsysteem. De gemeente is "
           "verantwoordelijk voor de huisvestingsverordening, de corporaties voor de toewijzing.",
    "2.3": "<b>Betaalbaarheid.</b> De maximale huurverhoging wordt jaarlijks door het Rijk vastgesteld. Partijen "
           "vinden het van belang dat de woonlasten voor huurders met een laag inkomen beheersbaar blijven.",
    "3": "De verduurzaming van het bezit draagt bij aan lagere woonlasten en aan de klimaatdoelen van het Rijk en de "
         "gemeente. De transitievisie warmte van de gemeente geeft richting aan de volgorde waarin wijken aardgasvrij "
         "worden gemaakt.",
    "3.2": "Een deel van de huurders heeft moeite om de energierekening te betalen. Tegelijk vragen hitte en "
           "wateroverlast om aanpassingen in de openbare ruimte en aan de woningen.",
    "4": "Een goede en veilige woning is de basis. De corporaties voeren planmatig onderhoud uit volgens hun "
         "meerjarenonderhoudsbegroting en herstellen gebreken die huurders melden.",
    "4.2": "<b>Vergrijzing.</b> Het aantal inwoners van 75 jaar en ouder in Moerkamp neemt tot 2035 naar verwachting "
           "met ruim 40% toe. Steeds meer ouderen blijven langer thuis wonen, vaak met zorg aan huis.",
    "5": "Prettig wonen gaat over meer dan de woning alleen. Partijen werken in de wijken samen met het sociaal "
         "wijkteam, de politie en bewonersorganisaties.",
    "5.2": "In een aantal complexen wonen relatief veel kwetsbare huurders. Partijen willen problemen vroeg "
           "signaleren en waar nodig gezamenlijk optrekken.",
    "6": "Partijen werken op basis van gelijkwaardigheid en openheid. De afspraken worden jaarlijks geactualiseerd "
         "op basis van het bod van de corporaties.",
}


def closing(y):
    return [
        ("h2", "7.1 Looptijd en status"),
        "Deze afspraken gelden van 1 januari %d tot en met 31 december %d. Afspraken die een langere termijn "
        "betreffen, worden bij de actualisatie voor %d opnieuw bezien. Bedragen die de corporaties noemen, zijn "
        "opgenomen in hun begrotingen, die door de raden van commissarissen zijn goedgekeurd." % (y, y, y + 1),
        "<b>Bijzondere omstandigheden.</b> Wanneer het Rijk zijn beleid ingrijpend wijzigt of de financiële positie "
        "van een corporatie daartoe aanleiding geeft, kan iedere partij de andere partijen vragen de afspraken "
        "tussentijds te heroverwegen.",
        ("h2", "7.2 Ondertekening"),
        "Aldus overeengekomen en ondertekend te Moerkamp op %s." % {2025: "12 december 2024", 2026: "11 december 2025",
                                                                    2027: "10 december 2026"}[y],
    ]


SIGN = {
    2025: [("Gemeente Moerkamp", "M.A. Hendriksen-de Vlieger", "wethouder Wonen"),
           ("Woonstichting Veenrand", "ir. J.P. Oosterbeek", "directeur-bestuurder"),
           ("Wonen Moerdaal", "drs. F. El Khatib", "bestuurder"),
           ("Huurdersvereniging Samen Thuis Moerkamp", "A. Brinkhorst", "voorzitter")],
}
SIGN[2026] = SIGN[2025]
SIGN[2027] = [("Gemeente Moerkamp", "R. Zandvliet", "wethouder Volkshuisvesting")] + SIGN[2025][1:]

BIJLAGEN = ["Bijlage 1  Nieuwbouwprogramma per project en kern",
            "Bijlage 2  Monitor van de afspraken over het voorgaande jaar",
            "Bijlage 3  Begrippenlijst",
            "Bijlage 4  Bod van Woonstichting Veenrand en Wonen Moerdaal"]

CHAPTERS = ["1 Inleiding", "2 Betaalbaar en beschikbaar", "3 Duurzaam en klimaatbestendig", None,
            "5 Prettig wonen in de wijk", "6 Samenwerking en proces", "7 Looptijd en ondertekening", "Bijlagen"]


def chapters(y):
    c = list(CHAPTERS)
    c[3] = D.sections(y)["4.1"][0]
    return c


def story(y, cpages):
    st = []
    st.append(Spacer(1, 50 * mm))
    st.append(Paragraph("Prestatieafspraken %d" % y, cov1))
    st.append(Spacer(1, 8 * mm))
    st.append(Paragraph("gemeente Moerkamp", cov2))
    st.append(Spacer(1, 30 * mm))
    for n in ["Gemeente Moerkamp", "Woonstichting Veenrand", "Wonen Moerdaal", "Huurdersvereniging Samen Thuis Moerkamp"]:
        st.append(Paragraph(n, cov2))
        st.append(Spacer(1, 3 * mm))
    st.append(Spacer(1, 25 * mm))
    st.append(Paragraph("Jaarlijkse prestatieafspraken op basis van de Woningwet, artikel 44", cov2))
    st.append(NextPageTemplate("body"))
    st.append(PageBreak())
    st.append(Paragraph("Inhoud", h1))
    rows = [[c, str(cpages.get(c, ""))] for c in chapters(y)]
    t = Table(rows, colWidths=[130 * mm, 20 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    st.append(t)
    st.append(Spacer(1, 8 * mm))

    def chap(title):
        p = ChapterMark(esc(title), h1)
        p.chap = title
        return p

    # chapter 1
    st.append(chap("1 Inleiding"))
    it = intro(y)
    for sid, title in [("1.1", "1.1 Aanleiding en beleidskader"), ("1.2", "1.2 Terugblik op %d" % (y - 1)),
                       ("1.3", "1.3 Leeswijzer")]:
        st.append(Paragraph(title, h2))
        for t_ in it[sid]:
            st.append(Paragraph(t_, body))
        if sid == "1.2":
            tb = Table(kerncijfers(y), colWidths=[110 * mm, 40 * mm])
            tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                                    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce9ec")),
                                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                    ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
            st.append(tb)
            st.append(Paragraph("Tabel 1. Kerncijfers Moerkamp (bron: monitor corporaties en gemeente)", small))
    # afspraken
    secs = D.sections(y)
    gold = []
    cur_ch, cur_sub = None, None
    items = D.order(y)
    # group by section in canonical section order, keeping order within
    sec_ids = sorted(secs.keys(), key=lambda s: [int(x) for x in s.split(".")])
    for sid in sec_ids:
        its = [a for a in items if a["sec_by_year"].get(y, a["sec"]) == sid]
        if not its:
            continue
        ch, sub = secs[sid]
        if ch != cur_ch:
            st.append(CondPageBreak(60 * mm))
            st.append(chap(ch))
            cur_ch = ch
            chn = ch.split()[0]
            if chn in CTX:
                st.append(Paragraph(CTX[chn], body))
        st.append(Paragraph(sub, h2))
        if sid in CTX:
            st.append(Paragraph(CTX[sid], body))
        for a in its:
            text, frame = a["v"][y]
            p = AfspraakPara("<b>%s.</b> %s [%s]" % (esc(a["topic"]), esc(text), a["code"]), body)
            p.akey = a["key"]
            st.append(p)
            gold.append({"key": a["key"], "number": a["code"], "section": "%s > %s" % (ch, sub), "party": None,
                         "theme": a["themes"][0], "themes": a["themes"], "page": None, "text": text,
                         "trekker": None, "planning": None, "attributes": {}, "frame": frame})
    # closing
    st.append(CondPageBreak(70 * mm))
    st.append(chap("7 Looptijd en ondertekening"))
    for item in closing(y):
        if isinstance(item, tuple):
            st.append(Paragraph(item[1], h2))
        else:
            st.append(Paragraph(item, body))
    rows = []
    for org, name, fn in SIGN[y]:
        rows.append([Paragraph("<b>%s</b><br/><br/><br/>______________________<br/>%s<br/>%s" % (org, name, fn), small)])
    sig = Table([[rows[0][0], rows[1][0]], [rows[2][0], rows[3][0]]], colWidths=[80 * mm, 80 * mm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
    st.append(KeepTogether([sig]))
    st.append(CondPageBreak(50 * mm))
    st.append(chap("Bijlagen"))
    st.append(Paragraph("De volgende bijlagen maken deel uit van deze afspraken en zijn afzonderlijk gepubliceerd op "
                        "de websites van de partijen:", body))
    for b in BIJLAGEN:
        st.append(Paragraph(b, small))
    return st, gold


def render(y):
    cpages, total = {}, None
    for _ in range(4):
        buf = io.BytesIO()
        doc = Doc(buf, y, total)
        st, gold = story(y, cpages)
        doc.build(st)
        n = doc.page
        if doc.cpages == cpages and total == n:
            break
        cpages, total = doc.cpages, n
    return buf.getvalue(), gold, doc.apages, n


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for y in D.YEARS:
        pdf, gold, apages, n = render(y)
        did = "%s-%d" % (FAM, y)
        with open(os.path.join(OUT, "pdf", did + ".pdf"), "wb") as f:
            f.write(pdf)
        for g in gold:
            g["page"] = apages[g["key"]]
        doc = {"document": {"id": did, "family": FAM, "type": "prestatieafspraken", "year": y, "years": [y],
                            "gemeente": D.GEMEENTE, "gemeenten": [D.GEMEENTE], "corporaties": D.CORPS,
                            "huurdersorganisaties": D.HUURDERS, "pages": n,
                            "layout": "justified paragraphs, bold run-in topic, trailing [code]"},
               "afspraken": gold}
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        golds[y] = gold
        print(did, n, "pages", len(gold), "afspraken", len(pdf), "bytes")
    bycode = {a["code"]: a["key"] for a in D.A}
    for y in D.YEARS[1:]:
        links = []
        oldk = [g["key"] for g in golds[y - 1]]
        newk = [g["key"] for g in golds[y]]
        for code, (st, kinds, hn) in D.LINKS[y].items():
            k = bycode[code]
            links.append({"old": None if st == "new" else k, "new": None if st == "dropped" else k,
                          "status": st, "kinds": kinds, "hard_negative": hn})
        for l in links:
            if l["old"] and l["new"]:
                a = [g for g in golds[y - 1] if g["key"] == l["old"]][0]["text"]
                b = [g for g in golds[y] if g["key"] == l["new"]][0]["text"]
                if (a == b) != (l["status"] == "unchanged"):
                    raise SystemExit("status/text mismatch %s %d" % (l["old"], y))
        pid = "%s-%d__%s-%d" % (FAM, y - 1, FAM, y)
        with open(os.path.join(OUT, "gold", "pairs", pid + ".json"), "w", encoding="utf-8") as f:
            json.dump({"old": "%s-%d" % (FAM, y - 1), "new": "%s-%d" % (FAM, y), "links": links}, f,
                      ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
