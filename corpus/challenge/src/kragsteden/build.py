# -*- coding: utf-8 -*-
"""Build the kragsteden family (prestatieafspraken Kragsteden 2024, 2025, 2026): PDFs + gold JSON + pairs.
Run from /work/main:  .venv/bin/python corpus/challenge/src/kragsteden/build.py"""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, PageBreak,
                                NextPageTemplate, KeepTogether, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import ITEMS, PAIRS, LEADS, GEMEENTE, CORPS, HUURDERS, YEARS  # noqa: E402

FAMILY = "kragsteden"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
LAYOUT = "chapters-leadin-bullets"

# ---------------------------------------------------------------- styles
sBody = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
sH1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=8, keepWithNext=1)
sH2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=1)
sLead = ParagraphStyle("lead", fontName="Times-Italic", fontSize=10.5, leading=14, spaceBefore=4, spaceAfter=2, keepWithNext=1)
sBul = ParagraphStyle("bul", fontName="Times-Roman", fontSize=10.5, leading=14, leftIndent=16, bulletIndent=4,
                      spaceAfter=2, bulletFontName="Symbol")
sSmall = ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12)
sCoverT = ParagraphStyle("ct", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_CENTER, spaceAfter=14)
sCoverS = ParagraphStyle("cs", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_CENTER, spaceAfter=6)
sToc0 = ParagraphStyle("toc0", fontName="Helvetica-Bold", fontSize=10.5, leading=15)
sToc1 = ParagraphStyle("toc1", fontName="Helvetica", fontSize=10, leading=13, leftIndent=18)

WETHOUDER = {2024: "M.J. (Marieke) Oosterbeek", 2025: "M.J. (Marieke) Oosterbeek", 2026: "R. (Ruben) Valkema"}
SIGN_DATE = {2024: "11 december 2023", 2025: "10 december 2024", 2026: "9 december 2025"}


