# -*- coding: utf-8 -*-
"""Build the vlietstede family of the afspraken challenge corpus.

Run from /work/main:  .venv/bin/python corpus/challenge/src/vlietstede/build.py
Writes corpus/challenge/dev/pdf/vlietstede-*.pdf, corpus/challenge/dev/gold/vlietstede-*.json and
corpus/challenge/dev/gold/pairs/*.json. Deterministic (reportlab invariant=1)."""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, NextPageTemplate,  # noqa: E402
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

import content as C  # noqa: E402
from textutil import find_afspraken, page_texts  # noqa: E402

FAMILY = "vlietstede"
W, H = A4
ML, MR, MT, MB = 20 * mm, 20 * mm, 24 * mm, 20 * mm
GUTTER = 8 * mm
COLW = (W - ML - MR - GUTTER) / 2
BLUE = colors.HexColor("#1f4e79")
TEAL = colors.HexColor("#2e7d7a")
GREY = colors.HexColor("#555555")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------------------------------------ styles
S = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=9.2, leading=12.2, alignment=TA_JUSTIFY,
                           spaceAfter=5),
    "bodyl": ParagraphStyle("bodyl", fontName="Helvetica", fontSize=9.6, leading=13.2, alignment=TA_LEFT,
                            spaceAfter=6),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=15, textColor=BLUE,
                         spaceBefore=8, spaceAfter=5, keepWithNext=1),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=TEAL,
                         spaceBefore=5, spaceAfter=3, keepWithNext=1),
    "label": ParagraphStyle("label", fontName="Helvetica-Bold", fontSize=9.2, leading=12, textColor=BLUE,
                            spaceBefore=4, spaceAfter=1, keepWithNext=1),
    "attr": ParagraphStyle("attr", fontName="Helvetica-Oblique", fontSize=8.2, leading=10.4, textColor=GREY,
                           spaceAfter=1),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=10),
    "smallb": ParagraphStyle("smallb", fontName="Helvetica-Bold", fontSize=8, leading=10),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=9.2, leading=13),
    "cov1": ParagraphStyle("cov1", fontName="Helvetica-Bold", fontSize=30, leading=36, textColor=BLUE,
                           alignment=TA_LEFT),
    "cov2": ParagraphStyle("cov2", fontName="Helvetica", fontSize=15, leading=20, textColor=TEAL),
    "cov3": ParagraphStyle("cov3", fontName="Helvetica", fontSize=11, leading=16),
    "cov3b": ParagraphStyle("cov3b", fontName="Helvetica-Bold", fontSize=11, leading=16),
    "item": ParagraphStyle("item", fontName="Helvetica", fontSize=9.6, leading=13.2, leftIndent=20,
                           bulletIndent=0, bulletFontName="Helvetica-Bold", spaceAfter=5, alignment=TA_LEFT),
    "bh": ParagraphStyle("bh", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=TEAL,
                         spaceBefore=8, spaceAfter=4, keepWithNext=1),
}


class NumberedCanvas(rl_canvas.Canvas):
    """Canvas that knows the total page count when drawing footers ("Pagina x van y")."""

    footer = None  # function(canvas, page, total)

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            if NumberedCanvas.footer:
                NumberedCanvas.footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, invariant=1, leftMargin=ML, rightMargin=MR, topMargin=MT,
                         bottomMargin=MB, **kw)
        self.toc_pages = {}

    def afterFlowable(self, fl):
        t = getattr(fl, "_toc", None)
        if t and t not in self.toc_pages:
            self.toc_pages[t] = self.page


def H1(text, toc=True):
    p = Paragraph(esc(text), S["h1"])
    if toc:
        p._toc = text
    return p


# ------------------------------------------------------------------------------------------------ agreement
def agreement_meta(year):
    if year == 2024:
        return dict(afs=C.A24, struct=C.STRUCT_2024, prev=2023, signed="12 december 2023",
                    bod_date="27 juni 2023", overleg="28 november 2023")
    return dict(afs=C.A25, struct=C.STRUCT_2025, prev=2024, signed="10 december 2024",
                bod_date="24 juni 2024", overleg="26 november 2024")


