# -*- coding: utf-8 -*-
"""Build the lommerveen family: three yearly prestatieafspraken (landscape, three columns per theme page) and a
raadsmededeling. Run from /work/main:  .venv/bin/python corpus/challenge/src/lommerveen/build.py"""
import json
import os
import sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as CT  # noqa: E402
import texts as TX  # noqa: E402

FAM = "lommerveen"
OUT = os.path.join(HERE, "..", "..", "dev")
OUT = os.path.normpath(OUT)
PDF_DIR = os.path.join(OUT, "pdf")
GOLD_DIR = os.path.join(OUT, "gold")
PAIR_DIR = os.path.join(GOLD_DIR, "pairs")

PW, PH = landscape(A4)
TOP = PH - 118          # first body line baseline
BOTTOM = 50
COLS = [(24, 225), (271, 310), (603, 215)]  # (x, width)
SEC_ORDER = ["B", "D", "K", "L", "O"]
LAYOUT = "landscape-three-columns"


def lines_of(text, font, size, width):
    return simpleSplit(text, font, size, width)


# ------------------------------------------------------------------ layout of theme pages
def flow(items, font, size, lead, width, indent, gap):
    """items -> list of pages, each a list of (item_index, lines, y_start)."""
    pages, cur, y = [], [], TOP
    for i, txt in enumerate(items):
        ls = lines_of(txt, font, size, width - indent)
        h = len(ls) * lead
        if cur and y - h < BOTTOM:
            pages.append(cur)
            cur, y = [], TOP
        cur.append((i, ls, y))
        y -= h + gap
    if cur:
        pages.append(cur)
    return pages


def plan(year):
    """Return list of page specs and gold afspraken (with page numbers)."""
    chains = {c["key"]: c for c in CT.CHAINS}
    specs = [("cover",), ("intro",), ("terugblik",)]
    gold = []
    for sec in SEC_ORDER:
        keys = CT.ORDER[year][sec]
        atexts = [chains[k]["v"][year][1] for k in keys]
        for k in keys:
            assert chains[k]["v"][year][0] == sec, (year, k)
        c1 = flow(TX.context(sec, year), "Helvetica", 8.5, 11, COLS[0][1], 0, 7)
        c2 = flow(atexts, "Helvetica", 9, 11.5, COLS[1][1], 10, 6)
        c3 = flow(TX.results(sec, year), "Helvetica", 8.5, 11, COLS[2][1], 10, 5)
        n = max(len(c1), len(c2), len(c3))
        for j in range(n):
            pg = len(specs) + 1
            specs.append(("theme", sec, j, c1[j] if j < len(c1) else [], c2[j] if j < len(c2) else [],
                          c3[j] if j < len(c3) else [], keys))
            for (i, ls, y0) in (c2[j] if j < len(c2) else []):
                k = keys[i]
                ch = chains[k]
                _, txt, frame = ch["v"][year]
                gold.append({"key": k, "number": None, "section": CT.SECTIONS[year][sec], "party": None,
                             "theme": ch["themes"][0], "themes": ch["themes"], "page": pg, "text": txt,
                             "trekker": None, "planning": None, "attributes": {}, "frame": frame})
    specs.append(("slot",))
    return specs, gold


# ------------------------------------------------------------------ drawing helpers
def header_footer(c, year, pg, n):
    c.setFont("Helvetica", 7.5)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(24, PH - 22, "Prestatieafspraken %d  |  Gemeente Lommerveen, Veenhorst, Lommergoed en "
                              "Huurdersbelang Lommerveen" % year)
    c.drawRightString(PW - 24, 22, "pagina %d van %d" % (pg, n))
    c.drawString(24, 22, "Jaarafspraken wonen Lommerveen %d" % year)
    c.setFillColorRGB(0, 0, 0)


