# -*- coding: utf-8 -*-
"""Deterministic builder for the noorderzand family (jaarschijf 2025, jaarschijf 2026, raadsinformatiebrief 2026).
Run from /work/main:  .venv/bin/python corpus/challenge/src/noorderzand/build.py"""
import json
import os
import sys
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor, black
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, PageBreak,
                                NextPageTemplate, Table, TableStyle, KeepTogether, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

FAMILY = "noorderzand"
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
PDF_DIR = os.path.join(OUT, "pdf")
GOLD_DIR = os.path.join(OUT, "gold")
PAIR_DIR = os.path.join(GOLD_DIR, "pairs")

W, H = A4
LM = RM = 2.0 * cm
TM, BM = 2.4 * cm, 2.0 * cm
GAP = 0.8 * cm
COLW = (W - LM - RM - GAP) / 2

SHADE = HexColor("#E4ECEA")
DARK = HexColor("#1F4E4A")

ST = {
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.6, alignment=TA_JUSTIFY,
                           spaceAfter=5),
    "afs": ParagraphStyle("afs", fontName="Times-Roman", fontSize=10, leading=12.6, alignment=TA_JUSTIFY,
                          leftIndent=24, bulletIndent=0, bulletFontName="Helvetica-Bold", bulletFontSize=9,
                          spaceAfter=6),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=DARK,
                         spaceBefore=4, spaceAfter=6),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=DARK,
                         spaceBefore=6, spaceAfter=4),
    "kadertitle": ParagraphStyle("kt", fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor=DARK,
                                 spaceAfter=3),
    "kader": ParagraphStyle("kb", fontName="Helvetica", fontSize=8.6, leading=11, alignment=TA_JUSTIFY),
    "small": ParagraphStyle("sm", fontName="Helvetica", fontSize=8.5, leading=10.5),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=16),
    "cover1": ParagraphStyle("c1", fontName="Helvetica-Bold", fontSize=24, leading=30, textColor=DARK),
    "cover2": ParagraphStyle("c2", fontName="Helvetica", fontSize=15, leading=20, textColor=DARK),
    "cover3": ParagraphStyle("c3", fontName="Helvetica", fontSize=11, leading=15),
    "bullet": ParagraphStyle("bl", fontName="Times-Roman", fontSize=11, leading=14, leftIndent=16,
                             bulletIndent=4, spaceAfter=4),
    "letter": ParagraphStyle("lt", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY,
                             spaceAfter=7),
}


class AP(Paragraph):
    """Paragraph that remembers its afspraak key across splits."""
    _key = None

    def split(self, aW, aH):
        parts = Paragraph.split(self, aW, aH)
        if parts and self._key:
            parts[0]._key = self._key
        return parts


class Marked(Paragraph):
    _toc = None


class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        BaseDocTemplate.__init__(self, fn, **kw)
        self.keypages = {}
        self.tocpages = {}

    def afterFlowable(self, f):
        k = getattr(f, "_key", None)
        if k and k not in self.keypages:
            self.keypages[k] = self.page
        t = getattr(f, "_toc", None)
        if t and t not in self.tocpages:
            self.tocpages[t] = self.page


def P(text, style="body"):
    return Paragraph(text, ST[style])


