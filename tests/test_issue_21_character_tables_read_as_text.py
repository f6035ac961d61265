"""Issue #21: a plain-text agreement printed from a text editor (Courier, hard line breaks) draws its tables with
characters: `+------+----+` borders, `|` between the cells, each cell's text wrapped over several lines and a row
cut by the page break. The drawn lines were read as text: no table rows, none of the afspraken in them, no
trekker or planning from the Wie and Wanneer cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pipeline import run

WIDTHS = (6, 40, 14, 13)  # Nr | Afspraak | Wie | Wanneer, in characters between the rules
ROWS = [
    ("3.1", "De Eik isoleert in 2026 ten minste 120 woningen in de complexen Hoogveld en Brink.", "De Eik", "2026"),
    ("3.2", "De gemeente zet in 2026 energiecoaches in voor huurders met hoge energielasten; De Eik wijst "
            "haar huurders actief op dit aanbod.", "Gemeente en De Eik", "doorlopend"),
    ("3.3", "De Eik plaatst uiterlijk eind 2027 zonnepanelen op de daken van 80 eengezinswoningen.", "De Eik",
     "eind 2027"),
]


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def border(char: str = "-") -> str:
    return "+" + "+".join(char * w for w in WIDTHS) + "+"


def row_lines(cells: tuple[str, ...]) -> list[str]:
    wrapped = [wrap(c, w - 2) for c, w in zip(cells, WIDTHS, strict=True)]
    height = max(len(w) for w in wrapped)
    return ["|" + "|".join(" " + (w[i] if i < len(w) else "").ljust(width - 1)
                           for w, width in zip(wrapped, WIDTHS, strict=True)) + "|" for i in range(height)]


MONO = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
BOX = str.maketrans({"+": "┼", "-": "─", "=": "═", "|": "│"})


def typed_pdf(path, pages: list[list[str]], font: str = "Courier") -> None:
    """Pages of typed lines in a monospaced font (10 on 12), a typed header and footer on each, as a text editor
    prints."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n, lines in enumerate(pages, start=1):
        c.setFont(font, 10)
        c.drawString(50, A4[1] - 40, "PRESTATIEAFSPRAKEN RANSDAL 2026")
        for i, line in enumerate(lines):
            c.drawString(50, A4[1] - 64 - 12 * i, line)
        c.drawCentredString(A4[0] / 2, 40, f"- {n} -")
        c.showPage()
    c.save()


def document(split: bool, repeat_header: bool) -> list[list[str]]:
    intro = ["3. DUURZAAMHEID", "===============", "",
             "Op 1 januari 2026 had De Eik nog 140 woningen met label E, F of G.", ""]
    header = [border(), row_lines(("Nr", "Afspraak", "Wie", "Wanneer"))[0], border("=")]
    body = [line for cells in ROWS for line in (*row_lines(cells), border())]
    cut = len(header) + len(row_lines(ROWS[0])) + 1 + (2 if split else len(row_lines(ROWS[1])) + 1)
    table = header + body
    first, rest = table[:cut], table[cut:]
    if repeat_header:
        rest = header + rest
    return [intro + first, rest + ["", "4. KWALITEIT", "============", "",
                                   "4.1 De Eik inspecteert de woning binnen 10 werkdagen na een melding van",
                                   "    vocht of schimmel."]]


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize(("split", "repeat_header"), [(True, False), (True, True), (False, False)])
def test_issue_21_character_table_rows_are_afspraken_with_wie_and_wanneer(tmp_path, backend, split, repeat_header):
    pdf = tmp_path / "typed.pdf"
    typed_pdf(pdf, document(split, repeat_header))
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken][:3] == list(ROWS)
    assert not any("|" in a.text or "---" in a.text for a in doc.afspraken)


def simple_table(numbered_gaps: bool) -> list[str]:
    """A table whose rows are not ruled apart (a Markdown table, or a grid with borders around the header only):
    each number opens a row, the wrapped text goes on in the lines below it with the number cell empty."""
    header = ["| Nr | Afspraak | Wie | Wanneer |", "|----|----------|-----|---------|"] if numbered_gaps \
        else [border(), row_lines(("Nr", "Afspraak", "Wie", "Wanneer"))[0], border("=")]
    body = [line for cells in ROWS for line in row_lines(cells)]
    return header + body + ([] if numbered_gaps else [border()])


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("markdown", [True, False])
def test_issue_21_character_table_rows_not_ruled_apart(tmp_path, backend, markdown):
    pdf = tmp_path / "typed.pdf"
    typed_pdf(pdf, [["3. DUURZAAMHEID", "===============", "", *simple_table(markdown)]])
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] == list(ROWS)


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_issue_21_character_table_row_spanning_the_columns_is_a_section(tmp_path, backend):
    span = "| " + "Isolatie en labels".ljust(sum(WIDTHS) + len(WIDTHS) - 3) + "|"
    header = [border(), row_lines(("Nr", "Afspraak", "Wie", "Wanneer"))[0], border("=")]
    body = [span, border(), *(line for cells in ROWS for line in (*row_lines(cells), border()))]
    pdf = tmp_path / "typed.pdf"
    typed_pdf(pdf, [["3. DUURZAAMHEID", "===============", "", *header, *body]])
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken] == list(ROWS)
    assert all(a.section.endswith("Isolatie en labels") for a in doc.afspraken)


@pytest.mark.skipif(not MONO.exists(), reason="needs the DejaVu Sans Mono font")
@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_issue_21_table_drawn_with_box_drawing_characters(tmp_path, backend):
    pdfmetrics.registerFont(TTFont("DejaVuMonoBox", str(MONO)))
    pages = [[line if line[:1] not in "+|" else line.translate(BOX) for line in page]
             for page in document(split=True, repeat_header=False)]
    pdf = tmp_path / "typed.pdf"
    typed_pdf(pdf, pages, font="DejaVuMonoBox")
    doc = run.extract(pdf, model=None, parse={"backend": backend})
    assert [(a.number, a.text, a.trekker, a.planning) for a in doc.afspraken][:3] == list(ROWS)
