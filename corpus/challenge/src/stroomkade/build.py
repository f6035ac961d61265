# -*- coding: utf-8 -*-
"""Build the stroomkade family: two yearly bundles of bilateral prestatieafspraken and the bod of Rivierzoom.

Usage: python build.py [outdir]   (default: corpus/challenge/test)
"""
import json
import os
import sys

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, Flowable)

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "test"))
FAMILY = "stroomkade"
LAYOUT = "bundel-bilateraal"
YEARS = [2025, 2026]
BOD_YEAR = 2026
SIGN_DATE = {2025: "11 december 2024", 2026: "10 december 2025"}
BOD_DATE = "26 juni 2025"

W, H = A4
ML, MR, MT, MB = 2.3 * cm, 2.3 * cm, 2.6 * cm, 2.4 * cm

S_BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY,
                        spaceAfter=6)
S_INTRO = ParagraphStyle("intro", parent=S_BODY, keepWithNext=1)
S_ITEM = ParagraphStyle("item", fontName="Helvetica", fontSize=10, leading=13.5)
S_NUM = ParagraphStyle("num", fontName="Helvetica-Bold", fontSize=10, leading=13.5)
S_H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=4, spaceAfter=10,
                      textColor="#12466b")
S_H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=10, spaceAfter=6,
                      textColor="#12466b", keepWithNext=1)
S_H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4, keepWithNext=1)
S_COVER = ParagraphStyle("cover", fontName="Helvetica-Bold", fontSize=26, leading=32, textColor="#12466b")
S_COVER2 = ParagraphStyle("cover2", fontName="Helvetica", fontSize=13, leading=18)
S_SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Marker(Flowable):
    """Zero-size flowable that sets the running header and records TOC pages."""

    def __init__(self, header=None, toc=None):
        Flowable.__init__(self)
        self.header, self.toc = header, toc

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


class Doc(BaseDocTemplate):
    def __init__(self, path, title, footer_left, total, **kw):
        BaseDocTemplate.__init__(self, path, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                                 bottomMargin=MB, invariant=1, title=title, author="Gemeente Stroomkade",
                                 creator="stroomkade build", **kw)
        self.footer_left, self.total = footer_left, total
        self.header = ""
        self.pages_of = {}
        self.toc_pages = {}
        fr = Frame(ML, MB, W - ML - MR, H - MT - MB, id="f", leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="p", frames=[fr], onPageEnd=self.decorate)])

    def afterFlowable(self, fl):
        if isinstance(fl, Marker):
            if fl.header is not None:
                self.header = fl.header
            if fl.toc is not None:
                self.toc_pages.setdefault(fl.toc, self.page)
        key = getattr(fl, "_gold_key", None)
        if key and key not in self.pages_of:
            self.pages_of[key] = self.page

    def decorate(self, canv, doc):
        canv.saveState()
        n = doc.page
        if n > 1 and self.header:
            canv.setFont("Helvetica-Oblique", 8.5)
            canv.setFillColor("#555555")
            canv.drawString(ML, H - 1.5 * cm, self.header)
            canv.setStrokeColor("#12466b")
            canv.setLineWidth(0.6)
            canv.line(ML, H - 1.65 * cm, W - MR, H - 1.65 * cm)
        canv.setFont("Helvetica", 8.5)
        canv.setFillColor("#555555")
        canv.drawString(ML, 1.3 * cm, self.footer_left)
        canv.drawRightString(W - MR, 1.3 * cm, "Pagina %d van %d" % (n, self.total or 0))
        canv.restoreState()