KERN = {
    2024: [("Woningen Zuidvliet in Vlietstede", "2.874", "2.869"),
           ("Ingeschreven woningzoekenden", "3.960", "4.310"),
           ("Gemiddelde zoektijd (jaren)", "3,4", "3,6"),
           ("Opgeleverde nieuwbouw", "51", "64"),
           ("Woningen met label E, F of G", "208", "112"),
           ("Huurachterstand > 2 maanden", "58", "49"),
           ("Ontruimingen wegens huurachterstand", "4", "2")],
    2025: [("Woningen Zuidvliet in Vlietstede", "2.869", "2.881"),
           ("Ingeschreven woningzoekenden", "4.310", "4.520"),
           ("Gemiddelde zoektijd (jaren)", "3,6", "3,9"),
           ("Opgeleverde nieuwbouw", "64", "38"),
           ("Woningen met label E, F of G", "112", "61"),
           ("Huurachterstand > 2 maanden", "49", "44"),
           ("Ontruimingen wegens huurachterstand", "2", "1")],
}

TERUGBLIK = {
    2024: [
        "In 2023 leverde Zuidvliet 64 nieuwe sociale huurwoningen op, waarvan 38 in Vlietzoom fase 1 en 26 in "
        "de Molenakker. Daarmee werd de afspraak van 60 woningen ruim gehaald. De start van de bouw in Ruwielhof "
        "schoof door naar het voorjaar van 2024, omdat tegen de omgevingsvergunning bezwaar was gemaakt.",
        "Op het gebied van duurzaamheid werden 96 woningen met energielabel E, F of G verbeterd naar ten minste "
        "label B en kregen 171 eengezinswoningen zonnepanelen. De gemiddelde huurverhoging per 1 juli 2023 "
        "bedroeg 4,9%, onder het toegestane maximum. Er vonden twee ontruimingen wegens huurachterstand "
        "plaats, tegen vier in 2022.",
        "Niet alle afspraken zijn uitgevoerd. Het onderzoek naar een ontmoetingsruimte in De Schouw is "
        "vertraagd en de evaluatie van het toewijzingssysteem is doorgeschoven. De monitor bij deze "
        "afspraken geeft per afspraak van 2023 de stand van zaken weer."],
    2025: [
        "In 2024 leverde Zuidvliet 38 nieuwe sociale huurwoningen op in Vlietzoom fase 2; de bouw van Ruwielhof "
        "is in maart gestart. De transformatie van het schoolgebouw aan de Schoolstraat kon beginnen nadat de "
        "provincie in mei een bijdrage toekende. De verkenning naar tijdelijke woningen aan de Kanaaldijk "
        "wees uit dat de grond te sterk vervuild is; partijen hebben daarom een andere locatie gezocht.",
        "Van de 240 woningen in het isolatieprogramma zijn er 80 afgerond. Het aantal woningen met label E, F "
        "of G daalde van 112 naar 61, minder snel dan gepland door leveringsproblemen en uitgestelde "
        "instemming van bewoners. De gemiddelde huurverhoging per 1 juli 2024 was gelijk aan de inflatie. In "
        "2024 vond één ontruiming wegens huurachterstand plaats.",
        "Het onderzoek naar hergebruik van materialen bij de sloop van Ruwielhof is afgerond: 34% van de "
        "materialen is hergebruikt. De gemeente heeft de financiering van buurtbemiddeling vanaf 2025 "
        "structureel in de begroting opgenomen, zodat hierover geen aparte afspraak meer nodig is."],
}

INLEIDING = {
    2024: [
        "Voor u liggen de prestatieafspraken 2024 tussen de gemeente Vlietstede, Woningbouwvereniging "
        "Zuidvliet en Huurdersraad De Sluiswachter. Zuidvliet is met bijna 2.870 woningen de enige corporatie "
        "met bezit in de gemeente. De Huurdersraad vertegenwoordigt alle huurders van Zuidvliet en neemt sinds "
        "de herziening van de Woningwet als gelijkwaardige partij deel aan het overleg.",
        "De afspraken bouwen voort op de woonvisie Thuis in Vlietstede 2020-2025 en op het bod dat Zuidvliet "
        "op {bod} heeft uitgebracht. Ook de landelijke context is in beweging: met de Nationale "
        "Prestatieafspraken van juni 2022 hebben het Rijk, Aedes, de Woonbond en de VNG afspraken gemaakt over "
        "nieuwbouw, verduurzaming en betaalbaarheid. Deze afspraken werken door in de regionale woondeal "
        "Vlietland en in dit document."],
    2025: [
        "Voor u liggen de prestatieafspraken 2025 tussen de gemeente Vlietstede, Woningbouwvereniging "
        "Zuidvliet en Huurdersraad De Sluiswachter. Zuidvliet is met ruim 2.880 woningen de enige corporatie "
        "met bezit in de gemeente. De Huurdersraad vertegenwoordigt alle huurders van Zuidvliet en neemt als "
        "gelijkwaardige partij deel aan het overleg.",
        "De afspraken bouwen voort op de woonvisie Thuis in Vlietstede 2020-2025, die in 2025 wordt "
        "geactualiseerd, en op het bod dat Zuidvliet op {bod} heeft uitgebracht. Ten opzichte van vorig jaar "
        "zijn enkele paragrafen anders ingedeeld: energiearmoede staat nu onder betaalbaarheid en de "
        "doorstroming van senioren onder wonen en zorg. De Nationale Prestatieafspraken en de regionale "
        "woondeal Vlietland blijven het landelijke en regionale kader."],
}


