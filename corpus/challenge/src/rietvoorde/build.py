# -*- coding: utf-8 -*-
"""Build the rietvoorde family: PDFs + gold JSON. Run from /work/main."""
import io
import json
import os
import sys
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Flowable)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data as D  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "dev")
OUT = os.path.normpath(OUT)
FAMILY = "rietvoorde"
W, Hh = A4
LM = RM = 2 * cm
TM, BM = 2.4 * cm, 2.2 * cm

sBody = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6)
sH1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=8, spaceAfter=8)
sH2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
sCell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.8, leading=11)
sCellB = ParagraphStyle("cb", parent=sCell, fontName="Helvetica-Bold")
sTheme = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=8.5, leading=11, alignment=TA_CENTER)
sTitle = ParagraphStyle("ti", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_CENTER)
sSub = ParagraphStyle("su", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_CENTER)
sBullet = ParagraphStyle("bu", parent=sBody, leftIndent=14, bulletIndent=2, spaceAfter=5)

PAGES = {}  # key -> page (filled while drawing)


def P(t, st=sBody):
    return Paragraph(t, st)


class Tracked(Flowable):
    """Wrap a paragraph; record the page where it starts."""

    def __init__(self, para, key):
        Flowable.__init__(self)
        self.para, self.key = para, key

    def wrap(self, aw, ah):
        w, h = self.para.wrap(aw, ah)
        self.width, self.height = w, h
        return w, h

    def split(self, aw, ah):
        parts = self.para.split(aw, ah)
        if len(parts) == 2:
            return [Tracked(parts[0], self.key), parts[1]]
        return []

    def getSpaceBefore(self):
        return self.para.getSpaceBefore()

    def getSpaceAfter(self):
        return self.para.getSpaceAfter()

    def draw(self):
        PAGES[self.key] = self.canv.getPageNumber()
        self.para.drawOn(self.canv, 0, 0)


# ---------------------------------------------------------------- the long ruled table
COLS = [3.0 * cm, 1.0 * cm, 8.7 * cm, 2.4 * cm, 1.9 * cm]
PAD = 3
PARASEP = 4


