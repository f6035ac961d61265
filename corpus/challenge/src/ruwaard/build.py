# -*- coding: utf-8 -*-
"""Build the ruwaard family: ruwaard-2025, ruwaard-2026, ruwaard-bod-2026 (PDF + gold JSON + pairs).
Run from /work/main:  .venv/bin/python corpus/challenge/src/ruwaard/build.py"""
import json
import os
import sys
sys.dont_write_bytecode = True

from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, PageBreak,
                                CondPageBreak, Table, TableStyle, NextPageTemplate, Flowable)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAMILY = "ruwaard"
W, H = A4
LM, RM, TM, BM = 72, 72, 72, 72

sty = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, alignment=TA_JUSTIFY,
                           spaceAfter=6),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8,
                         textColor=colors.HexColor("#1f4e79")),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4),
    "atitle": ParagraphStyle("atitle", fontName="Helvetica-Bold", fontSize=10, leading=14, spaceBefore=8,
                             spaceAfter=2, textColor=colors.HexColor("#1f4e79")),
    "atext": ParagraphStyle("atext", fontName="Helvetica", fontSize=10, leading=14, alignment=TA_JUSTIFY,
                            spaceAfter=2, allowOrphans=1, allowWidows=1),
    "uitv": ParagraphStyle("uitv", fontName="Helvetica-Oblique", fontSize=9, leading=12, spaceAfter=4,
                           textColor=colors.HexColor("#444444")),
    "cover1": ParagraphStyle("cover1", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_LEFT),
    "cover2": ParagraphStyle("cover2", fontName="Helvetica", fontSize=14, leading=20, alignment=TA_LEFT),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=17),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11),
}

PAGES = {}


class Marker(Flowable):
    """Zero-size flowable that records the page it lands on."""
    def __init__(self, key):
        Flowable.__init__(self)
        self.key = key

    def wrap(self, aw, ah):
        return (0, 0)

    def draw(self):
        PAGES[self.key] = self.canv.getPageNumber()


