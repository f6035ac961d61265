# -*- coding: utf-8 -*-
"""Build the tessendam family (three jaarschijven 2025-2027) as PDFs + gold JSON. Deterministic."""
import io
import json
import os
import sys

from reportlab.lib.colors import Color, black, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as CT  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "tessendam"
W, Hh = A4
LM, RM = 60, 535
TOP, BOT = 780, 70
TX = 112          # afspraak text column start
TXR = 468         # afspraak text column end
STATUS_COL = {"nieuw": HexColor("#1f5fa8"), "loopt": HexColor("#2e7d32"), "gereed": HexColor("#555555"),
              "uitgesteld": HexColor("#c0392b")}

PREV = {2025: 2024, 2026: 2025, 2027: 2026}

INTRO = {
    2025: ("Voor u ligt de eerste jaarschijf bij de Prestatieafspraken Tessendam 2025-2028. In de kaderafspraken die in "
           "december 2024 zijn ondertekend, hebben de gemeente Tessendam, Woonstichting De Zandplaat en "
           "Huurdersvereniging Tessendam Samen vastgelegd hoe zij de komende vier jaar samenwerken aan voldoende, "
           "betaalbare, duurzame en goede woningen in leefbare wijken. De kaderafspraken sluiten aan op de woonvisie "
           "Thuis in Tessendam en op de regionale woondeal die met het Rijk is gesloten. Deze jaarschijf vertaalt de "
           "kaderafspraken naar concrete inzet voor het jaar 2025."),
    2026: ("Deze jaarschijf is de tweede bij de Prestatieafspraken Tessendam 2025-2028. Zij is opgesteld op basis van "
           "het bod dat De Zandplaat in juni 2025 heeft uitgebracht, de monitor over het eerste halfjaar en de "
           "gesprekken aan de tripartiete tafel in het najaar. Stijgende bouwkosten en de krappe arbeidsmarkt in de "
           "bouw hebben ertoe geleid dat enkele afspraken zijn bijgesteld; op andere onderdelen leggen partijen de lat "
           "juist hoger. De woonvisie Thuis in Tessendam en de regionale woondeal blijven het kader."),
    2027: ("Met deze derde jaarschijf zijn partijen over de helft van de looptijd van de Prestatieafspraken Tessendam "
           "2025-2028. De jaarschijf bouwt voort op het bod van juni 2026 en op de evaluatie die in oktober 2026 in "
           "het tripartiete overleg is besproken. De in 2026 geactualiseerde woonvisie legt meer nadruk op "
           "betaalbaarheid en op wonen voor senioren; dat is in deze jaarschijf terug te zien."),
}

LEESWIJZER = ("Elke afspraak heeft een code: de letter verwijst naar het hoofdstuk, het cijfer naar de volgorde binnen "
              "het hoofdstuk. De nummering kan per jaarschijf verschillen. Tussen de hoofdstukken blikt een kader terug "
              "op de resultaten van het voorgaande jaar. Deze teksten zijn toelichting en vormen geen afspraak.")

KERN = {
    2025: [("Sociale huurwoningen De Zandplaat", "4.812", "4.836"), ("Gemiddelde inschrijfduur (jaar)", "4,6", "4,4"),
           ("Woningen met label E, F of G", "233", "170"), ("Huurders met achterstand > 2 maanden", "118", "104"),
           ("Huisuitzettingen", "6", "4")],
    2026: [("Sociale huurwoningen De Zandplaat", "4.836", "4.881"), ("Gemiddelde inschrijfduur (jaar)", "4,4", "4,1"),
           ("Woningen met label E, F of G", "170", "52"), ("Huurders met achterstand > 2 maanden", "104", "91"),
           ("Huisuitzettingen", "4", "2")],
    2027: [("Sociale huurwoningen De Zandplaat", "4.881", "4.927"), ("Gemiddelde inschrijfduur (jaar)", "4,1", "3,9"),
           ("Woningen met label E, F of G", "52", "12"), ("Huurders met achterstand > 1 maand", "97", "88"),
           ("Huisuitzettingen", "2", "3")],
}

