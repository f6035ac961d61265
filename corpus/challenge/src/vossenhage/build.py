# -*- coding: utf-8 -*-
"""Deterministic builder for the vossenhage family (challenge test)."""
import io, json, os, re, sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                KeepTogether)
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data as D  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "corpus", "challenge", "dev")
FAM = "vossenhage"
LM = RM = 1.6 * cm
TM, BMg = 2.2 * cm, 2.0 * cm
COLW = [1.5 * cm, 8.3 * cm, 2.7 * cm, 2.1 * cm, 3.2 * cm]
AFS_X0, AFS_X1 = LM + COLW[0], LM + COLW[0] + COLW[1]

S = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6,
                         textColor=colors.HexColor("#1F3A5F")),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=11),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8.5, leading=11),
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=26, leading=32, alignment=TA_CENTER),
    "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=12, leading=17, alignment=TA_CENTER),
    "toc": ParagraphStyle("toc", fontName="Helvetica", fontSize=10, leading=16),
    "bid": ParagraphStyle("bid", fontName="Times-Roman", fontSize=11, leading=14.5, leftIndent=18,
                          bulletIndent=0, spaceAfter=7),
    "letter": ParagraphStyle("letter", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=8),
    "letterb": ParagraphStyle("letterb", fontName="Times-Bold", fontSize=11, leading=14.5, spaceBefore=6,
                              spaceAfter=6),
    "letterh": ParagraphStyle("letterh", fontName="Times-Bold", fontSize=13, leading=17, spaceBefore=8,
                              spaceAfter=6),
}


def P(t, st="body"):
    return Paragraph(escape(t), S[st])


class Doc(SimpleDocTemplate):
    def __init__(self, buf, heads, **kw):
        super().__init__(buf, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BMg,
                         invariant=1, **kw)
        self.heads = heads

    def afterFlowable(self, f):
        key = getattr(f, "_toc", None)
        if key:
            self.heads[key] = self.page


def H1(t):
    p = P(t, "h1")
    p._toc = t
    return p


def render(story_fn, path, header, npages_hint=None, first_plain=True, right="Gemeente Vossenhage"):
    """Two passes: first to learn heading pages and the page count, second to write."""
    heads, total = {}, [0]
    for rnd in range(2):
        buf = io.BytesIO()
        doc = Doc(buf, heads if rnd == 0 else {}, title=header, author="Gemeente Vossenhage",
                  subject=header, creator="vossenhage build")

        def deco(c, d, rnd=rnd):
            c.saveState()
            pg = c.getPageNumber()
            if not (first_plain and pg == 1):
                c.setFont("Helvetica", 7.5)
                c.setFillColor(colors.HexColor("#555555"))
                c.drawString(LM, A4[1] - 1.3 * cm, header)
                c.drawRightString(A4[0] - RM, A4[1] - 1.3 * cm, right)
                c.setStrokeColor(colors.HexColor("#999999"))
                c.setLineWidth(0.4)
                c.line(LM, A4[1] - 1.45 * cm, A4[0] - RM, A4[1] - 1.45 * cm)
                c.drawRightString(A4[0] - RM, 1.1 * cm, "Pagina %d van %d" % (pg, total[0] or 0))
            c.restoreState()

        doc.build(story_fn(heads), onFirstPage=deco, onLaterPages=deco)
        if rnd == 0:
            total[0] = doc.page
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())
    return total[0]


def afspraak_table(prefix, keys, year):
    hdr = [P("Nr.", "cellb"), P("Afspraak", "cellb"), P("Verantwoordelijk", "cellb"), P("Termijn", "cellb"),
           P("Indicator", "cellb")]
    rows = [hdr]
    for i, k in enumerate(keys, 1):
        text, trek, term, ind, _ = D.A[k][year]
        rows.append([P("%s-%02d" % (prefix, i), "cell"), P(text, "cell"), P(trek, "cell"), P(term, "cell"),
                     P(ind, "cell")])
    t = Table(rows, colWidths=COLW, repeatRows=1)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
          ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
          ("LINEABOVE", (0, 0), (-1, 0), 1.4, colors.black),
          ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black),
          ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#BBBBBB")),
          ("LINEBELOW", (0, -1), (-1, -1), 1.4, colors.black),
          ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EFEFEF")])]
    t.setStyle(TableStyle(st))
    return t