def item(num, text, key):
    t = Table([[Paragraph(esc(num), S_NUM), Paragraph(esc(text), S_ITEM)]], colWidths=[1.3 * cm, W - ML - MR - 1.3 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    t._gold_key = key
    return t


def version(versions, year):
    v = versions.get(year)
    if v == "same":
        return version(versions, year - 1)
    return v


def signature_block(story, place, date, signatories, lead="Aldus overeengekomen en ondertekend te %s op %s."):
    story.append(Paragraph(esc(lead % (place, date)), S_BODY))
    story.append(Spacer(1, 6))
    rows = []
    for org, name, fn in signatories:
        rows.append([Paragraph("<b>%s</b>" % esc(org), S_SMALL),
                     Paragraph("%s<br/>%s<br/><br/>............................................" % (esc(name), esc(fn)),
                               S_SMALL)])
    t = Table(rows, colWidths=[7 * cm, W - ML - MR - 7 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(t)


# ------------------------------------------------------------------ bundle
def bundle_story(year, toc_pages):
    story, gold = [], []
    story.append(Spacer(1, 3.5 * cm))
    story.append(Paragraph("Prestatieafspraken %d" % year, S_COVER))
    story.append(Spacer(1, 8))
    story.append(Paragraph("Gemeente Stroomkade", S_COVER2))
    story.append(Spacer(1, 18))
    story.append(Paragraph("Bundel van de bilaterale prestatieafspraken van de gemeente Stroomkade met", S_BODY))
    for line in ["Stichting Wooncompagnie Rivierzoom en Huurdersvereniging De Zoom (deel 1)",
                 "Woningbouwvereniging Veerhaven en Huurdersraad Veerhaven (deel 2)"]:
        story.append(Paragraph("– " + esc(line), S_BODY))
    story.append(Spacer(1, 12))
    story.append(Paragraph("met een gezamenlijk hoofdstuk dat alle vijf partijen ondertekenen", S_BODY))
    story.append(Spacer(1, 5 * cm))
    story.append(Paragraph("Vastgesteld in het bestuurlijk overleg wonen van %s" % SIGN_DATE[year], S_SMALL))
    story.append(PageBreak())

    story.append(Marker(header="Prestatieafspraken %d | Gemeente Stroomkade" % year))
    story.append(Paragraph("Inhoud", S_H1))
    toc = [("Leeswijzer", "lees"), (C.SHARED_TITLE, "shared"), (C.PART1["title"], "p1"), (C.PART2["title"], "p2")]
    rows = [[Paragraph(esc(t), S_ITEM), Paragraph(str(toc_pages.get(k, "")), S_ITEM)] for t, k in toc]
    tt = Table(rows, colWidths=[W - ML - MR - 1.5 * cm, 1.5 * cm])
    tt.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    story.append(tt)
    story.append(Spacer(1, 14))
    story.append(Marker(toc="lees"))
    story.append(Paragraph("Leeswijzer", S_H2))
    story.append(Paragraph(
        "In Stroomkade zijn twee woningcorporaties actief. De gemeente maakt met elk van hen en met de "
        "bijbehorende huurdersorganisatie eigen prestatieafspraken. Om de raad en de inwoners één overzicht te "
        "geven, zijn de afspraken voor %d in deze bundel samengebracht." % year, S_BODY))
    story.append(Paragraph(
        "Hoofdstuk A bevat de afspraken die alle partijen samen maken. Deel 1 bevat de afspraken met Rivierzoom en "
        "De Zoom, deel 2 de afspraken met Veerhaven en de Huurdersraad. De afspraken zijn per deel genummerd; de "
        "basis voor alle afspraken is de woonvisie van de gemeente.", S_BODY))
    story.append(Paragraph(
        "De afspraken gelden van 1 januari tot en met 31 december %d. Waar een afspraak een periode van meerdere "
        "jaren noemt, wordt de voortgang jaarlijks in de bundel bijgesteld." % year, S_BODY))

    story.append(Marker(toc="shared"))
    story.append(Paragraph("A. " + C.SHARED_TITLE, S_H2))
    story.append(Paragraph(esc(C.SHARED_INTRO[year]), S_BODY))
    n = 0
    for key, themes, versions in C.SHARED_ITEMS:
        v = version(versions, year)
        if not v:
            continue
        n += 1
        num = "A%d" % n
        story.append(item(num, v[0], key))
        gold.append(dict(key=key, number=num, section=C.SHARED_TITLE, party=C.SHARED, themes=themes,
                         text=v[0], frame=v[1]))
    story.append(Spacer(1, 6))
    story.append(Paragraph(
        "De afspraken in dit hoofdstuk worden door alle partijen ondertekend; de handtekeningen staan onder deel 1 "
        "en deel 2.", S_SMALL))

    for pk, part, items in (("p1", C.PART1, C.PART1_ITEMS), ("p2", C.PART2, C.PART2_ITEMS)):
        story.append(PageBreak())
        story.append(Marker(header="%s | %d" % (part["header"], year), toc=pk))
        story.append(Paragraph(esc(part["title"].split(" ", 2)[0] + " " + part["title"].split(" ", 2)[1]), S_H3))
        story.append(Paragraph(esc(part["title"].split(" ", 2)[2] + " %d" % year), S_H1))
        story.append(Paragraph("Partijen", S_H2))
        for i, p in enumerate(part["partijen"], 1):
            story.append(Table([[Paragraph("%d." % i, S_ITEM), Paragraph(esc(p), S_ITEM)]],
                               colWidths=[0.8 * cm, W - ML - MR - 0.8 * cm],
                               style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(Spacer(1, 6))
        story.append(Paragraph("Overwegende dat", S_H3))
        story.append(Paragraph(esc(part["context"][year]), S_BODY))
        story.append(Paragraph(
            "spreken partijen het volgende af voor het jaar %d:" % year, S_BODY))
        for ci, (ctitle, intro) in enumerate(part["chapters"]):
            its = [(k, th, version(vs, year)) for k, cj, th, vs in items if cj == ci and version(vs, year)]
            if not its:
                continue
            story.append(Paragraph("%d %s" % (ci + 1, esc(ctitle)), S_H2))
            if intro:
                story.append(Paragraph(esc(intro), S_INTRO))
            for j, (k, th, v) in enumerate(its, 1):
                num = "%d.%d" % (ci + 1, j)
                story.append(item(num, v[0], k))
                gold.append(dict(key=k, number=num, section="%s > %s" % (part["title"], ctitle),
                                 party=part["party"], themes=th, text=v[0], frame=v[1]))
        story.append(Spacer(1, 10))
        story.append(Paragraph("Ondertekening", S_H2))
        signature_block(story, "Stroomkade", SIGN_DATE[year], part["signatories"])
    return story, gold


# ------------------------------------------------------------------ bod
def bod_story(toc_pages):
    story, gold = [], []
    story.append(Marker(header="Wooncompagnie Rivierzoom | Bod %d aan de gemeente Stroomkade" % BOD_YEAR))
    story.append(Paragraph("Wooncompagnie Rivierzoom", S_COVER))
    story.append(Paragraph("Postbus 410, 3090 AK Stroomkade · info@rivierzoom.example", S_SMALL))
    story.append(Spacer(1, 1.2 * cm))
    for l in ["Aan het college van burgemeester en wethouders", "van de gemeente Stroomkade",
              "t.a.v. de wethouder Wonen", "Postbus 1", "3090 AA Stroomkade"]:
        story.append(Paragraph(esc(l), S_ITEM))
    story.append(Spacer(1, 0.8 * cm))
    meta = [["Datum", BOD_DATE], ["Ons kenmerk", "RZ/BS/25-117"], ["Betreft", "Bod %d op de woonvisie" % BOD_YEAR]]
    mt = Table([[Paragraph(a, S_SMALL), Paragraph(esc(b), S_SMALL)] for a, b in meta],
               colWidths=[3 * cm, 10 * cm], style=[("LEFTPADDING", (0, 0), (-1, -1), 0)])
    story.append(mt)
    story.append(Spacer(1, 0.6 * cm))
    story.append(Paragraph("Geachte college,", S_BODY))
    for p in C.BOD_INTRO:
        story.append(Paragraph(esc(p), S_BODY))
    for hi, heading in enumerate(C.BOD_HEADINGS):
        story.append(Paragraph(esc(heading), S_H3))
        n = 0
        for key, hj, themes, text, frame in C.BOD_ITEMS:
            if hj != hi:
                continue
            n += 1
            story.append(item("%d." % n, text, key))
            gold.append(dict(key=key, number=str(n), section=heading, party=C.RZ, themes=themes, text=text,
                             frame=frame))
    story.append(Spacer(1, 6))
    story.append(Paragraph(
        "De financiële onderbouwing van dit bod vindt u in de bijlage. Wij gaan graag met u en met De Zoom in gesprek "
        "om dit bod in het najaar om te zetten in prestatieafspraken voor %d." % BOD_YEAR, S_BODY))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Met vriendelijke groet,", S_BODY))
    story.append(Paragraph("Stichting Wooncompagnie Rivierzoom", S_BODY))
    story.append(Spacer(1, 0.8 * cm))
    story.append(Paragraph("ir. H. Kolkman<br/>directeur-bestuurder", S_BODY))
    story.append(Spacer(1, 0.4 * cm))
    story.append(Paragraph("Bijlage: financiële doorrekening bod %d<br/>Afschrift: Huurdersvereniging De Zoom" % BOD_YEAR,
                           S_SMALL))
    return story, gold


# ------------------------------------------------------------------ render
def render(path, make_story, title, footer):
    # pass 1: pages and TOC; pass 2: final with totals
    doc = Doc(path, title, footer, 0)
    story, _ = make_story({})
    doc.build(story)
    total, toc = doc.page, dict(doc.toc_pages)
    for _ in range(2):
        doc = Doc(path, title, footer, total)
        story, gold = make_story(toc)
        doc.build(story)
        if doc.page == total and doc.toc_pages == toc:
            break
        total, toc = doc.page, dict(doc.toc_pages)
    return gold, doc.pages_of, doc.page


def finish(gold, pages_of):
    out = []
    for g in gold:
        out.append({"key": g["key"], "number": g["number"].rstrip("."), "section": g["section"],
                    "party": g["party"], "theme": g["themes"][0], "themes": g["themes"],
                    "page": pages_of[g["key"]], "text": g["text"], "trekker": None, "planning": None,
                    "attributes": {}, "frame": g["frame"]})
    return out


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def pair(old_id, new_id, old_keys, new_keys, table):
    links = []
    for k in old_keys:
        if k in new_keys:
            st, kinds, hn = table[k]
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for k in new_keys:
        if k not in old_keys:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    return {"old": old_id, "new": new_id, "links": links}


def main(out):
    os.makedirs(os.path.join(out, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(out, "gold", "pairs"), exist_ok=True)
    docs = {}
    base = {"family": FAMILY, "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "layout": LAYOUT}
    for year in YEARS:
        did = "%s-%d" % (FAMILY, year)
        gold, pages_of, npages = render(os.path.join(out, "pdf", did + ".pdf"), lambda t, y=year: bundle_story(y, t),
                                        "Prestatieafspraken %d gemeente Stroomkade" % year,
                                        "Prestatieafspraken %d – gemeente Stroomkade" % year)
        doc = dict(id=did, type="prestatieafspraken", year=year, years=[year], corporaties=[C.RZ, C.VH],
                   huurdersorganisaties=[C.HZ, C.HV], pages=npages, **base)
        docs[did] = {"document": {k: doc[k] for k in ["id", "family", "type", "year", "years", "gemeente", "gemeenten",
                                                      "corporaties", "huurdersorganisaties", "pages", "layout"]},
                     "afspraken": finish(gold, pages_of)}
    did = "%s-bod-%d" % (FAMILY, BOD_YEAR)
    gold, pages_of, npages = render(os.path.join(out, "pdf", did + ".pdf"), bod_story,
                                    "Bod %d Rivierzoom" % BOD_YEAR, "Rivierzoom – bod %d" % BOD_YEAR)
    doc = dict(id=did, type="bod", year=BOD_YEAR, years=[BOD_YEAR], corporaties=[C.RZ], huurdersorganisaties=[C.HZ],
               pages=npages, **base)
    docs[did] = {"document": {k: doc[k] for k in ["id", "family", "type", "year", "years", "gemeente", "gemeenten",
                                                  "corporaties", "huurdersorganisaties", "pages", "layout"]},
                 "afspraken": finish(gold, pages_of)}
    for did, g in docs.items():
        write_json(os.path.join(out, "gold", did + ".json"), g)

    def keys(d):
        return [a["key"] for a in docs[d]["afspraken"]]
    pairs = [("stroomkade-2025", "stroomkade-2026", C.LINKS_2526),
             ("stroomkade-bod-2026", "stroomkade-2026", C.LINKS_BOD)]
    for o, n, table in pairs:
        write_json(os.path.join(out, "gold", "pairs", "%s__%s.json" % (o, n)), pair(o, n, keys(o), keys(n), table))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT)
