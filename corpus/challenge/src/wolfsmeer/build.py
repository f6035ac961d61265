# -*- coding: utf-8 -*-
"""Build the wolfsmeer family (held-out test set): 3 yearly monitor agreements + gold.

Run from /work/main:  .venv/bin/python corpus/challenge/src/wolfsmeer/build.py
"""
import json
import os
import re
import sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import AF, ORDER, CHAPTERS, PAIRS  # noqa: E402

FAMILY = "wolfsmeer"
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(HERE)))),
                   "corpus", "challenge", "dev")
YEARS = [2024, 2025, 2026]
GEMEENTE = "Wolfsmeer"
CORPS = ["Woonstichting Heidekant", "Elsgroen Wonen"]
HUURDERS = ["Huurdersplatform Wolfsmeer"]
LAYOUT = "monitor-table-landscape"
THEME_OF = {"A": "beschikbaarheid_betaalbaarheid", "B": "duurzaamheid_klimaat", "C": "kwaliteit",
            "D": "leefbaarheid", "E": "overig"}

# column geometry of the landscape tables (points)
LM = 42
COLW = [30, 336, 296, 100]
AFSPRAAK_X0 = LM + COLW[0]
AFSPRAAK_X1 = AFSPRAAK_X0 + COLW[1]

ss = {
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
                           spaceAfter=6),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=4, spaceAfter=8,
                         textColor=colors.HexColor("#1f4e5a")),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6,
                         spaceAfter=4, textColor=colors.HexColor("#1f4e5a")),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.6, leading=11),
    "cellh": ParagraphStyle("cellh", fontName="Helvetica-Bold", fontSize=8.6, leading=11, textColor=colors.white),
    "bullet": ParagraphStyle("bullet", fontName="Times-Roman", fontSize=10.5, leading=14, leftIndent=16,
                             bulletIndent=4, spaceAfter=3),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=17),
    "cover1": ParagraphStyle("c1", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_CENTER,
                             textColor=colors.HexColor("#1f4e5a")),
    "cover2": ParagraphStyle("c2", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_CENTER),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12),
}


def P(text, st="body"):
    return Paragraph(text.replace("&", "&amp;"), ss[st])


class Heading(Paragraph):
    def __init__(self, text, st="h1"):
        Paragraph.__init__(self, text, ss[st])
        self.toc_text = text