# ---------------------------------------------------------------- document structure per year
def structure(y):
    prev = y - 1
    ch_betaal = ("Betaalbaarheid", [
        ("Huurbeleid", [
            ("p", f"De betaalbaarheid van het wonen staat onder druk. In de woonvisie Thuis in Kragsteden 2030 is vastgelegd "
                  f"dat de woonlasten van huishoudens met een laag inkomen niet verder mogen oplopen dan nodig. Voor {y} "
                  f"hebben partijen het huurbeleid afgestemd op de landelijke kaders die het Rijk met de Nationale "
                  f"Prestatieafspraken heeft meegegeven; de huursombenadering blijft daarbij het uitgangspunt."),
            ("g", "C", ["huurverhoging", "huurverlaging-aftopping"]),
            ("g", "G", ["woonlastenonderzoek"] if y < 2026 else []),
        ]),
        ("Huurachterstanden en schulden", [
            ("p", "Huurachterstanden worden bij voorkeur vroeg gesignaleerd, omdat een tijdige aanpak erger voorkomt. "
                  "De corporaties werken daarvoor samen met het team vroegsignalering van de gemeente en met de "
                  "schuldhulpverlening."),
            ("facts", "De opgave in cijfers:", {
                2024: ["aantal huishoudens met een huurachterstand van meer dan twee maanden eind 2023: 141;",
                       "aantal aanmeldingen bij vroegsignalering in 2023: 212;",
                       "aantal huisuitzettingen wegens huurachterstand in 2023: 7."],
                2025: ["aantal huishoudens met een huurachterstand van meer dan twee maanden eind 2024: 118;",
                       "aantal aanmeldingen bij vroegsignalering in 2024: 264;",
                       "aantal huisuitzettingen wegens huurachterstand in 2024: 4."],
                2026: ["aantal huishoudens met een huurachterstand van meer dan één maand eind 2025: 133;",
                       "aantal aanmeldingen bij vroegsignalering in 2025: 301;",
                       "aantal huisuitzettingen wegens huurachterstand in 2025: 2."]}[y]),
            ("g", "P", ["vroegsignalering", "huisuitzettingen"]),
            ("g", "G", ["schuldhulp"]),
        ]),
    ])
    c_new = ["nieuwbouw", "vlasmarkt", "boterwei-fase2", "transformatie-lijnbaan", "flexwoningen"] if y < 2026 else \
        ["nieuwbouw", "vlasmarkt", "transformatie-lijnbaan", "flexwoningen"]
    ch_beschik = ("Beschikbaarheid", [
        ("Nieuwbouw", [
            ("p", f"De regionale woondeal vraagt van Kragsteden een forse bijdrage aan de bouwopgave tot 2030, waarvan "
                  f"een derde in de sociale huur. De gemeente en de corporaties hebben de planvoorraad in {prev} "
                  f"opnieuw doorgelopen; de planning is opgenomen in bijlage 1."),
            ("facts", "De opgave in cijfers:", [
                "woningbehoefte tot 2030 volgens de woondeal: 1.450 woningen;",
                "aandeel sociale huur in de woondeal: 30 procent;",
                f"aantal sociale huurwoningen van beide corporaties per 1 januari {y}: "
                + {2024: "5.812", 2025: "5.874", 2026: "5.931"}[y] + "."]),
            ("g", "C", c_new),
            ("g", "G", ["grondprijs", "bouwlocaties" if y == 2024 else "locaties-jaarlijks"]),
        ]),
        ("Woningtoewijzing en doorstroming", [
            ("p", "De wachttijd voor een sociale huurwoning is in Kragsteden opgelopen. Partijen willen dat "
                  "woningzoekenden sneller aan bod komen en dat ouderen die kleiner willen wonen daartoe in staat "
                  "worden gesteld, zonder dat hun woonlasten daardoor stijgen."),
            ("g", "P", ["inschrijfduur", "doorstroming"]),
            ("g", "Cs", ["verkoop", "passend-toewijzen"]),
        ]),
        ("Bijzondere doelgroepen", [
            ("p", "Naast reguliere woningzoekenden zijn er groepen die met voorrang of met begeleiding een woning "
                  "nodig hebben, zoals vergunninghouders en mensen die uitstromen uit beschermd wonen of de "
                  "maatschappelijke opvang."),
            ("g", "G", ["statushouders"]),
            ("g", "C", ["woonunits"] if y >= 2025 else []),
        ]),
    ])
    c_dz = {2024: ["label-efg", "gemiddeld-label", "isolatie", "zonnepanelen"],
            2025: ["label-efg", "gemiddeld-label", "isolatie", "zonnepanelen"],
            2026: ["isolatie", "gemiddeld-label", "hybride-warmtepompen", "label-efg", "zonnepanelen"]}[y]
    ch_duur = ("Duurzaamheid", [
        ("Energietransitie", [
            ("p", "De corporaties verduurzamen hun bezit volgens hun meerjarige routekaart CO2-neutraal. De gemeente "
                  "werkt de transitievisie warmte uit in wijkuitvoeringsplannen. Huurders worden bij iedere stap "
                  "betrokken en gaan er in woonlasten niet op achteruit."),
            ("facts", f"Stand van het bezit per 1 januari {y}:", {
                2024: ["woningen met label A of beter: 2.104;", "woningen met label B of C: 3.152;",
                       "woningen met label D: 398;", "woningen met label E, F of G: 158."],
                2025: ["woningen met label A of beter: 2.391;", "woningen met label B of C: 3.136;",
                       "woningen met label D: 286;", "woningen met label E, F of G: 61."],
                2026: ["woningen met label A of beter: 2.655;", "woningen met label B of C: 3.087;",
                       "woningen met label D: 175;", "woningen met label E, F of G: 14."]}[y]),
            ("g", "C", c_dz),
            ("g", "G", ["wijkuitvoeringsplan", "energiecoaches"]),
        ]),
        ("Klimaatadaptatie", [
            ("p", "Hevige buien en hete zomers vragen om aanpassingen in de gebouwde omgeving. De gemeente heeft "
                  "in haar klimaatadaptatiestrategie de kwetsbare plekken in beeld gebracht."),
            ("g", "P", ["klimaatadaptatie", "groene-daken-onderzoek" if y == 2024 else "groene-daken"]),
        ]),
    ])
    g_zorg = ["wmo-aanpassingen", "woonzorgvisie"] if y < 2026 else ["wmo-aanpassingen"]
    c_zorg = ["levensloop"] if y < 2026 else ["levensloop", "ouderenwoonvorm"]
    zorg_blocks = [
        ("p", "Steeds meer ouderen en mensen met een zorgvraag wonen zelfstandig. Dat vraagt om geschikte woningen "
              "dicht bij voorzieningen en om goede afstemming tussen wonen, zorg en welzijn."),
        ("g", "G", g_zorg),
        ("g", "C", c_zorg),
    ]
    if y >= 2025:
        zorg_blocks.append(("g", "P", ["zachte-landing"]))
    ch_kwal = ("Kwaliteit en wonen met zorg", [
        ("Onderhoud en woningkwaliteit", [
            ("p", f"Uit het huurdersoordeel over {prev} blijkt dat huurders tevreden zijn over de afhandeling van "
                  f"reparaties, maar dat klachten over vocht en schimmel langer openstaan dan wenselijk."),
            ("g", "Cs", ["reparatie", "schimmel", "onderhoudsbudget"]),
            ("g", "H", ["woningschouw"] if y < 2026 else []),
        ]),
        ("Wonen met zorg", zorg_blocks),
    ])
    wijk_g = {2024: ["wijkschouw", "speelplaats"], 2025: ["wijkschouw", "eenzaamheid"],
              2026: ["wijkschouw", "eenzaamheid"]}[y]
    kw_p = {2024: ["zachte-landing", "meldpunt-overlast"], 2025: ["meldpunt-overlast"],
            2026: ["meldpunt-overlast", "protocol-herhuisvesting"]}[y]
    ch_leef = ("Leefbaarheid" if y == 2024 else "Prettig wonen in de wijk", [
        ("Wijken en buurten", [
            ("p", "De leefbaarheid in de meeste buurten is voldoende tot goed. In Oostkade en de Molenbuurt staat "
                  "zij onder druk; daar is extra inzet nodig, samen met bewoners, politie en het wijkteam."),
            ("facts", "Aandachtspunten uit de evaluatie:", [
                "meer meldingen van overlast door vervuiling van portieken en bergingen;",
                "behoefte aan een vast aanspreekpunt in de buurt;",
                "weinig ontmoetingsplekken voor oudere bewoners."]),
            ("g", "Cs", ["huismeesters"]),
            ("g", "G", wijk_g),
        ]),
        ("Kwetsbare bewoners", [
            ("p", "Het aantal bewoners dat zorg of begeleiding nodig heeft neemt toe. Een goede start in de nieuwe "
                  "woning en korte lijnen tussen corporatie, zorgpartij en gemeente verkleinen de kans op problemen."),
            ("g", "P", kw_p),
        ]),
    ])
    ch_proc = ("Samenwerking en proces", [
        ("Overleg en monitoring", [
            ("p", "Het tripartiete overleg is de plek waar partijen de uitvoering van deze afspraken volgen. "
                  "De corporaties leveren daartoe hun realisatiecijfers aan volgens het vaste monitorformat."),
            ("g", "P", ["monitoring", "bod-procedure"]),
            ("g", "G", ["commissie-agenda"] if y == 2025 else []),
        ]),
        ("Looptijd, wijzigingen en geschillen", [
            ("p", f"Deze prestatieafspraken gelden van 1 januari {y} tot en met 31 december {y}. Afspraken uit "
                  f"eerdere jaren die hierin niet zijn herhaald, zijn uitgevoerd of vervallen, tenzij partijen "
                  f"schriftelijk anders zijn overeengekomen."),
            ("p", "Wijzigen omstandigheden zodanig dat een afspraak redelijkerwijs niet meer kan worden nagekomen, "
                  "dan treden partijen met elkaar in overleg. Wijzigingen worden alleen schriftelijk en met instemming "
                  "van alle partijen vastgelegd. Komen partijen er samen niet uit, dan staat de weg open naar de "
                  "landelijke geschillencommissie zoals bedoeld in de Woningwet."),
            ("g", "P", ["geschillen"]),
        ]),
    ])
    if y == 2024:
        body = [ch_betaal, ch_beschik]
    else:
        body = [ch_beschik, ch_betaal]
    body += [ch_duur, ch_kwal, ch_leef, ch_proc]
    return body


