# -*- coding: utf-8 -*-
"""Build the ravensloot family: a bod letter (2025) and two slide decks (2025, 2026), plus gold JSON.

Run from /work/main:  .venv/bin/python corpus/challenge/src/ravensloot/build.py
"""
import json
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as K  # noqa: E402

FAMILY = "ravensloot"
OUT = os.path.join(HERE, "..", "..", "dev")
OUT = os.path.normpath(OUT)
PDF_DIR = os.path.join(OUT, "pdf")
GOLD_DIR = os.path.join(OUT, "gold")
PAIR_DIR = os.path.join(GOLD_DIR, "pairs")

W, H = 960, 540
THEME_COLORS = {
    K.BB: colors.HexColor("#1F5C99"),
    K.DK: colors.HexColor("#2E7D4F"),
    K.KW: colors.HexColor("#8A4F9E"),
    K.LB: colors.HexColor("#C26A1B"),
    K.OV: colors.HexColor("#4A5560"),
}
DARK = colors.HexColor("#23323F")
GREY = colors.HexColor("#6B7480")
LIGHT = colors.HexColor("#EEF1F4")

FONT, FSIZE, LEAD = "Helvetica", 14, 19
TX, TW = 98, 815  # text x and width of afspraak boxes
TOP_Y = H - 140
BOTTOM_Y = 58
MAX_PER_SLIDE = 5

SIGN_DATE = {2025: "11 december 2024", 2026: "10 december 2025"}
SIGNERS = [
    ("Gemeente Ravensloot", "J.W. (Joost) Terpstra", "wethouder Wonen"),
    ("Meerland Wonen", "E.M. (Esther) Valkema", "directeur-bestuurder"),
    ("Hoeksteen Wonen", "R. (Ronald) Bijlsma", "directeur-bestuurder"),
    ("Huurdersraad Ravensloot", "A. (Annet) de Graaf-Lunenburg", "voorzitter"),
]

KERN = {
    2025: [("6.148", "sociale huurwoningen van beide", "corporaties (1 januari 2024)"),
           ("7,1 jaar", "gemiddelde inschrijfduur", "bij toewijzing in 2023"),
           ("212", "woningen met energielabel", "E, F of G"),
           ("58", "vergunninghouders: taakstelling", "voor 2025 (Rijk)"),
           ("412", "huishoudens met een", "huurachterstand")],
    2026: [("6.191", "sociale huurwoningen van beide", "corporaties (1 januari 2025)"),
           ("6,6 jaar", "gemiddelde inschrijfduur", "bij toewijzing in 2024"),
           ("118", "woningen met energielabel", "E, F of G"),
           ("64", "vergunninghouders: taakstelling", "voor 2026 (Rijk)"),
           ("371", "huishoudens met een", "huurachterstand")],
}

TERUGBLIK = {
    2025: ("Terugblik op 2024", "Wat hebben we vorig jaar samen bereikt?", [
        "In 2024 zijn 48 sociale huurwoningen opgeleverd in de Spoorzone, tien meer dan een jaar eerder.",
        "Meerland Wonen heeft 286 woningen geïsoleerd; bij 24 woningen werd een hybride warmtepomp geplaatst.",
        "Er vonden twee huisuitzettingen plaats wegens huurachterstand, tegen vier in 2023.",
        "De gemeente huisvestte 51 vergunninghouders; de taakstelling van 54 personen werd net niet gehaald.",
        "Het wijkbeheer in De Brink werd in het voorjaar uitgebreid van twee naar drie dagen per week.",
        "De huurdersraad organiseerde drie achterbanavonden over de huurverhoging en de woonlasten.",
    ]),
    2026: ("Terugblik op 2025", "Wat hebben we vorig jaar samen bereikt?", [
        "Spoorzone fase 1 en Kloosterhof werden in 2025 opgeleverd: samen 60 sociale huurwoningen.",
        "Het aantal woningen met een E-, F- of G-label daalde van 212 naar 118.",
        "De flexwoningen aan de Havenweg konden nog niet worden geplaatst omdat de bodemsanering vertraging opliep.",
        "Er vond in 2025 één huisuitzetting plaats wegens huurachterstand.",
        "Het wijkactieplan Oosterkwartier werd in juni 2025 met bewoners vastgesteld.",
        "Rookmelders zijn inmiddels in alle woningen van Meerland Wonen aanwezig.",
    ]),
}

