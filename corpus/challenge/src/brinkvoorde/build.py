# -*- coding: utf-8 -*-
"""Build the brinkvoorde family: filled-in AcroForm forms (not flattened) and their gold.

Usage (from anywhere): /work/main/.venv/bin/python build.py [OUTDIR]
OUTDIR defaults to corpus/challenge/test; PDFs go to OUTDIR/pdf, gold to OUTDIR/gold(/pairs).
Everything the parties typed is the value of a form field; labels, questions and headings are page text.
"""
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.acroform import AcroForm
from reportlab.pdfbase.pdfdoc import pdfdocEnc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.lib.colors import Color, white

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import content as C  # noqa: E402

FAMILY = "brinkvoorde"
LAYOUT = "invulformulier"
W, Hpage = A4
ML, MR, MT, MB = 50, 50, 70, 60
FIELD_FONT = "Helvetica"
FIELD_SIZE = 9
LEAD = FIELD_SIZE * 1.2
PAD = 6  # horizontal room for the field's text inset
GREY = Color(0.35, 0.35, 0.35)
FILL = Color(0.93, 0.95, 0.99)
BORDER = Color(0.45, 0.5, 0.6)


# --- visible, wrapped appearance for multi-line fields (the /V stays the single-paragraph value) -------------
def wrap(text, width, font=FIELD_FONT, size=FIELD_SIZE):
    lines, cur = [], ""
    for w in text.split(" "):
        t = (cur + " " + w).strip()
        if not cur or stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


_orig_txAP = AcroForm.txAP


def _txAP(self, key, value, iFontName, rFontName, fontSize, **kw):
    if value and "\n" not in value:
        value = "\n".join(wrap(value, kw.get("width", 120) - PAD, size=fontSize))
    if value:
        value = pdfdocEnc(value).decode("latin-1")
    return _orig_txAP(self, key, value, iFontName, rFontName, fontSize, **kw)


AcroForm.txAP = _txAP

_orig_makeFont = AcroForm.makeFont


def _makeFont(self, fontName):
    # one font object per form font instead of one per field (keeps the files small)
    cache = self.__dict__.setdefault("_bv_fonts", {})
    if fontName not in cache:
        cache[fontName] = _orig_makeFont(self, fontName)
    return cache[fontName]


AcroForm.makeFont = _makeFont


# --- a tiny flow layout: blocks with a height and a draw function, paginated in a first pass ----------------
class Block:
    def __init__(self, height, draw, keep_gap=6, gold=None):
        self.height = height
        self.draw = draw      # draw(c, ytop)
        self.gap = keep_gap
        self.gold = gold      # list of gold records placed in this block (page filled in at pagination)


def paginate(blocks):
    pages, cur, y = [], [], Hpage - MT
    for b in blocks:
        if b.height == "PAGEBREAK":
            if cur:
                pages.append(cur)
            cur, y = [], Hpage - MT
            continue
        if y - b.height < MB and cur:
            pages.append(cur)
            cur, y = [], Hpage - MT
        cur.append((b, y))
        y -= b.height + b.gap
    if cur:
        pages.append(cur)
    return pages


def para_block(text, font="Helvetica", size=9.5, width=None, x=ML, color=None, gap=6):
    width = width or (W - ML - MR)
    lines = simpleSplit(text, font, size, width)
    lead = size * 1.3

    def draw(c, y):
        c.setFont(font, size)
        if color is not None:
            c.setFillColor(color)
        for i, ln in enumerate(lines):
            c.drawString(x, y - size - i * lead, ln)
        c.setFillColorRGB(0, 0, 0)
    return Block(len(lines) * lead + 2, draw, gap)


def heading_block(text, size=12.5, band=False, gap=8):
    def draw(c, y):
        if band:
            c.setFillColor(Color(0.17, 0.29, 0.45))
            c.rect(ML - 4, y - size - 6, W - ML - MR + 8, size + 10, stroke=0, fill=1)
            c.setFillColor(white)
        c.setFont("Helvetica-Bold", size)
        c.drawString(ML, y - size, text)
        c.setFillColorRGB(0, 0, 0)
    return Block(size + 8, draw, gap)


