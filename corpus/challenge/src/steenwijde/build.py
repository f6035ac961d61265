# -*- coding: utf-8 -*-
"""Build the steenwijde family (uitvoeringsprogramma's 2024-2026, A4 landscape planning tables).

Run from /work/main:  .venv/bin/python corpus/challenge/src/steenwijde/build.py
"""
import json
import os
import re
import sys

import pdfplumber
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether, NextPageTemplate, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

FAMILY = "steenwijde"
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
YEARS = (2024, 2025, 2026)
PAGE = landscape(A4)
LM = 36
COLW = [34, 400, 104, 38, 38, 38, 38, 62]
ACTIE_X1 = LM + COLW[0] + COLW[1]

SIGN = {
    2024: "11 december 2023", 2025: "10 december 2024", 2026: "9 december 2025",
}
SIGNERS = {
    2024: [("Gemeente Steenwijde", "mw. drs. A.M. Verschuren", "wethouder Wonen"),
           ("Woonstichting De Keerkring", "dhr. R.J. Brinkhorst", "directeur-bestuurder"),
           ("Esdonk Wonen", "mw. ir. S. el Bouazzati", "bestuurder"),
           ("Woningbouwvereniging Het Hoge Veld", "dhr. P. Hoekstra", "directeur"),
           ("Huurderskoepel Steenwijde", "mw. J. Tjallema", "voorzitter")],
}
SIGNERS[2025] = SIGNERS[2024]
SIGNERS[2026] = [SIGNERS[2024][0][:1] + ("dhr. M.L. van Gessel", "wethouder Wonen en Ruimte")] + SIGNERS[2024][1:4] + \
    [("Huurderskoepel Steenwijde", "dhr. K. Oudejans", "voorzitter")]

