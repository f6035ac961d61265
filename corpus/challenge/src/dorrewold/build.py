# -*- coding: utf-8 -*-
"""Build the dorrewold family: 3 yearly prestatieafspraken (2025-2027), grouped per party.

Run from /work/main:  .venv/bin/python corpus/challenge/src/dorrewold/build.py
"""
import io
import json
import os
import sys

from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, NextPageTemplate, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
from data import SAME, YEARS, CORPS, HUURDERS  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "dorrewold"
LAYOUT = "per-partij-hangende-nummering"

CHAPTERS = [("G", "Gezamenlijke afspraken", None),
            ("M", "Afspraken gemeente Dorrewold", "Gemeente Dorrewold"),
            ("V", "Afspraken Woonstichting Veldhof", "Woonstichting Veldhof"),
            ("O", "Afspraken Woongoed Oostrand", "Woongoed Oostrand"),
            ("H", "Afspraken huurdersorganisaties", "Huurdersorganisaties")]
THEME_ORDER = [data.B, data.D, data.K, data.L, data.O]


def subname(theme, year):
    return {data.B: "Beschikbaar en betaalbaar wonen",
            data.D: "Energietransitie en klimaat",
            data.K: "Goed en gezond wonen",
            data.L: "Leefbare buurten" if year < 2027 else "Prettig wonen in de wijk",
            data.O: "Samenwerking en proces"}[theme]


# ------------------------------------------------------------------ styles
BASE = ParagraphStyle("base", fontName="Times-Roman", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY,
                      spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8,
                    textColor=colors.HexColor("#1d4e5f"))
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=5,
                    textColor=colors.HexColor("#1d4e5f"))
NUM = ParagraphStyle("num", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5, alignment=TA_LEFT,
                     textColor=colors.HexColor("#1d4e5f"))
ATXT = ParagraphStyle("atxt", parent=BASE, spaceAfter=0)
MON = ParagraphStyle("mon", fontName="Times-Italic", fontSize=9.5, leading=12, alignment=TA_LEFT)
STA = ParagraphStyle("sta", fontName="Helvetica", fontSize=8.5, leading=11, alignment=TA_LEFT,
                     textColor=colors.HexColor("#555555"))
SMALL = ParagraphStyle("small", parent=BASE, fontSize=9.5, leading=12, alignment=TA_LEFT, spaceAfter=2)
COVER1 = ParagraphStyle("c1", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_CENTER,
                        textColor=colors.HexColor("#1d4e5f"))
COVER2 = ParagraphStyle("c2", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_CENTER)

PAGES = {}


class Heading(Paragraph):
    def __init__(self, text, style, tag):
        Paragraph.__init__(self, text, style)
        self._tag = tag

    def draw(self):
        PAGES[self._tag] = self.canv.getPageNumber()
        Paragraph.draw(self)


class ATable(Table):
    """One afspraak: hanging number column + text block; never split, records its page."""

    def __init__(self, key, *a, **kw):
        Table.__init__(self, *a, **kw)
        self._key = key

    def split(self, aW, aH):
        return []

    def draw(self):
        PAGES[self._key] = self.canv.getPageNumber()
        Table.draw(self)


def resolve(a, y):
    v = a["y"].get(y)
    if v is SAME:
        prev = resolve(a, y - 1)
        return dict(prev, st=None)
    return v


def chapter_of(a, y):
    return a["ch"][y] if isinstance(a["ch"], dict) else a["ch"]


def doc_afspraken(y):
    out = []
    for code, title, party in CHAPTERS:
        for th in THEME_ORDER:
            for a in data.AFS:
                if y in a["y"] and chapter_of(a, y) == code and a["theme"] == th:
                    out.append((code, th, a, resolve(a, y)))
    return out


