"""Build the beemsterhout family: 3 wijk-based prestatieafspraken PDFs + gold JSON + pair JSON.
Run from /work/main:  .venv/bin/python corpus/challenge/src/beemsterhout/build.py
"""
import json
import os
import re
import sys

import pdfplumber
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data as D  # noqa: E402

FAM = "beemsterhout"
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
PDF_DIR = os.path.join(OUT, "pdf")
GOLD_DIR = os.path.join(OUT, "gold")
PAIR_DIR = os.path.join(GOLD_DIR, "pairs")

TEAL = colors.HexColor("#1f6f78")
TAGCOL = {"Betaalbaarheid": "#b5522b", "Duurzaamheid": "#3f7d3a", "Leefbaarheid": "#6a4c93",
          "Kwaliteit": "#2b5fa3", "Zorg": "#a3306b", "Proces": "#666666"}
CHCOL = {"ALG": "#1f6f78", "DM": "#d98c1f", "OL": "#4c8c4a", "SZ": "#3a6ea5", "HD": "#9b4d96", "MP": "#777777"}
TAGTHEME = {"Betaalbaarheid": "beschikbaarheid_betaalbaarheid", "Duurzaamheid": "duurzaamheid_klimaat",
            "Leefbaarheid": "leefbaarheid", "Kwaliteit": "kwaliteit", "Zorg": "kwaliteit", "Proces": "overig"}

ST = {
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=10.5, leading=14, spaceAfter=6),
    "afs": ParagraphStyle("afs", fontName="Times-Roman", fontSize=10.5, leading=14),
    "num": ParagraphStyle("num", fontName="Helvetica", fontSize=7.5, leading=14, textColor=colors.HexColor("#8a8a8a")),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=8, keepWithNext=1,
                         textColor=TEAL),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=1),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12),
    "cover1": ParagraphStyle("c1", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_CENTER,
                             textColor=TEAL),
    "cover2": ParagraphStyle("c2", fontName="Helvetica", fontSize=14, leading=20, alignment=TA_CENTER),
}


class Square(Flowable):
    def __init__(self, col, size=2.6 * mm):
        super().__init__()
        self.col, self.size = colors.HexColor(col), size
        self.width = self.height = size

    def draw(self):
        self.canv.setFillColor(self.col)
        self.canv.rect(0, 0, self.size, self.size, stroke=0, fill=1)


def make_canvas(title):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            k["invariant"] = 1
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                if self._pageNumber > 1:
                    self.setFont("Helvetica", 8)
                    self.setFillColor(colors.HexColor("#555555"))
                    self.drawString(20 * mm, 287 * mm, title)
                    self.drawRightString(190 * mm, 287 * mm, "Gemeente Beemsterhout | Hofstede Wonen | "
                                         "Lindewaard Wonen | De Samenhang")
                    self.setStrokeColor(TEAL)
                    self.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
                    self.drawCentredString(105 * mm, 12 * mm, "Pagina %d van %d" % (self._pageNumber, n))
                super().showPage()
            super().save()
    return NumberedCanvas


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def items_for(year):
    """Return ordered list of (chapter, item) for the year."""
    out = {c: [] for c in D.CHAPTERS}
    for idx, a in enumerate(D.A):
        if year not in a["v"]:
            continue
        ch = a["chy"].get(year, a["ch"])
        out[ch].append((a["pos"].get(year, 100 + idx), a))
    return {c: [a for _, a in sorted(v, key=lambda t: t[0])] for c, v in out.items()}


def version(a, year):
    ys = sorted(y for y in a["v"] if y <= year)
    for y in reversed(ys):
        if a["v"][y] != D.SAME:
            return a["v"][y]
    raise ValueError(a["key"])


def afs_row(num, text, tag, ch):
    p = Paragraph(esc(text) + ' <font name="Helvetica-Oblique" color="%s">[%s]</font>' % (TAGCOL[tag], tag),
                  ST["afs"])
    t = Table([[Paragraph(num, ST["num"]), Square(CHCOL[ch]), p]], colWidths=[16 * mm, 6 * mm, 148 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (1, 0), (1, 0), 3.2)]))
    return t


