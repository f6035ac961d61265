# -*- coding: utf-8 -*-
"""Build the kreekhaven family: an A5 booklet printed as a saddle-stitch imposition proof.

Every PDF page is a landscape A4 sheet with two A5 booklet pages side by side in imposition order
(for 16 pages: 16|1, 2|15, 14|3, 4|13, 12|5, 6|11, 10|7, 8|9).

Usage: python build.py [--out DIR]   (DIR defaults to corpus/challenge/test)
"""
import copy
import json
import os
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

SHEET_W, SHEET_H = landscape(A4)
PW = SHEET_W / 2.0          # A5 page width (421 pt)
PH = SHEET_H                # A5 page height (595 pt)
M_OUT, M_IN = 34.0, 44.0    # outer / inner (spine side) margin
M_TOP, M_BOT = 52.0, 50.0
FW = PW - M_OUT - M_IN
BODY_TOP = PH - M_TOP
BODY_BOT = M_BOT
NPAGES = 12
CHAPTER_NEWPAGE = False
CHAPTER_THRESHOLD = 0.42

TEAL = colors.HexColor("#1d6b73")
SAND = colors.HexColor("#efe6d2")
LIGHT = colors.HexColor("#e3f0f1")
GREY = colors.HexColor("#6b6b6b")

ST = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10.2, leading=14.0, alignment=TA_JUSTIFY,
                           spaceAfter=5, allowWidows=1, allowOrphans=0),
    "intro": ParagraphStyle("intro", fontName="Helvetica-Oblique", fontSize=10.2, leading=14.0,
                            alignment=TA_JUSTIFY, spaceAfter=5, textColor=colors.HexColor("#333333"),
                            allowWidows=1, allowOrphans=0),
    "afspraak": ParagraphStyle("afspraak", fontName="Helvetica", fontSize=10.2, leading=14.0,
                               alignment=TA_JUSTIFY, leftIndent=24, bulletIndent=0, bulletFontName="Helvetica-Bold",
                               bulletFontSize=10.2, spaceAfter=6, allowWidows=1, allowOrphans=0),
    "chapnum": ParagraphStyle("chapnum", fontName="Helvetica-Bold", fontSize=8.5, leading=11,
                              textColor=TEAL, spaceAfter=1),
    "chap": ParagraphStyle("chap", fontName="Helvetica-Bold", fontSize=15, leading=18.5, textColor=TEAL,
                           spaceAfter=8),
    "sub": ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5, spaceAfter=4,
                          textColor=colors.black),
    "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12.5, leading=16, textColor=TEAL,
                        spaceAfter=6),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=10.5, spaceAfter=3,
                            textColor=colors.HexColor("#444444")),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=9.2, leading=15),
    "box": ParagraphStyle("box", fontName="Helvetica", fontSize=8.6, leading=11.4),
    "boxb": ParagraphStyle("boxb", fontName="Helvetica-Bold", fontSize=8.6, leading=11.4),
    "quote": ParagraphStyle("quote", fontName="Helvetica-Oblique", fontSize=9, leading=12.2, textColor=TEAL),
}


def fmt(s, year):
    return s.format(year=year, prev=year - 1, next=year + 1, plus4=year + 4)


def title_of(ch, year):
    t = ch["title"]
    return t[year] if isinstance(t, dict) else t


# ----------------------------------------------------------------------------- versions / gold
def resolve_versions():
    """Per key and year: full version dict (text + frame + status) with inheritance resolved."""
    out = {}
    for a in C.AFSPRAKEN:
        prev = None
        res = {}
        for y in C.YEARS:
            v = a["versions"].get(y)
            if v is None:
                prev = None
                continue
            if v == "same":
                cur = copy.deepcopy(prev)
                cur["st"] = "unchanged"
                cur.pop("kinds", None)
                cur.pop("hn", None)
            else:
                cur = copy.deepcopy(prev) if prev else {}
                for k in ("st", "kinds", "hn"):
                    cur.pop(k, None)
                cur.update(copy.deepcopy(v))
                cur.setdefault("actors", a["actors"])
            res[y] = cur
            prev = cur
        out[a["key"]] = res
    return out