def P(text, style="body"):
    return Paragraph(text, sty[style])


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_doc(path, header, footer_fmt, total):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                          invariant=1, title=header, author=C.CORPORATIE)
    frame = Frame(LM, BM, W - LM - RM, H - TM - BM, id="f", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)

    def deco(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(LM, H - 45, header)
        canv.line(LM, H - 50, W - RM, H - 50)
        canv.drawRightString(W - RM, 40, footer_fmt % (canv.getPageNumber(), total))
        canv.restoreState()

    def cover(canv, d):
        pass
    doc.addPageTemplates([PageTemplate(id="cover", frames=[frame], onPage=cover),
                          PageTemplate(id="main", frames=[frame], onPage=deco)])
    return doc


def build_twice(path, header, footer_fmt, story_fn):
    PAGES.clear()
    doc = make_doc(path, header, footer_fmt, "?")
    doc.build(story_fn({}))
    first = dict(PAGES)
    n = doc.page
    PAGES.clear()
    doc = make_doc(path, header, footer_fmt, n)
    doc.build(story_fn(first))
    assert PAGES == first, "page layout changed between passes"
    return n, dict(PAGES)


# ----------------------------------------------------------------------------------------------
# Agreement documents
# ----------------------------------------------------------------------------------------------
INTRO = {
 2025: dict(
  date="12 december 2024",
  aanleiding=[
   "Gemeente Ruwaarde, Woonstichting Kempwaard, Huurdersvereniging Ruwaarde en Bewonersraad Oosterkamp leggen "
   "in dit document de prestatieafspraken voor het jaar 2025 vast. De afspraken vloeien voort uit de Woningwet, "
   "die gemeenten, corporaties en huurdersorganisaties vraagt om jaarlijks gezamenlijk vast te leggen welke "
   "bijdrage de corporatie levert aan het lokale volkshuisvestingsbeleid.",
   "Basis voor de afspraken zijn de woonvisie Thuis in Ruwaarde 2023-2030, die de gemeenteraad in maart 2023 "
   "heeft vastgesteld, het bod dat Kempwaard op 27 juni 2024 heeft uitgebracht en de regionale woondeal Maas "
   "en Heide. Ook de Nationale Prestatieafspraken tussen het Rijk, Aedes, de Woonbond en de VNG vormen een "
   "belangrijk kader, onder meer voor de uitfasering van slechte energielabels en de betaalbaarheid van de huren."],
  terugblik=[
   "In 2024 heeft Kempwaard 52 sociale huurwoningen opgeleverd, waarvan 36 in het project Molenakker-West. "
   "Er werden 168 woningen met een E-, F- of G-label verbeterd en 310 woningen kregen zonnepanelen. Het aantal "
   "ontruimingen wegens huurachterstand daalde van zeven in 2023 naar drie. De gemiddelde inschrijfduur van "
   "woningzoekenden liep daarentegen op tot 5,4 jaar.",
   "Niet alle afspraken uit 2024 zijn gerealiseerd. De oplevering van Kerkstraat-Zuid schoof door naar 2025 "
   "en het wijkuitvoeringsplan voor Oosterkamp-Noord is nog niet vastgesteld. Partijen hebben deze punten in "
   "de voorliggende afspraken opnieuw opgenomen. De overige afspraken zijn volgens planning uitgevoerd of "
   "lopen door in 2025."],
  kern=[("Kerncijfer", "2023", "2024"), ("Woningen Kempwaard in Ruwaarde", "5.182", "5.219"),
        ("Sociale huurwoningen opgeleverd", "41", "52"), ("Gemiddelde inschrijfduur (jaar)", "5,1", "5,4"),
        ("Woningen met label E, F of G", "368", "200"), ("Ontruimingen wegens huurachterstand", "7", "3"),
        ("Huurdersoordeel reparaties", "7,2", "7,4")],
  sign_place="Ruwaarde", years=[2024, 2025]),
 2026: dict(
  date="11 december 2025",
  aanleiding=[
   "Met dit document leggen Gemeente Ruwaarde, Woonstichting Kempwaard, Huurdersvereniging Ruwaarde en "
   "Bewonersraad Oosterkamp de prestatieafspraken voor 2026 vast. Zoals de Woningwet voorschrijft, zijn de "
   "afspraken in gelijkwaardig overleg tussen de drie partijen tot stand gekomen.",
   "De afspraken bouwen voort op de woonvisie Thuis in Ruwaarde 2023-2030, op het bod dat Kempwaard op 26 juni "
   "2025 aan de gemeente heeft aangeboden en op de regionale woondeal Maas en Heide. In 2025 is de woonvisie "
   "tussentijds geëvalueerd; de uitkomsten daarvan zijn in deze afspraken verwerkt."],
  terugblik=[
   "In 2025 heeft Kempwaard 43 sociale huurwoningen opgeleverd; twee woningen in Kerkstraat-Zuid werden door "
   "vertraging bij de aannemer pas in januari 2026 opgeleverd. Er zijn 140 woningen met een slecht label "
   "verbeterd, waardoor nog 60 woningen resteren. De zonnepanelenactie bereikte 231 woningen. Het aantal "
   "ontruimingen wegens huurachterstand bleef met vier onder de afgesproken grens.",
   "De evaluatie van het tripartiete overleg is in november 2025 afgerond. Het wijkuitvoeringsplan voor "
   "Oosterkamp-Noord kon niet worden vastgesteld, omdat de businesscase van het warmtenet nog niet sluitend is."],
  kern=[("Kerncijfer", "2024", "2025"), ("Woningen Kempwaard in Ruwaarde", "5.219", "5.247"),
        ("Sociale huurwoningen opgeleverd", "52", "43"), ("Gemiddelde inschrijfduur (jaar)", "5,4", "5,3"),
        ("Woningen met label E, F of G", "200", "60"), ("Ontruimingen wegens huurachterstand", "3", "4"),
        ("Huurdersoordeel reparaties", "7,4", "7,6")],
  sign_place="Ruwaarde", years=[2025, 2026]),
}

SIGN = [("Gemeente Ruwaarde", "mw. drs. H.M. Verlinden", "wethouder Wonen"),
        ("Woonstichting Kempwaard", "dhr. ir. P.J. Oudenhoven", "directeur-bestuurder"),
        ("Huurdersvereniging Ruwaarde", "mw. A. Bakkerus", "voorzitter"),
        ("Bewonersraad Oosterkamp", "dhr. R. Tjalsma", "voorzitter")]


def agreement_story(year, chapters, pages_prev):
    info = INTRO[year]
    prev = year - 1

    def pg(k):
        return str(pages_prev.get(k, 0))

    s = []
    # cover
    s += [NextPageTemplate("main"), Spacer(1, 150), P("Prestatieafspraken %d" % year, "cover1"), Spacer(1, 16),
          P("Gemeente Ruwaarde", "cover2"), P("Woonstichting Kempwaard", "cover2"),
          P("Huurdersvereniging Ruwaarde", "cover2"), P("Bewonersraad Oosterkamp", "cover2"), Spacer(1, 40),
          P("Definitieve versie, %s" % info["date"], "cover2"), PageBreak()]
    # toc
    toc = [("1", "Inleiding")] + [(n, t) for n, t, _, _ in chapters] + [("7", "Ondertekening"), ("", "Bijlagen")]
    s.append(P("Inhoudsopgave", "h1"))
    rows = [[n, t, pg("ch" + (n or "bijl"))] for n, t in toc]
    tbl = Table(rows, colWidths=[30, 330, 40])
    tbl.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10.5), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [tbl, PageBreak()]
    # 1 Inleiding
    s += [Marker("ch1"), P("1 Inleiding", "h1"), P("1.1 Aanleiding en beleidskader", "h2")]
    s += [P(t) for t in info["aanleiding"]]
    s += [P("1.2 Terugblik op %d" % prev, "h2")] + [P(t) for t in info["terugblik"]]
    kt = Table(info["kern"], colWidths=[250, 80, 80])
    kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0"))]))
    s += [Spacer(1, 4), kt, P("Tabel 1. Kerncijfers Kempwaard in Ruwaarde (bron: jaarverslag en monitor).", "small"),
          Spacer(1, 8)]
    s += [P("1.3 Leeswijzer", "h2"),
          P("De afspraken zijn per thema geordend in de hoofdstukken 2 tot en met 6. Elk hoofdstuk begint met een "
            "korte schets van de opgave; daarna volgen de afspraken. Iedere afspraak heeft een nummer en een "
            "korte titel. Onder de afspraak is vermeld welke partij de uitvoering trekt en wanneer de afspraak "
            "gereed moet zijn. Hoofdstuk 7 bevat de ondertekening; de bijlagen geven het nieuwbouwprogramma en "
            "een overzicht van begrippen.")]
    gold = []
    for num, title, ctx, items in chapters:
        s += [CondPageBreak(120), Marker("ch" + num), P("%s %s" % (num, title), "h1"), P(ctx)]
        for i, a in enumerate(items, 1):
            number = "%s.%d" % (num, i)
            s += [CondPageBreak(38), Marker(a["key"]),
                  P("Afspraak %s – %s" % (number, esc(a["title"])), "atitle"), P(esc(a["text"]), "atext"),
                  P("Uitvoering: trekker %s, gereed %s" % (a["trekker"], a["planning"]), "uitv")]
            gold.append(dict(a, number=number, section="%s %s" % (num, title)))
        if num == "6":
            s += [P("Overige bepalingen", "h2"),
                  P("Looptijd. Deze afspraken gelden van 1 januari tot en met 31 december %d. Afspraken die een "
                    "langere looptijd hebben, worden bij de volgende jaarschijf opnieuw bezien." % year),
                  P("Wijzigingen. Wanneer omstandigheden daartoe aanleiding geven, kunnen partijen in onderling "
                    "overleg de afspraken tussentijds aanpassen. Een wijziging wordt schriftelijk vastgelegd en "
                    "door alle partijen ondertekend."),
                  P("Geschillen. Partijen lossen meningsverschillen over de uitleg of de uitvoering van deze "
                    "afspraken bij voorkeur in het bestuurlijk overleg op. Lukt dat niet, dan kan elk van de "
                    "partijen het geschil voorleggen aan de minister, zoals bedoeld in artikel 44 van de Woningwet.")]
    # 7 ondertekening
    s += [CondPageBreak(260), Marker("ch7"), P("7 Ondertekening", "h1"),
          P("Aldus overeengekomen en ondertekend te %s op %s." % (info["sign_place"], info["date"])), Spacer(1, 10)]
    rows = [[P("<b>%s</b><br/><br/><br/>%s<br/>%s" % (org, name, fn), "cell")] for org, name, fn in SIGN]
    st = Table([[rows[0][0], rows[1][0]], [rows[2][0], rows[3][0]]], colWidths=[220, 220])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 18)]))
    s += [st, PageBreak(), Marker("chbijl"), P("Bijlagen", "h1"),
          P("Bijlage 1. Nieuwbouwprogramma Kempwaard %d-2028" % year, "h2")]
    prog = [("Project", "Wijk", "Aantal", "Oplevering"), ("Molenakker-Oost", "Molenakker", "64", "2025-2026"),
            ("Kerkstraat-Zuid", "Centrum", "28", "2026"), ("Havenkwartier fase 1", "Havenkwartier", "46", "2027"),
            ("Oude Veiling", "Oosterkamp", "22", "2028")]
    pt = Table(prog, colWidths=[150, 110, 60, 90])
    pt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    s += [pt, Spacer(1, 6), P("Het programma is indicatief; aantallen en jaren kunnen door planprocedures wijzigen.",
                              "small"),
          P("Bijlage 2. Begrippen", "h2"),
          P("<b>Passend toewijzen</b>: toewijzing van een woning met een huur onder de aftoppingsgrens aan een "
            "huishouden met recht op huurtoeslag."),
          P("<b>Mutatie</b>: het moment waarop een huurwoning leegkomt en opnieuw wordt verhuurd."),
          P("<b>Vroegsignalering</b>: het vroegtijdig melden van betalingsachterstanden aan de gemeente, zodat "
            "hulp kan worden aangeboden voordat schulden oplopen.")]
    return s, gold


