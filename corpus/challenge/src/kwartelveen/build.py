# -*- coding: utf-8 -*-
"""Build the kwartelveen family: 3 yearly prestatieafspraken (two-column newspaper layout) and a
raadsinformatiebrief. Run from /work/main:  .venv/bin/python corpus/challenge/src/kwartelveen/build.py"""
import json
import os
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

FAMILY = "kwartelveen"
OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev"))
PDF_DIR = os.path.join(OUT, "pdf")
GOLD_DIR = os.path.join(OUT, "gold")
PAIR_DIR = os.path.join(GOLD_DIR, "pairs")

PW, PH = A4
ML, MR = 56, 56
CW = PW - ML - MR
GAP = 17
COLW = (CW - GAP) / 2
TOP = PH - 72
BOTTOM = 60
LAYOUT = "two-column-newspaper"

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.5, leading=12, alignment=TA_JUSTIFY)
BODYL = ParagraphStyle("bodyl", parent=BODY, alignment=TA_LEFT)
SUB = ParagraphStyle("sub", fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor=colors.HexColor("#1F4E5F"))
TAB = ParagraphStyle("tab", fontName="Helvetica", fontSize=8.5, leading=10)
FOOT = ParagraphStyle("foot", fontName="Helvetica", fontSize=7.2, leading=9)
HEAD_SIZE = 13

SIGNERS = {
    2024: [("Gemeente Kwartelveen", "A.J. (Annelies) Brouwer-Teunis", "wethouder Wonen en Ruimte"),
           ("Woonstichting Heidehof", "R. (Ruud) Scheepmaker", "directeur-bestuurder"),
           ("Woongroep Zilverberk", "drs. F.M. (Fenna) Oudeweg", "bestuurder"),
           ("Stichting Ons Erf Wonen", "H. (Hasan) Yildiz", "directeur-bestuurder"),
           ("Huurderskoepel Kwartelveen", "G. (Gerrit) Mulderij", "voorzitter")],
}
SIGNERS[2025] = SIGNERS[2024]
SIGNERS[2026] = [SIGNERS[2024][0], SIGNERS[2024][1],
                 ("Woongroep Zilverberk", "ir. J.P. (Joost) Tammenga", "bestuurder a.i."),
                 SIGNERS[2024][3], ("Huurderskoepel Kwartelveen", "W. (Wilma) Haverkate", "voorzitter")]
SIGNDATE = {2024: "12 december 2023", 2025: "10 december 2024", 2026: "9 december 2025"}

KERN = {
    2024: [("Corporatiewoningen (1 januari)", "7.912", "7.948"), ("Ingeschreven woningzoekenden", "5.600", "6.120"),
           ("Gemiddelde inschrijfduur bij toewijzing", "4,6 jaar", "4,9 jaar"), ("Woningen met label E, F of G", "590", "412"),
           ("Huurders met achterstand > 2 maanden", "148", "131"), ("Huisuitzettingen wegens huurachterstand", "9", "6")],
    2025: [("Corporatiewoningen (1 januari)", "7.948", "8.031"), ("Ingeschreven woningzoekenden", "6.120", "6.590"),
           ("Gemiddelde inschrijfduur bij toewijzing", "4,9 jaar", "5,2 jaar"), ("Woningen met label E, F of G", "412", "248"),
           ("Huurders met achterstand > 2 maanden", "131", "117"), ("Huisuitzettingen wegens huurachterstand", "6", "3")],
    2026: [("Corporatiewoningen (1 januari)", "8.031", "8.122"), ("Ingeschreven woningzoekenden", "6.590", "6.710"),
           ("Gemiddelde inschrijfduur bij toewijzing", "5,2 jaar", "5,1 jaar"), ("Woningen met label E, F of G", "248", "85"),
           ("Huurders met achterstand > 2 maanden", "117", "104"), ("Huisuitzettingen wegens huurachterstand", "3", "2")],
}