def frame_of(v):
    qs = []
    for q in v.get("q", []):
        qs.append({"value": q[0], "unit": q[1], "comparator": q[2], "value_max": q[3] if len(q) > 3 else None})
    dl = v.get("dl")
    return {
        "actors": list(v["actors"]),
        "modality": v["mod"],
        "quantities": qs,
        "deadline": {"year": dl[0], "text": dl[1]} if dl else None,
        "recurring": bool(v.get("rec", False)),
        "conditions": list(v.get("cond", [])),
    }


# ----------------------------------------------------------------------------- stream
def para(text, style):
    return Paragraph(escape(text), ST[style])


def kerncijfers_box(year):
    white = ParagraphStyle("boxh", parent=ST["boxb"], textColor=colors.white)
    rows = [[Paragraph("Kreekhaven in cijfers (1 januari %d)" % year, white), ""]]
    for label, vals in C.KERNCIJFERS:
        rows.append([Paragraph(escape(label), ST["box"]), Paragraph(escape(vals[year]), ST["boxb"])])
    t = Table(rows, colWidths=[FW * 0.68, FW * 0.32 - 2])
    t.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 1), (-1, -1), LIGHT),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return t


def quote_box(text):
    t = Table([[Paragraph(escape(text), ST["quote"])]], colWidths=[FW - 2])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SAND),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def toc_table(year, chap_pages):
    rows = []
    rows.append([Paragraph("Voorwoord", ST["toc"]), Paragraph(str(chap_pages.get("_voorwoord", 0)), ST["toc"])])
    rows.append([Paragraph("Inleiding", ST["toc"]), Paragraph(str(chap_pages.get("_inleiding", 0)), ST["toc"])])
    for ch in C.CHAPTERS:
        rows.append([Paragraph("%d&nbsp;&nbsp;%s" % (ch["num"], escape(title_of(ch, year))), ST["toc"]),
                     Paragraph(str(chap_pages.get(ch["key"], 0)), ST["toc"])])
    rows.append([Paragraph("Begrippen", ST["toc"]), Paragraph(str(NPAGES - 2), ST["toc"])])
    rows.append([Paragraph("Ondertekening", ST["toc"]), Paragraph(str(NPAGES - 1), ST["toc"])])
    t = Table(rows, colWidths=[FW - 30, 28])
    t.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return t