# ------------------------------------------------------------------ context prose per year
def ctx(year):
    prev = year - 1
    first = year == 2025
    d = {}
    d["title"] = "Prestatieafspraken Noorderzand 2025-2028"
    d["sub"] = "Jaarschijf %d" % year
    d["date"] = "10 december 2024" if first else "9 december 2025"
    d["leeswijzer"] = [
        "Deze jaarschijf hoort bij de kaderafspraken die de gemeente Noorderzand, Woonstichting Helmduin, "
        "Kwelderwonen en Huurdersvereniging De Zandloper in december 2024 voor de periode 2025 tot en met 2028 "
        "hebben gesloten. Waar de kaderafspraken de richting voor vier jaar aangeven, worden in de jaarschijf de "
        "concrete afspraken voor het jaar %d vastgelegd." % year,
        "De afspraken zijn per hoofdstuk genummerd met de beginletter van het thema (B, D, K, L en S) en een "
        "volgnummer. De nummers staan in de marge naast de afspraak. Tekst in de gearceerde kaders bevat "
        "achtergrondinformatie en cijfers en maakt geen deel uit van de afspraken.",
    ]
    if not first:
        d["leeswijzer"].append(
            "Ten opzichte van de jaarschijf 2025 zijn enkele afspraken vervallen, omdat zij zijn uitgevoerd, en "
            "zijn nieuwe afspraken toegevoegd. Het hoofdstuk over leefbaarheid heeft een nieuwe naam gekregen en "
            "de afspraken over de huurprijs zijn vooraan in hoofdstuk B geplaatst. Een overzicht van de "
            "uitvoering van de jaarschijf 2025 is opgenomen in bijlage 3.")
    d["intro_kader"] = ("Kerncijfers Noorderzand",
                        "Noorderzand telt circa 41.200 inwoners in de kernen Noorderzand-Dorp, Zandvoorde en "
                        "Helmstee. Helmduin bezit %s en Kwelderwonen %s sociale huurwoningen in de gemeente. "
                        "De gemiddelde inschrijfduur van een woningzoekende die in %d een woning kreeg, bedroeg "
                        "%s jaar." % (("3.412", "2.187", 2023, "5,6") if first else ("3.431", "2.236", 2024, "5,9")))
    d["inleiding"] = [
        "In de Woonvisie Noorderzand 2024-2030 heeft de gemeenteraad vastgelegd dat iedere inwoner een "
        "betaalbare, duurzame en passende woning moet kunnen vinden in een leefbare buurt. De corporaties "
        "leveren daaraan een belangrijke bijdrage. De regionale woondeal Kustregio Noord, waarin het Rijk, de "
        "provincie en de gemeenten afspraken hebben gemaakt over de woningbouwopgave, vormt samen met de "
        "Nationale Prestatieafspraken het bredere kader voor deze jaarschijf.",
        "De partijen hebben de afspraken voorbereid in drie tripartiete werksessies en een bestuurlijk "
        "overleg. Daarbij is gebruikgemaakt van de biedingen die Helmduin en Kwelderwonen vóór 1 juli %d "
        "hebben uitgebracht en van het advies van de huurdersvereniging op die biedingen." % prev,
    ]
    if first:
        d["terugblik_title"] = "Terugblik op 2024"
        d["terugblik"] = [
            "In 2024 werden in Noorderzand 71 nieuwe sociale huurwoningen opgeleverd, minder dan de 90 woningen "
            "die in de prestatieafspraken 2024 waren opgenomen. De vertraging ontstond vooral doordat de "
            "aanbesteding van het project Kerkepad opnieuw moest worden uitgevoerd.",
            "Het aantal woningen met een E-, F- of G-label daalde van 612 naar 438. Er vonden twee "
            "huisuitzettingen wegens huurachterstand plaats. Het Overlastoverleg kwam negen keer bijeen.",
        ]
        d["kc"] = [("Kerncijfer", "2023", "2024"), ("Sociale huurwoningen", "5.540", "5.599"),
                   ("Opgeleverd nieuwbouw", "64", "71"), ("Woningen label E/F/G", "612", "438"),
                   ("Huisuitzettingen", "4", "2"), ("Gem. inschrijfduur (jaar)", "5,4", "5,6")]
    else:
        d["terugblik_title"] = "Terugblik op 2025"
        d["terugblik"] = [
            "In 2025 werden 96 nieuwe sociale huurwoningen opgeleverd, waaronder de eerste 24 woningen in De "
            "Strandloper. De bouw in Zeereep-Oost startte later dan gepland, omdat het waterschap aanvullende "
            "eisen stelde aan de waterberging op de kavel.",
            "Het aantal woningen met een E-, F- of G-label daalde naar 251. Er vond één huisuitzetting wegens "
            "huurachterstand plaats. De pilot woningdelen in Helmstee werd afgerond en is opgenomen in het "
            "reguliere verhuurbeleid van Helmduin.",
        ]
        d["kc"] = [("Kerncijfer", "2024", "2025"), ("Sociale huurwoningen", "5.599", "5.667"),
                   ("Opgeleverd nieuwbouw", "71", "96"), ("Woningen label E/F/G", "438", "251"),
                   ("Huisuitzettingen", "2", "1"), ("Gem. inschrijfduur (jaar)", "5,6", "5,9")]
    d["kaders"] = {
        "B": ("Woningbouw en betaalbaarheid in cijfers",
              "Volgens het woningbehoefteonderzoek uit 2022 is tot 2030 behoefte aan circa 1.150 extra "
              "woningen, waarvan ongeveer een derde in de sociale huur. De huurtoeslaggrens en de "
              "inkomensgrenzen worden jaarlijks door het Rijk geïndexeerd. In %d stonden %s "
              "woningzoekenden met een actieve inschrijving ingeschreven." % (prev, "4.870" if first else "5.125")),
        "D": ("Energietransitie",
              "De Transitievisie Warmte Noorderzand wijst Duinzicht aan als eerste wijk voor een collectieve "
              "warmtevoorziening. Eind %d had %s%% van de corporatiewoningen een label A of beter." %
              (prev, "41" if first else "47")),
        "K": ("Wonen met zorg",
              "Het aantal inwoners van 75 jaar en ouder stijgt tot 2030 met bijna 30%. Een groter deel van hen "
              "blijft langer zelfstandig wonen, wat vraagt om toegankelijke woningen dicht bij voorzieningen."),
        "L": ("Leefbaarheid in de wijken" if first else "De buurt centraal",
              "Uit de Leefbaarometer blijkt dat de leefbaarheid in De Kwelder en rond de Schelpenlaan onder "
              "druk staat. In %d ontvingen de corporaties %s meldingen van woonoverlast." %
              (prev, "186" if first else "203")),
    }
    d["chintro"] = {
        "B": "Partijen willen dat er in Noorderzand voldoende betaalbare huurwoningen beschikbaar zijn, ook "
             "voor starters, senioren en mensen die een steuntje in de rug nodig hebben. Hieronder zijn de "
             "afspraken over nieuwbouw, verkoop, huurprijzen en toewijzing opgenomen.",
        "D": "De corporaties verduurzamen hun woningvoorraad in het tempo dat past bij de Nationale "
             "Prestatieafspraken en de Transitievisie Warmte. Betaalbaarheid van de woonlasten staat daarbij "
             "voorop: verduurzaming mag niet leiden tot hogere woonlasten voor de huurder.",
        "K": "Een goede woning is veilig, gezond en toegankelijk. Partijen vinden het belangrijk dat huurders "
             "snel worden geholpen bij klachten en dat het woningaanbod aansluit bij een vergrijzende "
             "bevolking.",
        "L": "Prettig wonen houdt niet op bij de voordeur. Partijen werken samen met zorg- en welzijnspartners, "
             "de politie en bewoners aan schone, hele en veilige buurten waar mensen naar elkaar omkijken.",
        "S": "De samenwerking tussen de partijen is gebaseerd op gelijkwaardigheid en een open uitwisseling "
             "van informatie. In dit hoofdstuk staan de afspraken over het proces en de monitoring, gevolgd "
             "door de algemene bepalingen.",
    }
    if first:
        d["mid"] = {
            "B": (5, "Huurbeleid en toewijzing", "Het toewijzingsbeleid is regionaal vastgelegd in de "
                  "huisvestingsverordening Kustregio Noord. Binnen die verordening kan de gemeente lokaal "
                  "maatwerk toepassen, bijvoorbeeld voor woningzoekenden met een binding aan de kern."),
            "D": (5, "Warmte en energiearmoede", "Het Rijk heeft voor de wijkgerichte aanpak een "
                  "subsidieregeling opengesteld, waarvoor de gemeente in 2025 een aanvraag voorbereidt."),
        }
    else:
        d["mid"] = {
            "B": (5, "Nieuwbouw en voorraad", "Het nieuwbouwprogramma is in 2025 geactualiseerd op basis van "
                  "de biedingen van de corporaties. Door de uitbreiding met de locatie Kerkepad kan een deel "
                  "van de vertraging in Zeereep-Oost worden opgevangen."),
            "D": (5, "Warmte en energiearmoede", "Het Rijk heeft voor de wijkgerichte aanpak een "
                  "subsidieregeling opengesteld, waarvoor de gemeente in 2025 een aanvraag heeft ingediend. "
                  "Het besluit over de toekenning wordt in het voorjaar van 2026 verwacht."),
        }
    d["slot"] = [
        ("Looptijd", "Deze jaarschijf geldt van 1 januari tot en met 31 december %d. De kaderafspraken "
         "2025-2028 blijven onverkort van kracht; waar deze jaarschijf afwijkt, gaat de jaarschijf voor." % year),
        ("Wijzigingen", "Wanneer zich onvoorziene omstandigheden voordoen, zoals gewijzigde wet- en "
         "regelgeving of een ingrijpende verandering van de financiële positie van een corporatie, treden "
         "partijen met elkaar in overleg over aanpassing van de afspraken."),
        ("Geschillen", "Komen partijen er in onderling overleg niet uit, dan kan ieder van hen het geschil "
         "voorleggen aan de Commissie Geschilbeslechting Prestatieafspraken, zoals bedoeld in de Woningwet."),
    ]
    d["sign_place"] = "Noorderzand"
    d["signers"] = [
        ("Gemeente Noorderzand", "mevrouw drs. A.M. Brouwer-de Vries", "wethouder Wonen"),
        ("Woonstichting Helmduin", "de heer ir. J.P. Hoekstra", "directeur-bestuurder"),
        ("Kwelderwonen", "mevrouw M. Sijbrandij MBA", "bestuurder"),
        ("Huurdersvereniging De Zandloper", "de heer H. Wiersma", "voorzitter"),
    ]
    d["bijlagen"] = ["Bijlage 1. Kaderafspraken 2025-2028 (samenvatting)",
                     "Bijlage 2. Nieuwbouwprogramma per project en per jaar",
                     "Bijlage 3. Monitor uitvoering jaarschijf %d" % prev if not first else
                     "Bijlage 3. Monitor uitvoering prestatieafspraken 2024",
                     "Bijlage 4. Begrippenlijst"]
    return d