# ------------------------------------------------------------------ styles
ss = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=28, leading=34, spaceAfter=10),
    "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=15, leading=20, spaceAfter=24),
    "cov": ParagraphStyle("cov", fontName="Helvetica", fontSize=11, leading=15),
    "H1": ParagraphStyle("H1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8,
                         textColor=colors.HexColor("#1F4E5A")),
    "H2": ParagraphStyle("H2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4),
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=6),
    "ctx": ParagraphStyle("ctx", fontName="Times-Italic", fontSize=10, leading=13, spaceBefore=6, spaceAfter=10,
                          leftIndent=34),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.6, leading=10.6),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8.6, leading=10.6, textColor=colors.white),
    "cellc": ParagraphStyle("cellc", fontName="Helvetica-Bold", fontSize=8.6, leading=10.6, textColor=colors.white,
                            alignment=TA_CENTER),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=16),
    "sig": ParagraphStyle("sig", fontName="Helvetica", fontSize=9, leading=12),
}


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Doc(BaseDocTemplate):
    def __init__(self, fn, year, total, **kw):
        BaseDocTemplate.__init__(self, fn, pagesize=PAGE, leftMargin=LM, rightMargin=LM, topMargin=50,
                                 bottomMargin=46, invariant=1,
                                 title=f"Uitvoeringsprogramma {year} Prestatieafspraken Steenwijde",
                                 author="Gemeente Steenwijde", **kw)
        self.year = year
        self.total = total
        self.headings = {}
        fr = Frame(LM, 46, PAGE[0] - 2 * LM, PAGE[1] - 96, id="f", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("cover", [fr], onPage=self.cover_page),
                               PageTemplate("main", [fr], onPage=self.main_page)])

    def cover_page(self, canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1F4E5A"))
        canv.rect(0, 0, 22, PAGE[1], stroke=0, fill=1)
        canv.restoreState()

    def main_page(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(LM, PAGE[1] - 30, "Prestatieafspraken Steenwijde 2024-2027")
        canv.drawRightString(PAGE[0] - LM, PAGE[1] - 30, f"Uitvoeringsprogramma {self.year}")
        canv.setStrokeColor(colors.HexColor("#1F4E5A"))
        canv.line(LM, PAGE[1] - 35, PAGE[0] - LM, PAGE[1] - 35)
        canv.drawString(LM, 26, "Gemeente Steenwijde | De Keerkring | Esdonk Wonen | Het Hoge Veld | Huurderskoepel Steenwijde")
        canv.drawRightString(PAGE[0] - LM, 26, f"Pagina {doc.page} van {self.total}")
        canv.restoreState()

    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and f.style.name == "H1":
            txt = f.getPlainText()
            self.headings.setdefault(txt, self.page)


def planning(v, year):
    if v["later"]:
        return v["later"]
    q = v["quarters"]
    if not q:
        return None
    if list(q) == list(range(q[0], q[-1] + 1)):
        if len(q) == 1:
            return f"Q{q[0]} {year}"
        return f"Q{q[0]}-Q{q[-1]} {year}"
    return " en ".join(f"Q{x}" for x in q) + f" {year}"


def theme_table(year, ch, keys):
    grey = colors.HexColor("#9A9A9A")
    head = [Paragraph("#", ss["cellb"]), Paragraph("Actie", ss["cellb"]), Paragraph("Trekker", ss["cellb"])] + \
           [Paragraph(f"Q{i}", ss["cellc"]) for i in range(1, 5)] + [Paragraph("Later", ss["cellb"])]
    rows = [head]
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E5A")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for i, k in enumerate(keys, start=1):
        v = C.A[k][year]
        rows.append([Paragraph(f"{ch}.{i}", ss["cell"]), Paragraph(esc(v["text"]), ss["cell"]),
                     Paragraph(esc(v["trekker"]), ss["cell"]), "", "", "", "",
                     Paragraph(esc(v["later"]), ss["cell"])])
        for q in v["quarters"]:
            style.append(("BACKGROUND", (2 + q, i), (2 + q, i), grey))
    t = Table(rows, colWidths=COLW, repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


# ------------------------------------------------------------------ narrative (context, not afspraken)
def narrative(year):
    prev = year - 1
    n = {}
    n["intro"] = [
        f"Gemeente Steenwijde, Woonstichting De Keerkring, Esdonk Wonen, Woningbouwvereniging Het Hoge Veld en "
        f"Huurderskoepel Steenwijde hebben in december 2023 de Prestatieafspraken Steenwijde 2024-2027 ondertekend. "
        f"Die kaderafspraken beschrijven op hoofdlijnen waar partijen in de looptijd samen aan werken; zij zijn "
        f"afgeleid van de woonvisie van de gemeente, de biedingen van de drie corporaties en de Nationale "
        f"Prestatieafspraken die het Rijk met de sector heeft gemaakt. Ieder jaar worden de kaderafspraken uitgewerkt "
        f"in een uitvoeringsprogramma. Dit is het uitvoeringsprogramma voor {year}.",
        f"In het uitvoeringsprogramma staan per thema de acties die partijen in {year} uitvoeren of voorbereiden. Bij "
        f"iedere actie is aangegeven welke partij de trekker is en in welke kwartalen de actie loopt; de gearceerde "
        f"vakken geven de kwartalen van {year} aan. Loopt een actie door na {year}, dan staat in de kolom Later het "
        f"jaar of moment waarop de actie naar verwachting is afgerond. De acties zijn genummerd per hoofdstuk"
        + (f"; de nummering sluit niet aan op die van het uitvoeringsprogramma {prev}." if year > 2024 else "."),
        "De regionale woondeal van de regio Dommeldal en de provinciale woningbouwafspraken vormen daarbij het kader "
        "voor de nieuwbouwopgave. Waar in dit programma wordt gesproken over 'de corporaties' worden de drie "
        "corporaties gezamenlijk bedoeld; waar een actie voor een afzonderlijke corporatie geldt, staat die corporatie "
        "als trekker vermeld.",
    ]
    if year == 2024:
        n["terug"] = [
            "Het jaar 2023 stond in het teken van de voorbereiding van de nieuwe kaderafspraken. De corporaties hebben "
            "in 2023 samen 118 sociale huurwoningen opgeleverd, tegen 126 die in de vorige afspraken waren voorzien; "
            "de oplevering van de tweede fase van de Molenakker liep door stikstofproblematiek vertraging op.",
            "Er zijn 412 woningen verduurzaamd en het aantal woningen met een E-, F- of G-label daalde naar 210. In "
            "2023 vonden drie huisuitzettingen wegens huurachterstand plaats. De taakstelling voor vergunninghouders "
            "werd voor 86 procent gehaald.",
        ]
        kc = [("Sociale huurvoorraad corporaties", "6.842", "6.905"), ("Gemiddelde inschrijfduur starters (jaar)", "4,6", "4,4"),
              ("Huishoudens met huurachterstand > 2 maanden", "131", "117"), ("Woningen met label E, F of G", "388", "210")]
        kh = ("Kerncijfer", "1-1-2023", "1-1-2024")
    elif year == 2025:
        n["terug"] = [
            "In 2024 hebben de corporaties 152 sociale huurwoningen opgeleverd, meer dan de 140 die waren afgesproken; "
            "in het plan Ruiterskamp werd een extra bouwblok van twaalf woningen eerder opgeleverd dan gepland.",
            "Van de 210 woningen met een E-, F- of G-label zijn er in 2024 135 verbeterd. De gemeente heeft de "
            "woonvisie nog niet kunnen vaststellen, omdat de raad eerst een participatietraject wilde. Het convenant "
            "woonoverlast is besproken, maar nog niet ondertekend. Er vonden zes huisuitzettingen plaats.",
        ]
        kc = [("Sociale huurvoorraad corporaties", "6.905", "7.021"), ("Gemiddelde inschrijfduur starters (jaar)", "4,4", "3,9"),
              ("Huishoudens met huurachterstand > 2 maanden", "117", "104"), ("Woningen met label E, F of G", "210", "75")]
        kh = ("Kerncijfer", "1-1-2024", "1-1-2025")
    else:
        n["terug"] = [
            "In 2025 leverden de corporaties 141 sociale huurwoningen op; dat bleef achter bij de afgesproken 165, "
            "omdat de aanbesteding van de laatste fase van de Molenakker opnieuw moest worden gedaan. Alle woningen "
            "met een E-, F- of G-label zijn eind 2025 verbeterd.",
            "De woonvisie 'Thuis in Steenwijde' werd in juni 2025 door de gemeenteraad vastgesteld. Het convenant "
            "woonoverlast is in maart 2025 ondertekend door partijen, de politie en vier zorgaanbieders. Er vonden in "
            "2025 vijf huisuitzettingen plaats.",
        ]
        kc = [("Sociale huurvoorraad corporaties", "7.021", "7.140"), ("Gemiddelde inschrijfduur starters (jaar)", "3,9", "3,7"),
              ("Huishoudens met huurachterstand > 2 maanden", "104", "96"), ("Woningen met label E, F of G", "75", "0")]
        kh = ("Kerncijfer", "1-1-2025", "1-1-2026")
    n["kc"] = (kh, kc)
    n["ctx"] = {
        3: (f"De vraag naar sociale huurwoningen in Steenwijde blijft groter dan het aanbod. Volgens de woondeal moet "
            f"het aandeel sociale huur in de totale voorraad groeien; tegelijk vraagt de betaalbaarheid van de huidige "
            f"huurders aandacht. De acties in dit hoofdstuk gaan over nieuwbouw, toewijzing en huurbeleid.",
            "De slaagkans van starters is in de afgelopen jaren licht verbeterd, maar blijft lager dan die van "
            "doorstromers. Partijen volgen de ontwikkeling via de halfjaarlijkse monitor."),
        4: ("De corporaties werken aan een woningvoorraad die in 2050 CO2-neutraal is. De transitievisie warmte van de "
            "gemeente wijst Hooghei aan als eerste wijk waar een warmtenet wordt aangelegd.",
            "Netcongestie in het zuidelijk deel van de gemeente kan het tempo van elektrificatie beperken; de "
            "netbeheerder is hierover met de gemeente in overleg."),
        5: ("Huurders mogen rekenen op een veilige en gezonde woning. In de huurdersraadpleging scoorden de "
            "corporaties gemiddeld een 7,3 op de afhandeling van reparaties.",
            "Het aantal meldingen van vocht en schimmel is ten opzichte van het jaar daarvoor gedaald."),
        6: ("Prettig wonen gaat over meer dan de woning alleen. In een aantal buurten stapelen problemen zich op; daar "
            "werken de corporaties samen met het wijkteam, de wijkagent en bewoners.",
            "Het leefbaarheidsbudget van de corporaties blijft binnen de wettelijke ruimte voor uitgaven aan leefbaarheid."),
        7: ("Partijen werken in de tripartiete werkgroep en het bestuurlijk overleg samen aan de uitvoering van de "
            "afspraken. De looptijd van de kaderafspraken eindigt op 31 december 2027.",
            "Wijzigingen in dit uitvoeringsprogramma worden schriftelijk vastgelegd en door alle partijen ondertekend."),
    }
    return n


def story(year, toc_pages):
    n = narrative(year)
    fl = []
    # cover
    fl.append(Spacer(1, 70))
    fl.append(Paragraph(f"Uitvoeringsprogramma {year}", ss["title"]))
    fl.append(Paragraph("bij de Prestatieafspraken Steenwijde 2024-2027", ss["sub"]))
    for p in ["Gemeente Steenwijde", "Woonstichting De Keerkring", "Esdonk Wonen",
              "Woningbouwvereniging Het Hoge Veld", "Huurderskoepel Steenwijde"]:
        fl.append(Paragraph(p, ss["cov"]))
    fl.append(Spacer(1, 30))
    fl.append(Paragraph(f"Vastgesteld in het bestuurlijk overleg van {SIGN[year]}", ss["cov"]))
    fl.append(NextPageTemplate("main"))
    fl.append(PageBreak())
    # inhoud + inleiding
    fl.append(Paragraph("Inhoud", ss["H2"]))
    chs = [(1, "Inleiding"), (2, f"Terugblik op {year - 1} en kerncijfers")] + \
          [(c, t) for c, t, _ in C.CHAPTERS[year]] + [(8, "Ondertekening"), (9, "Bijlagen")]
    rows = [[f"{c}", t, str(toc_pages.get(f"{c} {t}", ""))] for c, t in chs]
    tt = Table(rows, colWidths=[24, 400, 40])
    tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    fl.append(tt)
    fl.append(Spacer(1, 10))
    fl.append(Paragraph("1 Inleiding", ss["H1"]))
    for p in n["intro"]:
        fl.append(Paragraph(esc(p), ss["body"]))
    fl.append(PageBreak())
    fl.append(Paragraph(f"2 Terugblik op {year - 1} en kerncijfers", ss["H1"]))
    for p in n["terug"]:
        fl.append(Paragraph(esc(p), ss["body"]))
    kh, kc = n["kc"]
    kt = Table([list(kh)] + [list(r) for r in kc], colWidths=[300, 90, 90])
    kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.grey)]))
    fl.append(Spacer(1, 6))
    fl.append(Paragraph("Tabel 1. Kerncijfers corporatiebezit in Steenwijde", ss["H2"]))
    fl.append(kt)
    fl.append(Spacer(1, 12))
    for ch, title, keys in C.CHAPTERS[year]:
        pre, post = n["ctx"][ch]
        fl.append(CondPageBreak(140))
        fl.append(KeepTogether([Paragraph(f"{ch} {title}", ss["H1"]), Paragraph(esc(pre), ss["body"])]))
        fl.append(theme_table(year, ch, keys))
        fl.append(Paragraph(esc(post), ss["ctx"]))
    fl.append(PageBreak())
    fl.append(Paragraph("8 Ondertekening", ss["H1"]))
    fl.append(Paragraph(f"Aldus overeengekomen en ondertekend te Steenwijde op {SIGN[year]}.", ss["body"]))
    fl.append(Spacer(1, 24))
    sig = [[Paragraph(f"<b>{esc(p)}</b>", ss["sig"]) for p, _, _ in SIGNERS[year]],
           [Spacer(1, 40)] * 5,
           [Paragraph("______________________", ss["sig"])] * 5,
           [Paragraph(esc(nm), ss["sig"]) for _, nm, _ in SIGNERS[year]],
           [Paragraph(esc(fn), ss["sig"]) for _, _, fn in SIGNERS[year]]]
    st = Table(sig, colWidths=[152] * 5)
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    fl.append(st)
    fl.append(Spacer(1, 30))
    fl.append(Paragraph("9 Bijlagen", ss["H1"]))
    for b in ["Bijlage 1. Nieuwbouwprogramma per project 2024-2027",
              f"Bijlage 2. Monitor uitvoeringsprogramma {year - 1} (stand van zaken per actie)",
              "Bijlage 3. Begrippenlijst"]:
        fl.append(Paragraph(b, ss["body"]))
    return fl