TERUGBLIK = {
    2024: ("In 2023 zijn 74 sociale huurwoningen opgeleverd, tegen 80 afgesproken. De vertraging kwam vooral door "
           "bezwaarprocedures in het plan De Boterwei. Er zijn 196 woningen na-geïsoleerd en het aantal woningen "
           "met label E, F of G daalde naar 158. De gemiddelde huurverhoging bedroeg 5,3 procent. Het meldpunt "
           "voor woonoverlast is nog niet ingericht; partijen bespraken wel een eerste verkenning."),
    2025: ("In 2024 zijn 81 sociale huurwoningen opgeleverd, tegen 85 afgesproken. Fase 2 van De Boterwei is niet "
           "in 2024 gestart omdat de aanbesteding opnieuw moest worden gedaan. Er zijn 231 woningen na-geïsoleerd en "
           "het aantal woningen met label E, F of G daalde naar 61. Het onderzoek naar de woonlasten is uitgesteld; "
           "het wijkuitvoeringsplan voor Oostkade is nog in voorbereiding."),
    2026: ("In 2025 zijn 64 sociale huurwoningen opgeleverd, tegen 70 afgesproken. Fase 2 van De Boterwei is in "
           "maart 2025 gestart. Er zijn 268 woningen na-geïsoleerd en het aantal woningen met label E, F of G "
           "daalde naar 14. Het wijkuitvoeringsplan voor Oostkade is in oktober 2025 door de raad vastgesteld en "
           "het meldpunt voor woonoverlast is sinds juni 2025 in gebruik."),
}
KERN = {
    2024: [("Opgeleverde sociale huurwoningen", "80", "74"), ("Na-geïsoleerde woningen", "200", "196"),
           ("Verkochte sociale huurwoningen", "max. 20", "17"), ("Gemiddelde inschrijfduur (jaar)", "-", "5,6")],
    2025: [("Opgeleverde sociale huurwoningen", "85", "81"), ("Na-geïsoleerde woningen", "220", "231"),
           ("Verkochte sociale huurwoningen", "max. 15", "12"), ("Gemiddelde inschrijfduur (jaar)", "max. 5", "5,2")],
    2026: [("Opgeleverde sociale huurwoningen", "70", "64"), ("Na-geïsoleerde woningen", "260", "268"),
           ("Verkochte sociale huurwoningen", "max. 10", "9"), ("Gemiddelde inschrijfduur (jaar)", "max. 4", "4,7")],
}