# ------------------------------------------------------------------ page decoration
def make_kader_height(title, text):
    t = Paragraph(escape(title), ST["kadertitle"])
    b = Paragraph(escape(text), ST["kader"])
    iw = W - LM - RM - 20
    h = t.wrap(iw, 1000)[1] + 3 + b.wrap(iw, 1000)[1] + 18
    return h, t, b


def deco(year, kader=None):
    def draw(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(DARK)
        canv.drawString(LM, H - 1.4 * cm, "Prestatieafspraken Noorderzand 2025-2028 | Jaarschijf %d" % year)
        canv.drawRightString(W - RM, H - 1.4 * cm, "Gemeente Noorderzand · Helmduin · Kwelderwonen · De Zandloper")
        canv.setStrokeColor(DARK)
        canv.setLineWidth(0.5)
        canv.line(LM, H - 1.55 * cm, W - RM, H - 1.55 * cm)
        canv.setFillColor(black)
        canv.setFont("Helvetica", 8.5)
        canv.drawCentredString(W / 2, 1.1 * cm, "Jaarschijf %d · %d" % (year, doc.page))
        if kader:
            h, t, b = kader
            y0 = H - TM - h
            canv.setFillColor(SHADE)
            canv.setStrokeColor(SHADE)
            canv.rect(LM, y0, W - LM - RM, h, fill=1, stroke=0)
            iw = W - LM - RM - 20
            th = t.wrap(iw, 1000)[1]
            bh = b.wrap(iw, 1000)[1]
            t.drawOn(canv, LM + 10, H - TM - 9 - th)
            b.drawOn(canv, LM + 10, H - TM - 9 - th - 3 - bh)
        canv.restoreState()
    return draw


def cols(top_off=0.0, tag=""):
    hh = H - TM - BM - top_off
    return [Frame(LM, BM, COLW, hh, id="l" + tag, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
            Frame(LM + COLW + GAP, BM, COLW, hh, id="r" + tag, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)]


def templates(year, d):
    single = Frame(LM, BM, W - LM - RM, H - TM - BM, id="s", leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)
    tpl = [PageTemplate("cover", [Frame(LM, BM, W - LM - RM, H - TM - BM, id="c")]),
           PageTemplate("single", [single], onPage=deco(year)),
           PageTemplate("two", cols(), onPage=deco(year))]
    kaders = dict(d["kaders"])
    kaders["intro"] = d["intro_kader"]
    for k, (title, text) in kaders.items():
        kd = make_kader_height(title, text)
        tpl.append(PageTemplate("kader_" + k, cols(kd[0] + 14, k), onPage=deco(year, kd)))
    return tpl


# ------------------------------------------------------------------ agreement document
def story_agreement(year, d, tocpages):
    s = []
    s.append(Spacer(1, 4 * cm))
    s.append(P(d["title"], "cover1"))
    s.append(Spacer(1, 8))
    s.append(P(d["sub"], "cover2"))
    s.append(Spacer(1, 2.5 * cm))
    s.append(P("Afspraken tussen", "cover3"))
    for n in ["Gemeente Noorderzand", "Woonstichting Helmduin", "Kwelderwonen", "Huurdersvereniging De Zandloper"]:
        s.append(P("<b>%s</b>" % n, "cover3"))
    s.append(Spacer(1, 2 * cm))
    s.append(P("Vastgesteld in het bestuurlijk overleg, Noorderzand, %s" % d["date"], "cover3"))
    s.append(NextPageTemplate("single"))
    s.append(PageBreak())
    # toc + leeswijzer
    s.append(P("Inhoud", "h1"))
    entries = [("1", "Inleiding")] + [(L, T) for L, T, _ in C.CHAPTERS[year]] + [("", "Ondertekening"),
                                                                                  ("", "Bijlagen")]
    rows = [[num, tt, str(tocpages.get(tt, 0))] for num, tt in entries]
    tt_ = Table(rows, colWidths=[1.0 * cm, W - LM - RM - 2.5 * cm, 1.5 * cm])
    tt_.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10.5), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.25, HexColor("#BBBBBB"))]))
    s.append(tt_)
    s.append(Spacer(1, 16))
    s.append(P("Leeswijzer", "h1"))
    for t in d["leeswijzer"]:
        s.append(P(escape(t)))
    s.append(NextPageTemplate("kader_intro"))
    s.append(PageBreak())
    s.append(NextPageTemplate("two"))
    h = Marked("1&nbsp;&nbsp;Inleiding", ST["h1"])
    h._toc = "Inleiding"
    s.append(h)
    for t in d["inleiding"]:
        s.append(P(escape(t)))
    s.append(P(d["terugblik_title"], "h2"))
    for t in d["terugblik"]:
        s.append(P(escape(t)))
    tb = Table(d["kc"], colWidths=[COLW * 0.56, COLW * 0.22, COLW * 0.22])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, DARK)]))
    s.append(Spacer(1, 4))
    s.append(tb)
    s.append(P("Tabel 1. Kerncijfers sociale huur Noorderzand (bron: jaarverslagen corporaties)", "small"))
    gold = []
    for L, T, keys in C.CHAPTERS[year]:
        if L in d["kaders"]:
            s.append(NextPageTemplate("kader_" + L))
            s.append(PageBreak())
            s.append(NextPageTemplate("two"))
        else:
            s.append(CondPageBreak(6 * cm))
        h = Marked("%s&nbsp;&nbsp;%s" % (L, escape(T)), ST["h1"])
        h._toc = T
        s.append(h)
        s.append(P(escape(d["chintro"][L])))
        s.append(P("Afspraken", "h2"))
        mid = d["mid"].get(L)
        sub = "Afspraken"
        for i, k in enumerate(keys, 1):
            if mid and i == mid[0]:
                sub = mid[1]
                s.append(P(escape(mid[1]), "h2"))
                s.append(P(escape(mid[2])))
            text = C.A[k][year][0]
            num = "%s%d" % (L, i)
            para = AP(escape(text), ST["afs"], bulletText=num)
            para._key = k
            s.append(para)
            gold.append({"key": k, "number": num, "section": "%s %s > %s" % (L, T, sub), "text": text})
        if L == "S":
            s.append(P("Algemene bepalingen", "h2"))
            for tt, tx in d["slot"]:
                s.append(P("<b>%s.</b> %s" % (tt, escape(tx))))
    s.append(NextPageTemplate("single"))
    s.append(PageBreak())
    h = Marked("Ondertekening", ST["h1"])
    h._toc = "Ondertekening"
    s.append(h)
    s.append(P("Aldus overeengekomen en ondertekend te %s op %s." % (d["sign_place"], d["date"]), "letter"))
    rows = []
    for org, name, func in d["signers"]:
        rows.append([Paragraph("<b>%s</b><br/><br/><br/>%s<br/>%s" % (org, name, func), ST["cover3"])])
    sig = Table([[rows[0][0], rows[1][0]], [rows[2][0], rows[3][0]]], colWidths=[(W - LM - RM) / 2] * 2)
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 24)]))
    s.append(sig)
    s.append(Spacer(1, 20))
    h = Marked("Bijlagen", ST["h1"])
    h._toc = "Bijlagen"
    s.append(h)
    for b in d["bijlagen"]:
        s.append(P(escape(b), "cover3"))
    return s, gold