def render(year):
    path = os.path.join(OUT, "pdf", f"{FAMILY}-{year}.pdf")
    total, toc = 99, {}
    for _ in range(3):
        d = Doc(path, year, total)
        d.build(story(year, toc))
        new_total, new_toc = d.page, d.headings
        if new_total == total and new_toc == toc:
            break
        total, toc = new_total, new_toc
    return path, total


def norm(t):
    t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)
    return re.sub(r"\s+", " ", t).strip()


def page_texts(path):
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            full = norm(p.extract_text() or "")
            col = norm(p.crop((LM - 4, 0, ACTIE_X1 + 3, p.height)).extract_text() or "")
            out.append((full, col))
    return out


def gold_doc(year, path, npages):
    pts = page_texts(path)
    afs = []
    for ch, title, keys in C.CHAPTERS[year]:
        for i, k in enumerate(keys, start=1):
            v = C.A[k][year]
            page = None
            for pi, (full, col) in enumerate(pts):
                if v["text"] in full or v["text"] in col:
                    page = pi + 1
                    break
            if page is None:
                raise SystemExit(f"text not found in PDF: {year} {k}")
            afs.append({
                "key": k, "number": f"{ch}.{i}", "section": f"{ch} {title}", "party": None,
                "theme": C.A[k]["themes"][0], "themes": C.A[k]["themes"], "page": page, "text": v["text"],
                "trekker": v["trekker"], "planning": planning(v, year), "attributes": {},
                "frame": v["frame"],
            })
    return {"document": {"id": f"{FAMILY}-{year}", "family": FAMILY, "type": "prestatieafspraken", "year": year,
                         "years": [year], "gemeente": "Steenwijde", "gemeenten": ["Steenwijde"],
                         "corporaties": C.CORPORATIES, "huurdersorganisaties": C.HUURDERS, "pages": npages,
                         "layout": "landscape-planning-table"},
            "afspraken": afs}


def keys_of(year):
    return [k for _, _, ks in C.CHAPTERS[year] for k in ks]


def pair(y0, y1):
    ann = C.PAIRS[(y0, y1)]
    old, new = keys_of(y0), keys_of(y1)
    links = []
    for k in old:
        if k in new:
            st, kinds, hn = ann[k]
            if st == "unchanged":
                assert C.A[k][y0]["text"] == C.A[k][y1]["text"], k
            else:
                assert C.A[k][y0]["text"] != C.A[k][y1]["text"], k
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in new:
        if k not in old:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    extra = set(ann) - (set(old) & set(new))
    assert not extra, extra
    return {"old": f"{FAMILY}-{y0}", "new": f"{FAMILY}-{y1}", "links": links}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    for y in YEARS:
        path, n = render(y)
        dump(gold_doc(y, path, n), os.path.join(OUT, "gold", f"{FAMILY}-{y}.json"))
        print(y, n, "pages", os.path.getsize(path), "bytes")
    for y0, y1 in ((2024, 2025), (2025, 2026)):
        dump(pair(y0, y1), os.path.join(OUT, "gold", "pairs", f"{FAMILY}-{y0}__{FAMILY}-{y1}.json"))


if __name__ == "__main__":
    main()