PARTIES = ["Gemeente Vossenhage", D.HW, D.TV, D.HP]
SIGN = [("Gemeente Vossenhage", "M.A. Verbrugge-Tans", "wethouder Wonen en Ruimte"),
        (D.HW, "drs. J.P. Ameling", "directeur-bestuurder"),
        (D.TV, "ir. S. Koudijs", "directeur-bestuurder"),
        (D.HP, "H. Oldenzeel", "voorzitter")]

TEXTS = {
 2025: {
  "date": "11 december 2024",
  "intro": [
   "Voor u liggen de prestatieafspraken voor 2025 tussen de gemeente Vossenhage, Woonstichting Hagewaard, Thuisvast Wonen en het Huurdersplatform Vossenhage. De afspraken geven invulling aan de Woonvisie Vossenhage 2023-2030, die de gemeenteraad in het voorjaar van 2023 heeft vastgesteld, en aan de regionale woondeal die de regio met het Rijk heeft gesloten.",
   "De Woningwet schrijft voor dat corporaties naar redelijkheid bijdragen aan het volkshuisvestingsbeleid van de gemeente. Beide corporaties hebben vóór 1 juli 2024 een bod uitgebracht; op basis daarvan zijn partijen in het najaar van 2024 in vier tripartiete sessies tot deze afspraken gekomen.",
   "Het landelijke beeld is in de afgelopen jaren veranderd. Met de Nationale Prestatieafspraken en de Wet versterking regie volkshuisvesting neemt het Rijk weer meer regie op de woningbouw, terwijl de bouwkosten hoog blijven en de financiële ruimte van corporaties door de huurbevriezing van eerdere jaren onder druk staat.",
  ],
  "lees": "Hoofdstuk 2 blikt terug op 2024. De hoofdstukken 3 tot en met 7 bevatten per thema een korte toelichting en een tabel met de afspraken. Iedere afspraak heeft een nummer, een verantwoordelijke partij, een termijn en een indicator waarmee de voortgang wordt gevolgd. Hoofdstuk 8 bevat de slotbepalingen.",
  "terug_title": "2 Terugblik op 2024",
  "terug": [
   "In 2024 zijn in Vossenhage 58 sociale huurwoningen opgeleverd, tegen 71 in het jaar daarvoor. De vertraging in Vossenkuil-Oost werd veroorzaakt door stikstofonderzoek en een langere vergunningprocedure, waardoor 22 woningen pas in 2025 gereed komen.",
   "De corporaties verbeterden in 2024 in totaal 212 woningen naar ten minste label B. Het aantal woningen met een E-, F- of G-label daalde van 161 naar 85. Het Huurdersplatform werd in alle fasen van het overleg betrokken en bracht in oktober een zwaarwegend advies uit over het huurbeleid.",
  ],
  "kern": [("Kerncijfer", "2023", "2024"), ("Sociale huurwoningen corporaties", "4.812", "4.846"),
           ("Opgeleverde nieuwbouw", "71", "58"), ("Gemiddelde inschrijfduur starters (jaar)", "4,6", "4,9"),
           ("Woningen met label E, F of G", "161", "85"), ("Huisuitzettingen", "5", "4")],
 },
 2026: {
  "date": "9 december 2025",
  "intro": [
   "Dit document bevat de prestatieafspraken voor 2026 tussen de gemeente Vossenhage, Woonstichting Hagewaard, Thuisvast Wonen en het Huurdersplatform Vossenhage. Evenals vorig jaar vormen de Woonvisie Vossenhage 2023-2030 en de regionale woondeal het vertrekpunt.",
   "De corporaties hebben in juni 2025 hun bod uitgebracht op de woonvisie. Het bod van Hagewaard en dat van Thuisvast zijn in drie tripartiete sessies besproken en waar nodig aangescherpt; het Huurdersplatform heeft daarbij een eigen inbreng geleverd.",
   "De omstandigheden zijn niet eenvoudiger geworden. De bouwkosten stegen ook in 2025, de netbeheerder kondigde voor een deel van Vossenhage netcongestie aan en het Rijk verhoogde de taakstelling voor nieuwbouw in de regio. Partijen hebben daarom een aantal afspraken bijgesteld en andere juist verzwaard.",
  ],
  "lees": "Na de inleiding volgt in hoofdstuk 2 een terugblik op 2025. De afspraken staan in de hoofdstukken 3 tot en met 7, per thema in een tabel met nummer, verantwoordelijke partij, termijn en indicator. De hoofdstukken over kwaliteit en leefbaarheid hebben dit jaar een nieuwe naam en indeling gekregen.",
  "terug_title": "2 Terugblik op 2025",
  "terug": [
   "In 2025 werden 41 sociale huurwoningen opgeleverd, waarvan 16 in Vossenkuil-Oost; de overige woningen van dat plan liepen vertraging op doordat de aannemer failliet ging. Thuisvast startte in september met de bouw op Molenakker.",
   "Het aantal woningen met een E-, F- of G-label nam af van 85 naar 31. De gemeente stelde in juni het wijkuitvoeringsplan voor De Ruiten vast en het convenant over woningaanpassingen werd in maart ondertekend. Er vonden in 2025 drie huisuitzettingen plaats wegens huurachterstand.",
  ],
  "kern": [("Kerncijfer", "2024", "2025"), ("Sociale huurwoningen corporaties", "4.846", "4.871"),
           ("Opgeleverde nieuwbouw", "58", "41"), ("Gemiddelde inschrijfduur starters (jaar)", "4,9", "5,2"),
           ("Woningen met label E, F of G", "85", "31"), ("Huisuitzettingen", "4", "3")],
 },
}


