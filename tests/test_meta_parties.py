"""Issue #21, what was left: parties and years exactly right, and each afspraak's party where a document groups
its afspraken per party. Each test runs on a PDF it makes, on both parse backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.evaluate.extract import meta_mistakes, score_document, scores_markdown
from pipeline.meta import enumerated_corporaties
from pipeline.types import DocumentMeta

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
SUB = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2)
TITLE = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=6)
PARTIES = ["Gemeente Eikdorp", "Woonstichting De Eik", "Polderwerk Wonen", "Huurdersvereniging Het Anker"]


def build(path: Path, flowables: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flowables)
    return path


def cover() -> list:
    """A cover page that lists the parties as headings (which heads no afspraken) and names them in a sentence."""
    return [Paragraph("Prestatieafspraken 2024", TITLE), Paragraph("Overeengekomen tussen", BODY),
            *[Paragraph(p, HEAD) for p in PARTIES], PageBreak(),
            Paragraph("Inleiding", HEAD),
            Paragraph("Deze afspraken zijn gemaakt tussen de gemeente Eikdorp, Woonstichting De Eik (hierna: De Eik), "
                      "Polderwerk Wonen en Huurdersvereniging Het Anker.", BODY)]


SUB_BLOCKS = {
    "Alle partijen": ["Partijen onderzoeken in 2024 of een doorstroomregeling voor senioren kan worden ingevoerd."],
    "Gemeente Eikdorp": ["De gemeente stelt in 2024 twee nieuwe bouwlocaties beschikbaar voor sociale huur.",
                         "De gemeente hanteert een vaste grondprijs van € 15.000 per sociale huurwoning."],
    "Woonstichting De Eik": ["De Eik levert in 2024 ten minste 60 sociale huurwoningen op in de wijk Noord."],
    "Polderwerk Wonen": ["Polderwerk Wonen isoleert in 2024 ten minste 120 woningen tot minimaal label B."],
    "De Eik en Polderwerk Wonen": ["De corporaties houden de gemiddelde huurverhoging gelijk aan de inflatie."],
    "Nieuwbouwprogramma 2024-2028": ["De Eik en de gemeente verkennen de bouw van 40 woningen aan de Kerkweg."],
}


def test_party_sub_blocks_give_each_afspraak_its_party(tmp_path, backend):
    """Sub-blocks headed by an organisation name (and, among them, "Alle partijen" and two names joined) give the
    afspraken under them that party; a sub-block headed otherwise ("Nieuwbouwprogramma") gives none, and the
    cover page listing the parties heads nothing."""
    flowables = [*cover(), Paragraph("B Beschikbaar en betaalbaar wonen", HEAD)]
    n = 0
    for heading, texts in SUB_BLOCKS.items():
        flowables.append(Paragraph(heading, SUB))
        for text in texts:
            n += 1
            flowables.append(Paragraph(f"B-{n} {text}", BODY))
    doc = run.extract(build(tmp_path / "p.pdf", flowables), parse={"backend": backend}, model=None)
    expected = [None if h.startswith("Nieuwbouw") else h for h, texts in SUB_BLOCKS.items() for _ in texts]
    assert [a.party for a in doc.afspraken] == expected
    assert set(doc.meta.corporaties) == {"Woonstichting De Eik", "Polderwerk Wonen"}


def test_chapters_about_what_one_party_does(tmp_path, backend):
    """'Wat de gemeente doet' is the document's gemeente, 'Wat Woonstichting De Eik doet' that corporatie, and
    'Wat we samen doen' no one party; afspraken in their sub-sections keep the chapter's party."""
    chapters = [("3 Wat de gemeente doet", "Gemeente Eikdorp"), ("4 Wat Woonstichting De Eik doet",
                                                                 "Woonstichting De Eik"),
                ("5 Wat we samen doen", None)]
    flowables = [*cover()]
    expected = []
    for heading, party in chapters:
        flowables += [Paragraph(heading, HEAD), Paragraph("Wonen en bouwen", SUB)]
        for i, text in enumerate(SUB_BLOCKS["Gemeente Eikdorp"], 1):
            flowables.append(Paragraph(f"{i}. {text}", BODY))
            expected.append(party)
    doc = run.extract(build(tmp_path / "w.pdf", flowables), parse={"backend": backend}, model=None)
    assert [a.party for a in doc.afspraken] == expected


