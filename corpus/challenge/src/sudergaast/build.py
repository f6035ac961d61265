# -*- coding: utf-8 -*-
"""Build the sudergaast family: bilingual (Nederlands | Frysk) two-column prestatieafspraken 2025-2027.

Run: /work/main/.venv/bin/python corpus/challenge/src/sudergaast/build.py
Writes corpus/challenge/dev/pdf/sudergaast-<year>.pdf, dev/gold/sudergaast-<year>.json and two pair files.
"""
import copy
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
FAMILY = "sudergaast"
LAYOUT = "tweetalich"

W, H = A4
ML = 56
GUT = 26
COLW = (W - 2 * ML - GUT) / 2
XL = ML
XR = ML + COLW + GUT
TOP = 760
BOTTOM = 72
FS = 9.5
LEAD = 12.2
NUMW = 24


VOWELS = set("aeiouyáéíóúâêôûëïöüè")
LETTERS = set("abcdefghijklmnopqrstuvwxyzáéíóúâêôûëïöüè")
NOSPLIT = {"ch", "ng", "ij", "ie", "oe", "ui", "ou", "ei", "au", "ee", "aa", "oo", "uu", "sj", "tj", "nk"}


def hyph_points(w):
    """Plausible hyphenation points of a long lowercase-ish word (simple V-CV / VC-CV heuristic)."""
    lw = w.lower()
    if len(w) < 10 or not all(ch in LETTERS for ch in lw):
        return []
    pts = []
    for i in range(4, len(w) - 3):
        a, b = lw[i - 1], lw[i]
        if lw[i - 1:i + 1] in NOSPLIT or (i >= 2 and lw[i - 2:i + 1] == "sch") or lw[i:i + 3] == "sch":
            continue
        if a not in VOWELS and b not in VOWELS and lw[i - 2] in VOWELS and lw[i + 1] in VOWELS:
            pts.append(i)
        elif a in VOWELS and b not in VOWELS and lw[i + 1] in VOWELS and lw[i - 2] not in VOWELS:
            pts.append(i)
    return pts


def wrap(text, width, font="Helvetica", size=FS):
    """Greedy wrap with occasional hyphenation; returns lines as token lists ("\u0001" = non-breaking space)."""
    words = text.replace("€ ", "€\u0001").split(" ")
    sw = lambda t: stringWidth(t.replace("\u0001", " "), font, size)  # noqa: E731
    lines, cur = [], []
    k = 0
    while k < len(words):
        w = words[k]
        if sw(" ".join(cur + [w])) <= width:
            cur.append(w)
            k += 1
            continue
        free = width - sw(" ".join(cur))
        core, tail = w.rstrip(".,;:)"), w[len(w.rstrip(".,;:)")):]
        done = False
        if cur and free > width * 0.22:
            for p in reversed(hyph_points(core)):
                if sw(" ".join(cur + [core[:p] + "-"])) <= width:
                    lines.append(cur + [core[:p] + "-"])
                    cur = []
                    words[k] = core[p:] + tail
                    done = True
                    break
        if not done:
            lines.append(cur)
            cur = []
            if not lines[-1]:
                lines.pop()
                cur = [w]
                k += 1
    if cur:
        lines.append(cur)
    return lines


# ------------------------------------------------------------------ rows
def doc_versions(year):
    """Resolve '=' versions; return list of afspraken present in `year` with (nl, fy, frame)."""
    res = []
    for a in C.A:
        v = a["v"]
        if year not in v:
            continue
        cur = v[year]
        y = year
        while cur == "=":
            y -= 1
            cur = v[y]
        res.append((a, cur))
    return res


def build_rows(year):
    rows = []
    items = doc_versions(year)
    # chapter 1
    rows.append(("chapter", 1))
    for nl, fy in C.intro(year):
        rows.append(("para", nl, fy))
    for ch in range(2, 8):
        rows.append(("chapter", ch))
        if C.CONTEXT.get(ch):
            rows.append(("para",) + C.CONTEXT[ch])
        if ch == 7:
            rows.append(("para",) + C.PROCESS_CONTEXT[year])
        n = 0
        cursub = None
        for a, (nl, fy, frame) in items:
            if a["chapter"] != ch:
                continue
            if a["sub"] != cursub:
                cursub = a["sub"]
                if cursub:
                    rows.append(("sub",) + C.SUBS[cursub])
            n += 1
            rows.append(("afspraak", "%d.%d" % (ch, n), nl, fy, a, frame))
    return rows


