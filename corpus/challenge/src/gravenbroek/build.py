# -*- coding: utf-8 -*-
"""Build the gravenbroek family: 3 yearly prestatieafspraken + 1 kennisgeving, with gold JSON and pairs.
Run from /work/main:  .venv/bin/python corpus/challenge/src/gravenbroek/build.py
"""
import copy
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

import pdfplumber  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle,  # noqa: E402
                                KeepTogether, CondPageBreak)

FAMILY = "gravenbroek"
OUT = os.path.join(os.path.dirname(HERE), "..", "dev")
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
PDF_DIR = os.path.join(OUT, "pdf")
GOLD_DIR = os.path.join(OUT, "gold")
PAIR_DIR = os.path.join(GOLD_DIR, "pairs")

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=6)
AFS = ParagraphStyle("afs", parent=BODY, leftIndent=30, bulletIndent=0, bulletFontName="Helvetica-Bold",
                     bulletFontSize=10, spaceAfter=4)
AFS2 = ParagraphStyle("afs2", parent=BODY, leftIndent=30, spaceAfter=4)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=44, bulletIndent=33, spaceAfter=2)
TOEL = ParagraphStyle("toel", parent=BODY, fontName="Helvetica-Oblique", fontSize=9, leading=12, leftIndent=30,
                      textColor=colors.HexColor("#333333"), spaceAfter=8)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=8, keepWithNext=1,
                    textColor=colors.HexColor("#1d4e6b"))
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=30, alignment=TA_CENTER)
SUB = ParagraphStyle("sub", fontName="Helvetica", fontSize=12, leading=17, alignment=TA_CENTER)
TOC = ParagraphStyle("toc", fontName="Helvetica", fontSize=10.5, leading=16)
SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12)


def fmt(s, year):
    vals = dict(C.TABLE_VALUES.get(year, {}))
    vals.update(Y=str(year), P=str(year - 1), P2=str(year - 2))
    return re.sub(r"\{(\w+)\}", lambda m: vals.get(m.group(1), m.group(0)), s)


def fmt_obj(o, year):
    if isinstance(o, str):
        return fmt(o, year)
    if isinstance(o, list):
        return [fmt_obj(x, year) for x in o]
    if isinstance(o, dict):
        return {k: fmt_obj(v, year) for k, v in o.items()}
    return o


def norm_frame(fr, year):
    fr = fmt_obj(copy.deepcopy(fr), year)
    if fr["deadline"]:
        fr["deadline"]["year"] = int(fr["deadline"]["year"])
    return fr


def afspraken_for(year):
    """Resolved afspraken of a year, in reading order: list of dicts."""
    res = []
    for idx, a in enumerate(C.AFSPRAKEN):
        if not (a.span[0] <= year <= a.span[1]):
            continue
        ys = [y for y in sorted(a.years) if y <= year]
        v = a.years[ys[-1]]
        chapter = v.chapter or a.chapter
        pos = v.pos if v.pos is not None else idx
        paras = [fmt_obj(p, year) for p in v.paras]
        flat = []
        for p in paras:
            flat.extend(p if isinstance(p, list) else [p])
        res.append(dict(key=a.key, a=a, chapter=chapter, pos=pos, paras=paras, text=" ".join(flat),
                        toel=fmt(v.toel, year) if v.toel else None, frame=norm_frame(v.frame, year)))
    res.sort(key=lambda r: (C.CH_ORDER.index(r["chapter"]), r["pos"]))
    serial = {}
    for r in res:
        chn = C.CH_ORDER.index(r["chapter"]) + 3
        serial[chn] = serial.get(chn, 0) + 1
        r["number"] = f"{chn}.{serial[chn]}"
        title = chapter_title(r["chapter"], year)
        r["section"] = f"{chn} {title}"
    return res


def chapter_title(ch, year):
    d = C.CHAPTERS[ch]
    return d[max(y for y in d if y <= year)]


class Doc:
    def __init__(self, title, header, year):
        self.title, self.header, self.year = title, header, year
        self.total = 0

    def on_page(self, canv, doc):
        n = canv.getPageNumber()
        if n == 1:
            return
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(20 * mm, A4[1] - 12 * mm, self.header)
        canv.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "Gemeente Gravenbroek")
        canv.setStrokeColor(colors.HexColor("#1d4e6b"))
        canv.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        canv.drawCentredString(A4[0] / 2, 10 * mm, f"Pagina {n} van {self.total}")
        canv.restoreState()


