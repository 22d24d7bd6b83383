"""Session 32 (r3): report. Another's reckoning of the same quantity ("22 years, though Father Benedict
reckons it 15", "二十二年，不过师父算成15年") leaves two figures standing; another's figure for another
thing, or a reckoning called wrong, does not."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

YEARS = {"en": GroundTruth(answer="22 years.", keywords=(("22",),), negative_keywords=("15",), language="en",
                           question="How many years have you worked here?", subject="self"),
         "zh": GroundTruth(answer="22年。", keywords=(("22年",),), negative_keywords=("15年",), language="zh",
                           question="你在这儿干了多少年了？", subject="self")}


@pytest.mark.parametrize("lang,answer", [
    ("en", "Verily, 22 years, though Father Benedict reckoneth it 15."),
    ("en", "22 years, though the abbot counts it 15, from my vows."), ("en", "22 years, but the ledger puts it at 15."),
    ("zh", "22年，不过师父算成15年。"), ("zh", "干了22年，可账上记作15年。"),
])
def test_anothers_reckoning_of_the_same_quantity_is_a_second_figure(lang, answer):
    assert keyword_accuracy(answer, YEARS[lang]) < 1.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "22 years, though my brother has worked 15 at the mill."), ("en", "22 years. The abbot has been here 15."),
    ("zh", "22年，不过我徒弟才干了15年。"),
])
def test_anothers_figure_for_another_thing_stays_colour(lang, answer):
    assert keyword_accuracy(answer, YEARS[lang]) == 1.0, answer
