# -*- coding: utf-8 -*-
"""Build the veenoord family (regional yearly prestatieafspraken 2024-2026).
Run from /work/main:  .venv/bin/python corpus/challenge/src/veenoord/build.py"""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle,  # noqa: E402
                                KeepTogether, CondPageBreak)

FAMILY = "veenoord"
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
LAYOUT = "regional-parts-local-chapters"

W, H = A4
LM = RM = 2.3 * cm
TM, BM = 2.4 * cm, 2.2 * cm
HEADER_Y = H - 1.35 * cm
FOOTER_Y = 1.2 * cm

ST = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13.2, alignment=TA_JUSTIFY,
                           spaceAfter=6),
    "afs": ParagraphStyle("afs", fontName="Helvetica", fontSize=9.5, leading=13.2, alignment=TA_JUSTIFY,
                          leftIndent=1.15 * cm, bulletIndent=0, bulletFontName="Helvetica-Bold",
                          bulletFontSize=9.5, spaceAfter=6, allowOrphans=1),
    "h0": ParagraphStyle("h0", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=4, spaceAfter=10,
                         textColor=colors.HexColor("#1f4e5f")),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=12, spaceAfter=6,
                         textColor=colors.HexColor("#1f4e5f")),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4),
    "party": ParagraphStyle("party", fontName="Helvetica-Bold", fontSize=9.8, leading=13, spaceBefore=6,
                            spaceAfter=4),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11, alignment=TA_LEFT),
    "smallb": ParagraphStyle("smallb", fontName="Helvetica-Bold", fontSize=8.5, leading=11, alignment=TA_LEFT),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12.5, alignment=TA_LEFT),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5, alignment=TA_LEFT),
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=30, alignment=TA_LEFT,
                            textColor=colors.HexColor("#1f4e5f")),
    "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_LEFT),
    "coverlist": ParagraphStyle("coverlist", fontName="Helvetica", fontSize=10.5, leading=15, alignment=TA_LEFT),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=9.5, leading=13),
    "tocb": ParagraphStyle("tocb", fontName="Helvetica-Bold", fontSize=9.5, leading=13),
}


def P(text, style="body"):
    return Paragraph(text, ST[style])


class Heading(Paragraph):
    def __init__(self, text, style, toc_level=None):
        Paragraph.__init__(self, escape(text), ST[style])
        self.toc_text = text
        self.toc_level = toc_level


# ------------------------------------------------------------------ year-specific prose (no afspraken)
KERN = {  # year reviewed -> rows per gemeente (Veenoord, Dalmerloo, Brinkeloo)
    2023: {"voorraad": (9840, 2315, 1620), "opgeleverd": (71, 15, 10), "verkocht": (22, 6, 3),
           "efg": (760, 230, 150), "wacht": ("3,6", "3,1", "2,7"), "uitzet": (7, 1, 1)},
    2024: {"voorraad": (9905, 2330, 1634), "opgeleverd": (76, 18, 14), "verkocht": (26, 7, 4),
           "efg": (575, 170, 115), "wacht": ("3,8", "3,2", "2,9"), "uitzet": (5, 1, 0)},
    2025: {"voorraad": (9990, 2341, 1652), "opgeleverd": (92, 16, 14), "verkocht": (15, 5, 2),
           "efg": (405, 125, 80), "wacht": ("3,9", "3,3", "2,8"), "uitzet": (2, 1, 0)},
}


def fmt(n):
    return "{:,}".format(n).replace(",", ".")