def row_height(r):
    k = r[0]
    if k == "chapter":
        return 34
    if k == "sub":
        return 18
    if k == "para":
        nl = len(wrap(r[1], COLW))
        fy = len(wrap(r[2], COLW))
        return max(nl, fy) * LEAD + 7
    if k == "afspraak":
        nl = len(wrap(r[2], COLW - NUMW))
        fy = len(wrap(r[3], COLW - NUMW))
        return max(nl, fy) * LEAD + 7
    raise ValueError(k)


def paginate(rows):
    pages, cur, y = [], [], TOP
    i = 0
    while i < len(rows):
        r = rows[i]
        h = row_height(r)
        need = h
        if r[0] in ("chapter", "sub") and i + 1 < len(rows):
            need += row_height(rows[i + 1])
            if rows[i + 1][0] == "sub" and i + 2 < len(rows):
                need += row_height(rows[i + 2])
        if y - need < BOTTOM and cur:
            pages.append(cur)
            cur, y = [], TOP
        cur.append((y, r))
        y -= h
        i += 1
    if cur:
        pages.append(cur)
    return pages


# ------------------------------------------------------------------ drawing
def header_footer(c, year, pno, total):
    c.setFont("Helvetica", 7.5)
    c.setFillGray(0.35)
    c.drawString(XL, 805, "Prestatieafspraken Súdergaast %d" % year)
    c.drawString(XR, 805, "Prestaasjeôfspraken Súdergaast %d" % year)
    c.setLineWidth(0.5)
    c.setStrokeGray(0.6)
    c.line(ML, 798, W - ML, 798)
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(XL, 784, "Nederlands")
    c.drawString(XR, 784, "Frysk")
    c.line(ML, 56, W - ML, 56)
    c.setFont("Helvetica", 7.5)
    c.drawString(XL, 44, "Pagina %d van %d" % (pno, total))
    c.drawString(XR, 44, "Side %d fan %d" % (pno, total))
    c.setFillGray(0)
    c.setStrokeGray(0)


def draw_lines(c, x, y, lines, width=None, font="Helvetica", size=FS):
    """Draw wrapped token lines; justified (except the last line) when width is given."""
    c.setFont(font, size)
    for i, toks in enumerate(lines):
        toks = [t.replace("\u0001", " ") for t in toks]
        yy = y - i * LEAD
        natural = stringWidth(" ".join(toks), font, size)
        if width is None or i == len(lines) - 1 or len(toks) < 2 or width - natural > width * 0.3:
            c.drawString(x, yy, " ".join(toks))
            continue
        line = " ".join(toks)
        to = c.beginText(x, yy)
        to.setFont(font, size)
        to.setWordSpace((width - natural) / line.count(" "))
        to.textOut(line)
        to.setWordSpace(0)
        c.drawText(to)


def draw_row(c, y, r):
    k = r[0]
    base = y - 10
    if k != "chapter":
        c.setStrokeGray(0.6)
        c.setLineWidth(0.5)
        c.line(W / 2, y, W / 2, y - row_height(r))
        c.setStrokeGray(0)
    if k == "chapter":
        ch = r[1]
        nl, fy = C.CHAPTERS[ch]
        c.setFont("Helvetica-Bold", 12.5)
        c.setFillColorRGB(0.05, 0.25, 0.45)
        c.drawString(XL, y - 20, "%d.  %s / %s" % (ch, nl, fy))
        c.setFillGray(0)
    elif k == "sub":
        c.setFont("Helvetica-Bold", 10)
        c.drawString(XL, base, r[1])
        c.drawString(XR, base, r[2])
    elif k == "para":
        draw_lines(c, XL, base, wrap(r[1], COLW), COLW)
        draw_lines(c, XR, base, wrap(r[2], COLW), COLW)
    elif k == "afspraak":
        num = r[1]
        c.setFont("Helvetica-Bold", FS)
        c.drawString(XL, base, num)
        c.drawString(XR, base, num)
        draw_lines(c, XL + NUMW, base, wrap(r[2], COLW - NUMW), COLW - NUMW)
        draw_lines(c, XR + NUMW, base, wrap(r[3], COLW - NUMW), COLW - NUMW)


def centered(c, text, y, font, size, x0, width):
    c.setFont(font, size)
    c.drawString(x0 + (width - stringWidth(text, font, size)) / 2, y, text)