# ------------------------------------------------------------------ context texts
def intro(y):
    p = y - 1
    return [
        ("Aanleiding en beleidskader",
         [f"Deze prestatieafspraken zijn gemaakt door de gemeente Dorrewold, Woonstichting Veldhof en Woongoed "
          f"Oostrand en de huurdersorganisaties {HUURDERS[0]} en {HUURDERS[1]}. Zij gelden voor het kalenderjaar "
          f"{y} en vormen de uitwerking van de woonvisie Dorrewold 2023-2030, die door de gemeenteraad in het "
          f"voorjaar van 2023 is vastgesteld. Het bod dat beide corporaties in juni {p} hebben uitgebracht, is "
          f"het vertrekpunt geweest voor de gesprekken aan de tripartiete tafel.",
          "De opgave in Dorrewold wordt in belangrijke mate bepaald door afspraken die op regionaal en nationaal "
          "niveau zijn gemaakt. In de regionale woondeal is vastgelegd hoeveel woningen in de regio tot 2030 "
          "moeten worden toegevoegd en welk deel daarvan betaalbaar moet zijn. Daarnaast heeft het Rijk met de "
          "Nationale Prestatieafspraken doelen gesteld voor de verduurzaming van de voorraad, de betaalbaarheid "
          "van de huren en de bouw van sociale huurwoningen. Partijen hebben deze kaders vertaald naar wat in "
          "Dorrewold haalbaar en nodig is."]),
        (f"Terugblik op {p}",
         [{2025: "In 2024 werden in Dorrewold 58 sociale huurwoningen opgeleverd, waarvan 42 door Woonstichting "
                 "Veldhof en 16 door Woongoed Oostrand. De gemiddelde inschrijfduur van woningzoekenden die een "
                 "woning accepteerden, liep op tot 4,6 jaar. Er werden 131 woningen verbeterd naar label B of "
                 "beter en er vonden 4 huisuitzettingen plaats.",
           2026: "In 2025 werden 96 sociale huurwoningen opgeleverd, het hoogste aantal in tien jaar; het plan "
                 "Molenakker leverde daarvan het grootste deel. De inschrijfduur daalde licht naar 4,4 jaar. "
                 "Beide corporaties verbeterden samen 131 woningen naar label B of beter. De vertraging bij het "
                 "uitvoeringsplan voor Kloosterveld werd in het bestuurlijk overleg uitvoerig besproken.",
           2027: "In 2026 werden 64 sociale huurwoningen opgeleverd, waarmee het plan Molenakker werd afgerond. "
                 "De inschrijfduur bleef met 4,4 jaar gelijk. Het aantal huisuitzettingen daalde naar 1 en "
                 "Woonstichting Veldhof had eind 2026 geen woningen met label E, F of G meer in bezit. De bouw "
                 "van de seniorenappartementen in de Oude Veiling is in september gestart."}[y],
          "Een volledig overzicht van de stand van zaken per afspraak is opgenomen in de monitor in bijlage 2. "
          "Waar een afspraak uit het vorige jaar is voortgezet, is de status daarvan onder de afspraak vermeld."]),
    ]


KERN = {
    2025: [("Sociale huurwoningen Woonstichting Veldhof", "2.412"), ("Sociale huurwoningen Woongoed Oostrand", "1.187"),
           ("Gemiddelde inschrijfduur (jaar)", "4,6"), ("Huishoudens met huurachterstand > 2 maanden", "61"),
           ("Woningen met label E, F of G", "118")],
    2026: [("Sociale huurwoningen Woonstichting Veldhof", "2.476"), ("Sociale huurwoningen Woongoed Oostrand", "1.205"),
           ("Gemiddelde inschrijfduur (jaar)", "4,4"), ("Huishoudens met huurachterstand > 2 maanden", "54"),
           ("Woningen met label E, F of G", "57")],
    2027: [("Sociale huurwoningen Woonstichting Veldhof", "2.531"), ("Sociale huurwoningen Woongoed Oostrand", "1.214"),
           ("Gemiddelde inschrijfduur (jaar)", "4,4"), ("Huishoudens met huurachterstand > 1 maand", "88"),
           ("Woningen met label E, F of G", "9")],
}