FIELD_KW = dict(fieldFlags="multiline", maxlen=None, fontName=FIELD_FONT, fontSize=FIELD_SIZE,
                borderWidth=0.6, borderColor=BORDER, fillColor=FILL, textColor=Color(0, 0, 0.35),
                borderStyle="solid")


def field(c, name, value, x, ytop, w, h, multiline=True):
    kw = dict(FIELD_KW)
    if not multiline:
        kw["fieldFlags"] = ""
    c.acroForm.textfield(name=name, value=value, x=x, y=ytop - h, width=w, height=h, **kw)


def field_h(value, w, minlines=1):
    n = max(minlines, len(wrap(value, w - PAD)) if value else 0)
    return n * LEAD + 6


def labelled_field(label, name, value, label_w=150, minlines=1, gap=5):
    fx = ML + label_w
    fw = W - MR - fx
    h = field_h(value, fw, minlines)
    nlab = len(simpleSplit(label, "Helvetica", 9, label_w - 8))

    def draw(c, y):
        c.setFont("Helvetica", 9)
        for i, ln in enumerate(simpleSplit(label, "Helvetica", 9, label_w - 8)):
            c.drawString(ML, y - 10 - i * 11, ln)
        field(c, name, value, fx, y, fw, h, multiline=minlines > 1 or h > LEAD + 7)
    return Block(max(h, nlab * 11 + 1), draw, gap)


# --- the agreement form ---------------------------------------------------------------------------------------
def agreement_blocks(year, gold):
    prev = year - 1
    B = []
    B.append(Block(50, lambda c, y: (c.setFont("Helvetica-Bold", 17),
                                     c.drawString(ML, y - 18, "Invulformulier prestatieafspraken %d" % year),
                                     c.setFont("Helvetica", 10),
                                     c.drawString(ML, y - 36, "Model PA-2 Woonregio Brinkland, in te vullen door gemeente, woningcorporatie en huurdersorganisatie")),
                   8))
    B.append(para_block("Vul dit formulier digitaal in. Gebruik per afspraak één genummerd vak en vermeld bij "
                        "iedere afspraak de trekker en het moment waarop de afspraak gereed is. Vakken die u niet "
                        "nodig heeft, laat u leeg. Het ingevulde formulier wordt door alle partijen ondertekend en "
                        "gepubliceerd op de website van de corporatie.", color=GREY, gap=12))
    B.append(heading_block("Deel A Algemene gegevens", band=True))
    rows = [("Gemeente", "gemeente", "Brinkvoorde"),
            ("Woningcorporatie", "corporatie", C.CORP),
            ("Huurdersorganisatie", "huurders", C.HUURDERS),
            ("Looptijd van de afspraken", "looptijd", "1 januari %d tot en met 31 december %d" % (year, year)),
            ("Bod waarop de afspraken zijn gebaseerd", "bod", "Bod van Hoevenland van %s" % ("27 juni 2024" if year == 2025 else "26 juni 2025")),
            ("Woonvisie", "woonvisie", "Woonvisie Brinkvoorde 2021-2026 Thuis in de kernen" if year == 2025 else "Woonvisie Brinkvoorde 2025-2030 Samen thuis in Brinkvoorde")]
    for lab, nm, val in rows:
        B.append(labelled_field(lab, "A_" + nm, val))
    B.append(Block(6, lambda c, y: None, 0))
    B.append(heading_block("Deel B Terugblik en kerncijfers", band=True))
    B.append(labelled_field("Terugblik op %d (korte beschrijving van de resultaten)" % prev, "B_terugblik",
                            C.TERUGBLIK[year], minlines=3))
    for i, (lab, val) in enumerate(C.KERNCIJFERS[year]):
        B.append(labelled_field(lab + " (1 januari %d)" % year, "B_kern_%d" % (i + 1), val, label_w=260))
    B.append(Block("PAGEBREAK", None))
    sec0 = "Deel C Afspraken per thema"
    B.append(heading_block(sec0, band=True))
    B.append(para_block("Nummer de afspraken niet zelf: ieder vak heeft een vast nummer. Trekker: de partij die "
                        "verantwoordelijk is voor de uitvoering. Gereed: datum, kwartaal of jaar, of doorlopend.",
                        color=GREY, gap=10))
    extra = {"t1": 1, "t2": 2, "t3": 1, "t4": 2, "t5": 1}
    for ti, (tcode, ttitle, _) in enumerate(C.THEMES):
        tn = ti + 1
        B.append(heading_block(ttitle, size=11.5, gap=6))
        B.append(labelled_field("Opgave en context", "C%d_context" % tn, C.CONTEXT[year][tcode], label_w=110, minlines=2, gap=8))
        items = [a for a in C.AFSPRAKEN if a["t"] == tcode and year_version(a, year)]
        slots = [(a, year_version(a, year)) for a in items]
        slots += [(None, dict(text=t, trekker=tr, gereed=ge)) for t, tr, ge in C.VERVALLEN.get(year, {}).get(tcode, [])]
        slots += [(None, None)] * extra[tcode]
        for si, (a, v) in enumerate(slots):
            num = "%d.%d" % (tn, si + 1)
            B.append(afspraak_box(num, tn, si + 1, a, v, gold, sec0 + " > " + ttitle, year))
    B.append(Block("PAGEBREAK", None))
    B.append(heading_block("Deel D Ondertekening", band=True))
    B.append(para_block("Door ondertekening verklaren partijen zich te houden aan de in Deel C ingevulde afspraken.",
                        color=GREY, gap=10))
    place, signers = C.SIGN[year]
    for i, (org, name, fn) in enumerate(signers):
        B.append(labelled_field("Namens", "D_org_%d" % (i + 1), org, label_w=110))
        B.append(labelled_field("Naam", "D_naam_%d" % (i + 1), name, label_w=110))
        B.append(labelled_field("Functie", "D_functie_%d" % (i + 1), fn, label_w=110))
        B.append(Block(26, lambda c, y: (c.setFont("Helvetica", 9), c.drawString(ML, y - 10, "Handtekening"),
                                         c.setStrokeColor(BORDER), c.line(ML + 110, y - 22, ML + 300, y - 22)), 10))
    B.append(labelled_field("Plaats en datum", "D_plaatsdatum", place, label_w=110))
    return B