PROCES = {
    2025: [
        "De looptijd van deze prestatieafspraken is het kalenderjaar 2025. Het bod van Meerland Wonen van 27 juni "
        "2024 en de inbreng van Hoeksteen Wonen en de huurdersraad vormden het vertrekpunt van de gesprekken.",
        "Het bestuurlijk overleg bestaat uit de wethouder Wonen, de bestuurders van beide corporaties en het "
        "dagelijks bestuur van de huurdersraad. Het ambtelijk overleg bereidt de bijeenkomsten voor.",
        "De afspraken sluiten aan op de woonvisie Thuis in Ravensloot 2022-2027, de regionale woondeal Oostvelden "
        "en de Nationale Prestatieafspraken die het Rijk in 2022 met Aedes, Woonbond en VNG sloot.",
    ],
    2026: [
        "De looptijd van deze prestatieafspraken is het kalenderjaar 2026. Het bod van Meerland Wonen van 30 juni "
        "2025 en de inbreng van Hoeksteen Wonen en de huurdersraad vormden het vertrekpunt van de gesprekken.",
        "Het bestuurlijk overleg bestaat uit de wethouder Wonen, de bestuurders van beide corporaties en het "
        "dagelijks bestuur van de huurdersraad. Het ambtelijk overleg bereidt de bijeenkomsten voor.",
        "De afspraken sluiten aan op de woonvisie Thuis in Ravensloot 2022-2027, de regionale woondeal Oostvelden "
        "en de Nationale Prestatieafspraken. De actualisatie van de woonvisie loopt nog.",
    ],
}

BIJLAGEN = ["Projectenlijst nieuwbouw 2025-2029", "Monitor prestatieafspraken vorig jaar",
            "Begrippenlijst"]


def norm(s):
    return " ".join(s.split())


# ------------------------------------------------------------------ deck
def wrap(text, font=FONT, size=FSIZE, width=TW):
    return simpleSplit(text, font, size, width)


def box_lines(text):
    return simpleSplit(text, "Helvetica", 11.5, 300)


def plan_deck(year):
    """Return list of slides: dicts with kind and data; afspraken numbered 1..N."""
    slides = [{"kind": "title"}, {"kind": "leeswijzer"}, {"kind": "kern"}, {"kind": "terugblik"}]
    num = 0
    for (title, sub, letop, keys) in K.DECK[year]:
        theme = K.AF[keys[0]]["theme"]
        i = 0
        first = True
        while i < len(keys):
            y = TOP_Y
            items = []
            reserve = 0
            if first and letop:
                reserve = 16 + 15 * len(box_lines(letop)) + 20
            while i < len(keys) and len(items) < MAX_PER_SLIDE:
                text = norm(K.AF[keys[i]]["v"][str(year)][0])
                lines = wrap(text)
                assert len(lines) <= 4, (keys[i], len(lines))
                h = len(lines) * LEAD + 16
                if y - h < BOTTOM_Y + reserve:
                    break
                num += 1
                items.append((num, keys[i], lines, y))
                y -= h
                i += 1
            assert items, title
            slides.append({"kind": "theme", "title": title if first else title + " (vervolg)", "chapter": title,
                           "sub": sub, "letop": letop if first else None, "items": items, "theme": theme,
                           "bottom": y})
            first = False
    slides.append({"kind": "proces"})
    slides.append({"kind": "slot"})
    return slides


