# -*- coding: utf-8 -*-
"""Build the wouwerhoek family (layout `meerjarenplanning`): three jaarschijven of the kaderafspraken 2025-2028.

Run: /work/main/.venv/bin/python corpus/challenge/src/wouwerhoek/build.py
"""
import copy
import io
import json
import os
import sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import ITEMS, SAME, SECTIONS  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "wouwerhoek"
PERIOD = [2025, 2026, 2027, 2028]
JAARSCHIJVEN = [2025, 2026, 2027]
GEMEENTE = "Wouwerhoek"
CORP = "Woonstichting Wouwerland"
HUURDERS = "Huurdersbelang Wouwerhoek"
CHAPTER = "Meerjarenplanning afspraken 2025-2028"

# landscape table geometry (also used by check.py)
LW, LH = landscape(A4)
PW, PH = A4
LM = 36
COLS = [("Nr", 42), ("Afspraak", 400), ("Trekker", 120)] + [(str(y), 52) for y in PERIOD]
COL_X = []
_x = LM
for _n, _w in COLS:
    COL_X.append(_x)
    _x += _w
TABLE_RIGHT = _x
AFSPRAAK_X = (COL_X[1], COL_X[2])
FS, LEAD = 9, 11.2

SIGN_DATE = {2025: "12 december 2024", 2026: "11 december 2025", 2027: "10 december 2026"}


def planning_of(years):
    """Convention: a continuous run of marked years as 'first-last', separate years joined with ', '."""
    years = sorted(years)
    runs, start, prev = [], years[0], years[0]
    for y in years[1:]:
        if y == prev + 1:
            prev = y
            continue
        runs.append((start, prev))
        start = prev = y
    runs.append((start, prev))
    return ", ".join(str(a) if a == b else "%d-%d" % (a, b) for a, b in runs)


def resolve():
    """Versions per year with SAME expanded."""
    out = []
    for it in ITEMS:
        vs = {}
        for y in JAARSCHIJVEN:
            v = it["versions"].get(y)
            if v is None:
                continue
            if v == SAME:
                v = copy.deepcopy(vs[y - 1])
            vs[y] = v
        it2 = dict(it)
        it2["versions"] = vs
        out.append(it2)
    return out


ITEMS_R = resolve()


def doc_items(year):
    res = {}
    for code, title in SECTIONS:
        res[code] = [it for it in ITEMS_R if it["sec"] == code and year in it["versions"]]
    return res


# ------------------------------------------------------------------ drawing helpers
class Doc:
    def __init__(self, c, year, total):
        self.c, self.year, self.total, self.page = c, year, total, 0

    def footer(self, w):
        c = self.c
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.35)
        c.drawString(LM, 22, "Prestatieafspraken Wouwerhoek 2025-2028 | jaarschijf %d" % self.year)
        c.drawRightString(w - LM, 22, "pagina %d van %d" % (self.page, self.total))
        c.setFillGray(0)

    def new_page(self, land):
        if self.page:
            self.c.showPage()
        self.page += 1
        w, h = (LW, LH) if land else (PW, PH)
        self.c.setPageSize((w, h))
        self.footer(w)
        return w, h

    def para(self, text, x, y, width, font="Helvetica", size=10, lead=13.5):
        self.c.setFont(font, size)
        for line in simpleSplit(text, font, size, width):
            self.c.drawString(x, y, line)
            y -= lead
        return y - 5