def test_kennisgeving_year_from_its_subject_not_its_date(tmp_path, backend):
    """A council letter written in December 2024 about the agreements for 2025: the year is 2025 (the letter's
    date and reference number come first on the page), and a corporatie named without a type word in the
    sentence that names the parties is one of its corporaties."""
    flowables = [
        Paragraph("Gemeente Eikdorp", TITLE), Paragraph("Raadsinformatiebrief", HEAD),
        Paragraph("Datum 17 december 2024", BODY), Paragraph("Kenmerk RIB 2024-118", BODY),
        Paragraph("Onderwerp Prestatieafspraken 2025 met De Eik en de huurders", BODY),
        Paragraph("Met deze brief informeren wij u over de afspraken die wij op 11 december 2024 hebben ondertekend "
                  "met Woonstichting De Eik, Polderwerk Wonen en Huurdersvereniging Het Anker.", BODY),
        Paragraph("Belangrijkste afspraken per corporatie", HEAD), Paragraph("Woonstichting De Eik", SUB),
        *[Paragraph(f"• {t}", BODY) for t in SUB_BLOCKS["Woonstichting De Eik"] + SUB_BLOCKS["Gemeente Eikdorp"]],
        Paragraph("Polderwerk Wonen", SUB), *[Paragraph(f"• {t}", BODY) for t in SUB_BLOCKS["Polderwerk Wonen"]],
        Paragraph("Gezamenlijke afspraken", SUB), *[Paragraph(f"• {t}", BODY) for t in SUB_BLOCKS["Alle partijen"]],
    ]
    doc = run.extract(build(tmp_path / "k.pdf", flowables), parse={"backend": backend}, model=None)
    assert doc.meta.type == "kennisgeving"
    assert (doc.meta.years, doc.meta.year) == ((2025,), 2025)
    assert set(doc.meta.corporaties) == {"Woonstichting De Eik", "Polderwerk Wonen"}
    assert [a.party for a in doc.afspraken] == ["Woonstichting De Eik"] * 3 + ["Polderwerk Wonen",
                                                                                "Gezamenlijke afspraken"]


def test_bod_letterhead_is_no_party_heading(tmp_path, backend):
    """A bod opens with the corporatie's name as letterhead and is dated the year before: its afspraken have no
    party, and its year is the one its subject names."""
    flowables = [
        Paragraph("Woonstichting De Eik", TITLE), Paragraph("Datum 26 juni 2024", BODY),
        Paragraph("Onderwerp Bod 2025: overzicht voorgenomen werkzaamheden gemeente Eikdorp", BODY),
        Paragraph("Geacht college,", BODY),
        *[Paragraph(f"Activiteit {i} {t}", BODY) for i, t in enumerate(SUB_BLOCKS["Gemeente Eikdorp"] * 2, 1)],
    ]
    doc = run.extract(build(tmp_path / "b.pdf", flowables), parse={"backend": backend}, model=None)
    assert (doc.meta.type, doc.meta.year) == ("bod", 2025)
    assert len(doc.afspraken) == 4 and {a.party for a in doc.afspraken} == {None}


@pytest.mark.parametrize(("text", "expected"), [
    ("tussen de gemeente Eikdorp, Woonstichting De Eik (hierna: De Eik), Polderwerk Wonen en Huurdersvereniging "
     "Het Anker.", ["Polderwerk Wonen"]),
    ("met Vivare, Polderwerk Wonen en Zorg Plus Nederland.", []),  # no party with a type word: not a party list
    ("Woonstichting De Eik, gemeente Eikdorp en Zorggroep Noord", []),  # no housing name among the untyped
])
def test_enumerated_corporaties(text, expected):
    assert enumerated_corporaties(text, ["woonstichting", "stichting"], ["huurdersvereniging"]) == expected


def test_evaluate_extract_names_the_wrong_field_per_document():
    meta = DocumentMeta("k.pdf", "0" * 64, 2, type="kennisgeving", years=(2024,), gemeenten=("Eikdorp",),
                        corporaties=("Woonstichting De Eik",))
    gold = {"year": 2025, "years": [2025], "gemeenten": ["Eikdorp"],
            "corporaties": ["Woonstichting De Eik", "Polderwerk Wonen"]}
    assert meta_mistakes(meta, gold) == ("year: 2024, gold 2025",
                                         "corporaties: Woonstichting De Eik, gold Woonstichting De Eik; "
                                         "Polderwerk Wonen")
    score = score_document("k", (), [], meta, gold)
    assert (score.year_ok, score.gemeenten_ok, score.corporaties_ok) == (0, 1, 0)
    text = scores_markdown({"k": score.to_dict()}, score.to_dict(), [score.to_dict()])
    assert "- k: year: 2024, gold 2025" in text