# ----------------------------------------------------------------------------------------------
# Bod letter
# ----------------------------------------------------------------------------------------------
def bod_story(pages_prev):
    s = [NextPageTemplate("main"),
         P("<b>Woonstichting Kempwaard</b>", "cover2"),
         P("Havenstraat 14, 5431 KW Ruwaarde", "small"), Spacer(1, 24),
         P("Aan het college van burgemeester en wethouders van de gemeente Ruwaarde<br/>Postbus 200<br/>"
           "5430 AE Ruwaarde"), Spacer(1, 12),
         P("Datum: 26 juni 2025<br/>Ons kenmerk: KW/DB/2025-118<br/>Onderwerp: bod 2026 op de woonvisie "
           "Thuis in Ruwaarde"), Spacer(1, 12), P("Geacht college,")]
    gold = []
    section = "Inleiding"
    for it in C.BOD:
        if isinstance(it, tuple):
            kind, txt = it
            if kind == "ctx":
                s.append(P(esc(txt)))
            else:
                section = txt
                s += [CondPageBreak(60), P(esc(txt), "h2")]
        else:
            s += [CondPageBreak(24), Marker(it["key"]),
                  P("<b>%s.</b> %s" % (esc(it["title"]), esc(it["text"])), "atext")]
            gold.append(dict(it, number=None, section=section, trekker=None, planning=None))
    s += [Spacer(1, 6), P("Met vriendelijke groet,"), Spacer(1, 30),
          P("dhr. ir. P.J. Oudenhoven<br/>directeur-bestuurder Woonstichting Kempwaard"), Spacer(1, 12),
          P("Afschrift aan: Huurdersvereniging Ruwaarde en Bewonersraad Oosterkamp", "small")]
    return s, gold


