"""A deck printed as notes pages (the slide as a framed landscape box at the top of a portrait page, the speaker's
notes under it) whose points carry no number or bullet was read paragraph by paragraph, and the notes' sentences
that read like commitments ("de gemeente zet in 2025 energiecoaches in") became afspraken. The words under a notes
page's slide frame are the speaker's notes, never afspraken; a handout's second slide frame and a page whose frame
holds no text (a slide printed as a picture) keep theirs (issue #21)."""

from __future__ import annotations

import pytest
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import pipeline

PW, PH = A4
FX, FW = 72.0, PW - 144.0
FH = FW * 9 / 16
FTOP = PH - 56.0
FBOT = FTOP - FH

SLIDES = [
    ("Prestatieafspraken Dalmeer 2025", [],
     ["Welkom bij het bestuurlijk overleg van de gemeente Dalmeer en Woonstichting Dalhof."]),
    ("Wonen en nieuwbouw",
     [["Woonstichting Dalhof levert in 2025 in het plan De Akker 36 sociale huurwoningen op aan", "de Kerkstraat."],
      ["De gemeente Dalmeer hanteert voor sociale huurwoningen een vaste grondprijs van € 18.500", "per woning."]],
     ["In 2024 zijn 41 woningen opgeleverd. Dalhof sluit zich daarom aan bij het regionale convenant",
      "en de gemeente stelt daarvoor in 2025 € 50.000 beschikbaar aan de corporatie."]),
    ("Duurzaamheid",
     [["Dalhof isoleert in 2025 ten minste 120 woningen in de wijk Oude Veen naar ten minste", "label B."]],
     ["De gemeente zet in 2025 energiecoaches in voor alle huurders met hoge energielasten in de",
      "wijken Oude Veen en Westerzegge."]),
]


def _notes_pages(path):
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n, (title, points, notes) in enumerate(SLIDES, 1):
        c.setFillColor(Color(0.8, 0.8, 0.8))
        c.rect(FX + 2, FBOT - 2, FW, FH, stroke=0, fill=1)  # the frame's shadow
        c.setFillColor(white)
        c.setLineWidth(0.6)
        c.rect(FX, FBOT, FW, FH, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(FX + 16, FTOP - 30, title)
        y = FTOP - 60
        for lines in points:
            c.setFont("Helvetica", 10)
            for line in lines:
                c.drawString(FX + 16, y, line)
                y -= 12.2
            y -= 4.5
        c.setFont("Helvetica", 5.5)
        c.drawString(FX + 12, FBOT + 7, "Bestuurlijk overleg wonen Dalmeer | 28 november 2024")
        c.drawRightString(FX + FW - 12, FBOT + 7, str(n))
        c.setFont("Helvetica", 10.5)
        for k, line in enumerate(notes):
            c.drawString(FX, FBOT - 44 - 14.5 * k, line)
        c.setFont("Helvetica", 9)
        c.drawRightString(PW - 56, 30, str(n))
        c.showPage()
    c.save()


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_issue_21_speaker_notes_read_as_afspraken(tmp_path, backend):
    path = tmp_path / "notes.pdf"
    _notes_pages(path)
    doc = pipeline.extract(path, model=None, parse={"backend": backend})
    assert [(a.page, a.text[-20:]) for a in doc.afspraken] == [
        (2, "op aan de Kerkstraat."[-20:]),
        (2, "€ 18.500 per woning."[-20:]),
        (3, "naar ten minste label B."[-20:]),
    ]
    assert doc.meta.gemeenten == ("Dalmeer",) and doc.meta.year == 2025


def test_issue_21_framed_box_over_afspraken_keeps_them(tmp_path):
    """A framed box at the top of one page (a summary, a highlighted passage) shaped like a slide makes no deck of
    notes pages: the afspraken under it stay; only a frame repeated on most pages marks one."""
    path = tmp_path / "summary.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.rect(FX, FBOT, FW, FH, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(FX + 16, FTOP - 30, "Prestatieafspraken Dalmeer 2025 in het kort")
    c.setFont("Helvetica", 10)
    c.drawString(FX + 16, FTOP - 60, "Gemeente Dalmeer en Woonstichting Dalhof maken afspraken over wonen.")
    for k, text in enumerate(["Dalhof levert in 2025 in het plan De Akker 36 sociale huurwoningen op.",
                              "De gemeente stelt in 2025 twee locaties beschikbaar voor tijdelijke woningen."]):
        c.drawString(FX, FBOT - 44 - 18 * k, f"{k + 1}.  {text}")
    c.showPage()
    c.drawString(FX, 760, "3.  Dalhof isoleert in 2025 ten minste 120 woningen naar ten minste label B.")
    c.showPage()
    c.save()
    assert [a.number for a in pipeline.extract(path, model=None).afspraken] == ["1", "2", "3"]


def test_issue_21_handout_and_picture_slides_keep_their_text(tmp_path):
    """Two framed slides on a portrait page (a handout) keep the second one's text; a frame without text (a slide
    printed as a picture) keeps the text under it."""
    path = tmp_path / "handout.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for top in (FTOP, FBOT - 40):
        c.rect(FX, top - FH, FW, FH, stroke=1, fill=0)
        c.setFont("Helvetica", 10)
        c.drawString(FX + 16, top - 40, f"Dalhof levert in 2025 op locatie {int(top)} twaalf sociale huurwoningen op.")
    c.showPage()
    c.rect(FX, FBOT, FW, FH, stroke=1, fill=0)
    c.drawString(FX, FBOT - 44, "De gemeente stelt in 2025 twee locaties beschikbaar voor tijdelijke woningen.")
    c.showPage()
    c.save()
    lines = [line.text for page in pipeline.parse.parse_pdf(path) for line in page.lines]
    assert sum("twaalf sociale huurwoningen" in t for t in lines) == 2
    assert any("twee locaties beschikbaar" in t for t in lines)