def year_version(a, year):
    v = a["v"].get(year)
    if v == "same":
        v = dict(year_version(a, year - 1))
        v.update(a["v"].get("_%d" % year, {}))
    return v


def afspraak_box(num, tn, sn, a, v, gold, section, year):
    fx, fw = ML + 80, W - MR - ML - 80
    value = v["text"] if v else ""
    h = field_h(value, fw, minlines=3)
    rec = None
    if a is not None:
        rec = dict(key=a["key"], number=num, section=section, party=None, theme=a["themes"][0],
                   themes=list(a["themes"]), page=None, text=v["text"], trekker=v["trekker"],
                   planning=v["gereed"], attributes={}, frame=v["frame"])
        gold.append(rec)

    def draw(c, y):
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(ML, y - 11, "Afspraak " + num)
        field(c, "C%d_afspraak_%02d" % (tn, sn), value, fx, y, fw, h)
        yy = y - h - 4
        c.setFont("Helvetica", 8.5)
        c.drawString(fx, yy - 10, "Trekker")
        field(c, "C%d_trekker_%02d" % (tn, sn), v["trekker"] if v else "", fx + 40, yy, 170, 14, multiline=False)
        c.drawString(fx + 230, yy - 10, "Gereed")
        field(c, "C%d_gereed_%02d" % (tn, sn), v["gereed"] if v else "", fx + 266, yy, fw - 266, 14, multiline=False)
    return Block(h + 4 + 14, draw, 10, gold=[rec] if rec else None)