def build_stream(year, versions, chap_pages):
    s = []
    s.append(("h", para("Inhoud", "h")))
    s.append(("box", toc_table(year, chap_pages)))
    s.append(("space", 18))
    s.append(("h", para("Leeswijzer", "h")))
    s.append(("p", para(C.LEESWIJZER, "body")))
    s.append(("space", 18))
    s.append(("h", para("Colofon", "sub")))
    for p in C.COLOFON:
        s.append(("p", para(fmt(p, year), "small")))
    s.append(("newpage",))
    s.append(("mark", "_voorwoord"))
    s.append(("h", para("Voorwoord", "h")))
    for p in C.VOORWOORD[year]:
        s.append(("p", para(fmt(p, year), "body")))
    sig = "; ".join("%s, %s" % (n, f) for _, n, f in C.SIGNATORIES[year])
    s.append(("p", Paragraph("<i>%s</i>" % escape(sig), ST["small"])))
    s.append(("space", 10))
    s.append(("mark", "_inleiding"))
    s.append(("h", para("Inleiding", "h")))
    for p in C.INLEIDING[year]:
        s.append(("p", para(fmt(p, year), "body")))
    s.append(("space", 6))
    s.append(("box", kerncijfers_box(year)))
    s.append(("space", 10))
    s.append(("h", para(fmt("Terugblik op {prev}", year), "sub")))
    for p in C.TERUGBLIK[year]:
        s.append(("p", para(fmt(p, year), "body")))
    for ch in C.CHAPTERS:
        title = title_of(ch, year)
        s.append(("chapter", ch["key"], title, ch["num"]))
        for p in ch["intro"][year]:
            s.append(("p", para(fmt(p, year), "intro")))
        if ch["key"] in C.QUOTES:
            s.append(("space", 3))
            s.append(("box", quote_box(C.QUOTES[ch["key"]][year])))
            s.append(("space", 8))
        n = 0
        subs = ch["subs"] or [(None, None)]
        for skey, stitle in subs:
            items = [a for a in C.AFSPRAKEN if a["ch"] == ch["key"] and a["sub"] == skey and year in versions[a["key"]]]
            if stitle:
                s.append(("sub", para(stitle, "sub")))
            for a in items:
                n += 1
                v = versions[a["key"]][year]
                num = "%d.%d" % (ch["num"], n)
                p = Paragraph(escape(v["text"]), ST["afspraak"], bulletText=num)
                section = title + (" > " + stitle if stitle else "")
                s.append(("afspraak", a, num, section, p))
        if ch["key"] == "betaalbaar":
            s.append(("space", 8))
            s.append(("box", projecten_box(year)))
        for p in C.CLOSING.get(ch["key"], []):
            s.append(("space", 4))
            s.append(("p", para(fmt(p, year), "intro")))
    return s