def ruled_box(year, ch):
    w, s, lb = D.WIJK[ch]["fig"][year]
    data = [["Woningen (totaal)", "Aandeel sociale huur", "Leefbaarometer (%d)" % (year - 1)], [w, s, lb]]
    t = Table(data, colWidths=[56 * mm, 56 * mm, 56 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("FONT", (0, 1), (-1, 1), "Helvetica", 11),
                           ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(CHCOL[ch])),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.HexColor(CHCOL[ch])),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2f2f2")),
                           ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return t


def P(txt, st="body"):
    return Paragraph(txt, ST[st])


def build_doc(year):
    doc_id = "%s-%d" % (FAM, year)
    title = "Prestatieafspraken Beemsterhout %d" % year
    items = items_for(year)
    story = []
    # cover
    story += [Spacer(1, 55 * mm), P("Wijkgerichte prestatieafspraken", "cover2"), Spacer(1, 4 * mm),
              P("Beemsterhout %d" % year, "cover1"), Spacer(1, 16 * mm),
              P("Gemeente Beemsterhout<br/>Hofstede Wonen<br/>Lindewaard Wonen<br/>Huurdersvereniging De Samenhang",
                "cover2"), Spacer(1, 30 * mm),
              P("Vastgesteld in het bestuurlijk overleg van %d december %d" % ({2025: 11, 2026: 10, 2027: 9}[year],
                                                                               year - 1), "cover2"),
              PageBreak()]
    # leeswijzer + inhoud
    story += [P("Leeswijzer", "h1"),
              P("Deze prestatieafspraken zijn voor het eerst in %s per wijk en kern geordend. Na een korte inleiding "
                "en een terugblik volgen in hoofdstuk 0 de afspraken die voor de hele gemeente gelden. De hoofdstukken "
                "1 tot en met 4 beschrijven per wijk of kern eerst enkele kerncijfers en de opgave, gevolgd door de "
                "afspraken. Elke afspraak heeft een nummer met de letters van de wijk en een thema-aanduiding tussen "
                "rechte haken, zodat de afspraken ook per thema terug te vinden zijn. Hoofdstuk 5 gaat over monitoring "
                "en proces." % ("2025" if year == 2025 else "navolging van 2025")),
              P("Inhoud", "h2")]
    toc = [["Inleiding en beleidskader"], ["Terugblik op %d" % (year - 1)]] + \
          [[D.CHAPTERS[c][1][year]] for c in D.CHAPTERS] + [["Slotbepalingen en ondertekening"], ["Bijlagen"]]
    tt = Table(toc, colWidths=[150 * mm])
    tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc"))]))
    story += [tt, Spacer(1, 6 * mm)]
    # inleiding
    story += [P("Inleiding en beleidskader", "h1"),
              P("De gemeente Beemsterhout, Hofstede Wonen, Lindewaard Wonen en Huurdersvereniging De Samenhang maken "
                "jaarlijks prestatieafspraken op grond van de Woningwet. De afspraken geven invulling aan de woonvisie "
                "'Thuis in Beemsterhout 2023-2030', die de gemeenteraad in 2023 heeft vastgesteld, en sluiten aan op "
                "de regionale woondeal en de Nationale Prestatieafspraken die het Rijk met de corporatiesector en de "
                "huurders heeft gemaakt. De opgave is groot: de wachttijd voor een sociale huurwoning is opgelopen en "
                "een deel van de woningvoorraad moet nog worden verduurzaamd."),
              P("Omdat de opgaven per wijk sterk verschillen, kiezen partijen voor een wijkgerichte indeling. Daarmee "
                "sluiten de afspraken aan op de wijkprogramma's van de gemeente en op de manier waarop de corporaties "
                "hun bezit beheren. Thema's als betaalbaarheid, duurzaamheid en leefbaarheid komen in elke wijk terug, "
                "maar krijgen daar een eigen invulling.")]
    kc = {2025: ("4.150", "3,9 jaar", "1,2%", "48"), 2026: ("4.172", "4,2 jaar", "1,1%", "46"),
          2027: ("4.236", "4,4 jaar", "1,0%", "52")}[year]
    kt = Table([["Kerncijfers (peildatum 1 januari %d)" % year, ""],
                ["Sociale huurwoningen Hofstede Wonen en Lindewaard Wonen", kc[0]],
                ["Gemiddelde inschrijfduur bij toewijzing", kc[1]],
                ["Huishoudens met huurachterstand langer dan drie maanden", kc[2]],
                ["Gehuisveste vergunninghouders in het afgelopen jaar", kc[3]]], colWidths=[120 * mm, 40 * mm])
    kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("SPAN", (0, 0), (1, 0)),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4f0f1"))]))
    story += [kt, Spacer(1, 4 * mm)]
    # terugblik
    tb = {2025: ("In 2024 zijn 71 sociale huurwoningen opgeleverd, waarvan 38 in Spoorzicht. Hofstede Wonen heeft 112 "
                 "woningen in De Meent geïsoleerd en Lindewaard Wonen heeft 35 woningen verkocht. Het aantal "
                 "huisuitzettingen daalde van vijf naar twee."),
          2026: ("In 2025 zijn 84 sociale huurwoningen opgeleverd. De renovatie van complex Akkerhof liep vertraging "
                 "op doordat de aannemer failliet ging; 56 van de 96 woningen waren eind 2025 gereed. De energiecoaches "
                 "bezochten 231 huishoudens. De bouw in plan Stationskwartier is niet gestart omdat de "
                 "omgevingsvergunning later werd verleend dan verwacht."),
          2027: ("In 2026 werden 93 sociale huurwoningen opgeleverd en is de renovatie van complex Akkerhof afgerond. "
                 "De bouw in plan Stationskwartier is in maart 2026 gestart. In Hazeldonk-Noord waren eind 2026 28 van "
                 "de 48 woningen verduurzaamd. De evaluatie van de wijkgerichte werkwijze heeft in het najaar "
                 "plaatsgevonden; de bewonerscommissies waren overwegend positief.")}[year]
    story += [P("Terugblik op %d" % (year - 1), "h1"), P(tb),
              P("De monitor over %d is als bijlage 1 bij deze afspraken gevoegd. Afspraken die in %d niet volledig "
                "zijn uitgevoerd, zijn waar nodig opnieuw in dit document opgenomen." % (year - 1, year - 1)),
              PageBreak()]
    # chapters
    records = []
    for ch, (prefix, titles) in D.CHAPTERS.items():
        sec = titles[year]
        story.append(P(sec, "h1"))
        if ch == "ALG":
            story.append(P("De afspraken in dit hoofdstuk gelden voor alle wijken en kernen van Beemsterhout en voor "
                           "het bezit van beide corporaties."))
        elif ch == "MP":
            story.append(P("Partijen leggen hieronder vast hoe zij de uitvoering van de afspraken volgen en hoe de "
                           "samenwerking is ingericht."))
        else:
            story += [ruled_box(year, ch), Spacer(1, 3 * mm), P(D.WIJK[ch]["ctx"])]
            if ch == "OL" and year == 2027:
                story.append(P("Met ingang van %d vallen ook de buurtschappen Zandweg en Polderend onder dit "
                               "hoofdstuk; de kerncijfers zijn daarop aangepast." % year))
            story.append(P("Afspraken", "h2"))
        for i, a in enumerate(items[ch], 1):
            num = "%s%d" % (prefix, i)
            text, frame = version(a, year)
            story.append(afs_row(num, text, a["tag"], ch))
            records.append(dict(a=a, num=num, sec=sec, text=text, frame=frame))
        story.append(Spacer(1, 4 * mm))
    # slot
    story += [P("Slotbepalingen en ondertekening", "h1"),
              P("Deze afspraken gelden van 1 januari tot en met 31 december %d. Wanneer omstandigheden daartoe "
                "aanleiding geven, kunnen partijen in het bestuurlijk overleg in onderling overleg wijzigingen "
                "aanbrengen; wijzigingen worden schriftelijk vastgelegd. Komen partijen over de uitvoering niet tot "
                "overeenstemming, dan kan ieder van hen het geschil voorleggen aan de adviescommissie "
                "geschillen prestatieafspraken, zoals de Woningwet voorziet." % year),
              P("Aldus overeengekomen en ondertekend te Beemsterhout op %d december %d." % (
                  {2025: 11, 2026: 10, 2027: 9}[year], year - 1))]
    sig = Table([["Gemeente Beemsterhout", "Hofstede Wonen"],
                 ["", ""],
                 ["M.A. (Marieke) Oosterbaan", "drs. J.P. (Joost) van der Velde"],
                 ["wethouder Wonen", "directeur-bestuurder"],
                 ["Lindewaard Wonen", "Huurdersvereniging De Samenhang"],
                 ["", ""],
                 ["ir. H. (Hanneke) Brouwer", "G. (Gerrit) Schoonhoven"],
                 ["bestuurder", "voorzitter"]], colWidths=[85 * mm, 85 * mm], rowHeights=[14, 26, 14, 14] * 2)
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                             ("FONT", (0, 4), (-1, 4), "Helvetica-Bold", 9.5)]))
    story += [KeepTogether([sig]), Spacer(1, 6 * mm), P("Bijlagen", "h1"),
              P("Bijlage 1 Monitor prestatieafspraken %d (stand per 1 november)<br/>"
                "Bijlage 2 Nieuwbouwprogramma sociale huur %d-2028 per project<br/>"
                "Bijlage 3 Wijkprofielen en leefbaarometer<br/>"
                "Bijlage 4 Begrippenlijst" % (year - 1, year))]
    path = os.path.join(PDF_DIR, doc_id + ".pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title=title, author="Gemeente Beemsterhout", invariant=1)
    doc.build(story, canvasmaker=make_canvas(title))
    return doc_id, path, records


def norm(s):
    s = re.sub(r"-\n(?=\w)", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    os.makedirs(PAIR_DIR, exist_ok=True)
    for year in D.YEARS:
        doc_id, path, records = build_doc(year)
        with pdfplumber.open(path) as pdf:
            pages = [norm(p.extract_text() or "") for p in pdf.pages]
        afs = []
        for r in records:
            t = norm(r["text"])
            pg = [i + 1 for i, p in enumerate(pages) if t in p]
            assert pg, (doc_id, r["a"]["key"])
            a, fr = r["a"], r["frame"]
            for c in fr["conditions"]:
                assert c in t, (a["key"], c)
            if fr["deadline"]:
                assert fr["deadline"]["text"] in t, (a["key"], fr["deadline"])
            afs.append({"key": a["key"], "number": r["num"], "section": r["sec"], "party": None,
                        "theme": a["themes"][0], "themes": a["themes"], "page": pg[0], "text": t,
                        "trekker": None, "planning": None, "attributes": {"thema": a["tag"]}, "frame": fr})
        gold = {"document": {"id": doc_id, "family": FAM, "type": "prestatieafspraken", "year": year,
                             "years": [year], "gemeente": D.GEM, "gemeenten": [D.GEM], "corporaties": D.CORPS,
                             "huurdersorganisaties": D.HUURDERS, "pages": len(pages), "layout": "wijken"},
                "afspraken": afs}
        with open(os.path.join(GOLD_DIR, doc_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        print(doc_id, len(pages), "pages", len(afs), "afspraken", os.path.getsize(path), "bytes")
    for tag, (yo, yn) in {"A": (2025, 2026), "B": (2026, 2027)}.items():
        links = []
        for a in D.A:
            if tag not in a["pairs"]:
                assert yo not in a["v"] and yn not in a["v"], a["key"]
                continue
            st, kinds, hn = a["pairs"][tag]
            old = a["key"] if yo in a["v"] else None
            new = a["key"] if yn in a["v"] else None
            if st == "new":
                assert old is None and new
            elif st == "dropped":
                assert new is None and old
            else:
                assert old and new, a["key"]
                same = version(a, yo)[0] == version(a, yn)[0]
                assert same == (st == "unchanged"), (a["key"], st)
            links.append({"old": old, "new": new, "status": st, "kinds": kinds, "hard_negative": hn})
        o, n = "%s-%d" % (FAM, yo), "%s-%d" % (FAM, yn)
        with open(os.path.join(PAIR_DIR, "%s__%s.json" % (o, n)), "w", encoding="utf-8") as f:
            json.dump({"old": o, "new": n, "links": links}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