def footer(c, year, n):
    c.setFont("Helvetica", 8.5)
    c.setFillColor(GREY)
    c.drawString(40, 18, "Prestatieafspraken %d  |  Gemeente Ravensloot, Meerland Wonen, Hoeksteen Wonen, "
                         "Huurdersraad Ravensloot" % year)
    c.setFillColor(DARK)
    c.roundRect(W - 62, 10, 36, 22, 4, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(W - 44, 17, str(n))


def band(c, title, color, sub=None):
    c.setFillColor(color)
    c.rect(0, H - 74, W, 74, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(40, H - 48, title)
    if sub:
        c.setFillColor(GREY)
        c.setFont("Helvetica-Oblique", 14)
        c.drawString(40, H - 102, sub)


def render_deck(year, path):
    slides = plan_deck(year)
    toc = []
    for n, s in enumerate(slides, 1):
        if s["kind"] == "theme" and not s["title"].endswith("(vervolg)"):
            toc.append((s["title"], n))
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Prestatieafspraken Ravensloot %d" % year)
    c.setAuthor("Gemeente Ravensloot")
    gold = []
    for n, s in enumerate(slides, 1):
        k = s["kind"]
        if k == "title":
            c.setFillColor(THEME_COLORS[K.BB])
            c.rect(0, 0, W, H, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#F2B134"))
            c.rect(0, 150, W, 8, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 46)
            c.drawString(60, 350, "Prestatieafspraken %d" % year)
            c.setFont("Helvetica", 22)
            c.drawString(60, 305, "Samen werken aan wonen in Ravensloot en Veenhoven")
            c.setFont("Helvetica", 15)
            c.drawString(60, 240, "Gemeente Ravensloot  ·  Meerland Wonen  ·  Hoeksteen Wonen  ·  "
                                  "Huurdersraad Ravensloot")
            c.drawString(60, 214, "Vastgesteld in het bestuurlijk overleg, ondertekend op %s" % SIGN_DATE[year])
            c.setFont("Helvetica", 9)
            c.drawRightString(W - 30, 17, str(n))
        elif k == "leeswijzer":
            band(c, "Leeswijzer", THEME_COLORS[K.OV], "Hoe deze afspraken zijn opgebouwd")
            c.setFillColor(DARK)
            c.setFont("Helvetica", 13)
            intro = ("Per thema staan op een of meer slides de afspraken die gemeente, corporaties en huurdersraad "
                     "voor %d hebben gemaakt. De afspraken zijn doorlopend genummerd; het nummer staat in de "
                     "gekleurde cirkel. Kaders met Let op bevatten toelichting en zijn geen afspraak." % year)
            y = H - 140
            for ln in simpleSplit(intro, "Helvetica", 13, 860):
                c.drawString(40, y, ln)
                y -= 18
            y -= 16
            c.setFont("Helvetica-Bold", 13)
            c.drawString(40, y, "Inhoud")
            y -= 22
            c.setFont("Helvetica", 13)
            for (t, sn) in toc + [("Proces en monitoring", len(slides) - 1), ("Ondertekening", len(slides))]:
                c.drawString(60, y, t)
                c.drawRightString(520, y, "slide %d" % sn)
                y -= 20
            footer(c, year, n)
        elif k == "kern":
            band(c, "Waar staan we?", THEME_COLORS[K.OV], "Kerncijfers van de sociale huur in Ravensloot")
            bw, gap = 164, 14
            x = 40
            for big, l1, l2 in KERN[year]:
                c.setFillColor(LIGHT)
                c.roundRect(x, 190, bw, 200, 8, stroke=0, fill=1)
                c.setFillColor(THEME_COLORS[K.BB])
                c.setFont("Helvetica-Bold", 36)
                c.drawCentredString(x + bw / 2, 310, big)
                c.setFillColor(DARK)
                c.setFont("Helvetica", 11.5)
                c.drawCentredString(x + bw / 2, 260, l1)
                c.drawCentredString(x + bw / 2, 244, l2)
                x += bw + gap
            c.setFillColor(GREY)
            c.setFont("Helvetica-Oblique", 10)
            c.drawString(40, 150, "Bron: jaarverslagen van de corporaties en gegevens van de gemeente Ravensloot.")
            footer(c, year, n)
        elif k == "terugblik":
            t, sub, bullets = TERUGBLIK[year]
            band(c, t, THEME_COLORS[K.OV], sub)
            y = H - 145
            c.setFont("Helvetica", 14)
            for b in bullets:
                c.setFillColor(THEME_COLORS[K.BB])
                c.rect(44, y + 3, 7, 7, stroke=0, fill=1)
                c.setFillColor(DARK)
                for ln in simpleSplit(b, "Helvetica", 14, 820):
                    c.drawString(64, y, ln)
                    y -= 19
                y -= 12
            footer(c, year, n)
        elif k == "theme":
            col = THEME_COLORS[s["theme"]]
            band(c, s["title"], col, s["sub"])
            for (num, key, lines, y) in s["items"]:
                c.setFillColor(col)
                c.circle(64, y + 5, 15, stroke=0, fill=1)
                c.setFillColor(colors.white)
                c.setFont("Helvetica-Bold", 13)
                c.drawCentredString(64, y, str(num))
                c.setFillColor(DARK)
                c.setFont(FONT, FSIZE)
                yy = y
                for ln in lines:
                    c.drawString(TX, yy, ln)
                    yy -= LEAD
                a = K.AF[key]
                text, frame = a["v"][str(year)]
                gold.append({"key": key, "number": str(num), "section": s["chapter"], "party": None,
                             "theme": a["theme"], "themes": a["themes"], "page": n, "text": norm(text),
                             "trekker": None, "planning": None, "attributes": {}, "frame": frame})
            if s["letop"]:
                bl = box_lines(s["letop"])
                bh = 16 + 15 * len(bl) + 8
                top = s["bottom"] - 4
                x0 = W - 40 - 320
                c.setFillColor(colors.HexColor("#FFF4D6"))
                c.setStrokeColor(colors.HexColor("#F2B134"))
                c.roundRect(x0, top - bh, 320, bh, 6, stroke=1, fill=1)
                c.setFillColor(DARK)
                c.setFont("Helvetica-Bold", 11.5)
                c.drawString(x0 + 10, top - 16, "Let op")
                c.setFont("Helvetica", 11.5)
                yy = top - 31
                for ln in bl:
                    c.drawString(x0 + 10, yy, ln)
                    yy -= 15
                assert top - bh > BOTTOM_Y - 20, s["title"]
            footer(c, year, n)
        elif k == "proces":
            band(c, "Proces en monitoring", THEME_COLORS[K.OV], "Looptijd, overleg en kaders")
            y = H - 145
            c.setFillColor(DARK)
            c.setFont("Helvetica", 14)
            for p in PROCES[year]:
                for ln in simpleSplit(p, "Helvetica", 14, 860):
                    c.drawString(40, y, ln)
                    y -= 19
                y -= 14
            footer(c, year, n)
        elif k == "slot":
            band(c, "Ondertekening", THEME_COLORS[K.OV], None)
            c.setFillColor(DARK)
            c.setFont("Helvetica", 14)
            c.drawString(40, H - 115, "Aldus overeengekomen en ondertekend te Ravensloot op %s." % SIGN_DATE[year])
            x = 40
            for org, name, func in SIGNERS:
                c.setFillColor(LIGHT)
                c.roundRect(x, 230, 205, 150, 6, stroke=0, fill=1)
                c.setFillColor(DARK)
                c.setFont("Helvetica-Bold", 12)
                c.drawString(x + 10, 355, org)
                c.setStrokeColor(GREY)
                c.line(x + 10, 280, x + 190, 280)
                c.setFont("Helvetica", 11.5)
                c.drawString(x + 10, 262, name)
                c.drawString(x + 10, 246, func)
                x += 222
            c.setFont("Helvetica-Bold", 12)
            c.drawString(40, 185, "Bijlagen")
            c.setFont("Helvetica", 12)
            y = 165
            for i, b in enumerate(BIJLAGEN, 1):
                c.drawString(40, y, "Bijlage %d  %s" % (i, b))
                y -= 17
            footer(c, year, n)
        c.showPage()
    c.save()
    return gold, len(slides)


# ------------------------------------------------------------------ bod letter
PAGES = {}


class BidPara(Paragraph):
    def draw(self):
        key = getattr(self, "gold_key", None)
        if key:
            PAGES[key] = self.canv.getPageNumber()
        Paragraph.draw(self)


def render_bod(path, total=None):
    PAGES.clear()
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_LEFT,
                          spaceAfter=7)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8,
                          spaceAfter=5, textColor=colors.HexColor("#1F5C99"))
    small = ParagraphStyle("small", parent=body, spaceAfter=0)

    def first_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1F5C99"))
        c.rect(0, A4[1] - 18 * mm, A4[0], 18 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(20 * mm, A4[1] - 12 * mm, "Meerland Wonen")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 9 * mm, "Marktplein 12  |  7561 BK Ravensloot")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 13 * mm, "Postbus 210  |  7560 AE Ravensloot")
        pfoot(c, doc)
        c.restoreState()

    def later(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8.5)
        c.setFillColor(GREY)
        c.drawString(20 * mm, A4[1] - 12 * mm, "Meerland Wonen  |  Bod 2025 gemeente Ravensloot")
        c.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        pfoot(c, doc)
        c.restoreState()

    def pfoot(c, doc):
        c.setFont("Helvetica", 8.5)
        c.setFillColor(GREY)
        n = c.getPageNumber()
        c.drawRightString(A4[0] - 20 * mm, 12 * mm, "pagina %d van %s" % (n, total or "?"))

    story = []
    for ln in ["Aan het college van burgemeester en wethouders", "van de gemeente Ravensloot", "Postbus 50",
               "7560 AB Ravensloot"]:
        story.append(Paragraph(ln, small))
    story.append(Spacer(1, 14))
    for ln in ["Ravensloot, 27 juni 2024", "Ons kenmerk: MW/BS/2024-118", "Kopie aan: Huurdersraad Ravensloot",
               "Betreft: bod op de woonvisie 2025"]:
        story.append(Paragraph(ln, small))
    story.append(Spacer(1, 14))
    story.append(Paragraph("Geachte college,", body))
    intro = [
        "Hierbij ontvangt u, zoals de Woningwet voorschrijft, het overzicht van de werkzaamheden die Meerland Wonen "
        "in 2025 en de jaren daarna in Ravensloot wil uitvoeren. Dit bod is onze reactie op de woonvisie Thuis in "
        "Ravensloot 2022-2027 en houdt rekening met de regionale woondeal Oostvelden en de Nationale "
        "Prestatieafspraken die het Rijk met de corporatiesector heeft gesloten.",
        "Onze financiële ruimte is de afgelopen jaren kleiner geworden door de gestegen bouwkosten, de hogere rente "
        "en de huurbevriezing van 2024. Wij hebben daarom keuzes moeten maken. De Huurdersraad Ravensloot heeft op "
        "12 juni 2024 over een concept van dit bod geadviseerd; dat advies hebben wij zoveel mogelijk verwerkt.",
        "Voor de leesbaarheid hebben wij onze voornemens per thema gebundeld. Elk voornemen begint met een "
        "vetgedrukt onderwerp. De bedragen en aantallen gaan uit van onze meerjarenbegroting 2024-2028.",
    ]
    for p in intro:
        story.append(Paragraph(p, body))
    gold = []
    for (title, ctx, keys) in K.BOD_SECTIONS:
        story.append(Paragraph(title, head))
        if ctx:
            story.append(Paragraph(ctx, body))
        for key in keys:
            a = K.AF[key]
            text, frame = a["v"]["bod"]
            para = BidPara("<b>%s:</b> %s" % (a["lead"], text.replace("&", "&amp;")), body)
            para.gold_key = key
            story.append(KeepTogether([para]))
            gold.append({"key": key, "number": None, "section": title, "party": None, "theme": a["theme"],
                         "themes": a["themes"], "page": None, "text": norm(text), "trekker": None,
                         "planning": None, "attributes": {}, "frame": frame})
    story.append(Spacer(1, 6))
    for p in ["Wij zien uit naar de gesprekken over de prestatieafspraken 2025 in het najaar en lichten dit bod "
              "desgewenst graag toe in het ambtelijk overleg.", "Met vriendelijke groet,"]:
        story.append(Paragraph(p, body))
    story.append(Spacer(1, 22))
    for ln in ["E.M. (Esther) Valkema", "directeur-bestuurder Meerland Wonen"]:
        story.append(Paragraph(ln, small))
    story.append(Spacer(1, 14))
    story.append(Paragraph("Bijlagen: meerjarenprognose 2025-2029; projectenlijst nieuwbouw Ravensloot", small))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=28 * mm,
                            bottomMargin=22 * mm, invariant=1, title="Bod 2025 gemeente Ravensloot",
                            author="Meerland Wonen")
    doc.build(story, onFirstPage=first_page, onLaterPages=later)
    for g in gold:
        g["page"] = PAGES[g["key"]]
    return gold, doc.page


