"""A number keyword named as a label with a topic marker ("사물함 번호가 25", "ロッカーの番号は41", "柜子号码是
28", "my locker number is 34") is not the quantity asked for; a question asking for the label keeps it."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

QUESTIONS = {"en": "How old are you?", "zh": "你今年几岁？", "ja": "おいくつですか？", "ko": "나이가 어떻게 되세요?"}
LABEL_QUESTIONS = {"en": "What's your jersey number?", "zh": "你的学号是多少？", "ja": "背番号は？", "ko": "등번호가 몇 번이에요?"}


@pytest.mark.parametrize("lang,answer", [
    ("en", "My locker number is 52."),
    ("zh", "我的柜子号码是52。"),
    ("ja", "ロッカーの番号は52です。"),
    ("ko", "제 사물함 번호가 52예요."),
])
def test_a_number_named_as_a_label_is_not_the_age(lang, answer):
    truth = GroundTruth(answer="52", keywords=(("52",),), language=lang, question=QUESTIONS[lang])
    assert keyword_accuracy(answer, truth) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("en", "My number is 23."),
    ("zh", "我的学号是23。"),
    ("ja", "背番号は23です。"),
    ("ko", "제 등번호는 23이에요."),
])
def test_a_label_asked_for_is_paid(lang, answer):
    truth = GroundTruth(answer="23", keywords=(("23",),), language=lang, question=LABEL_QUESTIONS[lang])
    assert keyword_accuracy(answer, truth) == 1.0


@pytest.mark.parametrize("lang,answer", [("ko", "제 나이가 52예요."), ("ja", "年齢は52です。"), ("zh", "我年龄是52。")])
def test_the_age_named_with_a_topic_marker_is_paid(lang, answer):
    truth = GroundTruth(answer="52", keywords=(("52",),), language=lang, question=QUESTIONS[lang])
    assert keyword_accuracy(answer, truth) == 1.0