def render(fn, year, builder):
    d = ctx(year)
    tocpages = {}
    for _ in range(2):
        doc = Doc(fn, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                  title="%s - %s" % (d["title"], d["sub"]), author="Gemeente Noorderzand", invariant=1)
        doc.addPageTemplates(templates(year, d))
        story, gold = builder(year, d, tocpages)
        doc.build(story)
        tocpages = doc.tocpages
    return doc, gold


# ------------------------------------------------------------------ raadsinformatiebrief
def kg_deco(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.drawString(LM, H - 1.4 * cm, "Raadsinformatiebrief gemeente Noorderzand")
    canv.drawRightString(W - RM, H - 1.4 * cm, "Kenmerk RIB-2025-118")
    canv.drawCentredString(W / 2, 1.1 * cm, "Pagina %d" % doc.page)
    canv.restoreState()


def build_kennisgeving(fn):
    doc = Doc(fn, pagesize=A4, leftMargin=LM + 0.5 * cm, rightMargin=RM + 0.5 * cm, topMargin=TM, bottomMargin=BM,
              title="Raadsinformatiebrief prestatieafspraken 2026", author="Gemeente Noorderzand", invariant=1)
    fr = Frame(LM + 0.5 * cm, BM, W - LM - RM - 1 * cm, H - TM - BM, id="k", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("k", [fr], onPage=kg_deco)])
    s = []
    s.append(P("<b>Gemeente Noorderzand</b>", "cover2"))
    s.append(Spacer(1, 10))
    meta = [["Aan", "de gemeenteraad van Noorderzand"], ["Van", "het college van burgemeester en wethouders"],
            ["Datum", "16 december 2025"], ["Onderwerp", "Ondertekening jaarschijf 2026 prestatieafspraken"],
            ["Portefeuillehouder", "wethouder A.M. Brouwer-de Vries"]]
    t = Table(meta, colWidths=[4 * cm, 11 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5)]))
    s.append(t)
    s.append(Spacer(1, 14))
    L = "letter"
    paras = [
        "Geachte leden van de raad,",
        "Met deze brief informeren wij u over de jaarschijf 2026 van de prestatieafspraken die de gemeente "
        "Noorderzand heeft gemaakt met Woonstichting Helmduin, Kwelderwonen en Huurdersvereniging De Zandloper. "
        "De jaarschijf is op 9 december 2025 in het bestuurlijk overleg vastgesteld en door alle partijen "
        "ondertekend. Zij werkt de kaderafspraken 2025-2028 uit voor het komende jaar.",
        "<b>Aanleiding</b>",
        "Op grond van de Woningwet brengen de corporaties ieder jaar een bod uit op het volkshuisvestingsbeleid "
        "van de gemeente. In juni 2025 ontvingen wij de biedingen van Helmduin en Kwelderwonen. De "
        "huurdersvereniging heeft daarop in september een advies uitgebracht. Op basis van de biedingen, het "
        "advies en de Woonvisie Noorderzand 2024-2030 zijn in het najaar de afspraken voor 2026 uitgewerkt in "
        "drie tripartiete werksessies.",
        "<b>Terugblik</b>",
        "Het jaar 2025 stond in het teken van de bouw. Met 96 opgeleverde sociale huurwoningen werd de "
        "doelstelling voor dat jaar ruimschoots gehaald. Tegelijkertijd liep het project Zeereep-Oost "
        "vertraging op, omdat het waterschap aanvullende eisen stelde aan de waterberging. Daardoor worden "
        "daar minder woningen gebouwd dan eerder was voorzien en schuift de oplevering op naar medio 2027.",
        "Ook op het gebied van verduurzaming is voortgang geboekt. Het aantal corporatiewoningen met een "
        "E-, F- of G-label daalde van 438 naar 251. De corporaties hebben aangegeven dat zij de laatste "
        "woningen met een slecht label eerder willen aanpakken dan in de Nationale Prestatieafspraken is "
        "voorzien. Dat komt de woonlasten van de betrokken huurders ten goede.",
        "<b>Kern van de jaarschijf 2026</b>",
        "De jaarschijf bevat ruim veertig afspraken, verdeeld over vijf thema's: betaalbaar en beschikbaar "
        "wonen, duurzaamheid, kwaliteit en wonen met zorg, prettig wonen in de buurt en samenwerking. Ten "
        "opzichte van 2025 is het nieuwbouwprogramma uitgebreid en zijn de afspraken over betaalbaarheid "
        "aangescherpt. Op enkele punten zijn de afspraken juist bijgesteld, omdat de uitvoering meer tijd of "
        "geld vraagt dan verwacht. Zo streeft Helmduin ernaar om in de loop van 2026 een verhuisregeling voor "
        "senioren in te voeren, en wordt de opgave wonen en zorg een jaar later opgeleverd.",
        "Voor de huurders is van belang dat de corporaties de huurverhoging beperken en dat de partijen "
        "zich gezamenlijk verantwoordelijk voelen voor het voorkomen van huisuitzettingen. De gemeente "
        "levert daarvoor met het team vroegsignalering een belangrijke bijdrage.",
        "<b>Financiële consequenties</b>",
        "De afspraken passen binnen de bestaande begroting, met uitzondering van de gemeentelijke bijdrage "
        "aan het budget voor bewonersinitiatieven. Wij zullen u voorstellen deze bijdrage op te nemen in de "
        "begroting 2026. Ook de aansluiting van Duinzicht op het warmtenet is afhankelijk van externe "
        "financiering: het Rijk beslist in het voorjaar van 2026 over onze subsidieaanvraag.",
        "<b>Vervolg</b>",
        "De partijen bespreken de voortgang tweemaal per jaar in het bestuurlijk overleg. Wij informeren u "
        "over de uitkomsten daarvan via de jaarlijkse monitor wonen. In het voorjaar van 2026 starten de "
        "gesprekken over de biedingen voor 2027, waarin ook de uitkomsten van het nieuwe "
        "woningbehoefteonderzoek worden betrokken.",
        "<b>Betrokkenheid van de huurders</b>",
        "Huurdersvereniging De Zandloper heeft als gelijkwaardige partij aan tafel gezeten. De vereniging "
        "heeft haar achterban in twee bijeenkomsten en via een digitale enquête geraadpleegd. Uit die "
        "raadpleging kwam naar voren dat huurders zich vooral zorgen maken over de hoogte van de woonlasten, "
        "over vocht en schimmel en over de lange zoektijd voor jongeren. Deze punten zijn in de gesprekken "
        "nadrukkelijk aan de orde geweest. Op het punt van de reactietermijn bij meldingen van vocht en "
        "schimmel hebben de corporaties aangegeven dat de eerder afgesproken termijn in de praktijk niet "
        "haalbaar bleek; de huurdersvereniging heeft hierover haar teleurstelling uitgesproken.",
        "<b>Relatie met ander beleid</b>",
        "De jaarschijf sluit aan op de regionale woondeal Kustregio Noord, waarin de gemeente zich heeft "
        "verbonden aan de bouw van circa 1.150 woningen tot 2030, en op de Transitievisie Warmte. De afspraken "
        "over vroegsignalering en huisuitzettingen hangen samen met het beleidsplan schuldhulpverlening dat uw "
        "raad in 2024 heeft vastgesteld. De afspraak over de huisvestingsverordening leidt tot een apart "
        "raadsvoorstel, dat wij u in het tweede kwartaal van 2026 zullen voorleggen.",
        "<b>De belangrijkste afspraken voor 2026</b>",
        "Hieronder zijn de afspraken opgesomd die voor uw raad het meest van belang zijn. De volledige "
        "jaarschijf is als bijlage bij deze brief gevoegd.",
    ]
    for p in paras:
        s.append(P(p if p.startswith("<b>") else escape(p), L))
    gold = []
    for key, theme, text, frm in C.KG_BULLETS:
        bp = AP(escape(text), ST["bullet"], bulletText="•")
        bp._key = key
        s.append(bp)
        gold.append((key, theme, text, frm))
    s.append(Spacer(1, 10))
    s.append(P("Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.", L))
    s.append(P("Hoogachtend,<br/>burgemeester en wethouders van Noorderzand,", L))
    s.append(P("de secretaris, mr. R.J. Kuipers&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;de burgemeester, "
               "drs. E.H. van der Meulen", L))
    doc.build(s)
    return doc, gold


