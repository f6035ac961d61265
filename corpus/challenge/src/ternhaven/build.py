# -*- coding: utf-8 -*-
"""Build the ternhaven family of the afspraken challenge corpus.

Run from /work/main:  .venv/bin/python corpus/challenge/src/ternhaven/build.py
Writes corpus/challenge/dev/pdf/ternhaven-<year>.pdf, the gold JSON and the pair files.

Layout 'jaarschijf-per-partij-margenummers': afspraken grouped per party, numbering restarts in each
party chapter, numbers in a left margin column (x=60), text block from x=110.
"""
import io
import json
import os
import sys

sys.dont_write_bytecode = True

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as CT  # noqa: E402
import context as CX  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))  # /work/main
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")

W, H = A4
NUM_X = 60
TEXT_X = 110
RIGHT = W - 62
TEXT_W = RIGHT - TEXT_X
TOP = H - 82
BOTTOM = 72
FONT, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE, LEAD = 10, 13.6

# occasional hyphenation of long compounds at a line end (as Word does with auto-hyphenation on)
HYPH = {
    "energiebesparende": 7, "energielasten": 7, "omgevingsvergunning": 8, "huisvestingsverordening": 11,
    "wijkuitvoeringsplan": 4, "energieambassadeurs": 7, "binnenterreinen": 6, "herstructurering": 4,
    "eengezinswoningen": 10, "renovatieprogramma": 9, "vervangingsprogramma": 11, "reparatieverzoeken": 9,
    "huursomstijging": 6, "geschillencommissie": 11, "vergunninghouders": 10, "renovatietrajecten": 9,
    "bewonerscommissie": 7, "bewonerscommissies": 7, "zorggeschikte": 4, "energiearmoede": 7,
    "omgevingsplanwijzigingen": 13, "bestemmingsplannen": 9, "seniorenwoning": 7, "huurachterstand": 4,
    "prestatieafspraken": 7, "middenhuurwoning": 9, "draagconstructie": 4, "inloopbijeenkomst": 6,
    "woonzorgvisie": 3,
}
PUNCT = ".,;:)"


def wrap(text, width, font=FONT, size=SIZE, hyphenate=True):
    words = text.split()
    lines, cur = [], ""
    sw = lambda s: stringWidth(s, font, size)  # noqa: E731
    i = 0
    while i < len(words):
        w = words[i]
        cand = w if not cur else cur + " " + w
        if sw(cand) <= width:
            cur = cand
            i += 1
            continue
        core = w.rstrip(PUNCT)
        if hyphenate and core.lower() in HYPH and "-" not in w:
            k = HYPH[core.lower()]
            pre = w[:k] + "-"
            cand2 = pre if not cur else cur + " " + pre
            if sw(cand2) <= width:
                lines.append(cand2)
                cur = ""
                words[i] = w[k:]
                continue
        if cur:
            lines.append(cur)
            cur = ""
        else:  # single word wider than the line
            lines.append(w)
            i += 1
    if cur:
        lines.append(cur)
    return lines