TERUGBLIK = {
    2024: ["In 2023 leverden de corporaties 97 nieuwe sociale huurwoningen op, waarvan 58 in het plan Stationskwartier-Oost. Dat was minder dan de afgesproken 120, omdat twee projecten in Bremmerveld door stikstofprocedures later van start gingen.",
           "Daarnaast werden 178 woningen met een slecht energielabel verbeterd en kregen 240 huurders bezoek van een energiecoach. Het aantal huisuitzettingen daalde van negen naar zes. De huurderskoepel organiseerde drie achterbanbijeenkomsten over betaalbaarheid."],
    2025: ["In 2024 leverden de corporaties 104 nieuwe sociale huurwoningen op, zes minder dan was afgesproken. Heidehof rondde de eerste fase van het plan Leeuwerikstraat voorbereidend af en startte met de herhuisvesting van de zittende bewoners.",
           "De corporaties verbeterden 164 woningen met een label E, F of G en isoleerden 84 woningen in Molenakker; de overige complexen schoven door naar 2025. De brandveiligheidsscans werden in ongeveer de helft van de flats uitgevoerd. Het aantal huisuitzettingen kwam uit op drie."],
    2026: ["In 2025 werden 91 sociale huurwoningen opgeleverd en werden 40 middenhuurwoningen in het Stationskwartier in aanbouw genomen, waarvan er 12 al in december werden opgeleverd. De herziene huisvestingsverordening is in maart 2025 door de raad vastgesteld.",
           "De corporaties verbeterden 163 woningen met een slecht label en isoleerden de resterende twee complexen in Molenakker. Het aantal huisuitzettingen wegens huurachterstand bleef beperkt tot twee. De verhuisregeling voor senioren werd door elf huishoudens benut."],
}


def P(text, style=BODY):
    return Paragraph(text, style)


