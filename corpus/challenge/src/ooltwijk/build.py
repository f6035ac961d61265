# -*- coding: utf-8 -*-
"""Render the ooltwijk family (prestatieafspraken 2025, 2026 and bod 2026) and write the gold JSON.
Run from /work/main:  .venv/bin/python corpus/challenge/src/ooltwijk/build.py"""
import json
import os
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT, TA_LEFT, TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, PageBreak,
                                Table, TableStyle, KeepTogether, NextPageTemplate)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data as D  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
FAMILY = "ooltwijk"

# ---------------------------------------------------------------- styles
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
BODYL = ParagraphStyle("bodyl", parent=BODY, alignment=TA_LEFT)
AFS = ParagraphStyle("afs", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_LEFT,
                     leftIndent=30, bulletIndent=0, bulletFontName="Helvetica-Bold", spaceAfter=0)
TAG = ParagraphStyle("tag", fontName="Helvetica-Oblique", fontSize=9, leading=11, alignment=TA_RIGHT, spaceAfter=7)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8,
                    textColor=colors.HexColor("#1f4e79"))
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4,
                    textColor=colors.HexColor("#1f4e79"))
SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11)
COVER_T = ParagraphStyle("covt", fontName="Helvetica-Bold", fontSize=28, leading=34, alignment=TA_LEFT,
                         textColor=colors.HexColor("#1f4e79"))
COVER_S = ParagraphStyle("covs", fontName="Helvetica", fontSize=14, leading=20)
TOC = ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=16)
MEMO = ParagraphStyle("memo", fontName="Helvetica", fontSize=10, leading=14)
BODTHEME = ParagraphStyle("bodtheme", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=8,
                          spaceAfter=3)
BODITEM = ParagraphStyle("boditem", fontName="Helvetica", fontSize=10, leading=13.5, leftIndent=14,
                         bulletIndent=2, spaceAfter=3)


def P(t, st=BODY):
    return Paragraph(escape(t), st)


class Marked(Paragraph):
    """Paragraph that remembers which afspraak or heading it belongs to."""
    def __init__(self, text, style, mark, bulletText=None):
        Paragraph.__init__(self, text, style, bulletText=bulletText)
        self._mark = mark


def make_numbered_canvas(header_text, footer_left, skip_first=True):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                if not (skip_first and self._pageNumber == 1):
                    self.setFont("Helvetica", 8)
                    self.setFillColor(colors.HexColor("#555555"))
                    if header_text:
                        self.drawString(2.2 * cm, A4[1] - 1.3 * cm, header_text)
                        self.setStrokeColor(colors.HexColor("#999999"))
                        self.line(2.2 * cm, A4[1] - 1.45 * cm, A4[0] - 2.2 * cm, A4[1] - 1.45 * cm)
                    self.drawString(2.2 * cm, 1.2 * cm, footer_left)
                    self.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "Pagina %d van %d" % (self._pageNumber, n))
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NumberedCanvas


class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        BaseDocTemplate.__init__(self, fn, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                                 topMargin=2.2 * cm, bottomMargin=2.0 * cm, invariant=1, **kw)
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[fr])])
        self.marks = {}

    def afterFlowable(self, fl):
        m = getattr(fl, "_mark", None)
        if m and m not in self.marks:
            self.marks[m] = self.page