# ----------------------------------------------------------------------------------------------
def gold_doc(doc_id, typ, year, years, npages, layout, items, pages):
    afs = []
    for a in items:
        afs.append({"key": a["key"], "number": a["number"], "section": a["section"], "party": None,
                    "theme": a["theme"], "themes": a["themes"], "page": pages[a["key"]], "text": a["text"],
                    "trekker": a["trekker"], "planning": a["planning"], "attributes": {}, "frame": a["frame"]})
    return {"document": {"id": doc_id, "family": FAMILY, "type": typ, "year": year, "years": years,
                         "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORPORATIE],
                         "huurdersorganisaties": list(C.HUURDERS), "pages": npages, "layout": layout},
            "afspraken": afs}


def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def pair(old_id, new_id, old_items, new_items):
    links = []
    old_keys = [a["key"] for a in old_items]
    new_by = {a["key"]: a for a in new_items}
    old_by = {a["key"]: a for a in old_items}
    for k in old_keys:
        if k not in new_by:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for a in new_items:
        st, kinds, hn = a["chg"]
        if a["key"] not in old_by:
            assert st == "new", a["key"]
            links.append({"old": None, "new": a["key"], "status": "new", "kinds": [], "hard_negative": None})
        else:
            assert st != "new", a["key"]
            same = old_by[a["key"]]["text"] == a["text"]
            assert same == (st == "unchanged"), (a["key"], st)
            links.append({"old": a["key"], "new": a["key"], "status": st, "kinds": kinds, "hard_negative": hn})
    return {"old": old_id, "new": new_id, "links": links}


