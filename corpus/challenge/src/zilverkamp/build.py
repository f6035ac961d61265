# -*- coding: utf-8 -*-
"""Render the zilverkamp family (line-numbered official layout) and write gold JSON.
Run from /work/main:  .venv/bin/python corpus/challenge/src/zilverkamp/build.py"""
import json
import os
import sys

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as CT  # noqa: E402

FAM = "zilverkamp"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev")
OUT = os.path.normpath(OUT)
W, H = 595.27, 841.89
X0, X1 = 88, 522
TOP, BOTTOM = 785, 62
LN_X = 74
GREY = Color(0.55, 0.55, 0.55)
REG, BOLD, IT = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


class Doc:
    def __init__(self, head_left, head_right, foot_left):
        self.head_left, self.head_right, self.foot_left = head_left, head_right, foot_left
        self.pages = [[]]
        self.y = TOP
        self.n = 0

    @property
    def page(self):
        return len(self.pages)

    def newpage(self):
        self.pages.append([])
        self.y = TOP

    def space(self, h):
        self.y -= h

    def ensure(self, h):
        if self.y - h < BOTTOM:
            self.newpage()

    def line(self, runs, leading):
        """runs: list of (x, font, size, text)."""
        self.ensure(leading)
        self.y -= leading
        for x, f, s, t in runs:
            self.pages[-1].append(("t", x, self.y, f, s, t))
        self.n += 1
        if self.n % 5 == 0:
            self.pages[-1].append(("ln", self.y, self.n))

    def wrap(self, tokens, width, size):
        lines, cur, curw = [], [], 0.0
        for tok, f in tokens:
            w = stringWidth(tok, f, size)
            sp = stringWidth(" ", f, size) if cur else 0
            if cur and curw + sp + w > width:
                lines.append(cur)
                cur, curw = [], 0.0
                sp = 0
            cur.append((tok, f))
            curw += sp + w
        if cur:
            lines.append(cur)
        return lines

    def runs_for(self, line, x, size):
        runs, buf, bf, bx = [], [], None, x
        cx = x
        for tok, f in line:
            if bf is not None and f != bf:
                txt = " ".join(buf)
                runs.append((bx, bf, size, txt))
                cx = bx + stringWidth(txt, bf, size) + 5
                buf, bx = [], cx
            bf = f
            buf.append(tok)
        if buf:
            runs.append((bx, bf, size, " ".join(buf)))
        return runs

    def para(self, text, size=9.5, leading=13.5, font=REG, x=X0, label=None, after=5, keep=1):
        tokens = []
        if label:
            tokens.append((label, BOLD))
        tokens += [(w, font) for w in text.split()]
        lines = self.wrap(tokens, X1 - x, size)
        self.ensure(leading * min(keep, len(lines)))
        start = self.page
        for ln in lines:
            self.line(self.runs_for(ln, x, size), leading)
        self.space(after)
        return start

    def hanging(self, mark, text, x_mark, x_text, size=9.5, leading=13.5, after=2, font=REG):
        lines = self.wrap([(w, font) for w in text.split()], X1 - x_text, size)
        start = None
        for i, ln in enumerate(lines):
            runs = self.runs_for(ln, x_text, size)
            if i == 0:
                runs = [(x_mark, font, size, mark)] + runs
            self.line(runs, leading)
            if start is None:
                start = self.page
        self.space(after)
        return start

    def heading(self, text, size, before=8, after=4):
        self.space(before)
        self.ensure(size * 1.5 + 45)
        self.line([(X0, BOLD, size, text)], size * 1.5)
        self.space(after)

    def render(self, path, cover=True):
        c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
        c.setTitle(self.head_left)
        c.setAuthor("Gemeente " + CT.GEMEENTE)
        N = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            if i > 1 or not cover:
                c.setFont(REG, 7.5)
                c.setFillColor(GREY)
                c.drawString(X0, H - 32, self.head_left)
                c.drawRightString(X1, H - 32, self.head_right)
                c.setStrokeColor(GREY)
                c.line(X0, H - 37, X1, H - 37)
            c.setFont(REG, 7.5)
            c.setFillColor(GREY)
            c.drawString(X0, 30, self.foot_left)
            c.drawRightString(X1, 30, "Pagina %d van %d" % (i, N))
            for op in ops:
                if op[0] == "t":
                    _, x, y, f, s, t = op
                    c.setFillColor(black)
                    c.setFont(f, s)
                    c.drawString(x, y, t)
                elif op[0] == "ln":
                    c.setFillColor(GREY)
                    c.setFont(REG, 6.5)
                    c.drawRightString(LN_X, op[1], str(op[2]))
            c.showPage()
        c.save()
        return N