# --- the bod form ---------------------------------------------------------------------------------------------
def bod_blocks(gold):
    B = []
    B.append(Block(50, lambda c, y: (c.setFont("Helvetica-Bold", 17),
                                     c.drawString(ML, y - 18, "Formulier bod op de woonvisie 2026"),
                                     c.setFont("Helvetica", 10),
                                     c.drawString(ML, y - 36, "Overzicht van voorgenomen werkzaamheden (art. 43 Woningwet), model BW-1 Woonregio Brinkland")),
                   8))
    B.append(para_block("De gemeente Brinkvoorde vraagt iedere corporatie met bezit in de gemeente dit formulier vóór "
                        "1 juli in te vullen. Beantwoord de vragen voor het jaar 2026 en geef waar mogelijk een doorkijk "
                        "tot 2030. Het ingevulde formulier is de basis voor het overleg over de prestatieafspraken 2026 "
                        "met de gemeente en de huurdersorganisatie.", color=GREY, gap=12))
    B.append(heading_block("Deel A Gegevens corporatie", band=True))
    for lab, nm, val in [("Naam corporatie", "naam", C.CORP),
                         ("Bezit in de gemeente", "bezit", "Brinkvoorde, Oudehage en Lindendorp"),
                         ("Periode van het bod", "periode", "2026, met een doorkijk tot en met 2030"),
                         ("Contactpersoon", "contact", "R. Hageveld, manager Vastgoed en Wonen"),
                         ("Besproken met huurdersorganisatie", "huurders", "Ja, met Huurdersvereniging De Brinkhof op 3 juni 2025")]:
        B.append(labelled_field(lab, "A_" + nm, val, label_w=170))
    B.append(Block(6, lambda c, y: None, 0))
    sec0 = "Deel B Voorgenomen werkzaamheden 2026"
    B.append(heading_block(sec0, band=True))
    B.append(para_block("Antwoorden zijn verbindend voor zover ze een prestatie beschrijven. Vul bij iedere prestatie "
                        "ook de planning in.", color=GREY, gap=10))
    bykey = {a["key"]: a for a in C.AFSPRAKEN}
    bykey.update({a["key"]: dict(a, v={"bod": a["bod"]}) for a in C.BOD_ONLY})
    for ti, (tcode, _, _) in enumerate(C.THEMES):
        tn = ti + 1
        ttitle = C.BOD_THEME_TITLES[tcode]
        B.append(heading_block(ttitle, size=11.5, gap=6))
        for qi, (question, kind, payload) in enumerate(C.BOD_QUESTIONS[tcode]):
            num = "%d.%d" % (tn, qi + 1)
            if kind == "bid":
                a = bykey[payload]
                v = a["v"]["bod"]
                answer, planning = v["text"], v["gereed"]
                rec = dict(key=a["key"], number=num, section=sec0 + " > " + ttitle, party=None,
                           theme=a["themes"][0], themes=list(a["themes"]), page=None, text=answer,
                           trekker=None, planning=planning, attributes={}, frame=v["frame"])
                gold.append(rec)
            else:
                answer, planning, rec = payload, "", None
            B.append(question_box(num, tn, qi + 1, question, answer, planning, rec))
    B.append(Block("PAGEBREAK", None))
    B.append(heading_block("Deel C Ondertekening", band=True))
    place, signers = C.SIGN["bod"]
    org, name, fn = signers[0]
    B.append(labelled_field("Namens", "C_org", org, label_w=110))
    B.append(labelled_field("Naam", "C_naam", name, label_w=110))
    B.append(labelled_field("Functie", "C_functie", fn, label_w=110))
    B.append(labelled_field("Plaats en datum", "C_plaatsdatum", place, label_w=110))
    return B


def question_box(num, tn, qn, question, answer, planning, rec):
    qx = ML + 60
    qw = W - MR - qx
    qlines = simpleSplit(question, "Helvetica-Oblique", 9.5, qw)
    qh = len(qlines) * 12
    fx, fw = qx, qw
    h = field_h(answer, fw, minlines=2)

    def draw(c, y):
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(ML, y - 10, "Vraag " + num)
        c.setFont("Helvetica-Oblique", 9.5)
        for i, ln in enumerate(qlines):
            c.drawString(qx, y - 10 - i * 12, ln)
        yy = y - qh - 3
        c.setFont("Helvetica", 8)
        field(c, "B%d_antwoord_%02d" % (tn, qn), answer, fx, yy, fw, h)
        yy -= h + 4
        c.setFont("Helvetica", 8.5)
        c.drawString(fx, yy - 10, "Planning")
        field(c, "B%d_planning_%02d" % (tn, qn), planning, fx + 44, yy, 150, 14, multiline=False)
    return Block(qh + 3 + h + 4 + 14, draw, 10, gold=[rec] if rec else None)