def title_page(c, year):
    c.setFillColorRGB(0.05, 0.25, 0.45)
    c.rect(0, H - 150, W, 150, stroke=0, fill=1)
    c.setFillGray(1)
    centered(c, "Prestatieafspraken %d" % year, H - 80, "Helvetica-Bold", 26, 0, W)
    centered(c, "Prestaasjeôfspraken %d" % year, H - 112, "Helvetica-Oblique", 20, 0, W)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(XL, 600, "Gemeente Súdergaast")
    c.drawString(XR, 600, "Gemeente Súdergaast")
    c.setFont("Helvetica", 10)
    nl = ["Woonstichting Wetterwâl", "Stichting Wonen Lytse Mar", "Huurdersvereniging De Skalm",
          "Bewonersraad Lytse Mar"]
    fy = ["Wenstifting Wetterwâl", "Stifting Wenjen Lytse Mar", "Hierdersferiening De Skalm",
          "Bewennersried Lytse Mar"]
    for i in range(4):
        c.drawString(XL, 582 - i * 15, nl[i])
        c.drawString(XR, 582 - i * 15, fy[i])
    c.setFont("Helvetica-Bold", 11)
    c.drawString(XL, 480, "Inhoud")
    c.drawString(XR, 480, "Ynhâld")
    c.setFont("Helvetica", 10)
    for i, ch in enumerate(sorted(C.CHAPTERS)):
        c.drawString(XL, 462 - i * 15, "%d   %s" % (ch, C.CHAPTERS[ch][0]))
        c.drawString(XR, 462 - i * 15, "%d   %s" % (ch, C.CHAPTERS[ch][1]))
    c.drawString(XL, 462 - 7 * 15, "    Ondertekening")
    c.drawString(XR, 462 - 7 * 15, "    Undertekening")
    c.drawString(XL, 462 - 8 * 15, "    Bijlage 1  Nieuwbouwprogramma")
    c.drawString(XR, 462 - 8 * 15, "    Taheakke 1  Nijbouprogramma")
    c.setFont("Helvetica", 9)
    c.setFillGray(0.3)
    c.drawString(XL, 120, "Vastgesteld: %s" % C.SIGN[year][0])
    c.drawString(XR, 120, "Fêststeld: %s" % C.SIGN[year][1])
    c.drawString(XL, 106, "Looptijd: 1 januari - 31 december %d" % year)
    c.drawString(XR, 106, "Rintiid: 1 jannewaris - 31 desimber %d" % year)
    c.setFillGray(0)


def signature_page(c, year):
    c.setFont("Helvetica-Bold", 12.5)
    c.setFillColorRGB(0.05, 0.25, 0.45)
    c.drawString(XL, TOP - 20, "Ondertekening / Undertekening")
    c.setFillGray(0)
    place_nl, place_fy = C.SIGN[year]
    pl, dt = place_nl.split(", ")
    plf, dtf = place_fy.split(", ")
    draw_lines(c, XL, TOP - 46, wrap("Aldus overeengekomen en ondertekend te %s op %s." % (pl, dt), COLW))
    draw_lines(c, XR, TOP - 46, wrap("Sa oerienkommen en ûndertekene te %s op %s." % (plf, dtf), COLW))
    y = TOP - 100
    for org_nl, org_fy, name, f_nl, f_fy in C.SIGNERS:
        c.setFont("Helvetica-Bold", FS)
        c.drawString(XL, y, "Namens %s" % org_nl)
        c.drawString(XR, y, "Út namme fan %s" % org_fy)
        c.setStrokeGray(0.5)
        c.line(XL, y - 30, XL + 150, y - 30)
        c.line(XR, y - 30, XR + 150, y - 30)
        c.setFont("Helvetica", FS)
        c.drawString(XL, y - 42, name)
        c.drawString(XR, y - 42, name)
        c.drawString(XL, y - 54, f_nl)
        c.drawString(XR, y - 54, f_fy)
        y -= 96