def portrait_front(d):
    y0 = d.year
    w, h = d.new_page(False)
    c = d.c
    c.setFillColorRGB(0.13, 0.33, 0.36)
    c.rect(0, h - 150, w, 150, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(50, h - 70, "Prestatieafspraken Wouwerhoek 2025-2028")
    c.setFont("Helvetica", 13)
    c.drawString(50, h - 95, "Jaarschijf %d" % y0)
    c.setFont("Helvetica", 9.5)
    c.drawString(50, h - 120, "Gemeente Wouwerhoek  |  %s  |  %s" % (CORP, HUURDERS))
    c.setFillGray(0)
    y = h - 190
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, "1  Inleiding")
    y -= 22
    ps = [
        "Voor u ligt de jaarschijf %d van de prestatieafspraken die de gemeente Wouwerhoek, %s en %s in december "
        "2024 voor de periode 2025-2028 hebben gesloten. De kaderafspraken geven de richting voor vier jaar; in de "
        "jaarschijf werken partijen elk jaar de planning en de aantallen opnieuw uit." % (y0, CORP, HUURDERS),
        "De afspraken sluiten aan op de Woonvisie Wouwerhoek 2024-2030, die de gemeenteraad in juni 2024 heeft "
        "vastgesteld, en op het bod dat Wouwerland in juni %d heeft uitgebracht. Ook de regionale woondeal en de "
        "Nationale Prestatieafspraken vormden een vertrekpunt voor het gesprek aan tafel." % (y0 - 1),
        "Wouwerland bezit in Wouwerhoek ruim drieduizend sociale huurwoningen, vooral in de kernen Wouwerhoek, "
        "Oostwouw en De Laren. Huurdersbelang Wouwerhoek behartigt de belangen van alle huurders van Wouwerland in "
        "de gemeente en neemt als gelijkwaardige partij deel aan het overleg.",
    ]
    for p in ps:
        y = d.para(p, 50, y, w - 100)
    y -= 6
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "Leeswijzer")
    y -= 18
    ps = [
        "Hoofdstuk 2 blikt terug op het afgelopen jaar en geeft de kerncijfers. Hoofdstuk 3 bevat de "
        "meerjarenplanning: per thema een tabel met alle afspraken die in deze jaarschijf gelden. Elke afspraak "
        "heeft een nummer (W voor wonen, D voor duurzaamheid, K voor kwaliteit, L voor leefbaarheid en P voor "
        "proces), een trekker en een planning over de jaren 2025 tot en met 2028.",
        "Een gevulde stip in een jaarkolom betekent dat partijen in dat jaar uitvoering geven aan de afspraak; een "
        "streepje betekent dat er in dat jaar niets loopt. De kolom van het jaar van deze jaarschijf is grijs "
        "gemarkeerd. Hoofdstuk 4 beschrijft de monitoring en bevat de ondertekening.",
    ]
    for p in ps:
        y = d.para(p, 50, y, w - 100)

    w, h = d.new_page(False)
    y = h - 70
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, "2  Terugblik en kerncijfers")
    y -= 22
    back = {
        2025: ["In 2024 leverde Wouwerland 46 sociale huurwoningen op aan de Parkweg en in Oostwouw. De bouw in het "
               "plan Kerkeind liep vertraging op door bezwaren tegen het bestemmingsplan.",
               "Er zijn in 2024 vijf huishoudens uit hun woning gezet wegens huurachterstand. De gemiddelde "
               "inschrijfduur bij toewijzing bedroeg 4,1 jaar."],
        2026: ["In 2025 verbeterde Wouwerland 58 woningen met een E-, F- of G-label; dat waren er twee minder dan "
               "afgesproken. Het plan Kerkeind kon niet in 2025 starten omdat de aanbesteding opnieuw moest.",
               "De energiecoaches bezochten in 2025 164 huishoudens. Het leefbaarheidsbudget werd niet volledig "
               "besteed, onder meer omdat twee buurtprojecten zijn uitgesteld."],
        2027: ["In 2026 zijn de laatste woningen met een E-, F- of G-label in het planmatig onderhoud opgenomen. De "
               "bouw van het plan Kerkeind is in het voorjaar van 2026 gestart.",
               "De pilot met de verhuiscoach voor senioren is in 2026 afgerond; negentien senioren verhuisden naar een "
               "passende woning. De gemeente en Wouwerland hebben in 2026 de kostenverdeling voor Wmo-aanpassingen "
               "vastgelegd. Eind 2026 hing in alle huurwoningen van Wouwerland een rookmelder op elke verdieping."],
    }[y0]
    for p in back:
        y = d.para(p, 50, y, w - 100)
    y -= 4
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "Kerncijfers Wouwerland in Wouwerhoek (peildatum 1 januari %d)" % y0)
    y -= 18
    rows = {
        2025: [("Sociale huurwoningen", "3.212"), ("Gemiddelde netto huur", "€ 642"), ("Woningen met label E, F of G",
               "105"), ("Huishoudens met huurachterstand > 2 maanden", "38")],
        2026: [("Sociale huurwoningen", "3.196"), ("Gemiddelde netto huur", "€ 667"), ("Woningen met label E, F of G",
               "47"), ("Huishoudens met huurachterstand > 2 maanden", "33")],
        2027: [("Sociale huurwoningen", "3.171"), ("Gemiddelde netto huur", "€ 689"), ("Woningen met label E, F of G",
               "4"), ("Huishoudens met huurachterstand > 2 maanden", "29")],
    }[y0]
    c.setFont("Helvetica", 10)
    for k, v in rows:
        c.setStrokeGray(0.75)
        c.line(50, y - 5, 400, y - 5)
        c.drawString(54, y, k)
        c.drawRightString(396, y, v)
        y -= 18
    y -= 14
    d.para("De cijfers zijn afkomstig uit de jaarverslaglegging van Wouwerland en de monitor van de gemeente. Ze zijn "
           "bedoeld als achtergrond en maken geen deel uit van de afspraken.", 50, y, w - 100, size=9, lead=12)