def tbl(rows, widths=None):
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9ef")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa4b3")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
    return t


def story_agreement(year, afs, toc_pages):
    Y, P = year, year - 1
    corps, hos = C.CORPS, C.HUURDERS
    s = []
    s += [Spacer(1, 45 * mm), Paragraph(f"Prestatieafspraken {Y}", TITLE), Spacer(1, 8 * mm),
          Paragraph("Jaarafspraken over wonen in de gemeente Gravenbroek", SUB), Spacer(1, 25 * mm),
          Paragraph("tussen", SUB), Spacer(1, 4 * mm)]
    for p in ["Gemeente Gravenbroek"] + corps + hos:
        s.append(Paragraph(p, SUB))
    s += [Spacer(1, 30 * mm), Paragraph(f"Vastgesteld in het bestuurlijk overleg van {SIGN[Y][1]}", SUB), PageBreak()]
    # inhoud
    s.append(Paragraph("Inhoud", H1))
    chapters = [("1", "Inleiding en leeswijzer"), ("2", f"Terugblik op {P}")]
    chapters += [(str(i + 3), chapter_title(ch, Y)) for i, ch in enumerate(C.CH_ORDER)]
    chapters += [("", "Ondertekening"), ("", "Bijlagen")]
    rows = [[n, t, str(toc_pages.get(t, ""))] for n, t in chapters]
    t = Table(rows, colWidths=[12 * mm, 130 * mm, 15 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10.5), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(t)
    s.append(Spacer(1, 10 * mm))
    s.append(Paragraph("Leeswijzer", H3))
    s.append(Paragraph("De afspraken zijn per thema genummerd. Het eerste cijfer verwijst naar het hoofdstuk, het "
                       "tweede cijfer naar het volgnummer binnen dat hoofdstuk. Een cursieve toelichting onder een "
                       "afspraak geeft achtergrondinformatie en maakt geen deel uit van de afspraak zelf. Waar in deze "
                       "afspraken over 'de corporaties' wordt gesproken, worden alle drie de corporaties bedoeld.", BODY))
    s.append(PageBreak())
    # 1 inleiding
    s.append(HeadingP("1 Inleiding en leeswijzer", H1, "Inleiding en leeswijzer"))
    s.append(Paragraph(f"Voor u liggen de prestatieafspraken {Y} tussen de gemeente Gravenbroek, de drie corporaties "
                       f"die in de gemeente actief zijn en hun huurdersorganisaties. De afspraken zijn gebaseerd op de "
                       f"woonvisie 'Thuis in Gravenbroek 2023-2030' en op de biedingen die de corporaties in de zomer "
                       f"van {P} hebben uitgebracht. Ze vormen de jaarlijkse uitwerking van de gezamenlijke ambitie om "
                       f"iedere inwoner van Gravenbroek een betaalbare en goede woning te bieden.", BODY))
    s.append(Paragraph("Het Rijk heeft met de Nationale Prestatieafspraken en de regionale woondeal Oost-Graafland "
                       "stevige opgaven neergelegd bij gemeenten en corporaties: meer betaalbare woningen, lagere "
                       "woonlasten voor huurders en een versnelde verduurzaming van de voorraad. Partijen hebben in de "
                       "onderhandelingen gezocht naar een evenwicht tussen deze opgaven en de financiële ruimte van de "
                       "corporaties, die onder druk staat door gestegen bouwkosten en rentelasten.", BODY))
    s.append(Paragraph("De gemeente heeft het overleg met de corporaties en de huurdersorganisaties in "
                       "drie tripartiete sessies gevoerd. De huurdersorganisaties hebben daarbij onafhankelijk advies "
                       "ingewonnen over de betaalbaarheidsafspraken.", BODY))
    # 2 terugblik
    s.append(HeadingP(f"2 Terugblik op {P}", H1, f"Terugblik op {P}"))
    for p in C.TERUGBLIK[Y]:
        s.append(Paragraph(p, BODY))
    s.append(Paragraph(f"Kerncijfers woningzoekenden {P}", H3))
    wt = C.TABLE_VALUES[Y]["WT"]
    s.append(tbl([["Indicator", str(P - 1), str(P)],
                  ["Ingeschreven woningzoekenden", "5.310", "5.498" if Y != 2027 else "5.704"],
                  ["Gemiddelde wachttijd (jaar)", "6,5", wt],
                  ["Verhuringen sociale huur", "512", "486" if Y != 2026 else "503"]], [90 * mm, 25 * mm, 25 * mm]))
    s.append(Spacer(1, 4 * mm))
    # theme chapters
    for i, ch in enumerate(C.CH_ORDER):
        chn = i + 3
        title = chapter_title(ch, Y)
        s.append(HeadingP(f"{chn} {title}", H1, title))
        s.append(Paragraph(fmt(C.CH_INTRO[ch], Y), BODY))
        s.append(Paragraph("Partijen spreken het volgende af:" if ch != "proc" else "Afspraken over de samenwerking:",
                           BODY))
        for r in [r for r in afs if r["chapter"] == ch]:
            first = True
            for p in r["paras"]:
                if isinstance(p, list):
                    for it in p:
                        s.append(Paragraph(it, BUL, bulletText="\u2013"))
                elif first:
                    s.append(Paragraph(p, AFS, bulletText=r["number"]))
                    first = False
                else:
                    s.append(Paragraph(p, AFS2))
            if r["toel"]:
                s.append(Paragraph(r["toel"], TOEL))
            else:
                s.append(Spacer(1, 3))
            if r["key"] in C.TABLES:
                ttl, rows = C.TABLES[r["key"]]
                rows = [[fmt(c, Y) for c in row] for row in rows]
                s.append(KeepTogether([Paragraph(fmt(ttl, Y), H3), tbl(rows), Spacer(1, 5 * mm)]))
        if ch == "proc":
            for h, t in [("Looptijd", f"Deze afspraken gelden van 1 januari tot en met 31 december {Y}. Afspraken die "
                                      f"een langere looptijd hebben, lopen door totdat zij in een volgende jaarschijf "
                                      f"zijn herzien."),
                         ("Wijzigingen", "Wanneer omstandigheden wezenlijk veranderen, kan elk van de partijen verzoeken "
                                         "om heroverweging van een afspraak. Een wijziging wordt schriftelijk "
                                         "vastgelegd en door alle partijen ondertekend."),
                         ("Geschillen", "Bij een verschil van inzicht over de uitvoering van deze afspraken gaan "
                                        "partijen eerst bestuurlijk met elkaar in gesprek. Komen zij er niet uit, dan "
                                        "kan het geschil worden voorgelegd aan de minister, zoals de Woningwet "
                                        "voorschrijft.")]:
                s.append(Paragraph(h, H3))
                s.append(Paragraph(t, BODY))
    # ondertekening
    s.append(CondPageBreak(120 * mm))
    s.append(HeadingP("Ondertekening", H1, "Ondertekening"))
    s.append(Paragraph(f"Aldus overeengekomen en ondertekend te Gravenbroek op {SIGN[Y][0]}.", BODY))
    rows = []
    names = SIGN_NAMES
    for org, (nm, fn) in names:
        rows.append([Paragraph(f"<b>{org}</b><br/>{nm}<br/>{fn}", SMALL), "", "_______________________"])
    t = Table(rows, colWidths=[85 * mm, 10 * mm, 60 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
                           ("FONT", (0, 0), (-1, -1), "Helvetica", 9)]))
    s.append(t)
    s.append(HeadingP("Bijlagen", H1, "Bijlagen"))
    for b in ["Bijlage 1  Nieuwbouwprogramma per project en corporatie", f"Bijlage 2  Monitor prestatieafspraken {P}",
              "Bijlage 3  Begrippenlijst"]:
        s.append(Paragraph(b, BODY))
    s.append(Paragraph("De bijlagen zijn digitaal beschikbaar via de websites van de corporaties.", SMALL))
    return s


