# -*- coding: utf-8 -*-
"""Build the beekstede family (held-out test corpus): PDFs + gold JSON.

Run from /work/main:  .venv/bin/python corpus/challenge/src/beekstede/build.py
"""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

import pdfplumber  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,  # noqa: E402
                                KeepTogether)

FAMILY = "beekstede"
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
LAYOUT = "definition-list"

LM = RM = 22 * mm
TITLE_W = 36 * mm
BODY_W = A4[0] - LM - RM
GAP = 4 * mm
TEXT_W = BODY_W - TITLE_W

ST = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13, alignment=TA_JUSTIFY,
                           spaceAfter=6),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=8, spaceAfter=8,
                         textColor=colors.HexColor("#1f4e5f")),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4),
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5),
    "text": ParagraphStyle("text", fontName="Helvetica", fontSize=9.5, leading=13, alignment=TA_JUSTIFY),
    "toel": ParagraphStyle("toel", fontName="Helvetica-Oblique", fontSize=8.5, leading=11.5, spaceBefore=3,
                           textColor=colors.HexColor("#444444")),
    "cover1": ParagraphStyle("c1", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_CENTER),
    "cover2": ParagraphStyle("c2", fontName="Helvetica", fontSize=13, leading=18, alignment=TA_CENTER),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=11),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8.5, leading=11),
}

GEM, CORP = C.GEMEENTE, C.CORPORATIE
HV, BR = C.HUURDERS


def P(t, s="body"):
    return Paragraph(t, ST[s])


# ------------------------------------------------------------------ per-year context (not afspraken)
CTX = {
    2025: dict(sign="9 december 2024", prev=2024, stock=3412, opgeleverd=38, wachttijd="31 maanden",
               achterstand="1,6%", ontruim=5, label_efg=112, labela="41%", hdo="7,3", wethouder="A.M. (Anne) Dekkers",
               bestuurder="drs. R.J. van Asselt", hvvz="J. Hoekstra", brvz="mevr. F. el Idrissi",
               nieuws="In 2024 is de regionale woondeal ondertekend en heeft de gemeenteraad de Woonvisie Beekstede "
                      "2022-2030 met een actualisatie op het onderdeel betaalbaarheid aangevuld."),
    2026: dict(sign="11 december 2025", prev=2025, stock=3437, opgeleverd=52, wachttijd="29 maanden",
               achterstand="1,4%", ontruim=7, label_efg=64, labela="46%", hdo="7,4", wethouder="A.M. (Anne) Dekkers",
               bestuurder="drs. R.J. van Asselt", hvvz="J. Hoekstra", brvz="mevr. F. el Idrissi",
               nieuws="In 2025 zijn de bouwkosten opnieuw fors gestegen en is de bestemmingsplanprocedure voor "
                      "Molenakker-Zuid vertraagd; tegelijk heeft het Rijk de taakstelling voor vergunninghouders "
                      "verhoogd."),
    2027: dict(sign="10 december 2026", prev=2026, stock=3489, opgeleverd=55, wachttijd="28 maanden",
               achterstand="1,3%", ontruim=5, label_efg=29, labela="52%", hdo="7,6", wethouder="drs. P. Wolters",
               bestuurder="ir. M.C. Brouwer", hvvz="J. Hoekstra", brvz="S. Verbeek",
               nieuws="In 2026 heeft het warmtebedrijf de aanleg van het hoofdnet in Hoogveld uitgesteld en is de "
                      "haalbaarheidsstudie voor een woonzorgvorm in Beekstede-Centrum afgerond."),
}

CHAP_INTRO = {
    "BS": "De vraag naar betaalbare huurwoningen in Beekstede is de afgelopen jaren sterker gegroeid dan het "
          "aanbod. De woonvisie vraagt om een groei van de sociale huurvoorraad, om meer ruimte voor starters en "
          "jongeren en om een betere doorstroming van senioren. Onder dit thema staan de afspraken over nieuwbouw, "
          "toewijzing en de huisvesting van bijzondere doelgroepen.",
    "BT": "Betaalbaarheid gaat over meer dan de huurprijs alleen. Partijen kijken naar de totale woonlasten van "
          "huurders, inclusief energie, en willen voorkomen dat huishoudens in betalingsproblemen komen. De "
          "landelijke kaders voor huurverhoging en passend toewijzen vormen daarbij de ondergrens.",
    "DU": "De nationale prestatieafspraken en de transitievisie warmte van de gemeente vormen het kader voor de "
          "verduurzaming van de huurvoorraad. Verduurzaming moet leiden tot lagere woonlasten en een beter "
          "binnenklimaat, en mag niet tot hogere totale lasten voor huurders leiden.",
    "KW": "Huurders moeten kunnen rekenen op een woning die heel, veilig en gezond is. De vergrijzing in de kernen "
          "en de wens van ouderen om langer zelfstandig te wonen vragen daarnaast om meer woningen die geschikt "
          "zijn voor mensen met een zorgvraag.",
    "LB": "In een aantal buurten staat de leefbaarheid onder druk, onder meer door een concentratie van kwetsbare "
          "huishoudens. Partijen werken samen met het wijkteam, de wijkagent en bewoners aan schone, hele en "
          "veilige buurten waar mensen elkaar ontmoeten.",
    "SP": "Deze afspraken komen tot stand in een gelijkwaardig overleg tussen gemeente, corporatie en "
          "huurdersorganisaties. Onder dit thema staan de afspraken over de manier waarop partijen samenwerken, "
          "de voortgang volgen en met verschillen van inzicht omgaan.",
}


