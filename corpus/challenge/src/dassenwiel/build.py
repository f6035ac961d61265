# -*- coding: utf-8 -*-
"""Build the dassenwiel family: magazine-style brochure printed as A3 spreads (layout `spreads`).

Run: /work/main/.venv/bin/python corpus/challenge/src/dassenwiel/build.py
"""
import copy
import json
import os
import sys

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "dassenwiel"

A4W, A4H = 595.27, 841.89
OUTER, INNER = 56.0, 44.0
TOP_Y, BOT_Y = A4H - 72.0, 72.0
BW = A4W - OUTER - INNER  # body width
CH_MIN = 110.0  # a chapter starts on a fresh page when less room than this is left
BODY, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
ACCENT = (0.12, 0.38, 0.36)
GREY = (0.45, 0.45, 0.45)


def resolve_versions():
    """Per afspraak: year -> version dict (resolving 'same')."""
    res = {}
    for a in C.AFSPRAKEN:
        prev = None
        vs = {}
        for y in C.YEARS:
            v = a["v"].get(y)
            if v is None:
                prev = None
                continue
            if v == C.SAME:
                v = dict(copy.deepcopy(prev), status="unchanged", kinds=[], hard_negative=None)
            vs[y] = v
            prev = v
        res[a["key"]] = vs
    return res


class Flow:
    def __init__(self):
        self.halves = []  # list of dicts: ops, chapter
        self.chapter = ""
        self.starts = {}
        self.spans = []
        self.new_half()

    def new_half(self):
        self.halves.append({"ops": [], "chapter": self.chapter})
        self.y = TOP_Y
        self.bottom = BOT_Y
        if getattr(self, "pending", None):
            # a photo that did not fit is floated to the foot of the next page
            caption, hgt = self.pending
            self.pending = None
            self.op("rect", self.x0(), BOT_Y + 16, BW, hgt, (0.78, 0.78, 0.78), None)
            self.op("text", self.x0(), BOT_Y + 4, ITAL, 8, GREY, caption)
            self.bottom = BOT_Y + hgt + 34

    @property
    def h(self):
        return len(self.halves) - 1

    def x0(self):
        # left margin inside the half (outer margin on the left page, inner on the right page)
        return OUTER if self.h % 2 == 0 else INNER

    def need(self, height):
        if self.y - height < self.bottom:
            self.new_half()

    def op(self, *o):
        self.halves[-1]["ops"].append(o)

    def text(self, dx, font, size, s, color=(0, 0, 0)):
        self.op("text", self.x0() + dx, self.y, font, size, color, s)

    def para(self, s, font=BODY, size=9.5, lead=13.2, indent=0.0, after=6.0, color=(0, 0, 0)):
        lines = simpleSplit(s, font, size, BW - indent)
        for ln in lines:
            self.need(lead)
            self.y -= lead
            self.text(indent, font, size, ln, color)
        self.y -= after

    def chapter_head(self, num, title, force_new=False):
        if self.halves[-1]["ops"] and (force_new or self.y - CH_MIN < self.bottom):
            self.new_half()
        elif self.halves[-1]["ops"]:
            self.y -= 26
        self.chapter = title
        if self.y == TOP_Y:
            self.halves[-1]["chapter"] = title
        self.starts[title] = self.h
        self.op("rect", self.x0(), self.y - 6, 40, 6, ACCENT, None)
        self.y -= 48
        if num is not None:
            self.text(0, BOLD, 30, str(num), ACCENT)
            self.y -= 30
        self.text(0, BOLD, 19, title)
        self.y -= 16

    def subhead(self, s):
        self.need(40)
        self.y -= 12
        self.text(0, BOLD, 11, s, ACCENT)
        self.y -= 6

    def afspraak(self, number, s):
        lines = simpleSplit(s, BODY, 10, BW - 32)
        self.need(14 + 4)
        start = self.h
        first = True
        for ln in lines:
            self.need(14)
            self.y -= 14
            if first:
                self.text(0, BOLD, 10, number, ACCENT)
                first = False
            self.text(32, BODY, 10, ln)
        self.y -= 7
        if self.h != start:
            self.spans.append((number, start, self.h))
        return start

    def box(self, title, rows):
        hgt = 26 + 15 * len(rows) + 10
        self.need(hgt + 10)
        self.y -= 8
        top = self.y
        self.op("rect", self.x0(), top - hgt, BW, hgt, (0.90, 0.94, 0.93), None)
        self.y -= 20
        self.text(10, BOLD, 10.5, title, ACCENT)
        self.y -= 6
        for lab, val in rows:
            self.y -= 15
            self.text(10, BODY, 9, lab)
            self.op("rtext", self.x0() + BW - 10, self.y, BOLD, 9, (0, 0, 0), val)
        self.y = top - hgt - 10

    def photo(self, caption, hgt=150):
        if self.y - (hgt + 30) < self.bottom:
            self.pending = (caption, hgt)
            return
        self.y -= 6
        self.op("rect", self.x0(), self.y - hgt, BW, hgt, (0.78, 0.78, 0.78), None)
        self.y -= hgt + 12
        self.text(0, ITAL, 8, caption, GREY)
        self.y -= 10