def tbl(rows, widths, header=True):
    t = Table(rows, colWidths=widths)
    st = [("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]
    if header:
        st += [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1"))]
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- agreement
INTRO = {
    2025: dict(
        datum="december 2024", plaats_datum="Ooltwijk, 12 december 2024",
        context=[
            "Deze prestatieafspraken geven uitvoering aan de woonvisie 'Thuis in Ooltwijk 2022-2030', die de "
            "gemeenteraad in juni 2022 heeft vastgesteld. De woonvisie zet in op voldoende en betaalbare woningen, "
            "op een woningvoorraad die in 2050 aardgasvrij is en op wijken waar bewoners naar elkaar omkijken.",
            "De afspraken zijn gebaseerd op de biedingen die Woonlieden Ooltwijk en Woongroep Rijnkade in juni "
            "2024 hebben uitgebracht en op de reactie van Huurdersvereniging De Waterpoort daarop. Ook de "
            "nationale prestatieafspraken tussen het Rijk, Aedes, de Woonbond en de VNG en de regionale woondeal "
            "vormen een belangrijk kader.",
        ],
        terugblik=[
            "In 2024 zijn 64 sociale huurwoningen opgeleverd, 11 minder dan afgesproken, doordat de bouw van het "
            "plan Kadewei drie maanden vertraging opliep. De corporaties verbeterden 212 woningen naar ten minste "
            "label B en huisvestten 47 vergunninghouders. Het aantal huisuitzettingen wegens huurachterstand "
            "bedroeg 5; in 2023 waren dat er nog 8.",
        ],
        kern=[["Kerncijfer", "2022", "2023", "2024"],
              ["Sociale huurwoningen corporaties", "5.812", "5.846", "5.893"],
              ["Gemiddelde inschrijfduur starters (jaar)", "4,6", "4,9", "5,1"],
              ["Woningen met label E, F of G", "310", "188", "97"],
              ["Huishoudens met betalingsregeling", "540", "588", "611"]],
    ),
    2026: dict(
        datum="december 2025", plaats_datum="Ooltwijk, 11 december 2025",
        context=[
            "Met deze prestatieafspraken geven de gemeente Ooltwijk, Woonlieden Ooltwijk, Woongroep Rijnkade en "
            "Huurdersvereniging De Waterpoort voor het vierde jaar invulling aan de woonvisie 'Thuis in Ooltwijk "
            "2022-2030'. De afspraken sluiten aan op de herijkte regionale woondeal en op de Wet versterking regie "
            "volkshuisvesting, die gemeenten een programmatische aanpak van de woningbouw vraagt.",
            "Partijen hebben de biedingen van de corporaties van juni 2025 besproken in drie tripartiete "
            "overleggen. Waar de afspraken afwijken van de biedingen, is dat het resultaat van dit overleg.",
        ],
        terugblik=[
            "In 2025 zijn 78 sociale huurwoningen opgeleverd, 7 minder dan afgesproken. Het plan Kadewei werd in "
            "september volledig opgeleverd. De corporaties verbeterden 226 woningen naar ten minste label B; eind "
            "2025 resteerden nog 18 woningen met een E-, F- of G-label. Er vonden 3 huisuitzettingen wegens "
            "huurachterstand plaats.",
        ],
        kern=[["Kerncijfer", "2023", "2024", "2025"],
              ["Sociale huurwoningen corporaties", "5.846", "5.893", "5.962"],
              ["Gemiddelde inschrijfduur starters (jaar)", "4,9", "5,1", "5,3"],
              ["Woningen met label E, F of G", "188", "97", "18"],
              ["Huishoudens met betalingsregeling", "588", "611", "579"]],
    ),
}


def agreement_story(year, chapters, toc_pages):
    I = INTRO[year]
    s = []
    # cover
    s += [Spacer(1, 4 * cm), Paragraph("Prestatieafspraken %d" % year, COVER_T), Spacer(1, 0.6 * cm),
          P("Gemeente Ooltwijk", COVER_S), P("Woonlieden Ooltwijk", COVER_S), P("Woongroep Rijnkade", COVER_S),
          P("Huurdersvereniging De Waterpoort", COVER_S), Spacer(1, 5 * cm),
          P("Vastgesteld in het bestuurlijk overleg van %s" % I["datum"], BODYL), PageBreak()]
    # toc + leeswijzer
    s.append(Paragraph("Inhoud", H1))
    entries = [("Inleiding", "inl")] + [("%s %s" % (n, t), "ch" + n) for n, t, _, _ in chapters] + \
              [("7 Slotbepalingen", "slot"), ("Ondertekening", "onder"), ("Bijlagen", "bijl")]
    rows = [[Paragraph(escape(e), TOC), Paragraph(str(toc_pages.get(m, "")), ParagraphStyle("tr", parent=TOC, alignment=TA_RIGHT))]
            for e, m in entries]
    t = Table(rows, colWidths=[13.5 * cm, 2.5 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    s += [t, Spacer(1, 0.8 * cm), Paragraph("Leeswijzer", H2),
          P("De afspraken zijn doorlopend genummerd. Afspraken die na de eerste versie zijn toegevoegd of uit een "
            "bestaande afspraak zijn voortgekomen, hebben een nummer met een letter (bijvoorbeeld 7a). Achter elke "
            "afspraak staat tussen vierkante haken welke partij de afspraak uitvoert of trekt:"),
          tbl([["Code", "Partij"], ["G", "Gemeente Ooltwijk"], ["C", "Woonlieden Ooltwijk en Woongroep Rijnkade (de corporaties)"],
               ["H", "Huurdersvereniging De Waterpoort (de huurdersorganisatie)"]], [2 * cm, 12 * cm]),
          Spacer(1, 0.3 * cm),
          P("Een combinatie zoals [G, C] betekent dat beide partijen verantwoordelijk zijn; de eerstgenoemde partij "
            "is trekker. De teksten in de inleidingen van de hoofdstukken zijn toelichting en geen afspraak."),
          PageBreak()]
    # inleiding
    s.append(Marked("Inleiding", H1, "inl"))
    s += [P(x) for x in I["context"]]
    s.append(Paragraph("Terugblik op %d" % (year - 1), H2))
    s += [P(x) for x in I["terugblik"]]
    s.append(Paragraph("Kerncijfers", H2))
    s.append(tbl(I["kern"], [8.5 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm]))
    s.append(Spacer(1, 0.4 * cm))
    # chapters
    for n, title, intro, afs in chapters:
        s.append(Marked("%s %s" % (n, title), H1, "ch" + n))
        s += [P(x) for x in intro]
        s.append(Paragraph("Afspraken", H2))
        for a in afs:
            s.append(KeepTogether([
                Marked(escape(a["text"]), AFS, "afs:" + a["key"], bulletText=a["number"] + "."),
                Paragraph("[%s]" % a["tag"], TAG)]))
    # slot
    s.append(Marked("7 Slotbepalingen", H1, "slot"))
    s += [Paragraph("Looptijd", H2),
          P("Deze prestatieafspraken gelden van 1 januari %d tot en met 31 december %d. Afspraken die een langere "
            "looptijd hebben, worden in de volgende prestatieafspraken opnieuw bevestigd of bijgesteld." % (year, year)),
          Paragraph("Wijzigingen en onvoorziene omstandigheden", H2),
          P("Wanneer wet- en regelgeving, rijksbeleid of de financiële positie van een van de partijen wezenlijk "
            "verandert, kan elke partij de andere partijen om heroverweging van de afspraken vragen. Wijzigingen "
            "worden schriftelijk vastgelegd en door alle partijen ondertekend."),
          Paragraph("Openbaarheid", H2),
          P("De prestatieafspraken worden na ondertekening gepubliceerd op de websites van de partijen en ter "
            "kennisname aan de gemeenteraad en de Autoriteit woningcorporaties gezonden.")]
    # ondertekening
    s.append(PageBreak())
    s.append(Marked("Ondertekening", H1, "onder"))
    s.append(P("Aldus overeengekomen en ondertekend te %s." % I["plaats_datum"]))
    sig = [["Gemeente Ooltwijk", "Woonlieden Ooltwijk"], ["\n\n\nM.A. (Marloes) Verbeek-Tjon\nwethouder Wonen",
                                                          "\n\n\nir. H.J. (Hein) Doornbos\ndirecteur-bestuurder"],
           ["Woongroep Rijnkade", "Huurdersvereniging De Waterpoort"],
           ["\n\n\ndrs. S. (Sanne) Oudejans\nbestuurder", "\n\n\nR. (Rachid) El Amrani\nvoorzitter"]]
    t = Table(sig, colWidths=[8 * cm, 8 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                           ("FONT", (0, 2), (-1, 2), "Helvetica-Bold", 10), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOTTOMPADDING", (0, 1), (-1, 1), 18)]))
    s += [t, Spacer(1, 1 * cm)]
    # bijlagen
    s.append(Marked("Bijlagen", H1, "bijl"))
    s.append(P("Bijlage 1 Nieuwbouwprogramma sociale huur %d-%d" % (year, year + 3), BODYL))
    s.append(P("Bijlage 2 Verduurzamingsprogramma per complex", BODYL))
    s.append(P("Bijlage 3 Begrippenlijst", BODYL))
    s.append(Paragraph("Bijlage 1 Nieuwbouwprogramma sociale huur", H2))
    if year == 2025:
        rows = [["Project", "Corporatie", "2025", "2026", "2027", "2028"], ["Kadewei", "Woonlieden", "40", "-", "-", "-"],
                ["Molenakker", "Rijnkade", "45", "45", "-", "-"], ["Oude Veiling", "Woonlieden", "-", "25", "30", "-"],
                ["Zuiderhaven (flex)", "Rijnkade", "-", "30", "-", "-"], ["Totaal", "", "85", "100", "30", "0"]]
    else:
        rows = [["Project", "Corporatie", "2026", "2027", "2028", "2029"], ["Molenakker", "Rijnkade", "45", "-", "-", "-"],
                ["Oude Veiling", "Woonlieden", "25", "30", "-", "-"], ["Zuiderhaven (flex)", "Rijnkade", "30", "-", "-", "-"],
                ["Stationskwartier-Noord", "Woonlieden", "-", "-", "60", "40"], ["Totaal", "", "100", "30", "60", "40"]]
    s.append(tbl(rows, [4.4 * cm, 3 * cm, 2 * cm, 2 * cm, 2 * cm, 2 * cm]))
    s.append(Paragraph("Bijlage 3 Begrippenlijst", H2))
    for b in ["Aftoppingsgrens: de huurgrens waaronder huurtoeslag volledig wordt vergoed; het Rijk indexeert deze jaarlijks.",
              "Liberalisatie: het verhuren van een woning boven de huurgrens voor sociale huur.",
              "Vergunninghouder: een asielzoeker met een verblijfsvergunning die door een gemeente moet worden gehuisvest.",
              "Wijkuitvoeringsplan: een plan per wijk voor de overstap van aardgas naar een andere warmtebron."]:
        s.append(P(b, BODYL))
    return s


def render_agreement(year, chapters, path):
    header = "Prestatieafspraken Ooltwijk %d" % year
    toc = {}
    for _ in range(2):
        doc = Doc(path, title="Prestatieafspraken %d gemeente Ooltwijk" % year, author="Gemeente Ooltwijk")
        doc.build(agreement_story(year, chapters, toc),
                  canvasmaker=make_numbered_canvas(header, "Gemeente Ooltwijk | Woonlieden Ooltwijk | Woongroep Rijnkade | Huurdersvereniging De Waterpoort"))
        toc = doc.marks
    return doc.marks


# ---------------------------------------------------------------- bod
def bod_story(bod):
    s = []
    hdr = [["Van:", "H. van Dijk-Moerman, directeur-bestuurder Woongroep Rijnkade"],
           ["Aan:", "College van burgemeester en wethouders van de gemeente Ooltwijk"],
           ["Cc:", "Bestuur Huurdersvereniging De Waterpoort; Woonlieden Ooltwijk"],
           ["Datum:", "27 juni 2025"],
           ["Onderwerp:", "Bod 2026"]]
    t = Table([[Paragraph("<b>%s</b>" % a, MEMO), Paragraph(escape(b), MEMO)] for a, b in hdr],
              colWidths=[2.6 * cm, 13.4 * cm])
    t.setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s += [t, Spacer(1, 0.5 * cm), P("Geacht college, beste bestuursleden van De Waterpoort,", BODYL)]
    ctx = [
        "Hierbij ontvangt u het overzicht van de voorgenomen werkzaamheden van Woongroep Rijnkade in de gemeente "
        "Ooltwijk, ons bod op de woonvisie 'Thuis in Ooltwijk 2022-2030' voor het jaar 2026, met een doorkijk naar "
        "de jaren 2027 tot en met 2030. Wij sturen dit bod vóór 1 juli, zoals de Woningwet vraagt.",
        "Wij hebben dit bod op onderdelen afgestemd met Woonlieden Ooltwijk. Waar hieronder 'de corporaties' staat, "
        "gaat het om een gezamenlijke inzet van beide corporaties; waar Woongroep Rijnkade wordt genoemd, gaat het om "
        "een bod van onze organisatie alleen.",
        "Onze financiële ruimte is in 2025 kleiner geworden. De bouwkosten stegen vorig jaar met ruim 6%, de rente "
        "op nieuwe leningen ligt hoger dan waarmee wij in ons vorige bod rekenden en de huurbevriezing van 2024 werkt "
        "door in onze inkomsten. Daarom kiezen wij ervoor de nieuwbouw voorrang te geven en het tempo van enkele "
        "onderhoudsprojecten iets te verlagen. In 2024 leverden wij 38 woningen op en verduurzaamden wij 131 woningen.",
    ]
    s += [P(x) for x in ctx]
    s.append(Paragraph("Ons bod voor 2026", H2))
    for theme, items in bod:
        s.append(Marked("<b>%s</b>" % escape(theme), BODTHEME, "bodtheme:" + theme))
        for a in items:
            s.append(Marked(escape(a["text"]), BODITEM, "afs:" + a["key"], bulletText="-"))
    s.append(Paragraph("Financiële onderbouwing", H2))
    s += [P("Voor de uitvoering van dit bod begroten wij in 2026 circa € 31 miljoen aan investeringen in nieuwbouw "
            "en € 9,4 miljoen aan verduurzaming en planmatig onderhoud in Ooltwijk. Het bod is getoetst aan onze "
            "meerjarenbegroting en past binnen de normen van het Waarborgfonds Sociale Woningbouw en de Autoriteit "
            "woningcorporaties."),
          P("Het bod is besproken met onze huurdersorganisatie; haar advies is als bijlage bij deze e-mail gevoegd. "
            "De Raad van Commissarissen heeft op 19 juni 2025 met het bod ingestemd."),
          P("Wij gaan graag met u en De Waterpoort in gesprek over dit bod in het tripartiete overleg van september. "
            "Voor vragen kunt u contact opnemen met onze beleidsadviseur wonen, Ilse Voorthuis.", BODYL),
          Spacer(1, 0.3 * cm), P("Met vriendelijke groet,", BODYL), Spacer(1, 0.3 * cm),
          P("H. van Dijk-Moerman", BODYL), P("directeur-bestuurder Woongroep Rijnkade", BODYL),
          Spacer(1, 0.4 * cm),
          P("Bijlagen: advies Huurdersvereniging De Waterpoort op het bod 2026; meerjarenoverzicht investeringen "
            "2026-2030.", SMALL)]
    return s


def render_bod(bod, path):
    doc = Doc(path, title="Bod 2026 Woongroep Rijnkade", author="Woongroep Rijnkade")
    doc.build(bod_story(bod), canvasmaker=make_numbered_canvas("", "Woongroep Rijnkade - Bod 2026 gemeente Ooltwijk",
                                                               skip_first=False))
    return doc.marks


# ---------------------------------------------------------------- gold
def npages(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def gold_agreement(year, chapters, marks, path):
    afs = []
    for n, title, _, items in chapters:
        for a in items:
            th = D.THEMES[a["key"]]
            afs.append({"key": a["key"], "number": a["number"], "section": "%s %s" % (n, title), "party": None,
                        "theme": th[0], "themes": th, "page": marks["afs:" + a["key"]], "text": a["text"],
                        "trekker": a["tag"], "planning": None, "attributes": {}, "frame": a["frame"]})
    return {"document": {"id": "%s-%d" % (FAMILY, year), "family": FAMILY, "type": "prestatieafspraken",
                         "year": year, "years": [year], "gemeente": D.GEMEENTE, "gemeenten": [D.GEMEENTE],
                         "corporaties": [D.CORP_A, D.CORP_B], "huurdersorganisaties": [D.HUURDERS],
                         "pages": npages(path), "layout": "continuous-numbered-suffix-party-tag"},
            "afspraken": afs}


def gold_bod(bod, marks, path):
    afs = []
    for theme, items in bod:
        for a in items:
            th = D.THEMES[a["key"]]
            afs.append({"key": a["key"], "number": None, "section": "Ons bod voor 2026 > %s" % theme, "party": None,
                        "theme": th[0], "themes": th, "page": marks["afs:" + a["key"]], "text": a["text"],
                        "trekker": None, "planning": None, "attributes": {}, "frame": a["frame"]})
    return {"document": {"id": "%s-bod-2026" % FAMILY, "family": FAMILY, "type": "bod", "year": 2026,
                         "years": [2026], "gemeente": D.GEMEENTE, "gemeenten": [D.GEMEENTE],
                         "corporaties": [D.CORP_B], "huurdersorganisaties": [D.HUURDERS],
                         "pages": npages(path), "layout": "memo-dash-bids"},
            "afspraken": afs}


def pair(old_gold, new_gold, linkmap):
    ok = [a["key"] for a in old_gold["afspraken"]]
    nk = [a["key"] for a in new_gold["afspraken"]]
    links = []
    for k in ok:
        st, kinds, hn = linkmap[k]
        if st == "dropped":
            assert k not in nk, k
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        else:
            assert k in nk, k
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
    for k in nk:
        if k not in ok:
            st = linkmap.get(k, ("new", [], None))[0]
            assert st == "new", k
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    return {"old": old_gold["document"]["id"], "new": new_gold["document"]["id"], "links": links}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    os.makedirs(OUT + "/pdf", exist_ok=True)
    os.makedirs(OUT + "/gold/pairs", exist_ok=True)
    golds = {}
    for year, ch in ((2025, D.CH25), (2026, D.CH26)):
        p = "%s/pdf/%s-%d.pdf" % (OUT, FAMILY, year)
        marks = render_agreement(year, ch, p)
        golds[year] = gold_agreement(year, ch, marks, p)
        dump(golds[year], "%s/gold/%s-%d.json" % (OUT, FAMILY, year))
    p = "%s/pdf/%s-bod-2026.pdf" % (OUT, FAMILY)
    marks = render_bod(D.BOD26, p)
    gb = gold_bod(D.BOD26, marks, p)
    dump(gb, "%s/gold/%s-bod-2026.json" % (OUT, FAMILY))
    pr = pair(golds[2025], golds[2026], D.LINKS_25_26)
    dump(pr, "%s/gold/pairs/%s__%s.json" % (OUT, pr["old"], pr["new"]))
    # bod pair: agreement items not in the bod are new
    pr = pair(gb, golds[2026], D.LINKS_BOD_26)
    dump(pr, "%s/gold/pairs/%s__%s.json" % (OUT, pr["old"], pr["new"]))
    print("built")


if __name__ == "__main__":
    main()