class HeadingP(Paragraph):
    registry = None

    def __init__(self, text, style, toc_key):
        super().__init__(text, style)
        self.toc_key = toc_key

    def draw(self):
        if HeadingP.registry is not None:
            HeadingP.registry.setdefault(self.toc_key, self.canv.getPageNumber())
        super().draw()


SIGN = {2025: ("12 december 2024", "28 november 2024"), 2026: ("11 december 2025", "27 november 2025"),
        2027: ("10 december 2026", "26 november 2026")}
SIGN_NAMES = [("Gemeente Gravenbroek", ("mw. drs. H.J. Overdiep", "wethouder Wonen")),
              ("Woonstichting Akkerhuis", ("dhr. R. van Tilborg MBA", "directeur-bestuurder")),
              ("Lindeborgh Wonen", ("mw. ir. S. Kalkman", "bestuurder")),
              ("De Meentgaarde", ("dhr. J.P. Wessels", "directeur-bestuurder")),
              ("Huurdersvereniging Akkerhuis Samen", ("mw. T. Brouwers", "voorzitter")),
              ("Huurdersraad Lindeborgh", ("dhr. A. Oudenhoven", "voorzitter")),
              ("Bewonersvereniging Meentgaarde", ("mw. E. de Graaf-Mulder", "secretaris"))]


