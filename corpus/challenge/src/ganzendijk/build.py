"""Build the Ganzendijk family: three jaarschijven rendered as simulated scans with an OCR-like text layer.

Run from /work/main:  /work/main/.venv/bin/python corpus/challenge/src/ganzendijk/build.py
"""
import json
import math
import os
import random
import sys

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAM = "ganzendijk"
W, H = 595.0, 842.0
LM, RM = 72.0, 523.0
TOP, BOT = 772.0, 78.0
GAPMAX = 4.6

SIGN = {2025: "10 december 2024", 2026: "11 december 2025", 2027: "9 december 2026"}
STAMP = {2025: "ONTVANGEN 12 FEB 2025", 2026: "ONTVANGEN 12 FEB 2026", 2027: "ONTVANGEN 11 FEB 2027"}


def wrap(text, font, size, width):
    words = text.split()
    lines, cur, w = [], [], 0.0
    for wd in words:
        ww = stringWidth(wd, font, size)
        add = ww if not cur else ww + GAPMAX
        if cur and w + add > width:
            lines.append(cur)
            cur, w = [wd], ww
        else:
            cur.append(wd)
            w += add
    if cur:
        lines.append(cur)
    return lines


class Layout:
    def __init__(self):
        self.pages = []
        self.newpage()

    def newpage(self):
        self.pages.append([])
        self.y = TOP

    @property
    def pno(self):
        return len(self.pages)

    def need(self, h):
        if self.y - h < BOT:
            self.newpage()

    def space(self, h):
        self.y -= h

    def line(self, words, x, font, size):
        self.pages[-1].append(("words", x, self.y, font, size, words))

    def para(self, text, font="Helvetica", size=10, x=LM, lead=14, keep=False, after=6):
        lines = wrap(text, font, size, RM - x)
        if keep:
            self.need(lead * len(lines))
        for ln in lines:
            self.need(lead)
            self.y -= lead
            self.line(ln, x, font, size)
        self.y -= after

    def heading(self, text, size=14, before=10):
        self.need(before + size + 60)
        self.y -= before
        self.para(text, "Helvetica-Bold", size, lead=size + 4, after=4)

    def item(self, num, text, planning=None, trekker=None):
        lines = wrap(text, "Helvetica", 10, RM - (LM + 20))
        h = 14 * len(lines) + 13 * ((planning is not None) + (trekker is not None)) + 6
        self.need(h)
        page = self.pno
        for i, ln in enumerate(lines):
            self.y -= 14
            if i == 0:
                self.line([num + "."], LM, "Helvetica", 10)
            self.line(ln, LM + 20, "Helvetica", 10)
        if planning:
            self.y -= 13
            self.line(("Planning: " + planning).split(), LM + 20, "Helvetica-Oblique", 9)
        if trekker:
            self.y -= 13
            self.line(("Verantwoordelijk: " + trekker).split(), LM + 20, "Helvetica-Oblique", 9)
        self.y -= 6
        return page

    def table(self, rows, cols, size=9):
        for r, row in enumerate(rows):
            self.need(14)
            self.y -= 14
            for cell, x in zip(row, cols):
                self.line(cell.split(), x, "Helvetica-Bold" if r == 0 else "Helvetica", size)
        self.y -= 8


def terugblik(year):
    if year == 2025:
        return ["In 2024 werden in Ganzendijk 64 sociale huurwoningen opgeleverd, waarvan 40 door Dijkland aan de Kanaalzone en 24 door Ganzenhof in Oosterveld. De corporaties verduurzaamden in dat jaar 212 woningen en er bleven nog 118 woningen met een energielabel E, F of G over.",
                "Het aantal huisuitzettingen wegens huurachterstand daalde van 7 in 2023 naar 4 in 2024. De gemiddelde inschrijfduur van woningzoekenden die een woning accepteerden bedroeg 3,4 jaar."]
    if year == 2026:
        return ["In 2025 zijn 78 sociale huurwoningen aan de voorraad toegevoegd. De start van de bouw aan de Molenakker liep vertraging op doordat het bestemmingsplan later werd vastgesteld dan voorzien. De corporaties verbeterden 164 woningen naar label B of beter; eind 2025 hadden nog 71 woningen een label E, F of G.",
                "Het meldpunt voor woonoverlast is in 2025 nog niet gerealiseerd, wel is een gezamenlijke werkgroep gestart. De woonvisie werd in november 2025 door de raad vastgesteld."]
    return ["In 2026 werden 52 sociale huurwoningen opgeleverd, waarmee sinds de start van de afsprakenperiode 130 van de beoogde 320 woningen zijn gerealiseerd. De bouw aan de Molenakker is in maart 2026 gestart en het complex Wilgenhof is in juni 2026 rollatortoegankelijk opgeleverd.",
            "Het meldpunt woonoverlast is sinds september 2026 operationeel en ontving in de eerste drie maanden 41 meldingen. De evaluatie van de meerjarige afspraken is in het najaar van 2026 afgerond; de aanbevelingen zijn in deze jaarschijf verwerkt."]


