"""A bilingual agreement (a Frisian gemeente, a border region): every page in two columns on the same lines, the
Dutch text in one and its translation in the other, paragraph by paragraph, each paragraph beside its translation,
the numbers ("2.1") in both, headings across the page in both languages ("2. Betaalbaarheid / Betelberens").

Read as two flows, every afspraak came twice (the Frisian ones as afspraken of their own) and the translation's
context paragraph ran on into the Dutch column's last afspraak. The Dutch column is the document, told from the
language of its words, not from the side of the page; two ordinary Dutch columns laid out the same way stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from pipeline import run

WIDTH, HEIGHT = A4
COLUMNS = ((56.0, 285.0), (310.0, 539.0))
LEADING = 12.2
NUMBER_INDENT = 24.0

DUTCH_INTRO = ("De vraag naar sociale huurwoningen in de dorpen blijft groot, vooral van starters en van ouderen die "
               "kleiner willen wonen. De gemeente heeft in de woonvisie vastgelegd dat de helft van de nieuwbouw "
               "betaalbaar moet zijn.")
DUTCH = [
    "De corporaties houden de gemiddelde huurverhoging per 1 juli 2026 ten minste 1 procentpunt onder de "
    "maximale huursomstijging die het Rijk toestaat.",
    "Binnen 14 dagen na het ontstaan van een huurachterstand wordt door de corporaties persoonlijk contact "
    "opgenomen met de huurder.",
    "Partijen streven ernaar dat er in 2026 geen huisuitzettingen wegens huurachterstand plaatsvinden.",
    "De gemeente stelt in 2026 € 40.000 beschikbaar voor een noodfonds voor huurders met hoge energielasten.",
]
FRISIAN_INTRO = ("De fraach nei sosjale hierwenningen yn de doarpen bliuwt grut, foaral fan starters en fan âlderen "
                 "dy't lytser wenje wolle. De gemeente hat yn de wenfisy fêstlein dat de helte fan de nijbou "
                 "betelber wêze moat.")
FRISIAN = [
    "De korporaasjes hâlde de gemiddelde hierferheging per 1 july 2026 op syn minst 1 persintpunt ûnder de "
    "maksimale hiersomstiging dy't it Ryk tastiet.",
    "Binnen 14 dagen nei it ûntstean fan in hierachterstân wurdt troch de korporaasjes persoanlik kontakt "
    "opnommen mei de hierder.",
    "Partijen stribje dernei dat der yn 2026 gjin útsettingen fanwegen hierachterstân plakfine.",
    "De gemeente stelt yn 2026 € 40.000 beskikber foar in needfûns foar hierders mei hege enerzjylêsten.",
]
ENGLISH_INTRO = ("The demand for social rented homes in the villages remains high, especially from starters and "
                 "from older people who want to live smaller. The municipality has laid down in its housing vision "
                 "that half of all new homes must be affordable.")
ENGLISH = [
    "The housing associations keep the average rent increase per 1 July 2026 at least 1 percentage point below "
    "the maximum rent increase the government allows.",
    "Within 14 days after rent arrears arise, the housing associations contact the tenant in person.",
    "The parties aim for no evictions because of rent arrears to take place in 2026.",
    "The municipality makes € 40,000 available in 2026 for an emergency fund for tenants with high energy costs.",
]
MORE_DUTCH = [
    "Wetterwâl isoleert in 2026 ten minste 150 woningen naar minimaal energielabel A.",
    "Lytse Mar onderzoekt of in 2026 zestig woningen van een hybride warmtepomp kunnen worden voorzien.",
    "De gemeente stelt vóór 1 juli 2026 samen met de corporaties het wijkuitvoeringsplan aardgasvrij op.",
    "Wetterwâl biedt de huurders van eengezinswoningen zonnepanelen aan tegen een vaste maandelijkse vergoeding.",
]


def _lines(number: str, text: str, width: float) -> list[tuple[str, str]]:
    """A paragraph's lines as (number or "", text); a numbered paragraph hangs its text after the number."""
    if not number:
        return [("", line) for line in simpleSplit(text, "Times-Roman", 9.5, width)]
    rows = simpleSplit(text, "Times-Roman", 9.5, width - NUMBER_INDENT)
    return [(number if i == 0 else "", row) for i, row in enumerate(rows)]


def _draw(c: Canvas, column: int, y: float, rows: list[tuple[str, str]]) -> None:
    x = COLUMNS[column][0]
    indent = NUMBER_INDENT if rows[0][0] else 0.0  # a numbered paragraph's lines hang after the number
    c.setFont("Times-Roman", 9.5)
    for number, text in rows:
        if number:
            c.drawString(x, y, number)
        c.drawString(x + indent, y, text)
        y -= LEADING


def numbered(intro: str, texts: list[str], first: int = 1) -> list[tuple[str, str]]:
    """A column's paragraphs: the context paragraph, then the afspraken numbered from 2.<first>."""
    return [("", intro)] + [(f"2.{first + i}", text) for i, text in enumerate(texts)]


CONTENTS = (("Inhoud", ["1 Inleiding", "2 Betaalbaarheid", "3 Duurzaamheid", "4 Kwaliteit en wonen met zorg",
                        "5 Leefbaarheid", "6 Samenwerking en proces", "Ondertekening"]),
            ("Ynhâld", ["1 Ynlieding", "2 Betelberens", "3 Duorsumens", "4 Kwaliteit en wenjen mei soarch",
                        "5 Leefberens", "6 Gearwurking en proses", "Undertekening"]))
