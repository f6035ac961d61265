"""Compare errors split M's pairs showed (issue #21), each one general cause, on sentences written for the test
in the manner of real agreements."""

from __future__ import annotations

from pipeline.compare import compare_texts
from pipeline.frames import text_to_frame
from pipeline.types import Reason


def kinds(reasons: list[Reason]) -> dict[str, int]:
    return {r.kind: r.direction for r in reasons}


def test_an_aim_named_with_als_doel_is_an_intent():
    assert text_to_frame("Bij de afhandeling van klachten heeft de corporatie als doel een gemiddeld "
                         "klantoordeel van ten minste 7,8.").modality == "intent"
    assert text_to_frame("De gemeente stelt zich ten doel jaarlijks 30 starterswoningen te laten bouwen."
                         ).modality == "intent"
    # the same aim as "streeft naar" is a rewording, not a firmer promise
    old = "De corporatie streeft naar een gemiddeld klantoordeel van ten minste 7,8 voor de afhandeling van klachten."
    new = "Voor de afhandeling van klachten heeft de corporatie als doel een gemiddeld klantoordeel van minimaal 7,8."
    assert "modality" not in kinds(compare_texts(old, new))
    # "als" before anything else still opens an if-clause
    assert text_to_frame("Als de gemeente de grond levert, bouwt de corporatie 40 woningen.").modality == "firm"