def bijlage_page(c, year):
    c.setFont("Helvetica-Bold", 12.5)
    c.setFillColorRGB(0.05, 0.25, 0.45)
    c.drawString(XL, TOP - 20, "Bijlage 1  Nieuwbouwprogramma / Taheakke 1  Nijbouprogramma")
    c.setFillGray(0)
    draw_lines(c, XL, TOP - 46, wrap("Indicatief overzicht van de nieuwbouwprojecten van de corporaties. De "
                                     "afspraken hierover staan in hoofdstuk 2.", COLW), COLW)
    draw_lines(c, XR, TOP - 46, wrap("Yndikatyf oersjoch fan de nijbouprojekten fan de korporaasjes. De "
                                     "ôfspraken hjiroer steane yn haadstik 2.", COLW), COLW)
    cols_nl = ["Project", "Dorp", "Corporatie", "Aantal", "Oplevering"]
    cols_fy = ["Projekt", "Doarp", "Korporaasje", "Tal", "Oplevering"]
    xs = [0, 60, 103, 157, 186]
    y = TOP - 95
    for x0, cols in ((XL, cols_nl), (XR, cols_fy)):
        c.setFont("Helvetica-Bold", 8)
        for dx, h in zip(xs, cols):
            c.drawString(x0 + dx, y, h)
        c.setLineWidth(0.5)
        c.line(x0, y - 4, x0 + COLW, y - 4)
    c.setFont("Helvetica", 8)
    for i, row in enumerate(C.BIJLAGE[year]):
        yy = y - 18 - i * 14
        for x0, fy in ((XL, False), (XR, True)):
            vals = list(row)
            if fy and vals[4] == "onderzoek":
                vals[4] = "ûndersyk"
            for dx, v in zip(xs, vals):
                c.drawString(x0 + dx, yy, v)
    yy = y - 18 - len(C.BIJLAGE[year]) * 14 + 6
    c.line(XL, yy, XL + COLW, yy)
    c.line(XR, yy, XR + COLW, yy)


def build_doc(year):
    did = "%s-%d" % (FAMILY, year)
    rows = build_rows(year)
    pages = paginate(rows)
    total = len(pages) + 3
    path = os.path.join(OUT, "pdf", did + ".pdf")
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Prestatieafspraken Súdergaast %d" % year)
    c.setAuthor("Gemeente Súdergaast")
    title_page(c, year)
    c.showPage()
    afspraken = []
    chapter = None
    sub = None
    for pi, pg in enumerate(pages):
        pno = pi + 2
        header_footer(c, year, pno, total)
        for y, r in pg:
            draw_row(c, y, r)
            if r[0] == "chapter":
                chapter, sub = C.CHAPTERS[r[1]][0], None
            elif r[0] == "sub":
                sub = r[1]
            elif r[0] == "afspraak":
                a, frame = r[4], r[5]
                afspraken.append({
                    "key": a["key"],
                    "number": r[1],
                    "section": chapter + (" > " + sub if sub else ""),
                    "party": None,
                    "theme": a["themes"][0],
                    "themes": list(a["themes"]),
                    "page": pno,
                    "text": r[2],
                    "trekker": None,
                    "planning": None,
                    "attributes": {},
                    "frame": copy.deepcopy(frame),
                })
        c.showPage()
    header_footer(c, year, total - 1, total)
    signature_page(c, year)
    c.showPage()
    header_footer(c, year, total, total)
    bijlage_page(c, year)
    c.showPage()
    c.save()
    gold = {
        "document": {
            "id": did, "family": FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
            "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": list(C.CORPORATIES),
            "huurdersorganisaties": list(C.HUURDERS), "pages": total, "layout": LAYOUT,
        },
        "afspraken": afspraken,
    }
    with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold


def build_pair(old, new, spec):
    otext = {a["key"]: a["text"] for a in old["afspraken"]}
    ntext = {a["key"]: a["text"] for a in new["afspraken"]}
    links = []
    for a in old["afspraken"]:
        k = a["key"]
        if k in ntext:
            if k in spec:
                st, kinds, hn = spec[k]
                assert otext[k] != ntext[k], ("text identical but status", k, st)
            else:
                assert otext[k] == ntext[k], ("text differs but no status", k)
                st, kinds, hn = "unchanged", [], None
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        else:
            assert k not in spec, k
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
    for a in new["afspraken"]:
        if a["key"] not in otext:
            assert a["key"] not in spec, a["key"]
            links.append({"old": None, "new": a["key"], "status": "new", "kinds": [], "hard_negative": None})
    for k in spec:
        assert k in otext and k in ntext, ("spec key missing", k)
    oid, nid = old["document"]["id"], new["document"]["id"]
    pr = {"old": oid, "new": nid, "links": links}
    with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (oid, nid)), "w", encoding="utf-8") as f:
        json.dump(pr, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    golds = {y: build_doc(y) for y in C.YEARS}
    for (o, n), spec in C.PAIRS.items():
        build_pair(golds[o], golds[n], spec)
    for y in C.YEARS:
        print("%s-%d: %d pages, %d afspraken" % (FAMILY, y, golds[y]["document"]["pages"],
                                                   len(golds[y]["afspraken"])))


if __name__ == "__main__":
    main()
