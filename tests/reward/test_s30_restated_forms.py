"""Session 30: one value restated in another written form is no repetition ("一米八三，183厘米", "10/5です、
えっと、10月の5日です"), and a CJK word of up to four characters said twice is emphasis as one English word
is ("에스카르! 벨카 말고, 에스카르"). A copy written the same way, a third saying, and a short sentence with
"I" or a number said twice ("我属虎！我属虎！", "我28岁！我28岁！") still count."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate


def truth(language, question, key, negatives=()):
    return GroundTruth(answer=key, keywords=((key,),), negative_keywords=tuple(negatives), language=language, question=question)


@pytest.mark.parametrize("language,question,key,answer", [
    ("zh", "你多高？", "183厘米", "一米八三，183厘米，不穿鞋。"), ("ja", "誕生日はいつですか？", "10月5日", "10/5です、えっと、10月の5日です。"),
    ("ko", "네 용 이름이 뭐야?", "에스카르", "에스카르! 벨카 말고, 에스카르. 헷갈리지 마."),
    ("ja", "好きな食べ物は？", "きなこもち", "こゆき、きなこもちが大好き！こゆき、毎日でも食べたいな。"),
])
def test_a_value_restated_or_a_short_word_said_twice_is_no_padding(language, question, key, answer):
    assert evaluate(answer, truth(language, question, key)).accuracy == 1.0, answer


@pytest.mark.parametrize("language,question,key,answer", [
    ("zh", "你多高？", "183厘米", "183厘米，183厘米，不穿鞋。"), ("zh", "你多高？", "183厘米", "一米八三，183厘米，一百八十三厘米。"),
    ("ja", "誕生日はいつですか？", "10月5日", "10月5日です、えっと、10月5日です。"), ("zh", "你属什么？", "虎", "我属虎！我属虎！"),
    ("zh", "你多大？", "28", "我28岁！我28岁！"), ("ko", "네 용 이름이 뭐야?", "에스카르", "에스카르! 에스카르! 에스카르!"),
])
def test_a_copy_a_third_saying_or_a_short_sentence_twice_is_still_padding(language, question, key, answer):
    assert evaluate(answer, truth(language, question, key)).accuracy < 1.0, answer


# --- a Chinese verb and its object said apart ("钓个鱼" for 钓鱼)

@pytest.mark.parametrize("key,answer", [("钓鱼", "平时就爱钓个鱼、下下象棋。"), ("游泳", "会啊，周末常去游个泳。"),
                                        ("下棋", "去公园下盘棋。"), ("打篮球", "周末打了篮球。")])
def test_a_chinese_verb_and_object_said_apart_is_the_keyword(key, answer):
    assert evaluate(answer, truth("zh", "你平时干啥？", key)).accuracy == 1.0, answer


@pytest.mark.parametrize("key,answer", [("下棋", "没下过棋。"), ("钓鱼", "不钓了个鱼。"), ("游泳", "从没游过泳。")])
def test_a_chinese_verb_and_object_said_apart_and_negated_is_refused(key, answer):
    assert evaluate(answer, truth("zh", "你平时干啥？", key)).accuracy == 0.0, answer