class AfsprakenTabel(Flowable):
    def __init__(self, rows):
        Flowable.__init__(self)
        self.rows = rows  # dict(theme, nr, paras[list Paragraph], wie, gereed, key, cont)

    def _cellh(self, txt, w, st=sCell):
        if not txt:
            return 0
        return Paragraph(escape(txt), st).wrap(w - 2 * PAD, 1e6)[1]

    def _afh(self, paras):
        h = 0
        for i, p in enumerate(paras):
            h += p.wrap(COLS[2] - 2 * PAD, 1e6)[1] + (PARASEP if i else 0)
        return h

    def _rowh(self, r):
        return 2 * PAD + max(self._afh(r["paras"]), self._cellh(r["nr"], COLS[1], sCellB),
                             self._cellh(r["wie"], COLS[3]), self._cellh(r["gereed"], COLS[4]))

    def _hdrh(self):
        return 2 * PAD + 11

    def wrap(self, aw, ah):
        self.width = sum(COLS)
        self.height = self._hdrh() + sum(self._rowh(r) for r in self.rows)
        return self.width, self.height

    def split(self, aw, ah):
        y = self._hdrh()
        fit = []
        for i, r in enumerate(self.rows):
            h = self._rowh(r)
            if y + h <= ah:
                fit.append(r)
                y += h
                continue
            # try to break this row over the page
            inner = ah - y - 2 * PAD
            other = max(self._cellh(r["nr"], COLS[1], sCellB), self._cellh(r["wie"], COLS[3]),
                        self._cellh(r["gereed"], COLS[4]))
            first, rest = None, None
            if inner >= 2 * sCell.leading + 1 and inner >= other:
                used = 0
                for j, p in enumerate(r["paras"]):
                    sep = PARASEP if j else 0
                    ph = p.wrap(COLS[2] - 2 * PAD, 1e6)[1]
                    if used + sep + ph <= inner:
                        used += sep + ph
                        continue
                    room = inner - used - sep
                    parts = p.split(COLS[2] - 2 * PAD, room) if room >= 2 * sCell.leading else []
                    if len(parts) == 2:
                        first = r["paras"][:j] + [parts[0]]
                        rest = [parts[1]] + r["paras"][j + 1:]
                    elif j > 0:
                        first, rest = r["paras"][:j], r["paras"][j:]
                    break
            if first:
                fit.append(dict(r, paras=first))
                remainder = [dict(r, paras=rest, nr="", wie="", gereed="", cont=True)] + self.rows[i + 1:]
            else:
                remainder = self.rows[i:]
            if not fit:
                return []
            return [AfsprakenTabel(fit), AfsprakenTabel(remainder)]
        return [self]

    def draw(self):
        c = self.canv
        page = c.getPageNumber()
        x = [0]
        for w in COLS:
            x.append(x[-1] + w)
        top = self.height
        # header
        hh = self._hdrh()
        c.setFillColor(colors.HexColor("#d9e2ec"))
        c.rect(0, top - hh, x[-1], hh, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 9)
        for k, name in enumerate(["Thema", "Nr", "Afspraak", "Wie", "Gereed"]):
            c.drawString(x[k] + PAD, top - hh + PAD + 2, name)
        c.setLineWidth(0.6)
        c.line(0, top - hh, x[-1], top - hh)
        y = top - hh
        # rows
        spans = []  # (theme, ytop, ybottom)
        for r in self.rows:
            h = self._rowh(r)
            if not r.get("cont"):
                PAGES[r["key"]] = page
            yy = y - PAD
            for j, p in enumerate(r["paras"]):
                if j:
                    yy -= PARASEP
                ph = p.wrap(COLS[2] - 2 * PAD, 1e6)[1]
                p.drawOn(c, x[2] + PAD, yy - ph)
                yy -= ph
            for k, txt, st in ((1, r["nr"], sCellB), (3, r["wie"], sCell), (4, r["gereed"], sCell)):
                if txt:
                    q = Paragraph(escape(txt), st)
                    qh = q.wrap(COLS[k] - 2 * PAD, 1e6)[1]
                    q.drawOn(c, x[k] + PAD, y - PAD - qh)
            if spans and spans[-1][0] == r["theme"]:
                spans[-1][2] = y - h
            else:
                spans.append([r["theme"], y, y - h])
            c.setLineWidth(0.4)
            c.line(x[1], y - h, x[-1], y - h)
            y -= h
        # merged theme cells
        for theme, yt, yb in spans:
            q = Paragraph(escape(theme), sTheme)
            qh = q.wrap(COLS[0] - 2 * PAD, 1e6)[1]
            q.drawOn(c, PAD, (yt + yb) / 2 - qh / 2)
            c.setLineWidth(0.6)
            c.line(0, yb, x[1], yb)
        # outer and column lines
        c.setLineWidth(0.6)
        c.rect(0, y, x[-1], top - y, stroke=1, fill=0)
        for k in range(1, 5):
            c.line(x[k], y, x[k], top)


def table_rows(items, themes):
    rows, cnt = [], {}
    for a in items:
        cnt[a["letter"]] = cnt.get(a["letter"], 0) + 1
        nr = "%s%d" % (a["letter"], cnt[a["letter"]])
        a["_nr"] = nr
        paras = [Paragraph(escape(t), sCell) for t in a["text"].split("\n\n")]
        rows.append(dict(theme=themes[a["letter"]], nr=nr, paras=paras, wie=a["wie"], gereed=a["gereed"],
                         key=a["key"], cont=False))
    return rows