# ------------------------------------------------------------------ gold
def doc_meta(doc_id, typ, year, pages, layout, corps):
    return {"id": doc_id, "family": FAMILY, "type": typ, "year": year, "years": [year],
            "gemeente": K.GEMEENTE, "gemeenten": [K.GEMEENTE], "corporaties": corps,
            "huurdersorganisaties": K.HUURDERS, "pages": pages, "layout": layout}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def make_pair(old_id, new_id, old_doc, new_doc, which):
    old_keys = [a["key"] for a in old_doc["afspraken"]]
    new_keys = [a["key"] for a in new_doc["afspraken"]]
    otext = {a["key"]: a["text"] for a in old_doc["afspraken"]}
    ntext = {a["key"]: a["text"] for a in new_doc["afspraken"]}
    links = []
    for k in old_keys + [k for k in new_keys if k not in old_keys]:
        st, kinds, hn = K.AF[k][which]
        if k in otext and k in ntext:
            same = otext[k] == ntext[k]
            assert same == (st == "unchanged"), (which, k, st)
            assert st not in ("new", "dropped"), (which, k)
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        elif k in otext:
            assert st == "dropped", (which, k, st)
            links.append({"old": k, "new": None, "status": st, "kinds": [], "hard_negative": None})
        else:
            assert st == "new", (which, k, st)
            links.append({"old": None, "new": k, "status": st, "kinds": [], "hard_negative": None})
        if st in ("reworded", "unchanged", "new", "dropped"):
            assert not kinds, (k, which)
        else:
            assert kinds, (k, which)
    return {"old": old_id, "new": new_id, "links": links}