class Doc(BaseDocTemplate):
    def __init__(self, path, year, total, **kw):
        BaseDocTemplate.__init__(self, path, pagesize=A4, invariant=1, title="Prestatieafspraken Wolfsmeer %d" % year,
                                 author="Gemeente Wolfsmeer", subject="prestatieafspraken", creator="wolfsmeer",
                                 **kw)
        self.year = year
        self.total = total
        self.heading_pages = {}
        pw, ph = A4
        lw, lh = landscape(A4)
        self.addPageTemplates([
            PageTemplate("cover", [Frame(60, 60, pw - 120, ph - 120, id="c")], onPage=self.deco_cover, pagesize=A4),
            PageTemplate("portrait", [Frame(62, 62, pw - 124, ph - 124, id="p")], onPage=self.deco, pagesize=A4),
            PageTemplate("land", [Frame(LM, 46, lw - 2 * LM, lh - 96, id="l", leftPadding=0, rightPadding=0)],
                         onPage=self.deco, pagesize=landscape(A4)),
        ])

    def afterFlowable(self, f):
        if isinstance(f, Heading):
            self.heading_pages.setdefault(f.toc_text, self.page)

    def deco_cover(self, c, doc):
        pass

    def deco(self, c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(42, h - 28, "Prestatieafspraken Wolfsmeer %d" % self.year)
        c.drawRightString(w - 42, h - 28, "Gemeente Wolfsmeer | Heidekant | Elsgroen Wonen | Huurdersplatform")
        c.setStrokeColor(colors.HexColor("#1f4e5a"))
        c.line(42, h - 33, w - 42, h - 33)
        c.drawString(42, 24, "Monitorafspraken %d" % self.year)
        c.drawRightString(w - 42, 24, "Pagina %d van %d" % (doc.page, self.total or 0))
        c.restoreState()


# ---------------------------------------------------------------- prose per year
INFO = {
    2024: dict(date="12 december 2023", weth="J.M. (Jolanda) Verhoef", bouw=51, voorraad=(5840, 2110),
               wacht=4.8, achter=(212, 5), label=("C", "C"), sign=("A.C. Brouwer", "M. el Idrissi", "H.J. Tammes", "K. de Wilde")),
    2025: dict(date="10 december 2024", weth="J.M. (Jolanda) Verhoef", bouw=58, voorraad=(5885, 2118),
               wacht=5.3, achter=(236, 2), label=("C", "C"), sign=("A.C. Brouwer", "M. el Idrissi", "H.J. Tammes", "K. de Wilde")),
    2026: dict(date="16 december 2025", weth="R. (Ruben) Hoogeveen", bouw=47, voorraad=(5920, 2131),
               wacht=5.1, achter=(301, 1), label=("C", "B"), sign=("A.C. Brouwer", "S. Varol", "H.J. Tammes", "K. de Wilde")),
}

SAMENVATTING = {
    2024: ["Nieuwbouw: ruim zestig nieuwe sociale huurwoningen van Heidekant en de start van het project Lindeveld.",
           "Huren: een gemiddelde huurverhoging die niet boven de inflatie uitkomt.",
           "Verduurzaming: de laatste woningen met een E-, F- of G-label van Heidekant komen aan de beurt.",
           "Wijken: drie wijkbeheerders en een leefbaarheidsbudget van Heidekant per woning.",
           "Proces: de woonvisie wordt in 2024 geactualiseerd, met inbreng van de huurders."],
    2025: ["Nieuwbouw: vijftig tot zestig sociale huurwoningen en een pilot met woningdelen voor jongeren.",
           "Huren: een huurverhoging die onder de inflatie blijft, en geen huisuitzettingen als streven.",
           "Verduurzaming: een vaste planning voor de aansluiting van Hooge Akker op het warmtenet.",
           "Wonen en zorg: de gemeente stelt een woonzorgvisie op.",
           "Proces: een gezamenlijk dashboard met kerncijfers, twee keer per jaar bijgewerkt."],
    2026: ["Nieuwbouw: zeventig woningen van Heidekant en de oplevering van Lindeveld en de flexwoningen.",
           "Verkoop: geen verkoop van huurwoningen door Heidekant in 2026.",
           "Energiearmoede: de energiecoaches worden vaker ingezet en zijn nu onderdeel van het thema betaalbaarheid.",
           "Klimaat: subsidie voor groene daken op bergingen en garages.",
           "Proces: een evaluatie van de samenwerking en de vraag of meerjarige afspraken beter passen."],
}

INTRO = {
    "A": "Wolfsmeer heeft een forse opgave om voldoende betaalbare woningen toe te voegen. In de woondeal van de regio is vastgelegd dat het aandeel sociale huur in nieuwe plannen ten minste dertig procent bedraagt. Partijen willen tegelijk dat de bestaande voorraad betaalbaar blijft voor huishoudens met een laag inkomen.",
    "B": "De Nationale Prestatieafspraken vragen dat eind 2028 geen huurwoningen met een E-, F- of G-label meer bestaan. Partijen sluiten aan bij de transitievisie warmte van de gemeente en bij het klimaatadaptatieprogramma van het waterschap.",
    "C": "Een goede woning is droog, veilig en past bij de levensfase van de bewoner. Het aantal ouderen in Wolfsmeer neemt de komende tien jaar met bijna een kwart toe, waardoor de vraag naar geschikte woningen en woningaanpassingen stijgt.",
    "D": "In enkele wijken staat de leefbaarheid onder druk. De Leefbaarometer laat voor delen van De Brink en Veldzicht een score onder het gemeentelijk gemiddelde zien. Partijen werken daarom samen met het wijkteam, de politie en zorgaanbieders.",
    "E": "Goede afspraken vragen om een goede samenwerking. De huurdersorganisatie neemt als volwaardige partij deel aan het overleg, zoals de Woningwet voorschrijft.",
}


def story(year, heading_pages):
    d = INFO[year]
    st = []
    # cover
    st += [Spacer(1, 150), P("Prestatieafspraken %d" % year, "cover1"), Spacer(1, 14),
           P("Monitorafspraken gemeente Wolfsmeer, Woonstichting Heidekant, Elsgroen Wonen en Huurdersplatform Wolfsmeer", "cover2"),
           Spacer(1, 200), P("Vastgesteld in het bestuurlijk overleg van %s" % d["date"], "cover2"),
           NextPageTemplate("portrait"), PageBreak()]
    # voorwoord + inhoud
    st += [Heading("Voorwoord"),
           P("Voor u liggen de prestatieafspraken voor %d. Net als vorig jaar hebben wij gekozen voor een monitorvorm: naast iedere afspraak voor het komende jaar ziet u in één oogopslag hoe het de afgelopen periode is gegaan. Zo blijven de afspraken controleerbaar, voor de gemeenteraad en voor de huurders zelf." % year),
           P("Het afgelopen jaar is er veel bereikt. Er werden %d sociale huurwoningen opgeleverd en de corporaties hebben veel woningen geïsoleerd. Tegelijk zien wij dat de wachttijd voor starters hoog blijft en dat de bouwkosten onverminderd stijgen. Dat vraagt om scherpe keuzes, die wij samen met de corporaties en het Huurdersplatform hebben gemaakt." % d["bouw"]),
           P("Ik dank alle betrokkenen voor de constructieve gesprekken."),
           P("%s, wethouder Wonen" % d["weth"]), Spacer(1, 10), Heading("Inhoud", "h2")]
    toc = ["Samenvatting", "1 Inleiding"] + [CHAPTERS[year][c] for c in "ABCDE"] + ["7 Slotbepalingen", "Ondertekening", "Bijlagen"]
    rows = [[P(t, "toc"), P(str(heading_pages.get(t, "")), "toc")] for t in toc]
    tt = Table(rows, colWidths=[380, 40])
    tt.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    st += [tt, PageBreak()]
    # samenvatting
    st += [Heading("Samenvatting"),
           P("De belangrijkste punten uit deze afspraken voor %d zijn hieronder op een rij gezet. Deze samenvatting is bedoeld als leeshulp; de afspraken zelf staan in de hoofdstukken 2 tot en met 6." % year)]
    for b in SAMENVATTING[year]:
        st.append(Paragraph(b, ss["bullet"], bulletText="\u2022"))
    st += [Spacer(1, 8), Heading("1 Inleiding"),
           P("Gemeente, corporaties en huurdersorganisatie maken ieder jaar afspraken over de volkshuisvesting in Wolfsmeer, op basis van de woonvisie, de biedingen van de corporaties en de regionale woondeal. Deze afspraken gelden voor het kalenderjaar %d." % year),
           Heading("Leeswijzer", "h2"),
           P("De afspraken zijn per thema in een tabel opgenomen. De kolom Afspraak %d bevat de afspraak voor dit jaar. De kolom Stand van zaken %d geeft weer wat in het afgelopen jaar is gerealiseerd en is uitsluitend ter informatie; deze kolom maakt geen deel uit van de afspraak. Een afspraak die voor het eerst is opgenomen, is in die kolom als nieuw aangeduid. De kolom Trekker noemt de partij die verantwoordelijk is voor de uitvoering." % (year, year - 1)),
           Heading("Kerncijfers", "h2")]
    v = d["voorraad"]
    kc = [["Kerncijfer", "Heidekant", "Elsgroen Wonen"],
          ["Woningen in Wolfsmeer (1 januari %d)" % year, "{:,}".format(v[0]).replace(",", "."), "{:,}".format(v[1]).replace(",", ".")],
          ["Gemiddeld energielabel", d["label"][0], d["label"][1]],
          ["Meldingen vroegsignalering %d (totaal)" % (year - 1), str(d["achter"][0]), ""],
          ["Huisuitzettingen wegens huurachterstand %d" % (year - 1), str(d["achter"][1]), ""],
          ["Gemiddelde inschrijfduur starters %d" % (year - 1), ("%.1f jaar" % d["wacht"]).replace(".", ","), ""]]
    kt = Table(kc, colWidths=[250, 90, 90])
    kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9ec"))]))
    st += [kt, NextPageTemplate("land"), PageBreak()]
    # theme tables
    for ch in "ABCDE":
        head = CHAPTERS[year][ch]
        st += [CondPageBreak(170), Heading(head), P(INTRO[ch])]
        hdr = [P("Nr", "cellh"), P("Afspraak %d" % year, "cellh"), P("Stand van zaken %d" % (year - 1), "cellh"),
               P("Trekker", "cellh")]
        rows = [hdr]
        for i, key in enumerate(ORDER[year][ch], 1):
            ver = AF[key]["v"][year]
            tr = ver.get("tr", AF[key]["trekker"])
            rows.append([P(str(i), "cell"), P(ver["t"], "cell"), P(ver["s"], "cell"), P(tr, "cell")])
        t = Table(rows, colWidths=COLW, repeatRows=1)
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e5a")),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a9aa2")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f6f7")]),
        ]))
        st += [t, Spacer(1, 14)]
    st += [NextPageTemplate("portrait"), PageBreak()]
    # closing
    st += [Heading("7 Slotbepalingen"),
           Heading("Looptijd", "h2"),
           P("Deze afspraken gelden van 1 januari tot en met 31 december %d. Afspraken die aan het einde van het jaar niet zijn uitgevoerd, worden betrokken bij het opstellen van de afspraken voor %d." % (year, year + 1)),
           Heading("Geschillen", "h2"),
           P("Bij een verschil van inzicht over de uitleg of uitvoering van deze afspraken treden partijen eerst met elkaar in overleg. Leidt dat niet tot een oplossing, dan kan iedere partij het geschil voorleggen aan de Geschillencommissie Volkshuisvesting, zoals bedoeld in de Woningwet."),
           Heading("Wijzigingen", "h2"),
           P("Wijzigingen in deze afspraken zijn alleen geldig als alle partijen daarmee schriftelijk instemmen. Bij ingrijpende wijzigingen in wet- of regelgeving of in de financiële positie van een partij kan iedere partij om heroverweging vragen."),
           Heading("Ondertekening"),
           P("Aldus overeengekomen en ondertekend te Wolfsmeer op %s." % d["date"])]
    s = d["sign"]
    sig = [[P("Gemeente Wolfsmeer<br/><br/><br/>%s<br/>wethouder Wonen" % d["weth"], "small"),
            P("Woonstichting Heidekant<br/><br/><br/>%s<br/>directeur-bestuurder" % s[0], "small")],
           [P("Elsgroen Wonen<br/><br/><br/>%s<br/>bestuurder" % s[1], "small"),
            P("Huurdersplatform Wolfsmeer<br/><br/><br/>%s, voorzitter<br/>%s, secretaris" % (s[2], s[3]), "small")]]
    sg = Table(sig, colWidths=[230, 230])
    sg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 18)]))
    st += [sg, Heading("Bijlagen"),
           P("Bijlage 1. Nieuwbouwprogramma per project %d-%d (afzonderlijk document)." % (year, year + 4)),
           P("Bijlage 2. Biedingen van Woonstichting Heidekant en Elsgroen Wonen (juni %d)." % (year - 1)),
           P("Bijlage 3. Begrippenlijst.")]
    return st