def render(story_fn, header, year, path):
    d = Doc(None, header, year)
    toc = {}
    data = None
    for _ in range(3):
        HeadingP.registry = {}
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                                bottomMargin=20 * mm, title=header, author="Gemeente Gravenbroek", invariant=1)
        doc.build(story_fn(toc), onFirstPage=d.on_page, onLaterPages=d.on_page)
        new_total = doc.page
        stable = (new_total == d.total and HeadingP.registry == toc)
        d.total, toc = new_total, HeadingP.registry
        data = buf.getvalue()
        if stable:
            break
    HeadingP.registry = None
    with open(path, "wb") as f:
        f.write(data)
    return d.total


def norm(s):
    s = re.sub(r"(^|\n)\u2013 ", r"\1", s)
    s = re.sub(r"-\n(?=\w)", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def page_texts(path):
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            c = p.crop((0, 45, p.width, p.height - 40))
            out.append(norm(c.extract_text() or ""))
    return out


def locate(texts, probes):
    """Return 1-based start page for each probe string, scanning forward."""
    pages, cur = [], 0
    for pr in probes:
        found = None
        for i in range(cur, len(texts)):
            if pr in texts[i]:
                found = i
                break
        if found is None:
            raise SystemExit(f"probe not found: {pr!r}")
        pages.append(found + 1)
        cur = found
    return pages


def doc_meta(doc_id, typ, year, pages):
    return {"id": doc_id, "family": FAMILY, "type": typ, "year": year, "years": [year], "gemeente": C.GEMEENTE,
            "gemeenten": [C.GEMEENTE], "corporaties": C.CORPS, "huurdersorganisaties": C.HUURDERS, "pages": pages,
            "layout": "chapter.serial numbered, multi-paragraph afspraken with bullets, italic toelichting"
            if typ == "prestatieafspraken" else "raadsinformatiebrief e-mail, bulleted afspraken"}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def set_leading(lead):
    for st in (BODY, AFS, AFS2, BUL):
        st.leading = lead


def spanning(texts, afs, pages):
    return sum(1 for r, pg in zip(afs, pages) if " ".join(r["text"].split()[-6:]) not in texts[pg - 1])


def build_agreement(year):
    afs = afspraken_for(year)
    doc_id = f"{FAMILY}-{year}"
    path = os.path.join(PDF_DIR, doc_id + ".pdf")
    probes = [r["number"] + " " + " ".join(r["text"].split()[:6]) for r in afs]
    best = None
    for lead in (13.2, 13.0, 13.4, 13.6, 12.8):   # deterministic choice: most afspraken running over a page break
        set_leading(lead)
        npages = render(lambda toc: story_agreement(year, afs, toc), f"Prestatieafspraken Gravenbroek {year}", year,
                        path)
        texts = page_texts(path)
        pages = locate(texts, probes)
        n = spanning(texts, afs, pages)
        if best is None or n > best[0]:
            best = (n, lead)
        if n >= 3:
            break
    if BODY.leading != best[1]:
        set_leading(best[1])
        npages = render(lambda toc: story_agreement(year, afs, toc), f"Prestatieafspraken Gravenbroek {year}", year,
                        path)
        texts = page_texts(path)
        pages = locate(texts, probes)
    print(year, "leading", best[1], "spanning", best[0])
    gold = []
    for r, pg in zip(afs, pages):
        gold.append({"key": r["key"], "number": r["number"], "section": r["section"], "party": None,
                     "theme": r["a"].themes[0], "themes": r["a"].themes, "page": pg, "text": r["text"],
                     "trekker": None, "planning": None, "attributes": {}, "frame": r["frame"]})
    write_json(os.path.join(GOLD_DIR, doc_id + ".json"),
               {"document": doc_meta(doc_id, "prestatieafspraken", year, npages), "afspraken": gold})
    return afs


def build_pair(y0, y1, A0, A1):
    k0 = {r["key"]: r for r in A0}
    k1 = {r["key"]: r for r in A1}
    links = []
    for r in A0:
        k = r["key"]
        if k not in k1:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
            continue
        a = r["a"]
        same = r["text"] == k1[k]["text"]
        if y1 in a.links:
            st, kinds, hn = a.links[y1]
            assert not same, (k, y1, "identical text but link given")
        else:
            assert same, (k, y1, "text differs but no link given")
            st, kinds, hn = "unchanged", [], None
        links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
    for r in A1:
        if r["key"] not in k0:
            links.append({"old": None, "new": r["key"], "status": "new", "kinds": [], "hard_negative": None})
    o, n = f"{FAMILY}-{y0}", f"{FAMILY}-{y1}"
    write_json(os.path.join(PAIR_DIR, f"{o}__{n}.json"), {"old": o, "new": n, "links": links})


def story_kennis(toc):
    s = []
    hdr = ParagraphStyle("hdr", fontName="Helvetica", fontSize=9.5, leading=13)
    for k, v in [("Van:", "Griffie gemeente Gravenbroek &lt;griffie@gravenbroek.example&gt;"),
                 ("Verzonden:", "donderdag 17 december 2026 09:42"),
                 ("Aan:", "Leden van de gemeenteraad van Gravenbroek"),
                 ("Onderwerp:", "Raadsinformatiebrief 2026-118: prestatieafspraken 2027")]:
        s.append(Paragraph(f"<b>{k}</b> {v}", hdr))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("Geachte leden van de raad,", BODY))
    s.append(Paragraph("Met deze raadsinformatiebrief informeert het college u over de prestatieafspraken 2027 die op "
                       "10 december 2026 zijn ondertekend door de gemeente, Woonstichting Akkerhuis, Lindeborgh Wonen, "
                       "De Meentgaarde en de drie huurdersorganisaties. De afspraken zijn een uitwerking van de woonvisie "
                       "en van de biedingen die de corporaties vóór 1 juli 2026 hebben uitgebracht.", BODY))
    s.append(Paragraph("Het overleg vond plaats tegen de achtergrond van gestegen bouwkosten en een oplopende wachttijd "
                       "voor sociale huurwoningen, die in 2026 gemiddeld 7,4 jaar bedroeg. In 2026 zijn 91 sociale "
                       "huurwoningen opgeleverd.", BODY))
    s.append(Paragraph("De belangrijkste afspraken zijn:", BODY))
    for key, text, themes, fr in C.KENNIS:
        s.append(Paragraph(text, BUL, bulletText="\u2013"))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Niet alle ambities uit de woonvisie konden worden vertaald in afspraken. Zo is het doel voor "
                       "het gemiddelde energielabel van de corporatievoorraad bijgesteld. Het college blijft hierover in "
                       "gesprek met de corporaties.", BODY))
    s.append(Paragraph("De volledige tekst van de prestatieafspraken vindt u in de bijlage bij deze brief. Wij "
                       "vertrouwen erop u hiermee voldoende te hebben geïnformeerd.", BODY))
    s.append(Paragraph("Met vriendelijke groet,<br/>het college van burgemeester en wethouders van Gravenbroek,"
                       "<br/>de secretaris, mr. L.A. Hoefnagels<br/>de burgemeester, drs. M.C. van Rijckevorsel", BODY))
    return s