def main():
    for d in (PDF_DIR, GOLD_DIR, PAIR_DIR):
        os.makedirs(d, exist_ok=True)
    docs = {}
    # bod: two passes so the footer can print the total page count
    bid = FAMILY + "-bod-2025"
    bpath = os.path.join(PDF_DIR, bid + ".pdf")
    _, npages = render_bod(bpath)
    gold, npages2 = render_bod(bpath, total=npages)
    assert npages == npages2
    docs[bid] = {"document": doc_meta(bid, "bod", 2025, npages, "letter-bod-bold-leadin", ["Meerland Wonen"]),
                 "afspraken": gold}
    for year in (2025, 2026):
        did = "%s-%d" % (FAMILY, year)
        gold, n = render_deck(year, os.path.join(PDF_DIR, did + ".pdf"))
        docs[did] = {"document": doc_meta(did, "prestatieafspraken", year, n, "slide-deck-16x9", K.CORPS),
                     "afspraken": gold}
    for did, obj in docs.items():
        keys = [a["key"] for a in obj["afspraken"]]
        assert len(keys) == len(set(keys)), did
        write_json(os.path.join(GOLD_DIR, did + ".json"), obj)
    pairs = [(bid, FAMILY + "-2025", "A"), (FAMILY + "-2025", FAMILY + "-2026", "B")]
    for o, nw, which in pairs:
        p = make_pair(o, nw, docs[o], docs[nw], which)
        write_json(os.path.join(PAIR_DIR, "%s__%s.json" % (o, nw)), p)
    for did, obj in docs.items():
        print(did, "pages", obj["document"]["pages"], "afspraken", len(obj["afspraken"]))


if __name__ == "__main__":
    main()