@pytest.mark.parametrize(("text", "expected"), [
    ("gemaakt met Woonstichting Helmduin, Kwelderwonen en Huurdersvereniging De Zandloper.", ["Kwelderwonen"]),
    ("volgens de Woonvisie, de gemeente Eikdorp en Woonstichting De Eik.", []),  # a word that starts with a
])                                                                                # housing word names no party
def test_one_word_corporatie_in_an_enumeration_of_parties(text, expected):
    assert enumerated_corporaties(text, ["woonstichting", "stichting"], ["huurdersvereniging"]) == expected


def test_cover_lines_under_afspraken_tussen_name_the_parties(tmp_path, backend):
    """A cover that lists the parties one per line under "Afspraken tussen", one corporatie without a type word
    ("Kwelderwonen") that no sentence names: both corporaties are found."""
    parties = ["Gemeente Eikdorp", "Woonstichting De Eik", "Kwelderwonen", "Huurdersvereniging Het Anker"]
    flowables = [Paragraph("Prestatieafspraken 2025", TITLE), Paragraph("Afspraken tussen", BODY),
                 *[Paragraph(p, HEAD) for p in parties], Paragraph("Vastgesteld op 10 december 2024", BODY),
                 PageBreak(), Paragraph("Afspraken", HEAD),
                 *[Paragraph(f"{i}. {t}", BODY) for i, t in enumerate(SUB_BLOCKS["Gemeente Eikdorp"], 1)]]
    doc = run.extract(build(tmp_path / "c.pdf", flowables), parse={"backend": backend}, model=None)
    assert doc.meta.corporaties == ("Woonstichting De Eik", "Kwelderwonen")
    assert doc.meta.huurdersorganisaties == ("Huurdersvereniging Het Anker",)


def test_cover_lines_of_three_corporaties_joined_into_one_paragraph(tmp_path, backend):
    """A title page listing five parties one per plain line (the cleaner joins them into one paragraph), one of
    them without a type word: each party is read back, the corporaties apart from the gemeente and the koepel."""
    line = ParagraphStyle("l", fontName="Helvetica", fontSize=11, leading=15)
    parties = ["Gemeente Eikdorp", "Woonstichting De Ruit", "Polderwerk Wonen", "Woningbouwvereniging Het Lage Veld",
               "Huurderskoepel Eikdorp"]
    flowables = [Paragraph("Uitvoeringsprogramma 2025", TITLE), *[Paragraph(p, line) for p in parties], PageBreak(),
                 Paragraph("1 Betaalbaar wonen", HEAD),
                 Paragraph("1.1 Polderwerk Wonen levert in 2025 ten minste 40 sociale huurwoningen op.", BODY),
                 Paragraph("1.2 De Ruit isoleert in 2025 ten minste 120 woningen tot minimaal label B.", BODY)]
    doc = run.extract(build(tmp_path / "p.pdf", flowables), parse={"backend": backend}, model=None)
    assert set(doc.meta.corporaties) == {"Woonstichting De Ruit", "Polderwerk Wonen",
                                         "Woningbouwvereniging Het Lage Veld"}
    assert doc.meta.huurdersorganisaties == ("Huurderskoepel Eikdorp",)


def test_a_name_as_often_without_its_type_word_keeps_the_type_word():
    """klaverwijk-2026: "Woongoed Heidezoom" once in the cover line, "Heidezoom" once in an enumeration read whole
    once its three columns no longer interleave; the fuller name is the corporatie."""
    from pipeline.meta import _dedupe

    names = ["Woonstichting Klaverhof", "Klaverhof", "Heidezoom", "Woonstichting Klaverhof", "Woongoed Heidezoom"]
    assert _dedupe(names) == ["Woonstichting Klaverhof", "Woongoed Heidezoom"]
    assert _dedupe(["Heidezoom", "Heidezoom", "Woongoed Heidezoom"]) == ["Heidezoom"]