CH_INTRO = {
    "G": "In dit hoofdstuk staan de afspraken waarvoor gemeente, corporaties en huurdersorganisaties gezamenlijk "
         "verantwoordelijk zijn. Het gaat vooral om onderwerpen waarbij geen van de partijen het resultaat alleen "
         "kan bereiken.",
    "M": "De gemeente levert met haar grondbeleid, de huisvestingsverordening en de inzet in het sociaal domein een "
         "eigen bijdrage aan de volkshuisvestelijke opgave. De afspraken hieronder beschrijven die inzet.",
    "V": "Woonstichting Veldhof is met ruim 2.400 woningen de grootste verhuurder in Dorrewold. Haar bijdrage is "
         "ontleend aan het bod van juni {p} en aan de portefeuillestrategie die in {p} is geactualiseerd.",
    "O": "Woongoed Oostrand heeft haar bezit vooral in de kernen Wolderbroek en Hessing. Het bod van juni {p} "
         "vormt de basis voor de afspraken in dit hoofdstuk.",
    "H": "De huurdersorganisaties vertegenwoordigen de huurders van beide corporaties. Zij zijn volwaardig partij "
         "bij deze afspraken en nemen ook zelf een aantal taken op zich.",
}

SLOT = [
    ("Looptijd", "Deze afspraken gelden van 1 januari {y} tot en met 31 december {y}. Afspraken die een langere "
                 "doorlooptijd hebben, worden bij de totstandkoming van de afspraken voor {y1} opnieuw bezien."),
    ("Monitoring en verantwoording", "De voortgang wordt halfjaarlijks vastgelegd in de gezamenlijke monitor. "
                 "De corporaties leveren daarvoor hun gegevens aan vóór de vergadering van het bestuurlijk "
                 "overleg; de gemeente verzorgt de verslaglegging. De gemeenteraad wordt met een "
                 "raadsinformatiebrief over de uitkomsten geïnformeerd."),
    ("Wijzigingen en geschillen", "Wanneer omstandigheden wijzigen, kan elke partij om heroverweging van een "
                 "afspraak vragen. Komen partijen er in onderling overleg niet uit, dan kan het geschil op grond van "
                 "de Woningwet aan de minister worden voorgelegd, nadat eerst bemiddeling is beproefd."),
]

SIGN = [("Gemeente Dorrewold", "mw. A.C. Brinkhorst", "wethouder Wonen"),
        ("Woonstichting Veldhof", "dhr. R.J. Wessels", "directeur-bestuurder"),
        ("Woongoed Oostrand", "mw. H. Tjoelker", "bestuurder"),
        ("Huurdersbelang Veldhof", "dhr. K. Oudejans", "voorzitter"),
        ("Huurdersraad Oostrand", "mw. S. El Amrani", "voorzitter")]

SIGN_DATE = {2025: "11 december 2024", 2026: "10 december 2025", 2027: "9 december 2026"}

BIJLAGEN = ["Bijlage 1  Nieuwbouwprogramma per project {y}-{y4}",
            "Bijlage 2  Monitor prestatieafspraken {p}",
            "Bijlage 3  Overzicht inkomensgrenzen en huurgrenzen {y}",
            "Bijlage 4  Begrippenlijst"]


