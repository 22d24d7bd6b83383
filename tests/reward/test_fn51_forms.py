"""Right answers an outside tester wrote that the reward refused: a rhetorical question or negation
about forgetting that asserts the value ("How could I forget Lily?", "怎么会不记得小美呢", "7時を忘れる
わけないでしょ", "어떻게 지민이를 잊어?"), a colon clock time with a period word ("3:00 p.m.",
"下午3:00", "午後3:00", "오후 3:00"), Japanese kana readings (ごごさんじ, しがつここのか, トーキョー),
and short forms of colours and places (红的, 파랑, 제주, 大阪 for 大阪府). Their wrong twins stay refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import user_memory_truth


cm = user_memory_truth


def sbk(language, key):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question="?")


@pytest.mark.parametrize("truth,answer", [
    (cm("en", "Rosa", "What's my niece called?"), "How could I forget little Rosa?"),
    (cm("en", "Rosa", "What's my niece called?"), "Who could forget Rosa?"),
    (cm("zh", "阿宝", "我家狗叫什么来着？"), "怎么会不记得阿宝呢？"),
    (cm("zh", "阿宝", "我家狗叫什么来着？"), "你家狗不是叫阿宝嘛。"),
    (cm("ja", "8時", "集合って何時だっけ？"), "8時を忘れるわけないやろ？"),
    (cm("ko", "하늘", "내 조카 이름 뭐였지?"), "어떻게 하늘이를 잊어?"),
])
def test_a_rhetorical_question_about_forgetting_asserts(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (cm("en", "Rosa", "What's my niece called?"), "Is it Rosa?"),
    (cm("zh", "阿宝", "我家狗叫什么来着？"), "是阿宝吗？"),
    (cm("ja", "8時", "集合って何時だっけ？"), "8時ですか？"),
    (cm("ko", "하늘", "내 조카 이름 뭐였지?"), "하늘이야?"),
])
def test_a_plain_question_still_asks_back(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("language,key,right,wrong", [
    ("en", "4 p.m.", "4:00 p.m. sharp.", "4:00 a.m. sharp."),
    ("zh", "下午4点", "下午4:00。", "上午4:00。"),
    ("ja", "午後4時", "午後4:00です。", "午前4:00です。"),
    ("ko", "오후 4시", "오후 4:00에요.", "오전 4:00에요."),
    ("ja", "午後4時", "ごごよじです。", "ごぜんよじです。"),
    ("ja", "5月9日", "ごがつここのかです。", "ごがつとおかです。"),
    ("ja", "京都", "キョートです。", "オーサカです。"),
    ("zh", "蓝色", "我喜欢蓝的。", "我喜欢蓝莓。"),
    ("ko", "빨간색", "빨강이 좋아.", "파랑이 좋아."),
    ("ko", "강원도", "강원에 살아요.", "경기에 살아요."),
    ("ja", "京都府", "京都です。", "大阪です。"),
])
def test_other_forms_of_the_same_value(language, key, right, wrong):
    assert keyword_accuracy(right, sbk(language, key)) == 1.0, right
    assert keyword_accuracy(wrong, sbk(language, key)) == 0.0, wrong


@pytest.mark.parametrize("language,key,right,wrong", [
    ("en", "fish and chips", "Fish 'n' chips, every Friday.", "Pie 'n' mash, every Friday."),
    ("ko", "청록색", "청록빛이 좋소.", "남색이 좋소."),
    ("ko", "바둑 두기", "바둑을 좋아하오.", "장기를 좋아하오."),
])
def test_more_forms_of_the_same_value(language, key, right, wrong):
    assert keyword_accuracy(right, sbk(language, key)) == 1.0, right
    assert keyword_accuracy(wrong, sbk(language, key)) == 0.0, wrong