CHINTRO = {
    "A": ("De vraag naar sociale huurwoningen in Tessendam is groter dan het aanbod. Jongeren, senioren en "
          "spoedzoekers hebben het lastig. Partijen willen het tempo van de nieuwbouw vasthouden en de huren "
          "betaalbaar houden, binnen de kaders die het Rijk stelt."),
    "B": ("De Zandplaat werkt aan een woningvoorraad die in 2050 CO2-neutraal is. De transitievisie warmte van de "
          "gemeente bepaalt in welke wijken als eerste een warmtenet wordt aangelegd. Woonlasten van huurders "
          "mogen door verduurzaming niet stijgen."),
    "C": ("Huurders moeten kunnen rekenen op een veilige, gezonde en goed onderhouden woning. Het aantal ouderen in "
          "Tessendam groeit de komende jaren, zodat woningen vaker geschikt moeten zijn voor wonen met zorg."),
    "D": ("Een prettige woonomgeving vraagt om samenwerking tussen gemeente, corporatie, huurders en de partners in "
          "de wijk, zoals het wijkteam en de politie. De Vlasakkers en Tessendam-Oost vragen daarbij extra "
          "aandacht."),
    "E": ("Partijen werken als gelijkwaardige partners samen aan de tripartiete tafel. Dit hoofdstuk beschrijft hoe de "
          "uitvoering wordt gevolgd en hoe partijen met elkaar omgaan."),
}

TERUG = {
    2025: {"B": ["In 2024 zijn 52 sociale huurwoningen opgeleverd, vooral in het project Havenkwartier.",
                 "De gemiddelde huurverhoging bedroeg 5,3%; er zijn 14 woningen verkocht.",
                 "Vier huishoudens zijn uit hun woning gezet, tegen zes in 2023.",
                 "De taakstelling voor vergunninghouders werd met 39 van de 44 personen niet geheel gehaald."],
           "C": ["In 2024 zijn 63 woningen met een E-, F- of G-label verbeterd.",
                 "Er werden 150 woningen geïsoleerd en 95 hybride warmtepompen geplaatst.",
                 "Twaalf huishoudens maakten gebruik van het aanbod voor zonnepanelen in een proefproject."],
           "D": ["Er kwamen 212 meldingen van vocht en schimmel binnen; de gemiddelde reactietijd was 7 werkdagen.",
                 "Huurders waardeerden het dagelijks onderhoud met een 7,2.",
                 "Er zijn 31 woningen levensloopbestendig gemaakt."],
           "E": ["Het leefbaarheidsbudget werd voor 84% benut.",
                 "Er zijn 17 bewonersinitiatieven ondersteund, met in totaal € 7.400.",
                 "Het tripartiete overleg kwam vier keer bijeen."]},
    2026: {"B": ["In 2025 zijn 48 sociale huurwoningen opgeleverd; 12 woningen schoven door naar 2026.",
                 "De huurverhoging bleef met gemiddeld 4,1% gelijk aan de inflatie.",
                 "Er zijn 13 woningen verkocht en geen woningen geliberaliseerd.",
                 "De taakstelling van 46 vergunninghouders werd gehaald."],
           "C": ["Van de resterende 85 woningen met label E, F of G zijn er 45 aangepakt.",
                 "Er zijn 184 woningen geïsoleerd en 87 hybride warmtepompen geplaatst.",
                 "Het uitvoeringsplan voor De Vlasakkers was eind 2025 nog niet vastgesteld."],
           "D": ["De gemiddelde reactietijd op meldingen van vocht en schimmel daalde naar 5 werkdagen.",
                 "Er zijn 42 woningen levensloopbestendig gemaakt.",
                 "De Wmo-aanvragen werden gemiddeld in 9 weken afgehandeld."],
           "E": ["In De Vlasakkers en Tessendam-Oost waren wijkbeheerders actief.",
                 "Partijen bespraken de voortgang in april en oktober 2025.",
                 "De actualisatie van de woonvisie liep vertraging op door extra participatie."]},
    2027: {"B": ["In 2026 zijn 57 sociale huurwoningen opgeleverd.",
                 "De huurverhoging lag met 2,9% een half procentpunt onder de inflatie.",
                 "Er zijn 9 woningen verkocht; het convenant vroegsignalering werd in maart 2026 getekend.",
                 "De verhuiscoach begeleidde 23 senioren, van wie er 11 verhuisden."],
           "C": ["Van de resterende 40 woningen met label E, F of G zijn er 28 aangepakt.",
                 "Er zijn 205 woningen geïsoleerd; het proefproject zonnepanelen in Hoefblad en Rietkraag "
                 "bereikte 61 huishoudens.",
                 "Het uitvoeringsplan voor De Vlasakkers is nog in voorbereiding."],
           "D": ["Het onderzoek naar liften in seniorencomplexen werd in juni 2026 afgerond.",
                 "De brandveiligheidsinspectie in Torenhof en De Meerval leverde 14 herstelpunten op.",
                 "Huurders waardeerden het dagelijks onderhoud met een 7,4."],
           "E": ["In alle wijken is nu een wijkbeheerder actief.",
                 "De woonvisie werd in mei 2026 door de gemeenteraad vastgesteld.",
                 "Het leefbaarheidsbudget werd voor 71% benut."]},
}

