"""An afspraak closed by its owner abbreviated in round brackets ("... op. (Corp.)", "(Gem.)", as a slide deck
tags its points and explains once on its title slide) kept the tag in its text and had no trekker; an
abbreviation of a role word or of a party's name is the trekker as printed, other bracketed words stay text
(issue #21)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

import pipeline

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
HEAD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)


def test_issue_21_abbreviated_owner_tag_kept_in_text(tmp_path):
    items = [
        "Woonstichting Dalhof levert in 2025 in het plan De Akker 36 sociale huurwoningen op. (Corp.)",
        "De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 18.500 per woning. (Gem.)",
        "Partijen streven ernaar dat de sociale voorraad tot en met 2030 ten minste 3.150 woningen omvat.",
        "Dalhof houdt haar leningen in 2025 binnen de normen van het waarborgfonds. (Ong.)",
    ]
    flow = [Paragraph("Prestatieafspraken Dalmeer 2025", HEAD),
            Paragraph("Gemeente Dalmeer en Woonstichting Dalhof maken de volgende afspraken.", BODY)]
    flow += [Paragraph(f"{i}.\u00a0\u00a0{t}", BODY) for i, t in enumerate(items, 1)]
    path = tmp_path / "abbreviated.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    got = [(a.text[-20:], a.trekker) for a in pipeline.extract(path, model=None).afspraken]
    assert got == [
        ("sociale huurwoningen op."[-20:], "Corp."),
        ("€ 18.500 per woning."[-20:], "Gem."),
        ("ten minste 3.150 woningen omvat."[-20:], None),
        ("het waarborgfonds. (Ong.)"[-20:], None),
    ]