# --- rendering ------------------------------------------------------------------------------------------------
def render(path, blocks, header_left, header_right, footer_left):
    pages = paginate(blocks)
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(header_left)
    c.setAuthor("Woonregio Brinkland")
    n = len(pages)
    for pi, items in enumerate(pages):
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(ML, Hpage - 35, header_left)
        c.drawRightString(W - MR, Hpage - 35, header_right)
        c.setStrokeColor(BORDER)
        c.line(ML, Hpage - 40, W - MR, Hpage - 40)
        c.line(ML, 42, W - MR, 42)
        c.drawString(ML, 30, footer_left)
        c.drawRightString(W - MR, 30, "Pagina %d van %d" % (pi + 1, n))
        c.setFillColorRGB(0, 0, 0)
        for b, y in items:
            b.draw(c, y)
            for rec in (b.gold or []):
                rec["page"] = pi + 1
        c.showPage()
    c.save()
    return n


def doc_meta(did, dtype, year, pages):
    return {"id": did, "family": FAMILY, "type": dtype, "year": year, "years": [year], "gemeente": C.GEMEENTE,
            "gemeenten": [C.GEMEENTE], "corporaties": [C.CORP], "huurdersorganisaties": [C.HUURDERS],
            "pages": pages, "layout": LAYOUT}


def link(o, n, status, kinds=(), hn=None):
    return {"old": o, "new": n, "status": status, "kinds": list(kinds), "hard_negative": hn}


def pair(old_doc, new_doc, stkey):
    new_keys = {a["key"] for a in new_doc["afspraken"]}
    old_keys = {a["key"] for a in old_doc["afspraken"]}
    bykey = {a["key"]: a for a in C.AFSPRAKEN}
    links = []
    for a in old_doc["afspraken"]:
        k = a["key"]
        if k in new_keys:
            v = year_version(bykey[k], 2026)
            st = v["st"] if stkey == "st" else v["bst"]
            kinds = v["kinds"] if stkey == "st" else v["bkinds"]
            hn = v["hn"] if stkey == "st" else v["bhn"]
            assert st not in ("new", None), (k, stkey)
            links.append(link(k, k, st, kinds, hn))
        else:
            links.append(link(k, None, "dropped"))
    for a in new_doc["afspraken"]:
        k = a["key"]
        if k not in old_keys:
            v = year_version(bykey[k], 2026)
            assert (v["st"] if stkey == "st" else v["bst"]) == "new", (k, stkey)
            links.append(link(None, k, "new"))
    return {"old": old_doc["document"]["id"], "new": new_doc["document"]["id"], "links": links}


def main(out):
    os.makedirs(os.path.join(out, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(out, "gold", "pairs"), exist_ok=True)
    docs = {}
    for year in (2025, 2026):
        did = "%s-%d" % (FAMILY, year)
        gold = []
        n = render(os.path.join(out, "pdf", did + ".pdf"), agreement_blocks(year, gold),
                   "Woonregio Brinkland | Invulformulier prestatieafspraken %d" % year, "Gemeente Brinkvoorde",
                   "Model PA-2 (versie 2024)")
        docs[did] = {"document": doc_meta(did, "prestatieafspraken", year, n), "afspraken": gold}
    did = "%s-bod-2026" % FAMILY
    gold = []
    n = render(os.path.join(out, "pdf", did + ".pdf"), bod_blocks(gold),
               "Woonregio Brinkland | Formulier bod op de woonvisie 2026", C.CORP, "Model BW-1 (versie 2024)")
    docs[did] = {"document": doc_meta(did, "bod", 2026, n), "afspraken": gold}
    for did, g in docs.items():
        with open(os.path.join(out, "gold", did + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    pairs = [pair(docs["brinkvoorde-2025"], docs["brinkvoorde-2026"], "st"),
             pair(docs["brinkvoorde-bod-2026"], docs["brinkvoorde-2026"], "bst")]
    for p in pairs:
        with open(os.path.join(out, "gold", "pairs", "%s__%s.json" % (p["old"], p["new"])), "w", encoding="utf-8") as f:
            json.dump(p, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for did, g in docs.items():
        print(did, g["document"]["pages"], "pages,", len(g["afspraken"]), "afspraken")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(HERE, "..", "..", "dev")))
