# -*- coding: utf-8 -*-
"""Build the hofstede family: PDFs (reportlab, invariant) + gold JSON + pair JSON.
Run from /work/main:  .venv/bin/python corpus/challenge/src/hofstede/build.py"""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402
import pdfplumber  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle, KeepTogether)

FAMILY = "hofstede"
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(HERE))), "challenge", "dev")
OUT = os.path.abspath(os.path.join(HERE, "..", "..", "dev"))
PDF_DIR = os.path.join(OUT, "pdf")
GOLD_DIR = os.path.join(OUT, "gold")
PAIR_DIR = os.path.join(GOLD_DIR, "pairs")
LAYOUT_NAME = "ruled-theme-tables-numbered-in-cell"

W, H = A4
ML = MR = 2.2 * cm
MT = 2.4 * cm
MB = 2.2 * cm

S_BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY,
                        spaceAfter=7)
S_H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=9,
                      textColor=colors.HexColor("#1F4E5F"))
S_H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4,
                      textColor=colors.HexColor("#1F4E5F"))
S_CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.6, alignment=TA_LEFT,
                        leftIndent=13, firstLineIndent=-13, spaceAfter=4)
S_CTX = ParagraphStyle("ctx", fontName="Helvetica-Oblique", fontSize=9, leading=11.6, alignment=TA_LEFT,
                       spaceAfter=3)
S_LBL = ParagraphStyle("lbl", fontName="Helvetica-Bold", fontSize=9, leading=11.6)
S_HDR = ParagraphStyle("hdr", fontName="Helvetica-Bold", fontSize=9.5, leading=12, textColor=colors.white)
S_SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=11.6)
S_COVER1 = ParagraphStyle("c1", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_CENTER,
                          textColor=colors.HexColor("#1F4E5F"))
S_COVER2 = ParagraphStyle("c2", fontName="Helvetica", fontSize=14, leading=19, alignment=TA_CENTER)
S_COVER3 = ParagraphStyle("c3", fontName="Helvetica", fontSize=11, leading=15, alignment=TA_CENTER)

PARTIES_SHORT = "Gemeente Hofstede | Ewijckstate | Hoflandwonen | Huurdersplatform Hofstede"


def P(t, st=S_BODY):
    return Paragraph(escape(t), st)