PARTIES = (["Gemeente Súdergaast", "Woonstichting Wetterwâl", "Stichting Wonen Lytse Mar",
            "Huurdersvereniging De Skalm", "Bewonersraad Lytse Mar"],
           ["Gemeente Súdergaast", "Wenstifting Wetterwâl", "Stifting Wenjen Lytse Mar", "Hierdersferiening De Skalm",
            "Bewennersried Lytse Mar"])

DATES = (["Vastgesteld: Lytsewier, 9 december 2025", "Looptijd: 1 januari - 31 december 2026"],
         ["Fêststeld: Lytsewier, 9 desimber 2025", "Rintiid: 1 jannewaris - 31 desimber 2026"])


def _title_page(c: Canvas) -> None:
    """A bilingual title page: the title in both languages across the page, then the parties and the contents
    list in each language side by side: names and titles, no running text to tell their language by."""
    c.setFont("Helvetica-Bold", 26)
    c.drawCentredString(WIDTH / 2, 760, "Prestatieafspraken 2026")
    c.setFont("Helvetica", 20)
    c.drawCentredString(WIDTH / 2, 728, "Prestaasjeôfspraken 2026")
    for k in (0, 1):
        x, y = COLUMNS[k][0], 600.0
        for name in PARTIES[k]:
            c.setFont("Helvetica", 10)
            c.drawString(x, y, name)
            y -= 15
        title, entries = CONTENTS[k]
        y -= 40
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x, y, title)
        c.setFont("Helvetica", 10)
        for entry in entries:
            y -= 15
            c.drawString(x, y, entry)
        c.setFont("Helvetica", 9)
        for k_line, line in enumerate(DATES[k]):
            c.drawString(x, 90 - 14 * k_line, line)
    c.showPage()


def build(path: Path, left: list[tuple[str, str]], right: list[tuple[str, str]], heading: str,
          title_page: bool = False) -> Path:
    """One page of chapter 2 in two columns whose paragraphs start side by side, under a heading across both."""
    c = Canvas(str(path), pagesize=A4, invariant=1)
    if title_page:
        _title_page(c)
    c.setFont("Helvetica-Bold", 12.5)
    c.drawString(COLUMNS[0][0], 760, heading)
    width = COLUMNS[0][1] - COLUMNS[0][0]
    y = 730.0
    for pair in zip(left, right, strict=True):
        rows = [_lines(number, text, width) for number, text in pair]
        for k, column_rows in enumerate(rows):
            _draw(c, k, y, column_rows)
        y -= LEADING * max(len(r) for r in rows) + 7
    c.setFont("Times-Roman", 7.5)
    c.drawString(COLUMNS[0][0], 40, "Pagina 2 van 7")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_the_frisian_column_beside_the_dutch_one_is_a_translation_not_afspraken(tmp_path, backend):
    pdf = build(tmp_path / "tweetalig.pdf", numbered(DUTCH_INTRO, DUTCH), numbered(FRISIAN_INTRO, FRISIAN),
                "2. Betaalbaarheid en huurbeleid / Betelberens en hierbelied")
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == ["2.1", "2.2", "2.3", "2.4"]
    assert [a.text for a in doc.afspraken] == DUTCH
    assert all(a.section == "2. Betaalbaarheid en huurbeleid" for a in doc.afspraken)


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_the_dutch_column_is_told_by_its_language_not_by_its_side(tmp_path, backend):
    pdf = build(tmp_path / "bilingual.pdf", numbered(ENGLISH_INTRO, ENGLISH), numbered(DUTCH_INTRO, DUTCH),
                "2. Affordability and rent policy / Betaalbaarheid en huurbeleid")
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == DUTCH
    assert all(a.section == "2. Betaalbaarheid en huurbeleid" for a in doc.afspraken)


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_two_dutch_columns_side_by_side_are_both_read(tmp_path, backend):
    # laid out as the pages above (each paragraph beside one of the other column), both columns in Dutch
    right = [(f"2.{5 + i}", text) for i, text in enumerate([*MORE_DUTCH, DUTCH[0]])]
    pdf = build(tmp_path / "twee.pdf", numbered(DUTCH_INTRO, DUTCH), right,
                "2. Betaalbaarheid en duurzaamheid / Huurbeleid en energie")
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.number for a in doc.afspraken] == [f"2.{i}" for i in range(1, 10)]
    assert [a.text for a in doc.afspraken] == [*DUTCH, *MORE_DUTCH, DUTCH[0]]
    assert doc.afspraken[0].section == "2. Betaalbaarheid en duurzaamheid / Huurbeleid en energie"


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_a_bilingual_title_page_too_short_to_tell_takes_the_documents_dutch_side(tmp_path, backend):
    # its Frisian contents list, read beside the Dutch one, gave an entry as an afspraak
    pdf = build(tmp_path / "titel.pdf", numbered(DUTCH_INTRO, DUTCH), numbered(FRISIAN_INTRO, FRISIAN),
                "2. Betaalbaarheid en huurbeleid / Betelberens en hierbelied", title_page=True)
    doc = run.extract(pdf, parse={"backend": backend}, model=None)
    assert [a.text for a in doc.afspraken] == DUTCH
    assert doc.meta.corporaties == ("Woonstichting Wetterwâl", "Stichting Wonen Lytse Mar")