def footer(year):
    def draw(canv, doc):
        canv.saveState()
        pg = canv.getPageNumber()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawCentredString(A4[0] / 2, 12 * mm, "Beekstede | Prestatieafspraken %d | %d" % (year, pg))
        if pg > 1:
            canv.drawRightString(A4[0] - RM, A4[1] - 12 * mm, "%s · %s · %s · %s" % (GEM, CORP, HV, BR))
        canv.restoreState()
    return draw


def afspraak_rows(year, chap, res):
    rows = []
    keys = [k for (k, code, th, v) in C.A if year in res[k] and res[k][year][0] == chap]
    ov = C.ORDER_OVERRIDE.get(year, {}).get(chap)
    if ov:
        keys = ov + [k for k in keys if k not in ov]
    codes = {k: code for (k, code, th, v) in C.A}
    for k in keys:
        _, title, text, frame, toel = res[k][year]
        right = [Paragraph('<font color="#8a8a8a">[%s]</font> %s' % (codes[k], escape(text)), ST["text"])]
        if toel:
            right.append(Paragraph(escape(toel), ST["toel"]))
        rows.append([Paragraph(escape(title), ST["title"]), right])
    return rows


def grid(rows):
    t = Table(rows, colWidths=[TITLE_W, TEXT_W], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), GAP),
        ("LEFTPADDING", (1, 0), (1, -1), 0),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def ruled_table(data, widths):
    t = Table([[Paragraph(str(c), ST["cellb" if i == 0 else "cell"]) for c in r] for i, r in enumerate(data)],
              colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ecef")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def story(year, res):
    c = CTX[year]
    prev = c["prev"]
    s = []
    # cover
    s += [Spacer(1, 55 * mm), P("Prestatieafspraken %d" % year, "cover1"), Spacer(1, 8 * mm),
          P("Afspraken over wonen in de gemeente Beekstede", "cover2"), Spacer(1, 30 * mm)]
    for name in [("Gemeente " + GEM), CORP, HV, BR]:
        s.append(P(name, "cover2"))
    s += [Spacer(1, 30 * mm), P("Beekstede, %s" % c["sign"], "cover2"), PageBreak()]
    # leeswijzer + inhoud
    chaps = C.CHAPTERS[year]
    s.append(P("Leeswijzer", "h1"))
    s.append(P("Dit document bevat de prestatieafspraken voor het jaar %d tussen de gemeente Beekstede, %s, %s "
               "en %s. Na de inleiding en een terugblik op %d volgen zes thema's. Ieder thema opent met een korte "
               "beschrijving van de opgave. Daarna volgen de afspraken: links staat steeds een korte titel, rechts "
               "de afspraak zelf, voorafgegaan door een vaste code tussen vierkante haken. Die code blijft over de "
               "jaren gelijk, zodat de voortgang in de monitor eenvoudig kan worden gevolgd. Waar een afspraak "
               "om uitleg vraagt, staat daaronder cursief een toelichting; een toelichting is zelf geen afspraak."
               % (year, CORP, HV, BR, prev)))
    s.append(P("Inhoud", "h2"))
    toc = ["Inleiding", "Terugblik %d" % prev] + list(chaps.values()) + ["Looptijd en slotbepalingen",
                                                                         "Ondertekening", "Bijlagen"]
    for i, t in enumerate(toc, 1):
        s.append(P("%d. %s" % (i, t), "small"))
    s.append(Spacer(1, 4 * mm))
    # inleiding
    s.append(P("1. Inleiding", "h1"))
    s.append(P("De Woningwet vraagt van gemeente, corporatie en huurdersorganisaties dat zij jaarlijks afspraken "
               "maken over de bijdrage van de corporatie aan het lokale volkshuisvestingsbeleid. Basis daarvoor is "
               "de Woonvisie Beekstede 2022-2030, waarin de gemeenteraad de ambities voor beschikbaarheid, "
               "betaalbaarheid, verduurzaming en leefbaarheid heeft vastgelegd. %s heeft in juni %d haar bod "
               "uitgebracht; op basis daarvan is in het najaar in het tripartiete overleg over deze afspraken "
               "onderhandeld." % (CORP, prev)))
    s.append(P("De afspraken sluiten aan op de nationale prestatieafspraken tussen het Rijk, Aedes, de Woonbond en "
               "de VNG en op de regionale woondeal. %s Huurdersvereniging De Beekhof vertegenwoordigt alle huurders "
               "van Veldzicht in de gemeente; Bewonersraad Oude Weide behartigt de belangen van de huurders in de "
               "gelijknamige wijk, waar ongeveer een derde van het bezit van Veldzicht staat." % c["nieuws"]))
    # terugblik
    s.append(P("2. Terugblik %d" % prev, "h1"))
    s.append(P("In %d heeft Veldzicht %d nieuwe sociale huurwoningen opgeleverd. De gemiddelde zoektijd van "
               "reguliere woningzoekenden bedroeg %s. Het aandeel huurders met een huurachterstand daalde tot %s en "
               "er vonden %d ontruimingen wegens huurachterstand plaats. Eind %d hadden nog %d woningen een "
               "energielabel E, F of G. De meeste afspraken uit het vorige jaar zijn uitgevoerd; de afspraken die "
               "niet of niet volledig zijn gerealiseerd, zijn in dit document opnieuw bezien." %
               (prev, c["opgeleverd"], c["wachttijd"], c["achterstand"], c["ontruim"], prev, c["label_efg"])))
    s.append(P("Kerncijfers %s in Beekstede (peildatum 31 december %d)" % (CORP, prev), "h2"))
    s.append(ruled_table([["Kerncijfer", "Waarde"],
                          ["Sociale huurwoningen in bezit", "%d" % c["stock"]],
                          ["Opgeleverde nieuwbouw in %d" % prev, "%d" % c["opgeleverd"]],
                          ["Gemiddelde zoektijd reguliere woningzoekenden", c["wachttijd"]],
                          ["Huurachterstand (% van de jaarhuur)", c["achterstand"]],
                          ["Woningen met label A of beter", c["labela"]],
                          ["Gemiddeld huurdersoordeel", c["hdo"]]], [95 * mm, 40 * mm]))
    # thema's
    num = 3
    for chap, ctitle in chaps.items():
        s.append(PageBreak() if chap in ("BS", "DU", "LB") else Spacer(1, 4 * mm))
        s.append(P(ctitle, "h1"))
        s.append(P(CHAP_INTRO[chap]))
        rows = afspraak_rows(year, chap, res)
        s.append(grid(rows))
        num += 1
    # slot
    s.append(Spacer(1, 4 * mm))
    s.append(P("Looptijd en slotbepalingen", "h1"))
    s.append(P("Deze prestatieafspraken gelden van 1 januari tot en met 31 december %d. Afspraken die over "
               "meerdere jaren lopen, worden bij de volgende jaarlijkse afspraken opnieuw bezien. Wijzigingen "
               "tijdens de looptijd zijn alleen mogelijk als alle partijen daarmee schriftelijk instemmen. De "
               "financiële inzet van Veldzicht is onder voorbehoud van goedkeuring van de begroting door de Raad "
               "van Commissarissen; de inzet van de gemeente is onder voorbehoud van de vaststelling van de "
               "begroting door de gemeenteraad." % year))
    # ondertekening
    s.append(P("Ondertekening", "h1"))
    s.append(P("Aldus overeengekomen en ondertekend te Beekstede op %s." % c["sign"]))
    sig = [["Gemeente Beekstede", CORP],
           ["%s\nwethouder Wonen" % c["wethouder"], "%s\ndirecteur-bestuurder" % c["bestuurder"]],
           [HV, BR],
           ["%s\nvoorzitter" % c["hvvz"], "%s\nvoorzitter" % c["brvz"]]]
    sig = [[Paragraph(escape(x).replace("\n", "<br/>"), ST["cellb" if i % 2 == 0 else "cell"]) for x in r]
           for i, r in enumerate(sig)]
    t = Table(sig, colWidths=[BODY_W / 2, BODY_W / 2], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 1), (-1, 1), 22),
                           ("TOPPADDING", (0, 3), (-1, 3), 22), ("BOTTOMPADDING", (0, 1), (-1, 1), 14)]))
    s.append(KeepTogether([t]))
    # bijlagen
    s.append(P("Bijlagen", "h1"))
    s.append(P("Bijlage 1. Nieuwbouwprogramma %s %d-%d" % (CORP, year, year + 3), "h2"))
    prog = {2025: [["Project", "Wijk", "Woningen", "Oplevering"],
                   ["Molenakker fase 2", "Molenakker", "46", "2025"],
                   ["Kerkpad", "Ravenhorst", "24", "2026"],
                   ["Molenakker-Zuid", "Molenakker", "70", "2027"],
                   ["Schoolstraat", "Beekstede-Centrum", "40", "2027"]],
            2026: [["Project", "Wijk", "Woningen", "Oplevering"],
                   ["Kerkpad", "Ravenhorst", "24", "2026"],
                   ["Molenakker-Zuid", "Molenakker", "56", "2028"],
                   ["Schoolstraat (sociaal)", "Beekstede-Centrum", "18", "2027"],
                   ["Schoolstraat (middenhuur)", "Beekstede-Centrum", "40", "2027"]],
            2027: [["Project", "Wijk", "Woningen", "Oplevering"],
                   ["Schoolstraat (sociaal)", "Beekstede-Centrum", "18", "2027"],
                   ["Schoolstraat (middenhuur)", "Beekstede-Centrum", "40", "2027"],
                   ["Molenakker-Zuid", "Molenakker", "56", "2028"],
                   ["Lindehof (woonzorg)", "Beekstede-Centrum", "32", "2028"]]}[year]
    s.append(ruled_table(prog, [55 * mm, 45 * mm, 25 * mm, 25 * mm]))
    s.append(Spacer(1, 3 * mm))
    s.append(P("Bijlage 2. Monitor prestatieafspraken %d (separaat document)" % prev, "small"))
    s.append(P("Bijlage 3. Bod %s op de Woonvisie Beekstede, juni %d (separaat document)" % (CORP, prev), "small"))
    s.append(P("Bijlage 4. Begrippenlijst", "small"))
    return s