# ------------------------------------------------------------------ rendering
def story_for(y, toc_pages):
    s = []
    s.append(Spacer(1, 60 * mm))
    s.append(Paragraph("Prestatieafspraken", COVER1))
    s.append(Paragraph(f"Dorrewold {y}", COVER1))
    s.append(Spacer(1, 14 * mm))
    s.append(Paragraph("Gemeente Dorrewold", COVER2))
    s.append(Paragraph(f"{CORPS[0]} &nbsp;|&nbsp; {CORPS[1]}", COVER2))
    s.append(Paragraph(f"{HUURDERS[0]} &nbsp;|&nbsp; {HUURDERS[1]}", COVER2))
    s.append(Spacer(1, 30 * mm))
    s.append(Paragraph(f"Vastgesteld in het bestuurlijk overleg van {SIGN_DATE[y]}", COVER2))
    s.append(NextPageTemplate("body"))
    s.append(PageBreak())

    # inhoud
    s.append(Paragraph("Inhoud", H1))
    rows = []
    toc = [("1", "Inleiding")] + [(str(i + 2), t) for i, (_, t, _) in enumerate(CHAPTERS)] + \
          [("7", "Looptijd, monitoring en geschillen"), ("", "Ondertekening"), ("", "Bijlagen")]
    for n, t in toc:
        rows.append([n, t, str(toc_pages.get("ch:" + t, ""))])
    tt = Table(rows, colWidths=[12 * mm, 120 * mm, 20 * mm])
    tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s.append(tt)
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("Leeswijzer", H2))
    s.append(Paragraph(
        "De afspraken zijn ingedeeld naar de partij die de afspraak uitvoert. Hoofdstuk 2 bevat de afspraken die "
        "partijen samen maken; de hoofdstukken 3 tot en met 6 bevatten de afspraken per partij. Binnen elk "
        "hoofdstuk zijn de afspraken geordend naar thema en per hoofdstuk doorlopend genummerd. Onder een aantal "
        "afspraken is cursief aangegeven hoe de voortgang wordt gemeten; bij afspraken die uit het vorige jaar "
        "zijn voortgezet, is in klein schrift de status van dat jaar vermeld. Deze toelichtingen maken geen deel "
        "uit van de afspraak zelf.", BASE))
    s.append(PageBreak())

    # 1 inleiding
    s.append(Heading("1 Inleiding", H1, "ch:Inleiding"))
    for i, (h, paras) in enumerate(intro(y)):
        s.append(Paragraph(f"1.{i + 1} {h}", H2))
        for ptxt in paras:
            s.append(Paragraph(ptxt, BASE))
    s.append(Paragraph("1.3 Kerncijfers", H2))
    kr = [["Indicator", f"1 januari {y}"]] + [[a, b] for a, b in KERN[y]]
    kt = Table(kr, colWidths=[110 * mm, 35 * mm])
    kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1d4e5f")),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    s.append(kt)
    s.append(Paragraph("Bron: jaarverslagen corporaties en registratie woonruimteverdeling.", SMALL))

    gold = []
    items = doc_afspraken(y)
    for ci, (code, title, party) in enumerate(CHAPTERS):
        chn = ci + 2
        s.append(PageBreak())
        s.append(Heading(f"{chn} {title}", H1, "ch:" + title))
        s.append(Paragraph(CH_INTRO[code].format(p=y - 1), BASE))
        num = 0
        sub_i = 0
        for th in THEME_ORDER:
            its = [it for it in items if it[0] == code and it[1] == th]
            if not its:
                continue
            sub_i += 1
            sh = f"{chn}.{sub_i} {subname(th, y)}"
            s.append(CondPageBreak(30 * mm))
            s.append(Paragraph(sh, H2))
            for _, _, a, v in its:
                num += 1
                rows = [[Paragraph(str(num), NUM), Paragraph(v["text"], ATXT)]]
                attrs = {}
                if v.get("mon"):
                    rows.append(["", Paragraph("Monitoring: " + v["mon"], MON)])
                    attrs["monitoring"] = v["mon"]
                if v.get("st"):
                    rows.append(["", Paragraph(f"Status {y - 1}: " + v["st"], STA)])
                    attrs["status"] = v["st"]
                t = ATable(a["key"], rows, colWidths=[16 * mm, 144 * mm])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                       ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]))
                s.append(t)
                gold.append({"key": a["key"], "number": str(num),
                             "section": f"{chn} {title} > {sh}", "party": party,
                             "theme": a["theme"], "themes": a["themes"], "page": None, "text": v["text"],
                             "trekker": None, "planning": None, "attributes": attrs, "frame": v["frame"]})

    # slot
    s.append(PageBreak())
    s.append(Heading("7 Looptijd, monitoring en geschillen", H1, "ch:Looptijd, monitoring en geschillen"))
    for i, (h, t) in enumerate(SLOT):
        s.append(Paragraph(f"7.{i + 1} {h}", H2))
        s.append(Paragraph(t.format(y=y, y1=y + 1), BASE))
    s.append(Spacer(1, 6 * mm))
    s.append(Heading("Ondertekening", H1, "ch:Ondertekening"))
    s.append(Paragraph(f"Aldus overeengekomen en ondertekend te Dorrewold op {SIGN_DATE[y]}.", BASE))
    srows = []
    for org, name, fn in SIGN:
        srows.append([Paragraph(f"<b>{org}</b><br/>{name}<br/>{fn}", SMALL), Paragraph("handtekening: ______________", SMALL)])
    st = Table(srows, colWidths=[85 * mm, 70 * mm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    s.append(st)
    s.append(Spacer(1, 6 * mm))
    s.append(Heading("Bijlagen", H1, "ch:Bijlagen"))
    for b in BIJLAGEN:
        s.append(Paragraph(b.format(y=y, y4=y + 4, p=y - 1), SMALL))
    s.append(Paragraph("De bijlagen zijn als afzonderlijke documenten beschikbaar via de websites van partijen.", SMALL))
    return s, gold


def render(y, toc_pages, total):
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                          bottomMargin=22 * mm, title=f"Prestatieafspraken Dorrewold {y}", author="Dorrewold",
                          invariant=1)
    W, H = A4

    def body(c, d):
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(22 * mm, H - 14 * mm, f"Prestatieafspraken Dorrewold {y}")
        c.drawRightString(W - 22 * mm, H - 14 * mm, "Gemeente, corporaties en huurdersorganisaties")
        c.line(22 * mm, H - 16 * mm, W - 22 * mm, H - 16 * mm)
        c.drawRightString(W - 22 * mm, 12 * mm, f"Pagina {c.getPageNumber()} van {total or '?'}")
        c.restoreState()

    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("cover", [fr]), PageTemplate("body", [fr], onPage=body)])
    PAGES.clear()
    story, gold = story_for(y, toc_pages)
    doc.build(story)
    return buf.getvalue(), dict(PAGES), gold