def agreement_story(year):
    T = TEXTS[year]
    chapters = D.CH[year]
    toc_titles = ["1 Inleiding", T["terug_title"]] + [c[1] for c in chapters] + ["8 Slotbepalingen",
                                                                                 "Ondertekening", "Bijlagen"]

    def story(heads):
        s = [Spacer(1, 5 * cm), P("Prestatieafspraken %d" % year, "title"), Spacer(1, 0.6 * cm),
             P("Gemeente Vossenhage", "sub"), Spacer(1, 1.2 * cm)]
        s.append(P("Afspraken tussen", "sub"))
        for p in PARTIES:
            s.append(P(p, "sub"))
        s += [Spacer(1, 1.5 * cm), P("Vastgesteld in het tripartiete overleg van %s" % T["date"], "sub"),
              PageBreak(), P("Inhoud", "h1")]
        rows = [[Paragraph(escape(t), S["toc"]), Paragraph(str(heads.get(t, "")), S["toc"])] for t in toc_titles]
        tt = Table(rows, colWidths=[14 * cm, 2 * cm])
        tt.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT")]))
        s += [tt, Spacer(1, 0.5 * cm), P("Leeswijzer", "h2"), P(T["lees"]), PageBreak()]
        s.append(H1("1 Inleiding"))
        s += [P(x) for x in T["intro"]]
        s.append(H1(T["terug_title"]))
        s += [P(x) for x in T["terug"]]
        kt = Table([[P(c, "cellb" if i == 0 else "cell") for c in r] for i, r in enumerate(T["kern"])],
                   colWidths=[8 * cm, 2.5 * cm, 2.5 * cm])
        kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0"))]))
        s += [P("Tabel 1. Kerncijfers sociale huur in Vossenhage", "h2"), kt, PageBreak()]
        for prefix, title, intro, keys in chapters:
            s += [H1(title), P(intro), Spacer(1, 0.2 * cm), afspraak_table(prefix, keys, year), Spacer(1, 0.6 * cm)]
        s.append(H1("8 Slotbepalingen"))
        s += [P("Looptijd", "h2"),
              P("Deze afspraken gelden van 1 januari tot en met 31 december %d. Afspraken met een langere doorlooptijd blijven van kracht totdat zij in nieuwe prestatieafspraken zijn vervangen." % year),
              P("Wijzigingen", "h2"),
              P("Wanneer omstandigheden daartoe aanleiding geven, kan iedere partij een voorstel tot wijziging doen. Een wijziging is pas geldig als alle partijen daar schriftelijk mee hebben ingestemd."),
              P("Openbaarheid", "h2"),
              P("De ondertekende afspraken worden gepubliceerd op de websites van de gemeente en van beide corporaties en ter kennisname aan de gemeenteraad aangeboden.")]
        sig = [[P("Aldus overeengekomen en ondertekend te Vossenhage op %s." % T["date"])]]
        s.append(KeepTogether([H1("Ondertekening")] + [sig[0][0], Spacer(1, 0.4 * cm)] + [
            Table([[P(org, "cellb"), P(name, "cell"), P(func, "cell"), P("....................................", "cell")]
                   for org, name, func in SIGN], colWidths=[5.2 * cm, 4 * cm, 4 * cm, 4.4 * cm],
                  style=TableStyle([("TOPPADDING", (0, 0), (-1, -1), 14)]))]))
        s += [H1("Bijlagen"),
              P("Bijlage 1. Nieuwbouwprogramma per project %d-%d" % (year, year + 4)),
              P("Bijlage 2. Monitor prestatieafspraken %d (stand per 1 oktober)" % (year - 1)),
              P("Bijlage 3. Bod Woonstichting Hagewaard en bod Thuisvast Wonen"),
              P("Bijlage 4. Begrippenlijst")]
        return s
    return story