def projecten_box(year):
    hs = ParagraphStyle("ph", parent=ST["boxb"], textColor=colors.white)
    rows = [[Paragraph("Nieuwbouwprojecten in beeld", hs), "", ""],
            [Paragraph("Project", ST["boxb"]), Paragraph("Woningen", ST["boxb"]), Paragraph("Stand van zaken", ST["boxb"])]]
    for a, b, c_ in C.PROJECTEN[year]:
        rows.append([Paragraph(escape(a), ST["box"]), Paragraph(escape(b), ST["box"]), Paragraph(escape(c_), ST["box"])])
    t = Table(rows, colWidths=[FW * 0.36, FW * 0.18, FW * 0.46 - 2])
    t.setStyle(TableStyle([
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("BACKGROUND", (0, 1), (-1, -1), SAND),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.white),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return t


def begrippen_table():
    rows = [[Paragraph(escape(a), ST["boxb"]), Paragraph(escape(b), ST["box"])] for a, b in C.BEGRIPPEN]
    t = Table(rows, colWidths=[FW * 0.3, FW * 0.7 - 2])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return t


def layout(stream):
    """Flow the stream over booklet pages 3 .. NPAGES-2. Returns pages{n: [(flowable, y)]}, marks."""
    first, last = 2, NPAGES - 3     # NPAGES-2: Begrippen, NPAGES-1: ondertekening
    pages = {first: []}
    page = first
    y = BODY_TOP
    marks = {}
    starts = []       # (afspraak, num, section, page)
    splits = []
    headers = {first: "Prestatieafspraken"}
    cur_header = "Prestatieafspraken"

    def newpage():
        nonlocal page, y
        page += 1
        if page > last:
            raise RuntimeError("content does not fit in the booklet")
        pages[page] = []
        headers[page] = cur_header
        y = BODY_TOP

    def place(f, space_after):
        nonlocal y
        w, h = f.wrap(FW, y - BODY_BOT)
        pages[page].append((f, y - h))
        y -= h + space_after

    i = 0
    while i < len(stream):
        it = stream[i]
        kind = it[0]
        if kind == "newpage":
            newpage()
        elif kind == "mark":
            marks[it[1]] = page
        elif kind == "space":
            if y < BODY_TOP:
                y -= it[1]
        elif kind == "chapter":
            if y < BODY_TOP and (CHAPTER_NEWPAGE or y - BODY_BOT < CHAPTER_THRESHOLD * (BODY_TOP - BODY_BOT)):
                newpage()
            elif y < BODY_TOP:
                y -= 14
            cur_header = it[2]
            if y == BODY_TOP:
                headers[page] = cur_header
            marks[it[1]] = page
            place(para("HOOFDSTUK %d" % it[3], "chapnum"), 1)
            place(para(it[2], "chap"), 8)
        elif kind in ("h", "sub"):
            f = it[1]
            w, h = f.wrap(FW, 1000)
            if y - h - 3 * ST['body'].leading - 8 < BODY_BOT:
                newpage()
            place(f, f.style.spaceAfter + (0 if kind == "h" else 1))
        elif kind == "box":
            f = it[1]
            w, h = f.wrap(FW, 1000)
            if y - h < BODY_BOT:
                newpage()
            place(f, 4)
        elif kind in ("p", "afspraak"):
            f = it[-1]
            started = False
            while True:
                w, h = f.wrap(FW, y - BODY_BOT)
                if y - h >= BODY_BOT:
                    if kind == "afspraak" and not started:
                        starts.append((it[1], it[2], it[3], page))
                    place(f, f.style.spaceAfter)
                    break
                parts = f.split(FW, y - BODY_BOT)
                if len(parts) >= 2:
                    if kind == "afspraak":
                        splits.append((it[1]["key"], page))
                    if kind == "afspraak" and not started:
                        starts.append((it[1], it[2], it[3], page))
                        started = True
                    place(parts[0], 0)
                    newpage()
                    f = parts[1]
                else:
                    newpage()
        i += 1
    LAST_SPLITS[:] = splits
    return pages, marks, starts, headers, page


LAST_SPLITS = []


def sheet_of(p, n=NPAGES):
    """0-based sheet index and half (0 left, 1 right) of booklet page p."""
    i = p - 1 if p <= n // 2 else n - p
    left = n - i if i % 2 == 0 else i + 1
    return i, 0 if p == left else 1


# ----------------------------------------------------------------------------- drawing
def page_margins(p):
    # even pages are left-hand pages: outer margin on the left
    return (M_OUT, M_IN) if p % 2 == 0 else (M_IN, M_OUT)


def draw_running(c, x0, p, year, header):
    ml, mr = page_margins(p)
    c.setFont("Helvetica", 7)
    c.setFillColor(GREY)
    if p % 2 == 0:
        c.drawString(x0 + ml, PH - 30, header.upper())
    else:
        c.drawRightString(x0 + PW - mr, PH - 30, header.upper())
    c.setStrokeColor(colors.HexColor("#cccccc"))
    c.setLineWidth(0.4)
    c.line(x0 + ml, PH - 35, x0 + PW - mr, PH - 35)
    c.line(x0 + ml, 34, x0 + PW - mr, 34)
    c.setFont("Helvetica", 7.5)
    foot = "Prestatieafspraken Kreekhaven %d" % year
    if p % 2 == 0:
        c.setFillColor(TEAL)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x0 + ml, 22, str(p))
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        c.drawString(x0 + ml + 18, 22, foot)
    else:
        c.setFillColor(GREY)
        c.drawRightString(x0 + PW - mr - 18, 22, foot)
        c.setFillColor(TEAL)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(x0 + PW - mr, 22, str(p))
    c.setFillColor(colors.black)


def draw_flow_page(c, x0, p, items):
    ml, _ = page_margins(p)
    for f, y in items:
        f.wrap(FW, 1000) if not isinstance(f, Paragraph) else f.wrap(FW, 10000)
        f.drawOn(c, x0 + ml, y)


def draw_waves(c, x0, y0, n, color, width):
    c.setStrokeColor(color)
    c.setLineWidth(width)
    for k in range(n):
        path = c.beginPath()
        yy = y0 + k * 9
        path.moveTo(x0, yy)
        for s in range(8):
            xa = x0 + s * PW / 8.0
            path.curveTo(xa + PW / 32.0, yy + 5, xa + PW / 16.0 + PW / 32.0, yy - 5, xa + PW / 8.0, yy)
        c.drawPath(path, stroke=1, fill=0)


def logo_row(c, x0, y):
    names = [("Gemeente", "Kreekhaven"), ("Woonstichting", "De Slikrand"), ("Huurdersvereniging", "De Kaai")]
    for k, (a, b) in enumerate(names):
        xx = x0 + 40 + k * 118
        c.setFillColor(TEAL)
        c.circle(xx + 8, y + 6, 8, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 6.5)
        c.drawString(xx + 20, y + 8, a)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(xx + 20, y - 1, b)


def draw_cover(c, x0, year):
    c.setFillColor(TEAL)
    c.rect(x0, PH * 0.42, PW, PH * 0.58, stroke=0, fill=1)
    draw_waves(c, x0, PH * 0.42 + 18, 4, colors.HexColor("#5aa3aa"), 1.2)
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 13)
    c.drawString(x0 + 40, PH - 90, "Samen werken aan goed wonen")
    c.setFont("Helvetica-Bold", 30)
    c.drawString(x0 + 40, PH - 150, "Prestatie-")
    c.drawString(x0 + 40, PH - 184, "afspraken %d" % year)
    c.setFont("Helvetica", 11)
    c.drawString(x0 + 40, PH - 212, "Kreekhaven")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9)
    c.drawString(x0 + 40, PH * 0.42 - 40, "Afspraken tussen de gemeente Kreekhaven,")
    c.drawString(x0 + 40, PH * 0.42 - 53, "Woonstichting De Slikrand en Huurdersvereniging De Kaai")
    c.setFillColor(GREY)
    c.drawString(x0 + 40, PH * 0.42 - 70, "Ondertekend op %s" % C.SIGN_DATE[year])
    logo_row(c, x0, 60)