KERN = {
    2025: [["Kerncijfer", "2023", "2024"], ["Sociale huurwoningen (totaal)", "6.412", "6.455"],
           ["Woningen met label E, F of G", "196", "118"], ["Gemiddelde inschrijfduur (jaren)", "3,1", "3,4"],
           ["Huisuitzettingen wegens huurachterstand", "7", "4"]],
    2026: [["Kerncijfer", "2024", "2025"], ["Sociale huurwoningen (totaal)", "6.455", "6.519"],
           ["Woningen met label E, F of G", "118", "71"], ["Gemiddelde inschrijfduur (jaren)", "3,4", "3,6"],
           ["Huisuitzettingen wegens huurachterstand", "4", "3"]],
    2027: [["Kerncijfer", "2025", "2026"], ["Sociale huurwoningen (totaal)", "6.519", "6.563"],
           ["Woningen met label E, F of G", "71", "37"], ["Gemiddelde inschrijfduur (jaren)", "3,6", "3,5"],
           ["Huisuitzettingen wegens huurachterstand", "3", "2"]],
}

CH_INTRO = {
    1: "Een groot deel van de huurders in Ganzendijk heeft een laag inkomen. De woonlasten staan door de gestegen energieprijzen en de algemene kosten van levensonderhoud onder druk. De woonvisie vraagt daarom om een gematigd huurbeleid en om tijdige hulp bij betalingsproblemen.",
    2: "De vraag naar sociale huurwoningen is groter dan het aanbod en de inschrijfduur is de afgelopen jaren opgelopen. In de regionale woondeal heeft Ganzendijk zich verbonden aan een forse uitbreiding van de sociale voorraad, waarbij ook aandacht is voor bijzondere doelgroepen.",
    3: "De Nationale Prestatieafspraken vragen dat corporaties uiterlijk eind 2028 geen woningen met een slecht energielabel meer hebben. In Ganzendijk liggen de opgaven vooral in de naoorlogse wijken, waar ook de warmtetransitie het eerst aan de orde is.",
    4: "Het aantal ouderen in Ganzendijk neemt de komende jaren sterk toe. Dat vraagt om goed onderhouden, veilige en toegankelijke woningen en om een goede afstemming tussen wonen en zorg.",
    5: "In een aantal buurten staat de leefbaarheid onder druk door een concentratie van kwetsbare huishoudens. Partijen werken in de wijken samen met het wijkteam, de politie en bewonersorganisaties.",
    6: "Deze jaarschijf is onderdeel van de meerjarige prestatieafspraken 2025-2028. Partijen overleggen in een bestuurlijk overleg en in een ambtelijke werkgroep waarin ook de huurdersvereniging is vertegenwoordigd.",
}