def build_agreement(year):
    m = agreement_meta(year)
    doc_id = f"{FAMILY}-{year}"
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    toc_pages = {}
    for _pass in range(2):
        story, placed = agreement_story(year, m, toc_pages)
        doc = Doc(path, title=f"Prestatieafspraken {year} Vlietstede", author="Gemeente Vlietstede",
                  subject="Prestatieafspraken", creator="vlietstede build.py")
        cover = Frame(ML, MB, W - ML - MR, H - MT - MB, id="cover")
        left = Frame(ML, MB, COLW, H - MT - MB, id="L", leftPadding=0, rightPadding=0)
        right = Frame(ML + COLW + GUTTER, MB, COLW, H - MT - MB, id="R", leftPadding=0, rightPadding=0)
        one = Frame(ML, MB, W - ML - MR, H - MT - MB, id="one", leftPadding=0, rightPadding=0)
        doc.addPageTemplates([
            PageTemplate("cover", [cover], onPage=lambda c, d: cover_deco(c)),
            PageTemplate("two", [left, right], onPage=lambda c, d: column_rule(c)),
            PageTemplate("one", [one]),
        ])

        def footer(c, page, total, year=year):
            if page == 1:
                return
            c.saveState()
            c.setFont("Helvetica", 7.5)
            c.setFillColor(GREY)
            c.drawString(ML, H - 13 * mm, f"Prestatieafspraken {year} | gemeente Vlietstede")
            c.drawRightString(W - MR, H - 13 * mm, "Zuidvliet · Huurdersraad De Sluiswachter")
            c.setStrokeColor(colors.HexColor("#9bb3c9"))
            c.setLineWidth(0.5)
            c.line(ML, H - 14.5 * mm, W - MR, H - 14.5 * mm)
            c.drawCentredString(W / 2, 10 * mm, f"Pagina {page} van {total}")
            c.restoreState()

        NumberedCanvas.footer = footer
        doc.build(story, canvasmaker=NumberedCanvas)
        if doc.toc_pages == toc_pages:
            break
        toc_pages = dict(doc.toc_pages)
    return doc_id, path, placed, m


