"""Issue #21: a fillable form published without flattening (a bod or monitor format filled in on screen and
saved) keeps everything typed as the values of its AcroForm fields, which the page's text layer does not hold: the
afspraken, their Trekker and Gereed, the parties' names were all missing, so the document read as an empty form.
Both backends now read a field's value as text in its box (`parse.form_values`), a label printed beside the box
as its label ("Trekker [Hoevenland]" reads "Trekker: Hoevenland"); empty fields add nothing, and a value the page
text already shows in its box is not read twice."""

from __future__ import annotations

import pytest
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline import run
from pipeline.parse import parse_pdf

H = A4[1]
AFSPRAKEN = [
    ("1.1", "Woonstichting Hoevenland realiseert in 2026 in het plan Stationsweide 48 sociale huurwoningen, met "
            "een oplevering uiterlijk in het derde kwartaal van 2026.", "Hoevenland", "Q3 2026"),
    ("1.2", "De gemeente Brinkvoorde stelt in 2026 een doorstroomregeling voor senioren vast.", "Gemeente",
     "1 juli 2026"),
    ("1.3", "Woonstichting Hoevenland isoleert in 2026 ten minste 120 woningen naar de standaard.", "Hoevenland",
     "31-12-2026"),
]
BOX = dict(borderWidth=0.6, borderColor=Color(0.45, 0.5, 0.6), fillColor=Color(0.93, 0.95, 0.99),
           textColor=Color(0, 0, 0.35), fontName="Helvetica", fontSize=9, borderStyle="solid")


