"""A bod set as a letter: each bid under a bold label line of its own ("Bod 1", "Bod 2", ...) over its indented
text. The label numbers the bid as "Maatregel 3" or "Afspraak 7" numbers an afspraak: the word kept ("Bod 1"),
the label line no heading and no part of the text. Made on the fly with reportlab, on both parse backends."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14, spaceAfter=6)
LABEL = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=8)
TEXT = ParagraphStyle("t", parent=BODY, leftIndent=20)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4)
SUB = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=8)
BIDS = [
    "Woonstichting De Eik realiseert in 2026 ten minste 60 sociale huurwoningen in het plan Oostergaarde.",
    "De Eik is bereid om vóór eind 2026 twintig woningen te labelen voor senioren.",
    "Wij liberaliseren in 2026 geen sociale huurwoningen.",
    "De Eik isoleert in 2026 ten minste 150 woningen tot minimaal label B, zonder huurverhoging.",
    "De Eik zet in de wijk Noord twee wijkbeheerders in die wekelijks te voet door de wijk gaan.",
]


def test_bold_bod_label_lines_number_the_bids_under_them(tmp_path, backend):
    story = [Paragraph("Woonstichting De Eik", HEAD), Paragraph("Aan het college van burgemeester en wethouders "
                                                                "van de gemeente Eikhoven", BODY),
             Paragraph("Betreft: bod op de woonvisie 2026", BODY), Paragraph("Geachte college,", BODY),
             Paragraph("Hierbij ontvangt u ons bod voor 2026.", BODY), Paragraph("3 Ons bod", HEAD)]
    for i, text in enumerate(BIDS, 1):
        story += ([Paragraph("Beschikbaarheid" if i == 1 else "Duurzaamheid", SUB)] if i in (1, 4) else []) \
            + [Paragraph(f"Bod {i}", LABEL), Paragraph(text, TEXT)]
    path = tmp_path / "bod.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = run.extract(path, parse={"backend": backend}, model=None)
    assert [(a.number, a.text) for a in doc.afspraken] == [(f"Bod {i}", t) for i, t in enumerate(BIDS, 1)]
    assert doc.afspraken[3].section.endswith("Duurzaamheid")