def layout_year(year, vers, toc=None):
    fl = Flow()
    placed = []  # (key, number, chapter title, half index, text, afspraak)
    # voorwoord
    fl.chapter_head(None, "Voorwoord")
    for p in C.VOORWOORD[year]:
        fl.para(p)
    fl.box("Kerncijfers Dassenwiel (1 januari %d)" % year, C.KERNCIJFERS[year])
    fl.para("Deze brochure is een gezamenlijke uitgave van de gemeente Dassenwiel, Woonstichting Wielerhof en "
            "Huurdersvereniging De Dassenburcht. De afspraken gelden van 1 januari tot en met 31 december %d." % year,
            font=ITAL, size=8.5, lead=11.5, color=GREY)
    fl.subhead("Inhoud")
    for ci, (ckey, title, intro) in enumerate(C.CHAPTERS):
        fl.y -= 14
        fl.text(0, BODY, 9.5, "%d   %s" % (ci + 1, title))
        fl.op("rtext", fl.x0() + BW, fl.y, BODY, 9.5, (0, 0, 0), str((toc or {}).get(title, 0) + 2))
    fl.y -= 14
    fl.text(0, BODY, 9.5, "     Ondertekening")
    fl.op("rtext", fl.x0() + BW, fl.y, BODY, 9.5, (0, 0, 0), str((toc or {}).get("Ondertekening", 0) + 2))
    for ci, (ckey, title, intro) in enumerate(C.CHAPTERS):
        num = ci + 1
        fl.chapter_head(num, title, force_new=(ci == 0))
        fl.para(intro, font=BOLD, size=10, lead=14)
        if ckey in C.PHOTOS:
            fl.photo(C.PHOTOS[ckey], C.PHOTO_H[year][ckey])
        fl.subhead("Dit spreken we af")
        n = 0
        for a in C.AFSPRAKEN:
            if a["ch"] != ckey or year not in vers[a["key"]]:
                continue
            n += 1
            v = vers[a["key"]][year]
            number = "%d.%d" % (num, n)
            h = fl.afspraak(number, v["text"])
            placed.append((a, number, title, h, v))
    fl.chapter_head(None, "Ondertekening")
    fl.para("Aldus overeengekomen en ondertekend te Dassenwiel op %s." % C.SIGN_DATE[year])
    for org, name, func in C.SIGNATORIES:
        fl.need(70)
        fl.y -= 40
        fl.op("line", fl.x0(), fl.y, fl.x0() + 200, fl.y)
        fl.y -= 12
        fl.text(0, BOLD, 9, org)
        fl.y -= 12
        fl.text(0, BODY, 9, "%s, %s" % (name, func))
    fl.subhead("Colofon")
    fl.para("Uitgave: gemeente Dassenwiel, afdeling Wonen, in samenwerking met Woonstichting Wielerhof en "
            "Huurdersvereniging De Dassenburcht. Vragen over deze afspraken kunt u stellen via het klantcentrum van "
            "Wielerhof of bij het secretariaat van De Dassenburcht.", font=ITAL, size=8.5, lead=11.5, color=GREY)
    if len(fl.halves) % 2 == 1:
        fl.new_half()
    return fl, placed


def draw_ops(c, ops, ox):
    for o in ops:
        kind = o[0]
        if kind == "text":
            _, x, y, font, size, color, s = o
            c.setFillColorRGB(*color)
            c.setFont(font, size)
            c.drawString(ox + x, y, s)
        elif kind == "rtext":
            _, x, y, font, size, color, s = o
            c.setFillColorRGB(*color)
            c.setFont(font, size)
            c.drawRightString(ox + x, y, s)
        elif kind == "rect":
            _, x, y, w, h, fill, stroke = o
            c.setFillColorRGB(*fill)
            c.rect(ox + x, y, w, h, stroke=0, fill=1)
        elif kind == "line":
            _, x1, y1, x2, y2 = o
            c.setStrokeColorRGB(0.3, 0.3, 0.3)
            c.setLineWidth(0.5)
            c.line(ox + x1, y1, ox + x2, y2)
    c.setFillColorRGB(0, 0, 0)