# ------------------------------------------------------------------ structure per year
CH5 = {2025: "Leefbaarheid", 2026: "Leefbaarheid", 2027: "Prettig wonen in de buurt"}


def structure(y):
    has = lambda k: y in CT.AF[k][1]  # noqa: E731
    s = []
    ch2 = [
        ("2.1 Nieuwbouw en voorraad", [
            "ctx:In de woonvisie Thuis in Zilverkamp 2024-2030 is vastgelegd dat de sociale huurvoorraad moet "
            "meegroeien met het aantal inwoners. In de regionale woondeal is voor Zilverkamp een opgave van ruim "
            "1.100 woningen tot en met 2030 opgenomen, waarvan twee derde in het betaalbare segment.",
            "nieuwbouw-sociaal", "aandeel-sociaal", "flexlocaties", "woningdelen-jongeren"]),
        ("2.2 Verkoop en liberalisatie", [
            "ctx:Toelichting. De omvang van de sociale voorraad van Zilverhof bedroeg op 1 januari %d circa "
            "4.960 woningen. Verkoop en liberalisatie worden alleen ingezet waar dit de financiële ruimte voor "
            "nieuwbouw en verduurzaming vergroot." % y,
            "verkoop", "liberalisatie"]),
        ("2.3 Toewijzing en doorstroming", [
            "vrije-toewijzingsruimte", "statushouders",
            "ctx:Toelichting. Uit het woningmarktonderzoek blijkt dat circa 700 huishoudens van 65 jaar en ouder "
            "in een eengezinswoning van Zilverhof wonen en een deel van hen wil verhuizen, mits er een passend "
            "alternatief in de eigen buurt beschikbaar is.",
            "verhuispremie", "zoektijd-starters", "hospitaverhuur"]),
        ("2.4 Huurbeleid en betalingsproblemen", [
            "huurverhoging", "huurverlaging-inkomen",
            "ctx:Het aantal huishoudens met een huurachterstand van meer dan twee maanden schommelde het afgelopen "
            "jaar rond de 45. Partijen zien vroegsignalering als het belangrijkste middel om schulden te voorkomen.",
            "huurachterstand" if y < 2027 else None, "huisuitzettingen"]),
    ]
    ch3 = [
        ("3.1 Energielabels en isolatie", [
            "ctx:Het Rijk heeft in de Nationale Prestatieafspraken vastgelegd dat woningen met energielabel E, F "
            "of G uiterlijk in 2028 zijn verbeterd. Zilverhof loopt daarop voor.",
            "label-efg", "gemiddeld-label", "verduurzaming", "zonnepanelen"]),
        ("3.2 Warmtetransitie en energiearmoede", [
            "ctx:De Transitievisie Warmte wijst de wijk Ekkelhoek aan als eerste wijk die van het aardgas gaat, "
            "vanwege de nabijheid van de restwarmte van het bedrijventerrein De Zilverhaven.",
            "wijkuitvoeringsplan", "warmtenet-ekkelhoek", "energiecoaches"]),
        ("3.3 Klimaatadaptatie en circulair bouwen", ["klimaatadaptatie", "circulair-bouwen"]),
    ]
    ch4_1 = ["reparaties", "vocht-schimmel", "huurdersoordeel", "rookmelders"]
    ch4_2 = ["wmo-aanpassingen", "nultreden"]
    if y == 2027:
        ch4_1 = ["vocht-schimmel", "reparaties", "huurdersoordeel", "rookmelders"]
        ch4_2 = ["nultreden", "wmo-aanpassingen"]
    ch4 = [
        ("4.1 Onderhoud en reparaties", [
            "ctx:Zilverhof besteedt jaarlijks circa € 21 miljoen aan planmatig en dagelijks onderhoud. De "
            "huurdersorganisatie ontvangt signalen dat meldingen van vocht en schimmel niet altijd snel genoeg "
            "worden opgepakt."] + ch4_1),
        ("4.2 Wonen en zorg", [
            "ctx:Het aantal inwoners van 75 jaar en ouder in Zilverkamp groeit tot 2035 met ongeveer 40 procent. "
            "Ouderen wonen steeds langer zelfstandig, vaak met ondersteuning vanuit de Wmo."] + ch4_2),
    ]
    ch5 = [
        ("5.1 Wijkbeheer", [
            "ctx:In de leefbaarheidsmonitor scoorden de wijken Ekkelhoek en Stationsbuurt het laagst op het "
            "onderdeel overlast. Deze wijken krijgen daarom extra aandacht.",
            "leefbaarheidsbudget", "huismeester", "bewonersavonden", "wijkteamoverleg", "buurtbemiddeling"]),
        ("5.2 Kwetsbare bewoners", [
            "ctx:Toelichting. De regio streeft naar een evenwichtige spreiding van de uitstroom uit beschermd "
            "wonen en maatschappelijke opvang over de gemeenten en over de wijken.",
            "uitstroom-bw-mo", "ontmoetingsruimten"] + (["huurachterstand"] if y == 2027 else [])),
    ]
    ch6 = [
        ("6.1 Overleg en monitoring", [
            "ctx:Partijen komen twee keer per jaar bestuurlijk bijeen; daarnaast overlegt een ambtelijke "
            "werkgroep met vertegenwoordigers van alle drie partijen ongeveer zes keer per jaar.",
            "monitoring", "ondersteuning-ho", "bod", "evaluatie-overleg"]),
        ("6.2 Looptijd en geschillen", [
            "ctx:Deze prestatieafspraken gelden van 1 januari %d tot en met 31 december %d. Afspraken die "
            "doorlopen na %d worden meegenomen in de prestatieafspraken voor het volgende jaar. Wijzigingen "
            "gedurende de looptijd zijn alleen mogelijk als alle partijen daarmee schriftelijk instemmen." % (y, y, y),
            "geschillen"]),
    ]
    chapters = [("2. Betaalbaarheid en beschikbaarheid", ch2),
                ("3. Duurzaamheid en energietransitie", ch3),
                ("4. Kwaliteit van de woningvoorraad", ch4),
                ("5. " + CH5[y], ch5),
                ("6. Samenwerking en proces", ch6)]
    out = []
    for ct, subs in chapters:
        nsubs = []
        for st, items in subs:
            its = [i for i in items if i and (i.startswith("ctx:") or has(i))]
            nsubs.append((st, its))
        out.append((ct, nsubs))
    return out


