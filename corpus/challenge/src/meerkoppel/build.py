# -*- coding: utf-8 -*-
"""Build the meerkoppel family: redline ("versie met wijzigingen") prestatieafspraken 2025-2027.

Run from anywhere: /work/main/.venv/bin/python corpus/challenge/src/meerkoppel/build.py
"""
import copy
import difflib
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
W, H = A4
LEFT, RIGHT, TOP, BOTTOM = 72, 72, 78, 66
BODY = "Helvetica"
BOLD = "Helvetica-Bold"
ITAL = "Helvetica-Oblique"
FS = 10
LEAD = 13.5
RED = (0.78, 0.0, 0.0)
BLUE = (0.0, 0.0, 0.75)
BLACK = (0, 0, 0)
LABEL_W = 30


# ------------------------------------------------------------------ versions
def version(a, year):
    """(text, frame) of afspraak a in year, or None."""
    v = a["versions"].get(year)
    if v is None:
        return None
    if v == C.SAME:
        return version(a, year - 1)
    return v


def per_year(mapping, year):
    ys = [y for y in mapping if y <= year]
    return mapping[max(ys)] if ys else None


# ------------------------------------------------------------------ diff
def segments(old, new):
    """Word-level redline segments [(token, kind)] with kind same|del|ins."""
    if new is None:
        return [(t, "del") for t in old.split()]
    if old is None:
        return [(t, "same") for t in new.split()]
    a, b = old.split(), new.split()
    out = []
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out += [(t, "same") for t in a[i1:i2]]
        else:
            out += [(t, "del") for t in a[i1:i2]]
            out += [(t, "ins") for t in b[j1:j2]]
    return out


def all_kind(text, kind):
    return [(t, kind) for t in text.split()]


# ------------------------------------------------------------------ layout
class Layout:
    def __init__(self, header):
        self.pages = []
        self.header = header
        self.new_page()

    def new_page(self):
        self.pages.append([])
        self.y = H - TOP

    @property
    def page(self):
        return len(self.pages)

    def op(self, *o):
        self.pages[-1].append(o)

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    def space(self, h):
        self.y -= h

    def wrap(self, segs, width, font, fs):
        sw = stringWidth(" ", font, fs)
        lines, cur, w = [], [], 0.0
        for tok, kind in segs:
            tw = stringWidth(tok, font, fs)
            add = tw if not cur else sw + tw
            if cur and w + add > width:
                lines.append(cur)
                cur, w = [(tok, kind)], tw
            else:
                cur.append((tok, kind))
                w += add
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, x, line, font, fs):
        """Queue one line of redline tokens; runs of the same kind are drawn as one string."""
        runs = []
        for tok, kind in line:
            if runs and runs[-1][1] == kind:
                runs[-1][0].append(tok)
            else:
                runs.append(([tok], kind))
        sw = stringWidth(" ", font, fs)
        changed = False
        for i, (toks, kind) in enumerate(runs):
            s = " ".join(toks)
            col = {"same": BLACK, "del": RED, "ins": BLUE}[kind]
            self.op("text", x, self.y, font, fs, col, s)
            tw = stringWidth(s, font, fs)
            if kind == "del":
                self.op("line", x, self.y + fs * 0.3, x + tw, self.y + fs * 0.3, RED, 0.7)
                changed = True
            elif kind == "ins":
                self.op("line", x, self.y - 1.6, x + tw, self.y - 1.6, BLUE, 0.6)
                changed = True
            x += tw
            if i < len(runs) - 1:
                self.op("text", x, self.y, font, fs, BLACK, " ")
                x += sw
        return changed

    def change_bar(self, y0, y1):
        self.op("line", LEFT - 16, y0, LEFT - 16, y1, BLACK, 1.2)

    def paragraph(self, segs, font=BODY, fs=FS, lead=LEAD, x=LEFT, width=None, label=None, after=5):
        """Lay out a paragraph; label = segments drawn in the left column (hanging indent).
        Returns the page on which the paragraph starts."""
        width = width or (W - RIGHT - x)
        tx = x + (LABEL_W if label else 0)
        lines = self.wrap(segs, W - RIGHT - tx, font, fs)
        start = None
        for i, line in enumerate(lines):
            self.need(lead)
            self.y -= lead - 3 if i == 0 else lead
            if start is None:
                start = self.page
            changed = self.draw_line(tx, line, font, fs)
            if i == 0 and label:
                changed = self.draw_line(x, label, BOLD, fs) or changed
            if changed:
                self.change_bar(self.y - 3, self.y + fs)
        self.y -= after
        return start

    def heading(self, segs, fs=13, before=12):
        self.need(before + fs + 3 * LEAD)
        self.y -= before
        self.paragraph(segs, font=BOLD, fs=fs, lead=fs + 4, after=4)