def draw_begrippen(c, x0, p):
    ml, mr = page_margins(p)
    y = BODY_TOP
    f = para("Begrippen", "h")
    w, h = f.wrap(FW, 100)
    y -= h
    f.drawOn(c, x0 + ml, y)
    y -= 8
    t = begrippen_table()
    w, h = t.wrap(FW, 1000)
    t.drawOn(c, x0 + ml, y - h)


def draw_notes(c, x0, p):
    ml, mr = page_margins(p)
    f = para("Aantekeningen", "h")
    f.wrap(FW, 100)
    f.drawOn(c, x0 + ml, BODY_TOP - 16)
    c.setStrokeColor(colors.HexColor("#cfcfcf"))
    c.setLineWidth(0.4)
    yy = BODY_TOP - 44
    while yy > BODY_BOT + 10:
        c.line(x0 + ml, yy, x0 + PW - mr, yy)
        yy -= 22


def draw_signature(c, x0, year, p):
    ml, mr = page_margins(p)
    y = BODY_TOP
    f = para("Ondertekening", "h")
    w, h = f.wrap(FW, 100)
    y -= h
    f.drawOn(c, x0 + ml, y)
    f = para("Aldus overeengekomen en ondertekend te Kreekhaven op %s." % C.SIGN_DATE[year], "body")
    w, h = f.wrap(FW, 100)
    y -= h + 14
    f.drawOn(c, x0 + ml, y)
    for org, name, func in C.SIGNATORIES[year]:
        y -= 30
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0 + ml, y, org)
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setDash(1, 2)
        c.line(x0 + ml, y - 30, x0 + ml + 170, y - 30)
        c.setDash()
        c.setFont("Helvetica", 9)
        c.drawString(x0 + ml, y - 42, name)
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawString(x0 + ml, y - 54, func)
        y -= 60
    y -= 26
    f = para("Bijlagen (te vinden op www.prestatieafspraken-kreekhaven.nl)", "sub")
    w, h = f.wrap(FW, 100)
    y -= h
    f.drawOn(c, x0 + ml, y)
    c.setFont("Helvetica", 9)
    for k, a in enumerate(C.ATTACHMENTS):
        y -= 13
        c.drawString(x0 + ml, y, "%s.  %s" % (chr(ord("A") + k), fmt(a, year)))