def afspraak_text(v):
    return " ".join([v["text"]] + v["items"])


def norm(s):
    return " ".join(s.split())


def build_year(y, toc_pages):
    title = "Prestatieafspraken %d" % y
    d = Doc("%s gemeente %s" % (title, CT.GEMEENTE), "%s | %s | %s" % ("Gemeente " + CT.GEMEENTE, CT.CORP,
            "HBZ"), "Vastgesteld in het bestuurlijk overleg van %d december %d" % (11 if y != 2026 else 9, y - 1))
    # cover
    d.space(120)
    d.line([(X0, BOLD, 24, title)], 30)
    d.line([(X0, REG, 13, "Afspraken over wonen in de gemeente %s" % CT.GEMEENTE)], 20)
    d.space(50)
    d.line([(X0, REG, 10, "tussen")], 15)
    for p in ["Gemeente " + CT.GEMEENTE, CT.CORP, CT.HO + " (HBZ)"]:
        d.line([(X0, BOLD, 11, p)], 17)
    d.space(60)
    d.line([(X0, REG, 9.5, "Definitieve versie, december %d" % (y - 1))], 14)
    d.line([(X0, REG, 9.5, "Kenmerk: WON/%d/%04d" % (y - 1, 312 + y % 100))], 14)
    d.newpage()
    # toc
    d.heading("Inhoudsopgave", 13, before=0)
    toc = [("1. Inleiding", "1. Inleiding")]
    st = structure(y)
    for ct, _ in st:
        toc.append((ct, ct))
    toc += [("7. Ondertekening", "7. Ondertekening"), ("Bijlagen", "Bijlagen")]
    for label, key in toc:
        pg = str(toc_pages.get(key, 0))
        d.line([(X0, REG, 9.5, label), (X1 - stringWidth(pg, REG, 9.5), REG, 9.5, pg)], 15)
    d.space(12)
    d.heading("Leeswijzer", 11)
    d.para("Na de inleiding in hoofdstuk 1 volgen de afspraken per thema in de hoofdstukken 2 tot en met 6. Iedere "
           "afspraak is genummerd met het hoofdstuk en een volgnummer, bijvoorbeeld Afspraak 3.2. Tussen de "
           "afspraken staan toelichtingen en achtergrondgegevens; deze hebben geen verplichtend karakter. De "
           "regelnummers in de linkermarge dienen uitsluitend om in het overleg naar een passage te kunnen "
           "verwijzen.")
    pages = {}
    d.newpage()
    pages["1. Inleiding"] = d.page
    d.heading("1. Inleiding", 13, before=0)
    d.heading("1.1 Aanleiding en beleidskader", 10.5, before=2)
    d.para("De Woningwet verplicht gemeenten, woningcorporaties en huurdersorganisaties om jaarlijks afspraken te "
           "maken over de bijdrage van de corporatie aan het lokale volkshuisvestingsbeleid. Voor Zilverkamp "
           "vormen de woonvisie Thuis in Zilverkamp 2024-2030, de regionale woondeal en de Nationale "
           "Prestatieafspraken tussen Rijk, Aedes, Woonbond en VNG het kader. Het bod dat Zilverhof op %d juni "
           "%d heeft uitgebracht, is het vertrekpunt van deze afspraken." % (24 + y % 3, y - 1))
    d.para("Partijen constateren dat de druk op de sociale huurmarkt onverminderd hoog is. Tegelijkertijd staan "
           "de financiële mogelijkheden van Zilverhof onder druk door gestegen bouwkosten en rente. De afspraken "
           "in dit document zijn daarom gericht op wat partijen in %d daadwerkelijk kunnen waarmaken." % y)
    d.heading("1.2 Terugblik op %d" % (y - 1), 10.5)
    tb = {2025: "In 2024 zijn 64 sociale huurwoningen opgeleverd, tien minder dan was afgesproken, doordat de bouw "
                "in Kampereiland-Zuid vertraging opliep. Zilverhof heeft 138 woningen verduurzaamd en de gemiddelde "
                "zoektijd van starters daalde licht naar 3,9 jaar.",
          2026: "In 2025 zijn 81 sociale huurwoningen opgeleverd. Zilverhof heeft 152 woningen verduurzaamd en 35 van "
                "de 60 woningen met label E, F of G aangepakt. De pilot met hospitaverhuur is niet gestart, omdat "
                "het Rijk de vrijstelling van de kostendelersnorm niet heeft geregeld.",
          2027: "In 2026 zijn 72 sociale huurwoningen opgeleverd en 183 woningen verduurzaamd. Het "
                "wijkuitvoeringsplan voor Ekkelhoek is in februari 2026 vastgesteld. Van de 25 woningen met label E, "
                "F of G resteerden eind 2026 nog 12 woningen, vanwege bezwaren van bewoners in het complex Molenhof."}
    d.para(tb[y])
    d.para("In onderstaande tabel zijn de belangrijkste kerncijfers van Zilverhof in Zilverkamp weergegeven.")
    kc = {2025: ["4.930", "3,9 jaar", "41", "6"], 2026: ["4.960", "3,6 jaar", "46", "3"],
          2027: ["5.010", "3,4 jaar", "44", "4"]}[y]
    rows = [("Kerncijfer", "Stand 1 januari %d" % y), ("Sociale huurwoningen Zilverhof", kc[0]),
            ("Gemiddelde zoektijd starters", kc[1]), ("Huishoudens met huurachterstand > 2 mnd", kc[2]),
            ("Huisuitzettingen vorig jaar", kc[3])]
    for i, (a, b) in enumerate(rows):
        f = BOLD if i == 0 else REG
        d.line([(X0 + 8, f, 9, a), (X0 + 290, f, 9, b)], 13.5)
    d.space(8)
    recs = []
    for ct, subs in st:
        d.heading(ct, 13, before=14)
        if ct not in pages:
            pages[ct] = d.page
        # heading page: recorded after ensure inside heading
        pages[ct] = d.page
        chno = ct.split(".")[0]
        serial = 0
        for sub, items in subs:
            d.heading(sub, 10.5, before=4)
            for it in items:
                if it.startswith("ctx:"):
                    txt = it[4:]
                    if txt.startswith("Toelichting. "):
                        d.para(txt[len("Toelichting. "):], label="Toelichting.", font=IT)
                    else:
                        d.para(txt)
                    continue
                serial += 1
                themes, vers = CT.AF[it]
                v = vers[y]
                num = "%s.%d" % (chno, serial)
                pg = d.para(v["text"], label="Afspraak " + num, after=2 if v["items"] else 6, keep=2)
                for item in v["items"]:
                    mark, rest = item.split(" ", 1)
                    d.hanging(mark, rest, X0 + 16, X0 + 30)
                if v["items"]:
                    d.space(4)
                recs.append({"key": it, "number": num, "section": "%s > %s" % (ct, sub), "party": None,
                             "theme": themes[0], "themes": list(themes), "page": pg,
                             "text": norm(afspraak_text(v)), "trekker": None, "planning": None,
                             "attributes": {}, "frame": v["frame"]})
    d.heading("7. Ondertekening", 13, before=14)
    pages["7. Ondertekening"] = d.page
    d.para("Aldus overeengekomen en ondertekend te Zilverkamp op %d december %d." % (11 if y != 2026 else 9, y - 1))
    d.space(6)
    for org, name, fn in [("Gemeente " + CT.GEMEENTE, "J.M. van Oordt-Bakels", "wethouder Wonen"),
                          (CT.CORP, "drs. R.A. Tjalsma", "directeur-bestuurder"),
                          (CT.HO, "G. Ekkerink", "voorzitter")]:
        d.ensure(60)
        d.line([(X0, BOLD, 9.5, org)], 14)
        d.space(18)
        d.line([(X0, REG, 9.5, "......................................")], 14)
        d.line([(X0, REG, 9.5, "%s, %s" % (name, fn))], 14)
        d.space(8)
    d.heading("Bijlagen", 13, before=14)
    pages["Bijlagen"] = d.page
    for b in ["Bijlage 1. Nieuwbouwprogramma Zilverhof %d-%d per project" % (y, y + 4),
              "Bijlage 2. Monitor prestatieafspraken %d (stand 1 oktober %d)" % (y - 1, y - 1),
              "Bijlage 3. Bod van Woonstichting Zilverhof, juni %d" % (y - 1),
              "Bijlage 4. Begrippenlijst"]:
        d.line([(X0, REG, 9.5, b)], 14)
    return d, recs, pages