def on_page(year):
    def _f(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(ML, H - 1.45 * cm, "Prestatieafspraken %d gemeente Hofstede" % year)
        canv.drawRightString(W - MR, H - 1.45 * cm, "Definitieve versie")
        canv.setStrokeColor(colors.HexColor("#1F4E5F"))
        canv.setLineWidth(0.5)
        canv.line(ML, H - 1.6 * cm, W - MR, H - 1.6 * cm)
        canv.setFont("Helvetica", 9)
        canv.setFillColor(colors.black)
        canv.drawCentredString(W / 2, 1.2 * cm, "- %d -" % doc.page)
        canv.restoreState()
    return _f


def cover(canv, doc):
    pass


# ------------------------------------------------------------------ non-afspraak content per year
INTRO = {
    2024: dict(
        sign_date="12 december 2023",
        terugblik=[
            "In 2023 werden in Hofstede 58 sociale huurwoningen opgeleverd, waarvan 34 door Ewijckstate in "
            "Molenveld-Zuid en 24 door Hoflandwonen aan de Kerkstraat in Elshout. Daarmee bleef de oplevering "
            "achter bij de 72 woningen die voor dat jaar waren voorzien, omdat twee projecten door stikstofprocedures "
            "vertraging opliepen.",
            "De corporaties verbeterden in 2023 in totaal 186 woningen naar ten minste energielabel C. Het aantal "
            "huisuitzettingen wegens huurachterstand daalde van zeven in 2022 naar vijf in 2023. De gemiddelde "
            "inschrijfduur van geslaagde woningzoekenden liep op tot 6,4 jaar.",
        ],
        kern=[("Sociale huurwoningen Ewijckstate", "3.412", "3.438"),
              ("Sociale huurwoningen Hoflandwonen", "2.106", "2.118"),
              ("Woningen met label E, F of G", "212", "140"),
              ("Gemiddelde inschrijfduur (jaren)", "5,9", "6,4"),
              ("Huisuitzettingen wegens huurachterstand", "7", "5")],
        kern_years=("2022", "2023"),
    ),
    2025: dict(
        sign_date="10 december 2024",
        terugblik=[
            "In 2024 werden 71 sociale huurwoningen opgeleverd, zodat het nieuwbouwprogramma voor het eerst sinds "
            "jaren op schema lag. Hoflandwonen rondde de isolatie van Molenveld-Noord in oktober af en voerde de "
            "inspecties op vocht en schimmel in de oudere complexen uit; in 31 woningen werden aanvullende "
            "maatregelen genomen.",
            "Het aantal woningen met energielabel E, F of G daalde van 140 naar 85. Er vonden in 2024 drie "
            "huisuitzettingen wegens huurachterstand plaats. De opgaveanalyse wonen en zorg is niet in het derde "
            "kwartaal afgerond, omdat de cijfers van de zorgkantoorregio later beschikbaar kwamen.",
        ],
        kern=[("Sociale huurwoningen Ewijckstate", "3.438", "3.481"),
              ("Sociale huurwoningen Hoflandwonen", "2.118", "2.142"),
              ("Woningen met label E, F of G", "140", "85"),
              ("Gemiddelde inschrijfduur (jaren)", "6,4", "6,1"),
              ("Huisuitzettingen wegens huurachterstand", "5", "3")],
        kern_years=("2023", "2024"),
    ),
    2026: dict(
        sign_date="9 december 2025",
        terugblik=[
            "In 2025 werden 77 sociale huurwoningen opgeleverd, twee meer dan was afgesproken. De aanleg van het "
            "warmtenet in De Brinken liep vertraging op doordat de netbeheerder de aanbesteding opnieuw moest "
            "uitvoeren; de eerste woningen werden in november aangesloten.",
            "Het aantal woningen met energielabel E, F of G daalde verder tot 38. De pilot met vraaggestuurde "
            "ventilatie in De Brinken leidde tot een halvering van het aantal meldingen van vocht en schimmel in "
            "de deelnemende woningen. Er vond in 2025 geen huisuitzetting wegens uitsluitend huurachterstand plaats.",
        ],
        kern=[("Sociale huurwoningen Ewijckstate", "3.481", "3.530"),
              ("Sociale huurwoningen Hoflandwonen", "2.142", "2.170"),
              ("Woningen met label E, F of G", "85", "38"),
              ("Gemiddelde inschrijfduur (jaren)", "6,1", "5,7"),
              ("Huisuitzettingen wegens huurachterstand", "3", "0")],
        kern_years=("2024", "2025"),
    ),
}

NIEUWBOUW_PROJECTEN = {
    2024: [("Molenveld-Zuid fase 2", "Ewijckstate", "42", "2024"), ("Kerkstraat Elshout", "Hoflandwonen", "28", "2024"),
           ("Stationskwartier", "Ewijckstate", "96", "2025-2026"), ("De Wolderhof", "Hoflandwonen", "54", "2026"),
           ("Brinkenhof", "Ewijckstate", "40", "2027")],
    2025: [("Stationskwartier", "Ewijckstate", "96", "2025-2026"), ("Schoolstraat Ter Wolde", "Hoflandwonen", "35", "2025"),
           ("De Wolderhof", "Hoflandwonen", "54", "2026"), ("Brinkenhof", "Ewijckstate", "40", "2027"),
           ("Molenveld-Zuid fase 3", "Ewijckstate", "32", "2027")],
    2026: [("Stationskwartier fase 2", "Ewijckstate", "48", "2026"), ("De Wolderhof", "Hoflandwonen", "54", "2026"),
           ("Brinkenhof", "Ewijckstate", "40", "2027"), ("Molenveld-Zuid fase 3", "Ewijckstate", "32", "2027")],
}


EXTRA = {
    2024: " Afspraken die in het bod van de corporaties als voornemen waren opgenomen, zijn na de tafelgesprekken "
          "op onderdelen aangescherpt of aangepast aan de financiële mogelijkheden.",
    2025: " Ten opzichte van vorig jaar is een aantal afspraken verplaatst: afspraken over energiearmoede zijn "
          "ondergebracht bij het thema prettig wonen in de wijk, omdat de aanpak vooral via de wijkteams loopt. "
          "Tabel 4 heeft daarom ook een nieuwe titel gekregen.",
}


RIGHT_W = W - ML - MR - 3.3 * cm
S_LINE = ParagraphStyle("line", parent=S_CELL, spaceAfter=0)
S_LINE_LAST = ParagraphStyle("linelast", parent=S_CELL, spaceAfter=0)
RULE = colors.HexColor("#7A8C93")


def cell_lines(num, text):
    """One afspraak as pre-wrapped lines (one flowable per line), so that a row can break over a page
    in the middle of an afspraak, as in Word exports."""
    from reportlab.lib.utils import simpleSplit
    lines = simpleSplit(text, "Helvetica", 9, RIGHT_W - 12 - 15)
    out = []
    for j, ln in enumerate(lines):
        st = S_LINE_LAST if j == len(lines) - 1 else S_LINE
        if j == 0:
            out.append(Paragraph("%d.&nbsp;&nbsp;%s" % (num, escape(ln)), st))
        else:
            out.append(Paragraph(escape(ln), ParagraphStyle("c%d" % j, parent=st, firstLineIndent=0)))
    return out


def ruled(rows, widths, header=True):
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7A8C93")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 9)]
    if header:
        st += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E5F")),
               ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    t.setStyle(TableStyle(st))
    return t


def story_for(year):
    info = INTRO[year]
    corp1, corp2 = data.CORPORATIES
    s = []
    # cover
    s += [Spacer(1, 5 * cm), Paragraph("Prestatieafspraken %d" % year, S_COVER1), Spacer(1, 0.6 * cm),
          P("Gemeente Hofstede", S_COVER2), Spacer(1, 1.4 * cm),
          P("overeengekomen tussen", S_COVER3), Spacer(1, 0.3 * cm),
          P("de gemeente Hofstede", S_COVER3), P(corp1, S_COVER3), P(corp2, S_COVER3),
          P("Huurdersplatform Hofstede", S_COVER3), Spacer(1, 3 * cm),
          P("Hofstede, %s" % info["sign_date"], S_COVER3), PageBreak()]
    # inhoud / leeswijzer
    s += [P("Inhoud", S_H1)]
    chapters = ["Inleiding", "Terugblik op %d" % (year - 1), "Kerncijfers"] + \
               [t for t, _ in data.LAYOUT[year]] + ["Slotbepalingen", "Ondertekening", "Bijlagen"]
    for c in chapters:
        s.append(P(c, S_SMALL))
    s += [Spacer(1, 0.5 * cm), P("Leeswijzer", S_H2),
          P("Na een korte inleiding en een terugblik op het afgelopen jaar volgen de afspraken, geordend in vijf "
            "tabellen. In de linkerkolom van elke tabel staat het onderwerp, in de rechterkolom de daarbij "
            "behorende afspraken. De nummering van de afspraken begint per onderwerp opnieuw. Cursief gedrukte "
            "zinnen in de tabellen geven achtergrondinformatie en zijn geen afspraak."),
          P("De slotbepalingen beschrijven de looptijd, de wijze van monitoring en de omgang met wijzigingen. De "
            "bijlagen maken geen deel uit van de afspraken, maar geven de stand van zaken weer op het moment van "
            "ondertekening.")]
    # inleiding
    s += [P("Inleiding", S_H1),
          P("Gemeente Hofstede, %s, %s en Huurdersplatform Hofstede werken al jaren samen aan goed en betaalbaar "
            "wonen in de kernen Hofstede, Elshout en Ter Wolde. De woonvisie 'Thuis in Hofstede 2023-2030', die de "
            "gemeenteraad in het voorjaar van 2023 vaststelde, vormt daarbij het kader. De corporaties brachten "
            "voor 1 juli %d hun bod uit, waarna de drie partijen in een reeks tafelgesprekken tot deze "
            "prestatieafspraken kwamen." % (corp1, corp2, year - 1)),
          P("De opgave is onveranderd groot. Op regionaal niveau is in de woondeal Vallei en Wolden afgesproken dat "
            "het aandeel betaalbare woningen in de nieuwbouw toeneemt, en het Rijk heeft in de Nationale "
            "Prestatieafspraken doelen gesteld voor nieuwbouw, verduurzaming en betaalbaarheid. Tegelijkertijd "
            "staan de investeringsmogelijkheden van de corporaties onder druk door gestegen bouwkosten en "
            "rentelasten. Deze afspraken zijn daarom een balans tussen ambitie en haalbaarheid."),
          P("Terugblik op %d" % (year - 1), S_H2)]
    s += [P(t) for t in info["terugblik"]]
    s += [P("Kerncijfers", S_H2)]
    rows = [["Kerncijfer", "Stand 1-1-" + str(int(info["kern_years"][0]) + 1), "Stand 1-1-" + str(year)]]
    rows += [list(r) for r in info["kern"]]
    s += [ruled(rows, [9 * cm, 3.3 * cm, 3.3 * cm]), Spacer(1, 0.3 * cm),
          P("Bron: jaarverslagen van de corporaties en de regionale woonruimteverdeling.", S_CTX), PageBreak()]
    # afspraken
    gold = []
    first = True
    for title, subs in data.LAYOUT[year]:
        block = [P(title, S_H1)]
        if first:
            block.append(P("In de onderstaande tabellen zijn de afspraken voor %d opgenomen. Waar een afspraak "
                           "meerdere jaren beslaat, wordt dat in de tekst vermeld." % year + EXTRA.get(year, "")))
            first = False
        # one table row per printed line, so that a sub-theme (and an afspraak) can run over a page break;
        # rules only between sub-themes, the header row is repeated on the next page
        rows = [[P("Thema", S_HDR), P("Afspraken", S_HDR)]]
        cmds = [("BOX", (0, 0), (-1, -1), 0.6, RULE), ("LINEAFTER", (0, 0), (0, -1), 0.6, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E5F")),
                ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#E8EFF1")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 1), (-1, -1), 0), ("BOTTOMPADDING", (0, 1), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 4), ("BOTTOMPADDING", (0, 0), (-1, 0), 4)]
        for sub, ctx, keys in subs:
            r0 = len(rows)
            cmds += [("LINEABOVE", (0, r0), (-1, r0), 0.6, RULE), ("TOPPADDING", (0, r0), (-1, r0), 4)]
            if ctx:
                rows.append(["", P(ctx, S_CTX)])
            for i, k in enumerate(keys, 1):
                text, frame = data.A[k][year]
                for ln in cell_lines(i, text):
                    rows.append(["", ln])
                cmds.append(("BOTTOMPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 4))
                th = data.A[k]["themes"]
                gold.append({"key": k, "number": str(i), "section": "%s > %s" % (title, sub), "party": None,
                             "theme": th[0], "themes": th, "page": None, "text": text, "trekker": None,
                             "planning": None, "attributes": {}, "frame": frame})
            rows[r0][0] = P(sub, S_LBL)
        t = Table(rows, colWidths=[3.3 * cm, W - ML - MR - 3.3 * cm], repeatRows=1)
        t.setStyle(TableStyle(cmds))
        s += block + [t, Spacer(1, 0.5 * cm)]
    # slot
    s += [P("Slotbepalingen", S_H1), P("Looptijd", S_H2),
          P("Deze prestatieafspraken gelden van 1 januari tot en met 31 december %d. Afspraken die een langere "
            "periode beslaan, worden bij de jaarlijkse actualisatie opnieuw bezien." % year),
          P("Monitoring en evaluatie", S_H2),
          P("De voortgang werd in %d tweemaal besproken aan de hand van de monitor. Partijen hebben het "
            "monitoringsformat in het najaar vereenvoudigd, zodat de stand van zaken per afspraak in één "
            "oogopslag zichtbaar is." % (year - 1)),
          P("Wijzigingen", S_H2),
          P("Wanneer zich onvoorziene omstandigheden voordoen, zoals ingrijpende wijzigingen in wet- en "
            "regelgeving of in de financiële positie van een van de corporaties, kan elk van de partijen een "
            "heroverweging van de afspraken vragen. Wijzigingen worden schriftelijk vastgelegd in een addendum."),
          P("Ondertekening", S_H1),
          P("Aldus overeengekomen en ondertekend te Hofstede op %s." % info["sign_date"])]
    sig = [["Gemeente Hofstede", corp1],
           ["\n\n\nM.A.J. (Marieke) Terpstra-Veld\nwethouder Wonen", "\n\n\nR. (Ruben) Elzinga\ndirecteur-bestuurder"],
           [corp2, "Huurdersplatform Hofstede"],
           ["\n\n\ndrs. H.W. (Hanneke) de Vries-Ooms\nbestuurder", "\n\n\nJ. (Jan) Boerhaave\nvoorzitter"]]
    sig = [[Paragraph(escape(c).replace("\n", "<br/>"), S_SMALL) for c in r] for r in sig]
    st = Table(sig, colWidths=[8.3 * cm, 8.3 * cm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                            ("LINEBELOW", (0, 1), (-1, 1), 0.3, colors.grey),
                            ("LINEBELOW", (0, 3), (-1, 3), 0.3, colors.grey)]))
    s += [Spacer(1, 0.3 * cm), KeepTogether(st), Spacer(1, 0.6 * cm), P("Bijlagen", S_H1),
          P("Bijlage 1  Nieuwbouwprogramma per project", S_SMALL),
          P("Bijlage 2  Monitor prestatieafspraken %d (stand per 1 oktober)" % (year - 1), S_SMALL),
          P("Bijlage 3  Begrippenlijst", S_SMALL), PageBreak(),
          P("Bijlage 1  Nieuwbouwprogramma per project", S_H2)]
    rows = [["Project", "Corporatie", "Aantal woningen", "Verwachte oplevering"]] + \
           [list(r) for r in NIEUWBOUW_PROJECTEN[year]]
    s += [ruled(rows, [6 * cm, 4 * cm, 3 * cm, 3.6 * cm]), Spacer(1, 0.3 * cm),
          P("De opleverjaren zijn indicatief en afhankelijk van de voortgang van de planologische procedures.", S_CTX)]
    return s, gold


# ------------------------------------------------------------------ text helpers (shared with check.py)
def norm(s):
    s = re.sub(r"-\n(?=\S)", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf_path):
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for p in pdf.pages:
            body = p.crop((0, 1.7 * cm, p.width, p.height - 1.6 * cm))
            txt = body.extract_text() or ""
            lines = [ln for ln in txt.split("\n") if ln.strip() != "Thema Afspraken"]
            out.append("\n".join(lines))
    return out


def locate(pages, text, number, start=0):
    """Return the 1-based page where '<number>. <text>' starts (allowing a run-over to the next page)."""
    target = norm("%s. %s" % (number, text)) if number else norm(text)
    for i in range(start, len(pages)):
        cur = norm(pages[i])
        if target in cur:
            return i + 1
        if i + 1 < len(pages):
            both = norm(pages[i] + "\n" + pages[i + 1])
            pos = both.find(target)
            if pos != -1 and pos < len(cur):
                return i + 1
    return None


def build_doc(year):
    doc_id = "%s-%d" % (FAMILY, year)
    path = os.path.join(PDF_DIR, doc_id + ".pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT, bottomMargin=MB,
                            title="Prestatieafspraken %d gemeente Hofstede" % year, author="Gemeente Hofstede",
                            invariant=1)
    story, gold = story_for(year)
    doc.build(story, onFirstPage=cover, onLaterPages=on_page(year))
    pages = page_texts(path)
    cur = 0
    for a in gold:
        pg = locate(pages, a["text"], a["number"], cur)
        if pg is None:
            raise SystemExit("cannot locate %s %s in %s" % (year, a["key"], doc_id))
        a["page"] = pg
        cur = pg - 1
    g = {"document": {"id": doc_id, "family": FAMILY, "type": "prestatieafspraken", "year": year, "years": [year],
                      "gemeente": data.GEMEENTE, "gemeenten": [data.GEMEENTE], "corporaties": data.CORPORATIES,
                      "huurdersorganisaties": data.HUURDERS, "pages": len(pages), "layout": LAYOUT_NAME},
         "afspraken": gold}
    with open(os.path.join(GOLD_DIR, doc_id + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    return g


def build_pair(old_y, new_y, golds):
    old = {a["key"]: a for a in golds[old_y]["afspraken"]}
    new = {a["key"]: a for a in golds[new_y]["afspraken"]}
    ann = data.PAIRS[(old_y, new_y)]
    links = []
    order = [a["key"] for a in golds[old_y]["afspraken"]] + \
            [k for k in (a["key"] for a in golds[new_y]["afspraken"]) if k not in old]
    for k in order:
        if k in old and k in new:
            same = old[k]["text"] == new[k]["text"]
            if same:
                assert k not in ann, (old_y, k, "annotated but identical")
                links.append({"old": k, "new": k, "status": "unchanged", "kinds": [], "hard_negative": None})
            else:
                assert k in ann, (old_y, k, "changed but not annotated")
                st, kinds, hn = ann[k]
                links.append({"old": k, "new": k, "status": st, "kinds": kinds, "hard_negative": hn})
        elif k in old:
            assert k not in ann, k
            links.append({"old": k, "new": None, "status": "dropped", "kinds": [], "hard_negative": None})
        else:
            assert k not in ann, k
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    for k in ann:
        assert k in old and k in new, (old_y, k, "annotation for missing key")
    o, n = "%s-%d" % (FAMILY, old_y), "%s-%d" % (FAMILY, new_y)
    with open(os.path.join(PAIR_DIR, "%s__%s.json" % (o, n)), "w", encoding="utf-8") as f:
        json.dump({"old": o, "new": n, "links": links}, f, ensure_ascii=False, indent=1)


def main():
    for d in (PDF_DIR, GOLD_DIR, PAIR_DIR):
        os.makedirs(d, exist_ok=True)
    golds = {y: build_doc(y) for y in data.YEARS}
    for a, b in zip(data.YEARS, data.YEARS[1:]):
        build_pair(a, b, golds)
    for y in data.YEARS:
        print(y, golds[y]["document"]["pages"], "pages", len(golds[y]["afspraken"]), "afspraken")


if __name__ == "__main__":
    main()