def grid(head, rows, widths):
    data = [[Paragraph(esc(h), S["smallb"]) for h in head]]
    for r in rows:
        data.append([Paragraph(esc(x), S["small"]) for x in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0bcc8"))]))
    return t


MONITOR = {
    2024: [("1.1", "Oplevering 60 sociale huurwoningen in 2023", "gerealiseerd", "64 woningen opgeleverd"),
           ("1.3", "Start bouw Ruwielhof (56 woningen)", "vertraagd", "bezwaar tegen vergunning; start maart 2024"),
           ("1.8", "Evaluatie systeem woonruimteverdeling", "vertraagd", "wordt betrokken bij de nieuwe woonvisie"),
           ("2.1", "Huurverhoging 2023 onder wettelijk maximum", "gerealiseerd", "gemiddeld 4,9%"),
           ("2.4", "Maximaal vier ontruimingen", "gerealiseerd", "twee ontruimingen"),
           ("3.1", "Verbetering 90 woningen met label E, F of G", "gerealiseerd", "96 woningen verbeterd"),
           ("3.3", "Zonnepanelen op 150 woningen", "gerealiseerd", "171 woningen"),
           ("4.2", "Inspectie bij vocht en schimmel binnen tien werkdagen", "loopt", "gemiddeld acht werkdagen"),
           ("5.3", "Onderzoek ontmoetingsruimte De Schouw", "vertraagd", "locatie Schouwflat in beeld"),
           ("6.2", "Bod vóór 1 juli 2023", "gerealiseerd", "ontvangen op 27 juni 2023")],
    2025: [("§ 1, nr. 1", "Oplevering 110 woningen vóór eind 2025", "loopt", "38 woningen opgeleverd"),
           ("§ 1, nr. 2", "Start bouw 40 sociale huurwoningen in 2024", "gerealiseerd", "Ruwielhof (56) gestart"),
           ("§ 1, nr. 3", "Transformatie Schoolstraat", "loopt", "provinciale bijdrage toegekend"),
           ("§ 1, nr. 6", "Verkenning tijdelijke woningen Kanaaldijk", "vervallen", "bodem te sterk vervuild"),
           ("§ 1, nr. 7", "Verkoop maximaal 12 woningen", "gerealiseerd", "9 woningen verkocht"),
           ("§ 2, nr. 1", "Huurverhoging maximaal gelijk aan inflatie", "gerealiseerd", "gelijk aan inflatie"),
           ("§ 2, nr. 5", "Maximaal drie ontruimingen", "gerealiseerd", "één ontruiming"),
           ("§ 3, nr. 1", "Geen label E, F of G eind 2025", "vertraagd", "61 woningen resterend"),
           ("§ 3, nr. 3", "Isolatie 240 woningen 2024-2026", "loopt", "80 woningen gereed"),
           ("§ 3, nr. 8", "Onderzoek hergebruik materialen Ruwielhof", "gerealiseerd", "34% hergebruikt"),
           ("§ 4, nr. 4", "Rookmelders in alle woningen", "vertraagd", "leverancier failliet; pilot in 2025"),
           ("§ 5, nr. 4", "Ontmoetingsruimte Schouwflat", "vertraagd", "exploitant nog niet gevonden"),
           ("§ 5, nr. 5", "Financiering buurtbemiddeling", "gerealiseerd", "vanaf 2025 structureel begroot"),
           ("§ 6, nr. 1", "Woonvisie in derde kwartaal 2024", "vertraagd", "vaststelling voorjaar 2025")],
}


def cover_deco(c):
    c.saveState()
    c.setFillColor(BLUE)
    c.rect(0, H - 40 * mm, W, 40 * mm, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.rect(0, 0, W, 12 * mm, stroke=0, fill=1)
    c.restoreState()


def column_rule(c):
    c.saveState()
    c.setStrokeColor(colors.HexColor("#c8d3de"))
    c.setLineWidth(0.4)
    x = ML + COLW + GUTTER / 2
    c.line(x, MB, x, H - MT)
    c.restoreState()


def agreement_story(year, m, toc_pages):
    st = []
    # cover
    st.append(Spacer(1, 45 * mm))
    st.append(Paragraph(f"Prestatieafspraken {year}", S["cov1"]))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("Samen werken aan goed en betaalbaar wonen in Vlietstede", S["cov2"]))
    st.append(Spacer(1, 30 * mm))
    st.append(Paragraph("Een uitgave van", S["cov3"]))
    for p in ("Gemeente Vlietstede", C.CORPORATIE, C.HUURDERS):
        st.append(Paragraph(p, S["cov3b"]))
    st.append(Spacer(1, 12 * mm))
    st.append(Paragraph(f"Besproken in het tripartiete overleg van {m['overleg']}", S["cov3"]))
    st.append(Paragraph(f"Ondertekend op {m['signed']}", S["cov3"]))
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())
    # toc
    st.append(Paragraph("Inhoud", S["h1"]))
    toc_titles = ["Leeswijzer", "Inleiding", f"Terugblik op {m['prev']}", f"Kerncijfers {m['prev'] - 1}-{m['prev']}"]
    toc_titles += [h for h, _, _ in m["struct"]]
    toc_titles += ["Looptijd en slotbepalingen", "Ondertekening", "Bijlagen"]
    rows = [[Paragraph(esc(t), S["toc"]), Paragraph(str(toc_pages.get(t, "")), S["toc"])] for t in toc_titles]
    tt = Table(rows, colWidths=[COLW - 16 * mm, 12 * mm])
    tt.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.25,
                                                                     colors.HexColor("#d0d8e0")),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    st.append(tt)
    st.append(Spacer(1, 6))
    st.append(H1("Leeswijzer"))
    st.append(Paragraph(
        f"Dit document bevat de prestatieafspraken voor {year}. Na de inleiding, een terugblik op {m['prev']} en "
        "een overzicht van de kerncijfers volgen zes paragrafen met de maatregelen per thema. De maatregelen zijn "
        "per paragraaf genummerd. Waar partijen dat hebben vastgelegd, staat onder een maatregel welke partij "
        "verantwoordelijk is en wanneer de maatregel gereed moet zijn. De monitor met de stand van zaken van de "
        f"afspraken over {m['prev']} is als bijlage bij dit document gevoegd.", S["body"]))
    st.append(H1("Inleiding"))
    for p in INLEIDING[year]:
        st.append(Paragraph(esc(p.format(bod=m["bod_date"])), S["body"]))
    st.append(H1(f"Terugblik op {m['prev']}"))
    for p in TERUGBLIK[year]:
        st.append(Paragraph(esc(p), S["body"]))
    kt = f"Kerncijfers {m['prev'] - 1}-{m['prev']}"
    st.append(H1(kt))
    rows = [[Paragraph("Kerncijfer", S["smallb"]), Paragraph(str(m["prev"] - 1), S["smallb"]),
             Paragraph(str(m["prev"]), S["smallb"])]]
    for a, b, c in KERN[year]:
        rows.append([Paragraph(esc(a), S["small"]), Paragraph(b, S["small"]), Paragraph(c, S["small"])])
    kt_ = Table(rows, colWidths=[COLW - 30 * mm, 15 * mm, 15 * mm])
    kt_.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f0")),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0bcc8")),
                             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    st.append(kt_)
    st.append(Paragraph(f"Bron: jaarverslag Zuidvliet {m['prev'] - 1} en monitor prestatieafspraken {m['prev']}.",
                        S["attr"]))
    # afspraken
    placed = []
    afs = m["afs"]
    for heading, intro, groups in m["struct"]:
        st.append(CondPageBreak(40 * mm))
        st.append(H1(heading))
        for p in intro:
            st.append(Paragraph(esc(p), S["body"]))
        n = 0
        for sub, keys in groups:
            if sub:
                st.append(Paragraph(esc(sub), S["h2"]))
            for k in keys:
                a = afs[k]
                n += 1
                label = f"Maatregel {n}"
                st.append(Paragraph(label, S["label"]))
                st.append(Paragraph(esc(a["text"]), S["body"] if not (a["trekker"] or a["planning"])
                                    else ParagraphStyle("b2", parent=S["body"], spaceAfter=1)))
                if a["trekker"]:
                    st.append(Paragraph(esc("Verantwoordelijk: " + a["trekker"]), S["attr"]))
                if a["planning"]:
                    st.append(Paragraph(esc("Gereed: " + a["planning"]), S["attr"]))
                if a["trekker"] or a["planning"]:
                    st.append(Spacer(1, 4))
                section = heading + (" > " + sub if sub else "")
                placed.append((a, label, section))
    # slot
    st.append(CondPageBreak(30 * mm))
    st.append(H1("Looptijd en slotbepalingen"))
    st.append(Paragraph(
        f"Deze prestatieafspraken hebben betrekking op het kalenderjaar {year}. Zij treden in werking op 1 januari "
        f"{year} en eindigen op 31 december {year}, met uitzondering van de meerjarige maatregelen, die doorlopen "
        "tot de genoemde datum van gereedkomen.", S["body"]))
    st.append(Paragraph(
        "Als de omstandigheden ingrijpend veranderen, bijvoorbeeld door nieuwe wet- en regelgeving of een sterke "
        "stijging van de bouwkosten, kan elk van de partijen een voorstel doen om de afspraken te heroverwegen. "
        "Een wijziging heeft pas gevolg nadat alle drie partijen er schriftelijk mee hebben ingestemd. De "
        "bedragen die Zuidvliet in dit document noemt, maken deel uit van haar begroting, die door de Raad van "
        "Commissarissen is goedgekeurd.", S["body"]))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())
    st.append(H1("Ondertekening"))
    st.append(Paragraph(f"Aldus overeengekomen en ondertekend te Vlietstede op {m['signed']}.", S["bodyl"]))
    st.append(Spacer(1, 4 * mm))
    line = "……………………………………"
    cells = [
        [Paragraph("Gemeente Vlietstede", S["smallb"]), Spacer(1, 16), Paragraph(line, S["small"]),
         Paragraph("A.M. Veldkamp", S["small"]), Paragraph("wethouder Wonen en Ruimte", S["small"])],
        [Paragraph(esc(C.CORPORATIE), S["smallb"]), Spacer(1, 16), Paragraph(line, S["small"]),
         Paragraph("drs. M. Dijkhuis", S["small"]), Paragraph("directeur-bestuurder", S["small"])],
        [Paragraph(esc(C.HUURDERS), S["smallb"]), Spacer(1, 16), Paragraph(line, S["small"]),
         Paragraph("H. Boukhari", S["small"]), Paragraph("voorzitter", S["small"]), Spacer(1, 16),
         Paragraph(line, S["small"]), Paragraph("R. van Leeuwen", S["small"]), Paragraph("secretaris", S["small"])],
    ]
    sig = Table([cells], colWidths=[(W - ML - MR) / 3] * 3)
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    st.append(sig)
    st.append(Spacer(1, 6 * mm))
    st.append(H1("Bijlagen"))
    for b in [f"Bijlage 1. Nieuwbouwprogramma Zuidvliet {year}-{year + 4}",
              f"Bijlage 2. Monitor prestatieafspraken {m['prev']}",
              "Bijlage 3. Begrippenlijst (afzonderlijk gepubliceerd)"]:
        st.append(Paragraph(esc(b), ParagraphStyle("bl", parent=S["bodyl"], spaceAfter=2)))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph(esc(f"Bijlage 1. Nieuwbouwprogramma Zuidvliet {year}-{year + 4}"), S["h1"]))
    st.append(Paragraph(
        "Het overzicht geeft de stand van de planvoorbereiding weer op het moment van ondertekening. Aantallen en "
        "jaren van oplevering zijn indicatief en kunnen wijzigen door de uitkomst van ruimtelijke procedures.",
        S["bodyl"]))
    if year == 2024:
        prog = [("Vlietzoom fase 2", "Vlietzoom", "54", "sociale huur", "2024-2025", "in aanbouw"),
                ("Ruwielhof", "Ruwiel", "56", "sociale huur", "2025", "start bouw 2024"),
                ("Schoolstraat", "Centrum", "18", "jongerenwoningen", "2025", "voorbereiding"),
                ("Molenakker fase 2", "Hoefkamp", "24", "sociale huur", "2026", "initiatief"),
                ("Vlietzoom fase 3", "Vlietzoom", "60", "gemengd", "2027-2028", "initiatief")]
    else:
        prog = [("Vlietzoom fase 2", "Vlietzoom", "42", "sociale huur", "2025", "in aanbouw"),
                ("Ruwielhof", "Ruwiel", "56", "sociale huur", "2026", "in aanbouw"),
                ("Schoolstraat", "Centrum", "18", "jongerenwoningen", "2025", "in uitvoering"),
                ("Stationsweg-Noord", "Centrum", "24", "flexwoningen", "2025", "vergunning aangevraagd"),
                ("Molenakker fase 2", "Hoefkamp", "24", "sociale huur", "2027", "voorbereiding"),
                ("Vlietzoom fase 3", "Vlietzoom", "60", "sociaal en middenhuur", "2028-2029", "initiatief")]
    st.append(grid(["Project", "Wijk", "Aantal", "Segment", "Oplevering", "Status"], prog,
                   [40 * mm, 25 * mm, 16 * mm, 36 * mm, 22 * mm, 31 * mm]))
    st.append(Spacer(1, 6 * mm))
    st.append(Paragraph(esc(f"Bijlage 2. Monitor prestatieafspraken {m['prev']}"), S["h1"]))
    st.append(Paragraph(esc(
        f"Stand van zaken per 1 november {m['prev']} van een selectie van de afspraken over {m['prev']}, zoals "
        "besproken in het tripartiete overleg. De volledige monitor is op te vragen bij de gemeente."), S["bodyl"]))
    st.append(grid(["Nr.", f"Afspraak {m['prev']} (verkort)", "Status", "Toelichting"], MONITOR[year],
                   [16 * mm, 70 * mm, 24 * mm, 60 * mm]))
    return st, placed