# ---------------------------------------------------------------- document templates
class Doc(BaseDocTemplate):
    def __init__(self, buf, header, footer, first_page=None, **kw):
        BaseDocTemplate.__init__(self, buf, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                                 bottomMargin=BM, invariant=1, **kw)
        self.hdr, self.ftr, self.first_page = header, footer, first_page
        fr = Frame(LM, BM, W - LM - RM, Hh - TM - BM, id="f", leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=self._deco)])
        self.toc = {}

    def _deco(self, c, doc):
        c.saveState()
        n = c.getPageNumber()
        if n == 1 and self.first_page:
            self.first_page(c)
        elif n > 1 or not self.first_page:
            if self.hdr and n > 1:
                c.setFont("Helvetica", 7.5)
                c.setFillColor(colors.HexColor("#555555"))
                c.drawString(LM, Hh - 1.4 * cm, self.hdr)
                c.setLineWidth(0.3)
                c.line(LM, Hh - 1.55 * cm, W - RM, Hh - 1.55 * cm)
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(W - RM, 1.2 * cm, self.ftr % n)
        c.restoreState()

    def afterFlowable(self, fl):
        if isinstance(fl, Paragraph) and fl.style.name == "h1":
            self.toc[fl.getPlainText()] = self.page


def build_pdf(make_story, header, footer, first_page=None):
    toc = {}
    for _ in range(2):
        buf = io.BytesIO()
        doc = Doc(buf, header, footer, first_page, title=header, author="Rietvoorde", subject="", creator="")
        doc.build(make_story(toc))
        toc = dict(doc.toc)
    return buf.getvalue(), doc.page


