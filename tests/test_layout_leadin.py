"""Unnumbered bullet fragments that complete a lead-in naming who commits ("De gemeente:", "X zeggen toe:",
"Partijen spreken af dat zij:", "X zet zich in om:"), beside bullet lists under a lead-in of facts or figures that
are no afspraken. The lead-in is kept with each fragment (`Afspraak.lead_in`) and read with it by the frame and by
compare."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline import run
from pipeline.changes import compare
from pipeline.frames import document_frames

BODY = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14)
LEAD = ParagraphStyle("l", fontName="Times-Italic", fontSize=10.5, leading=14, spaceBefore=4)
BULLET = ParagraphStyle("u", fontName="Times-Roman", fontSize=10.5, leading=14, leftIndent=16, bulletIndent=4)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)

COMMITS = "Woonstichting Eikhof en Woonstichting Vlier zeggen toe:"


def lists(commit_lead: str = COMMITS) -> list:
    def bullets(items: list[str]) -> list:
        return [Paragraph(text, BULLET, bulletText="•") for text in items]

    return [
        Paragraph("Prestatieafspraken 2025 gemeente Ooststad", HEAD),
        Paragraph("1 Nieuwbouw", HEAD),
        Paragraph("De vraag naar sociale huurwoningen blijft groot in Ooststad en de wachttijd loopt op.", BODY),
        Paragraph("Enkele gegevens van de woningmarkt:", LEAD),
        *bullets(["woningbehoefte tot 2030 volgens de woondeal: 1.450 woningen;",
                  "aantal sociale huurwoningen per 1 januari 2025: 5.812."]),
        Paragraph(commit_lead, LEAD),
        *bullets(["jaarlijks ten minste 40 sociale huurwoningen op te leveren;",
                  "in 2025 ten minste 220 woningen na te isoleren; en",
                  "uiterlijk eind 2025 een plan voor de Vlasmarkt op te stellen."]),
        Paragraph("De gemeente:", LEAD),
        *bullets(["stelt vóór 1 juli 2025 het wijkuitvoeringsplan voor de wijk Oostkade vast."]),
        Paragraph("2 Leefbaarheid", HEAD),
        Paragraph("Aandachtspunten uit de evaluatie:", LEAD),
        *bullets(["meer meldingen van overlast door vervuiling van portieken en bergingen;",
                  "weinig ontmoetingsplekken voor oudere bewoners."]),
        Paragraph("Partijen spreken af dat zij:", LEAD),
        *bullets(["de voortgang van deze afspraken twee keer per jaar bespreken in het overleg."]),
    ]


def build(path: Path, flowables: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flowables)
    return path


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    return run.extract(build(tmp_path_factory.mktemp("leadin") / "l.pdf", lists()), model=None)


def test_bullets_under_a_lead_in_naming_who_commits_are_afspraken_and_figures_are_not(doc):
    assert [a.text for a in doc.afspraken] == [
        "jaarlijks ten minste 40 sociale huurwoningen op te leveren;",
        "in 2025 ten minste 220 woningen na te isoleren; en",
        "uiterlijk eind 2025 een plan voor de Vlasmarkt op te stellen.",
        "stelt vóór 1 juli 2025 het wijkuitvoeringsplan voor de wijk Oostkade vast.",
        "de voortgang van deze afspraken twee keer per jaar bespreken in het overleg.",
    ]


def test_each_fragment_keeps_its_lead_in_outside_its_text(doc):
    assert [a.lead_in for a in doc.afspraken] == [COMMITS] * 3 + ["De gemeente:", "Partijen spreken af dat zij:"]
    assert all(":" not in a.text for a in doc.afspraken)
    assert doc.afspraken[0].to_dict()["lead_in"] == COMMITS


def test_the_frame_reads_actor_and_modality_from_the_lead_in(doc):
    frames = document_frames(doc)
    actors = [frames[a.id].actors for a in doc.afspraken]
    assert actors == [("corporatie",)] * 3 + [("gemeente",), ("partijen",)]
    assert frames[doc.afspraken[0].id].modality == "firm"
    assert frames[doc.afspraken[0].id].action == "opleveren"  # the action stays the fragment's own
    intent = replace(doc.afspraken[0], lead_in="Woonstichting Eikhof zet zich in om:")
    assert document_frames(replace(doc, afspraken=(intent,)))[intent.id].modality == "intent"


def test_a_lead_in_that_commits_less_weakens_the_same_fragment(doc, tmp_path):
    weaker = run.extract(build(tmp_path / "w.pdf", lists("Woonstichting Eikhof en Woonstichting Vlier zetten zich "
                                                          "in om:")), model=None)
    changes = {c.new.text: c for c in compare(doc, weaker).changes if c.new is not None}
    first = changes["jaarlijks ten minste 40 sociale huurwoningen op te leveren;"]
    assert first.status == "weakened"
    assert [r.kind for r in first.reasons] == ["modality"]
    assert changes["de voortgang van deze afspraken twee keer per jaar bespreken in het overleg."].status == "unchanged"