def landscape_tables(d, gold):
    year = d.year
    items = doc_items(year)
    c = d.c
    top = LH - 50
    bottom = 48
    state = {"y": None, "first": True}

    def start_page():
        d.new_page(True)
        y = top
        if state["first"]:
            c.setFont("Helvetica-Bold", 13)
            c.drawString(LM, y, "3  " + CHAPTER)
            y -= 24
            state["first"] = False
        state["y"] = y

    def header_row():
        y = state["y"]
        hgt = 16
        c.setFillGray(0.82)
        c.rect(LM, y - hgt, TABLE_RIGHT - LM, hgt, stroke=0, fill=1)
        cur = COL_X[3 + PERIOD.index(year)]
        c.setFillGray(0.62)
        c.rect(cur, y - hgt, 52, hgt, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8.5)
        for (name, wdt), x in zip(COLS, COL_X):
            if name.isdigit():
                c.drawCentredString(x + wdt / 2, y - 11, name)
            else:
                c.drawString(x + 4, y - 11, name)
        state["y"] = y - hgt

    def theme_heading(code, title, cont):
        y = state["y"] - 6
        c.setFont("Helvetica-Bold", 11)
        c.setFillColorRGB(0.13, 0.33, 0.36)
        c.drawString(LM, y - 10, "%s  %s%s" % (code, title, " (vervolg)" if cont else ""))
        c.setFillGray(0)
        state["y"] = y - 18

    for code, title in SECTIONS:
        lst = items[code]
        if state["y"] is None or state["y"] - 60 < bottom:
            start_page()
        theme_heading(code, title, False)
        header_row()
        for n, it in enumerate(lst, 1):
            v = it["versions"][year]
            lines = simpleSplit(v["text"], "Helvetica", FS, 400 - 8)
            tlines = simpleSplit(it["trekker"], "Helvetica", FS, 120 - 8)
            hgt = max(len(lines), len(tlines)) * LEAD + 8
            if state["y"] - hgt < bottom:
                start_page()
                theme_heading(code, title, True)
                header_row()
            y = state["y"]
            cur = COL_X[3 + PERIOD.index(year)]
            c.setFillGray(0.93)
            c.rect(cur, y - hgt, 52, hgt, stroke=0, fill=1)
            c.setFillGray(0)
            c.setFont("Helvetica-Bold", FS)
            number = "%s.%d" % (code, n)
            c.drawString(COL_X[0] + 4, y - 4 - FS, number)
            c.setFont("Helvetica", FS)
            ly = y - 4 - FS
            for ln in lines:
                c.drawString(COL_X[1] + 4, ly, ln)
                ly -= LEAD
            ly = y - 4 - FS
            for ln in tlines:
                c.drawString(COL_X[2] + 4, ly, ln)
                ly -= LEAD
            for i, yr in enumerate(PERIOD):
                cx = COL_X[3 + i] + 26
                cy = y - hgt / 2
                if yr in v["years"]:
                    c.setFillColorRGB(0.13, 0.33, 0.36)
                    c.circle(cx, cy, 4.2, stroke=0, fill=1)
                    c.setFillGray(0)
                else:
                    c.setFont("Helvetica", FS)
                    c.drawCentredString(cx, cy - 3, "–")
            c.setStrokeGray(0.7)
            c.setLineWidth(0.5)
            c.line(LM, y - hgt, TABLE_RIGHT, y - hgt)
            state["y"] = y - hgt
            gold.append({
                "key": it["key"], "number": number, "section": "%s > %s" % (CHAPTER, title), "party": None,
                "theme": it["themes"][0], "themes": list(it["themes"]), "page": d.page, "text": v["text"],
                "trekker": it["trekker"], "planning": planning_of(v["years"]), "attributes": {},
                "frame": {"actors": v["actors"], "modality": v["modality"], "quantities": v["quantities"],
                          "deadline": v["deadline"], "recurring": v["recurring"], "conditions": v["conditions"]},
            })
        state["y"] -= 8


