# -*- coding: utf-8 -*-
"""Build the elzenwaard family: three yearly prestatieafspraken (2024-2026) in a landscape
party-matrix layout, plus gold JSON and pair files. Deterministic (reportlab invariant=1)."""
import json, os, re, sys, copy
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data as D
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, NextPageTemplate, KeepTogether)
import pdfplumber

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))  # /work/main
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "elzenwaard"
YEARS = [2024, 2025, 2026]
LAYOUT = "party_matrix_landscape"

# ------------------------------------------------------------------ resolve per-year afspraken
def resolve():
    per_year = {y: [] for y in YEARS}
    for e in D.E:
        prev = None
        for y in YEARS:
            v = e["years"].get(y)
            if v == D.SAME:
                v = copy.deepcopy(prev)
            if v is None:
                prev = None
                continue
            ch, topic = e["ch"], e["topic"]
            for my in sorted(e["moves"]):
                if y >= my:
                    ch, topic = e["moves"][my]
            per_year[y].append(dict(key=e["key"], party=e["party"], themes=e["themes"], ch=ch,
                                    topic=topic, **v))
            prev = v
    return per_year

def conditions(text):
    return [c for c in D.CONDITIONS if c in text]

# ------------------------------------------------------------------ styles
ST = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=32, spaceAfter=10),
    "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=14, leading=19, spaceAfter=4),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=4, spaceAfter=8,
                         textColor=colors.HexColor("#1f4e5f")),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4),
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14, spaceAfter=6),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.4, leading=10.6),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8.4, leading=10.6),
    "head": ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8.8, leading=11, textColor=colors.white),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=17),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12),
}

def P(t, s="body"):
    return Paragraph(t, ST[s])

