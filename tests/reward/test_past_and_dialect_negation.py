"""A present fact answered with a past that no longer holds ("I had a dog named Rex as a kid",
"我小时候养过一只猫叫年糕", "子供の頃は囲碁が趣味でした", "어렸을 때 대전에 살았어요"), an age as the time
something happened ("我30岁那年辞了职", "38歳のとき店を継いだ", "30살 때 결혼했어요", "I was 38 when
I moved"), and negations in dialect or idiom ("38歳ちゃうわ", "대전 아이다", "30살은 무슨", "I'm hardly
38", "30岁，怎么可能。"): the value is not the character's now. The plain present still is."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, key, question):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question)


AGE = {"en": gt("en", "38", "How old are you?"), "zh": gt("zh", "30岁", "你今年多大？"),
       "ja": gt("ja", "38歳", "おいくつですか？"), "ko": gt("ko", "30살", "몇 살이에요?")}
PET = {"en": gt("en", "Rex", "What's your dog called?"), "zh": gt("zh", "年糕", "你的猫叫什么？"),
       "ja": gt("ja", "囲碁", "趣味は何ですか？"), "ko": gt("ko", "대전", "어디 살아요?")}


@pytest.mark.parametrize("truth,answer", [
    (PET["en"], "I had a dog named Rex as a kid."),
    (PET["zh"], "我小时候养过一只猫叫年糕。"),
    (PET["ja"], "子供の頃は囲碁が趣味でした。"),
    (PET["ko"], "어렸을 때 대전에 살았어요."),
    (AGE["zh"], "我30岁那年辞了职。"),
    (AGE["ja"], "38歳のとき店を継ぎました。"),
    (AGE["ko"], "30살 때 결혼했어요."),
    (AGE["en"], "I was 38 when I moved here."),
    (AGE["ja"], "38歳ちゃうわ。"),
    (PET["ko"], "대전 아이다."),
    (AGE["ko"], "30살은 무슨."),
    (AGE["en"], "I'm hardly 38."),
    (AGE["en"], "I'm younger than 38."),
    (AGE["zh"], "30岁，怎么可能。"),
    (AGE["zh"], "我哪有30岁。"),
    (AGE["ja"], "もうすぐ38歳です。"),
])
def test_not_the_value_now(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (PET["en"], "Rex. Had him since he was a pup."),
    (PET["zh"], "年糕，从小养到大的。"),
    (PET["ja"], "囲碁です。子供の頃から今も続けてます。"),
    (PET["ko"], "대전에 살아요."),
    (AGE["zh"], "我今年30岁。"),
    (AGE["ja"], "38歳です。"),
    (AGE["ko"], "30살이에요."),
    (AGE["en"], "38, last time I checked."),
    (AGE["ja"], "38歳でございます。"),
])
def test_the_present_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