# ------------------------------------------------------------------------------------------------ bod
def build_bod():
    doc_id = f"{FAMILY}-bod-2025"
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    doc = Doc(path, title="Bod 2025 Woningbouwvereniging Zuidvliet", author=C.CORPORATIE,
              subject="Overzicht van voorgenomen werkzaamheden", creator="vlietstede build.py")
    first = Frame(25 * mm, MB, W - 50 * mm, H - 62 * mm - MB, id="first", leftPadding=0, rightPadding=0)
    later = Frame(25 * mm, MB, W - 50 * mm, H - MT - MB, id="later", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("first", [first], onPage=lambda c, d: letterhead(c)),
                          PageTemplate("later", [later])])

    def footer(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        if page > 1:
            c.drawString(25 * mm, H - 13 * mm, "Woningbouwvereniging Zuidvliet")
            c.drawRightString(W - 25 * mm, H - 13 * mm, "Bod 2025 gemeente Vlietstede")
        c.drawRightString(W - 25 * mm, 10 * mm, f"pagina {page} van {total}")
        c.drawString(25 * mm, 10 * mm, "ZV/BOD/2024-031")
        c.restoreState()

    NumberedCanvas.footer = footer
    st = [NextPageTemplate("later")]
    b = S["bodyl"]
    for line in ["Aan het college van burgemeester en wethouders", "van de gemeente Vlietstede",
                 "t.a.v. de wethouder Wonen en Ruimte", "Postbus 100", "2980 AA  Vlietstede"]:
        st.append(Paragraph(esc(line), ParagraphStyle("addr", parent=b, spaceAfter=0)))
    st.append(Spacer(1, 10 * mm))
    meta = [("Datum", "24 juni 2024"), ("Kenmerk", "ZV/BOD/2024-031"), ("Onderwerp", "Bod 2025 op de woonvisie")]
    t = Table([[Paragraph(a, S["smallb"]), Paragraph(esc(v), S["small"])] for a, v in meta],
              colWidths=[25 * mm, 90 * mm])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    st.append(t)
    st.append(Spacer(1, 8 * mm))
    body = [
        "Geacht college,",
        "Hierbij bieden wij u, zoals de Woningwet voorschrijft, ons overzicht van voorgenomen werkzaamheden aan: "
        "ons bod voor 2025, met een doorkijk tot en met 2029. In dit bod geven wij aan hoe wij willen bijdragen "
        "aan de opgaven uit de woonvisie Thuis in Vlietstede 2020-2025, de regionale woondeal Vlietland en de "
        "Nationale Prestatieafspraken. Wij hebben het bod voorbereid in overleg met Huurdersraad De Sluiswachter, "
        "die ons op 17 juni 2024 schriftelijk heeft laten weten het bod op hoofdlijnen te ondersteunen.",
    ]
    for p in body:
        st.append(Paragraph(esc(p), b))
    st.append(Paragraph("Terugblik en financiële ruimte", S["bh"]))
    for p in [
        "In 2023 hebben wij 64 sociale huurwoningen opgeleverd en 96 woningen met een slecht energielabel "
        "verbeterd. De bouw van Ruwielhof is in maart 2024 gestart, na een vertraging van bijna een jaar door "
        "bezwaarprocedures. Met de huurverhoging van 2023 bleven wij onder het wettelijke maximum.",
        "Onze financiële positie is gezond, maar de ruimte om te investeren is kleiner geworden door de gestegen "
        "rente en bouwkosten. In onze meerjarenbegroting rekenen wij met gemiddelde stichtingskosten van "
        "€ 265.000 per nieuwe woning, tegen € 218.000 drie jaar geleden. De voornemens in deze brief passen "
        "binnen de financiële kaders die onze Raad van Commissarissen heeft vastgesteld."]:
        st.append(Paragraph(esc(p), b))
    st.append(Paragraph("Onze voornemens voor 2025", S["bh"]))
    st.append(Paragraph(esc(
        "Hieronder beschrijven wij per thema wat wij in 2025 van plan zijn. De nummers komen terug in de "
        "voortgangsrapportage die wij twee keer per jaar aan u en aan de Huurdersraad sturen."), b))
    placed = []
    n = 0
    for heading, intro, keys in C.STRUCT_BOD:
        st.append(Paragraph(esc(heading), ParagraphStyle("bh2", parent=S["bh"], textColor=BLUE, fontSize=10.5)))
        for p in intro:
            st.append(Paragraph(esc(p), b))
        for k in keys:
            n += 1
            a = C.B[k]
            st.append(Paragraph(esc(a["text"]), S["item"], bulletText=f"{n}."))
            placed.append((a, str(n), heading))
    st.append(Paragraph("Doorkijk 2025-2029", S["bh"]))
    st.append(Paragraph(esc(
        "De tabel geeft de aantallen weer waarmee wij in onze meerjarenbegroting rekenen. Voor de jaren na 2025 "
        "zijn deze cijfers indicatief."), b))
    rows = [[Paragraph(h, S["smallb"]) for h in ("Jaar", "Nieuwbouw opgeleverd", "Woningen verduurzaamd",
                                                 "Verkoop (max.)", "Investering (mln)")]]
    for r in [("2025", "58", "140", "10", "€ 24,1"), ("2026", "72", "120", "10", "€ 27,5"),
              ("2027", "45", "100", "8", "€ 19,8"), ("2028", "50", "80", "8", "€ 20,2"),
              ("2029", "50", "60", "8", "€ 19,6")]:
        rows.append([Paragraph(x, S["small"]) for x in r])
    t = Table(rows, colWidths=[18 * mm, 36 * mm, 38 * mm, 28 * mm, 30 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3efe9")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0bcc8"))]))
    st.append(t)
    st.append(Spacer(1, 6 * mm))
    for p in [
        "Wij gaan graag met u en de Huurdersraad in gesprek over dit bod, zodat de prestatieafspraken voor 2025 "
        "vóór 15 december 2024 kunnen worden ondertekend. Voor vragen kunt u contact opnemen met onze manager "
        "Wonen, mevrouw S. Korteweg.",
        "Met vriendelijke groet,", "Woningbouwvereniging Zuidvliet"]:
        st.append(Paragraph(esc(p), b))
    st.append(Spacer(1, 10 * mm))
    st.append(Paragraph("drs. M. Dijkhuis", ParagraphStyle("n", parent=b, spaceAfter=0)))
    st.append(Paragraph("directeur-bestuurder", b))
    st.append(Spacer(1, 4 * mm))
    st.append(Paragraph("Afschrift: Huurdersraad De Sluiswachter", S["small"]))
    doc.build(st, canvasmaker=NumberedCanvas)
    return doc_id, path, placed