class Doc(BaseDocTemplate):
    def __init__(self, fn, year, **kw):
        self.year = year
        super().__init__(fn, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                         bottomMargin=22 * mm, title=f"Prestatieafspraken Kragsteden {year}",
                         author="Gemeente Kragsteden", invariant=1, **kw)
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate("cover", [fr], onPage=self.cover_page),
                               PageTemplate("body", [fr], onPage=self.body_page)])

    def cover_page(self, c, d):
        pass

    def body_page(self, c, d):
        c.saveState()
        c.setFont("Helvetica", 8.5)
        w, h = A4
        c.drawString(25 * mm, h - 14 * mm, "Prestatieafspraken gemeente Kragsteden")
        c.drawRightString(w - 25 * mm, h - 14 * mm, str(self.year))
        c.setLineWidth(0.4)
        c.line(25 * mm, h - 16 * mm, w - 25 * mm, h - 16 * mm)
        c.drawCentredString(w / 2, 12 * mm, f"Pagina {c.getPageNumber()}")
        c.restoreState()

    def afterFlowable(self, fl):
        if isinstance(fl, Paragraph):
            sn = fl.style.name
            if sn == "h1":
                self.notify("TOCEntry", (0, fl.getPlainText(), self.page))
            elif sn == "h2":
                self.notify("TOCEntry", (1, fl.getPlainText(), self.page))


def P(t, s=sBody):
    return Paragraph(escape(t), s)