CODE_RE = re.compile(r"\[([A-Z]{2}-\d{2})\]")


def render(year, res):
    doc_id = "%s-%d" % (FAMILY, year)
    path = os.path.join(OUT, "pdf", doc_id + ".pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=22 * mm,
                            bottomMargin=22 * mm, title="Prestatieafspraken Beekstede %d" % year,
                            author="Gemeente Beekstede", invariant=1)
    doc.build(story(year, res), onFirstPage=lambda c, d: None, onLaterPages=footer(year))
    # locate each code's page
    pages = {}
    with pdfplumber.open(path) as pdf:
        npages = len(pdf.pages)
        for i, pg in enumerate(pdf.pages, 1):
            for m in CODE_RE.finditer(pg.extract_text() or ""):
                pages.setdefault(m.group(1), i)
    return doc_id, path, npages, pages


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    res = C.resolved()
    docs = {}
    for year in C.YEARS:
        doc_id, path, npages, pages = render(year, res)
        chaps = C.CHAPTERS[year]
        items = []
        # reading order: chapter order, then row order
        for chap in chaps:
            keys = [k for (k, code, th, v) in C.A if year in res[k] and res[k][year][0] == chap]
            ov = C.ORDER_OVERRIDE.get(year, {}).get(chap)
            if ov:
                keys = ov + [k for k in keys if k not in ov]
            for k in keys:
                code, themes = [(cd, th) for (kk, cd, th, v) in C.A if kk == k][0]
                _, title, text, frame, toel = res[k][year]
                items.append({"key": k, "number": code, "section": chaps[chap], "party": None,
                              "theme": themes[0], "themes": list(themes), "page": pages[code],
                              "text": norm(text), "trekker": None, "planning": None, "attributes": {},
                              "frame": frame})
        gold = {"document": {"id": doc_id, "family": FAMILY, "type": "prestatieafspraken", "year": year,
                             "years": [year], "gemeente": GEM, "gemeenten": [GEM], "corporaties": [CORP],
                             "huurdersorganisaties": [HV, BR], "pages": npages, "layout": LAYOUT},
                "afspraken": items}
        with open(os.path.join(OUT, "gold", doc_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        docs[year] = gold
        print(doc_id, npages, "pages", len(items), "afspraken", os.path.getsize(path), "bytes")
    for (y0, y1), spec in C.LINKS.items():
        old = [a["key"] for a in docs[y0]["afspraken"]]
        new = [a["key"] for a in docs[y1]["afspraken"]]
        links = []
        for k in old:
            if k not in new:
                links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
                continue
            v = spec[k]
            if v == "u":
                links.append({"old": k, "new": k, "status": "unchanged", "kinds": [], "hard_negative": None})
            else:
                st, kinds, hn = v
                links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        for k in new:
            if k not in old:
                links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
        extra = set(spec) - (set(old) & set(new))
        assert not extra, extra
        pair = {"old": "%s-%d" % (FAMILY, y0), "new": "%s-%d" % (FAMILY, y1), "links": links}
        with open(os.path.join(OUT, "gold", "pairs", "%s__%s.json" % (pair["old"], pair["new"])), "w",
                  encoding="utf-8") as f:
            json.dump(pair, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
