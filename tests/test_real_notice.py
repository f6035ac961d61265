"""The one real document we have: the Westervoort council notice of 29 March 2022 (../shared/real)."""

from __future__ import annotations

import pytest

from pipeline.clean import clean
from pipeline.parse import parse_pdf
from pipeline.run import extract


@pytest.fixture(scope="module")
def notice(real_notice):
    return extract(real_notice, model=None)


def test_real_notice_has_exactly_its_twelve_afspraken(notice):
    got = [(a.party, a.number) for a in notice.afspraken]
    expected = (
        [("Vivare", str(n)) for n in range(1, 8)]
        + [("Plavei", "1"), ("Plavei", "2")]
        + [("Woonzorg Nederland", str(n)) for n in range(1, 4)]
    )
    assert got == expected


def test_real_notice_pages_and_texts(notice):
    by_key = {(a.party, a.number): a for a in notice.afspraken}
    vivare3 = by_key[("Vivare", "3")]
    # item 3 runs over the page break, past two footnotes, and ends on page 3
    assert vivare3.page == 2 and vivare3.end_page == 3
    assert "75-135 sociale huurwoningen" in vivare3.text
    assert "dat wij bij nieuwe woningbouw-initiatieven" in vivare3.text
    assert vivare3.text.endswith("is nieuwbouw van sociale huur noodzakelijk")
    assert "Maatwerk bieden" not in vivare3.text  # footnote 1 stays out
    assert by_key[("Plavei", "1")].page == 4
    # the signature that follows the last item on the same lines is cut off
    last = by_key[("Woonzorg Nederland", "3")]
    assert last.text.endswith("die in vrijwel alle complexen aanwezig zijn.")
    assert "Burgemeester" not in last.text


def test_real_notice_superscript_markers_are_taken_out_of_words(notice):
    texts = {a.number + (a.party or ""): a.text for a in notice.afspraken}
    assert "onze woningvoorraad de komende jaren" in texts["2Vivare"]
    assert "(boven de EU-doelgroepgrens) kunnen" in texts["6Vivare"]


def test_real_notice_footnotes_are_separated(real_notice):
    layout = clean(parse_pdf(real_notice))
    assert [(f.marker, f.page) for f in layout.footnotes] == [("1", 2), ("2", 2), ("3", 3)]
    assert layout.footnotes[2].text.startswith("huishoudens met een inkomen tussen € 40.024")
    body = " ".join(b.text for b in layout.blocks)
    assert "Maatwerk bieden aan huurders" not in body
    # page numbers at the foot of each page are gone
    assert not any(b.text.strip() in {"1", "2", "3", "4"} for b in layout.blocks)


def test_real_notice_theme_bullets_and_trailing_lists_are_not_afspraken(notice):
    texts = [a.text for a in notice.afspraken]
    themes = {"Beschikbaarheid en betaalbaarheid", "Duurzaamheid en klimaat", "Kwaliteit", "Leefbaarheid"}
    assert not themes & set(texts)
    assert not any("201555801" in t or "https://" in t for t in texts)


def test_real_notice_metadata(notice):
    meta = notice.meta
    assert meta.type == "kennisgeving"
    assert meta.years == (2022,)
    assert meta.gemeenten[0] == "Westervoort"
    assert set(meta.corporaties) == {"Vivare", "Plavei", "Woonzorg Nederland"}
    assert meta.pages == 4


def test_real_notice_ids_are_stable_and_unique(real_notice, notice):
    again = extract(real_notice, model=None)
    assert [a.id for a in again.afspraken] == [a.id for a in notice.afspraken]
    assert len({a.id for a in notice.afspraken}) == 12
    assert all(a.id.startswith(notice.meta.sha256[:12]) for a in notice.afspraken)