def draw_back(c, x0, year):
    c.setFillColor(TEAL)
    c.rect(x0, 0, PW, PH * 0.30, stroke=0, fill=1)
    draw_waves(c, x0, PH * 0.30 - 40, 3, colors.HexColor("#5aa3aa"), 1.0)
    c.setFillColor(colors.black)
    ml = M_IN
    y = PH - 100
    f = para("Meer weten?", "h")
    f.wrap(FW, 100)
    f.drawOn(c, x0 + ml, y)
    lines = [
        ("Gemeente Kreekhaven", "Havenplein 1, 4471 KA Kreekhaven · 14 0113"),
        ("Woonstichting De Slikrand", "Schorweg 12, 4472 BN Kreekhaven · 0113 58 20 00"),
        ("Huurdersvereniging De Kaai", "Kaaistraat 40, 4471 CD Kreekhaven · info@hvdekaai.nl"),
    ]
    y -= 26
    for a, b in lines:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0 + ml, y, a)
        c.setFont("Helvetica", 8.5)
        c.drawString(x0 + ml, y - 12, b)
        y -= 34
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0 + ml, 70, "Prestatieafspraken %d" % year)
    c.setFont("Helvetica", 8)
    c.drawString(x0 + ml, 56, "Een uitgave van gemeente, corporatie en huurders samen")
    c.setFillColor(colors.black)


def draw_proof_marks(c):
    c.setStrokeColor(colors.HexColor("#888888"))
    c.setLineWidth(0.3)
    c.setDash(3, 3)
    c.line(PW, 0, PW, SHEET_H)       # fold line
    c.setDash()
    L = 10
    for (x, y, dx, dy) in ((0, 0, 1, 1), (SHEET_W, 0, -1, 1), (0, SHEET_H, 1, -1), (SHEET_W, SHEET_H, -1, -1)):
        c.line(x + dx * 4, y, x + dx * (4 + L), y)
        c.line(x, y + dy * 4, x, y + dy * (4 + L))
    for yy in (0, SHEET_H):
        dy = 1 if yy == 0 else -1
        c.line(PW, yy + dy * 2, PW, yy + dy * 14)


CONFIGS = [(fs, thr, sa) for fs in (10.4, 10.2, 10.6, 10.8, 11.0) for thr in (0.42, 0.25, 0.15)
           for sa in (6, 5, 7, 8, 4, 9)]


def set_font(fs):
    for k in ("body", "intro", "afspraak"):
        ST[k].fontSize = fs
        ST[k].leading = round(fs * 1.37, 2)
    ST["afspraak"].bulletFontSize = fs


def choose_config(year, versions):
    """The typesetter's choice: the first type size and spacing that fills the booklet and lets some
    afspraken run on over a page break."""
    global CHAPTER_THRESHOLD
    for fs, thr, sa in CONFIGS:
        set_font(fs)
        CHAPTER_THRESHOLD = thr
        ST["afspraak"].spaceAfter = sa
        try:
            _, marks, _, _, _ = layout(build_stream(year, versions, {}))
            _, _, _, _, last = layout(build_stream(year, versions, marks))
        except RuntimeError:
            continue
        if len(LAST_SPLITS) >= 2 and last >= NPAGES - 4:
            return fs, thr, sa
    raise RuntimeError("no configuration with split afspraken")