# ------------------------------------------------------------------ narrative texts (not afspraken)
SIGN_DATE = {2024: "12 december 2023", 2025: "10 december 2024", 2026: "9 december 2025"}
TERUG = {
 2024: ["In 2023 zijn in Elzenwaard 62 sociale huurwoningen opgeleverd, vooral in het eerste deel van het plan Molenakker. Daarmee bleef de oplevering achter bij de afgesproken 80 woningen, omdat de aanbesteding van de Elzenkade opnieuw moest worden uitgevoerd.",
        "Beekhorst heeft in 2023 bij 164 woningen isolatiemaatregelen getroffen en het aantal woningen met een E-, F- of G-label teruggebracht van 131 naar 64. Er werden vier huishoudens ontruimd, waarvan drie uitsluitend vanwege een huurachterstand."],
 2025: ["In 2024 zijn 58 sociale huurwoningen opgeleverd; de 45 woningen aan de Elzenkade liepen vertraging op door stikstofonderzoek en netcongestie. De gemeente gaf bouwgrond uit voor 52 woningen.",
        "Beekhorst heeft in 2024 192 woningen verduurzaamd. Van de 64 woningen met een E-, F- of G-label resteerden er eind 2024 nog 22, omdat bij twee complexen de vereiste instemming van 70% van de huurders pas laat werd bereikt. Het aantal ontruimingen wegens huurachterstand kwam uit op twee."],
 2026: ["In 2025 zijn 74 sociale huurwoningen opgeleverd, waaronder de 45 woningen aan de Elzenkade. De bouw in de Vaartzone is in het najaar van 2025 gestart nadat de omgevingsvergunning onherroepelijk werd.",
        "In 2025 zijn 207 woningen verduurzaamd en zijn de laatste woningen met een E-, F- of G-label verbeterd. Er vond in 2025 geen ontruiming plaats die uitsluitend op huurachterstand was gebaseerd; de gemiddelde inschrijfduur liep wel op tot 4,8 jaar."],
}
KERN = {  # label: (value year-2, value year-1)
 2024: [("Sociale huurwoningen Beekhorst in Elzenwaard", "4.812", "4.846"), ("Gemiddelde netto huur", "€ 598", "€ 631"),
        ("Gemiddelde inschrijfduur (jaar)", "3,9", "4,3"), ("Woningen met label E, F of G", "131", "64"),
        ("Huishoudens met huurachterstand > 2 maanden", "118", "104"), ("Ontruimingen wegens huurachterstand", "5", "3")],
 2025: [("Sociale huurwoningen Beekhorst in Elzenwaard", "4.846", "4.889"), ("Gemiddelde netto huur", "€ 631", "€ 668"),
        ("Gemiddelde inschrijfduur (jaar)", "4,3", "4,6"), ("Woningen met label E, F of G", "64", "22"),
        ("Huishoudens met huurachterstand > 2 maanden", "104", "97"), ("Ontruimingen wegens huurachterstand", "3", "2")],
 2026: [("Sociale huurwoningen Beekhorst in Elzenwaard", "4.889", "4.951"), ("Gemiddelde netto huur", "€ 668", "€ 699"),
        ("Gemiddelde inschrijfduur (jaar)", "4,6", "4,8"), ("Woningen met label E, F of G", "22", "0"),
        ("Huishoudens met huurachterstand > 1 maand", "171", "149"), ("Ontruimingen wegens huurachterstand", "2", "0")],
}
CONTEXT = {
 "B": ["De woonvisie Elzenwaard Thuis legt de nadruk op een groeiende voorraad betaalbare huurwoningen. In de regionale woondeal is voor Elzenwaard een opgave opgenomen waarvan ten minste een derde in de sociale huur moet vallen. De wachttijden voor starters en senioren zijn de afgelopen jaren opgelopen.",
       "Betaalbaarheid staat onder druk door gestegen energie- en boodschappenprijzen. Vroegsignalering van betalingsachterstanden en een goede samenwerking met de schuldhulpverlening zijn daarom onmisbaar."],
 "D": ["Volgens de Nationale Prestatieafspraken mogen er na 2028 geen huurwoningen met een E-, F- of G-label meer zijn. De transitievisie warmte van de gemeente wijst Hoge Weide aan als eerste wijk voor een collectieve warmteoplossing.",
       "Verduurzaming moet per saldo leiden tot lagere of gelijkblijvende woonlasten voor huurders."],
 "K": ["Een goede basiskwaliteit van de woningen is de basis van alle afspraken. Huurders beoordeelden het reparatieonderhoud in het afgelopen jaar gemiddeld met een 7,4. Door de vergrijzing groeit de vraag naar woningen die geschikt zijn voor mensen met een zorgvraag."],
 "L": ["In het Stationskwartier en delen van Hoge Weide staat de leefbaarheid volgens de Leefbaarometer onder druk. Meer kwetsbare bewoners wonen zelfstandig, wat vraagt om nauwe samenwerking tussen de corporatie, het wijkteam, de politie en de zorgpartners."],
 "S": ["De Woningwet vraagt partijen om de afspraken jaarlijks te maken en de uitvoering gezamenlijk te volgen. Het bestuurlijk overleg, waarin de wethouder, de directeur-bestuurder en het bestuur van de huurdersorganisatie zitting hebben, is daarvoor het centrale gremium."],
}

