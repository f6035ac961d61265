# -*- coding: utf-8 -*-
"""Build the kievitsbroek family: printed e-mail threads (layout e-mailwisseling) and their gold.

Run from anywhere: /work/main/.venv/bin/python corpus/challenge/src/kievitsbroek/build.py
"""
import copy
import datetime
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
W, H = A4
ML, MR, MT, MB = 54, 54, 50, 56
BODY = "Helvetica"
BOLD = "Helvetica-Bold"
FS = 10
LEAD = 13.2
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
PRINT_USER = "Ingrid Mollema"


def dutch_date(d, time):
    return "%s %d %s %d %s" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, time)


def plain_date(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


# ----------------------------------------------------------------- versions
def resolve():
    """Per year: ordered list of (afspraak dict, version dict) with SAME expanded."""
    out = {}
    for y in C.YEARS:
        out[y] = []
    for a in C.AFSPRAKEN:
        prev = None
        for y in C.YEARS:
            v = a["v"].get(y)
            if v is None:
                prev = None
                continue
            if v == C.SAME:
                v = copy.deepcopy(prev)
                v["status"], v["kinds"], v["hn"] = "unchanged", [], None
            out[y].append((a, v))
            prev = v
    # keep section order as in SECTIONS
    order = list(C.SECTIONS)
    for y in C.YEARS:
        out[y].sort(key=lambda av: order.index(av[0]["sect"]))  # stable
    return out


# ----------------------------------------------------------------- page writer
class Writer:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("Outlook - bericht")
        self.c.setAuthor(PRINT_USER)
        self.y = H - MT
        self.page = 1
        self.print_header()

    def print_header(self):
        c = self.c
        c.setFont(BOLD, 13)
        c.drawString(ML, self.y - 4, PRINT_USER)
        self.y -= 12
        c.setLineWidth(2.2)
        c.line(ML, self.y, W - MR, self.y)
        self.y -= 20

    def footer(self):
        self.c.setFont(BODY, 8.5)
        self.c.drawCentredString(W / 2, MB - 26, str(self.page))

    def new_page(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = H - MT

    def need(self, h):
        if self.y - h < MB:
            self.new_page()

    def space(self, h=LEAD * 0.6):
        self.y -= h
        if self.y < MB:
            self.new_page()

    def line(self, text, font=BODY, size=FS, x=0):
        self.need(LEAD)
        self.c.setFont(font, size)
        self.c.drawString(ML + x, self.y - size, text)
        self.y -= LEAD

    def para(self, text, font=BODY, size=FS, x=0, prefix=""):
        """Wrapped paragraph; returns the page on which it starts."""
        width = W - ML - MR - x - (self.c.stringWidth(prefix, font, size) if prefix else 0)
        lines = simpleSplit(text, font, size, width) or [""]
        self.need(LEAD)
        start = self.page
        for ln in lines:
            self.line(prefix + ln, font, size, x)
        return start

    def item(self, num, text, x=10, gap=18):
        lines = simpleSplit(text, BODY, FS, W - ML - MR - x - gap)
        self.need(LEAD)
        start = self.page
        self.c.setFont(BODY, FS)
        self.c.drawString(ML + x, self.y - FS, num)
        for i, ln in enumerate(lines):
            if i:
                self.need(LEAD)
            self.c.setFont(BODY, FS)
            self.c.drawString(ML + x + gap, self.y - FS, ln)
            self.y -= LEAD
        return start

    def quoted_item(self, num, text):
        pre = "> "
        lines = simpleSplit(text, BODY, FS, W - ML - MR - 60)
        for i, ln in enumerate(lines):
            self.line(pre + (num + " " if i == 0 else "     ") + ln)

    def rule(self, width=0.6, gap_before=4, gap_after=8):
        self.need(LEAD + gap_before + gap_after)
        self.y -= gap_before
        self.c.setLineWidth(width)
        self.c.line(ML, self.y, W - MR, self.y)
        self.y -= gap_after

    def header_block(self, rows):
        for label, value in rows:
            lw = 74
            lines = simpleSplit(value, BODY, FS, W - ML - MR - lw)
            self.need(LEAD)
            self.c.setFont(BOLD, FS)
            self.c.drawString(ML, self.y - FS, label)
            for i, ln in enumerate(lines):
                if i:
                    self.need(LEAD)
                self.c.setFont(BODY, FS)
                self.c.drawString(ML + lw, self.y - FS, ln)
                self.y -= LEAD

    def save(self):
        self.footer()
        self.c.save()


# ----------------------------------------------------------------- the thread
BART = "Bart Scholtens <b.scholtens@kievitsbroek.nl>"
RENSKE = "Renske Tuinstra <r.tuinstra@broekweide.nl>"
GRUTTO = "Secretariaat De Grutto <secretariaat@degrutto-huurders.nl>"
GRIFFIE = "Griffie Kievitsbroek <griffie@kievitsbroek.nl>"
WETH = "Wethouder H. Dijkhuis <h.dijkhuis@kievitsbroek.nl>"


def write_list(w, year, items, gold):
    """The numbered afspraken list of the newest message; fills gold."""
    n = 0
    for sk, title in C.SECTIONS.items():
        sub = [(a, v) for a, v in items if a["sect"] == sk]
        if not sub:
            continue
        w.space(4)
        w.para(title, BOLD, FS)
        w.space(2)
        for a, v in sub:
            n += 1
            pg = w.item("%d)" % n, v["text"])
            gold.append({
                "key": a["key"], "number": str(n), "section": title, "party": None,
                "theme": a["themes"][0], "themes": list(a["themes"]), "page": pg, "text": v["text"],
                "trekker": None, "planning": None, "attributes": {}, "frame": v["frame"],
            })
            w.space(2.5)


def write_quoted(w, year, items):
    w.line("> Hierbij de afspraken voor %d zoals besproken in het bestuurlijk overleg:" % year)
    w.line(">")
    n = 0
    for sk, title in C.SECTIONS.items():
        sub = [t for s, t in items if s == sk]
        if not sub:
            continue
        w.line("> " + title)
        for t in sub:
            n += 1
            w.quoted_item("%d)" % n, t)
        w.line(">")
    w.line("> Met vriendelijke groet,")
    w.line("> Bart Scholtens")


def build_doc(year, versions):
    did = "%s-%d" % (C.FAMILY, year)
    path = os.path.join(OUT, "pdf", did + ".pdf")
    w = Writer(path)
    prev = year - 1
    d1 = datetime.date(prev, 12, 9 if year != 2026 else 8)
    d2 = datetime.date(prev, 12, 2 if year != 2027 else 1)
    d3 = datetime.date(prev, 11, 21 if year != 2025 else 20)
    d4 = datetime.date(prev, 11, 14 if year != 2026 else 13)
    sign = datetime.date(prev, 12, 16 if year != 2027 else 15)
    raad = datetime.date(prev, 12, 18 if year != 2027 else 17)
    gold = []

    # ---- newest message
    w.header_block([
        ("From:", BART),
        ("Verzonden:", dutch_date(d1, "16:42")),
        ("Aan:", GRIFFIE),
        ("CC:", "%s; %s; %s" % (WETH, RENSKE, GRUTTO)),
        ("Onderwerp:", "FW: Prestatieafspraken %d - definitieve versie voor de raad" % year),
    ])
    w.space(10)
    w.para("Beste Ingrid,")
    w.space(6)
    w.para("Zoals toegezegd in de commissie Ruimte stuur ik je de definitieve prestatieafspraken voor %d tussen de "
           "gemeente, Woonstichting Broekweide en Huurdersvereniging De Grutto. Wil je ze als ingekomen stuk "
           "agenderen voor de raadsvergadering van %s? De ondertekening staat gepland op %s in het "
           "gemeentehuis. De opgemaakte versie met bijlagen volgt nog; aan de inhoud verandert daarbij niets."
           % (year, plain_date(raad), plain_date(sign)))
    w.space(6)
    w.para("Hierbij de afspraken voor %d zoals besproken in het bestuurlijk overleg:" % year)
    w.space(4)
    write_list(w, year, versions[year], gold)
    w.space(4)
    w.para("Onder deze mail staan de reactie van De Grutto en de mail van Renske met ter vergelijking de lijst van "
           "vorig jaar. Bij vragen hoor ik het graag.")
    w.space(6)
    w.para("Met vriendelijke groet,")
    w.space(6)
    w.para("Bart Scholtens", BOLD)
    w.para("Beleidsadviseur Wonen")
    w.para("Gemeente Kievitsbroek | Team Ruimte en Wonen")
    w.para("Aanwezig op maandag, dinsdag en donderdag")
    w.space(6)
    w.para("Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Als dit bericht niet voor u bestemd "
           "is, wordt u vriendelijk verzocht dit aan de afzender te melden en het bericht te verwijderen. De "
           "gemeente Kievitsbroek aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van "
           "e-mail.", BODY, 7.5)
    w.space(8)

    # ---- message 2: Broekweide, quoting last year's list
    w.rule()
    w.header_block([
        ("Van:", RENSKE),
        ("Verzonden:", dutch_date(d2, "09:15")),
        ("Aan:", BART),
        ("CC:", GRUTTO),
        ("Onderwerp:", "RE: Concept prestatieafspraken %d" % year),
    ])
    w.space(8)
    w.para("Hoi Bart,")
    w.space(5)
    w.para("Vanuit Broekweide zijn we akkoord met de versie die we in het bestuurlijk overleg hebben doorgenomen. "
           "Onze directeur-bestuurder tekent op %s. Ter vergelijking voor de raad hieronder nog de lijst zoals "
           "jij die vorig jaar hebt rondgestuurd." % plain_date(sign))
    w.space(5)
    w.para("Groet, Renske")
    w.para("Renske Tuinstra | Strategisch adviseur Vastgoed | Woonstichting Broekweide")
    w.space(6)
    if year == C.YEARS[0]:
        quoted = C.QUOTED_2024
    else:
        quoted = [(a["sect"], v["text"]) for a, v in versions[prev]]
    write_quoted(w, prev, quoted)
    w.space(8)

    # ---- message 3: tenants' reply
    w.rule()
    w.header_block([
        ("Van:", GRUTTO),
        ("Verzonden:", dutch_date(d3, "20:03")),
        ("Aan:", BART),
        ("CC:", RENSKE),
        ("Onderwerp:", "RE: Concept prestatieafspraken %d" % year),
    ])
    w.space(8)
    w.para("Geachte heer Scholtens, beste Bart,")
    w.space(5)
    w.para("Het bestuur van Huurdersvereniging De Grutto heeft het concept in de vergadering van afgelopen "
           "dinsdag besproken. Wij kunnen in grote lijnen instemmen, maar hebben de volgende opmerkingen:")
    w.space(3)
    for r in C.TENANT_REMARKS[year]:
        w.item("-", r, x=6, gap=12)
    w.space(5)
    w.para("Wij gaan ervan uit dat deze punten bij de eerstvolgende monitoring aan de orde komen.")
    w.space(5)
    w.para("Met vriendelijke groet,")
    w.para("namens het bestuur, Gerda Wiersma, secretaris")
    w.space(8)

    # ---- message 4: the original concept mail
    w.rule()
    w.header_block([
        ("Van:", BART),
        ("Verzonden:", dutch_date(d4, "11:27")),
        ("Aan:", "%s; %s" % (RENSKE, GRUTTO)),
        ("Onderwerp:", "Concept prestatieafspraken %d" % year),
        ("Bijlagen:", "Concept prestatieafspraken Kievitsbroek %d v0.3.docx" % year),
    ])
    w.space(8)
    w.para("Beste Renske en bestuur van De Grutto,")
    w.space(5)
    w.para("In de bijlage het concept van de prestatieafspraken voor %d, verwerkt na het bestuurlijk overleg "
           "van vorige week. Willen jullie uiterlijk %s laten weten of jullie kunnen instemmen? Daarna stuur ik "
           "de definitieve lijst naar de griffie." % (year, plain_date(d4 + datetime.timedelta(days=10))))
    w.space(5)
    w.para("Groet, Bart")
    w.save()

    doc = {
        "document": {
            "id": did, "family": C.FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
            "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": list(C.CORPORATIES),
            "huurdersorganisaties": list(C.HUURDERS), "pages": w.page, "layout": "e-mailwisseling",
        },
        "afspraken": gold,
    }
    with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return doc


def build_pair(old, new, versions):
    ov = {a["key"]: v for a, v in versions[old]}
    nv = {a["key"]: v for a, v in versions[new]}
    links, news = [], []
    for a in C.AFSPRAKEN:
        k = a["key"]
        if k in ov and k in nv:
            v = nv[k]
            st = v["status"]
            assert st, (k, new)
            links.append({"old": k, "new": k, "status": st, "kinds": list(v["kinds"]), "hard_negative": v["hn"]})
        elif k in ov:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        elif k in nv:
            news.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    pair = {"old": "%s-%d" % (C.FAMILY, old), "new": "%s-%d" % (C.FAMILY, new), "links": links + news}
    p = os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (pair["old"], pair["new"]))
    with open(p, "w", encoding="utf-8") as f:
        json.dump(pair, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    versions = resolve()
    for y in C.YEARS:
        build_doc(y, versions)
    for o, n in zip(C.YEARS, C.YEARS[1:]):
        build_pair(o, n, versions)


if __name__ == "__main__":
    main()