def _form(path, *, typed: bool = True, printed: bool = False, empty_box: bool = False) -> None:
    """A form of general fields and one block per afspraak: "Afspraak 1.1" beside a multi-line box, then
    "Trekker [box]  Gereed [box]". `typed`: the values are field values (a form saved unflattened); `printed`:
    the values are also page text in their boxes (a form flattened with its widgets kept)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, H - 70, "Invulformulier prestatieafspraken 2026")
    fields = [("Gemeente", "Brinkvoorde"), ("Woningcorporatie", "Woonstichting Hoevenland"),
              ("Huurdersorganisatie", "Huurdersvereniging De Brinkhof")]
    y = H - 110
    boxes: list[tuple[str, str, float, float, float, float, bool]] = []
    for k, (label, value) in enumerate(fields):
        c.setFont("Helvetica", 9)
        c.drawString(50, y - 10, label)
        boxes.append((f"g{k}", value, 200, y - 14, 340, 14, False))
        y -= 22
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, y - 20, "Deel C Afspraken per thema")
    y -= 40
    for number, text, who, when in AFSPRAKEN:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y - 10, f"Afspraak {number}")
        boxes.append((f"a{number}", text, 130, y - 40, 415, 40, True))
        c.setFont("Helvetica", 9)
        c.drawString(130, y - 58, "Trekker")
        boxes.append((f"t{number}", who, 170, y - 62, 170, 14, False))
        c.drawString(350, y - 58, "Gereed")
        boxes.append((f"r{number}", when, 396, y - 62, 149, 14, False))
        y -= 80
    if empty_box:  # an unused numbered box at the end of the theme
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y - 10, "Afspraak 1.4")
        boxes.append(("a1.4", "", 130, y - 40, 415, 40, True))
        c.setFont("Helvetica", 9)
        c.drawString(130, y - 58, "Trekker")
        boxes.append(("t1.4", "", 170, y - 62, 170, 14, False))
        c.drawString(350, y - 58, "Gereed")
        boxes.append(("r1.4", "", 396, y - 62, 149, 14, False))
    for name, value, x, bottom, w, h, multiline in boxes:
        if printed and value:  # the value as page text in its box, wrapped as a viewer shows it
            c.setFont("Helvetica", 9)
            words, line, lines = value.split(), "", []
            for word in words:
                if line and c.stringWidth(f"{line} {word}", "Helvetica", 9) > w - 6:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}".strip()
            lines.append(line)
            for i, ln in enumerate(lines):
                c.drawString(x + 2, bottom + h - 11 - i * 10.8 if multiline else bottom + 4, ln)
        if typed:
            c.acroForm.textfield(name=name, value=value, x=x, y=bottom, width=w, height=h,
                                 fieldFlags="multiline" if multiline else "", maxlen=None, **BOX)
    c.save()


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_issue_21_typed_field_values_are_read_as_the_page_text_of_their_boxes(tmp_path, backend):
    pdf = tmp_path / "formulier.pdf"
    _form(pdf, empty_box=True)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [(a.number.removeprefix("Afspraak "), a.text, a.trekker, a.planning) for a in doc.afspraken] == \
        AFSPRAKEN  # the empty box adds none
    assert doc.meta.gemeenten == ("Brinkvoorde",)
    assert doc.meta.corporaties == ("Woonstichting Hoevenland",)


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_issue_21_a_value_the_page_already_shows_is_read_once(tmp_path, backend):
    flattened, kept = tmp_path / "flattened.pdf", tmp_path / "kept.pdf"
    _form(flattened, typed=False, printed=True)
    _form(kept, typed=True, printed=True)
    texts = [[(a.number, a.text, a.trekker, a.planning) for a in run.extract(p, parse={"backend": backend},
                                                                             model=None).afspraken]
             for p in (flattened, kept)]
    assert texts[0] == texts[1]  # the widgets kept over a flattened form's values add nothing
    assert len(texts[1]) == len(AFSPRAKEN)
    assert all(t[1].startswith(text) and t[1].count(text) == 1
               for t, (_, text, _, _) in zip(texts[1], AFSPRAKEN, strict=True))


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_issue_21_choice_fields_and_check_boxes_read_as_shown(tmp_path, backend):
    pdf = tmp_path / "keuzes.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, H - 70, "Invulformulier prestatieafspraken 2026 gemeente Brinkvoorde")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, H - 110, "Afspraak 1.1")
    c.acroForm.textfield(name="a", value=AFSPRAKEN[0][1], x=130, y=H - 140, width=415, height=40,
                         fieldFlags="multiline", maxlen=None, **BOX)
    c.setFont("Helvetica", 9)
    c.drawString(130, H - 158, "Trekker")
    c.acroForm.choice(name="t", value="Hoevenland", options=["Gemeente", "Hoevenland", "Partijen"], x=170,
                      y=H - 162, width=170, height=14, fontName="Helvetica", fontSize=9)
    c.drawString(350, H - 158, "Gereed")
    c.acroForm.choice(name="r", value="Q3 2026", options=["Q2 2026", "Q3 2026"], x=396, y=H - 162, width=149,
                      height=14, fontName="Helvetica", fontSize=9)
    c.drawString(50, H - 200, "Betrokken partijen")
    c.acroForm.checkbox(name="g", x=150, y=H - 203, size=10, checked=True, buttonStyle="check")
    c.drawString(165, H - 200, "Gemeente")
    c.acroForm.checkbox(name="k", x=220, y=H - 203, size=10, checked=False, buttonStyle="check")
    c.drawString(235, H - 200, "Corporatie")
    c.save()
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [(a.text, a.trekker, a.planning) for a in doc.afspraken] == [(AFSPRAKEN[0][1], "Hoevenland", "Q3 2026")]
    lines = [ln.text for page in parse_pdf(pdf, {"backend": backend}) for ln in page.lines]
    assert "Betrokken partijen ✔ Gemeente • Corporatie" in lines  # ticked and empty boxes as a drawn box reads


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_issue_21_a_field_running_down_a_turned_page_is_not_read(tmp_path, backend):
    pdf = tmp_path / "gedraaid.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    c.setPageRotation(90)  # the page shown turned: its text and its field run down it
    c.setFont("Helvetica", 9)
    c.drawString(50, 700, "Trekker")
    c.acroForm.textfield(name="t", value="Woonstichting Hoevenland", x=100, y=696, width=150, height=14, **BOX)
    c.save()
    assert [ln.text for page in parse_pdf(pdf, {"backend": backend}) for ln in page.lines] == []