SLOT = ("Deze jaarschijf maakt deel uit van de Prestatieafspraken Tessendam 2025-2028 en geldt van 1 januari tot en met "
        "31 december {y}. Voor zover deze jaarschijf niets anders bepaalt, blijven de kaderafspraken onverkort van "
        "kracht. Wijzigingen worden alleen schriftelijk en met instemming van alle partijen vastgelegd. Op de "
        "samenwerking is de Woningwet van toepassing.")

SIGN = [("Gemeente Tessendam", "drs. M.A. (Marieke) Verbeek-Stam", "wethouder Wonen"),
        ("Woonstichting De Zandplaat", "ir. J.P. (Joost) Hagedoorn", "directeur-bestuurder"),
        ("Huurdersvereniging Tessendam Samen", "A. (Anouk) El Idrissi", "voorzitter")]

BIJLAGEN = ["Bijlage 1  Nieuwbouwprogramma De Zandplaat per project", "Bijlage 2  Monitor jaarschijf {p}",
            "Bijlage 3  Begrippenlijst", "Bijlage 4  Overzicht contactpersonen"]


class R:
    def __init__(self, year, total):
        self.year, self.total = year, total
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.c.setTitle("Prestatieafspraken Tessendam 2025-2028 - Jaarschijf %d" % year)
        self.c.setAuthor("Gemeente Tessendam")
        self.page = 1
        self.y = TOP
        self.gold = []

    def decor(self):
        c = self.c
        if self.page > 1:
            c.setFont("Helvetica", 7.5)
            c.setFillColor(HexColor("#444444"))
            c.drawString(LM, 808, "Prestatieafspraken Tessendam 2025-2028 | Jaarschijf %d" % self.year)
            c.drawRightString(RM, 808, "Gemeente Tessendam - De Zandplaat - HTS")
            c.setStrokeColor(HexColor("#999999"))
            c.line(LM, 802, RM, 802)
            c.drawString(LM, 40, "Definitieve versie, december %d" % (self.year - 1))
            c.drawRightString(RM, 40, "Pagina %d van %s" % (self.page, self.total or "?"))
            c.setFillColor(black)

    def newpage(self):
        self.decor()
        self.c.showPage()
        self.page += 1
        self.y = TOP

    def need(self, h):
        if self.y - h < BOT:
            self.newpage()

    def para(self, text, font="Helvetica", size=9.5, x=LM, x2=RM, lead=13, after=6):
        lines = simpleSplit(text, font, size, x2 - x)
        for ln in lines:
            self.need(lead)
            self.c.setFont(font, size)
            self.c.drawString(x, self.y - size, ln)
            self.y -= lead
        self.y -= after

    def heading(self, text, size=13, before=8):
        self.need(size + before + 40)
        self.y -= before
        self.c.setFont("Helvetica-Bold", size)
        self.c.setFillColor(HexColor("#1b3a5c"))
        self.c.drawString(LM, self.y - size, text)
        self.c.setFillColor(black)
        self.y -= size + 8

    def afspraak(self, code, key, text, status, section):
        size, lead = 9.5, 12.5
        lines = simpleSplit(text, "Helvetica", size, TXR - TX)
        h = lead * len(lines) + 5
        self.need(h)
        c = self.c
        top = self.y - size
        c.setFont("ZapfDingbats", 10)
        c.drawString(LM, top, "\u274f")
        if status == "gereed":
            c.setFont("ZapfDingbats", 9)
            c.setFillColor(HexColor("#2e7d32"))
            c.drawString(LM + 1, top + 1, "\u2714")
            c.setFillColor(black)
        c.setFont("Helvetica-Bold", size)
        c.drawString(LM + 16, top, code)
        c.setFont("Helvetica", size)
        for i, ln in enumerate(lines):
            c.drawString(TX, top - i * lead, ln)
        c.setFont("Helvetica-Bold", 8.5)
        c.setFillColor(STATUS_COL[status])
        c.drawRightString(RM, top, status)
        c.setFillColor(black)
        self.gold.append({"key": key, "number": code, "section": section, "page": self.page, "text": text,
                          "status": status})
        self.y -= h

    def box(self, title, items):
        lead = 12
        wrapped = [simpleSplit(t, "Helvetica", 9, RM - LM - 34) for t in items]
        h = 30 + sum(len(w) for w in wrapped) * lead + 6 * len(items) + 8
        h = max(h, 180)
        self.need(h + 16)
        self.y -= 8
        c = self.c
        c.setFillColor(HexColor("#eef2f6"))
        c.setStrokeColor(HexColor("#8aa1b8"))
        c.rect(LM, self.y - h, RM - LM, h, fill=1, stroke=1)
        c.setFillColor(HexColor("#1b3a5c"))
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(LM + 12, self.y - 20, title)
        c.setFillColor(black)
        yy = self.y - 38
        for w in wrapped:
            c.setFont("Helvetica", 9)
            c.drawString(LM + 14, yy, "-")
            for ln in w:
                c.drawString(LM + 24, yy, ln)
                yy -= lead
            yy -= 6
        self.y -= h + 14