def kern_table(prev):
    k = KERN[prev]
    rows = [["Kerncijfer (peildatum 31 december %d)" % prev, "Veenoord", "Dalmerloo", "Brinkeloo", "Regio"]]
    labels = [("voorraad", "Sociale huurwoningen corporaties"), ("opgeleverd", "Opgeleverde nieuwbouw"),
              ("verkocht", "Verkochte huurwoningen"), ("efg", "Woningen met label E, F of G"),
              ("wacht", "Gemiddelde inschrijfduur (jaren)"), ("uitzet", "Huisuitzettingen")]
    for key, lab in labels:
        vals = k[key]
        if key == "wacht":
            tot = {"2023": "3,4", "2024": "3,6", "2025": "3,7"}[str(prev)]
            rows.append([lab] + list(vals) + [tot])
        else:
            rows.append([lab] + [fmt(v) for v in vals] + [fmt(sum(vals))])
    t = Table(rows, colWidths=[6.4 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce8ec")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    return t


def prose(year):
    prev = year - 1
    k = KERN[prev]
    built = sum(k["opgeleverd"])
    efg = sum(k["efg"])
    d = {}
    d["leeswijzer"] = [
        "Dit document bevat de prestatieafspraken voor %d tussen de gemeenten Veenoord, Dalmerloo en Brinkeloo, "
        "de drie woningcorporaties die in de regio werkzaam zijn en hun huurdersorganisaties. Na de inleiding en "
        "een korte terugblik op %d volgen in deel A de afspraken die voor de hele Woonregio Veenmarken gelden. Deze "
        "regionale afspraken zijn doorlopend genummerd (R1, R2 enzovoort). Deel B bevat per gemeente de lokale "
        "afspraken; de nummering begint per gemeente opnieuw. Waar een afspraak alleen een van de corporaties "
        "betreft, staat deze onder de naam van die corporatie." % (year, prev),
        "Teksten die niet genummerd zijn, geven achtergrond of toelichting en bevatten geen afspraken.",
    ]
    d["inleiding"] = [
        "De gemeenten in de Woonregio Veenmarken werken sinds 2019 samen aan hun volkshuisvestingsbeleid. De "
        "woonvisies van de drie gemeenten, de regionale woondeal die in 2023 met het Rijk en de provincie is "
        "gesloten en de Nationale Prestatieafspraken vormen samen het kader voor deze afspraken. Het tekort aan "
        "betaalbare woningen, de vergrijzing in de kleine kernen en de opgave om de woningvoorraad uiterlijk in "
        "2050 aardgasvrij te maken vragen om een gezamenlijke inzet van alle partijen.",
        "De corporaties hebben vóór 1 juli %d ieder een bod uitgebracht op de woonvisies. De Huurderskoepel "
        "Veenmarken heeft namens de huurders op de biedingen gereageerd. Op basis daarvan zijn in het najaar in "
        "drie tafelgesprekken en twee bestuurlijke overleggen de voorliggende afspraken tot stand gekomen." % prev,
    ]
    if year == 2025:
        d["inleiding"].append(
            "Ten opzichte van vorig jaar is de opzet van het document gelijk gebleven. Wel is de afspraak over "
            "woningen voor uitstroom uit beschermd wonen verplaatst naar het hoofdstuk over beschikbaarheid, omdat "
            "het daarbij in de eerste plaats om het beschikbaar stellen van woningen gaat.")
    if year == 2026:
        d["inleiding"].append(
            "In 2026 vinden gemeenteraadsverkiezingen plaats. Partijen hebben daarom gekozen voor afspraken voor "
            "één jaar, in afwachting van de nieuwe colleges en de actualisatie van de regionale woondeal. Twee "
            "hoofdstukken hebben een nieuwe titel gekregen die beter aansluit bij de woonvisies.")
    d["terugblik"] = [
        "In %d zijn in de regio %d nieuwe sociale huurwoningen opgeleverd. Daarmee bleef de oplevering achter bij "
        "de planning, vooral doordat twee projecten in Veenoord vertraging opliepen door netcongestie en een "
        "bezwaarprocedure. De gemiddelde inschrijfduur van woningzoekenden nam toe tot %s jaar." % (
            prev, built, {2023: "3,4", 2024: "3,6", 2025: "3,7"}[prev]),
        "Het aantal woningen met een energielabel E, F of G daalde in %d tot %s. Het aantal huisuitzettingen "
        "bedroeg %d; in alle gevallen was sprake van een combinatie van huurachterstand en andere problematiek. De "
        "monitor bij deze afspraken (bijlage 2) geeft per afspraak van %d de stand van zaken weer." % (
            prev, fmt(efg), sum(k["uitzet"]), prev),
    ]
    d["A"] = ("De afspraken in dit deel gelden in alle drie de gemeenten en voor alle drie de corporaties, tenzij "
              "anders is aangegeven. Waar een afspraak een aantal noemt, gaat het om het totaal voor de regio.")
    d["A1"] = ("De vraag naar betaalbare huurwoningen is in alle drie de gemeenten groter dan het aanbod. "
               "Woningzoekenden in Veenoord staan gemiddeld bijna vier jaar ingeschreven voordat zij een woning "
               "vinden. De regionale woondeal gaat uit van een groei van de sociale huurvoorraad met ongeveer 500 "
               "woningen tot en met 2027.")
    d["A2"] = ("De Nationale Prestatieafspraken vragen dat er eind 2028 geen huurwoningen met een E-, F- of G-label "
               "meer zijn. De transitievisies warmte van de drie gemeenten wijzen de wijken aan waar als eerste "
               "een alternatief voor aardgas wordt uitgewerkt.")
    d["A3"] = ("Het aantal inwoners van 75 jaar en ouder neemt in de regio tot 2035 met ruim een derde toe. Dat "
               "vraagt om woningen die geschikt zijn voor mensen met een beperking en om een goede samenwerking met "
               "zorgaanbieders.")
    d["A4"] = ("In een aantal wijken en dorpen staat de leefbaarheid onder druk. De wijkteams, de politie en de "
               "corporaties signaleren vaker overlast die samenhangt met psychische problematiek.")
    d["A5"] = ("Partijen willen de voortgang van de afspraken goed kunnen volgen en tijdig kunnen bijsturen. Het "
               "regionaal bestuurlijk overleg bestaat uit de wethouders wonen, de bestuurders van de corporaties en "
               "het bestuur van de Huurderskoepel.")
    d["B"] = ("In dit deel staan de afspraken die alleen voor één gemeente gelden. Afspraken onder de naam van een "
              "corporatie gelden alleen voor die corporatie.")
    d["B1"] = ("Veenoord is met ruim 41.000 inwoners de grootste gemeente van de regio. Stichting Huisvesting "
               "Oostveen en Aaweide Wonen bezitten samen bijna tienduizend sociale huurwoningen in de gemeente.")
    d["B2"] = ("In Dalmerloo zijn Woonstichting De Turfstee en Stichting Huisvesting Oostveen actief. De vraag "
               "van jongeren en spoedzoekers naar een woning is de afgelopen jaren sterk toegenomen.")
    d["B3"] = ("Brinkeloo bestaat uit de hoofdkern en zes kleine kernen. Aaweide Wonen is de grootste verhuurder; "
               "Woonstichting De Turfstee heeft een klein aantal woningen in de hoofdkern.")
    d["slot"] = [
        ("Looptijd", "Deze afspraken gelden van 1 januari %d tot en met 31 december %d. Zolang er geen nieuwe "
                     "afspraken zijn ondertekend, blijven de afspraken voor %d van toepassing." % (year, year, year)),
        ("Wijzigingen", "Tussentijdse wijziging van deze afspraken is mogelijk wanneer alle partijen daarmee "
                        "schriftelijk instemmen. Een wijziging wordt als addendum aan dit document toegevoegd."),
        ("Voorbehoud", "De financiële inzet van de corporaties is onder voorbehoud van goedkeuring van de "
                       "begroting door hun raden van commissarissen. Voor de gemeenten geldt het budgetrecht van "
                       "de gemeenteraad."),
        ("Openbaarheid", "De corporaties publiceren deze afspraken op hun website. De gemeenten informeren de "
                         "gemeenteraad met een raadsinformatiebrief."),
    ]
    d["bijlagen"] = [
        "Bijlage 1  Nieuwbouwprogramma per project %d tot en met %d" % (year, year + 3),
        "Bijlage 2  Monitor prestatieafspraken %d (stand per 1 oktober %d)" % (prev, prev),
        "Bijlage 3  Biedingen van de corporaties en reactie van de Huurderskoepel",
        "Bijlage 4  Begrippenlijst",
    ]
    d["overwegingen"] = [
        "de gemeenten hun volkshuisvestingsbeleid hebben vastgelegd in hun woonvisies en in de regionale woondeal;",
        "de corporaties vóór 1 juli %d een overzicht van hun voorgenomen werkzaamheden hebben uitgebracht;" % prev,
        "de huurdersorganisaties als gelijkwaardige partij bij de totstandkoming van deze afspraken zijn betrokken;",
        "partijen elkaars rol en verantwoordelijkheid respecteren en naar redelijkheid bijdragen aan de opgaven.",
    ]
    return d


# ------------------------------------------------------------------ document assembly
def afs_text(year, key):
    return C.A[key]["v"][year][0]


def build_story(year, toc_pages, total_pages):
    d = prose(year)
    story = []
    recs = []  # afspraak records in reading order
    # cover
    story += [Spacer(1, 3.2 * cm), P("Regionale prestatieafspraken %d" % year, "title"), Spacer(1, 0.3 * cm),
              P("Woonregio Veenmarken", "sub"), Spacer(1, 0.2 * cm),
              P("Jaarafspraken over wonen tussen gemeenten, woningcorporaties en huurdersorganisaties", "sub"),
              Spacer(1, 1.6 * cm)]
    story.append(P("<b>Gemeenten</b><br/>Gemeente Veenoord<br/>Gemeente Dalmerloo<br/>Gemeente Brinkeloo", "coverlist"))
    story.append(Spacer(1, 0.4 * cm))
    story.append(P("<b>Woningcorporaties</b><br/>" + "<br/>".join(C.CORPORATIES), "coverlist"))
    story.append(Spacer(1, 0.4 * cm))
    story.append(P("<b>Huurdersorganisaties</b><br/>" + "<br/>".join(C.HUURDERS), "coverlist"))
    story.append(Spacer(1, 1.6 * cm))
    story.append(P("Vastgesteld in het regionaal bestuurlijk overleg van %s" % C.SIGNED[year], "coverlist"))
    story.append(PageBreak())
    # partijen
    story.append(Heading("Partijen", "h0"))
    rows = []
    for org, addr, rep, fn in C.REPS:
        rows.append([Paragraph("<b>%s</b><br/>%s" % (escape(org), escape(addr)), ST["cell"]),
                     Paragraph("vertegenwoordigd door %s, %s" % (escape(rep), escape(fn)), ST["cell"])])
        if org == "Bewonersraad De Turfstee":
            pass
    rows.append([Paragraph("<b>Huurdersbelang Aaweide</b><br/>Aaweg 2b, Brinkeloo", ST["cell"]),
                 Paragraph("vertegenwoordigd door de Huurderskoepel Veenmarken, op grond van een door het bestuur "
                           "van Huurdersbelang Aaweide verleend mandaat", ST["cell"])])
    t = Table(rows, colWidths=[7.4 * cm, 9.0 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#bbbbbb"))]))
    story.append(t)
    story.append(Spacer(1, 0.3 * cm))
    story.append(P("hierna gezamenlijk te noemen: partijen,"))
    story.append(P("<b>overwegende dat</b>"))
    for i, o in enumerate(d["overwegingen"]):
        story.append(Paragraph(escape(o), ParagraphStyle("ov", parent=ST["body"], leftIndent=0.8 * cm,
                                                         bulletIndent=0.1 * cm), bulletText="%s." % "abcd"[i]))
    story.append(P("<b>komen het volgende overeen.</b>"))
    story.append(PageBreak())
    # toc
    story.append(Heading("Inhoudsopgave", "h0"))
    toc_rows = []
    for lvl, txt in toc_pages.get("__order__", []):
        pg = toc_pages.get(txt, 0)
        st = "tocb" if lvl == 0 else "toc"
        ind = "" if lvl == 0 else "&nbsp;&nbsp;&nbsp;&nbsp;"
        toc_rows.append([Paragraph(ind + escape(txt), ST[st]), Paragraph(str(pg), ST[st])])
    if not toc_rows:
        toc_rows = [[Paragraph("x", ST["toc"]), Paragraph("0", ST["toc"])]]
    tt = Table(toc_rows, colWidths=[14.6 * cm, 1.6 * cm])
    tt.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story.append(tt)
    story.append(Spacer(1, 0.5 * cm))
    story.append(Heading("Leeswijzer", "h2"))
    for para in d["leeswijzer"]:
        story.append(P(escape(para)))
    story.append(PageBreak())
    # inleiding / terugblik
    story.append(Heading("1 Inleiding", "h1", 0))
    for para in d["inleiding"]:
        story.append(P(escape(para)))
    story.append(Heading("2 Terugblik op %d" % (year - 1), "h1", 0))
    for para in d["terugblik"]:
        story.append(P(escape(para)))
    story.append(Spacer(1, 0.2 * cm))
    story.append(kern_table(year - 1))
    story.append(Spacer(1, 0.1 * cm))
    story.append(P("<i>Bron: jaarverslagen van de corporaties en registratie van woningzoekenden.</i>", "small"))
    story.append(PageBreak())

    ch = C.chapters(year)
    parts = [("A Regionale afspraken", ["A1", "A2", "A3", "A4", "A5"], d["A"]),
             ("B Lokale afspraken", ["B1", "B2", "B3"], d["B"])]
    for pi, (ptitle, codes, pintro) in enumerate(parts):
        if pi:
            story.append(CondPageBreak(6 * cm))
        story.append(Heading(ptitle, "h0", 0))
        story.append(P(escape(pintro)))
        rnum = 0
        for code in codes:
            ctitle, items = ch[code]
            lnum = 0
            party = None
            story.append(CondPageBreak(3.5 * cm))
            story.append(Heading(ctitle, "h1", 1))
            story.append(P(escape(d[code])))
            for it in items:
                if isinstance(it, tuple):
                    party = it[1]
                    story.append(CondPageBreak(2.5 * cm))
                    story.append(Paragraph(escape(party), ST["party"]))
                    continue
                if code.startswith("A"):
                    rnum += 1
                    num = "R%d" % rnum
                else:
                    lnum += 1
                    num = "%d" % lnum
                text = afs_text(year, it)
                story.append(Paragraph(escape(text), ST["afs"], bulletText=num))
                recs.append({"key": it, "number": num, "section": "%s > %s" % (ptitle, ctitle),
                             "party": party if code.startswith("B") else None, "text": text})
    # slot
    story.append(CondPageBreak(5 * cm))
    story.append(Heading("C Slotbepalingen", "h0", 0))
    for head, para in d["slot"]:
        story.append(Heading(head, "h2"))
        story.append(P(escape(para)))
    story.append(PageBreak())
    story.append(Heading("Ondertekening", "h0", 0))
    story.append(P("Aldus overeengekomen en ondertekend te Veenoord op %s," % C.SIGNED[year]))
    story.append(Spacer(1, 0.4 * cm))
    cells = []
    for org, addr, rep, fn in C.REPS:
        name = re.sub(r"^(de heer|mevrouw) ", "", rep)
        cells.append(Paragraph("<b>%s</b><br/><br/><br/>______________________<br/>%s<br/>%s" % (
            escape(org), escape(name), escape(fn)), ST["small"]))
    grid = [cells[0:3], cells[3:6], cells[6:9]]
    g = Table(grid, colWidths=[5.45 * cm] * 3, rowHeights=[3.3 * cm] * 3)
    g.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    story.append(g)
    story.append(Spacer(1, 0.3 * cm))
    story.append(P("Huurdersbelang Aaweide heeft de Huurderskoepel Veenmarken gemachtigd deze afspraken namens "
                   "haar te ondertekenen.", "small"))
    story.append(Spacer(1, 0.6 * cm))
    story.append(Heading("Bijlagen", "h1", 0))
    story.append(P("De volgende bijlagen zijn separaat bij dit document gevoegd:"))
    for b in d["bijlagen"]:
        story.append(P(escape(b), "cell"))
    return story, recs


def render(year, path, toc_pages, total_pages):
    headings = []

    def on_page(canv, doc):
        n = canv.getPageNumber()
        if n == 1:
            return
        canv.saveState()
        canv.setFont("Helvetica", 7.8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(LM, HEADER_Y, "Regionale prestatieafspraken %d" % year)
        canv.drawRightString(W - RM, HEADER_Y, "Woonregio Veenmarken")
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.setLineWidth(0.4)
        canv.line(LM, HEADER_Y - 4, W - RM, HEADER_Y - 4)
        canv.drawString(LM, FOOTER_Y, "Vastgesteld %s" % C.SIGNED[year])
        canv.drawRightString(W - RM, FOOTER_Y, "Pagina %d van %d" % (n, total_pages or 0))
        canv.restoreState()

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, fl):
            if isinstance(fl, Heading) and fl.toc_level is not None:
                headings.append((fl.toc_level, fl.toc_text, self.canv.getPageNumber()))

    doc = Doc(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="Regionale prestatieafspraken %d Woonregio Veenmarken" % year,
              author="Woonregio Veenmarken", subject="prestatieafspraken", creator="veenoord build.py",
              invariant=1)
    story, recs = build_story(year, toc_pages, total_pages)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return headings, recs, doc.page


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_texts(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            body = pg.crop((0, 1.8 * cm, pg.width, pg.height - 1.7 * cm))
            txt = body.extract_text() or ""
            lines = txt.split("\n")
            joined = ""
            for ln in lines:
                ln = ln.strip()
                if joined.endswith("-") and ln and ln[0].islower():
                    joined = joined[:-1] + ln
                else:
                    joined = (joined + " " + ln) if joined else ln
            out.append(norm(joined))
    return out


def locate_pages(path, recs):
    texts = page_texts(path)
    cur = 0
    for r in recs:
        probe = norm(r["number"] + " " + " ".join(r["text"].split()[:8]))
        found = None
        for i in range(cur, len(texts)):
            if probe in texts[i]:
                found = i
                break
        if found is None:
            raise SystemExit("cannot locate %s (%s)" % (r["key"], probe))
        r["page"] = found + 1
        cur = found
    return len(texts)


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for year in C.YEARS:
        doc_id = "%s-%d" % (FAMILY, year)
        path = os.path.join(OUT, "pdf", doc_id + ".pdf")
        heads, recs, n = render(year, path, {}, 0)
        toc = {"__order__": [(lvl, txt) for lvl, txt, pg in heads]}
        toc.update({txt: pg for lvl, txt, pg in heads})
        heads2, recs, n2 = render(year, path, toc, n)
        toc2 = {txt: pg for lvl, txt, pg in heads2}
        assert all(toc2[t] == toc[t] for t in toc2), "toc pages unstable"
        npages = locate_pages(path, recs)
        assert npages == n2
        afs = []
        for r in recs:
            a = C.A[r["key"]]
            text, frame = a["v"][year]
            afs.append({"key": r["key"], "number": r["number"], "section": r["section"], "party": r["party"],
                        "theme": a["theme"], "themes": a["themes"], "page": r["page"], "text": norm(text),
                        "trekker": None, "planning": None, "attributes": {}, "frame": frame})
        gold = {"document": {"id": doc_id, "family": FAMILY, "type": "prestatieafspraken", "year": year,
                             "years": [year], "gemeente": "Veenoord", "gemeenten": list(C.GEMEENTEN),
                             "corporaties": list(C.CORPORATIES), "huurdersorganisaties": list(C.HUURDERS),
                             "pages": npages, "layout": LAYOUT},
                "afspraken": afs}
        golds[year] = gold
        with open(os.path.join(OUT, "gold", doc_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        print(doc_id, npages, "pages", len(afs), "afspraken", os.path.getsize(path), "bytes")
    for pk, (y0, y1) in (("P1", (2024, 2025)), ("P2", (2025, 2026))):
        old_keys = [a["key"] for a in golds[y0]["afspraken"]]
        new_keys = [a["key"] for a in golds[y1]["afspraken"]]
        links = []
        seen = set()
        for k in old_keys + [k for k in new_keys if k not in old_keys]:
            if k in seen:
                continue
            seen.add(k)
            ann = C.A[k]["p"][pk]
            if ann is None:
                raise SystemExit("no %s annotation for %s" % (pk, k))
            status, kinds, hn = ann
            o = k if k in old_keys else None
            nw = k if k in new_keys else None
            if status == "new":
                assert o is None and nw is not None, k
            elif status == "dropped":
                assert nw is None and o is not None, k
            else:
                assert o and nw, (k, status)
                same = C.A[k]["v"][y0][0] == C.A[k]["v"][y1][0]
                assert same == (status == "unchanged"), (k, status)
            links.append({"old": o, "new": nw, "status": status, "kinds": list(kinds), "hard_negative": hn})
        pair = {"old": "%s-%d" % (FAMILY, y0), "new": "%s-%d" % (FAMILY, y1), "links": links}
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (pair["old"], pair["new"])), "w",
                  encoding="utf-8") as f:
            json.dump(pair, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
