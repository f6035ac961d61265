# -*- coding: utf-8 -*-
"""Build the hulstbroek family: two concept prestatieafspraken (2025, 2026) printed with review comments in a
markup pane, and the bod 2026 of Woonstichting Elzenwaard. Deterministic (reportlab invariant=1).
Run from /work/main:  .venv/bin/python corpus/challenge/src/hulstbroek/build.py"""
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data as D  # noqa: E402

FAM = "hulstbroek"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev")
OUT = os.path.normpath(OUT)
W, H = A4
PANE_X = 392  # markup pane starts here (agreements)
REG, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
HREG, HBOLD = "Helvetica", "Helvetica-Bold"


# ------------------------------------------------------------------ wrapping
def wrap(tokens, width_first, width_rest, size, hyphenate=True):
    """tokens: list of (word, font). Returns list of lines, each a list of (word, font)."""
    lines, cur, curw = [], [], 0.0
    toks = list(tokens)
    i = 0
    while i < len(toks):
        w, f = toks[i]
        width = width_first if not lines else width_rest
        sp = stringWidth(" ", f, size) if cur else 0.0
        ww = stringWidth(w, f, size)
        if curw + sp + ww <= width or not cur:
            cur.append((w, f))
            curw += sp + ww
            i += 1
            continue
        # try hyphenation of a long alphabetic word
        if hyphenate and len(w) >= 12 and w.isalpha():
            best = None
            for k in range(len(w) - 5, 4, -1):
                if not can_break(w.lower(), k):
                    continue
                if curw + sp + stringWidth(w[:k] + "-", f, size) <= width:
                    best = k
                    break
            if best:
                cur.append((w[:best] + "-", f))
                lines.append(cur)
                cur, curw = [], 0.0
                toks[i] = (w[best:], f)
                continue
        lines.append(cur)
        cur, curw = [], 0.0
    if cur:
        lines.append(cur)
    return lines


VOW = set("aeiouyéëèáóöü")


def isv(w, i):
    return w[i] in VOW or (w[i] == "j" and i > 0 and w[i - 1] == "i")


COMPOUND = {"woningzoekenden": (6,), "samenwerkingsovereenkomst": (5, 13), "huurdersbelangenvereniging": (8, 16),
            "terugleververgoeding": (5, 10),
            "huurtoeslaggrens": (4, 11), "energielabel": (7,), "energielasten": (7,), "inschrijfduur": (2, 9),
            "doelgroepenverordening": (11,), "gemeenteraad": (8,), "woningzoekenden,": (6,)}


def can_break(w, k):
    """crude Dutch hyphenation: known compounds, else V-CV or a double consonant (zon-ne)."""
    for word, ks in COMPOUND.items():
        if word in w:
            off = w.index(word)
            return (k - off) in ks
    if isv(w, k) or not isv(w, k + 1):
        return False
    if isv(w, k - 1):
        return w[k - 2:k] not in ("ch",)
    return w[k - 1] == w[k] and isv(w, k - 2)


def runs_of(line):
    """merge tokens of a line into runs of the same font, with real spaces."""
    runs = []
    for j, (w, f) in enumerate(line):
        txt = w if j == 0 else " " + w
        if runs and runs[-1][1] == f:
            runs[-1][0] += txt
        else:
            runs.append([txt, f])
    return runs


def toks(text, font=REG):
    return [(w, font) for w in text.split()]