def build_year(y):
    story = []
    gold = []
    # cover
    story += [Spacer(1, 50 * mm), P(f"Prestatieafspraken {y}", sCoverT),
              P("Gemeente Kragsteden", sCoverS), Spacer(1, 6 * mm),
              P("gemaakt tussen", sCoverS), P("de gemeente Kragsteden,", sCoverS),
              P("Woonstichting Kragland,", sCoverS), P("Woningstichting De Steden", sCoverS),
              P("en Huurdersbelang De Kade", sCoverS), Spacer(1, 30 * mm),
              P(f"Ondertekend op {SIGN_DATE[y]}", sCoverS),
              NextPageTemplate("body"), PageBreak()]
    toc = TableOfContents()
    toc.levelStyles = [sToc0, sToc1]
    story += [P("Inhoud", sH1), toc, PageBreak()]
    # 1 inleiding
    story += [P("1 Inleiding", sH1), P("1.1 Leeswijzer", sH2),
              P(f"Dit document bevat de prestatieafspraken voor {y} tussen de gemeente Kragsteden, Woonstichting "
                f"Kragland, Woningstichting De Steden en Huurdersbelang De Kade. Hoofdstuk 2 blikt terug op {y - 1}. "
                f"De hoofdstukken daarna bevatten per thema eerst een korte toelichting en vervolgens de afspraken, "
                f"gegroepeerd naar de partij die zich verbindt. Waar de corporaties samen worden genoemd, geldt de "
                f"afspraak naar rato van hun bezit in de gemeente. Het laatste hoofdstuk gaat over de samenwerking."),
              P("1.2 Beleidskader", sH2),
              P("De afspraken bouwen voort op de woonvisie Thuis in Kragsteden 2030, de regionale woondeal die de "
                "provincie, de regiogemeenten en het Rijk hebben gesloten, en de Nationale Prestatieafspraken van "
                "juni 2022. De corporaties hebben vóór 1 juli hun overzicht van voorgenomen werkzaamheden uitgebracht; "
                "dat bod is in drie tripartiete sessies besproken en vormt de basis van dit document.")]
    # 2 terugblik
    story += [P(f"2 Terugblik op {y - 1}", sH1), P(TERUGBLIK[y])]
    data = [["Kerncijfer", f"Afspraak {y - 1}", f"Realisatie {y - 1}"]] + [list(r) for r in KERN[y]]
    t = Table(data, colWidths=[80 * mm, 35 * mm, 35 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee"))]))
    story += [Spacer(1, 3 * mm), t, Spacer(1, 3 * mm),
              P("Tabel 1. Kerncijfers uit de monitor prestatieafspraken.", sSmall)]
    # thematic chapters
    cnum = 3
    for ctitle, subs in structure(y):
        chead = f"{cnum} {ctitle}"
        story.append(P(chead, sH1))
        for si, (stitle, blocks) in enumerate(subs, 1):
            shead = f"{cnum}.{si} {stitle}"
            story.append(P(shead, sH2))
            for b in blocks:
                if b[0] == "p":
                    story.append(P(b[1]))
                elif b[0] == "facts":
                    fl = [Paragraph(escape(it), sBul, bulletText="•") for it in b[2]]
                    story.append(KeepTogether([P(b[1], sLead), fl[0]]))
                    story += fl[1:]
                    story.append(Spacer(1, 4))
                elif b[0] == "g":
                    keys = b[2]
                    if not keys:
                        continue
                    lead, actor, defmod = LEADS[b[1]]
                    leadpara = P(lead, sLead)
                    n = len(keys)
                    for i, k in enumerate(keys):
                        themes, years = ITEMS[k]
                        text, fr = years[y]
                        if i == n - 1:
                            term = "."
                        elif i == n - 2 and n >= 3:
                            term = "; en"
                        else:
                            term = ";"
                        full = text + term
                        bp = Paragraph(escape(full), sBul, bulletText="•")
                        story.append(KeepTogether([leadpara, bp] if i == 0 else [bp]))
                        frame = {"actors": [actor], "modality": fr["modality"] or defmod,
                                 "quantities": fr["quantities"], "deadline": fr["deadline"],
                                 "recurring": fr["recurring"], "conditions": fr["conditions"]}
                        gold.append({"key": k, "number": None, "section": f"{chead} > {shead}", "party": None,
                                     "theme": themes[0], "themes": themes, "page": None, "text": full,
                                     "trekker": None, "planning": None, "attributes": {}, "frame": frame})
                    story.append(Spacer(1, 4))
        cnum += 1
    # ondertekening
    sign_head = [P("Ondertekening", sH1),
                 P(f"Aldus overeengekomen en ondertekend te Kragsteden op {SIGN_DATE[y]}.")]
    sig = [["Gemeente Kragsteden", "Woonstichting Kragland"],
           [f"{WETHOUDER[y]}\nwethouder Wonen", "ir. H.A. (Hester) Dijkhuizen\ndirecteur-bestuurder"],
           ["Woningstichting De Steden", "Huurdersbelang De Kade"],
           ["drs. P.C. (Pieter) Noordam\nbestuurder", "A. (Anouk) Terlingen\nvoorzitter"]]
    sig = [[Paragraph(escape(c).replace("\n", "<br/>"), sSmall) for c in r] for r in sig]
    st = Table(sig, colWidths=[75 * mm, 75 * mm], rowHeights=[8 * mm, 24 * mm, 8 * mm, 24 * mm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story.append(KeepTogether(sign_head + [Spacer(1, 4 * mm), st]))
    story += [P("Bijlagen", sH1),
              P(f"Bijlage 1 Nieuwbouwprogramma {y}-{y + 4} per project"),
              P(f"Bijlage 2 Monitor prestatieafspraken {y - 1} met stand van zaken per afspraak"),
              P("Bijlage 3 Begrippenlijst"),
              P("De bijlagen zijn separaat beschikbaar bij de secretaris van het tripartiete overleg.")]
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    fn = os.path.join(OUT, "pdf", f"{FAMILY}-{y}.pdf")
    doc = Doc(fn, y)
    doc.multiBuild(story)
    return fn, gold


def norm(s):
    s = re.sub(r"-\n(?=\S)", "-", s)  # keep hyphen (compound words), just join
    return " ".join(s.split())


def page_texts(fn):
    import pdfplumber
    with pdfplumber.open(fn) as pdf:
        return [norm(p.extract_text() or "") for p in pdf.pages]


def main():
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for y in YEARS:
        fn, gold = build_year(y)
        pages = page_texts(fn)
        cur = 0
        for a in gold:
            t = " ".join(a["text"].split())
            for pi in range(cur, len(pages)):
                if t in pages[pi]:
                    a["page"] = pi + 1
                    cur = pi
                    break
            else:
                raise SystemExit(f"text not found in {fn}: {t}")
        did = f"{FAMILY}-{y}"
        doc = {"document": {"id": did, "family": FAMILY, "type": "prestatieafspraken", "year": y, "years": [y],
                            "gemeente": GEMEENTE, "gemeenten": [GEMEENTE], "corporaties": CORPS,
                            "huurdersorganisaties": HUURDERS, "pages": len(pages), "layout": LAYOUT},
               "afspraken": gold}
        golds[y] = doc
        with open(os.path.join(OUT, "gold", f"{did}.json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
    for (a, b), spec in PAIRS.items():
        old = {x["key"]: x for x in golds[a]["afspraken"]}
        new = {x["key"]: x for x in golds[b]["afspraken"]}
        links = []
        for k, x in old.items():
            if k not in new:
                links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
            elif x["text"] == new[k]["text"]:
                if k in spec:
                    raise SystemExit(f"{a}-{b} {k}: identical text but status given")
                links.append({"old": k, "new": k, "status": "unchanged", "kinds": [], "hard_negative": None})
            else:
                if k not in spec:
                    raise SystemExit(f"{a}-{b} {k}: changed text but no status")
                st, kinds, hn = spec[k]
                links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        for k in new:
            if k not in old:
                links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
        oid, nid = f"{FAMILY}-{a}", f"{FAMILY}-{b}"
        with open(os.path.join(OUT, "gold", "pairs", f"{oid}__{nid}.json"), "w", encoding="utf-8") as fh:
            json.dump({"old": oid, "new": nid, "links": links}, fh, ensure_ascii=False, indent=1)
    print("built", [golds[y]["document"]["pages"] for y in YEARS], "pages;",
          [len(golds[y]["afspraken"]) for y in YEARS], "afspraken")


if __name__ == "__main__":
    main()
