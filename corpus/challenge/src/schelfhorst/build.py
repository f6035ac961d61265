# -*- coding: utf-8 -*-
"""Build the schelfhorst family: PDFs (reportlab, deterministic) and gold JSON.

Run: /work/main/.venv/bin/python corpus/challenge/src/schelfhorst/build.py
"""
import copy
import json
import os
import sys

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
W, H = A4
X_TAG, X_NUM, X_TXT, X_RIGHT = 40, 100, 128, W - 62
TOP, BOTTOM = H - 78, 62
FS, LEAD = 9.5, 13.2
FN_FS, FN_LEAD = 7, 9
TAG_COLORS = {"NIEUW": HexColor("#2E7D32"), "GEWIJZIGD": HexColor("#E07B00"), "DOORLOPEND": HexColor("#1F5FA8")}
GREY = Color(0.35, 0.35, 0.35)


# ------------------------------------------------------------------ versions
def resolve(year):
    """Afspraken present in `year`, each with its resolved version (text, frame, status ...)."""
    res = []
    for a in C.AFSPRAKEN:
        vs = a["versions"]
        if year not in vs:
            continue
        v = vs[year]
        if v == C.SAME:
            prev = max(y for y in vs if y < year)
            pv = vs[prev]
            while pv == C.SAME:
                prev = max(y for y in vs if y < prev)
                pv = vs[prev]
            v = copy.deepcopy(pv)
            v["status"], v["kinds"], v["hn"], v["label"] = "unchanged", [], None, None
        v = dict(v)
        first_year = year == C.YEARS[0] or (year - 1) not in vs
        if first_year:
            v["status"] = None
        if v.get("label"):
            label = v["label"]
        elif v["status"] is None:
            label = "NIEUW"
        elif v["status"] == "unchanged" or (v["status"] == "reworded" and v["hn"] in ("recurring_year", "indexed_amount")):
            label = "DOORLOPEND"
        else:
            label = "GEWIJZIGD"
        res.append(dict(a=a, v=v, label=label))
    return res


def sub(s, year):
    return s.replace("{year}", str(year)).replace("{prev}", str(year - 1)).replace("{next}", str(year + 1))


# ------------------------------------------------------------------ text wrapping
def wrap_tokens(text, fnmark, width, font="Helvetica", fs=FS):
    """Wrap text into lines of tokens (word, mark-or-None). The mark goes after the first word starting with fnmark."""
    words = text.split(" ")
    toks = []
    placed = False
    for w in words:
        m = None
        if fnmark and not placed and w.rstrip(".,;:").startswith(fnmark[0]) and w.rstrip(".,;:") == fnmark[0]:
            m = fnmark[1]
            placed = True
        toks.append((w, m))
    if fnmark and not placed:
        raise ValueError("footnote anchor %r not found in %r" % (fnmark[0], text))
    lines, cur, cw = [], [], 0.0
    sp = stringWidth(" ", font, fs)
    for w, m in toks:
        ww = stringWidth(w, font, fs) + (stringWidth(m, font, 5.5) + 0.6 if m else 0)
        if cur and cw + sp + ww > width:
            lines.append(cur)
            cur, cw = [], 0.0
        cw = cw + (sp if cur else 0) + ww
        cur.append((w, m))
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, toks, font="Helvetica", fs=FS):
    """Draw a line as runs of plain text with real spaces; a footnote mark is drawn raised and small."""
    run = []

    def flush(x, run):
        if run:
            s = " ".join(run)
            c.setFont(font, fs)
            c.drawString(x, y, s)
            x += stringWidth(s, font, fs)
        return x
    for w, m in toks:
        if not m:
            run.append(w)
            continue
        core = w.rstrip(".,;:")
        punct = w[len(core):]
        run.append(core)
        x = flush(x, run)
        run = []
        c.setFont("Helvetica", 5.5)
        c.drawString(x + 0.3, y + 3.6, m)
        x += stringWidth(m, "Helvetica", 5.5) + 0.6
        if punct:
            c.setFont(font, fs)
            c.drawString(x, y, punct)
            x += stringWidth(punct, font, fs)
        run = [""]  # next word is preceded by a space
    flush(x, run)