def portrait_back(d):
    year = d.year
    w, h = d.new_page(False)
    c = d.c
    y = h - 70
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, "4  Monitoring en ondertekening")
    y -= 22
    ps = [
        "De voortgang van de afspraken wordt bijgehouden in een gezamenlijke monitor, die de ambtelijke werkgroep "
        "voorbereidt. De monitor laat per afspraak zien of de uitvoering op schema ligt.",
        "Deze jaarschijf maakt deel uit van de kaderafspraken 2025-2028. Waar de jaarschijf afwijkt van de "
        "kaderafspraken, geldt voor het jaar %d de jaarschijf. Wijzigingen gedurende het jaar worden schriftelijk "
        "vastgelegd en door alle partijen ondertekend." % year,
        "Bij een geschil over de uitleg of de uitvoering van de afspraken zoeken partijen eerst samen naar een "
        "oplossing in het bestuurlijk overleg. Lukt dat niet, dan kan elk van de partijen de geschillenregeling uit de "
        "Woningwet inroepen.",
    ]
    for p in ps:
        y = d.para(p, 50, y, w - 100)
    y -= 10
    c.setFont("Helvetica", 10)
    c.drawString(50, y, "Aldus overeengekomen en ondertekend te Wouwerhoek op %s." % SIGN_DATE[year])
    y -= 40
    sigs = [("Gemeente Wouwerhoek", "J.H. Verkerk-Dammers", "wethouder Wonen"),
            (CORP, "R. Stoutenbeek", "directeur-bestuurder"),
            (HUURDERS, "A. Maaskamp-Rijs", "voorzitter")]
    for i, (org, name, fn) in enumerate(sigs):
        x = 50 + i * 170
        c.setStrokeGray(0.5)
        c.line(x, y, x + 150, y)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x, y - 13, org)
        c.setFont("Helvetica", 9)
        c.drawString(x, y - 26, name)
        c.drawString(x, y - 39, fn)
    y -= 80
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, y, "Bijlagen")
    y -= 16
    c.setFont("Helvetica", 10)
    for i, b in enumerate(["Nieuwbouwprogramma Wouwerland %d-%d" % (year, year + 3),
                           "Monitor prestatieafspraken %d" % (year - 1)], 1):
        c.drawString(54, y, "%d. %s" % (i, b))
        y -= 14


def render(year, total):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Prestatieafspraken Wouwerhoek 2025-2028, jaarschijf %d" % year)
    c.setAuthor("Gemeente Wouwerhoek")
    d = Doc(c, year, total)
    gold = []
    portrait_front(d)
    landscape_tables(d, gold)
    portrait_back(d)
    c.showPage()
    c.save()
    return buf.getvalue(), d.page, gold


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for year in JAARSCHIJVEN:
        _, n, _ = render(year, 0)
        pdf, n2, gold = render(year, n)
        assert n == n2
        did = "%s-%d" % (FAMILY, year)
        with open(os.path.join(OUT, "pdf", did + ".pdf"), "wb") as f:
            f.write(pdf)
        doc = {"document": {"id": did, "family": FAMILY, "type": "prestatieafspraken", "year": year,
                            "years": PERIOD, "gemeente": GEMEENTE, "gemeenten": [GEMEENTE], "corporaties": [CORP],
                            "huurdersorganisaties": [HUURDERS], "pages": n, "layout": "meerjarenplanning"},
               "afspraken": gold}
        golds[year] = doc
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for old, new in [(2025, 2026), (2026, 2027)]:
        okeys = [a["key"] for a in golds[old]["afspraken"]]
        nkeys = [a["key"] for a in golds[new]["afspraken"]]
        otext = {a["key"]: a["text"] for a in golds[old]["afspraken"]}
        ntext = {a["key"]: a["text"] for a in golds[new]["afspraken"]}
        byk = {it["key"]: it for it in ITEMS_R}
        links = []
        for k in okeys + [k for k in nkeys if k not in okeys]:
            st, kinds, hn = byk[k]["links"][new]
            o = k if k in okeys else None
            nn = k if k in nkeys else None
            if st == "new":
                assert o is None and nn, k
            elif st == "dropped":
                assert nn is None and o, k
            else:
                assert o and nn, k
                assert (st == "unchanged") == (otext[k] == ntext[k]), k
            links.append({"old": o, "new": nn, "status": st, "kinds": kinds, "hard_negative": hn})
        pair = {"old": "%s-%d" % (FAMILY, old), "new": "%s-%d" % (FAMILY, new), "links": links}
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (pair["old"], pair["new"])), "w",
                  encoding="utf-8") as f:
            json.dump(pair, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for y in JAARSCHIJVEN:
        print(golds[y]["document"]["id"], golds[y]["document"]["pages"], "pages",
              len(golds[y]["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