# ------------------------------------------------------------------ document
def build_doc(year):
    prev = year - 1 if year - 1 in C.YEARS else None
    first = C.YEARS[0]
    title = "Prestatieafspraken Meerkoppel %d" % year
    header = title + ("" if prev is None else " – versie met wijzigingen ten opzichte van %d" % prev)
    L = Layout(header)

    def redline(old, new):
        return segments(old if prev else None, new)

    # title block
    L.y -= 6
    L.paragraph(all_kind(title, "same"), font=BOLD, fs=20, lead=24, after=6)
    L.paragraph(all_kind("Gemeente Meerkoppel, Woonstichting Het Kopland en Huurdersvereniging Meerkoppel", "same"),
                font=BODY, fs=11, lead=15, after=4)
    if prev:
        L.paragraph(all_kind("Versie met wijzigingen ten opzichte van de prestatieafspraken %d" % prev, "same"),
                    font=ITAL, fs=11, lead=15, after=8)
        # legend box
        top = L.y
        L.y -= 4
        x = LEFT + 10
        L.paragraph(all_kind("Leeswijzer bij deze versie", "same"), font=BOLD, fs=9, lead=12, x=x, after=2)
        L.paragraph([("voorbeeld", "del")] + all_kind("Doorgehaalde rode tekst is vervallen ten opzichte van %d." % prev, "same"),
                    fs=9, lead=12, x=x, after=1)
        L.paragraph([("voorbeeld", "ins")] + all_kind("Onderstreepte blauwe tekst is toegevoegd ten opzichte van %d." % prev, "same"),
                    fs=9, lead=12, x=x, after=1)
        L.paragraph(all_kind("Een verticale streep in de linkermarge geeft aan dat de regel is gewijzigd. Een geheel doorgehaalde afspraak is vervallen en maakt geen deel meer uit van deze afspraken.", "same"),
                    fs=9, lead=12, x=x, after=4)
        bot = L.y
        for o in (("line", LEFT, top, W - RIGHT, top, BLACK, 0.5), ("line", LEFT, bot, W - RIGHT, bot, BLACK, 0.5),
                  ("line", LEFT, top, LEFT, bot, BLACK, 0.5), ("line", W - RIGHT, top, W - RIGHT, bot, BLACK, 0.5)):
            L.op(*o)
        L.y -= 6
    else:
        L.y -= 8

    # inleiding
    L.heading(all_kind("Inleiding", "same"))
    intro_new = C.INTRO[year]
    intro_old = C.INTRO.get(prev, intro_new) if prev else intro_new
    for o, n in zip(intro_old, intro_new):
        L.paragraph(redline(o, n))

    gold = []
    for code, ctitle, cintro in C.CHAPTERS:
        L.heading(all_kind(ctitle, "same"))
        ni, oi = per_year(cintro, year), (per_year(cintro, prev) if prev else None)
        L.paragraph(redline(oi, ni), font=ITAL)
        n = 0
        n_old = 0
        for a in [a for a in C.A if a["chapter"] == code]:
            cur = version(a, year)
            old = version(a, prev) if prev else None
            if old is not None:
                n_old += 1
            if cur is None and old is None:
                continue
            if cur is None:  # deleted afspraak: struck through entirely
                L.paragraph(all_kind(old[0], "del"), label=[("%s%d" % (code, n_old), "del")])
                continue
            n += 1
            number = "%s%d" % (code, n)
            if prev and old is None:
                segs, lab = all_kind(cur[0], "ins"), [(number, "ins")]
            else:
                segs, lab = redline(old[0] if old else None, cur[0]), [(number, "same")]
            pg = L.paragraph(segs, label=lab)
            gold.append({
                "key": a["key"], "number": number, "section": ctitle, "party": None,
                "theme": a["themes"][0], "themes": list(a["themes"]), "page": pg, "text": cur[0],
                "trekker": None, "planning": None, "attributes": {}, "frame": copy.deepcopy(cur[1]),
            })

    L.heading(all_kind("Looptijd en ondertekening", "same"))
    L.paragraph(redline(C.CLOSING.get(prev) if prev else None, C.CLOSING[year]))
    so = ("Aldus overeengekomen en ondertekend te Meerkoppel op %s." % C.SIGN_DATE[prev]) if prev else None
    L.paragraph(redline(so, "Aldus overeengekomen en ondertekend te Meerkoppel op %s." % C.SIGN_DATE[year]), after=10)
    L.need(5 * 12 + 30)
    L.y -= 30
    colw = (W - LEFT - RIGHT) / 3
    y0 = L.y
    for i, (org, name, func) in enumerate(C.SIGNATORIES):
        L.y = y0
        x = LEFT + i * colw
        L.op("line", x, L.y + 14, x + colw - 14, L.y + 14, BLACK, 0.5)
        for j, (s, f) in enumerate(((org, BOLD), (name, BODY), (func, BODY))):
            for line in L.wrap(all_kind(s, "same"), colw - 14, f, 9):
                L.draw_line(x, line, f, 9)
                L.y -= 11
    L.y -= 6

    return L, gold