def band(c, title, rgb):
    c.setFillColorRGB(*rgb)
    c.rect(24, PH - 72, PW - 48, 34, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(36, PH - 61, title)
    c.setFillColorRGB(0, 0, 0)


def para(c, text, x, y, width, font="Helvetica", size=9, lead=11.5):
    for ln in lines_of(text, font, size, width):
        c.setFont(font, size)
        c.drawString(x, y, ln)
        y -= lead
    return y


def draw_theme(c, year, spec):
    _, sec, j, c1, c2, c3, keys = spec
    rgb = CT.COLORS[sec]
    title = CT.SECTIONS[year][sec] + (" (vervolg)" if j else "")
    band(c, title, rgb)
    heads = ["Waar staan we?", "Wat spreken we af?", "Wat levert het op in %d?" % year]
    c.setFillColorRGB(*rgb)
    c.setFont("Helvetica-Bold", 11)
    for (x, w), h in zip(COLS, heads):
        c.drawString(x, PH - 96, h)
    c.setFillColorRGB(0, 0, 0)
    for (i, ls, y) in c1:
        c.setFont("Helvetica", 8.5)
        for ln in ls:
            c.drawString(COLS[0][0], y, ln)
            y -= 11
    for (i, ls, y) in c2:
        c.setFont("Helvetica", 9)
        c.drawString(COLS[1][0], y, "\u2013")
        for ln in ls:
            c.drawString(COLS[1][0] + 10, y, ln)
            y -= 11.5
    for (i, ls, y) in c3:
        c.setFont("Helvetica", 8.5)
        c.drawString(COLS[2][0], y, "\u00bb")
        for ln in ls:
            c.drawString(COLS[2][0] + 10, y, ln)
            y -= 11


def draw_cover(c, year):
    c.setFillColorRGB(0.11, 0.33, 0.55)
    c.rect(0, PH - 250, PW, 170, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 34)
    c.drawString(60, PH - 150, "Prestatieafspraken %d" % year)
    c.setFont("Helvetica", 15)
    c.drawString(60, PH - 185, "Jaarafspraken over wonen in de gemeente Lommerveen")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 12)
    y = PH - 300
    for name in ["Gemeente Lommerveen"] + CT.CORPS + CT.HUURDERS:
        c.drawString(60, y, name)
        y -= 18
    c.setFont("Helvetica", 10)
    c.drawString(60, y - 20, "Vastgesteld in het bestuurlijk overleg van %s" % TX.SIGN[year])


def draw_intro(c, year, toc):
    band(c, "Inhoud, leeswijzer en inleiding", (0.30, 0.30, 0.33))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(COLS[0][0], PH - 96, "Inhoud")
    y = PH - 118
    c.setFont("Helvetica", 9)
    for title, pg in toc:
        c.drawString(COLS[0][0], y, title)
        c.drawRightString(COLS[0][0] + COLS[0][1], y, str(pg))
        y -= 14
    c.setFont("Helvetica-Bold", 11)
    c.drawString(COLS[1][0], PH - 96, "Inleiding")
    y = PH - 118
    for p in TX.INTRO[year]:
        y = para(c, p, COLS[1][0], y, COLS[1][1]) - 8
    c.setFont("Helvetica-Bold", 11)
    c.drawString(COLS[2][0], PH - 96, "Leeswijzer")
    para(c, TX.LEESWIJZER, COLS[2][0], PH - 118, COLS[2][1], size=8.5, lead=11)


def draw_terugblik(c, year):
    band(c, "Terugblik op %d en kerncijfers" % (year - 1), (0.30, 0.30, 0.33))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(COLS[0][0], PH - 96, "Terugblik")
    y = PH - 118
    for p in TX.TERUGBLIK[year]:
        y = para(c, p, COLS[0][0], y, COLS[0][1] + COLS[1][1] - 40) - 8
    x0 = COLS[1][0] + COLS[1][1] - 0
    x0 = 520
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0, PH - 96, "Kerncijfers")
    y = PH - 118
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(x0, y, "Indicator")
    c.drawRightString(x0 + 240, y, str(year - 2))
    c.drawRightString(x0 + 298, y, str(year - 1))
    y -= 5
    c.line(x0, y, x0 + 298, y)
    y -= 12
    c.setFont("Helvetica", 8.5)
    for ind, a, b in TX.KERN[year]:
        c.drawString(x0, y, ind)
        c.drawRightString(x0 + 240, y, a)
        c.drawRightString(x0 + 298, y, b)
        y -= 14


