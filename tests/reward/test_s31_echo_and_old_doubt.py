"""The user's word handed back with "you say?" is asked back, not asserted (session 31,
frames._SAY_TAILS): "Cream, tha says?", "河间府，你说？"; and the archaic or dialect words for
"perhaps" doubt like it ("Happen it were cream", "Mayhap 'twas cream", lexicon/en.yaml doubt). The
echo followed by a real answer, and "happen" as a verb, are paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

HOB = GroundTruth(answer="A bowl o' cream, lass.", keywords=(("cream",),), negative_keywords=("honey", "bread"), language="en",
                  question="What did I leave on the hearth for you tonight?")
ZH = GroundTruth(answer="河间府的！", keywords=(("河间府",),), negative_keywords=("静海",), language="zh", question="我老家是哪儿的？",
                 subject="user", focus="conversation_memory")


@pytest.mark.parametrize("answer", ["Cream, tha says? Hob'd have to see it wi' his own een first.",
                                    "Cream, you say? Who told thee that?", "Cream, did you say? Hob never saw it.",
                                    "Happen it were cream, happen it were nowt at all.", "Mayhap 'twas cream, mayhap not.",
                                    "Belike cream, lass, or summat like it."])
def test_an_echo_or_an_old_perhaps_is_not_asserted(answer):
    assert keyword_accuracy(answer, HOB) == 0.0, answer


@pytest.mark.parametrize("answer", ["Cream, you say? Aye, cream it were, lass.",
                                    "A bowl o' cream, lass — Hob saw it happen wi' his own een.",
                                    "Cream! Happen tha'll leave more tomorrow, an' all.", "Cream, lass, and it'll happen again tomorrow."])
def test_a_real_answer_with_an_echo_or_the_verb_happen_is_paid(answer):
    assert keyword_accuracy(answer, HOB) == 1.0, answer


@pytest.mark.parametrize("answer,paid", [("河间府，你说？俺可不记得。", 0.0), ("河间府，你是说？", 0.0), ("河间府，你说过的，俺记着呢。", 1.0)])
def test_a_chinese_echo(answer, paid):
    assert keyword_accuracy(answer, ZH) == paid, answer