def build_layout(year, toc):
    chn = data.CH_2027 if year == 2027 else data.CH
    L = Layout()
    L.pages[-1].append(("cover", year))
    L.y = 620
    L.para("Prestatieafspraken Ganzendijk 2025-2028", "Helvetica-Bold", 22, lead=28)
    L.para("Jaarschijf %d" % year, "Helvetica-Bold", 16, lead=22, after=30)
    L.para("Overeengekomen tussen", "Helvetica", 11, after=4)
    for p in ["Gemeente Ganzendijk"] + data.CORP + data.HUURDERS:
        L.para(p, "Helvetica", 11, lead=16, after=0)
    L.space(30)
    L.para("Definitieve versie, ondertekend op %s" % SIGN[year], "Helvetica-Oblique", 10)
    # page 2: inhoud en leeswijzer
    L.newpage()
    L.heading("Inhoudsopgave", 14, before=0)
    entries = [("Inleiding", "inl")] + [(chn[c], c) for c in range(1, 7)] + [("Slotbepalingen en ondertekening", "slot"), ("Bijlagen", "bijl")]
    for name, k in entries:
        L.need(15)
        L.y -= 15
        L.line(name.split(), LM, "Helvetica", 10)
        L.line([str(toc.get(k, 0))], 500, "Helvetica", 10)
    L.space(16)
    L.heading("Leeswijzer", 12)
    L.para("Deze jaarschijf bevat de afspraken voor het jaar %d. Per thema wordt eerst kort de opgave geschetst; daarna volgen de genummerde afspraken. Waar dat van toepassing is, staat onder een afspraak wanneer deze wordt uitgevoerd en welke partij verantwoordelijk is. Afspraken die in eerdere jaarschijven zijn uitgevoerd, zijn niet meer opgenomen." % year)
    # inleiding
    L.newpage()
    toc["inl"] = L.pno
    L.heading("Inleiding", 14, before=0)
    L.para("Gemeente Ganzendijk, Woonstichting Ganzenhof, Wooncorporatie Dijkland en Huurdersvereniging Ganzendijk Samen sloten eind 2024 meerjarige prestatieafspraken voor de periode 2025-2028. De afspraken geven uitvoering aan de woonvisie van de gemeente en aan de regionale woondeal die met het Rijk en de provincie is gesloten. Ieder jaar werken partijen de afspraken uit in een jaarschijf, op basis van het bod dat de corporaties vóór 1 juli uitbrengen.")
    L.heading("Terugblik", 12)
    for t in terugblik(year):
        L.para(t)
    L.heading("Kerncijfers", 12)
    L.table(KERN[year], [LM, 360, 440])
    afs = []
    chapter = None
    num = 0
    for key in data.ORDER[year]:
        a = data.A[key]
        c = a["ch"][year]
        if c != chapter:
            chapter = c
            num = 0
            L.newpage() if c in (1, 3, 5) else L.space(10)
            toc[c] = L.pno if L.y < TOP else L.pno
            L.heading(chn[c], 14, before=0 if L.y >= TOP else 12)
            toc[c] = L.pno
            L.para(CH_INTRO[c], "Helvetica", 10, after=8)
        num += 1
        v = a[year]
        page = L.item(str(num), v["text"], v["planning"], v["trekker"])
        afs.append({"key": key, "number": str(num), "section": chn[c], "party": None,
                    "theme": a["themes"][0], "themes": a["themes"], "page": page, "text": v["text"],
                    "trekker": v["trekker"], "planning": v["planning"], "attributes": {}, "frame": v["frame"]})
    # slot
    L.newpage()
    toc["slot"] = L.pno
    L.heading("Slotbepalingen en ondertekening", 14, before=0)
    L.para("Deze jaarschijf maakt deel uit van de prestatieafspraken 2025-2028 en treedt in werking op 1 januari %d. Zij loopt tot en met 31 december %d, waarna de afspraken uit de volgende jaarschijf van kracht worden. Wijzigingen in de afspraken worden schriftelijk vastgelegd en door alle partijen ondertekend." % (year, year))
    L.para("Aldus overeengekomen en ondertekend te Ganzendijk op %s." % SIGN[year], after=20)
    sigs = [("Gemeente Ganzendijk", "J.M. van Oordt", "wethouder Wonen"),
            ("Woonstichting Ganzenhof", "drs. H. Teeuwen", "directeur-bestuurder"),
            ("Wooncorporatie Dijkland", "A.C. Bosch-Meerman", "directeur-bestuurder"),
            ("Huurdersvereniging Ganzendijk Samen", "R. Elzinga", "voorzitter")]
    for i, (org, name, fn) in enumerate(sigs):
        x = LM if i % 2 == 0 else 310
        if i % 2 == 0:
            L.y -= 16
            y0 = L.y
        L.y = y0
        L.line(org.split(), x, "Helvetica-Bold", 9)
        L.pages[-1].append(("sig", x + 10, y0 - 40, i + year))
        L.y = y0 - 62
        L.line(name.split(), x, "Helvetica", 9)
        L.y -= 12
        L.line(fn.split(), x, "Helvetica", 9)
        L.y -= 8
    L.space(20)
    toc["bijl"] = L.pno
    L.heading("Bijlagen", 12)
    for b in ["Bijlage 1. Prestatieafspraken 2025-2028 (kaderdocument)", "Bijlage 2. Nieuwbouwprogramma per project",
              "Bijlage 3. Monitor voortgang jaarschijf %d" % (year - 1), "Bijlage 4. Begrippenlijst"]:
        L.para(b, after=2)
    return L, afs


def paraph(c, x, y, rng):
    p = c.beginPath()
    p.moveTo(x, y)
    for _ in range(3):
        p.curveTo(x + rng.uniform(5, 15), y + rng.uniform(8, 18), x + rng.uniform(15, 25), y - rng.uniform(5, 12),
                  x + rng.uniform(22, 34), y + rng.uniform(-3, 6))
        x += rng.uniform(12, 22)
    c.drawPath(p, stroke=1, fill=0)