# ------------------------------------------------------------------ layout engine
class Doc:
    def __init__(self, x0, x1, top, bottom, pane, header, footer):
        self.x0, self.x1, self.top, self.bottom = x0, x1, top, bottom
        self.pane, self.header, self.footer = pane, header, footer
        self.pages = []
        self.new_page()

    def new_page(self):
        self.pages.append({"ops": [], "balloons": []})
        self.y = self.top

    @property
    def pno(self):
        return len(self.pages)

    def op(self, *a):
        self.pages[-1]["ops"].append(a)

    def space(self, h):
        self.y -= h

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def line(self, x, runs, size, color=(0, 0, 0)):
        self.op("text", x, self.y, [tuple(r) for r in runs], size, color)

    def para(self, tokens, size=10.5, leading=14, indent=0, number=None, num_font=REG, comments=(),
             after=6, hyphenate=True, width=None):
        """Render a paragraph; returns the page where it starts."""
        x_text = self.x0 + indent
        wid = (width or (self.x1 - self.x0)) - indent
        lines = wrap(tokens, wid, wid, size, hyphenate)
        self.ensure(leading * min(2, len(lines)))
        start = self.pno
        pending = list(comments)
        for li, ln in enumerate(lines):
            if self.y - leading < self.bottom:
                self.new_page()
            self.y -= leading
            if li == 0 and number:
                self.line(self.x0, [(number, num_font)], size)
            self.line(x_text, runs_of(ln), size)
            # comment anchors on this line
            for cm in list(pending):
                anchor = cm[0]
                xpos = x_text
                for j, (w, f) in enumerate(ln):
                    sw = stringWidth(" ", f, size) if j else 0
                    xpos += sw
                    ww = stringWidth(w, f, size)
                    if w == anchor or w.strip(".,;:()") == anchor.strip(".,;:()"):
                        self.op("hl", xpos, self.y - 2.5, ww, size + 1.5)
                        self.pages[-1]["balloons"].append((xpos + ww, self.y, cm))
                        pending.remove(cm)
                        break
                    xpos += ww
        assert not pending, ("anchor not found", pending)
        self.y -= after
        return start

    def heading(self, text, size=13, before=10, after=6, font=HBOLD):
        self.ensure(before + size + 60)
        self.y -= before + size
        self.line(self.x0, [(text, font)], size, (0.12, 0.25, 0.45))
        self.y -= after
        return self.pno

    def table(self, rows, cols, size=8.5, leading=12, header_font=HBOLD):
        self.ensure(leading * (len(rows) + 1))
        self.op("rule", self.x0, self.y - 2, self.x1)
        for ri, row in enumerate(rows):
            self.y -= leading
            for ci, cell in enumerate(row):
                f = header_font if ri == 0 else HREG
                self.line(self.x0 + cols[ci], [(cell, f)], size)
            if ri == 0:
                self.op("rule", self.x0, self.y - 3, self.x1)
        self.op("rule", self.x0, self.y - 3, self.x1)
        self.y -= 10

    # -------------------------------------------------------------- rendering
    def render(self, path, title):
        c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
        c.setTitle(title)
        c.setAuthor("hulstbroek challenge corpus")
        n = len(self.pages)
        for pi, pg in enumerate(self.pages, 1):
            if self.pane:
                c.setFillColorRGB(0.91, 0.91, 0.91)
                c.rect(PANE_X, 0, W - PANE_X, H, stroke=0, fill=1)
            for o in pg["ops"]:
                if o[0] == "hl":
                    _, x, y, w, h = o
                    c.setFillColorRGB(1.0, 0.93, 0.62)
                    c.rect(x - 0.5, y, w + 1, h, stroke=0, fill=1)
            for o in pg["ops"]:
                if o[0] == "text":
                    _, x, y, runs, size, color = o
                    t = c.beginText(x, y)
                    t.setFillColorRGB(*color)
                    for txt, f in runs:
                        t.setFont(f, size)
                        t.textOut(txt)
                    c.drawText(t)
                elif o[0] == "rule":
                    _, x0, y, x1 = o
                    c.setStrokeColorRGB(0.4, 0.4, 0.4)
                    c.setLineWidth(0.5)
                    c.line(x0, y, x1, y)
            self.header(c, pi, n)
            self.footer(c, pi, n)
            if self.pane:
                draw_balloons(c, pg["balloons"], self.bottom)
            c.showPage()
        c.save()


COUNTER = {}