def build_kennisgeving(y=2027):
    d = Doc("Raadsvoorstel prestatieafspraken %d" % y, "Gemeente " + CT.GEMEENTE,
            "Registratienummer RV-%d-0417" % (y - 1))
    d.line([(X0, BOLD, 15, "Raadsvoorstel")], 22)
    d.space(4)
    for a, b in [("Onderwerp", "Kennisname prestatieafspraken %d" % y), ("Datum collegebesluit", "16 december %d" % (y - 1)),
                 ("Portefeuillehouder", "J.M. van Oordt-Bakels"), ("Raadsvergadering", "28 januari %d" % y)]:
        d.line([(X0, BOLD, 9.5, a), (X0 + 120, REG, 9.5, b)], 14)
    d.space(8)
    d.heading("Beslispunten", 11, before=2)
    d.para("De raad wordt voorgesteld:")
    for b in ["kennis te nemen van de prestatieafspraken %d tussen de gemeente, %s en de %s;" % (y, CT.CORP, CT.HO),
              "kennis te nemen van de monitor prestatieafspraken %d." % (y - 1)]:
        d.hanging("-", b, X0 + 4, X0 + 16)
    d.heading("Aanleiding", 11)
    d.para("Op 11 december %d hebben de gemeente, Woonstichting Zilverhof en de huurdersbelangenvereniging de "
           "prestatieafspraken voor %d ondertekend. Met dit voorstel informeert het college de raad over de "
           "belangrijkste afspraken. De volledige tekst is als bijlage bij dit voorstel gevoegd." % (y - 1, y))
    d.heading("Kern van de afspraken", 11)
    d.para("De belangrijkste afspraken voor %d zijn de volgende:" % y)
    recs = []
    for i, (key, txt, fr) in enumerate(CT.KG_ITEMS, 1):
        pg = d.hanging("%d." % i, txt, X0, X0 + 16, after=3)
        themes = CT.AF[key][0]
        recs.append({"key": key, "number": str(i), "section": "Kern van de afspraken", "party": None,
                     "theme": themes[0], "themes": list(themes), "page": pg, "text": norm(txt), "trekker": None,
                     "planning": None, "attributes": {}, "frame": fr})
        if i == 7:
            d.para("Toelichting. Het college merkt op dat de sanering van de woningen met de laagste labels een "
                   "jaar later wordt afgerond dan in %d was afgesproken." % (y - 1), font=IT)
    d.heading("Financiële consequenties", 11)
    d.para("De gemeentelijke bijdragen aan de energiecoaches en de buurtbemiddeling worden gedekt binnen de "
           "bestaande begroting van het programma Wonen. Er is geen aanvullend krediet nodig.")
    d.heading("Vervolg", 11)
    d.para("De voortgang wordt twee keer per jaar gemonitord; het college informeert de raad na iedere "
           "monitorronde met een raadsinformatiebrief.")
    d.para("Burgemeester en wethouders van Zilverkamp, de secretaris, M.C. Hoefnagel, de burgemeester, "
           "A.P. Drenthe-Kooistra")
    return d, recs