# ------------------------------------------------------------------ document template
class Doc(BaseDocTemplate):
    def __init__(self, fn, year, total, **kw):
        super().__init__(fn, pagesize=A4, invariant=1, title=f"Prestatieafspraken Elzenwaard {year}",
                         author="Gemeente Elzenwaard", subject="Prestatieafspraken", creator="elzenwaard build",
                         leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm, bottomMargin=22 * mm, **kw)
        self.year, self.total = year, total
        self.chapter_pages = {}
        pw, ph = A4
        lw, lh = landscape(A4)
        self.addPageTemplates([
            PageTemplate("cover", [Frame(25 * mm, 22 * mm, pw - 50 * mm, ph - 47 * mm, id="c")], onPage=self.deco_cover),
            PageTemplate("P", [Frame(25 * mm, 22 * mm, pw - 50 * mm, ph - 47 * mm, id="p")], onPage=self.deco, pagesize=A4),
            PageTemplate("L", [Frame(15 * mm, 16 * mm, lw - 30 * mm, lh - 34 * mm, id="l")], onPage=self.deco,
                         pagesize=landscape(A4)),
        ])

    def deco_cover(self, c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f4e5f"))
        c.rect(0, A4[1] - 40 * mm, A4[0], 40 * mm, fill=1, stroke=0)
        c.restoreState()

    def deco(self, c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(15 * mm if w > h else 25 * mm, h - 10 * mm,
                     f"Gemeente Elzenwaard  ·  {D.CORP}  ·  {D.HUURDERS}")
        c.setFont("Helvetica", 8)
        c.drawRightString(w - (15 * mm if w > h else 25 * mm), 9 * mm,
                          f"Prestatieafspraken Elzenwaard {self.year} | pagina {doc.page} van {self.total}")
        c.restoreState()

    def afterFlowable(self, f):
        tag = getattr(f, "_chap", None)
        if tag:
            self.chapter_pages[tag] = self.page

def H1(text, tag):
    p = P(text, "h1")
    p._chap = tag
    return p

def chapter_table(year, ch, items):
    hdr = [P("Onderwerp", "head"), P("Gemeente", "head"), P(D.CORP, "head"), P(D.HUURDERS, "head")]
    rows, styles = [hdr], []
    topics = []
    for it in items:
        if it["topic"] not in topics:
            topics.append(it["topic"])
    for t in topics:
        its = [i for i in items if i["topic"] == t]
        r = len(rows)
        if any(i["party"] == "P" for i in its):
            assert len(its) == 1, t
            rows.append([P(t, "cellb"), P(its[0]["text"], "cell"), "", ""])
            styles += [("SPAN", (1, r), (3, r)), ("BACKGROUND", (1, r), (3, r), colors.HexColor("#eef4f6"))]
        else:
            row = [P(t, "cellb")]
            for code in "GCH":
                m = [i for i in its if i["party"] == code]
                assert len(m) <= 1, (t, code)
                row.append(P(m[0]["text"], "cell") if m else P("–", "cell"))
            rows.append(row)
    tbl = Table(rows, colWidths=[42 * mm, 75.5 * mm, 75.5 * mm, 75.5 * mm], repeatRows=1)
    tbl.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#444444")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e5f")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ] + styles))
    return tbl

def story(year, items, chap_pages):
    s = []
    s += [Spacer(1, 55 * mm), P(f"Prestatieafspraken {year}", "title"),
          P(f"Gemeente Elzenwaard", "sub"), P(D.CORP, "sub"), P(D.HUURDERS, "sub"), Spacer(1, 30 * mm),
          P(f"Jaarafspraken over wonen in Elzenwaard voor het kalenderjaar {year}", "small"),
          P(f"Vastgesteld in het bestuurlijk overleg en ondertekend op {SIGN_DATE[year]}", "small"),
          NextPageTemplate("P"), PageBreak()]
    # TOC
    toc = [("1", "Inleiding")] + [(str(i + 2), D.CHAPTERS[c][year]) for i, c in enumerate(D.CHAPTER_ORDER)] + \
          [("7", "Slotbepalingen en ondertekening")]
    s.append(P("Inhoud", "h1"))
    trows = [[P(n, "toc"), P(t, "toc"), P(str(chap_pages.get(n, "")), "toc")] for n, t in toc]
    trows.append([P("", "toc"), P("Bijlagen", "toc"), P(str(chap_pages.get("7", "")), "toc")])
    tt = Table(trows, colWidths=[12 * mm, 120 * mm, 20 * mm])
    tt.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
    s += [tt, PageBreak()]
    # Inleiding
    s.append(H1("1 Inleiding", "1"))
    s.append(P("1.1 Aanleiding", "h2"))
    s.append(P(f"Voor u liggen de prestatieafspraken {year} tussen de gemeente Elzenwaard, {D.CORP} en {D.HUURDERS}. "
               "De afspraken zijn gebaseerd op de woonvisie Elzenwaard Thuis, het bod dat Beekhorst op 27 juni "
               f"{year - 1} heeft uitgebracht en de gesprekken die partijen daarna in de lokale driehoek hebben gevoerd. "
               "Landelijk vormen de Nationale Prestatieafspraken en de regionale woondeal het kader waarbinnen de lokale opgave wordt ingevuld."))
    s.append(P("1.2 Terugblik op " + str(year - 1), "h2"))
    for t in TERUG[year]:
        s.append(P(t))
    s.append(P("1.3 Kerncijfers", "h2"))
    krows = [[P("<b>Kerncijfer</b>", "small"), P(f"<b>1 januari {year - 1}</b>", "small"), P(f"<b>1 januari {year}</b>", "small")]]
    krows += [[P(a, "small"), P(b, "small"), P(c, "small")] for a, b, c in KERN[year]]
    kt = Table(krows, colWidths=[90 * mm, 35 * mm, 35 * mm])
    kt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey)]))
    s += [kt, Spacer(1, 4 * mm)]
    s.append(P("1.4 Leeswijzer", "h2"))
    s.append(P("In de hoofdstukken 2 tot en met 6 is per thema in één tabel weergegeven welke bijdrage elk van de partijen levert. "
               "Iedere rij behandelt een onderwerp; in de kolom van een partij staat wat die partij op dat onderwerp doet. "
               "Een streepje betekent dat de betreffende partij op dat onderwerp geen afzonderlijke afspraak heeft. "
               "Rijen die over de volle breedte lopen bevatten afspraken die partijen gezamenlijk maken. "
               "Hoofdstuk 7 bevat de slotbepalingen en de ondertekening."))
    # chapters
    s += [NextPageTemplate("L"), PageBreak()]
    for i, c in enumerate(D.CHAPTER_ORDER):
        n = str(i + 2)
        s.append(H1(f"{n} {D.CHAPTERS[c][year]}", n))
        for t in CONTEXT[c]:
            s.append(P(t))
        s.append(chapter_table(year, c, [it for it in items if it["ch"] == c]))
        s += [NextPageTemplate("L" if i < len(D.CHAPTER_ORDER) - 1 else "P"), PageBreak()]
    # slot
    s.append(H1("7 Slotbepalingen en ondertekening", "7"))
    s.append(P("7.1 Looptijd", "h2"))
    s.append(P(f"Deze prestatieafspraken gelden van 1 januari tot en met 31 december {year}. Afspraken die een langere "
               "doorlooptijd hebben, worden bij de volgende jaarafspraken opnieuw bezien."))
    s.append(P("7.2 Wijzigingen", "h2"))
    s.append(P("Wanneer omstandigheden wezenlijk veranderen, bijvoorbeeld door nieuwe wetgeving of een gewijzigde financiële "
               "positie van Beekhorst, kan elk van de partijen het bestuurlijk overleg verzoeken de afspraken te heroverwegen. "
               "Een wijziging wordt schriftelijk vastgelegd."))
    s.append(P("7.3 Ondertekening", "h2"))
    s.append(P(f"Aldus overeengekomen en ondertekend te Elzenwaard op {SIGN_DATE[year]}."))
    sig = [[P("<b>Gemeente Elzenwaard</b>", "small"), P(f"<b>{D.CORP}</b>", "small"), P(f"<b>{D.HUURDERS}</b>", "small")],
           [Spacer(1, 14 * mm)] * 3,
           [P("M.J. Doornbos<br/>wethouder Wonen", "small"), P("R.A. Akkerman<br/>directeur-bestuurder", "small"),
            P("H. Wessels-Tiemens<br/>voorzitter", "small")]]
    st = Table(sig, colWidths=[53 * mm] * 3)
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [st, Spacer(1, 8 * mm)]
    s.append(P("Bijlagen", "h2"))
    for b in [f"Bijlage 1  Nieuwbouwprogramma Beekhorst {year}-{year + 4} (per project)",
              f"Bijlage 2  Monitor prestatieafspraken {year - 1}",
              "Bijlage 3  Begrippenlijst"]:
        s.append(P(b, "small"))
    return s