def draw_balloons(c, balloons, bottom):
    bx, bw, size, lead = PANE_X + 8, W - PANE_X - 18, 7, 8.6
    last_bottom = H - 40
    for (ax, ay, cm) in sorted(balloons, key=lambda b: -b[1]):
        anchor, author, text, reply, label = cm
        head = ("Met opmerkingen [%s]:" if author == "ML" else "Opmerking [%s]:") % label
        tk = toks(head, HBOLD) + toks(text, HREG)
        lines = wrap(tk, bw - 8, bw - 8, size, hyphenate=False)
        if reply:
            lines += wrap(toks("Beantwoord:", HBOLD) + toks(reply, HREG), bw - 8, bw - 8, size, hyphenate=False)
        h = len(lines) * lead + 6
        top = min(ay + 8, last_bottom - 6)
        c.setStrokeColorRGB(0.75, 0.2, 0.2)
        c.setFillColorRGB(1, 1, 1)
        c.setLineWidth(0.6)
        c.roundRect(bx, top - h, bw, h, 4, stroke=1, fill=1)
        # dotted connector from the anchor word to the balloon
        c.setDash(1, 1.5)
        c.setLineWidth(0.5)
        c.line(ax + 1, ay - 2, PANE_X, ay - 2)
        c.line(PANE_X, ay - 2, bx, top - 6)
        c.setDash()
        y = top - lead
        for ln in lines:
            t = c.beginText(bx + 4, y)
            t.setFillColorRGB(0.15, 0.15, 0.15)
            for txt, f in runs_of(ln):
                t.setFont(f, size)
                t.textOut(txt)
            c.drawText(t)
            y -= lead
        last_bottom = top - h


def label_comments(specs, counter):
    out = []
    for (anchor, author, text, reply) in specs:
        counter[0] += 1
        out.append((anchor, author, text, reply, "%s%d" % (author, counter[0])))
    return out


# ------------------------------------------------------------------ agreements
DATES = {2025: ("12 december 2024", "14 november 2024"), 2026: ("11 december 2025", "13 november 2025")}

TERUG = {
 2025: ["In 2024 leverde Elzenwaard 71 nieuwe sociale huurwoningen op, meer dan de 60 woningen die voor dat jaar "
        "waren afgesproken. De gemiddelde inschrijfduur van woningzoekenden daalde van 4,6 naar 4,3 jaar. Het "
        "aantal woningen met een energielabel E, F of G nam af tot 150. Het aantal huisuitzettingen wegens "
        "huurachterstand bleef met vier onder het streefgetal van zes.",
        "Niet alle afspraken uit 2024 zijn gehaald. De pilot met een ontmoetingsruimte in De Molenhof werd "
        "uitgesteld omdat de verbouwing van het complex later begon, en de verkenning naar middenhuur kwam door "
        "personele krapte bij de gemeente niet van de grond."],
 2026: ["In 2025 werden 58 nieuwe sociale huurwoningen opgeleverd; de oplevering van de Beukenlaan schoof door naar "
        "2026. De inschrijfduur daalde verder naar 4,1 jaar. Het aantal woningen met een E-, F- of G-label nam af "
        "tot 40. In 2025 vonden drie ontruimingen wegens huurachterstand plaats.",
        "De verduurzaming van Vogelbuurt-Oost liep vertraging op doordat de aannemer failliet ging. De evaluatie "
        "van de Woonvisie werd in oktober 2025 afgerond en besproken in de gemeenteraad."],
}
KERN = {
 2025: [["Kerncijfer", "2023", "2024"], ["Woningen Elzenwaard", "4.812", "4.861"],
        ["Opgeleverde nieuwbouw", "38", "71"], ["Inschrijfduur (jaar)", "4,6", "4,3"],
        ["Huurachterstand (% huur)", "0,9", "0,8"], ["Huisuitzettingen", "7", "4"],
        ["Woningen label E/F/G", "260", "150"]],
 2026: [["Kerncijfer", "2024", "2025"], ["Woningen Elzenwaard", "4.861", "4.903"],
        ["Opgeleverde nieuwbouw", "71", "58"], ["Inschrijfduur (jaar)", "4,3", "4,1"],
        ["Huurachterstand (% huur)", "0,8", "0,7"], ["Huisuitzettingen", "4", "3"],
        ["Woningen label E/F/G", "150", "40"]],
}
NIEUWBOUW_BIJLAGE = {
 2025: [["Project", "Kern", "Woningen", "Oplevering"], ["Kloosterweide fase 2", "Hulstbroek", "40", "2025"],
        ["Beukenlaan", "Hulstbroek", "24", "2025"], ["De Wetering", "Oosterhulst", "36", "2027"],
        ["Lijsterstraat", "Hulstbroek", "56", "2028"]],
 2026: [["Project", "Kern", "Woningen", "Oplevering"], ["Kloosterweide fase 3", "Hulstbroek", "36", "2026"],
        ["Beukenlaan", "Hulstbroek", "24", "2026-2027"], ["Sportpark Oost (flex)", "Hulstbroek", "24", "2026"],
        ["De Wetering", "Oosterhulst", "36", "2027"], ["Lijsterstraat", "Hulstbroek", "56", "2028"]],
}


