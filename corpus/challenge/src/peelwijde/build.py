# -*- coding: utf-8 -*-
"""Build the peelwijde family: two slide hand-outs (prestatieafspraken 2025, 2026) and the bod 2026 letter.

Run: /work/main/.venv/bin/python corpus/challenge/src/peelwijde/build.py
"""
import json
import os
import sys

sys.dont_write_bytecode = True

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "peelwijde"
GEMEENTE = "Peelwijde"
CORP = "Woonstichting Vennenland"
HUURDERS = "Huurdersvereniging De Turfsteker"
PW, PH = A4
SW, SH = 400.0, 225.0  # logical slide size

NAVY = (0.10, 0.22, 0.38)
TEAL = (0.05, 0.50, 0.50)
GREY = (0.40, 0.40, 0.40)
LIGHT = (0.92, 0.95, 0.97)


# ----------------------------------------------------------------------------- slides
def slide_frame(c, title, subtitle=None):
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColorRGB(*NAVY)
    c.rect(0, SH - 34, SW, 34, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(14, SH - 22, title)
    c.setFillColorRGB(*TEAL)
    c.rect(0, 0, SW, 4, stroke=0, fill=1)
    c.setFillColorRGB(*GREY)
    c.setFont("Helvetica", 5.5)
    c.drawString(14, 8, "Gemeente Peelwijde  |  Woonstichting Vennenland  |  Huurdersvereniging De Turfsteker")
    if subtitle:
        c.drawRightString(SW - 14, 8, subtitle)


def draw_title(c, s):
    c.setFillColorRGB(*NAVY)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColorRGB(*TEAL)
    c.rect(0, 70, SW, 5, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(24, 150, s["title"])
    c.setFont("Helvetica", 12)
    y = 128
    for line in s["lines"]:
        c.drawString(24, y, line)
        y -= 16
    c.setFont("Helvetica", 7)
    c.drawString(24, 50, "Gemeente Peelwijde")
    c.drawString(24, 40, "Woonstichting Vennenland")
    c.drawString(24, 30, "Huurdersvereniging De Turfsteker")


def draw_bullets(c, s):
    slide_frame(c, s["title"], s.get("sub"))
    y = SH - 56
    for b in s["bullets"]:
        lines = simpleSplit(b, "Helvetica", 9.5, SW - 60)
        c.setFillColorRGB(*TEAL)
        c.circle(20, y + 3, 2, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("Helvetica", 9.5)
        for ln in lines:
            c.drawString(30, y, ln)
            y -= 12
        y -= 5


def draw_section(c, s):
    c.setFillColorRGB(*LIGHT)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColorRGB(*TEAL)
    c.rect(0, 0, 12, SH, stroke=0, fill=1)
    c.setFillColorRGB(*GREY)
    c.setFont("Helvetica", 10)
    c.drawString(34, 130, s["kicker"])
    c.setFillColorRGB(*NAVY)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(34, 105, s["title"])
    c.setFont("Helvetica", 8)
    c.setFillColorRGB(*GREY)
    y = 80
    for ln in simpleSplit(s["intro"], "Helvetica", 8, SW - 70):
        c.drawString(34, y, ln)
        y -= 10


BODY_FONT, BODY_SIZE, BODY_LEAD = "Helvetica", 8.2, 9.8
META_SIZE = 6.2
TEXT_W = SW - 28 - 20


def item_height(a):
    n = len(simpleSplit(a["text"], BODY_FONT, BODY_SIZE, TEXT_W))
    return n * BODY_LEAD + 12


def draw_items(c, s):
    slide_frame(c, s["title"], s.get("sub"))
    y = SH - 50
    for a in s["items"]:
        c.setFillColorRGB(*TEAL)
        c.setFont("Helvetica-Bold", BODY_SIZE)
        c.drawString(14, y, a["number"] + ".")
        c.setFillColorRGB(0.08, 0.08, 0.08)
        c.setFont(BODY_FONT, BODY_SIZE)
        for ln in simpleSplit(a["text"], BODY_FONT, BODY_SIZE, TEXT_W):
            c.drawString(34, y, ln)
            y -= BODY_LEAD
        c.setFillColorRGB(*GREY)
        c.setFont("Helvetica-Oblique", META_SIZE)
        c.drawString(34, y + 1.5, a["meta"])
        y -= 12


def draw_kerncijfers(c, s):
    slide_frame(c, s["title"], s.get("sub"))
    rows = s["rows"]
    y = SH - 58
    c.setFont("Helvetica-Bold", 8)
    c.setFillColorRGB(*NAVY)
    c.drawString(24, y, s["head"][0])
    for i, h in enumerate(s["head"][1:]):
        c.drawRightString(250 + i * 70, y, h)
    y -= 4
    c.setStrokeColorRGB(*NAVY)
    c.setLineWidth(0.6)
    c.line(20, y, 390, y)
    y -= 12
    for r in rows:
        c.setFont("Helvetica", 8)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.drawString(24, y, r[0])
        for i, v in enumerate(r[1:]):
            c.drawRightString(250 + i * 70, y, v)
        y -= 14
    if s.get("note"):
        c.setFont("Helvetica-Oblique", 6.5)
        c.setFillColorRGB(*GREY)
        c.drawString(24, 20, s["note"])


def draw_chart(c, s):
    slide_frame(c, s["title"], s.get("sub"))
    bars = s["bars"]
    x0, y0, hmax = 50, 36, 120
    vmax = max(v for _, v in bars)
    bw = 300.0 / len(bars)
    c.setStrokeColorRGB(*GREY)
    c.setLineWidth(0.5)
    c.line(x0 - 4, y0, x0 + 305, y0)
    for i, (lab, v) in enumerate(bars):
        h = hmax * v / vmax
        c.setFillColorRGB(*(TEAL if i < s.get("good", 0) else NAVY))
        c.rect(x0 + i * bw + 6, y0, bw - 12, h, stroke=0, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("Helvetica", 7)
        c.drawCentredString(x0 + i * bw + bw / 2, y0 - 9, lab)
        c.drawCentredString(x0 + i * bw + bw / 2, y0 + h + 3, str(v))
    c.setFont("Helvetica-Oblique", 6.5)
    c.setFillColorRGB(*GREY)
    c.drawString(x0, SH - 46, s["caption"])


DRAW = {"title": draw_title, "bullets": draw_bullets, "section": draw_section, "items": draw_items,
        "kerncijfers": draw_kerncijfers, "chart": draw_chart}


def place_slide(c, s, x, y, w):
    """Draw slide s scaled into a frame at (x, y) lower-left with width w."""
    k = w / SW
    c.saveState()
    c.translate(x, y)
    c.scale(k, k)
    DRAW[s["kind"]](c, s)
    c.restoreState()
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(0.7)
    c.rect(x, y, w, SH * k, stroke=1, fill=0)


# ----------------------------------------------------------------------------- agreements
def meta_line(doc, trekker, planning):
    if doc == "a25":
        return "Trekker: %s  |  Planning: %s" % (trekker, planning)
    return "Wie: %s  |  Wanneer: %s" % (trekker, planning)


def build_deck(doc):
    year = 2025 if doc == "a25" else 2026
    date = "13 november 2024" if doc == "a25" else "11 november 2025"
    secs = C.SECTIONS["a"]
    slides = [dict(kind="title", title="Prestatieafspraken %d" % year,
                   lines=["Bestuurlijk overleg wonen Peelwijde", date + ", gemeentehuis Peelwijde"])]
    slides.append(dict(kind="bullets", title="Agenda", bullets=[
        "Opening en vaststelling verslag vorig overleg",
        "Terugblik en kerncijfers" + (" 2024" if doc == "a25" else " 2025"),
        "Afspraken per thema: " + ", ".join(n.lower() for n, _ in secs[:4]),
        "Samenwerking en proces",
        "Vervolg en ondertekening"]))
    if doc == "a25":
        slides.append(dict(kind="kerncijfers", title="Kerncijfers Vennenland in Peelwijde", sub="peildatum 1 juli 2024",
                           head=["", "2023", "2024"],
                           rows=[["Sociale huurwoningen", "3.171", "3.164"],
                                 ["Gemiddelde inschrijfduur (jaren)", "3,1", "3,4"],
                                 ["Mutatiegraad", "6,4%", "5,9%"],
                                 ["Huurders met huurachterstand", "2,1%", "1,8%"],
                                 ["Huisuitzettingen", "4", "2"],
                                 ["Opgeleverde nieuwbouw", "26", "31"]],
                           note="Bron: jaarverslag Vennenland en monitor prestatieafspraken 2024"))
    else:
        slides.append(dict(kind="bullets", title="Terugblik 2025", sub="stand oktober 2025", bullets=[
            "In 2025 zijn 36 sociale huurwoningen opgeleverd; de bouw in Kloosterhof liep vertraging op door netcongestie.",
            "85 woningen met een E-, F- of G-label zijn verbeterd naar label B of beter.",
            "Het aantal huisuitzettingen wegens huurachterstand bleef beperkt tot twee.",
            "De verhuisregeling voor senioren is nog niet gestart; de gemeente en Vennenland hebben de voorwaarden besproken."]))
        slides.append(dict(kind="kerncijfers", title="Kerncijfers Vennenland in Peelwijde", sub="peildatum 1 juli 2025",
                           head=["", "2024", "2025"],
                           rows=[["Sociale huurwoningen", "3.164", "3.158"],
                                 ["Gemiddelde inschrijfduur (jaren)", "3,4", "3,6"],
                                 ["Mutatiegraad", "5,9%", "5,6%"],
                                 ["Huurders met huurachterstand", "1,8%", "1,6%"],
                                 ["Huisuitzettingen", "2", "2"]],
                           note="Bron: monitor prestatieafspraken, najaar 2025"))
    intros = {
        C.B: "De wachttijd voor een sociale huurwoning loopt op. Nieuwbouw, doorstroming en betaalbare huren blijven de kern van de afspraken.",
        C.D: "Op weg naar een aardgasvrij Peelwijde: eerst de slechtste woningen, dan de wijken met een warmtenet.",
        C.K: "Goed onderhouden woningen en een thuis dat past bij wie er woont, ook met een zorgvraag.",
        C.L: "Leefbare buurten vragen inzet van alle partijen, samen met wijkteam, politie en bewoners.",
        C.O: "Hoe partijen samenwerken, de voortgang volgen en elkaar aanspreken.",
    }
    afspraken = []
    num = 0
    for si, (sname, grp) in enumerate(secs):
        slides.append(dict(kind="section", kicker="Thema %d" % (si + 1), title=sname, intro=intros[grp]))
        if grp == C.D:
            if doc == "a25":
                slides.append(dict(kind="chart", title="Energielabels bezit Vennenland", sub="stand 1 juli 2024",
                                   caption="Aantal woningen per energielabel (Peelwijde)", good=3,
                                   bars=[("A+ en beter", 412), ("A", 806), ("B", 731), ("C", 688), ("D", 347),
                                         ("E-G", 180)]))
            else:
                slides.append(dict(kind="chart", title="Energielabels bezit Vennenland", sub="stand 1 juli 2025",
                                   caption="Aantal woningen per energielabel (Peelwijde)", good=3,
                                   bars=[("A+ en beter", 468), ("A", 842), ("B", 760), ("C", 654), ("D", 339),
                                         ("E-G", 95)]))
        items = []
        if doc == "a26":
            num = 0
        for t in C.TOPICS:
            if C.GROUP[t["key"]] != grp or not t.get(doc):
                continue
            text, trekker, planning, frame = t[doc]
            num += 1
            a = dict(key=t["key"], number=str(num), section=sname, party=None, theme=t["themes"][0],
                     themes=t["themes"], page=None, text=text, trekker=trekker, planning=planning,
                     attributes={}, frame=frame, meta=meta_line(doc, trekker, planning))
            items.append(a)
            afspraken.append(a)
        # pack into slides
        cap = SH - 50 - 12
        cur, used = [], 0
        chunks = []
        for a in items:
            h = item_height(a)
            if cur and used + h > cap:
                chunks.append(cur)
                cur, used = [], 0
            cur.append(a)
            used += h
        if cur:
            chunks.append(cur)
        for i, ch in enumerate(chunks):
            title = "Afspraken " + sname.lower() if i == 0 else "Afspraken " + sname.lower() + " (vervolg)"
            if len(title) > 52:
                title = ("Afspraken: " + sname) if i == 0 else (sname + " (vervolg)")
            slides.append(dict(kind="items", title=title, items=ch, sub="%d / %d" % (i + 1, len(chunks))))
    if doc == "a25":
        vervolg = ["Ondertekening van de prestatieafspraken 2025 op 11 december 2024.",
                   "Monitorgesprekken in april en oktober 2025.",
                   "Het bod voor 2026 volgt voor de zomer van 2025.",
                   "Vragen over deze presentatie: team wonen, gemeente Peelwijde."]
    else:
        vervolg = ["Ondertekening van de prestatieafspraken 2026 op 10 december 2025.",
                   "Monitorgesprekken in het voorjaar en het najaar van 2026.",
                   "Evaluatie van de samenwerking na het eerste monitorgesprek.",
                   "Vragen over deze presentatie: team wonen, gemeente Peelwijde."]
    slides.append(dict(kind="bullets", title="Vervolg", bullets=vervolg))
    return slides, afspraken, date


def render_deck(doc, did):
    slides, afspraken, date = build_deck(doc)
    per = 3 if doc == "a25" else 6
    npages = (len(slides) + per - 1) // per
    path = os.path.join(OUT, "pdf", did + ".pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Prestatieafspraken %s - hand-out bestuurlijk overleg" % did[-4:])
    c.setAuthor("Gemeente Peelwijde")
    for p in range(npages):
        page_slides = slides[p * per:(p + 1) * per]
        c.setFont("Helvetica", 7.5)
        c.setFillColorRGB(*GREY)
        c.drawString(40, PH - 30, "Bestuurlijk overleg prestatieafspraken Peelwijde  -  %s" % date)
        c.drawRightString(PW - 40, PH - 30, "Hand-out")
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.4)
        c.line(40, PH - 35, PW - 40, PH - 35)
        c.drawCentredString(PW / 2, 25, "%d" % (p + 1))
        for i, s in enumerate(page_slides):
            if per == 3:
                w = 270.0
                h = SH * w / SW
                top = PH - 60 - i * 255
                place_slide(c, s, 40, top - h, w)
                c.setStrokeColorRGB(0.7, 0.7, 0.7)
                c.setLineWidth(0.4)
                for k in range(9):
                    yy = top - 8 - k * 20
                    c.line(330, yy, PW - 40, yy)
            else:
                w = 245.0
                h = SH * w / SW
                col, row = i % 2, i // 2
                top = PH - 70 - row * 250
                place_slide(c, s, 45 + col * 265, top - h, w)
            if s["kind"] == "items":
                for a in s["items"]:
                    a["page"] = p + 1
        c.showPage()
    c.save()
    return afspraken, npages


# ----------------------------------------------------------------------------- bod letter
BOD_INTRO = [
    "Hierbij ontvangt u het overzicht van de werkzaamheden die Woonstichting Vennenland in 2026 en de jaren daarna in Peelwijde wil uitvoeren: ons bod op de Woonvisie Peelwijde 2022-2030. Het bod is besproken met Huurdersvereniging De Turfsteker, die er een eigen reactie op geeft, en voorgelegd aan onze Raad van Commissarissen.",
    "De financiële ruimte van Vennenland staat onder druk. De bouwkosten zijn het afgelopen jaar opnieuw gestegen en de huurbevriezing uit het verleden werkt nog door in onze inkomsten. Wij maken daarom keuzes: nieuwbouw en het verbeteren van de slechtste woningen gaan voor. Hieronder leest u per thema wat wij bieden.",
]
BOD_OUTRO = [
    "Wij gaan graag met u en De Turfsteker in gesprek over dit bod, zodat wij voor 15 december 2025 de prestatieafspraken voor 2026 kunnen ondertekenen. Voor vragen kunt u contact opnemen met onze manager Vastgoed en Wonen.",
]


def render_bod(did):
    path = os.path.join(OUT, "pdf", did + ".pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Bod 2026 Woonstichting Vennenland aan gemeente Peelwijde")
    c.setAuthor(CORP)
    L, R = 72, PW - 72
    W = R - L
    fs, lead = 10, 13.2
    afspraken = []
    # content as a flat list of blocks
    blocks = []
    for p in BOD_INTRO:
        blocks.append(("para", p))
    num = 0
    for sname, grp in C.SECTIONS["bod"]:
        blocks.append(("head", sname))
        for t in C.TOPICS:
            if C.GROUP[t["key"]] != grp or not t.get("bod"):
                continue
            num += 1
            text, frame = t["bod"]
            a = dict(key=t["key"], number=str(num), section=sname, party=None, theme=t["themes"][0],
                     themes=t["themes"], page=None, text=text, trekker=None, planning=None, attributes={},
                     frame=frame)
            afspraken.append(a)
            blocks.append(("bid", a))
        if grp == C.B:
            blocks.append(("para", "Voor de langere termijn blijft de opgave groot. Volgens de regionale woningbehoefteraming groeit het aantal huishoudens in Peelwijde tot 2030 met ongeveer 900."))
    for p in BOD_OUTRO:
        blocks.append(("para", p))
    blocks.append(("sign", None))

    pages = []  # list of list of draw ops, built by flowing

    def new_page(first):
        return {"ops": [], "y": PH - (262 if first else 90)}

    cur = new_page(True)
    pages.append(cur)
    for kind, val in blocks:
        if kind == "para":
            lines = simpleSplit(val, "Helvetica", fs, W)
            need = len(lines) * lead + 8
        elif kind == "head":
            lines = [val]
            need = lead + 4 + 3 * lead
        elif kind == "bid":
            lines = simpleSplit(val["text"], "Helvetica", fs, W - 22)
            need = len(lines) * lead + 5
        else:
            lines = []
            need = 7 * lead
        if cur["y"] - need < 80:
            cur = new_page(False)
            pages.append(cur)
        if kind == "head":
            cur["y"] -= 6
            cur["ops"].append(("text", "Helvetica-Bold", 11, L, cur["y"], val))
            cur["y"] -= lead + 3
        elif kind == "para":
            for ln in lines:
                cur["ops"].append(("text", "Helvetica", fs, L, cur["y"], ln))
                cur["y"] -= lead
            cur["y"] -= 8
        elif kind == "bid":
            val["page"] = len(pages)
            cur["ops"].append(("text", "Helvetica", fs, L, cur["y"], val["number"] + "."))
            for ln in lines:
                cur["ops"].append(("text", "Helvetica", fs, L + 22, cur["y"], ln))
                cur["y"] -= lead
            cur["y"] -= 5
        else:
            y = cur["y"] - 6
            for ln in ["Met vriendelijke groet,", "Woonstichting Vennenland", "", "", "ir. M.J. (Marloes) Verhoeven-Daalder",
                       "directeur-bestuurder"]:
                cur["ops"].append(("text", "Helvetica", fs, L, y, ln))
                y -= lead
            cur["ops"].append(("text", "Helvetica", 8.5, L, y - 10, "Afschrift: Huurdersvereniging De Turfsteker"))
    n = len(pages)
    for i, pg in enumerate(pages):
        if i == 0:
            c.setFillColorRGB(*NAVY)
            c.rect(L, PH - 78, 14, 14, stroke=0, fill=1)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(L + 22, PH - 76, "Vennenland")
            c.setFont("Helvetica", 7.5)
            c.setFillColorRGB(*GREY)
            c.drawString(L + 22, PH - 88, "woonstichting")
            c.drawRightString(R, PH - 70, "Postbus 1180, 5790 AD Peelwijde")
            c.drawRightString(R, PH - 80, "www.vennenland.example  |  info@vennenland.example")
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica", 10)
            y = PH - 130
            for ln in ["College van burgemeester en wethouders", "van de gemeente Peelwijde", "Postbus 30",
                       "5790 AA  PEELWIJDE"]:
                c.drawString(L, y, ln)
                y -= lead
            c.setFont("Helvetica", 9)
            c.drawString(L, PH - 205, "Datum:")
            c.drawString(L + 70, PH - 205, "26 juni 2025")
            c.drawString(L, PH - 218, "Betreft:")
            c.drawString(L + 70, PH - 218, "Bod 2026 op de Woonvisie Peelwijde 2022-2030")
            c.setFont("Helvetica", fs)
            c.drawString(L, PH - 240, "Geacht college,")
        else:
            c.setFont("Helvetica", 7.5)
            c.setFillColorRGB(*GREY)
            c.drawString(L, PH - 50, "Woonstichting Vennenland  -  bod 2026 gemeente Peelwijde")
        c.setFillColorRGB(0, 0, 0)
        for op in pg["ops"]:
            _, font, size, x, y, s = op
            c.setFont(font, size)
            c.drawString(x, y, s)
        c.setFont("Helvetica", 7.5)
        c.setFillColorRGB(*GREY)
        c.drawRightString(R, 40, "pagina %d van %d" % (i + 1, n))
        c.setFillColorRGB(0, 0, 0)
        c.showPage()
    c.save()
    return afspraken, n


# ----------------------------------------------------------------------------- gold
def strip(a):
    keys = ["key", "number", "section", "party", "theme", "themes", "page", "text", "trekker", "planning",
            "attributes", "frame"]
    return {k: a[k] for k in keys}


def doc_meta(did, typ, year, pages, layout):
    return {"id": did, "family": FAMILY, "type": typ, "year": year, "years": [year], "gemeente": GEMEENTE,
            "gemeenten": [GEMEENTE], "corporaties": [CORP], "huurdersorganisaties": [HUURDERS],
            "pages": pages, "layout": layout}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def pair(old_doc, new_doc, old_id, new_id, lk, old_afs, new_afs):
    old_keys = {a["key"] for a in old_afs}
    new_keys = {a["key"] for a in new_afs}
    links = []
    for t in C.TOPICS:
        st = t.get(lk)
        o = t["key"] if t["key"] in old_keys else None
        n = t["key"] if t["key"] in new_keys else None
        if o is None and n is None:
            continue
        status, kinds, hn = st
        assert (status == "new") == (o is None) and (status == "dropped") == (n is None), t["key"]
        links.append({"old": o, "new": n, "status": status, "kinds": kinds, "hard_negative": hn})
    write_json(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (old_id, new_id)),
               {"old": old_id, "new": new_id, "links": links})


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    a25, n25 = render_deck("a25", "peelwijde-2025")
    a26, n26 = render_deck("a26", "peelwijde-2026")
    bod, nbod = render_bod("peelwijde-bod-2026")
    write_json(os.path.join(OUT, "gold", "peelwijde-2025.json"),
               {"document": doc_meta("peelwijde-2025", "prestatieafspraken", 2025, n25, "hand-out"),
                "afspraken": [strip(a) for a in a25]})
    write_json(os.path.join(OUT, "gold", "peelwijde-2026.json"),
               {"document": doc_meta("peelwijde-2026", "prestatieafspraken", 2026, n26, "hand-out"),
                "afspraken": [strip(a) for a in a26]})
    write_json(os.path.join(OUT, "gold", "peelwijde-bod-2026.json"),
               {"document": doc_meta("peelwijde-bod-2026", "bod", 2026, nbod, "letter"),
                "afspraken": [strip(a) for a in bod]})
    pair("a25", "a26", "peelwijde-2025", "peelwijde-2026", "l1", a25, a26)
    pair("bod", "a26", "peelwijde-bod-2026", "peelwijde-2026", "l2", bod, a26)
    print("2025: %d pages %d afspraken; 2026: %d pages %d; bod: %d pages %d"
          % (n25, len(a25), n26, len(a26), nbod, len(bod)))


if __name__ == "__main__":
    main()