def render(year, versions, out_pdf):
    cfg = choose_config(year, versions)
    print("config", year, cfg)
    # pass 1 for chapter page numbers, pass 2 for real
    _, marks, _, _, _ = layout(build_stream(year, versions, {}))
    stream = build_stream(year, versions, marks)
    pages, marks2, starts, headers, lastpage = layout(stream)
    assert marks2 == marks, (marks, marks2)
    c = canvas.Canvas(out_pdf, pagesize=(SHEET_W, SHEET_H), invariant=1, pageCompression=1)
    c.setTitle("Prestatieafspraken %d Kreekhaven - drukproef" % year)
    c.setAuthor("Drukkerij Het Schor")
    c.setSubject("Boekje A5, geniet, inslag")
    for i in range(NPAGES // 2):
        left = NPAGES - i if i % 2 == 0 else i + 1
        right = i + 1 if i % 2 == 0 else NPAGES - i
        for x0, p in ((0, left), (PW, right)):
            if p == 1:
                draw_cover(c, x0, year)
            elif p == NPAGES:
                draw_back(c, x0, year)
            elif p == NPAGES - 2:
                draw_begrippen(c, x0, p)
                draw_running(c, x0, p, year, "Begrippen")
            elif p == NPAGES - 1:
                draw_signature(c, x0, year, p)
                draw_running(c, x0, p, year, "Ondertekening")
            elif p in pages:
                draw_flow_page(c, x0, p, pages[p])
                draw_running(c, x0, p, year, headers[p])
            else:
                draw_notes(c, x0, p)
                draw_running(c, x0, p, year, "Aantekeningen")
        draw_proof_marks(c)
        c.setFont("Helvetica", 5.5)
        c.setFillColor(GREY)
        c.showPage()
    c.save()
    return starts, lastpage


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    out = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    os.makedirs(os.path.join(out, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(out, "gold", "pairs"), exist_ok=True)
    versions = resolve_versions()
    docs = {}
    for year in C.YEARS:
        did = "%s-%d" % (C.FAMILY, year)
        starts, lastpage = render(year, versions, os.path.join(out, "pdf", did + ".pdf"))
        afs = []
        for a, num, section, bpage in starts:
            v = versions[a["key"]][year]
            afs.append({
                "key": a["key"], "number": num, "section": section, "party": None,
                "theme": a["themes"][0], "themes": list(a["themes"]),
                "page": sheet_of(bpage)[0] + 1,
                "text": v["text"], "trekker": None, "planning": None, "attributes": {},
                "frame": frame_of(v),
            })
        gold = {"document": {
            "id": did, "family": C.FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
            "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORPORATIE],
            "huurdersorganisaties": [C.HUURDERS], "pages": NPAGES // 2, "layout": C.LAYOUT},
            "afspraken": afs}
        write_json(os.path.join(out, "gold", did + ".json"), gold)
        docs[year] = gold
        bp = {a["key"]: b for a, _, _, b in starts}
        print("%s: %d afspraken, flow ends on booklet page %d; booklet pages %s; split %s"
              % (did, len(afs), lastpage, sorted(set(bp.values())), LAST_SPLITS))
    for y0, y1 in zip(C.YEARS, C.YEARS[1:]):
        old = [a["key"] for a in docs[y0]["afspraken"]]
        new = [a["key"] for a in docs[y1]["afspraken"]]
        links = []
        for k in new:
            if k in old:
                v = versions[k][y1]
                assert v.get("st"), (k, y1)
                links.append({"old": k, "new": k, "status": v["st"], "kinds": list(v.get("kinds", [])),
                              "hard_negative": v.get("hn")})
            else:
                links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
        for k in old:
            if k not in new:
                links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        o, n = "%s-%d" % (C.FAMILY, y0), "%s-%d" % (C.FAMILY, y1)
        write_json(os.path.join(out, "gold", "pairs", "%s__%s.json" % (o, n)), {"old": o, "new": n, "links": links})


if __name__ == "__main__":
    main()