def agreement(year, chapters, afs, comspec):
    doc_id = "%s-%d" % (FAM, year)
    counter = [0]
    com = {k: label_comments(v, counter) for k, v in comspec.items()}
    sign_date, concept_date = DATES[year]

    def header(c, pi, n):
        c.setFont(HBOLD, 8)
        c.setFillColorRGB(0.75, 0.1, 0.1)
        c.drawString(56, H - 30, "CONCEPT – versie 0.7 – niet verspreiden")
        c.setFont(HREG, 7.5)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawRightString(PANE_X - 12, H - 30, "Prestatieafspraken Hulstbroek %d" % year)

    def footer(c, pi, n):
        c.setFont(HREG, 7.5)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(56, 30, "Concept %s" % concept_date)
        c.drawRightString(PANE_X - 12, 30, "Pagina %d van %d" % (pi, n))

    def layout(toc_pages):
        d = Doc(56, PANE_X - 12, H - 58, 52, True, header, footer)
        gold, toc = [], {}
        # cover
        d.space(120)
        d.line(d.x0, [("CONCEPT", HBOLD)], 26, (0.75, 0.1, 0.1)); d.space(40)
        d.line(d.x0, [("Prestatieafspraken %d" % year, HBOLD)], 22, (0.12, 0.25, 0.45)); d.space(28)
        d.line(d.x0, [("tussen", HREG)], 11); d.space(22)
        for p in ("Gemeente Hulstbroek", D.CORP, D.HO):
            d.line(d.x0, [(p, HBOLD)], 12); d.space(20)
        d.space(60)
        d.line(d.x0, [("Versie 0.7 – %s" % concept_date, HREG)], 9)
        d.space(13)
        d.line(d.x0, [("Status: ter bespreking in het bestuurlijk overleg", HREG)], 9)
        d.new_page()
        # toc + leeswijzer
        d.heading("Inhoud", before=0)
        names = ["Inleiding", "Terugblik op %d" % (year - 1)] + [ch[0] for ch in chapters] + \
                ["Slotbepalingen en ondertekening", "Bijlagen"]
        for i, nm in enumerate(names, 1):
            d.y -= 15
            d.line(d.x0, [("%d  %s" % (i, nm), REG)], 10.5)
            d.line(d.x1 - 12, [(str(toc_pages.get(i, 0)), REG)], 10.5)
        d.space(10)
        d.heading("Leeswijzer", size=11)
        d.para(toks("In hoofdstuk 1 staat de aanleiding en het beleidskader van deze prestatieafspraken. Hoofdstuk 2 "
                    "blikt terug op het afgelopen jaar. De hoofdstukken 3 tot en met 7 bevatten de afspraken per "
                    "thema, steeds voorafgegaan door een korte toelichting. De afspraken zijn per hoofdstuk "
                    "genummerd; waar een partij als trekker is aangewezen, staat deze tussen haakjes achter de "
                    "afspraak. Hoofdstuk 8 bevat de slotbepalingen."))
        d.new_page()
        # 1 inleiding
        toc[1] = d.heading("1  Inleiding")
        d.heading("1.1 Aanleiding", size=11, before=2)
        d.para(toks("Gemeente Hulstbroek, %s en %s maken elk jaar prestatieafspraken over de bijdrage van de "
                    "corporatie aan het lokale volkshuisvestingsbeleid, zoals de Woningwet dat voorschrijft. "
                    "Voor u ligt de conceptversie van de afspraken voor %d. Deze afspraken bouwen voort op het bod "
                    "dat Elzenwaard in juni %d heeft uitgebracht en op de gesprekken die partijen daarna aan de "
                    "overlegtafel hebben gevoerd." % (D.CORP, D.HO, year, year - 1)))
        d.heading("1.2 Beleidskader", size=11, before=2)
        d.para(toks("Het kader voor deze afspraken wordt gevormd door de Woonvisie Hulstbroek 2023-2030 „Thuis in "
                    "Hulstbroek”, de regionale woondeal Lindewaard die de provincie, het Rijk en de gemeenten in de "
                    "regio hebben gesloten, en de Nationale Prestatieafspraken tussen het Rijk, Aedes, de Woonbond "
                    "en de VNG. Daarnaast spelen de Transitievisie Warmte en het beleidsplan sociaal domein een "
                    "rol."), comments=com.get("intro", ()))
        d.para(toks("Partijen erkennen dat de financiële ruimte van Elzenwaard begrensd is door de stijgende bouw- "
                    "en rentekosten en door de normen die het Waarborgfonds Sociale Woningbouw hanteert. Waar in "
                    "deze afspraken aantallen worden genoemd, zijn die gebaseerd op de meerjarenbegroting van "
                    "Elzenwaard."))
        # 2 terugblik
        toc[2] = d.heading("2  Terugblik op %d" % (year - 1))
        for k, p in enumerate(TERUG[year]):
            d.para(toks(p), comments=com.get("terugblik", ()) if k == 0 else ())
        d.para(toks("Tabel 1. Kerncijfers", ITAL), size=9.5, leading=12, after=2)
        d.table(KERN[year], [0, 150, 230])
        # afspraken chapters
        for ci, (title, intro, subs) in enumerate(chapters, 3):
            toc[ci] = d.heading("%d  %s" % (ci, title))
            for p in intro:
                d.para(toks(p))
            n = 0
            for sub, keys in subs:
                if sub:
                    d.heading(sub, size=10.5, before=4, after=2, font=BOLD)
                for key in keys:
                    n += 1
                    text, trekker, frame = afs[key]
                    tk = toks(text)
                    if trekker:
                        tk += toks("(%s)" % trekker)
                    number = "%d.%d" % (ci, n)
                    page = d.para(tk, indent=30, number=number, comments=com.get(key, ()))
                    section = "%d %s" % (ci, title) + (" > %s" % sub if sub else "")
                    gold.append({"key": key, "number": number, "section": section, "party": None,
                                 "theme": D.THEMES[key][0], "themes": D.THEMES[key], "page": page, "text": text,
                                 "trekker": trekker, "planning": None, "attributes": {}, "frame": frame})
        # 8 slot
        toc[8] = d.heading("8  Slotbepalingen en ondertekening")
        d.heading("8.1 Looptijd", size=11, before=2)
        d.para(toks("Deze prestatieafspraken gelden van 1 januari tot en met 31 december %d. Afspraken met een "
                    "langere doorlooptijd worden bij de jaarlijkse actualisatie opnieuw bezien." % year))
        d.heading("8.2 Wijzigingen en bijzondere omstandigheden", size=11, before=2)
        d.para(toks("Wanneer wet- en regelgeving, rijksbeleid of de financiële positie van een van de partijen "
                    "ingrijpend verandert, kan iedere partij de andere partijen om heroverweging van de afspraken "
                    "vragen. Wijzigingen worden schriftelijk vastgelegd en door alle partijen ondertekend. De in "
                    "deze afspraken genoemde bedragen van Elzenwaard zijn onder voorbehoud van goedkeuring van de "
                    "begroting door haar Raad van Commissarissen."))
        d.heading("8.3 Ondertekening", size=11, before=2)
        d.para(toks("Aldus overeengekomen en ondertekend te Hulstbroek op %s." % sign_date),
               comments=com.get("slot", ()))
        sigs = [("Gemeente Hulstbroek", "M.A. Verschuur-Dekker", "wethouder Wonen"),
                (D.CORP, "ir. J.P. Brandhof", "directeur-bestuurder"),
                (D.HO, "A. Timmerije", "voorzitter")]
        for org, nm, fn in sigs:
            d.ensure(60)
            d.y -= 26
            d.line(d.x0, [(org, BOLD)], 10)
            d.y -= 26
            d.op("rule", d.x0, d.y + 10, d.x0 + 160)
            d.line(d.x0, [(nm, REG)], 10)
            d.y -= 12
            d.line(d.x0, [(fn, ITAL)], 10)
        d.new_page()
        toc[9] = d.heading("9  Bijlagen", before=0)
        for b in ("Bijlage 1. Nieuwbouwprogramma %d-%d" % (year, year + 4),
                  "Bijlage 2. Monitor prestatieafspraken %d (afzonderlijk bijgevoegd)" % (year - 1),
                  "Bijlage 3. Begrippenlijst (afzonderlijk bijgevoegd)"):
            d.para(toks(b), after=2)
        d.space(8)
        d.heading("Bijlage 1. Nieuwbouwprogramma", size=11)
        d.table(NIEUWBOUW_BIJLAGE[year], [0, 110, 190, 245])
        d.para(toks("Het programma is indicatief; aantallen en jaren kunnen wijzigen door planologische procedures "
                    "en marktomstandigheden.", ITAL), size=9, leading=12)
        return d, gold, toc

    d, gold, toc = layout({})
    d, gold, toc = layout(toc)
    pdf = os.path.join(OUT, "pdf", doc_id + ".pdf")
    d.render(pdf, "Concept prestatieafspraken Hulstbroek %d" % year)
    meta = {"id": doc_id, "family": FAM, "type": "prestatieafspraken", "year": year, "years": [year],
            "gemeente": D.GEMEENTE, "gemeenten": [D.GEMEENTE], "corporaties": [D.CORP],
            "huurdersorganisaties": [D.HO], "pages": len(d.pages), "layout": "concept-review-comments"}
    return doc_id, {"document": meta, "afspraken": gold}