def draw_slot(c, year):
    band(c, "Looptijd, ondertekening en bijlagen", (0.30, 0.30, 0.33))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(COLS[0][0], PH - 96, "Looptijd")
    y = PH - 118
    for p in TX.SLOT:
        y = para(c, p.format(y=year, z=year + 1), COLS[0][0], y, COLS[0][1], size=8.5, lead=11) - 7
    c.setFont("Helvetica-Bold", 11)
    c.drawString(COLS[1][0], PH - 96, "Ondertekening")
    y = para(c, "Aldus overeengekomen en ondertekend te Lommerveen op %s," % TX.SIGN[year], COLS[1][0], PH - 118,
             COLS[1][1] + 40) - 10
    for org, name, fn in TX.SIGNERS:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(COLS[1][0], y, org)
        c.setFont("Helvetica", 9)
        c.drawString(COLS[1][0], y - 30, name)
        c.drawString(COLS[1][0], y - 42, fn)
        c.line(COLS[1][0], y - 20, COLS[1][0] + 180, y - 20)
        y -= 62
    c.setFont("Helvetica-Bold", 11)
    c.drawString(COLS[2][0], PH - 96, "Bijlagen")
    y = PH - 118
    c.setFont("Helvetica", 8.5)
    for b in TX.BIJLAGEN:
        c.drawString(COLS[2][0], y, b.format(p=year - 1))
        y -= 13


def build_year(year):
    specs, gold = plan(year)
    n = len(specs)
    toc, seen = [], set()
    for i, s in enumerate(specs):
        if s[0] == "theme" and s[1] not in seen:
            seen.add(s[1])
            toc.append((CT.SECTIONS[year][s[1]], i + 1))
        elif s[0] == "terugblik":
            toc.append(("Terugblik en kerncijfers", i + 1))
        elif s[0] == "slot":
            toc.append(("Looptijd en ondertekening", i + 1))
    doc_id = "%s-%d" % (FAM, year)
    c = canvas.Canvas(os.path.join(PDF_DIR, doc_id + ".pdf"), pagesize=(PW, PH), invariant=1)
    c.setTitle("Prestatieafspraken Lommerveen %d" % year)
    c.setAuthor("Gemeente Lommerveen")
    for i, s in enumerate(specs):
        if s[0] != "cover":
            header_footer(c, year, i + 1, n)
        {"cover": lambda: draw_cover(c, year), "intro": lambda: draw_intro(c, year, toc),
         "terugblik": lambda: draw_terugblik(c, year), "slot": lambda: draw_slot(c, year),
         "theme": lambda: draw_theme(c, year, s)}[s[0]]()
        c.showPage()
    c.save()
    doc = {"document": {"id": doc_id, "family": FAM, "type": "prestatieafspraken", "year": year, "years": [year],
                        "gemeente": CT.GEMEENTE, "gemeenten": [CT.GEMEENTE], "corporaties": CT.CORPS,
                        "huurdersorganisaties": CT.HUURDERS, "pages": n, "layout": LAYOUT},
           "afspraken": gold}
    write_json(os.path.join(GOLD_DIR, doc_id + ".json"), doc)
    return gold


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def build_pairs():
    for pk, (a, b) in (("p1", (2024, 2025)), ("p2", (2025, 2026))):
        links = []
        for ch in CT.CHAINS:
            ina, inb = a in ch["v"], b in ch["v"]
            if not ina and not inb:
                continue
            st, kinds, hn = ch[pk]
            if ina and inb:
                same = ch["v"][a][1] == ch["v"][b][1]
                assert (st == "unchanged") == same, (ch["key"], pk, st)
                assert st not in ("new", "dropped"), ch["key"]
            elif inb:
                assert st == "new", (ch["key"], pk)
            else:
                assert st == "dropped", (ch["key"], pk)
            links.append({"old": ch["key"] if ina else None, "new": ch["key"] if inb else None, "status": st,
                          "kinds": kinds, "hard_negative": hn})
        oid, nid = "%s-%d" % (FAM, a), "%s-%d" % (FAM, b)
        write_json(os.path.join(PAIR_DIR, "%s__%s.json" % (oid, nid)), {"old": oid, "new": nid, "links": links})


