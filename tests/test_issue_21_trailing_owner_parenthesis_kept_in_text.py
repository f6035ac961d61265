"""An afspraak closed by its owner in round brackets after its last sentence ("... tijdig te verlenen.
(Corporatie)", "(Gemeente en corporatie)") kept the parenthesis in its text and had no trekker; a role word or a
party's name there is the trekker, a code or an abbreviation ("(WSW)") stays text (issue #21)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

import pipeline

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)


def test_issue_21_trailing_owner_parenthesis_kept_in_text(tmp_path):
    items = [
        "Woonstichting Dalhof realiseert in 2025 ten minste 40 nieuwe sociale huurwoningen. De gemeente spant zich "
        "in om de vergunningen tijdig te verlenen. (Corporatie)",
        "De gemeente en Dalhof zorgen samen voor de huisvesting van 30 vergunninghouders. (Gemeente en corporatie)",
        "De gemeente evalueert in 2025 de woonvisie. (Gemeente)",
        "Dalhof houdt haar leningen in 2025 binnen de normen van het waarborgfonds. (WSW)",
    ]
    flow = [Paragraph("Prestatieafspraken Dalmeer 2025", HEAD),
            Paragraph("Gemeente Dalmeer en Woonstichting Dalhof maken de volgende afspraken.", BODY)]
    flow += [Paragraph(f"3.{i}\u00a0\u00a0{t}", BODY) for i, t in enumerate(items, 1)]
    path = tmp_path / "owners.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    got = [(a.text[-25:], a.trekker) for a in pipeline.extract(path, model=None).afspraken]
    assert got == [
        ("om de vergunningen tijdig te verlenen."[-25:], "Corporatie"),
        ("huisvesting van 30 vergunninghouders."[-25:], "Gemeente en corporatie"),
        ("evalueert in 2025 de woonvisie."[-25:], "Gemeente"),
        ("normen van het waarborgfonds. (WSW)"[-25:], None),
    ]