def kern_table(rows):
    t = Table(rows, colWidths=[8 * cm, 3 * cm, 3 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ec")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    return t


PARTIES = ("Gemeente Rietvoorde, Woonstichting Rietland, Woningbouwvereniging De Kreek en "
           "Huurdersvereniging Samen Rietvoorde")


def agreement_story(year, items):
    prev = year - 1
    themes = D.THEMES[year]

    def story(toc):
        s = [Spacer(1, 5 * cm), P("Prestatieafspraken %d" % year, sTitle), Spacer(1, 0.6 * cm),
             P("Gemeente Rietvoorde", sSub), P("Woonstichting Rietland", sSub),
             P("Woningbouwvereniging De Kreek", sSub), P("Huurdersvereniging Samen Rietvoorde", sSub),
             Spacer(1, 2.5 * cm), P("Jaarafspraken bij de woonvisie Thuis in Rietvoorde", sSub),
             P("Vastgesteld in het bestuurlijk overleg van %d december %d" % (11 if year == 2025 else 9, prev), sSub),
             PageBreak()]
        s.append(P("Inhoud", sH1))
        chapters = ["1. Inleiding", "2. Terugblik op %d" % prev, "3. Afspraken %d" % year, "4. Slotbepalingen",
                    "5. Ondertekening", "Bijlagen"]
        rows = [[c, str(toc.get(c, ""))] for c in chapters]
        t = Table(rows, colWidths=[12 * cm, 2 * cm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.2, colors.lightgrey)]))
        s += [t, Spacer(1, 0.8 * cm), P("Leeswijzer", sH2),
              P("Na de inleiding en een korte terugblik volgen in hoofdstuk 3 de afspraken voor %d. Deze zijn "
                "opgenomen in één doorlopende tabel, geordend naar de thema's van de woonvisie. Per afspraak is "
                "aangegeven welke partij trekker is (kolom Wie) en wanneer de afspraak gereed moet zijn (kolom "
                "Gereed). De slotbepalingen en de ondertekening sluiten het document af." % year), PageBreak()]
        s += [P("1. Inleiding", sH1),
              P("Gemeente Rietvoorde, Woonstichting Rietland, Woningbouwvereniging De Kreek en Huurdersvereniging "
                "Samen Rietvoorde werken sinds 2016 samen aan de volkshuisvesting in de gemeente. De woonvisie "
                "Thuis in Rietvoorde 2021-2026, die door de gemeenteraad in maart 2021 werd vastgesteld, vormt "
                "daarbij het vertrekpunt. Ieder jaar brengen de corporaties een bod uit op deze woonvisie, waarna "
                "partijen in gezamenlijk overleg jaarafspraken maken."),
              P("De opgave blijft onverminderd groot. In de regionale woondeal die de provincie, de regiogemeenten "
                "en het Rijk hebben gesloten, is voor Rietvoorde een bouwopgave tot 2030 opgenomen waarvan ongeveer "
                "een derde uit sociale huur moet bestaan. Daarnaast vragen de Nationale Prestatieafspraken om het "
                "uitfaseren van woningen met een slecht energielabel en om betaalbare woonlasten voor huurders. "
                "Partijen zijn zich ervan bewust dat stijgende bouwkosten en netcongestie de uitvoering onder druk "
                "zetten."),
              P("Deze afspraken gelden voor het kalenderjaar %d. Waar een afspraak een langere doorlooptijd heeft, "
                "is de datum genoemd waarop zij gereed moet zijn. Afspraken uit eerdere jaren die zijn uitgevoerd, "
                "zijn niet meer opgenomen; lopende afspraken zijn waar nodig geactualiseerd." % year),
              P("2. Terugblik op %d" % prev, sH1)]
        if year == 2025:
            s += [P("In 2024 werden in Rietvoorde 46 sociale huurwoningen opgeleverd, waarvan 30 door Rietland "
                    "in het project Kreekzijde fase 1 en 16 door De Kreek aan de Veerstraat. De gemiddelde "
                    "zoektijd nam toe tot 4,6 jaar. Er vonden vier ontruimingen plaats, waarvan twee wegens "
                    "uitsluitend huurachterstand. Rietland verduurzaamde 212 woningen, waardoor het aantal "
                    "woningen met een E-, F- of G-label daalde naar 140."),
                  kern_table([["Kerncijfer", "2023", "2024"], ["Sociale huurwoningen Rietland", "3.412", "3.431"],
                              ["Sociale huurwoningen De Kreek", "1.868", "1.880"],
                              ["Gemiddelde zoektijd (jaren)", "4,3", "4,6"],
                              ["Ontruimingen wegens huurachterstand", "3", "2"],
                              ["Woningen met label E, F of G", "352", "140"]])]
        else:
            s += [P("In 2025 werden 58 sociale huurwoningen opgeleverd. Het haalbaarheidsonderzoek naar de locatie "
                    "Oude Veiling werd in september afgerond en leverde een positief resultaat op. De herziene "
                    "huisvestingsverordening werd op 26 juni door de raad vastgesteld. Het energiefonds werd door "
                    "312 huishoudens benut en is eind 2025 uitgeput. De gemiddelde zoektijd bleef met 4,5 jaar "
                    "vrijwel gelijk; het aantal woningen met een E-, F- of G-label daalde naar 45."),
                  kern_table([["Kerncijfer", "2024", "2025"], ["Sociale huurwoningen Rietland", "3.431", "3.467"],
                              ["Sociale huurwoningen De Kreek", "1.880", "1.902"],
                              ["Gemiddelde zoektijd (jaren)", "4,6", "4,5"],
                              ["Ontruimingen wegens huurachterstand", "2", "1"],
                              ["Woningen met label E, F of G", "140", "45"]])]
        s += [PageBreak(), P("3. Afspraken %d" % year, sH1),
              P("De tabel hieronder bevat alle afspraken voor %d. De nummering is per thema opgebouwd. Bij "
                "afspraken waarvoor meerdere partijen verantwoordelijk zijn, is de eerstgenoemde partij de "
                "trekker." % year),
              AfsprakenTabel(table_rows(items, themes)), Spacer(1, 0.5 * cm),
              P("4. Slotbepalingen", sH1), P("Looptijd", sH2),
              P("Deze prestatieafspraken gaan in op 1 januari %d en lopen tot en met 31 december %d. Afspraken met "
                "een latere einddatum blijven van kracht totdat zij in nieuwe afspraken zijn vervangen." % (year, year)),
              P("Wijzigingen", sH2),
              P("Wanneer de omstandigheden daartoe aanleiding geven, kan iedere partij een voorstel tot wijziging "
                "inbrengen in het bestuurlijk overleg. Een wijziging wordt schriftelijk vastgelegd en door alle "
                "partijen ondertekend."),
              P("Openbaarheid", sH2),
              P("De afspraken worden gepubliceerd op de websites van de corporaties en van de gemeente en ter "
                "kennisname aan de gemeenteraad gezonden."),
              P("5. Ondertekening", sH1),
              P("Aldus overeengekomen en ondertekend te Rietvoorde op %d december %d." % (11 if year == 2025 else 9, prev))]
        sig = [["Gemeente Rietvoorde", "Woonstichting Rietland"],
               ["\n\n\nW.A. (Wim) Dekkers\nwethouder Wonen", "\n\n\nir. M.J. (Marleen) Verhoeff\ndirecteur-bestuurder"],
               ["Woningbouwvereniging De Kreek", "Huurdersvereniging Samen Rietvoorde"],
               ["\n\n\nA. (Anouk) Bellaart MSc\ndirecteur-bestuurder", "\n\n\nH. (Henk) Oudshoorn\nvoorzitter"]]
        t = Table(sig, colWidths=[8.5 * cm, 8.5 * cm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                               ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                               ("FONT", (0, 2), (-1, 2), "Helvetica-Bold", 9.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        s += [t, Spacer(1, 0.6 * cm), P("Bijlagen", sH1),
              P("Bijlage 1. Nieuwbouwprogramma %d-%d per project (afzonderlijk document)" % (year, year + 4)),
              P("Bijlage 2. Monitor prestatieafspraken %d, stand per 1 november %d" % (prev, prev)),
              P("Bijlage 3. Begrippenlijst")]
        return s
    return story


def bod_story():
    def story(toc):
        s = [Spacer(1, 1.2 * cm),
             P("Aan het college van burgemeester en wethouders van de gemeente Rietvoorde<br/>Postbus 40<br/>"
               "4930 AA Rietvoorde", ParagraphStyle("adr", parent=sBody, alignment=0)),
             Spacer(1, 0.4 * cm),
             P("Rietvoorde, 26 juni 2025<br/>Ons kenmerk: DB/2025/0412<br/>Betreft: Bod op de woonvisie 2026",
               ParagraphStyle("m", parent=sBody, alignment=0)),
             Spacer(1, 0.3 * cm), P("Geacht college,"),
             P("Hierbij ontvangt u, zoals de Woningwet voorschrijft, het overzicht van de werkzaamheden die "
               "Woonstichting Rietland in 2026 en de jaren daarna in Rietvoorde wil uitvoeren. Dit bod is besproken "
               "met de Huurdersvereniging Samen Rietvoorde, die ons op 12 juni 2025 haar advies gaf. Wij hebben dat "
               "advies op de meeste punten overgenomen."),
             P("Onze financiële positie laat ruimte voor investeringen, maar die ruimte is niet onbegrensd. De "
               "stijgende bouwkosten, de huurbevriezing van de afgelopen jaren en de verhuurderheffing die pas "
               "recent is afgeschaft, hebben hun sporen nagelaten. Wij kiezen daarom voor een bod dat wij ook "
               "werkelijk kunnen waarmaken. Hieronder geven wij per thema van de woonvisie aan wat wij bieden.")]
        for title, bids in D.BOD_SECTIONS:
            s.append(P(title, sH2))
            for key, lead, rest, themes, frame in bids:
                if lead is None:
                    words = rest.split(" ")
                    markup = "<b>%s</b> %s" % (escape(" ".join(words[:2])), escape(" ".join(words[2:])))
                else:
                    markup = "<b>%s</b> %s" % (escape(lead), escape(rest))
                s.append(Tracked(Paragraph(markup, sBullet, bulletText="•"), "bod:" + key))
        s.append(P("Wat wij vragen van de gemeente", sH2))
        s.append(P("Om dit bod te kunnen waarmaken, vragen wij ook iets van de gemeente:"))
        for lead, rest in D.BOD_ASKS:
            s.append(Paragraph("<b>%s</b> %s" % (escape(lead), escape(rest)), sBullet, bulletText="•"))
        s += [P("Wij zien ernaar uit om dit bod in de komende maanden met u en met de huurdersvereniging uit te "
                "werken tot prestatieafspraken voor 2026."),
              P("Met vriendelijke groet,"), Spacer(1, 1.2 * cm),
              P("ir. M.J. (Marleen) Verhoeff<br/>directeur-bestuurder Woonstichting Rietland",
                ParagraphStyle("sg", parent=sBody, alignment=0)),
              Spacer(1, 0.3 * cm), P("Afschrift: Huurdersvereniging Samen Rietvoorde; Woningbouwvereniging De Kreek")]
        return s
    return story


def letterhead(c):
    c.setFont("Helvetica-Bold", 16)
    c.setFillColor(colors.HexColor("#1f4e79"))
    c.drawString(LM, Hh - 1.5 * cm, "Woonstichting Rietland")
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(LM, Hh - 1.95 * cm, "Kreekweg 14  |  Postbus 1180  |  4930 AB Rietvoorde  |  0168 - 41 22 00")
    c.setLineWidth(0.8)
    c.line(LM, Hh - 2.1 * cm, W - RM, Hh - 2.1 * cm)


# ---------------------------------------------------------------- gold
def frame_out(f):
    return json.loads(json.dumps(f))


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def docmeta(doc_id, typ, year, pages, layout):
    return {"id": doc_id, "family": FAMILY, "type": typ, "year": year, "years": [year], "gemeente": D.GEMEENTE,
            "gemeenten": [D.GEMEENTE], "corporaties": list(D.CORP), "huurdersorganisaties": list(D.HO),
            "pages": pages, "layout": layout}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for year, items in ((2025, D.A2025), (2026, D.A2026)):
        doc_id = "%s-%d" % (FAMILY, year)
        items = [dict(a) for a in items]
        PAGES.clear()
        pdf, npages = build_pdf(agreement_story(year, items),
                                "Prestatieafspraken %d  |  %s" % (year, PARTIES), "Pagina %d")
        with open(os.path.join(OUT, "pdf", doc_id + ".pdf"), "wb") as fh:
            fh.write(pdf)
        themes = D.THEMES[year]
        afs = []
        for a in items:
            afs.append({"key": a["key"], "number": a["_nr"],
                        "section": "3. Afspraken %d > %s" % (year, themes[a["letter"]]), "party": None,
                        "theme": a["themes"][0], "themes": list(a["themes"]), "page": PAGES[a["key"]],
                        "text": " ".join(a["text"].split()), "trekker": a["wie"], "planning": a["gereed"],
                        "attributes": {}, "frame": frame_out(a["frame"])})
        g = {"document": docmeta(doc_id, "prestatieafspraken", year, npages, "ruled-table-merged-theme"),
             "afspraken": afs}
        write_json(os.path.join(OUT, "gold", doc_id + ".json"), g)
        golds[doc_id] = g
    # bod
    doc_id = "%s-bod-2026" % FAMILY
    PAGES.clear()
    pdf, npages = build_pdf(bod_story(), None, "Woonstichting Rietland  |  Bod 2026  |  pagina %d", letterhead)
    with open(os.path.join(OUT, "pdf", doc_id + ".pdf"), "wb") as fh:
        fh.write(pdf)
    afs = []
    for title, bids in D.BOD_SECTIONS:
        for key, lead, rest, themes, frame in bids:
            text = rest if lead is None else lead + " " + rest
            afs.append({"key": key, "number": None, "section": title, "party": None, "theme": themes[0],
                        "themes": list(themes), "page": PAGES["bod:" + key], "text": " ".join(text.split()),
                        "trekker": None, "planning": None, "attributes": {}, "frame": frame_out(frame)})
    g = {"document": docmeta(doc_id, "bod", 2026, npages, "letter-bold-lead-bullets"), "afspraken": afs}
    write_json(os.path.join(OUT, "gold", doc_id + ".json"), g)
    # pairs
    for old, new, links in (("rietvoorde-2025", "rietvoorde-2026", D.PAIR_2025_2026),
                            ("rietvoorde-bod-2026", "rietvoorde-2026", D.PAIR_BOD_2026)):
        out = {"old": old, "new": new,
               "links": [{"old": o, "new": n, "status": st, "kinds": list(k), "hard_negative": hn}
                         for o, n, st, k, hn in links]}
        write_json(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (old, new)), out)
    print("built rietvoorde-2025, rietvoorde-2026, rietvoorde-bod-2026")


if __name__ == "__main__":
    main()