def render(year, fl, path):
    c = canvas.Canvas(path, pagesize=(A4W, A4H), invariant=1)
    c.setTitle("Prestatieafspraken Dassenwiel %d" % year)
    c.setAuthor("Gemeente Dassenwiel")
    # cover: a single A4 page
    c.setFillColorRGB(*ACCENT)
    c.rect(0, A4H - 250, A4W, 250, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(BOLD, 34)
    c.drawString(56, A4H - 130, "Prestatieafspraken")
    c.setFont(BOLD, 46)
    c.drawString(56, A4H - 185, str(year))
    c.setFillColorRGB(0.78, 0.78, 0.78)
    c.rect(56, 250, A4W - 112, 300, stroke=0, fill=1)
    c.setFillColorRGB(*GREY)
    c.setFont(ITAL, 8)
    c.drawString(56, 238, "Woningen aan de Wielstraat in Dassenwiel")
    c.setFillColorRGB(0, 0, 0)
    c.setFont(BOLD, 15)
    c.drawString(56, 190, "Samen werken aan wonen in Dassenwiel")
    c.setFont(BODY, 10.5)
    for i, p in enumerate(["Gemeente Dassenwiel", C.CORP, C.HUURDERS]):
        c.drawString(56, 160 - 15 * i, p)
    c.showPage()
    nh = len(fl.halves)
    for s in range(0, nh, 2):
        c.setPageSize((2 * A4W, A4H))
        c.setStrokeColorRGB(0.8, 0.8, 0.8)
        c.setLineWidth(0.3)
        c.line(A4W, 20, A4W, A4H - 20)
        for side in (0, 1):
            h = s + side
            half = fl.halves[h]
            ox = side * A4W
            pno = h + 2
            c.setFillColorRGB(*GREY)
            c.setFont(BODY, 7.5)
            if side == 0:
                c.drawString(ox + OUTER, A4H - 40, "Prestatieafspraken Dassenwiel %d" % year)
                c.drawString(ox + OUTER, 36, str(pno))
            else:
                if half["chapter"]:
                    c.drawRightString(ox + A4W - OUTER, A4H - 40, half["chapter"])
                c.drawRightString(ox + A4W - OUTER, 36, str(pno))
            c.setFillColorRGB(0, 0, 0)
            draw_ops(c, half["ops"], ox)
        c.showPage()
    c.save()
    return 1 + nh // 2


def main():
    vers = resolve_versions()
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    docs = {}
    for year in C.YEARS:
        did = "%s-%d" % (FAMILY, year)
        fl, placed = layout_year(year, vers)
        fl, placed = layout_year(year, vers, toc=fl.starts)
        print(did, "afspraken over a half boundary:", fl.spans)
        pages = render(year, fl, os.path.join(OUT, "pdf", did + ".pdf"))
        afs = []
        for a, number, title, h, v in placed:
            afs.append({
                "key": a["key"], "number": number, "section": title, "party": None,
                "theme": a["themes"][0], "themes": list(a["themes"]),
                "page": 2 + h // 2, "text": v["text"],
                "trekker": None, "planning": None, "attributes": {},
                "frame": v["frame"],
            })
        gold = {"document": {
            "id": did, "family": FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
            "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP],
            "huurdersorganisaties": [C.HUURDERS], "pages": pages, "layout": "spreads"},
            "afspraken": afs}
        docs[year] = gold
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for y0, y1 in zip(C.YEARS, C.YEARS[1:]):
        links = []
        old_keys = [a["key"] for a in docs[y0]["afspraken"]]
        new_keys = [a["key"] for a in docs[y1]["afspraken"]]
        for k in old_keys:
            if k in new_keys:
                v = vers[k][y1]
                links.append({"old": k, "new": k, "status": v["status"], "kinds": v["kinds"],
                              "hard_negative": v["hard_negative"]})
            else:
                links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        for k in new_keys:
            if k not in old_keys:
                links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
        pair = {"old": "%s-%d" % (FAMILY, y0), "new": "%s-%d" % (FAMILY, y1), "links": links}
        with open(os.path.join(OUT, "gold", "pairs", "%s-%d__%s-%d.json" % (FAMILY, y0, FAMILY, y1)), "w",
                  encoding="utf-8") as f:
            json.dump(pair, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("built", ", ".join("%s-%d: %d afspraken, %d pages" % (FAMILY, y, len(docs[y]["afspraken"]),
                                                                   docs[y]["document"]["pages"]) for y in C.YEARS))


if __name__ == "__main__":
    main()