def build_pdf(year, items):
    fn = os.path.join(OUT, "pdf", f"{FAMILY}-{year}.pdf")
    chap_pages, total = {}, 99
    for _ in range(3):
        doc = Doc(fn, year, total)
        doc.build(story(year, items, chap_pages))
        new = (dict(doc.chapter_pages), doc.page)
        if new == (chap_pages, total):
            break
        chap_pages, total = new
    return fn, total

# ------------------------------------------------------------------ gold
def norm(t):
    t = re.sub(r"-\n(?=\w)", "", t) if False else t
    return re.sub(r"\s+", " ", t).strip()

def locate_pages(fn, items):
    """Gold page = the page whose table cell holds the afspraak text (verified against pdfplumber)."""
    cells = []
    with pdfplumber.open(fn) as pdf:
        for pno, page in enumerate(pdf.pages, 1):
            for tb in page.extract_tables():
                for row in tb:
                    for c in row:
                        if c:
                            cells.append((pno, norm(c)))
    out = {}
    for it in items:
        hits = [p for p, c in cells if c == it["text"]]
        assert hits, (fn, it["key"])
        out[it["key"]] = hits[0]
    return out

def frame(it):
    return {"actors": [D.ROLE[it["party"]]], "modality": it["mod"], "quantities": it["q"],
            "deadline": ({"year": it["dl"][0], "text": it["dl"][1]} if it["dl"] else None),
            "recurring": it["rec"], "conditions": conditions(it["text"])}