class Writer:
    def __init__(self, c, year, total, toc):
        self.c, self.year, self.total, self.toc = c, year, total, toc
        self.page = 1
        self.y = TOP
        self.chapter_pages = {}

    # ---- page furniture
    def furniture(self):
        c = self.c
        if self.page == 1:
            return
        c.setFont(FONT, 8)
        c.setFillGray(0.35)
        c.drawString(NUM_X, H - 48, "Prestatieafspraken Ternhaven 2024-2027")
        c.drawRightString(RIGHT, H - 48, "Jaarschijf %d" % self.year)
        c.setLineWidth(0.4)
        c.setStrokeGray(0.6)
        c.line(NUM_X, H - 53, RIGHT, H - 53)
        c.line(NUM_X, 50, RIGHT, 50)
        c.drawString(NUM_X, 38, "Gemeente Ternhaven  |  Woonbedrijf Zilvermeeuw  |  Huurdersvereniging Havenlicht")
        c.drawRightString(RIGHT, 38, "Pagina %d van %d" % (self.page, self.total))
        c.setFillGray(0)
        c.setStrokeGray(0)

    def new_page(self):
        self.furniture()
        self.c.showPage()
        self.page += 1
        self.y = TOP

    def ensure(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    def space(self, h):
        self.y -= h

    # ---- blocks
    def h1(self, num, title, newpage=False):
        if newpage and self.y < TOP:
            self.new_page()
        self.ensure(60)
        self.c.setFont(BOLD, 14)
        if num is not None:
            self.c.drawString(NUM_X, self.y, str(num))
        self.c.drawString(TEXT_X, self.y, title)
        self.chapter_pages[title] = self.page
        self.y -= 24

    def h2(self, title):
        self.ensure(44)
        self.y -= 4
        self.c.setFont(BOLD, 11)
        self.c.drawString(TEXT_X, self.y, title)
        self.y -= 17

    def para(self, text, font=FONT, size=SIZE, lead=LEAD, x=TEXT_X, width=TEXT_W, after=7, run_in=None):
        if run_in:  # bold run-in label followed by text on the same first line
            lab_w = stringWidth(run_in, BOLD, size) + 6
            first = wrap(text, width - lab_w, font, size, hyphenate=False)
            first_line = first[0]
            rest = " ".join(text.split()[len(first_line.split()):]) if len(first) > 1 else ""
            # recompute rest exactly (hyphenation is not applied to run-in paragraphs)
            lines = [first_line] + (wrap(rest, width, font, size, hyphenate=False) if rest else [])
        else:
            lines = wrap(text, width, font, size)
        self.ensure(lead * min(2, len(lines)))
        for i, ln in enumerate(lines):
            if self.y < BOTTOM:
                self.new_page()
            if i == 0 and run_in:
                self.c.setFont(BOLD, size)
                self.c.drawString(x, self.y, run_in)
                self.c.setFont(font, size)
                self.c.drawString(x + lab_w, self.y, ln)
            else:
                self.c.setFont(font, size)
                self.c.drawString(x, self.y, ln)
            self.y -= lead
        self.y -= after

    def afspraak(self, num, text):
        lines = wrap(text, TEXT_W)
        self.ensure(LEAD * min(1, len(lines) - 1))  # keep at least two lines together
        start = self.page
        self.c.setFont(BOLD, SIZE)
        self.c.drawString(NUM_X, self.y, str(num))
        for ln in lines:
            if self.y < BOTTOM:
                self.new_page()
            self.c.setFont(FONT, SIZE)
            self.c.drawString(TEXT_X, self.y, ln)
            self.y -= LEAD
        self.y -= 6
        return start

    def table(self, header, rows, widths, size=9):
        lead = size + 6
        self.ensure(lead * (len(rows) + 2))
        x0 = TEXT_X
        c = self.c
        c.setLineWidth(0.5)
        c.line(x0, self.y + lead - 3, x0 + sum(widths), self.y + lead - 3)
        for r_i, row in enumerate([header] + rows):
            x = x0
            c.setFont(BOLD if r_i == 0 else FONT, size)
            for j, (cell, w) in enumerate(zip(row, widths)):
                if j == 0:
                    c.drawString(x + 2, self.y, cell)
                else:
                    c.drawRightString(x + w - 4, self.y, cell)
                x += w
            if r_i == 0:
                c.line(x0, self.y - 4, x0 + sum(widths), self.y - 4)
            self.y -= lead
        c.line(x0, self.y + lead - 4, x0 + sum(widths), self.y + lead - 4)
        self.y -= 8

    def finish(self):
        self.furniture()
        self.c.showPage()


def cover(wr, y):
    c = wr.c
    c.setFillGray(0.15)
    c.rect(0, H - 250, W, 250, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont(BOLD, 26)
    c.drawString(NUM_X, H - 130, "Prestatieafspraken Ternhaven")
    c.drawString(NUM_X, H - 164, "2024-2027")
    c.setFont(FONT, 13)
    c.drawString(NUM_X, H - 205, "Kaderafspraken over wonen in Ternhaven voor de periode 2024 tot en met 2027")
    c.setFillGray(0)
    c.setFont(BOLD, 34)
    c.drawString(NUM_X, H - 330, "Jaarschijf %d" % y)
    c.setFont(FONT, 12)
    c.drawString(NUM_X, H - 360, "Uitwerking van de prestatieafspraken 2024-2027 voor het jaar %d" % y)
    c.setFont(BOLD, 11)
    c.drawString(NUM_X, H - 440, "Partijen")
    c.setFont(FONT, 11)
    for i, (org, _, _) in enumerate(CX.SIGNERS):
        c.drawString(NUM_X, H - 460 - i * 17, org)
    c.setFont(FONT, 10)
    c.drawString(NUM_X, 120, "Vastgesteld in het bestuurlijk overleg en ondertekend op %s" % CT.SIGNED[y])
    c.drawString(NUM_X, 104, "Definitieve versie")


def render(y, total, toc):
    """Render one jaarschijf. Returns (pdf bytes, afspraken gold list, pages, chapter pages)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Prestatieafspraken Ternhaven 2024-2027 - Jaarschijf %d" % y)
    c.setAuthor("Gemeente Ternhaven, Woonbedrijf Zilvermeeuw, Huurdersvereniging Havenlicht")
    c.setCreator("ternhaven build.py")
    c.setProducer("ReportLab")
    c.setSubject("Jaarschijf %d" % y)
    wr = Writer(c, y, total, toc)
    cover(wr, y)
    wr.new_page()

    chapters = CT.structure(y)
    samen_title = chapters[3][1]

    # ---- page 2: inhoudsopgave en leeswijzer
    wr.h1(None, "Inhoudsopgave")
    entries = [("1", "Inleiding"), ("2", "Terugblik op %d" % (y - 1))]
    entries += [(str(n), t) for (n, t, _, _, _) in chapters]
    entries += [("7", "Looptijd, monitoring en slotbepalingen"), ("8", "Ondertekening"), ("", "Bijlagen")]
    for num, title in entries:
        pg = str(toc.get(title, "")) if toc else ""
        c.setFont(FONT, SIZE)
        c.drawString(NUM_X, wr.y, num)
        c.drawString(TEXT_X, wr.y, title)
        tw = stringWidth(title, FONT, SIZE)
        dots_x = TEXT_X + tw + 6
        n_dots = int((RIGHT - 24 - dots_x) / stringWidth(". ", FONT, SIZE))
        c.setFillGray(0.5)
        c.drawString(dots_x, wr.y, ". " * max(n_dots, 0))
        c.setFillGray(0)
        c.drawRightString(RIGHT, wr.y, pg)
        wr.y -= 17
    wr.space(18)
    wr.h2("Leeswijzer")
    wr.para(CX.LEESWIJZER)

    # ---- 1 Inleiding
    wr.h1(1, "Inleiding", newpage=True)
    wr.h2("1.1  Kaderafspraken 2024-2027 en deze jaarschijf")
    wr.para(CX.INTRO["kader"].format(y=y, ord=CX.ORDINAL[y]))
    wr.h2("1.2  Beleidscontext")
    wr.para(CX.INTRO["beleid"])
    wr.para(CX.INTRO["extra"][y])

    # ---- 2 Terugblik
    wr.space(6)
    wr.h1(2, "Terugblik op %d" % (y - 1))
    for p in CX.TERUGBLIK[y]:
        wr.para(p)
    wr.h2("Kerncijfers")
    cols = CX.KERN_COLS[y]
    wr.table(["Indicator", cols[0], cols[1]], [list(r) for r in CX.KERN[y]], [245, 90, 90])
    wr.para("Bron: monitor prestatieafspraken Ternhaven, peildatum %s." % cols[1], font=ITAL, size=8.5,
            lead=11)

    # ---- 3-6 afspraken per partij
    gold = []
    geschil_no = None
    for (chno, title, party, intro, subs) in chapters:
        wr.h1(chno, title, newpage=(chno == 3))
        wr.para(intro)
        n = 0
        for sub, keys in subs:
            if sub:
                wr.h2(sub)
            for k in keys:
                n += 1
                a = CT.AF[k][y]
                pg = wr.afspraak(n, a["text"])
                if k == "sam-geschillen":
                    geschil_no = n
                section = "%d %s" % (chno, title) + (" > %s" % sub if sub else "")
                gold.append({
                    "key": k, "number": str(n), "section": section, "party": party,
                    "theme": a["themes"][0], "themes": a["themes"], "page": pg, "text": " ".join(a["text"].split()),
                    "trekker": None, "planning": None, "attributes": {}, "frame": a["frame"],
                })

    # ---- 7 slotbepalingen (context, not afspraken)
    wr.space(6)
    wr.h1(7, "Looptijd, monitoring en slotbepalingen")
    for lab, txt in CX.SLOT:
        wr.para(txt.format(y=y, g=geschil_no), run_in=lab + ".")

    # ---- 8 ondertekening
    wr.h1(8, "Ondertekening", newpage=True)
    wr.para("Aldus overeengekomen en ondertekend te Ternhaven op %s." % CT.SIGNED[y])
    wr.space(20)
    for org, name, func in CX.SIGNERS:
        wr.ensure(80)
        c.setFont(FONT, SIZE)
        c.drawString(TEXT_X, wr.y, "Namens %s" % org)
        wr.y -= 40
        c.setLineWidth(0.4)
        c.line(TEXT_X, wr.y + 10, TEXT_X + 200, wr.y + 10)
        c.drawString(TEXT_X, wr.y, name)
        wr.y -= LEAD
        c.setFont(ITAL, SIZE)
        c.drawString(TEXT_X, wr.y, func)
        wr.y -= 30

    # ---- bijlagen
    wr.h1(None, "Bijlagen", newpage=True)
    for b in CX.BIJLAGEN:
        wr.para(b.format(y=y, y2=y + 2, yp=y - 1), after=2)
    wr.space(14)
    wr.h2("Bijlage 1  Nieuwbouwprogramma %d-%d per project" % (y, y + 2))
    wr.table(["Project", "Wijk", "Woningen", "Oplevering", "Status"],
             [list(r) for r in CX.NIEUWBOUW[y]], [120, 80, 55, 60, 110], size=8.5)
    wr.para("Aantallen zijn indicatief en afhankelijk van de voortgang van de ruimtelijke procedures.",
            font=ITAL, size=8.5, lead=11)
    wr.h2("Bijlage 2  Begrippenlijst")
    for term, d in CX.BEGRIPPEN:
        wr.para(d, run_in=term + ":", after=3)

    wr.finish()
    c.save()
    toc_out = dict(wr.chapter_pages)
    return buf.getvalue(), gold, wr.page, toc_out


def build_year(y):
    _, _, pages, toc = render(y, 99, None)
    toc_map = {}
    for title, pg in toc.items():
        toc_map[title] = pg
    pdf, gold, pages2, _ = render(y, pages, toc_map)
    assert pages2 == pages
    return pdf, gold, pages


def doc_meta(y, pages):
    return {"id": "%s-%d" % (CT.FAMILY, y), "family": CT.FAMILY, "type": "prestatieafspraken", "year": y,
            "years": [2024, 2025, 2026, 2027], "gemeente": CT.GEMEENTE, "gemeenten": [CT.GEMEENTE],
            "corporaties": [CT.CORP], "huurdersorganisaties": [CT.HUURDERS], "pages": pages,
            "layout": "jaarschijf-per-partij-margenummers"}


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    keys_by_year = {}
    for y in CT.YEARS:
        pdf, gold, pages = build_year(y)
        did = "%s-%d" % (CT.FAMILY, y)
        with open(os.path.join(OUT, "pdf", did + ".pdf"), "wb") as f:
            f.write(pdf)
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump({"document": doc_meta(y, pages), "afspraken": gold}, f, ensure_ascii=False, indent=1)
            f.write("\n")
        keys_by_year[y] = [a["key"] for a in gold]
        print("%s: %d pages, %d afspraken, %d bytes" % (did, pages, len(gold), len(pdf)))
    for (yo, yn), links in CT.PAIRS.items():
        old_id, new_id = "%s-%d" % (CT.FAMILY, yo), "%s-%d" % (CT.FAMILY, yn)
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (old_id, new_id)), "w",
                  encoding="utf-8") as f:
            json.dump({"old": old_id, "new": new_id, "links": links}, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