def plain_lines(text, width, font="Helvetica", fs=FS):
    return [" ".join(w for w, _ in ln) for ln in wrap_tokens(text, None, width, font, fs)]


# ------------------------------------------------------------------ page layout
class Doc:
    def __init__(self, year):
        self.year = year
        self.pages = []  # list of (ops, footnotes)
        self.fn_counter = 0
        self.new_page()

    def new_page(self):
        self.ops = []
        self.fns = []
        self.pages.append((self.ops, self.fns))
        self.y = TOP

    @property
    def pageno(self):
        return len(self.pages)

    def fn_height(self, fns):
        if not fns:
            return 0
        h = 10
        for _, t in fns:
            h += FN_LEAD * len(plain_lines(t, X_RIGHT - X_NUM - 10, "Helvetica", FN_FS))
        return h

    def ensure(self, h, extra_fns=()):
        if self.y - h < BOTTOM + self.fn_height(self.fns + list(extra_fns)):
            self.new_page()
            return True
        return False

    def op(self, f):
        self.ops.append(f)


def para(doc, text, x=X_NUM, font="Helvetica", fs=FS, lead=LEAD, after=6, color=None):
    lines = plain_lines(text, X_RIGHT - x, font, fs)
    for ln in lines:
        doc.ensure(lead)
        y = doc.y

        def f(c, y=y, ln=ln):
            if color is not None:
                c.setFillColor(color)
            c.setFont(font, fs)
            c.drawString(x, y, ln)
            c.setFillColorRGB(0, 0, 0)
        doc.op(f)
        doc.y -= lead
    doc.y -= after


def heading(doc, text, fs=13, before=10, after=8, keep=80):
    doc.ensure(before + fs + keep)
    doc.y -= before
    y = doc.y

    def f(c, y=y):
        c.setFont("Helvetica-Bold", fs)
        c.setFillColor(HexColor("#1B4D3E"))
        c.drawString(X_NUM - 60 if fs >= 13 else X_NUM, y, text)
        c.setFillColorRGB(0, 0, 0)
    doc.op(f)
    doc.y -= fs + after


def draw_tag(c, y, label):
    col = TAG_COLORS[label]
    c.setFillColor(col)
    c.roundRect(X_TAG, y - 1.8, 52, 11.2, 3.2, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 6.5)
    c.drawCentredString(X_TAG + 26, y + 2.2, label)
    c.setFillColorRGB(0, 0, 0)


