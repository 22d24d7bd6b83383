"""A negative keyword said in another form (negative_forms.py, lexicon/synonyms.yaml) is refused like
the negative itself; the same form negated, or a form a keyword holds, is not."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

JOB = {
    "zh": GroundTruth(answer="我是律师。", keywords=(("律师",),), negative_keywords=("医生",), language="zh",
                      question="你是做什么的？"),
    "ja": GroundTruth(answer="弁護士です。", keywords=(("弁護士",),), negative_keywords=("医者",), language="ja",
                      question="お仕事は？"),
    "ko": GroundTruth(answer="변호사예요.", keywords=(("변호사",),), negative_keywords=("의사",), language="ko",
                      question="직업이 뭐예요?"),
    "en": GroundTruth(answer="I'm a lawyer.", keywords=(("lawyer",),), negative_keywords=("doctor",), language="en",
                      question="What do you do?"),
}


@pytest.mark.parametrize("lang,answer", [
    ("zh", "律师。其实我是大夫。"),
    ("ja", "弁護士です。本業は医師です。"),
    ("ko", "변호사예요. 사실 닥터예요."),
    ("en", "A lawyer. Well, a physician really."),
])
def test_the_negative_in_another_word_is_a_second_value(lang, answer):
    assert keyword_accuracy(answer, JOB[lang]) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("zh", "律师，不是大夫。"),
    ("ja", "弁護士です。医師ではありません。"),
    ("ko", "변호사예요. 닥터는 아니에요."),
    ("en", "A lawyer, not a physician."),
])
def test_the_other_form_negated_stays_paid(lang, answer):
    assert keyword_accuracy(answer, JOB[lang]) == 1.0


def test_a_kana_reading_and_a_short_form_of_the_negative_are_the_negative():
    truth = GroundTruth(answer="趣味は将棋です。", keywords=(("将棋",),), negative_keywords=("囲碁",), language="ja",
                        question="趣味は？")
    assert keyword_accuracy("将棋と碁です。", truth) == 0.0
    assert keyword_accuracy("将棋、それといごも。", truth) == 0.0
    assert keyword_accuracy("将棋です。碁は打ちません。", truth) == 1.0


def test_a_form_the_keyword_holds_is_never_a_negative():
    truth = GroundTruth(answer="我是医师。", keywords=(("医师",),), negative_keywords=("医生",), language="zh",
                        question="你是做什么的？")
    assert keyword_accuracy("我是医师。", truth) == 1.0


def test_a_married_synonym_contradicts_an_unmarried_answer():
    truth = GroundTruth(answer="아직 미혼이에요.", keywords=(("미혼",),), negative_keywords=("기혼",), language="ko",
                        question="결혼하셨어요?")
    assert keyword_accuracy("미혼이지만 유부녀예요.", truth) == 0.0
    assert keyword_accuracy("미혼이에요. 유부남 친구들이 부럽죠.", truth) == 1.0
