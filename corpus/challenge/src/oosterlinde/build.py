# -*- coding: utf-8 -*-
"""Build the oosterlinde family (layout "afspraakkaarten") of the afspraken challenge corpus.

Run from /work/main:  .venv/bin/python corpus/challenge/src/oosterlinde/build.py
Writes corpus/challenge/test/pdf/oosterlinde-<year>.pdf, gold JSON and pair JSON.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as CT  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)

FAMILY = "oosterlinde"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
YEARS = [2024, 2025, 2026]
LAYOUT = "afspraakkaarten"

SHADE = colors.HexColor("#dbe4ee")
ST = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=30, alignment=TA_CENTER),
    "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=14, leading=19, alignment=TA_CENTER),
    "center": ParagraphStyle("center", fontName="Helvetica", fontSize=11, leading=15, alignment=TA_CENTER),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=7),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4),
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=6),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=16),
    "lab": ParagraphStyle("lab", fontName="Helvetica-Bold", fontSize=9, leading=12),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12.5),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5),
    "celli": ParagraphStyle("celli", fontName="Helvetica-Oblique", fontSize=8.5, leading=11),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12),
}


class Marker(Flowable):
    """Zero-size flowable that records the page on which it is drawn."""

    def __init__(self, store, key):
        super().__init__()
        self.store, self.key = store, key
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.store[self.key] = self.canv.getPageNumber()


# ------------------------------------------------------------------ context prose per year
PREV = {2024: 2023, 2025: 2024, 2026: 2025}
SIGNED = {2024: "12 december 2023", 2025: "10 december 2024", 2026: "11 december 2025"}
WETHOUDER = {2024: "mw. M.J. van Dalsum", 2025: "mw. M.J. van Dalsum", 2026: "dhr. R.K. Tuinstra"}
TERUG = {
    2024: ("In 2023 werden in Oosterlinde 71 sociale huurwoningen opgeleverd, veertien minder dan in de "
           "prestatieafspraken was beoogd. De corporaties verbeterden 96 woningen met een energielabel E, F of G. "
           "De gemiddelde inschrijfduur van starters bedroeg bij toewijzing 4,6 jaar. Er vonden zes huisuitzettingen "
           "wegens huurachterstand plaats en er werden 61 vergunninghouders gehuisvest, waarmee de taakstelling "
           "werd gehaald."),
    2025: ("In 2024 zijn 79 sociale huurwoningen opgeleverd, waarvan 54 in Lindehof en 25 in de Stationsbuurt. "
           "Van de 140 woningen met een E-, F- of G-label die in 2024 zouden worden verbeterd, zijn er 78 "
           "aangepakt. De gemiddelde inschrijfduur van starters liep op tot 4,8 jaar. Het aantal huisuitzettingen "
           "daalde naar drie, en 55 van de 58 te huisvesten vergunninghouders kregen een woning toegewezen. Het "
           "onderzoek naar een verhuisregeling voor senioren werd in het najaar afgerond."),
    2026: ("In 2025 werden 66 sociale huurwoningen opgeleverd. De laatste 62 woningen met een E-, F- of G-label "
           "werden verbeterd, zodat de corporaties sinds december 2025 geen woningen met deze labels meer "
           "verhuren. De gemiddelde inschrijfduur van starters daalde naar 4,3 jaar, onder meer door de loting. "
           "Er vonden twee huisuitzettingen plaats en 66 vergunninghouders werden gehuisvest. De evaluatie van de "
           "woonvisie is in juni 2025 aan de gemeenteraad aangeboden en de ontmoetingsruimte in Hof van Oost wordt "
           "inmiddels door de bewoners zelf beheerd."),
}
KERN = {  # (Eikenrode, Oostergoed, inschrijfduur, woningzoekenden, huurachterstand >2 mnd)
    2024: ("3.412", "2.286", "4,6 jaar", "5.130", "184"),
    2025: ("3.448", "2.301", "4,8 jaar", "5.402", "161"),
    2026: ("3.470", "2.339", "4,3 jaar", "5.377", "139"),
}
CH_INTRO = {
    2: ("De vraag naar betaalbare huurwoningen in Oosterlinde blijft groter dan het aanbod. De Woonvisie "
        "Oosterlinde 2022-2030 gaat uit van een groei van de sociale voorraad met ongeveer vijfhonderd woningen "
        "tot 2030, en in de regionale woondeal is afgesproken dat twee derde van de nieuwbouw betaalbaar is. "
        "In dit hoofdstuk staan de afspraken over nieuwbouw, verkoop, huurbeleid, toewijzing en de huisvesting "
        "van bijzondere doelgroepen."),
    3: ("De Nationale Prestatieafspraken vragen dat corporaties uiterlijk eind 2028 geen woningen met een "
        "energielabel E, F of G meer verhuren en dat woningen stap voor stap aardgasvrij worden gemaakt. In "
        "Oosterlinde geeft de Transitievisie Warmte de volgorde van de wijken aan; de wijk Lindehof is als "
        "eerste aangewezen voor een warmtenet. Tegelijk zorgt netcongestie voor vertraging bij volledig "
        "elektrische oplossingen."),
    4: ("Huurders hebben recht op een gezonde, veilige en goed onderhouden woning. Daarnaast neemt het aantal "
        "ouderen in Oosterlinde tot 2035 met ruim een derde toe, waardoor de vraag naar toegankelijke en "
        "zorggeschikte woningen groeit. De afspraken in dit hoofdstuk gaan over onderhoud, vocht en schimmel, "
        "toegankelijkheid en wonen met zorg."),
    5: ("Uit de leefbaarheidsmonitor blijkt dat de meeste wijken in Oosterlinde voldoende scoren, maar dat in "
        "delen van de Kanaalzijde en Oosterveld sprake is van een opeenstapeling van problemen. Partijen werken "
        "daar samen met het wijkteam, de politie en welzijnsorganisaties."),
    6: ("De afspraken worden uitgevoerd binnen de overlegstructuur die partijen in 2022 hebben vastgesteld: een "
        "bestuurlijk overleg, een ambtelijk werkoverleg en een jaarlijkse bijeenkomst met de achterban van de "
        "huurdersorganisaties. De afspraken in dit hoofdstuk betreffen monitoring, de jaarlijkse cyclus en de "
        "positie van de huurdersorganisaties."),
}


def cover(year):
    f = [Spacer(1, 5 * cm),
         Paragraph("Prestatieafspraken %d" % year, ST["title"]), Spacer(1, 14),
         Paragraph("Gemeente Oosterlinde", ST["sub"]), Spacer(1, 40),
         Paragraph("gemaakt tussen", ST["center"]), Spacer(1, 8)]
    for p in ["Gemeente Oosterlinde"] + CT.CORPORATIES + CT.HUURDERS:
        f.append(Paragraph(p, ST["center"]))
    f += [Spacer(1, 60), Paragraph("Vastgesteld in het bestuurlijk overleg van %s" % SIGNED[year], ST["center"]),
          PageBreak()]
    return f


def toc(year, chpages):
    rows = [("1", "Inleiding")] + [(str(n), CT.CHAPTERS[year][n]) for n in sorted(CT.CHAPTERS[year])] + \
        [("7", "Slotbepalingen en ondertekening"), ("", "Bijlage 1 Nieuwbouwprogramma")]
    data = []
    for n, t in rows:
        key = "ch" + (n or "b1")
        data.append([Paragraph(n, ST["toc"]), Paragraph(t, ST["toc"]), Paragraph(str(chpages.get(key, "")), ST["toc"])])
    tab = Table(data, colWidths=[1.2 * cm, 12.8 * cm, 2 * cm])
    tab.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    lees = ("Deze prestatieafspraken zijn opgebouwd uit afspraakkaarten. Elke kaart bevat een nummer, de afspraak "
            "zelf, de partij die het initiatief neemt (wie) en het moment waarop de afspraak gereed moet zijn "
            "(wanneer). Waar nodig is een toelichting opgenomen; die toelichting maakt geen deel uit van de "
            "afspraak. De nummering van de kaarten volgt de hoofdstukken en kan daardoor per jaar verschillen.")
    return [Paragraph("Inhoudsopgave", ST["h1"]), tab, Spacer(1, 18), Paragraph("Leeswijzer", ST["h2"]),
            Paragraph(lees, ST["body"]), PageBreak()]


def intro(year, store):
    p = PREV[year]
    f = [Marker(store, "ch1"), Paragraph("1 Inleiding", ST["h1"]), Paragraph("1.1 Aanleiding en beleidskader", ST["h2"]),
         Paragraph("Gemeente Oosterlinde, %s en %s (de corporaties) en %s en %s (de huurdersorganisaties) maken "
                   "jaarlijks prestatieafspraken over de bijdrage van de corporaties aan het volkshuisvestingsbeleid "
                   "van de gemeente. Deze afspraken gelden voor het jaar %d. Zij bouwen voort op de Woonvisie "
                   "Oosterlinde 2022-2030, de regionale woondeal en de Nationale Prestatieafspraken die het Rijk in "
                   "2022 met Aedes, de Woonbond en de VNG heeft gesloten. De afspraken zijn tot stand gekomen op "
                   "basis van de biedingen die de corporaties vóór 1 juli %d hebben uitgebracht."
                   % (CT.CORPORATIES[0], CT.CORPORATIES[1], CT.HUURDERS[0], CT.HUURDERS[1], year, p), ST["body"]),
         Paragraph("De huurdersorganisaties zijn als gelijkwaardige partij betrokken geweest bij de voorbereiding. "
                   "Zij hebben hun achterban geraadpleegd via twee bewonersavonden en een digitale peiling, waarvan "
                   "de uitkomsten zijn verwerkt in de hoofdstukken over betaalbaarheid en woningkwaliteit.", ST["body"]),
         Paragraph("1.2 Terugblik op %d" % p, ST["h2"]), Paragraph(TERUG[year], ST["body"]),
         Paragraph("1.3 Kerncijfers", ST["h2"])]
    k = KERN[year]
    data = [["Kengetal", "Stand 1 januari %d" % year],
            ["Sociale huurwoningen Eikenrode", k[0]], ["Sociale huurwoningen Oostergoed Wonen", k[1]],
            ["Gemiddelde inschrijfduur starters", k[2]], ["Actief woningzoekenden", k[3]],
            ["Huishoudens met huurachterstand > 2 maanden", k[4]]]
    t = Table(data, colWidths=[10 * cm, 5 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    f += [t, Paragraph("Bron: jaarverslagen van de corporaties en het woonruimteverdeelsysteem, peildatum 1 januari %d." % year,
                       ST["small"]), PageBreak()]
    return f


def order_items(year):
    chs = {}
    for it in CT.ITEMS:
        if year in it["v"]:
            chs.setdefault(it["v"][year]["ch"], []).append(it)
    for ch, lst in chs.items():
        for key in CT.ORDER_LAST.get(year, []):
            m = [i for i in lst if i["key"] == key]
            if m:
                lst.remove(m[0]); lst.append(m[0])
        for a, b in CT.ORDER_BEFORE.get(year, []):
            ka = [i for i in lst if i["key"] == a]
            kb = [i for i in lst if i["key"] == b]
            if ka and kb:
                lst.remove(ka[0]); lst.insert(lst.index(kb[0]), ka[0])
    return chs


def card(num, v):
    rows = [[Paragraph("Nr", ST["lab"]), Paragraph(num, ST["cellb"])],
            [Paragraph("Afspraak", ST["lab"]), Paragraph(v["text"], ST["cell"])],
            [Paragraph("Wie", ST["lab"]), Paragraph(v["wie"], ST["cell"])],
            [Paragraph("Wanneer", ST["lab"]), Paragraph(v["wanneer"], ST["cell"])]]
    if v["toel"]:
        rows.append([Paragraph("Toelichting", ST["lab"]), Paragraph(v["toel"], ST["celli"])])
    t = Table(rows, colWidths=[2.6 * cm, 13.4 * cm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, colors.HexColor("#33485e")),
                           ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a9aab")),
                           ("BACKGROUND", (0, 0), (0, -1), SHADE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def chapters(year, store, gold, breaks):
    f = []
    chs = order_items(year)
    for ch in sorted(CT.CHAPTERS[year]):
        head = "%d %s" % (ch, CT.CHAPTERS[year][ch])
        f += [Marker(store, "ch%d" % ch), Paragraph(head, ST["h1"]), Paragraph(CH_INTRO[ch], ST["body"]), Spacer(1, 6)]
        for i, it in enumerate(chs.get(ch, []), 1):
            num = "%d.%d" % (ch, i)
            v = it["v"][year]
            if it["key"] in breaks:
                f.append(PageBreak())
            f.append(KeepTogether([Marker(store, it["key"]), card(num, v)]))
            f.append(Spacer(1, 16))
            attrs = {"toelichting": v["toel"]} if v["toel"] else {}
            gold.append({"key": it["key"], "number": num, "section": head, "party": None,
                         "theme": it["theme"], "themes": it["themes"], "page": None, "text": v["text"],
                         "trekker": v["wie"], "planning": v["wanneer"], "attributes": attrs, "frame": v["frame"]})
        if ch == 3 or ch == 5:
            f.append(PageBreak())
    return f


def closing(year, store):
    f = [PageBreak(), Marker(store, "ch7"), Paragraph("7 Slotbepalingen en ondertekening", ST["h1"]),
         Paragraph("7.1 Looptijd", ST["h2"]),
         Paragraph("Deze prestatieafspraken gelden van 1 januari %d tot en met 31 december %d. Afspraken met een "
                   "langere doorlooptijd worden in de prestatieafspraken voor %d opnieuw bezien." % (year, year, year + 1),
                   ST["body"]),
         Paragraph("7.2 Wijzigingen en bijzondere omstandigheden", ST["h2"]),
         Paragraph("Wanneer wet- en regelgeving van het Rijk of de financiële positie van een corporatie wezenlijk "
                   "verandert, kan elke partij de andere partijen om heroverweging van een afspraak vragen. "
                   "Wijzigingen worden schriftelijk vastgelegd en door alle partijen ondertekend. De begrote bedragen "
                   "van de corporaties gelden onder voorbehoud van goedkeuring van de begroting door hun Raden van "
                   "Commissarissen.", ST["body"]),
         Paragraph("7.3 Openbaarheid", ST["h2"]),
         Paragraph("De ondertekende prestatieafspraken worden gepubliceerd op de websites van de corporaties en de "
                   "gemeente en ter kennisname aan de gemeenteraad gezonden.", ST["body"]),
         Spacer(1, 10),
         Paragraph("Aldus overeengekomen en ondertekend te Oosterlinde op %s," % SIGNED[year], ST["body"]), Spacer(1, 8)]
    sig = [("Gemeente Oosterlinde", WETHOUDER[year], "wethouder Wonen"),
           (CT.CORPORATIES[0], "drs. P.L. Hoogendoorn", "directeur-bestuurder"),
           (CT.CORPORATIES[1], "ir. F.A. Kuipers", "directeur-bestuurder"),
           (CT.HUURDERS[0], "J. Brinkman-Ouali", "voorzitter"),
           (CT.HUURDERS[1], "H. de Wilde", "voorzitter")]
    cells = [[Paragraph("<b>%s</b><br/><br/><br/>______________________<br/>%s<br/>%s" % s, ST["small"]) for s in sig[i:i + 2]]
             for i in range(0, len(sig), 2)]
    cells[-1].append("")
    t = Table(cells, colWidths=[8 * cm, 8 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
    f += [t, PageBreak(), Marker(store, "chb1"), Paragraph("Bijlage 1 Nieuwbouwprogramma", ST["h1"])]
    proj = {2024: [("Lindehof fase 2", "Eikenrode", "60", "2024"), ("Stationsbuurt", "Oostergoed Wonen", "25", "2024"),
                   ("Lindehof fase 3", "Eikenrode", "60", "2026"), ("Kanaalzijde Noord", "Oostergoed Wonen", "35", "2025-2026")],
            2025: [("Lindehof fase 2 (rest)", "Eikenrode", "45", "2025"), ("Kanaalzijde Noord", "Oostergoed Wonen", "25", "2025"),
                   ("Lindehof fase 3", "Eikenrode", "60", "2026"), ("Molenakker", "Oostergoed Wonen", "30-40 (midden)", "2027")],
            2026: [("Lindehof fase 3", "Eikenrode", "60", "2026"), ("Kanaalzijde Noord", "Oostergoed Wonen", "35", "2026"),
                   ("Molenakker", "Oostergoed Wonen", "36 (midden)", "2027"), ("Molenweg (tijdelijk)", "Oostergoed Wonen", "24", "2026")]}
    data = [["Project", "Corporatie", "Aantal", "Oplevering"]] + [list(r) for r in proj[year]]
    t2 = Table(data, colWidths=[5.5 * cm, 4.5 * cm, 3 * cm, 3 * cm])
    t2.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey)]))
    f += [t2, Spacer(1, 10),
          Paragraph("Overige bijlagen (separaat gepubliceerd): Bijlage 2 Monitor prestatieafspraken %d; Bijlage 3 "
                    "Begrippenlijst." % PREV[year], ST["body"])]
    return f


def render(year, path, chpages, total, breaks=()):
    store, gold = {}, []

    def deco(canv, doc):
        n = canv.getPageNumber()
        if n == 1:
            return
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#4a5a6a"))
        canv.drawString(2.5 * cm, A4[1] - 1.3 * cm, "Prestatieafspraken Oosterlinde %d" % year)
        canv.drawRightString(A4[0] - 2.5 * cm, A4[1] - 1.3 * cm, "Gemeente | Eikenrode | Oostergoed Wonen | huurders")
        canv.line(2.5 * cm, 1.6 * cm, A4[0] - 2.5 * cm, 1.6 * cm)
        canv.drawRightString(A4[0] - 2.5 * cm, 1.1 * cm, "Pagina %d van %s" % (n, total or "?"))
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, invariant=1, title="Prestatieafspraken Oosterlinde %d" % year,
                            author="Gemeente Oosterlinde")
    flow = cover(year) + toc(year, chpages) + intro(year, store) + chapters(year, store, gold, breaks) + closing(year, store)
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
    for g in gold:
        g["page"] = store[g["key"]]
    chp = {k: v for k, v in store.items() if k.startswith("ch")}
    return gold, chp, doc.page


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for year in YEARS:
        did = "%s-%d" % (FAMILY, year)
        path = os.path.join(OUT, "pdf", did + ".pdf")
        chp, total, breaks = {}, None, set()
        for _ in range(12):
            gold, chp2, total2 = render(year, path, chp, total, breaks)
            per_page = {}
            for g in gold:
                per_page.setdefault(g["page"], []).append(g["key"])
            extra = {ks[4] for ks in per_page.values() if len(ks) > 4}  # at most four cards per page
            if chp2 == chp and total2 == total and not extra:
                break
            chp, total = chp2, total2
            breaks |= extra
        golds[year] = gold
        doc = {"document": {"id": did, "family": FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
                            "gemeente": CT.GEMEENTE, "gemeenten": [CT.GEMEENTE], "corporaties": CT.CORPORATIES,
                            "huurdersorganisaties": CT.HUURDERS, "pages": total, "layout": LAYOUT},
               "afspraken": gold}
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
    for old, new in [(2024, 2025), (2025, 2026)]:
        links = []
        oldkeys = [g["key"] for g in golds[old]]
        newkeys = [g["key"] for g in golds[new]]
        seen = set()
        for k in oldkeys + newkeys:
            if k in seen:
                continue
            seen.add(k)
            it = [i for i in CT.ITEMS if i["key"] == k][0]
            st, kinds, hn = it["links"][new]
            links.append({"old": k if k in oldkeys else None, "new": k if k in newkeys else None,
                          "status": st, "kinds": kinds, "hard_negative": hn})
        oid, nid = "%s-%d" % (FAMILY, old), "%s-%d" % (FAMILY, new)
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (oid, nid)), "w", encoding="utf-8") as fh:
            json.dump({"old": oid, "new": nid, "links": links}, fh, ensure_ascii=False, indent=1)
    print("built", {y: len(g) for y, g in golds.items()})


if __name__ == "__main__":
    main()