def render(L, year, path):
    n = len(L.pages)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Prestatieafspraken Ganzendijk jaarschijf %d" % year)
    c.setAuthor("Gemeente Ganzendijk")
    for i, ops in enumerate(L.pages, 1):
        rng = random.Random(year * 100 + i)
        ang = rng.uniform(0.25, 0.8) * rng.choice([-1, 1])
        dx, dy = rng.uniform(-7, 7), rng.uniform(-7, 7)
        s = rng.uniform(0.975, 0.995)
        c.saveState()
        # scanner bed artefacts, not rotated with the sheet
        c.setStrokeGray(0.15)
        c.setLineWidth(rng.uniform(1.2, 2.4))
        if i % 2:
            c.line(3, 0, 3, H)
        else:
            c.line(W - 3, 0, W - 3, H)
        c.translate(W / 2 + dx, H / 2 + dy)
        c.rotate(ang)
        c.scale(s, s)
        c.translate(-W / 2, -H / 2)
        c.setFillGray(0.72)
        c.circle(22, H / 2 + 60, 6.5, stroke=0, fill=1)
        c.circle(22, H / 2 - 60, 6.5, stroke=0, fill=1)
        c.setFillGray(0)
        if i > 1:
            hdr = "Prestatieafspraken Ganzendijk 2025-2028 | Jaarschijf %d" % year
            draw_words(c, hdr.split(), LM, 805, "Helvetica", 8, rng)
            draw_words(c, ("Pagina %d van %d" % (i, n)).split(), 460, 45, "Helvetica", 8, rng)
        for op in ops:
            if op[0] == "words":
                _, x, y, font, size, words = op
                draw_words(c, words, x, y, font, size, rng)
            elif op[0] == "cover":
                c.saveState()
                c.translate(400, 720)
                c.rotate(9)
                c.setStrokeColorRGB(0.15, 0.2, 0.55)
                c.setFillColorRGB(0.15, 0.2, 0.55)
                c.setLineWidth(1.5)
                c.rect(0, 0, 150, 34, stroke=1, fill=0)
                draw_words(c, STAMP[year].split(), 10, 13, "Helvetica-Bold", 10, rng)
                c.restoreState()
            elif op[0] == "sig":
                _, x, y, seed = op
                r2 = random.Random(seed)
                c.setStrokeColorRGB(0.1, 0.1, 0.35)
                c.setLineWidth(1.1)
                paraph(c, x, y, r2)
                paraph(c, x + 20, y + 6, r2)
                c.setStrokeGray(0)
        c.setStrokeColorRGB(0.1, 0.1, 0.4)
        c.setLineWidth(0.9)
        paraph(c, 500, 62, rng)
        c.restoreState()
        c.showPage()
    c.save()


def draw_words(c, words, x, y, font, size, rng):
    for w in words:
        c.setFont(font, size)
        c.drawString(x, y + rng.uniform(-0.25, 0.25), w)
        x += stringWidth(w, font, size) + rng.uniform(3.6, GAPMAX)


def meta(year, pages):
    return {"id": "%s-%d" % (FAM, year), "family": FAM, "type": "prestatieafspraken", "year": year,
            "years": [2025, 2026, 2027, 2028], "gemeente": data.GEMEENTE, "gemeenten": [data.GEMEENTE],
            "corporaties": data.CORP, "huurdersorganisaties": data.HUURDERS, "pages": pages,
            "layout": "scan-ocr-rotated-jaarschijf"}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def pair(y0, y1):
    old = {a: data.A[a][y0] for a in data.ORDER[y0]}
    new = {a: data.A[a][y1] for a in data.ORDER[y1]}
    spec = data.LINKS[y1]
    links = []
    for k in data.ORDER[y0]:
        if k in new:
            if old[k]["text"] == new[k]["text"]:
                assert k not in spec, k
                links.append({"old": k, "new": k, "status": "unchanged", "kinds": [], "hard_negative": None})
            else:
                st, kinds, hn = spec[k]
                links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in data.ORDER[y1]:
        if k not in old:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    for k in spec:
        assert k in old and k in new and old[k]["text"] != new[k]["text"], k
    return {"old": "%s-%d" % (FAM, y0), "new": "%s-%d" % (FAM, y1), "links": links}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    for year in (2025, 2026, 2027):
        toc = {}
        build_layout(year, toc)
        L, afs = build_layout(year, toc)
        did = "%s-%d" % (FAM, year)
        render(L, year, os.path.join(OUT, "pdf", did + ".pdf"))
        dump({"document": meta(year, len(L.pages)), "afspraken": afs}, os.path.join(OUT, "gold", did + ".json"))
    for y0, y1 in ((2025, 2026), (2026, 2027)):
        p = pair(y0, y1)
        dump(p, os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (p["old"], p["new"])))


if __name__ == "__main__":
    main()