def build_kennis():
    doc_id = f"{FAMILY}-kennisgeving-2027"
    path = os.path.join(PDF_DIR, doc_id + ".pdf")
    npages = render(story_kennis, "Raadsinformatiebrief prestatieafspraken 2027", 2027, path)
    texts = page_texts(path)
    pages = locate(texts, [" ".join(t.split()[:6]) for _, t, _, _ in C.KENNIS])
    gold = []
    for (key, text, themes, fr), pg in zip(C.KENNIS, pages):
        gold.append({"key": key, "number": None, "section": "De belangrijkste afspraken zijn", "party": None,
                     "theme": themes[0], "themes": themes, "page": pg, "text": text, "trekker": None,
                     "planning": None, "attributes": {}, "frame": norm_frame(fr, 2027)})
    write_json(os.path.join(GOLD_DIR, doc_id + ".json"),
               {"document": doc_meta(doc_id, "kennisgeving", 2027, npages), "afspraken": gold})


def main():
    for d in (PDF_DIR, GOLD_DIR, PAIR_DIR):
        os.makedirs(d, exist_ok=True)
    res = {y: build_agreement(y) for y in C.YEARS}
    for y0, y1 in zip(C.YEARS, C.YEARS[1:]):
        build_pair(y0, y1, res[y0], res[y1])
    build_kennis()
    print("built", FAMILY)


if __name__ == "__main__":
    main()