def bod_story():
    def story(heads):
        s = [P("Woonstichting Hagewaard", "title"), P("Postbus 418, 4870 AK Vossenhage", "sub"), Spacer(1, 1 * cm),
             P("Aan het college van burgemeester en wethouders van de gemeente Vossenhage", "letter"),
             P("t.a.v. de wethouder Wonen en Ruimte", "letter"),
             P("Postbus 2100, 4870 CA Vossenhage", "letter"), Spacer(1, 0.3 * cm),
             P("Vossenhage, 26 juni 2025", "letter"),
             P("Onderwerp: bod op de Woonvisie Vossenhage voor 2026", "letter"),
             P("Kopie aan: Huurdersplatform Vossenhage, Thuisvast Wonen", "letter"), Spacer(1, 0.3 * cm),
             P("Geacht college,", "letter"),
             P("Hierbij ontvangt u, zoals de Woningwet voorschrijft, ons overzicht van voorgenomen werkzaamheden voor de jaren 2026 tot en met 2030. Dit bod vormt de opmaat voor de prestatieafspraken voor 2026 die wij in het najaar met u, met Thuisvast Wonen en met het Huurdersplatform Vossenhage willen maken.", "letter"),
             P("Wij hebben dit bod opgesteld in nauw overleg met het Huurdersplatform, dat op 12 juni een eerste versie heeft besproken. Onze Raad van Commissarissen heeft op 19 juni ingestemd met de financiële uitgangspunten die eraan ten grondslag liggen.", "letter"),
             P("Onze uitgangspositie", "letterh"),
             P("Het afgelopen jaar was voor Hagewaard een jaar van tegenvallers en vooruitgang. De oplevering van Vossenkuil-Oost liep vertraging op, maar de verduurzaming van ons bezit verliep sneller dan gepland. Onze financiële ruimte is beperkt: de rentelasten stegen en de huurinkomsten groeiden minder hard dan de kosten van onderhoud en nieuwbouw. Wij maken daarom scherpe keuzes en investeren vooral daar waar de nood het hoogst is.", "letter"),
             P("In de woonvisie vraagt de gemeente om meer betaalbare woningen, om versnelling van de energietransitie en om extra aandacht voor kwetsbare huurders. Wij onderschrijven die opgaven en vertalen ze hieronder naar concrete werkzaamheden.", "letter"),
             P("Ons bod voor 2026", "letterh")]
        n = 0
        for sub, bids in D.BOD:
            s.append(P(sub, "letterb"))
            for key, text, *_ in bids:
                n += 1
                s.append(Paragraph(escape(text), S["bid"], bulletText="%d." % n))
            if sub == "Duurzaamheid":
                s.append(P("De uitvoering van onze duurzaamheidsplannen hangt in toenemende mate af van de beschikbaarheid van netcapaciteit. Wij houden de gemeente en het Huurdersplatform daarover op de hoogte.", "letter"))
            if sub == "Leefbaarheid":
                s.append(P("Wij constateren dat de samenwerking met het sociaal wijkteam de afgelopen jaren sterk is verbeterd en willen die lijn graag voortzetten.", "letter"))
        s += [P("Tot slot", "letterh"),
              P("Wij zien uit naar het gesprek over dit bod en vertrouwen erop dat wij samen met u, Thuisvast Wonen en het Huurdersplatform tot ambitieuze en haalbare prestatieafspraken voor 2026 komen.", "letter"),
              P("Met vriendelijke groet,", "letter"), Spacer(1, 1.0 * cm),
              P("drs. J.P. Ameling", "letter"), P("directeur-bestuurder Woonstichting Hagewaard", "letter")]
        return s
    return story


# ---------------- page finding ----------------
def norm(t):
    t = re.sub(r"-\n(?=\w)", "", t)
    return re.sub(r"\s+", " ", t).strip()


def page_texts(path, table_col=True):
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            body = pg.crop((0, TM - 0.3 * cm, pg.width, pg.height - BMg + 0.3 * cm))
            cands = [norm(body.extract_text() or "")]
            if table_col:
                col = pg.crop((AFS_X0 - 1, TM - 0.3 * cm, AFS_X1 + 1, pg.height - BMg + 0.3 * cm))
                cands.append(norm(col.extract_text() or ""))
            out.append(cands)
    return out