def build_items(year):
    """Return chapters [(heading, [(flowable, meta)])] and list of afspraken (in reading order)."""
    chapters = []
    afs = []
    fn_texts = []
    num = 0
    # chapter 1
    intro = []
    intro.append((P("Inhoud", SUB), {}))
    toc_rows = [["1", "Inleiding", "{p_inl}"]] + [[t.split(" ", 1)[0], t.split(" ", 1)[1], "{p_%s}" % cid] for cid, t in C.CH[year]] + [["7", "Slotbepalingen en ondertekening", "{p_slot}"]]
    intro.append(("TOC", {"rows": toc_rows}))
    intro.append((P("Leeswijzer", SUB), {}))
    intro.append((P("Na deze inleiding volgen vijf thematische hoofdstukken. Elk hoofdstuk begint met een korte schets van de opgave; daarna volgen de afspraken, die doorlopend zijn genummerd. Een afspraak is herkenbaar aan het vetgedrukte nummer aan het begin van de alinea. Hoofdstuk 7 bevat de slotbepalingen en de ondertekening."), {}))
    intro.append((P("Aanleiding en beleidskader", SUB), {}))
    intro.append((P("Gemeente Kwartelveen, Woonstichting Heidehof, Woongroep Zilverberk, Stichting Ons Erf Wonen en Huurderskoepel Kwartelveen maken jaarlijks prestatieafspraken over de bijdrage van de corporaties aan het lokale volkshuisvestingsbeleid, zoals bedoeld in artikel 44 van de Woningwet. Deze afspraken voor %d bouwen voort op de Woonvisie Kwartelveen 2022-2030, de regionale woondeal en de Nationale Prestatieafspraken die het Rijk met Aedes, de Woonbond en de VNG heeft gesloten." % year), {}))
    intro.append((P("De huurderskoepel vertegenwoordigt de huurdersorganisaties van de drie corporaties: Huurdersvereniging Heidehof, Bewonersraad Zilverberk en Huurdersbelang Ons Erf. Zij heeft bij de totstandkoming van deze afspraken als gelijkwaardige partij aan tafel gezeten. De corporaties hebben voor 1 juli %d hun bod uitgebracht, dat de basis vormde voor de onderhandelingen in het najaar." % (year - 1)), {}))
    intro.append((P("Terugblik op %d" % (year - 1), SUB), {}))
    for t in TERUGBLIK[year]:
        intro.append((P(t), {}))
    intro.append((P("Kerncijfers", SUB), {}))
    rows = [[P("<b>Indicator</b>", TAB), P("<b>%d</b>" % (year - 2), TAB), P("<b>%d</b>" % (year - 1), TAB)]]
    for a, b, c in KERN[year]:
        rows.append([P(a, TAB), P(b, TAB), P(c, TAB)])
    t = Table(rows, colWidths=[COLW - 90, 45, 45], repeatRows=1)
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    intro.append((t, {}))
    intro.append((P("Bron: jaarverslagen van de corporaties en de monitor woonruimteverdeling. Cijfers per 31 december, tenzij anders vermeld.", TAB), {}))
    chapters.append(("1 Inleiding", "inl", intro))

    for cid, title in C.CH[year]:
        items = []
        sub = None
        for it in C.ORDER[year][cid]:
            if isinstance(it, tuple) and it[0] == "sub":
                sub = it[1]
                items.append((P(escape(sub), SUB), {}))
            elif isinstance(it, tuple) and it[0] == "ctx":
                items.append((P(escape(it[1])), {}))
            else:
                key = it
                num += 1
                text, frame = C.A[key][year]
                assert not text[0].isdigit()
                mark = ""
                fn = None
                if C.A[key].get("fn", {}).get(year):
                    fn_texts.append(C.A[key]["fn"][year])
                    fn = len(fn_texts)
                    mark = '<super rise="3" size="6">%d</super>' % fn
                markup = "<b>Afspraak %d.</b> %s%s" % (num, escape(text), mark)
                section = title + (" > " + sub if sub else "")
                themes = C.A[key]["themes"]
                rec = {"key": key, "number": str(num), "section": section, "party": None,
                       "theme": themes[0], "themes": themes, "page": None, "text": text,
                       "trekker": None, "planning": None, "attributes": {}, "frame": frame}
                afs.append(rec)
                items.append((P(markup), {"key": key, "fn": fn, "start": True}))
        chapters.append((title, cid, items))

    # closing chapter
    slot = []
    slot.append((P("Looptijd en wijziging", SUB), {}))
    slot.append((P("Deze prestatieafspraken gelden van 1 januari tot en met 31 december %d. Afspraken die een langere doorlooptijd hebben, worden in de afspraken voor %d opnieuw bezien. Wijzigt het beleid van het Rijk of de provincie ingrijpend, dan treden partijen met elkaar in overleg over de gevolgen voor deze afspraken." % (year, year + 1)), {}))
    slot.append((P("Voorbehoud", SUB), {}))
    slot.append((P("De financiële inzet van de corporaties is opgenomen in hun begrotingen en meerjarenprognoses en staat onder het gebruikelijke voorbehoud van goedkeuring door de raden van commissarissen. De gemeentelijke bijdragen zijn gedekt in de programmabegroting %d." % year), {}))
    slot.append((P("Ondertekening", SUB), {}))
    slot.append((P("Aldus overeengekomen en ondertekend te Kwartelveen op %s." % SIGNDATE[year], BODYL), {}))
    for org, name, fun in SIGNERS[year]:
        slot.append((P("<b>%s</b><br/><br/>______________________________<br/>%s, %s" % (org, name, fun), BODYL), {"gap": 9}))
    slot.append((P("Bijlagen", SUB), {}))
    slot.append((P("1. Nieuwbouwprogramma %d-%d per project en per corporatie<br/>2. Overzicht verduurzaming per complex<br/>3. Monitor prestatieafspraken %d (stand van zaken per afspraak)<br/>4. Begrippenlijst" % (year, year + 4, year - 1), BODYL), {}))
    chapters.append(("7 Slotbepalingen en ondertekening", "slot", slot))
    return chapters, afs, fn_texts