def build_pdf(year, path):
    # pass 1: page numbers of headings and total pages
    hp, total = {}, 0
    for _ in range(2):
        doc = Doc(path, year, total)
        doc.build(story(year, hp))
        hp, total = doc.heading_pages, doc.page
    doc = Doc(path, year, total)
    doc.build(story(year, hp))
    return total


def norm(s):
    s = re.sub(r"-\n(?=\w)", "", s)
    return re.sub(r"\s+", " ", s).strip()


def page_texts(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            if pg.width > pg.height:
                crop = pg.crop((AFSPRAAK_X0, 0, AFSPRAAK_X1, pg.height))
                out.append(norm(crop.extract_text() or ""))
            else:
                out.append(norm(pg.extract_text() or ""))
    return out


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    docs = {}
    for year in YEARS:
        did = "%s-%d" % (FAMILY, year)
        path = os.path.join(OUT, "pdf", did + ".pdf")
        total = build_pdf(year, path)
        pts = page_texts(path)
        afs = []
        for ch in "ABCDE":
            for i, key in enumerate(ORDER[year][ch], 1):
                a = AF[key]
                ver = a["v"][year]
                page = next((n + 1 for n, t in enumerate(pts) if ver["t"] in t), None)
                if page is None:
                    raise SystemExit("text not found: %s %d" % (key, year))
                afs.append({"key": key, "number": str(i), "section": CHAPTERS[year][ch], "party": None,
                            "theme": a["themes"][0], "themes": a["themes"], "page": page, "text": ver["t"],
                            "trekker": ver.get("tr", a["trekker"]), "planning": None,
                            "attributes": {"stand_van_zaken": ver["s"]}, "frame": ver["f"]})
        gold = {"document": {"id": did, "family": FAMILY, "type": "prestatieafspraken", "year": year,
                             "years": [year], "gemeente": GEMEENTE, "gemeenten": [GEMEENTE], "corporaties": CORPS,
                             "huurdersorganisaties": HUURDERS, "pages": total, "layout": LAYOUT},
                "afspraken": afs}
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        docs[year] = gold
    for (y0, y1), spec in PAIRS.items():
        old = {a["key"]: a for a in docs[y0]["afspraken"]}
        new = {a["key"]: a for a in docs[y1]["afspraken"]}
        links = []
        seen = set()
        for key in [a["key"] for a in docs[y0]["afspraken"]] + [a["key"] for a in docs[y1]["afspraken"]]:
            if key in seen:
                continue
            seen.add(key)
            if key in old and key in new and old[key]["text"] == new[key]["text"]:
                assert key not in spec, ("identical text but spec", key, y0)
                links.append({"old": key, "new": key, "status": "unchanged", "kinds": [], "hard_negative": None})
                continue
            status, kinds, hn = spec[key]
            if status == "new":
                assert key not in old and key in new, key
            elif status == "dropped":
                assert key in old and key not in new, key
            else:
                assert key in old and key in new, key
            links.append({"old": key if key in old else None, "new": key if key in new else None,
                          "status": status, "kinds": kinds, "hard_negative": hn})
        for key in spec:
            assert key in seen, ("spec key not in docs", key)
        pid = "%s-%d__%s-%d" % (FAMILY, y0, FAMILY, y1)
        with open(os.path.join(OUT, "gold", "pairs", pid + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"old": "%s-%d" % (FAMILY, y0), "new": "%s-%d" % (FAMILY, y1), "links": links}, fh,
                      ensure_ascii=False, indent=1)
    print("built", ", ".join("%s-%d (%d p, %d afspraken)" % (FAMILY, y, docs[y]["document"]["pages"],
                                                          len(docs[y]["afspraken"])) for y in YEARS))


if __name__ == "__main__":
    main()
