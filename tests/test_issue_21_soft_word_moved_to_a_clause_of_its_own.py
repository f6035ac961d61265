"""A rewording that moves the soft word of an afspraak into a clause of its own ("..., waarbij een 7,5 wordt
nagestreefd", "...; complexe casussen worden maandelijks besproken") keeps the commitment: it was reported as made
firmer because the first clause alone reads as a plain promise (issue #21)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

import pipeline
from pipeline.changes import compare

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)


def _pdf(path, year: int, items: list[str]):
    flow = [Paragraph(f"Prestatieafspraken Wadlo {year}", HEAD)]
    flow += [Paragraph(f"{i}. {t}", BODY) for i, t in enumerate(items, 1)]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


OLD = [
    "Woonstichting Wadlo meet het oordeel van huurders na iedere reparatie en streeft naar een gemiddeld cijfer van "
    "ten minste 7,5.",
    "Partijen werken bij ernstige overlast samen in het meldpunt overlast en bespreken lastige casussen ten minste "
    "eenmaal per maand in het wijkzorgoverleg.",
    "Partijen streven ernaar de gemiddelde inschrijfduur van woningzoekenden terug te brengen tot hoogstens vier jaar.",
]
NEW = [
    "Na iedere reparatie wordt door Woonstichting Wadlo het oordeel van huurders gemeten, waarbij een gemiddeld cijfer "
    "van ten minste 7,5 wordt nagestreefd.",
    "Bij ernstige overlast werken partijen samen in het meldpunt overlast; lastige casussen worden ten minste eenmaal "
    "per maand besproken in het wijkzorgoverleg.",
    "Het verkorten van de wachttijd blijft een gezamenlijke opgave; daarbij wordt ernaar gestreefd dat de gemiddelde "
    "inschrijfduur van woningzoekenden niet meer dan vier jaar bedraagt.",
]


def test_issue_21_a_soft_word_moved_to_a_clause_of_its_own_is_a_rewording(tmp_path):
    old = pipeline.extract(_pdf(tmp_path / "old.pdf", 2025, OLD), model=None)
    new = pipeline.extract(_pdf(tmp_path / "new.pdf", 2026, NEW), model=None)
    comparison = compare(old, new)
    pairs = [c for c in comparison.changes if c.old is not None and c.new is not None]
    assert len(pairs) == 3
    assert {c.status for c in pairs} <= {"reworded", "unchanged"}, [(c.status, c.reasons) for c in pairs]


def test_issue_21_a_soft_word_dropped_from_every_clause_still_firms_the_afspraak(tmp_path):
    old = pipeline.extract(_pdf(tmp_path / "old.pdf", 2025, OLD[:1]), model=None)
    firm = ["Woonstichting Wadlo meet het oordeel van huurders na iedere reparatie en haalt een gemiddeld cijfer van "
            "ten minste 7,5."]
    new = pipeline.extract(_pdf(tmp_path / "new.pdf", 2026, firm), model=None)
    (change,) = compare(old, new).changes
    assert change.status == "strengthened"