def bod_pair(bod_items, new_items):
    links = []
    bk = {a["key"] for a in bod_items}
    for b in bod_items:
        st, kinds, hn = b["chg"]
        if st == "dropped":
            links.append({"old": b["key"], "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        else:
            assert b["key"] in {a["key"] for a in new_items}, b["key"]
            links.append({"old": b["key"], "new": b["key"], "status": st, "kinds": kinds, "hard_negative": hn})
    for a in new_items:
        if a["key"] not in bk:
            links.append({"old": None, "new": a["key"], "status": "new", "kinds": [], "hard_negative": None})
    return {"old": "ruwaard-bod-2026", "new": "ruwaard-2026", "links": links}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    golds = {}
    for year, chapters in ((2025, C.Y2025), (2026, C.Y2026)):
        doc_id = "%s-%d" % (FAMILY, year)
        path = os.path.join(OUT, "pdf", doc_id + ".pdf")
        holder = {}

        def fn(prev, year=year, chapters=chapters):
            story, gold = agreement_story(year, chapters, prev)
            holder["gold"] = gold
            return story
        n, pages = build_twice(path, "Prestatieafspraken %d  |  Gemeente Ruwaarde – Woonstichting Kempwaard – "
                                     "huurdersorganisaties" % year, "Pagina %s van %s", fn)
        g = gold_doc(doc_id, "prestatieafspraken", year, [year], n, "afspraak-titel-uitvoering", holder["gold"], pages)
        write_json(os.path.join(OUT, "gold", doc_id + ".json"), g)
        golds[year] = holder["gold"]
    doc_id = "ruwaard-bod-2026"
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    holder = {}

    def fb(prev):
        story, gold = bod_story(prev)
        holder["gold"] = gold
        return story
    n, pages = build_twice(path, "Woonstichting Kempwaard  |  Bod 2026 gemeente Ruwaarde", "pagina %s van %s", fb)
    write_json(os.path.join(OUT, "gold", doc_id + ".json"),
               gold_doc(doc_id, "bod", 2026, [2026], n, "brief-kopjes-inloop", holder["gold"], pages))
    p1 = pair("ruwaard-2025", "ruwaard-2026", golds[2025], golds[2026])
    write_json(os.path.join(OUT, "gold", "pairs", "ruwaard-2025__ruwaard-2026.json"), p1)
    p2 = bod_pair(holder["gold"], golds[2026])
    write_json(os.path.join(OUT, "gold", "pairs", "ruwaard-bod-2026__ruwaard-2026.json"), p2)
    print("built", sorted(os.listdir(os.path.join(OUT, "pdf"))))


if __name__ == "__main__":
    main()