def letterhead(c):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(25 * mm, H - 32 * mm, 4 * mm, 14 * mm, stroke=0, fill=1)
    c.setFillColor(BLUE)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(32 * mm, H - 24 * mm, "Woningbouwvereniging Zuidvliet")
    c.setFont("Helvetica", 8.5)
    c.setFillColor(GREY)
    c.drawString(32 * mm, H - 30 * mm, "Havenweg 14  |  2981 KL Vlietstede  |  0180 - 45 67 00")
    c.restoreState()


# ------------------------------------------------------------------------------------------------ gold
def gold_doc(doc_id, dtype, year, path, placed, layout):
    texts = page_texts(path)
    pages = find_afspraken(texts, [a["text"] for a, _, _ in placed])
    afs = []
    for (a, number, section), page in zip(placed, pages):
        afs.append({"key": a["key"], "number": number, "section": section, "party": None,
                    "theme": a["theme"], "themes": a["themes"], "page": page, "text": a["text"],
                    "trekker": a["trekker"], "planning": a["planning"], "attributes": {},
                    "frame": copy.deepcopy(a["frame"])})
    d = {"document": {"id": doc_id, "family": FAMILY, "type": dtype, "year": year, "years": [year],
                      "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORPORATIE],
                      "huurdersorganisaties": [C.HUURDERS], "pages": len(texts), "layout": layout},
         "afspraken": afs}
    with open(os.path.join(OUT, "gold", doc_id + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
    return d


def link(o, n, status, kinds, hn):
    return {"old": o, "new": n, "status": status, "kinds": list(kinds), "hard_negative": hn}


def write_pair(old, new, links):
    with open(os.path.join(OUT, "gold", "pairs", f"{old}__{new}.json"), "w", encoding="utf-8") as f:
        json.dump({"old": old, "new": new, "links": links}, f, ensure_ascii=False, indent=1)


def main():
    for sub in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    for year in (2024, 2025):
        doc_id, path, placed, m = build_agreement(year)
        gold_doc(doc_id, "prestatieafspraken", year, path, placed, "two-column-maatregelen")
    doc_id, path, placed = build_bod()
    gold_doc(doc_id, "bod", 2025, path, placed, "letter-numbered-intentions")

    write_pair(f"{FAMILY}-2024", f"{FAMILY}-2025", [link(*l) for l in C.LINKS_24_25])
    links = []
    bod_keys = set()
    for k, status, kinds, hn in C.LINKS_BOD_25:
        bod_keys.add(k)
        links.append(link(k, None if status == "dropped" else k, status, kinds, hn))
    order = [k for _, _, groups in C.STRUCT_2025 for _, keys in groups for k in keys]
    for k in order:
        if k not in bod_keys:
            links.append(link(None, k, "new", [], None))
    write_pair(f"{FAMILY}-bod-2025", f"{FAMILY}-2025", links)
    print("built", FAMILY)


if __name__ == "__main__":
    main()
