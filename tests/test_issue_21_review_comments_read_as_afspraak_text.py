"""A concept printed with its review comments: balloons of a markup pane beside the text ("Opmerking [GB3]: ...",
"Met opmerkingen [ML5]: ...") on the same baselines as the body ran into the afspraak beside them, remarks that
read like commitments ("Gemeente zorgt ervoor dat ...") included. They are taken out (`review_comments`), issue #21."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

import pipeline

W, H = A4
ITEMS = [
    ["Elzenwaard realiseert in 2026 ten minste 52 nieuwe sociale",
     "huurwoningen, waarvan 36 in het plan Kloosterweide en 16 aan",
     "de Beukenlaan."],
    ["De gemeente stelt in het tweede kwartaal van 2026 een",
     "verordening vast, waarmee nieuwe middenhuurwoningen voor ten",
     "minste tien jaar beschikbaar blijven voor middeninkomens."],
    ["Elzenwaard stelt De Kandelaar per 1 januari 2026 een jaarlijks",
     "werkbudget van € 24.000 beschikbaar voor scholing, advies en",
     "communicatie met de achterban van de huurdersorganisatie."],
]
BALLOONS = {  # (item, line) -> balloon lines starting there
    (0, 0): ["Opmerking [GB3]: Lager dan in het bod (60). Oorzaak:", "vertraging door stikstofberekening.",
             "Gemeente zorgt ervoor dat de vergunning", "vóór maart rond is."],
    (2, 1): ["Met opmerkingen [ML9]: Indexering ontbreekt nog", "(zie opmerking vorig jaar)."],
}


def concept(path, pane: float):
    c = Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, 780, "Prestatieafspraken Hulstbroek 2026")
    c.setFont("Helvetica", 10)
    c.drawString(56, 750, "Gemeente Hulstbroek en Elzenwaard maken de volgende afspraken.")
    y = 725.0
    for n, item in enumerate(ITEMS, 1):
        c.drawString(56, y, f"3.{n}")
        for k, text in enumerate(item):
            c.setFont("Helvetica", 10)
            c.drawString(86, y, text)
            for j, balloon in enumerate(BALLOONS.get((n - 1, k), [])):
                c.setFont("Helvetica", 7)
                c.drawString(pane, y - j * 8.6, balloon)
            y -= 14
        y -= 8
    c.showPage()
    c.save()
    return path


def test_issue_21_review_comments_read_as_afspraak_text(tmp_path, backend):
    for pane in (404.0, 392.0):  # where the markup pane starts, right of the body's longest line (~385)
        doc = pipeline.extract(concept(tmp_path / f"concept{pane}.pdf", pane), parse={"backend": backend}, model=None)
        assert [a.text for a in doc.afspraken] == [" ".join(item) for item in ITEMS]
