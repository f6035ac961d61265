"""Issue #21: a bod format asks numbered questions ("Vraag 1.4 Welke nieuwbouwlocaties ontwikkelt u?") over the box
the corporatie typed its answer in, a "Planning" box under it. The answer box stands closer under its question than
the form's blocks stand apart, so question and answer read as one paragraph, with no number: the bids were lost,
or read with the gemeente's question as their text, and an empty "Planning" label ran into the bid before it. Now
the answer is the bid, numbered by its question (`answered_questions`), also where its question ran on from the
field line above it over a page break; an answer that commits no one (a figure, a look back) is no bid; and a
numbered box holding only a note that the afspraak lapsed ("Vervallen: ...") is no afspraak."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run

H = A4[1]
BOX = dict(borderWidth=0.6, borderColor=Color(0.45, 0.5, 0.6), fillColor=Color(0.93, 0.95, 0.99),
           textColor=Color(0, 0, 0.35), fontName="Helvetica", fontSize=9, borderStyle="solid", maxlen=None)
QUESTIONS = [  # number, question, answer, planning, a bid?
    ("1.1", "Hoeveel woningen verhuurt u?", "Het aantal verhuurde woningen is in 2024 gestegen van 3.100 naar "
     "3.168 sociale huurwoningen.", "", False),
    ("1.2", "Welke nieuwbouwlocaties ontwikkelt u?", "Wij bouwen op Kerkakker-Zuid 20 tot 24 grondgebonden sociale "
     "huurwoningen, met een start van de bouw eind 2026.", "eind 2026", True),
    ("1.3", "Welke huurverhoging past u toe?", "Wij verhogen de huren per 1 juli 2026 gemiddeld met ten hoogste 4%.",
     "1 juli 2026", True),
    ("1.4", "Hoe waarderen huurders uw dienstverlening?", "Het huurdersoordeel over reparaties is in 2024 gedaald "
     "van 7,6 naar 7,3.", "", False),
    ("1.5", "Wat doet u voor spoedzoekers?", "Wij plaatsen in 2026 tien flexwoningen op het terrein van de "
     "voormalige brandweerkazerne, voor spoedzoekers en starters.", "2026", True),
]


def _bod(path, first_page: int = 5) -> None:
    """A bod form: the questions as page text, each answer and its planning as field values; the first
    `first_page` questions on page 1, the others on page 2."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, H - 70, "Formulier bod op de woonvisie 2026")
    c.setFont("Helvetica", 9.5)
    c.drawString(50, H - 95, "Bod van Woonstichting Hoevenland aan de gemeente Brinkvoorde.")
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(50, H - 125, "1 Beschikbaarheid en betaalbaarheid")
    y = H - 145
    for k, (number, question, answer, planning, _) in enumerate(QUESTIONS):
        if k == first_page:
            c.showPage()
            y = H - 60
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(50, y - 10, f"Vraag {number}")
        c.setFont("Helvetica-Oblique", 9.5)
        c.drawString(145, y - 10, question)
        if k + 1 == first_page:  # the question at the foot of the page, its answer at the top of the next
            c.showPage()
            y = H - 50
        else:
            y -= 16
        c.acroForm.textfield(name=f"a{number}", value=answer, x=110, y=y - 34, width=435, height=34,
                             fieldFlags="multiline", **BOX)
        c.setFont("Helvetica", 8.5)
        c.drawString(110, y - 50, "Planning")
        c.acroForm.textfield(name=f"p{number}", value=planning, x=150, y=y - 54, width=190, height=14,
                             fieldFlags="", **BOX)
        y -= 72
    c.save()


def test_issue_21_each_answer_of_a_bod_form_is_the_bid_its_question_numbers(tmp_path):
    pdf = tmp_path / "bod.pdf"
    _bod(pdf)
    doc = run.extract(pdf, model=None)
    assert doc.meta.type == "bod"
    assert [(a.number, a.text, a.planning) for a in doc.afspraken] == [
        (number, answer, planning) for number, _, answer, planning, bid in QUESTIONS if bid]


def test_issue_21_a_question_at_the_foot_of_a_page_numbers_the_answer_on_the_next(tmp_path):
    pdf = tmp_path / "bod.pdf"
    _bod(pdf, first_page=3)  # "Vraag 1.3 ...?" ends page 1, its answer opens page 2
    doc = run.extract(pdf, model=None)
    assert [(a.number, a.text, a.planning) for a in doc.afspraken] == [
        (number, answer, planning) for number, _, answer, planning, bid in QUESTIONS if bid]


def test_issue_21_a_numbered_box_that_says_its_afspraak_lapsed_is_none(tmp_path):
    pdf = tmp_path / "formulier.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, H - 70, "Invulformulier prestatieafspraken 2026 gemeente Brinkvoorde")
    c.setFont("Helvetica-Bold", 11.5)
    c.drawString(50, H - 100, "Thema 1 Beschikbaarheid en betaalbaarheid")
    texts = ["Woonstichting Hoevenland isoleert in 2026 ten minste 150 woningen naar de standaard.",
             "Vervallen: in 2025 zijn in alle woningen zonder rookmelder rookmelders geplaatst.",
             "De gemeente Brinkvoorde stelt in 2026 twee extra wijkcoaches beschikbaar voor bewonersinitiatieven."]
    y = H - 120
    for k, text in enumerate(texts, start=1):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y - 10, f"Afspraak 1.{k}")
        c.acroForm.textfield(name=f"a{k}", value=text, x=130, y=y - 40, width=415, height=40,
                             fieldFlags="multiline", **BOX)
        y -= 60
    c.save()
    doc = run.extract(pdf, model=None)
    assert [a.text for a in doc.afspraken] == [texts[0], texts[2]]