# ------------------------------------------------------------------ raadsmededeling 2025
def build_kennisgeving():
    F = CT.F
    C, G, P = CT.C, CT.G, CT.P
    items = [
        ("nieuwbouw-sociaal", [CT.BB], "De corporaties leveren in 2025 samen ten minste 110 sociale huurwoningen op, "
         "waarvan 70 in het plan Lommerhof.", F([C], "firm", [(110, "woningen", "min")], (2025, "in 2025"))),
        ("huurverhoging", [CT.BB], "De huurverhoging per 1 juli 2025 blijft voor sociale huurwoningen ten minste "
         "0,5% onder de inflatie.", F([C], "firm", [(0.5, "%", "min")], (2025, "per 1 juli 2025"), True)),
        ("liberalisatie", [CT.BB], "Tijdens de looptijd van de afspraken worden geen sociale huurwoningen "
         "geliberaliseerd.", F([C], "firm", [(0, "woningen", "max")])),
        ("vergunninghouders", [CT.BB], "De corporaties stellen voldoende woningen beschikbaar om de taakstelling van "
         "58 vergunninghouders te halen.", F([C], "firm", [(58, "personen", "exact")], (2025, "in 2025"), True)),
        ("label-efg", [CT.DK], "Eind 2026 hebben de corporaties geen woningen meer met energielabel E, F of G.",
         F([C], "firm", None, (2026, "eind 2026"))),
        ("zonnepanelen", [CT.DK], "Veenhorst plaatst in 2025 zonnepanelen op 200 grondgebonden woningen.",
         F([C], "firm", [(200, "woningen", "exact")], (2025, "in 2025"))),
        ("vocht-schimmel", [CT.KW], "Na een melding van vocht of schimmel volgt binnen 3 werkdagen een inspectie in "
         "de woning.", F([C], "firm", [(3, "dagen", "max")])),
        ("wonen-zorg", [CT.KW, CT.BB], "Partijen onderzoeken of een gezamenlijke opgave voor wonen en zorg kan "
         "worden opgesteld.", F([P], "explore")),
        ("leefbaarheidsbudget", [CT.LB], "De corporaties stellen € 140 per woning (prijspeil 2025) beschikbaar voor "
         "leefbaarheid en bewonersinitiatieven.", F([C], "firm", [(140, "euro", "exact")], (2025, "in 2025"), True)),
    ]
    W_, H_ = A4
    doc_id = "%s-kennisgeving-2025" % FAM
    c = canvas.Canvas(os.path.join(PDF_DIR, doc_id + ".pdf"), pagesize=A4, invariant=1)
    c.setTitle("Raadsmededeling prestatieafspraken 2025")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, H_ - 60, "Gemeente Lommerveen")
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, H_ - 100, "Raadsmededeling")
    y = H_ - 135
    for k, v in TX.KG["meta"]:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(60, y, k)
        c.setFont("Helvetica", 9.5)
        c.drawString(190, y, v)
        y -= 14
    y -= 12
    c.line(60, y + 6, W_ - 60, y + 6)
    y -= 10
    width = W_ - 120
    for p in TX.KG["intro"]:
        y = para(c, p, 60, y, width, size=10, lead=13) - 8
    gold = []
    for key, themes, txt, frame in items:
        c.setFont("Helvetica", 10)
        c.drawString(68, y, "\u2022")
        y = para(c, txt, 82, y, width - 22, size=10, lead=13) - 4
        gold.append({"key": key, "number": None, "section": "Raadsmededeling", "party": None, "theme": themes[0],
                     "themes": themes, "page": 1, "text": txt, "trekker": None, "planning": None, "attributes": {},
                     "frame": frame})
    y -= 8
    for p in TX.KG["outro"]:
        y = para(c, p, 60, y, width, size=10, lead=13) - 8
    y -= 10
    c.setFont("Helvetica", 10)
    c.drawString(60, y, "Het college van burgemeester en wethouders van Lommerveen,")
    c.drawString(60, y - 30, "de secretaris,                                   de burgemeester,")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(W_ - 60, 30, "Raadsmededeling RM 2024/0817  |  pagina 1 van 1")
    c.showPage()
    c.save()
    write_json(os.path.join(GOLD_DIR, doc_id + ".json"), {
        "document": {"id": doc_id, "family": FAM, "type": "kennisgeving", "year": 2025, "years": [2025],
                     "gemeente": CT.GEMEENTE, "gemeenten": [CT.GEMEENTE], "corporaties": CT.CORPS,
                     "huurdersorganisaties": CT.HUURDERS, "pages": 1, "layout": "raadsmededeling-bullets"},
        "afspraken": gold})


def main():
    for d in (PDF_DIR, GOLD_DIR, PAIR_DIR):
        os.makedirs(d, exist_ok=True)
    for y in CT.YEARS:
        build_year(y)
    build_pairs()
    build_kennisgeving()
    print("built lommerveen")


if __name__ == "__main__":
    main()