def render(year):
    items = resolve(year)
    doc = Doc(year)
    gold = []
    y0 = H - 250  # cover

    def cover(c):
        c.setFillColor(HexColor("#1B4D3E"))
        c.rect(0, H - 120, W, 120, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, H - 70, "Gemeente Schelfhorst  |  De Korenschoof  |  Schelfhorst Samen")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 28)
        c.drawString(60, y0, "Prestatieafspraken %d" % year)
        c.setFont("Helvetica", 13)
        c.drawString(60, y0 - 30, "Doorlopende afsprakenlijst met statuslabels")
        c.setFont("Helvetica", 10.5)
        for i, p in enumerate(["Gemeente Schelfhorst", C.CORPORATIE, C.HUURDERS]):
            c.drawString(60, y0 - 80 - 16 * i, p)
        c.setFont("Helvetica", 9.5)
        c.drawString(60, y0 - 150, "Vastgesteld in het bestuurlijk overleg van %s" % C.SIGN_DATE[year])
    doc.op(cover)
    doc.new_page()
    heading(doc, "Inleiding", before=0)
    for p in C.INTRO[year]:
        para(doc, sub(p, year))
    heading(doc, "Leeswijzer", fs=10.5, before=4, after=6)
    para(doc, C.LEESWIJZER)

    num = 0
    for ckey, ctitle in C.CHAPTERS:
        heading(doc, ctitle, before=16)
        for pkey, pch, ptitle in C.PARENTS:
            if pch != ckey:
                continue
            subs = [it for it in items if it["a"]["parent"] == pkey]
            if not subs:
                continue
            num += 1
            solo = pkey in C.SOLO
            assert not solo or len(subs) == 1, pkey
            # parent title line
            title_h = LEAD + 3
            first = True
            for si, it in enumerate(subs):
                a, v, label = it["a"], it["v"], it["label"]
                fnmark = None
                fnlist = []
                if v.get("fn"):
                    doc.fn_counter += 1
                    fnmark = (v["fn"][0], str(doc.fn_counter))
                    fnlist = [(str(doc.fn_counter), v["fn"][1])]
                lines = wrap_tokens(v["text"], fnmark, X_RIGHT - X_TXT)
                h = LEAD * len(lines) + (11 if v.get("eig") else 0) + 6
                need = h + (title_h if first else 0)
                doc.ensure(need, fnlist)  # keep the whole afspraak (and the parent title) on one page
                if first:
                    y = doc.y
                    number_txt = str(num)

                    def ft(c, y=y, n=number_txt, t=ptitle, lab=(label if solo else None)):
                        c.setFont("Helvetica-Bold", 10.5)
                        c.drawString(X_NUM, y, n)
                        c.drawString(X_TXT, y, t)
                        if lab:
                            draw_tag(c, y, lab)
                    doc.op(ft)
                    doc.y -= title_h
                    first = False
                number = str(num) if solo else "%d%s" % (num, "abcdefghij"[si])
                page = doc.pageno
                for li, ln in enumerate(lines):
                    y = doc.y

                    def fl(c, y=y, ln=ln, li=li, number=number, label=label, solo=solo):
                        if li == 0 and not solo:
                            draw_tag(c, y, label)
                            c.setFont("Helvetica-Bold", FS)
                            c.drawString(X_NUM, y, number)
                        draw_line(c, X_TXT, y, ln)
                    doc.op(fl)
                    doc.y -= LEAD
                if v.get("eig"):
                    y = doc.y + 1.5
                    s = "Eigenaar: %s · Gereed: %s" % v["eig"]

                    def fe(c, y=y, s=s):
                        c.setFillColor(GREY)
                        c.setFont("Helvetica-Oblique", 8)
                        c.drawString(X_TXT, y, s)
                        c.setFillColorRGB(0, 0, 0)
                    doc.op(fe)
                    doc.y -= 11
                doc.y -= 6
                doc.fns.extend(fnlist)
                themes = a.get("themes") or [a["theme"]]
                gold.append({
                    "key": a["key"], "number": number,
                    "section": "%s > %s" % (ctitle, ptitle), "party": None,
                    "theme": themes[0], "themes": themes, "page": page, "text": v["text"],
                    "trekker": v["eig"][0] if v.get("eig") else None,
                    "planning": v["eig"][1] if v.get("eig") else None,
                    "attributes": {"status_label": label},
                    "frame": v["frame"],
                    "_status": v["status"], "_kinds": v["kinds"], "_hn": v["hn"],
                })
        # chapter look-back (not afspraken)
        doc.ensure(60)
        doc.y -= 4
        y = doc.y

        def fb(c, y=y):
            c.setFont("Helvetica-BoldOblique", 9.5)
            c.setFillColor(HexColor("#1B4D3E"))
            c.drawString(X_NUM, y, "Wat we vorig jaar bereikten")
            c.setFillColorRGB(0, 0, 0)
        doc.op(fb)
        doc.y -= LEAD
        para(doc, C.BEREIKT[ckey][year], font="Helvetica-Oblique", fs=9, lead=12.5)

    heading(doc, "Looptijd en slotbepalingen", before=16)
    for p in C.SLOT:
        para(doc, sub(p, year))
    doc.ensure(150)
    para(doc, "Aldus overeengekomen en ondertekend te Schelfhorst op %s." % C.SIGN_DATE[year], after=14)
    for org, name, func in C.SIGNATORIES:
        doc.ensure(50)
        y = doc.y

        def fs_(c, y=y, org=org, name=name, func=func):
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(X_NUM, y, org)
            c.setFont("Helvetica", 9.5)
            c.drawString(X_NUM, y - 26, "%s, %s" % (name, func))
            c.setStrokeColor(GREY)
            c.line(X_NUM, y - 14, X_NUM + 180, y - 14)
        doc.op(fs_)
        doc.y -= 44
    return doc, gold