def make_toc(rows, pages):
    data = [[P(a, TAB), P(b, TAB), P(c.format(**pages), TAB)] for a, b, c in rows]
    t = Table(data, colWidths=[18, COLW - 48, 30])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                           ("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    return t


# ------------------------------------------------------------------ column engine
def fill_column(items, h):
    """Place items in one column of height h. Returns (placed [(fl, meta, y_off, final)], rest, used)."""
    placed, used = [], 0.0
    items = list(items)
    while items:
        fl, meta = items[0]
        avail = h - used
        w, fh = fl.wrap(COLW, avail)
        if fh <= avail + 0.01:
            placed.append((fl, meta, used, True))
            used += fh + meta.get("gap", 5)
            items.pop(0)
            continue
        parts = fl.split(COLW, avail) if avail > 20 else []
        if parts and len(parts) >= 2:
            first, rest = parts[0], parts[1:]
            w, fh1 = first.wrap(COLW, avail)
            m1 = dict(meta)
            m1["fn"] = None
            placed.append((first, m1, used, False))
            used += fh1
            m2 = dict(meta)
            m2["start"] = False
            items = [(r, m2 if i == len(rest) - 1 else dict(m2, fn=None)) for i, r in enumerate(rest)] + items[1:]
        break
    return placed, items, used


def fill_region(items, h):
    p1, rest, u1 = fill_column(items, h)
    p2, rest, u2 = fill_column(rest, h)
    return p1, p2, rest, max(u1, u2)


def layout_page(state, avail_bottom):
    """state: (chapter index, items or None (heading not yet drawn)). Returns ops, new state, refs."""
    chapters = state["chapters"]
    ci, items = state["ci"], state["items"]
    y = TOP
    ops = []
    while ci < len(chapters):
        title, cid, citems = chapters[ci]
        if items is None:
            if y - 36 - 60 < avail_bottom and y < TOP:
                break
            ops.append(("head", title, cid, y))
            y -= 30
            items = list(citems)
        H = y - avail_bottom
        if H < 40:
            break
        p1, p2, rest, used = fill_region(items, H)
        if not rest:
            lo, hi = 0.0, H
            for _ in range(14):
                mid = (lo + hi) / 2
                if not fill_region(items, mid)[2]:
                    hi = mid
                else:
                    lo = mid
            p1, p2, rest, used = fill_region(items, hi)
            ops.append(("cols", p1, p2, y))
            y -= used + 16
            ci += 1
            items = None
            continue
        ops.append(("cols", p1, p2, y))
        items = rest
        break
    refs = []
    for op in ops:
        if op[0] == "cols":
            for fl, meta, off, final in op[1] + op[2]:
                if final and meta.get("fn"):
                    refs.append(meta["fn"])
    return ops, {"chapters": chapters, "ci": ci, "items": items}, refs


def paginate(chapters, fn_texts):
    state = {"chapters": chapters, "ci": 0, "items": None}
    pages = []
    guard = 0
    while state["ci"] < len(chapters):
        guard += 1
        assert guard < 60
        reserve = []
        for _ in range(6):
            rh = 0
            if reserve:
                rh = 12 + sum(P("%d %s" % (n, fn_texts[n - 1]), FOOT).wrap(CW, 200)[1] + 2 for n in reserve)
            ops, new_state, refs = layout_page(state, BOTTOM + rh)
            if set(refs) <= set(reserve):
                break
            reserve = sorted(set(reserve) | set(refs))
        pages.append((ops, [n for n in reserve if n in refs]))
        state = new_state
    return pages


def draw_doc(path, year, chapters, fn_texts, afs, pass_pages=None):
    pages = paginate(chapters, fn_texts)
    npages = len(pages) + 1
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Prestatieafspraken wonen Kwartelveen %d" % year)
    c.setAuthor("Gemeente Kwartelveen")
    # cover
    c.setFillColor(colors.HexColor("#1F4E5F"))
    c.rect(0, PH - 250, PW, 250, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(ML, PH - 140, "Prestatieafspraken wonen")
    c.setFont("Helvetica", 22)
    c.drawString(ML, PH - 175, "Kwartelveen %d" % year)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 12)
    yy = PH - 320
    c.drawString(ML, yy, "Afspraken tussen")
    yy -= 26
    for org in ["Gemeente Kwartelveen"] + C.CORPS + [C.KOEPEL]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(ML + 10, yy, org)
        yy -= 22
    c.setFont("Helvetica", 9)
    c.drawString(ML + 10, yy - 4, "namens Huurdersvereniging Heidehof, Bewonersraad Zilverberk en Huurdersbelang Ons Erf")
    c.setFont("Helvetica", 11)
    c.drawString(ML, 120, "Vastgesteld in het bestuurlijk overleg wonen en ondertekend op %s" % SIGNDATE[year])
    c.showPage()
    chap_pages = {}
    key_pages = {}
    for pi, (ops, fns) in enumerate(pages):
        pno = pi + 2
        c.setFont("Helvetica", 7.5)
        c.drawString(ML, PH - 40, "Prestatieafspraken wonen Kwartelveen %d" % year)
        c.drawRightString(PW - MR, PH - 40, "Gemeente, corporaties en huurderskoepel")
        c.setLineWidth(0.4)
        c.line(ML, PH - 46, PW - MR, PH - 46)
        c.drawCentredString(PW / 2, 34, "Pagina %d van %d" % (pno, npages))
        for op in ops:
            if op[0] == "head":
                _, title, cid, y = op
                chap_pages.setdefault(cid, pno)
                c.setFont("Helvetica-Bold", HEAD_SIZE)
                c.setFillColor(colors.HexColor("#1F4E5F"))
                c.drawString(ML, y - 16, title)
                c.setFillColor(colors.black)
                c.setLineWidth(0.8)
                c.line(ML, y - 22, PW - MR, y - 22)
            else:
                _, p1, p2, y = op
                for x, col in ((ML, p1), (ML + COLW + GAP, p2)):
                    for fl, meta, off, final in col:
                        if fl == "TOC" or meta.get("rows"):
                            pass
                        w, h = fl.wrap(COLW, 10000)
                        fl.drawOn(c, x, y - off - h)
                        if meta.get("key") and meta.get("start"):
                            key_pages.setdefault(meta["key"], pno)
        if fns:
            fy = BOTTOM - 6
            blocks = [P("<super size=\"7.2\" rise=\"2\">%d</super> %s" % (n, escape(fn_texts[n - 1])), FOOT) for n in fns]
            hs = [b.wrap(CW, 200)[1] for b in blocks]
            top = fy + sum(hs) + 2 * len(hs) + 4
            c.setLineWidth(0.4)
            c.line(ML, top, ML + 120, top)
            yb = top - 4
            for b, h in zip(blocks, hs):
                b.drawOn(c, ML, yb - h)
                yb -= h + 2
        c.showPage()
    c.save()
    for a in afs:
        a["page"] = key_pages[a["key"]]
    return npages, chap_pages


def resolve_toc(chapters, pages_map):
    out = []
    for title, cid, items in chapters:
        new = []
        for fl, meta in items:
            if fl == "TOC":
                fl = make_toc(meta["rows"], pages_map)
                meta = {}
            new.append((fl, meta))
        out.append((title, cid, new))
    return out


def doc_meta(doc_id, typ, year, pages, layout):
    return {"id": doc_id, "family": FAMILY, "type": typ, "year": year, "years": [year],
            "gemeente": C.GEMEENTE, "gemeenten": [C.GEMEENTE], "corporaties": list(C.CORPS),
            "huurdersorganisaties": [C.KOEPEL], "pages": pages, "layout": layout}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def build_agreement(year):
    doc_id = "%s-%d" % (FAMILY, year)
    path = os.path.join(PDF_DIR, doc_id + ".pdf")
    chapters, afs, fns = build_items(year)
    dummy = {"p_" + cid: "0" for _, cid, _ in chapters}
    npages, chap_pages = draw_doc(path, year, resolve_toc(chapters, dummy), fns, afs)
    pm = {"p_" + cid: str(p) for cid, p in chap_pages.items()}
    chapters, afs, fns = build_items(year)
    npages, chap_pages2 = draw_doc(path, year, resolve_toc(chapters, pm), fns, afs)
    assert chap_pages2 == chap_pages, (chap_pages, chap_pages2)
    write_json(os.path.join(GOLD_DIR, doc_id + ".json"),
               {"document": doc_meta(doc_id, "prestatieafspraken", year, npages, LAYOUT), "afspraken": afs})
    return afs


def build_pair(y1, y2, afs1, afs2):
    spec = C.PAIRS[(y1, y2)]
    k1 = {a["key"]: a for a in afs1}
    k2 = {a["key"]: a for a in afs2}
    links = []
    for a in afs1:
        k = a["key"]
        if k not in k2:
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
            assert k not in spec
            continue
        if a["text"] == k2[k]["text"]:
            assert k not in spec, ("identical but specified", k)
            links.append({"old": k, "new": k, "status": "unchanged", "kinds": [], "hard_negative": None})
        else:
            assert k in spec, ("changed but unspecified", y1, k)
            st, kinds, hn = spec[k]
            links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
    for a in afs2:
        if a["key"] not in k1:
            links.append({"old": None, "new": a["key"], "status": "new", "kinds": [], "hard_negative": None})
    o, n = "%s-%d" % (FAMILY, y1), "%s-%d" % (FAMILY, y2)
    write_json(os.path.join(PAIR_DIR, "%s__%s.json" % (o, n)), {"old": o, "new": n, "links": links})


# ------------------------------------------------------------------ kennisgeving
KG_ROWS = [
    ("Nieuwbouw", "nieuwbouw-sociaal", "De corporaties leveren in 2026 samen ten minste 120 sociale huurwoningen op.",
     C.fr(["corporatie"], "firm", [(120, "woningen", "min")], (2026, "in 2026")), ["beschikbaarheid_betaalbaarheid"]),
    ("Verkoop", "verkoop", "De corporaties verkopen in 2026 geen sociale huurwoningen uit de bestaande voorraad.",
     C.fr(["corporatie"], "firm", [(0, "woningen", "max")], (2026, "in 2026")), ["beschikbaarheid_betaalbaarheid"]),
    ("Huurverhoging", "huurverhoging", "De gemiddelde huurverhoging per 1 juli 2026 blijft ten minste 0,5% onder de inflatie.",
     C.fr(["corporatie"], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True), ["beschikbaarheid_betaalbaarheid"]),
    ("Huurachterstanden", "huurachterstand", "Bij een huurachterstand nemen de corporaties binnen twee weken persoonlijk contact op met de huurder.",
     C.fr(["corporatie"], "firm", [(2, "weken", "max")]), ["beschikbaarheid_betaalbaarheid"]),
    ("Vergunninghouders", "statushouders", "Partijen huisvesten samen de taakstelling van 92 vergunninghouders, voor zover de vrijkomende voorraad dat toelaat.",
     C.fr(["partijen"], "firm", [(92, "personen", "exact")], (2026, "in 2026"), True, ["voor zover de vrijkomende voorraad dat toelaat"]), ["beschikbaarheid_betaalbaarheid"]),
    ("Energielabels", "label-efg", "De laatste 85 corporatiewoningen met label E, F of G worden in 2026 verbeterd, zodat eind 2027 geen van deze labels meer voorkomt.",
     C.fr(["corporatie"], "firm", [(85, "woningen", "exact")], (2027, "eind 2027")), ["duurzaamheid_klimaat"]),
    ("Vocht en schimmel", "vocht-schimmel", "Elke melding van vocht en schimmel wordt binnen één week in de woning beoordeeld.",
     C.fr(["corporatie"], "firm", [(1, "weken", "max")]), ["kwaliteit"]),
    ("Wonen en zorg", "geclusterd-bremmerveld", "Ons Erf Wonen start in 2026 met de bouw van 24 zorggeschikte appartementen in Bremmerveld, onder voorbehoud van de omgevingsvergunning.",
     C.fr(["corporatie"], "firm", [(24, "woningen", "exact")], (2026, "in 2026"), False, ["onder voorbehoud van de omgevingsvergunning"]), ["kwaliteit", "beschikbaarheid_betaalbaarheid"]),
    ("Leefbaarheid", "leefbaarheidsbudget", "De corporaties besteden in 2026 gemiddeld ten minste € 75 per woning aan leefbaarheid.",
     C.fr(["corporatie"], "firm", [(75, "euro", "min")], (2026, "in 2026"), True), ["leefbaarheid"]),
    ("Monitoring", "monitoring", "Partijen bespreken de voortgang van de afspraken drie keer per jaar in het bestuurlijk overleg.",
     C.fr(["partijen"], "firm", [(3, "keer per jaar", "exact")], None, True), ["overig"]),
]


def build_kennisgeving():
    import pdfplumber
    from reportlab.platypus import SimpleDocTemplate, Spacer
    doc_id = "%s-kennisgeving-2026" % FAMILY
    path = os.path.join(PDF_DIR, doc_id + ".pdf")
    LS = ParagraphStyle("l", fontName="Helvetica", fontSize=10, leading=13.5)
    HS = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=20)
    TS = ParagraphStyle("t", fontName="Helvetica", fontSize=9.5, leading=12)
    story = [P("Raadsinformatiebrief", HS), Spacer(1, 10)]
    hdr = [["Onderwerp", "Prestatieafspraken wonen 2026"], ["Datum", "16 december 2025"],
           ["Portefeuillehouder", "A.J. Brouwer-Teunis, wethouder Wonen en Ruimte"], ["Kenmerk", "RIB 2025-0187 / Z.25-04411"]]
    ht = Table([[P("<b>%s</b>" % a, LS), P(b, LS)] for a, b in hdr], colWidths=[120, 360])
    ht.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.grey),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EEF0"))]))
    story += [ht, Spacer(1, 14)]
    prose = [
        "Geacht college, geachte leden van de raad,",
        "Met deze brief informeren wij u over de prestatieafspraken wonen voor 2026, die op 9 december 2025 zijn ondertekend door de gemeente, Woonstichting Heidehof, Woongroep Zilverberk, Stichting Ons Erf Wonen en Huurderskoepel Kwartelveen. De afspraken zijn gebaseerd op de Woonvisie Kwartelveen 2022-2030 en op de biedingen die de corporaties in juni 2025 hebben uitgebracht.",
        "In 2025 is de nieuwbouw achtergebleven bij de afspraken: er werden 91 sociale huurwoningen opgeleverd, terwijl er 95 waren voorzien. Voor 2026 is het afgesproken aantal fors hoger, omdat meerdere vertraagde projecten alsnog worden opgeleverd. Op het gebied van verduurzaming zijn grote stappen gezet; nog 85 corporatiewoningen hebben een slecht energielabel.",
        "Het overleg met de huurderskoepel verliep constructief. De koepel heeft vooral ingezet op betaalbaarheid en op snellere reactie bij vocht en schimmel. Niet alle wensen konden worden gehonoreerd: zo is het budget voor bewonersinitiatieven verlaagd en worden wijkbeheerders voortaan alleen in De Kwartelhof en Molenakker ingezet.",
        "In de onderstaande tabel hebben wij de belangrijkste afspraken voor u op een rij gezet.",
    ]
    for t in prose:
        story += [P(escape(t), LS), Spacer(1, 7)]
    rows = [[P("<b>Onderwerp</b>", TS), P("<b>Belangrijkste afspraak</b>", TS)]]
    for subj, key, text, frame, themes in KG_ROWS:
        rows.append([P(escape(subj), TS), P(escape(text), TS)])
    tb = Table(rows, colWidths=[110, 370], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF0"))]))
    story += [tb, Spacer(1, 12)]
    after = [
        "Vervolg",
        "De voortgang van de afspraken wordt drie keer per jaar besproken in het bestuurlijk overleg. Wij informeren u in het voorjaar van 2026 over de resultaten van 2025 via de jaarlijkse monitor. De volledige tekst van de prestatieafspraken is als bijlage bij deze brief gevoegd en is te raadplegen op de websites van de corporaties.",
        "Het college van burgemeester en wethouders van Kwartelveen,",
        "de secretaris, mr. P.L. Dijkhuizen          de burgemeester, drs. C.E. van Loenen-Hart",
    ]
    for i, t in enumerate(after):
        story += [P(("<b>%s</b>" if i == 0 else "%s") % escape(t), LS), Spacer(1, 7)]

    def deco(cv, d):
        cv.saveState()
        cv.setFont("Helvetica", 8)
        cv.drawString(56, PH - 36, "Gemeente Kwartelveen")
        cv.drawRightString(PW - 56, PH - 36, "Raadsinformatiebrief RIB 2025-0187")
        cv.drawCentredString(PW / 2, 30, "%d" % d.page)
        cv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=60, bottomMargin=50,
                            invariant=1, title="Raadsinformatiebrief prestatieafspraken 2026", author="Gemeente Kwartelveen")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    # find pages of rows (second column only)
    afs = []
    with pdfplumber.open(path) as pdf:
        npages = len(pdf.pages)
        texts = []
        for pg in pdf.pages:
            texts.append(" ".join(pg.crop((56 + 110, 0, PW, PH)).extract_text().split()))
        for subj, key, text, frame, themes in KG_ROWS:
            page = next(i + 1 for i, t in enumerate(texts) if " ".join(text.split()[:6]) in t)
            afs.append({"key": key, "number": None, "section": "Belangrijkste afspraken", "party": None,
                        "theme": themes[0], "themes": themes, "page": page, "text": text, "trekker": None,
                        "planning": None, "attributes": {"onderwerp": subj}, "frame": frame})
    write_json(os.path.join(GOLD_DIR, doc_id + ".json"),
               {"document": doc_meta(doc_id, "kennisgeving", 2026, npages, "raadsinformatiebrief-table"), "afspraken": afs})


def main():
    for d in (PDF_DIR, GOLD_DIR, PAIR_DIR):
        os.makedirs(d, exist_ok=True)
    afs = {y: build_agreement(y) for y in (2024, 2025, 2026)}
    build_pair(2024, 2025, afs[2024], afs[2025])
    build_pair(2025, 2026, afs[2025], afs[2026])
    build_kennisgeving()


if __name__ == "__main__":
    main()