# ------------------------------------------------------------------ main
def docmeta(doc_id, typ, year, years, pages, layout):
    return {"id": doc_id, "family": FAMILY, "type": typ, "year": year, "years": years,
            "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": C.CORPS,
            "huurdersorganisaties": C.HO, "pages": pages, "layout": layout}


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    for dd in (PDF_DIR, GOLD_DIR, PAIR_DIR):
        os.makedirs(dd, exist_ok=True)
    for year in (2025, 2026):
        doc_id = "%s-%d" % (FAMILY, year)
        fn = os.path.join(PDF_DIR, doc_id + ".pdf")
        doc, gold = render(fn, year, story_agreement)
        afs = []
        for g in gold:
            k = g["key"]
            a = C.A[k]
            afs.append({"key": k, "number": g["number"], "section": g["section"], "party": None,
                        "theme": a["theme"], "themes": a["themes"], "page": doc.keypages[k], "text": g["text"],
                        "trekker": None, "planning": None, "attributes": {}, "frame": a[year][1]})
        dump(os.path.join(GOLD_DIR, doc_id + ".json"),
             {"document": docmeta(doc_id, "prestatieafspraken", year, [2025, 2026, 2027, 2028], doc.page,
                                  "two-column-kaders"), "afspraken": afs})
    # kennisgeving
    doc_id = "%s-kennisgeving-2026" % FAMILY
    doc, gold = build_kennisgeving(os.path.join(PDF_DIR, doc_id + ".pdf"))
    afs = [{"key": k, "number": None, "section": "De belangrijkste afspraken voor 2026", "party": None,
            "theme": th, "themes": [th], "page": doc.keypages[k], "text": tx, "trekker": None, "planning": None,
            "attributes": {}, "frame": fm} for k, th, tx, fm in gold]
    dump(os.path.join(GOLD_DIR, doc_id + ".json"),
         {"document": docmeta(doc_id, "kennisgeving", 2026, [2026], doc.page, "raadsinformatiebrief"),
          "afspraken": afs})
    # pair
    old_keys = [k for _, _, ks in C.CHAPTERS[2025] for k in ks]
    new_keys = [k for _, _, ks in C.CHAPTERS[2026] for k in ks]
    links = []
    for k in old_keys + [k for k in new_keys if k not in old_keys]:
        st, kinds, hn = C.PAIR[k]
        links.append({"old": k if k in old_keys else None, "new": k if k in new_keys else None,
                      "status": st, "kinds": kinds, "hard_negative": hn})
    dump(os.path.join(PAIR_DIR, "%s-2025__%s-2026.json" % (FAMILY, FAMILY)),
         {"old": "%s-2025" % FAMILY, "new": "%s-2026" % FAMILY, "links": links})


if __name__ == "__main__":
    main()