def render(L, path):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(L.header)
    c.setAuthor("Gemeente Meerkoppel")
    c.setCreator("Microsoft Word - vergelijken")
    n = len(L.pages)
    for i, ops in enumerate(L.pages):
        c.setFont(BODY, 8)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(LEFT, H - 44, L.header)
        c.drawRightString(W - RIGHT, 38, "Pagina %d van %d" % (i + 1, n))
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.setLineWidth(0.4)
        c.line(LEFT, H - 50, W - RIGHT, H - 50)
        for o in ops:
            if o[0] == "text":
                _, x, y, font, fs, col, s = o
                c.setFont(font, fs)
                c.setFillColorRGB(*col)
                c.drawString(x, y, s)
            else:
                _, x0, y0, x1, y1, col, lw = o
                c.setStrokeColorRGB(*col)
                c.setLineWidth(lw)
                c.line(x0, y0, x1, y1)
        c.showPage()
    c.save()


def main():
    for d in ("pdf", "gold", os.path.join("gold", "pairs")):
        os.makedirs(os.path.join(OUT, d), exist_ok=True)
    golds = {}
    for year in C.YEARS:
        did = "%s-%d" % (C.FAMILY, year)
        L, af = build_doc(year)
        render(L, os.path.join(OUT, "pdf", did + ".pdf"))
        doc = {
            "document": {
                "id": did, "family": C.FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
                "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP],
                "huurdersorganisaties": [C.HUURDERS], "pages": len(L.pages), "layout": "wijzigingsversie",
            },
            "afspraken": af,
        }
        golds[year] = doc
        with open(os.path.join(OUT, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
    byk = {a["key"]: a for a in C.A}
    for y0, y1 in zip(C.YEARS, C.YEARS[1:]):
        ok = [a["key"] for a in golds[y0]["afspraken"]]
        nk = [a["key"] for a in golds[y1]["afspraken"]]
        links = []
        for k in ok:
            if k in nk:
                spec = byk[k]["links"].get(y1)
                t0, t1 = version(byk[k], y0)[0], version(byk[k], y1)[0]
                if spec is None:
                    assert t0 == t1, ("text changed without link spec", k, y1)
                    spec = ("unchanged", [], None)
                else:
                    assert (t0 == t1) == (spec[0] == "unchanged"), ("status/text mismatch", k, y1)
                links.append({"old": k, "new": k, "status": spec[0], "kinds": list(spec[1]), "hard_negative": spec[2]})
            else:
                links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        for k in nk:
            if k not in ok:
                links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
        pair = {"old": "%s-%d" % (C.FAMILY, y0), "new": "%s-%d" % (C.FAMILY, y1), "links": links}
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (pair["old"], pair["new"])), "w", encoding="utf-8") as f:
            json.dump(pair, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for y in C.YEARS:
        print("%s-%d: %d pages, %d afspraken" % (C.FAMILY, y, golds[y]["document"]["pages"], len(golds[y]["afspraken"])))


if __name__ == "__main__":
    main()