# ------------------------------------------------------------------ bod
def bod(year):
    doc_id = "%s-bod-%d" % (FAM, year)

    def header(c, pi, n):
        if pi > 1:
            c.setFont(HREG, 8)
            c.setFillColorRGB(0.3, 0.3, 0.3)
            c.drawString(70, H - 36, "Woonstichting Elzenwaard")
            c.drawRightString(W - 70, H - 36, "Bod %d-%d" % (year, year + 4))

    def footer(c, pi, n):
        c.setFont(HREG, 8)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawCentredString(W / 2, 32, "pagina %d van %d" % (pi, n))

    d = Doc(70, W - 70, H - 60, 60, False, header, footer)
    gold = []
    d.line(d.x0, [("Woonstichting Elzenwaard", HBOLD)], 18, (0.1, 0.4, 0.3))
    d.y -= 13
    d.line(d.x0, [("Kerkplein 4 · Postbus 118 · 5790 AC Hulstbroek · www.elzenwaard.nl", HREG)], 8)
    d.y -= 40
    for ln in ("Aan het college van burgemeester en wethouders", "van de gemeente Hulstbroek",
               "en het bestuur van Huurdersbelangenvereniging De Kandelaar", "Postbus 40", "5790 AA Hulstbroek"):
        d.line(d.x0, [(ln, REG)], 10.5)
        d.y -= 13
    d.y -= 18
    for a, b in (("Datum", "26 juni %d" % (year - 1)), ("Ons kenmerk", "ELZ/BST/%d-041" % (year - 1)),
                 ("Onderwerp", "Bod op de woonvisie en overzicht voorgenomen werkzaamheden %d-%d" % (year, year + 4))):
        d.line(d.x0, [(a, HBOLD)], 9)
        d.line(d.x0 + 80, [(b, REG)], 10)
        d.y -= 13
    d.y -= 10
    d.para(toks("Geacht college, geacht bestuur,"))
    d.para(toks("Hierbij ontvangt u ons overzicht van de werkzaamheden die wij in de periode %d-%d willen uitvoeren, "
                "met daarin ons bod op de Woonvisie Hulstbroek 2023-2030. Wij sturen dit overzicht voor 1 juli, zoals "
                "de Woningwet vraagt, en zien uit naar de gesprekken over de prestatieafspraken voor %d." %
                (year, year + 4, year)), width=None)
    d.heading("Onze financiële positie", size=11.5)
    d.para(toks("Onze financiële ruimte is de afgelopen jaren kleiner geworden. De bouwkosten stegen in %d opnieuw "
                "met ongeveer zes procent en de rente op nieuwe leningen ligt ruim boven het niveau van enkele jaren "
                "geleden. Onze interest coverage ratio kwam eind %d uit op 1,6 en de loan to value op 52 procent; "
                "beide liggen binnen de normen van het Waarborgfonds Sociale Woningbouw, maar de marge wordt kleiner."
                % (year - 2, year - 2)))
    d.para(toks("De huursombenadering en de extra verlaging van huren voor huishoudens met een laag inkomen "
                "beperken onze inkomsten. Wij hebben daarom keuzes moeten maken. Voorrang geven wij aan het "
                "uitfaseren van de slechtste energielabels, aan de aanpak van vocht en schimmel en aan het op peil "
                "houden van de nieuwbouw. Onze meerjarenbegroting %d-%d is als bijlage bijgevoegd." %
                (year, year + 9)))
    d.heading("Ons bod voor %d" % year, size=11.5)
    d.para(toks("Hieronder leest u per thema wat wij voor %d aanbieden. De aantallen zijn gebaseerd op onze "
                "begroting en onder voorbehoud van goedkeuring door onze Raad van Commissarissen." % year))
    for sec, bids in D.BOD:
        d.heading(sec, size=10.5, before=4, after=2, font=BOLD)
        for key, title, text, frame in bids:
            tk = toks(title + ".", BOLD) + toks(text)
            page = d.para(tk)
            gold.append({"key": key, "number": None, "section": "Ons bod voor %d > %s" % (year, sec), "party": None,
                         "theme": D.THEMES[key][0], "themes": D.THEMES[key], "page": page, "text": text,
                         "trekker": None, "planning": None, "attributes": {"titel": title}, "frame": frame})
    d.heading("Tot slot", size=11.5)
    d.para(toks("Wij zijn ons ervan bewust dat dit bod op onderdelen achterblijft bij de ambities uit de woonvisie. "
                "Wij gaan daarover graag met u en met De Kandelaar in gesprek. Onze meerjarenbegroting, de "
                "portefeuillestrategie en het overzicht van geplande projecten treft u in de bijlagen aan."))
    d.para(toks("Met vriendelijke groet,"), after=30)
    d.para(toks("ir. J.P. Brandhof"), after=0)
    d.para(toks("directeur-bestuurder Woonstichting Elzenwaard"))
    d.space(10)
    d.para(toks("Bijlagen: meerjarenbegroting %d-%d; portefeuillestrategie; projectenoverzicht nieuwbouw." %
                (year, year + 9), ITAL), size=9, leading=12)
    pdf = os.path.join(OUT, "pdf", doc_id + ".pdf")
    d.render(pdf, "Bod Woonstichting Elzenwaard %d-%d" % (year, year + 4))
    meta = {"id": doc_id, "family": FAM, "type": "bod", "year": year, "years": list(range(year, year + 5)),
            "gemeente": D.GEMEENTE, "gemeenten": [D.GEMEENTE], "corporaties": [D.CORP],
            "huurdersorganisaties": [D.HO], "pages": len(d.pages), "layout": "bod-letter-bold-titles"}
    return doc_id, {"document": meta, "afspraken": gold}


# ------------------------------------------------------------------ pairs
def pair(old_id, old_gold, new_id, new_gold, ann):
    ok = [a["key"] for a in old_gold["afspraken"]]
    nk = [a["key"] for a in new_gold["afspraken"]]
    links = []
    for k in ok:
        st, kinds, hn = ann[k]
        if st == "dropped":
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        else:
            assert k in nk, k
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
    for k in nk:
        if k not in ok:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    return {"old": old_id, "new": new_id, "links": links}


def write(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    i25, g25 = agreement(2025, D.CH25, D.A25, D.COM25)
    i26, g26 = agreement(2026, D.CH26, D.A26, D.COM26)
    ib, gb = bod(2026)
    for i, g in ((i25, g25), (i26, g26), (ib, gb)):
        write(os.path.join(OUT, "gold", i + ".json"), g)
    write(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (i25, i26)), pair(i25, g25, i26, g26, D.PAIR_Y))
    write(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (ib, i26)), pair(ib, gb, i26, g26, D.PAIR_B))
    for i, g in ((i25, g25), (i26, g26), (ib, gb)):
        print(i, g["document"]["pages"], "pages", len(g["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