def order_items(year, items):
    out = []
    for c in D.CHAPTER_ORDER:
        chap = [i for i in items if i["ch"] == c]
        topics = []
        for i in chap:
            if i["topic"] not in topics:
                topics.append(i["topic"])
        for t in topics:
            for code in "PGCH":
                out += [i for i in chap if i["topic"] == t and i["party"] == code]
    return out

def main():
    per_year = resolve()
    # in 2026 the Woonfraude row moves into chapter B: place it after Huurachterstanden-related rows (end of chapter)
    for y in YEARS:
        per_year[y] = order_items(y, per_year[y])
    docs = {}
    for y in YEARS:
        items = per_year[y]
        fn, total = build_pdf(y, items)
        pages = locate_pages(fn, items)
        af = []
        for n, c in enumerate(D.CHAPTER_ORDER):
            pass
        for it in items:
            chap_title = f"{D.CHAPTER_ORDER.index(it['ch']) + 2} {D.CHAPTERS[it['ch']][y]}"
            af.append({"key": it["key"], "number": None, "section": f"{chap_title} > {it['topic']}",
                       "party": None if it["party"] == "P" else D.PARTY_COL[it["party"]],
                       "theme": it["themes"][0], "themes": it["themes"], "page": pages[it["key"]],
                       "text": it["text"], "trekker": None, "planning": None, "attributes": {},
                       "frame": frame(it)})
        did = f"{FAMILY}-{y}"
        gold = {"document": {"id": did, "family": FAMILY, "type": "prestatieafspraken", "year": y, "years": [y],
                             "gemeente": D.GEMEENTE, "gemeenten": [D.GEMEENTE], "corporaties": [D.CORP],
                             "huurdersorganisaties": [D.HUURDERS], "pages": total, "layout": LAYOUT},
                "afspraken": af}
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        docs[y] = {it["key"]: it for it in items}
    # pairs
    for a, b in zip(YEARS, YEARS[1:]):
        links = []
        for e in D.E:
            ko, kn = e["key"] in docs[a], e["key"] in docs[b]
            if not ko and not kn:
                continue
            st, kinds, hn = e["links"][b]
            if st == "new":
                assert not ko and kn, e["key"]
            elif st == "dropped":
                assert ko and not kn, e["key"]
            else:
                assert ko and kn, e["key"]
                same = docs[a][e["key"]]["text"] == docs[b][e["key"]]["text"]
                assert same == (st == "unchanged"), (e["key"], st)
            links.append({"old": e["key"] if ko else None, "new": e["key"] if kn else None, "status": st,
                          "kinds": kinds, "hard_negative": hn})
        with open(os.path.join(OUT, "gold", "pairs", f"{FAMILY}-{a}__{FAMILY}-{b}.json"), "w", encoding="utf-8") as f:
            json.dump({"old": f"{FAMILY}-{a}", "new": f"{FAMILY}-{b}", "links": links}, f, ensure_ascii=False, indent=1)
    print("built", [f"{FAMILY}-{y}" for y in YEARS])

if __name__ == "__main__":
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    main()