def build_doc(y):
    _, pages, _ = render(y, {}, 0)
    total = max(pages.values())
    for _ in range(2):
        pdf, pages2, gold = render(y, pages, total)
        import pdfplumber
        with pdfplumber.open(io.BytesIO(pdf)) as p:
            n = len(p.pages)
        if pages2 == pages and n == total:
            break
        pages, total = pages2, n
    for g in gold:
        g["page"] = pages2[g["key"]]
    return pdf, gold, total


def link_of(spec, ok, nk):
    code, _, rest = spec.partition(":")
    st = {"U": "unchanged", "R": "reworded", "S": "strengthened", "W": "weakened", "M": "modified"}[code]
    kinds, hn = [], None
    if code == "R":
        hn = None if rest in ("", "-") else rest
    elif code in "SWM":
        kinds = rest.split(",")
    return {"old": ok, "new": nk, "status": st, "kinds": kinds, "hard_negative": hn}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for y in YEARS:
        pdf, gold, total = build_doc(y)
        did = f"{FAMILY}-{y}"
        with open(os.path.join(OUT, "pdf", did + ".pdf"), "wb") as f:
            f.write(pdf)
        doc = {"document": {"id": did, "family": FAMILY, "type": "prestatieafspraken", "year": y, "years": [y],
                            "gemeente": "Dorrewold", "gemeenten": ["Dorrewold"], "corporaties": CORPS,
                            "huurdersorganisaties": HUURDERS, "pages": total, "layout": LAYOUT},
               "afspraken": gold}
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        golds[y] = gold
        print(did, total, "pages", len(gold), "afspraken", len(pdf) // 1024, "KB")
    for yo, yn in zip(YEARS, YEARS[1:]):
        okeys = {g["key"]: g for g in golds[yo]}
        nkeys = {g["key"]: g for g in golds[yn]}
        links = []
        for a in data.AFS:
            k = a["key"]
            if k in okeys and k in nkeys:
                l = link_of(a["p"][yn], k, k)
                same = okeys[k]["text"] == nkeys[k]["text"]
                assert same == (l["status"] == "unchanged"), (k, yn, same, l["status"])
                links.append(l)
            elif k in okeys:
                links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
            elif k in nkeys:
                links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
        pid = f"{FAMILY}-{yo}__{FAMILY}-{yn}"
        with open(os.path.join(OUT, "gold", "pairs", pid + ".json"), "w", encoding="utf-8") as f:
            json.dump({"old": f"{FAMILY}-{yo}", "new": f"{FAMILY}-{yn}", "links": links}, f, ensure_ascii=False,
                      indent=1)


if __name__ == "__main__":
    main()