def find_page(pts, text):
    t = norm(text)
    for i, c in enumerate(pts):
        if any(t in x for x in c):
            return i + 1
    for i in range(len(pts) - 1):
        for a in range(len(pts[i])):
            if t in pts[i][a] + " " + pts[i + 1][a]:
                return i + 1
    raise SystemExit("text not found: " + text[:60])


def docmeta(doc_id, typ, year, pages, corps, layout):
    return {"id": doc_id, "family": FAM, "type": typ, "year": year, "years": [year], "gemeente": "Vossenhage",
            "gemeenten": ["Vossenhage"], "corporaties": corps, "huurdersorganisaties": [D.HP], "pages": pages,
            "layout": layout}


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    os.makedirs(os.path.join(OUT, "pdf"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold", "pairs"), exist_ok=True)
    golds = {}
    for year in (2025, 2026):
        did = "%s-%d" % (FAM, year)
        path = os.path.join(OUT, "pdf", did + ".pdf")
        npg = render(agreement_story(year), path, "Prestatieafspraken Vossenhage %d" % year)
        pts = page_texts(path)
        afs = []
        for prefix, title, intro, keys in D.CH[year]:
            for i, k in enumerate(keys, 1):
                text, trek, term, ind, frame = D.A[k][year]
                th = D.A[k]["themes"]
                afs.append({"key": k, "number": "%s-%02d" % (prefix, i), "section": title, "party": None,
                            "theme": th[0], "themes": th, "page": find_page(pts, text), "text": text,
                            "trekker": trek, "planning": term, "attributes": {"indicator": ind}, "frame": frame})
        golds[did] = afs
        dump({"document": docmeta(did, "prestatieafspraken", year, npg, [D.HW, D.TV], "booktabs-zebra-table"),
              "afspraken": afs}, os.path.join(OUT, "gold", did + ".json"))
    # bod
    did = "%s-bod-2026" % FAM
    path = os.path.join(OUT, "pdf", did + ".pdf")
    npg = render(bod_story(), path, "Bod Woonstichting Hagewaard 2026", first_plain=False,
                 right="Overzicht voorgenomen werkzaamheden 2026-2030")
    pts = page_texts(path, table_col=False)
    afs, n = [], 0
    for sub, bids in D.BOD:
        for key, text, frame, *_ in bids:
            n += 1
            th = D.A[key]["themes"] if key in D.A else D.BOD_THEMES[key]
            afs.append({"key": key, "number": str(n), "section": "Ons bod voor 2026 > " + sub, "party": None,
                        "theme": th[0], "themes": th, "page": find_page(pts, text), "text": text,
                        "trekker": None, "planning": None, "attributes": {}, "frame": frame})
    golds[did] = afs
    dump({"document": docmeta(did, "bod", 2026, npg, [D.HW], "letter-numbered-bids"), "afspraken": afs},
         os.path.join(OUT, "gold", did + ".json"))
    # pairs
    k25 = [a["key"] for a in golds["vossenhage-2025"]]
    k26 = [a["key"] for a in golds["vossenhage-2026"]]
    links = []
    for k in k25:
        st, kinds, hn = D.A[k]["link"]
        links.append({"old": k, "new": None if st == "dropped" else k, "status": st, "kinds": kinds,
                      "hard_negative": hn})
    for k in k26:
        if D.A[k]["link"][0] == "new":
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    dump({"old": "vossenhage-2025", "new": "vossenhage-2026", "links": links},
         os.path.join(OUT, "gold", "pairs", "vossenhage-2025__vossenhage-2026.json"))
    links, seen = [], set()
    for sub, bids in D.BOD:
        for key, text, frame, st, kinds, hn in bids:
            links.append({"old": key, "new": None if st == "dropped" else key, "status": st, "kinds": kinds,
                          "hard_negative": hn})
            seen.add(key)
    for k in k26:
        if k not in seen:
            links.append({"old": None, "new": k, "status": "new", "kinds": [], "hard_negative": None})
    dump({"old": "vossenhage-bod-2026", "new": "vossenhage-2026", "links": links},
         os.path.join(OUT, "gold", "pairs", "vossenhage-bod-2026__vossenhage-2026.json"))
    print("built", ", ".join("%s:%d" % (k, len(v)) for k, v in golds.items()))


if __name__ == "__main__":
    main()
