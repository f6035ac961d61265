"""A form's check boxes drawn as vector graphics, ticked with a cross of two slanted strokes or left empty (issue
#21; oudervaart in dev: "Betrokken partijen ☒ Gemeente ☒ Corporatie ☐ Huurders"), all read as the same bullet,
so which parties are involved was lost. A box crossed by strokes reads as a tick now, an empty one as a bullet,
and the form's row of boxes gives the card the parties ticked. A slanted stroke in no box stays a drawing.
"""

from __future__ import annotations

import pytest

from pipeline import run
from pipeline.parse.drawn_marks import Shape, mark_words, points_to_shape, slanted_stroke
from pipeline.parse.geometry import Word
from pipeline.parse.glyphs import BULLET, TICK

from .test_issue_21_filled_in_form_blocks_unread import BLOCKS, PARTIES, build


@pytest.mark.parametrize("backend", ["pdfplumber", "pdfium"])
def test_issue_21_the_parties_ticked_on_a_form_are_its_field(tmp_path, backend):
    doc = run.extract(build(tmp_path / "format.pdf"), parse={"backend": backend}, model=None)
    names = dict(PARTIES)
    assert [(a.attributes or {}).get("betrokken_partijen") for a in doc.afspraken] == [
        ", ".join(names[code] for code in ticked) for *_, ticked in BLOCKS]


def test_issue_21_a_slanted_stroke_marks_only_inside_a_box():
    word = Word("Gemeente", 20, 60, 100, 108, 8, False)
    box = points_to_shape([[(8, 101), (15, 101), (15, 108), (8, 108), (8, 101)]], (0, 0, 0), True)
    cross = [slanted_stroke([[(9, 102), (14, 107)]], (0, 0, 0), True),
             slanted_stroke([[(9, 107), (14, 102)]], (0, 0, 0), True)]
    assert isinstance(box, Shape) and all(s is not None and s.stroke for s in cross)
    assert [w.text for w in mark_words([word], [box, *cross])] == [TICK, "Gemeente"]
    assert [w.text for w in mark_words([word], [box])] == [BULLET, "Gemeente"]
    assert [w.text for w in mark_words([word], cross)] == ["Gemeente"]  # a connector's stroke: no mark