def write_pdf(doc, path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Prestatieafspraken %d Schelfhorst" % doc.year)
    c.setAuthor("Gemeente Schelfhorst")
    n = len(doc.pages)
    for i, (ops, fns) in enumerate(doc.pages):
        if i > 0:
            c.setFont("Helvetica", 7.5)
            c.setFillColor(GREY)
            c.drawString(X_NUM - 60, H - 45, "Prestatieafspraken %d  ·  Gemeente Schelfhorst, De Korenschoof en Schelfhorst Samen" % doc.year)
            c.setStrokeColor(HexColor("#1B4D3E"))
            c.line(X_NUM - 60, H - 50, X_RIGHT, H - 50)
            c.drawRightString(X_RIGHT, 32, "Pagina %d van %d" % (i + 1, n))
            c.setFillColorRGB(0, 0, 0)
        for f in ops:
            f(c)
        if fns:
            fh = doc.fn_height(fns)
            y = BOTTOM - 8 + fh - 10
            c.setStrokeColor(GREY)
            c.line(X_NUM, y + 8, X_NUM + 120, y + 8)
            for mark, t in fns:
                for j, ln in enumerate(plain_lines(t, X_RIGHT - X_NUM - 10, "Helvetica", FN_FS)):
                    c.setFont("Helvetica", FN_FS)
                    if j == 0:
                        c.drawString(X_NUM, y, mark)
                    c.drawString(X_NUM + 10, y, ln)
                    y -= FN_LEAD
        c.showPage()
    c.save()
    return n


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for year in C.YEARS:
        did = "%s-%d" % (C.FAMILY, year)
        doc, gold = render(year)
        n = write_pdf(doc, os.path.join(OUT, "pdf", did + ".pdf"))
        golds[year] = gold
        out = {
            "document": {"id": did, "family": C.FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
                         "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORPORATIE],
                         "huurdersorganisaties": [C.HUURDERS], "pages": n, "layout": C.LAYOUT},
            "afspraken": [{k: v for k, v in g.items() if not k.startswith("_")} for g in gold],
        }
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for y0, y1 in zip(C.YEARS, C.YEARS[1:]):
        old = {g["key"]: g for g in golds[y0]}
        new = {g["key"]: g for g in golds[y1]}
        links = []
        for a in C.AFSPRAKEN:
            k = a["key"]
            if k in old and k in new:
                g = new[k]
                st = g["_status"]
                assert st in ("unchanged", "reworded", "weakened", "strengthened", "modified"), (k, st)
                assert (st == "unchanged") == (old[k]["text"] == g["text"]), k
                links.append({"old": k, "new": k, "status": st,
                              "kinds": g["_kinds"] if st in ("weakened", "strengthened", "modified") else [],
                              "hard_negative": g["_hn"] if st in ("reworded", "unchanged") else None})
            elif k in old:
                links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
            elif k in new:
                links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
        o, n_ = "%s-%d" % (C.FAMILY, y0), "%s-%d" % (C.FAMILY, y1)
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (o, n_)), "w", encoding="utf-8") as f:
            json.dump({"old": o, "new": n_, "links": links}, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("built", ", ".join("%s-%d: %d afspraken" % (C.FAMILY, y, len(golds[y])) for y in C.YEARS))


if __name__ == "__main__":
    main()
