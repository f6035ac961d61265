"""Afspraken grouped per party in chapters ("Afspraken gemeente X", "Afspraken <corporatie>", "Afspraken
huurdersorganisaties") with theme subheadings inside and numbers restarting at 1 per chapter: the chapter names the
party of every afspraak under its subheadings; a chapter that only mentions a party ("Afspraken over wonen in de
gemeente X") or a joint chapter ("Gezamenlijke afspraken") names none. A "Status <year>:" line under an afspraak is
its status attribute, as is the "Monitoring:" line it may share a line with."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.parties import chapter_party
from pipeline.structure import attribute_key
from pipeline.types import DocumentMeta

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4)
ITEM = ParagraphStyle("i", parent=BODY, leftIndent=18, bulletIndent=0)
NOTE = ParagraphStyle("n", parent=BODY, fontSize=8.5, leftIndent=18)
CHAPTER = ParagraphStyle("c", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=8, spaceAfter=6)
SECTION = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=4)
META = DocumentMeta(path="x.pdf", sha256="0", pages=1, gemeenten=("Eikdorp",), corporaties=("Woonstichting De Eik",
                    "Beukwonen"), huurdersorganisaties=("Huurdersbelang De Eik",))

CHAPTERS = [
    ("2 Gezamenlijke afspraken", None, ["Partijen stellen in 2025 samen een plan op voor de wijk Noord."]),
    ("3 Afspraken gemeente Eikdorp", "Gemeente Eikdorp",
     ["De gemeente stelt in 2025 bouwgrond beschikbaar voor ten minste 40 sociale huurwoningen.",
      "De gemeente past uiterlijk eind 2025 de huisvestingsverordening aan."]),
    ("4 Afspraken Woonstichting De Eik", "Woonstichting De Eik",
     ["Woonstichting De Eik levert in 2025 ten minste 60 sociale huurwoningen op.",
      "Woonstichting De Eik verkoopt in 2025 maximaal 6 bestaande huurwoningen."]),
    ("5 Afspraken Beukwonen", "Beukwonen", ["Beukwonen verduurzaamt in 2025 ten minste 100 woningen."]),
    ("6 Afspraken huurdersorganisaties", "Huurdersorganisaties",
     ["De huurdersorganisaties raadplegen jaarlijks hun achterban over deze afspraken."]),
]


def _build(path: Path) -> None:
    story = [Paragraph("Prestatieafspraken Eikdorp 2025", CHAPTER),
             Paragraph("Gemeente Eikdorp, Woonstichting De Eik, Beukwonen en Huurdersbelang De Eik maken de "
                       "volgende afspraken.", BODY)]
    for c, (chapter, _, texts) in enumerate(CHAPTERS):
        story += [Paragraph(chapter, CHAPTER), Paragraph(f"{chapter.split()[0]}.1 Wonen", SECTION)]
        for n, text in enumerate(texts, 1):
            story.append(Paragraph(text, ITEM, bulletText=str(n)))
            if c == 2 and n == 1:
                story.append(Paragraph("Monitoring: aantal opgeleverde woningen per halfjaar", NOTE))
                story.append(Paragraph("Status 2024: 48 woningen opgeleverd", NOTE))
            if c == 1 and n == 2:
                story.append(Paragraph("Status 2024: vertraagd; de regionale afstemming loopt nog", NOTE))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)


def test_party_chapters_name_the_party_of_afspraken_under_their_subheadings(tmp_path: Path):
    path = tmp_path / "chapters.pdf"
    _build(path)
    doc = run.extract(path, model=None)
    expected = [(str(n), party, text) for _, party, texts in CHAPTERS for n, text in enumerate(texts, 1)]
    assert [(a.number, a.party, a.text) for a in doc.afspraken] == expected
    attributes = {a.text[:30]: a.attributes for a in doc.afspraken if a.attributes}
    assert attributes == {
        "De gemeente past uiterlijk ein": {"status": "vertraagd; de regionale afstemming loopt nog"},
        "Woonstichting De Eik levert in": {"monitoring": "aantal opgeleverde woningen per halfjaar",
                                           "status": "48 woningen opgeleverd"}}


def test_a_chapter_that_only_mentions_a_party_names_none():
    assert chapter_party("Afspraken gemeente Eikdorp", META) == "Gemeente Eikdorp"
    assert chapter_party("Afspraken met de gemeente", META) == "Gemeente Eikdorp"
    assert chapter_party("Afspraken Beukwonen", META) == "Beukwonen"
    assert chapter_party("Afspraken over wonen in de gemeente Eikdorp", META) is None
    assert chapter_party("Gezamenlijke afspraken", META) is None
    assert chapter_party("Afspraken 2025", META) is None


def test_status_with_the_year_it_reports_on_is_an_attribute_label():
    m = attribute_key().match("Status 2025: 8 woningen verkocht")
    assert m is not None and m.group(1) == "Status" and m.end() == len("Status 2025: ")
    m = attribute_key().match("Stand van zaken per 1 juli 2025: 40 woningen")
    assert m is not None and m.group(1) == "Stand van zaken" and m.end() == len("Stand van zaken per 1 juli 2025: ")
    assert attribute_key().match("Status van de afspraak: x") is None


def test_dorrewold_party_chapters_gave_no_party_and_status_lines_no_attribute():
    doc = run.extract(Path(__file__).parent.parent / "corpus/challenge/dev/pdf/dorrewold-2026.pdf", model=None)
    parties = [a.party for a in doc.afspraken]
    assert parties[:9] == [None] * 9 and set(parties[9:17]) == {"Gemeente Dorrewold"}
    assert set(parties[-3:]) == {"Huurdersorganisaties"}
    monitored = next(a for a in doc.afspraken if a.party == "Woonstichting Veldhof")
    assert monitored.attributes == {"monitoring": "aantal opgeleverde woningen per halfjaar",
                                    "status": "gerealiseerd; 80 woningen opgeleverd in oktober 2025"}
    assert not any("Status 2025" in a.text for a in doc.afspraken)


def test_a_letterhead_naming_one_corporatie_is_no_party_of_the_bid(tmp_path: Path):
    """A bid on letter paper: the corporatie's name set large above its address, the afspraken under theme
    headings further down; a document knowing two corporaties must not give them the letterhead's party."""
    story = [Paragraph("Woonstichting De Eik", CHAPTER),
             Paragraph("Eikenlaan 14 | Postbus 12 | 1234 AB Eikdorp", ParagraphStyle("a", parent=BODY, fontSize=8)),
             Paragraph("Aan het college van burgemeester en wethouders van de gemeente Eikdorp", BODY),
             Paragraph("Hierbij ontvangt u het bod van Woonstichting De Eik, afgestemd met Beukwonen en "
                       "Huurdersbelang De Eik.", BODY), Paragraph("Betaalbaar wonen", SECTION)]
    texts = ["Wij leveren vóór eind 2027 ten minste 70 sociale huurwoningen op in het plan Kreekzijde.",
             "Wij houden de gemiddelde huurverhoging per 1 juli 2026 gelijk aan de inflatie."]
    story += [Paragraph(t, ITEM, bulletText="•") for t in texts]
    path = tmp_path / "bod.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(story)
    doc = run.extract(path, model=None, overrides={"corporaties": ["Woonstichting De Eik", "Beukwonen"]})
    assert [(a.text, a.party) for a in doc.afspraken] == [(t, None) for t in texts]