def doc_meta(doc_id, typ, y, pages):
    return {"id": doc_id, "family": FAM, "type": typ, "year": y, "years": [y], "gemeente": CT.GEMEENTE,
            "gemeenten": [CT.GEMEENTE], "corporaties": [CT.CORP], "huurdersorganisaties": [CT.HO],
            "pages": pages, "layout": "line-numbered official, inline 'Afspraak n.m' labels"}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for y in CT.YEARS:
        _, _, pages = build_year(y, {})
        d, recs, pages2 = build_year(y, pages)
        assert pages2 == pages, (pages, pages2)
        doc_id = "%s-%d" % (FAM, y)
        n = d.render(os.path.join(OUT, "pdf", doc_id + ".pdf"))
        g = {"document": doc_meta(doc_id, "prestatieafspraken", y, n), "afspraken": recs}
        write_json(os.path.join(OUT, "gold", doc_id + ".json"), g)
        golds[y] = g
    d, recs = build_kennisgeving()
    doc_id = "%s-kennisgeving-2027" % FAM
    n = d.render(os.path.join(OUT, "pdf", doc_id + ".pdf"), cover=False)
    write_json(os.path.join(OUT, "gold", doc_id + ".json"),
               {"document": doc_meta(doc_id, "kennisgeving", 2027, n), "afspraken": recs})
    for (a, b), links in CT.PAIRS.items():
        ka = {r["key"] for r in golds[a]["afspraken"]}
        kb = {r["key"] for r in golds[b]["afspraken"]}
        out = []
        for key, st, kinds, hn in links:
            out.append({"old": key if key in ka else None, "new": key if key in kb else None, "status": st,
                        "kinds": kinds, "hard_negative": hn})
        write_json(os.path.join(OUT, "gold", "pairs", "%s-%d__%s-%d.json" % (FAM, a, FAM, b)),
                   {"old": "%s-%d" % (FAM, a), "new": "%s-%d" % (FAM, b), "links": out})
    print("built", OUT)


if __name__ == "__main__":
    main()