def status_of(year, key):
    st = CT.STATUS[year].get(key)
    if st:
        return st
    if year > 2025 and (year - 1) not in CT.A[key]:
        return "nieuw"
    return "loopt"


def render(year, total):
    r = R(year, total)
    c = r.c
    # --- cover
    c.setFillColor(HexColor("#1b3a5c"))
    c.rect(0, 560, W, 200, fill=1, stroke=0)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont("Helvetica-Bold", 24)
    c.drawString(LM, 700, "Prestatieafspraken Tessendam")
    c.setFont("Helvetica", 18)
    c.drawString(LM, 672, "2025-2028")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(LM, 610, "Jaarschijf %d met monitor" % year)
    c.setFillColor(black)
    c.setFont("Helvetica", 11)
    yy = 480
    for p in ("Gemeente Tessendam", "Woonstichting De Zandplaat", "Huurdersvereniging Tessendam Samen (HTS)"):
        c.drawString(LM, yy, p)
        yy -= 18
    c.setFont("Helvetica", 9)
    c.drawString(LM, 150, "Vastgesteld in het tripartiete overleg van %d december %d" % (9 + year - 2025, year - 1))
    r.y = 0
    r.newpage()
    # --- inhoud + leeswijzer + legenda
    r.heading("Inhoud", 14, 0)
    toc = ["Inleiding en kerncijfers"] + [ch[0] for ch in CT.CHAPTERS[year]] + \
          ["Slotbepalingen en ondertekening", "Bijlagen"]
    for t in toc:
        r.para(t, after=1)
    r.y -= 8
    r.heading("Leeswijzer", 11)
    r.para(LEESWIJZER)
    r.heading("Legenda", 11)
    c = r.c
    for glyph, tick, label in (("\u274f", False, "open afspraak, uitvoering nog niet afgerond"),
                               ("\u274f", True, "afspraak is uitgevoerd (gereed)")):
        c.setFont("ZapfDingbats", 10)
        c.drawString(LM, r.y - 10, glyph)
        if tick:
            c.setFont("ZapfDingbats", 9)
            c.setFillColor(HexColor("#2e7d32"))
            c.drawString(LM + 1, r.y - 9, "\u2714")
            c.setFillColor(black)
        c.setFont("Helvetica", 9.5)
        c.drawString(LM + 20, r.y - 10, label)
        r.y -= 15
    for st, label in (("nieuw", "afspraak is dit jaar voor het eerst opgenomen"), ("loopt", "uitvoering loopt volgens planning"),
                      ("gereed", "resultaat is behaald"), ("uitgesteld", "planning is verschoven")):
        c.setFont("Helvetica-Bold", 8.5)
        c.setFillColor(STATUS_COL[st])
        c.drawString(LM, r.y - 10, st)
        c.setFillColor(black)
        c.setFont("Helvetica", 9.5)
        c.drawString(LM + 60, r.y - 10, label)
        r.y -= 15
    r.newpage()
    # --- inleiding
    r.heading("Inleiding en kerncijfers", 14, 0)
    r.para(INTRO[year])
    r.para("De afspraken in deze jaarschijf zijn gerangschikt naar vijf thema's. Waar een afspraak ook een ander thema "
           "raakt, is zij ondergebracht bij het thema waar het zwaartepunt ligt.")
    r.heading("Kerncijfers", 11)
    c = r.c
    r.need(20 + 16 * 6)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(LM, r.y - 10, "Indicator")
    c.drawRightString(400, r.y - 10, "stand 1-1-%d" % (year - 1))
    c.drawRightString(500, r.y - 10, "stand 1-1-%d" % year)
    r.y -= 16
    for a, b1, b2 in KERN[year]:
        c.setStrokeColor(HexColor("#cccccc"))
        c.line(LM, r.y + 2, 500, r.y + 2)
        c.setFont("Helvetica", 9)
        c.drawString(LM, r.y - 10, a)
        c.drawRightString(400, r.y - 10, b1)
        c.drawRightString(500, r.y - 10, b2)
        r.y -= 16
    r.y -= 10
    # --- chapters
    for i, (title, items) in enumerate(CT.CHAPTERS[year]):
        letter = title[0]
        if i > 0:
            r.box("Terugblik %d" % PREV[year], TERUG[year][letter])
        r.heading(title, 13)
        r.para(CHINTRO[letter])
        sub = None
        n = 0
        for it in items:
            if it.startswith("#"):
                sub = it[1:]
                r.need(60)
                r.y -= 4
                r.c.setFont("Helvetica-Oblique", 10)
                r.c.drawString(LM, r.y - 10, sub)
                r.y -= 18
                continue
            n += 1
            section = title + (" > " + sub if sub else "")
            r.afspraak("%s-%d" % (letter, n), it, CT.A[it][year][0], status_of(year, it), section)
    # --- slot
    r.heading("Slotbepalingen en ondertekening", 13, 12)
    r.para(SLOT.format(y=year))
    r.para("Aldus overeengekomen en ondertekend te Tessendam op %d december %d." % (9 + year - 2025, year - 1))
    r.need(150)
    r.y -= 10
    for name, person, func in SIGN:
        r.c.setFont("Helvetica-Bold", 9.5)
        r.c.drawString(LM, r.y - 10, name)
        r.c.setFont("Helvetica", 9.5)
        r.c.drawString(LM, r.y - 36, "...........................................")
        r.c.drawString(LM, r.y - 49, person + ", " + func)
        r.y -= 62
    r.heading("Bijlagen", 13, 10)
    for b in BIJLAGEN:
        r.para(b.format(p=year - 1), after=1)
    r.decor()
    r.c.showPage()
    r.c.save()
    return r.buf.getvalue(), r.page, r.gold


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    for year in CT.YEARS:
        _, n, _ = render(year, None)
        data, n2, gold = render(year, n)
        assert n == n2
        did = "%s-%d" % (FAMILY, year)
        with open(os.path.join(OUT, "pdf", did + ".pdf"), "wb") as f:
            f.write(data)
        afs = []
        for g in gold:
            key = g["key"]
            text, frame = CT.A[key][year]
            themes = CT.A[key]["themes"]
            afs.append({"key": key, "number": g["number"], "section": g["section"], "party": None,
                        "theme": themes[0], "themes": themes, "page": g["page"], "text": text,
                        "trekker": None, "planning": None, "attributes": {"status": g["status"]},
                        "frame": frame})
        doc = {"document": {"id": did, "family": FAMILY, "type": "prestatieafspraken", "year": year,
                            "years": [2025, 2026, 2027, 2028], "gemeente": CT.GEMEENTE,
                            "gemeenten": [CT.GEMEENTE], "corporaties": [CT.CORP],
                            "huurdersorganisaties": [CT.HO], "pages": n,
                            "layout": "monitor-checkbox-status"},
               "afspraken": afs}
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        print(did, n, "pages", len(afs), "afspraken", len(data), "bytes")
    for (yo, yn), ann in CT.PAIRS.items():
        old_keys = [k for k in CT.A if yo in CT.A[k]]
        new_keys = [k for k in CT.A if yn in CT.A[k]]
        links = []
        for k in sorted(set(old_keys) | set(new_keys), key=lambda k: list(CT.A).index(k)):
            st, kinds, hn = ann[k]
            if st == "unchanged":
                assert CT.A[k][yo][0] == CT.A[k][yn][0], k
            elif st not in ("new", "dropped"):
                assert CT.A[k][yo][0] != CT.A[k][yn][0], k
            links.append({"old": k if k in old_keys else None, "new": k if k in new_keys else None,
                          "status": st, "kinds": kinds, "hard_negative": hn})
        assert set(ann) == set(old_keys) | set(new_keys), set(ann) ^ (set(old_keys) | set(new_keys))
        o, n = "%s-%d" % (FAMILY, yo), "%s-%d" % (FAMILY, yn)
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n)), "w", encoding="utf-8") as f:
            json.dump({"old": o, "new": n, "links": links}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
