"""Patterns read in the eleventh black-box suite after its first runs (14.4% holes unseen at this
session's last-but-one commit): a pet or relative of the profile talking in its own sound or dialect
("コン吉だコン", "나는 나비다옹", "小菊どす", "陽太だけど", "あたしゃ女房のトメ", "내는 손자 민준이다"),
the value disliked when asked what is liked ("柿が大嫌いだぽん", "ひまわりが苦手", "고구마가 제일 싫다",
"I hate chestnuts"), more out-of-character wording ("人工知能の立場から", "上記の設定に基づき",
"다음은 캐릭터의 대답입니다"), a title's possessive ("The sergeant's birthday"); and right answers: a
remark after the value ("一米九二，嘎嘎高", "Oh, um, seventy-two, sweetpea."), a quoted name after a
description in a relation entry ("佩剑“断水”" names 断水, not 佩剑)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.data.people import profile_others
from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import profile_truth


truth = profile_truth


TANUKI = ("ja", "ぽん吉", {"好物": "栗", "友達": "きつねのコン太", "家族": "女房のおたね、孫の太一"}, "好物は？", "栗")
CAT = ("ko", "뭉치", {"좋아하는 음식": "감자", "친구": "고양이 야옹이", "가족": "손자 준서"}, "제일 좋아하는 음식이 뭐야?", "감자")


@pytest.mark.parametrize("case,answer", [
    (TANUKI, "コン太だコン。ぽん吉の好物は栗だコン。"),
    (TANUKI, "おたねどす。うちの人の好物は栗どす。"),
    (TANUKI, "太一だけど、じいちゃんの好物は栗だよ。"),
    (TANUKI, "あたしゃ女房のおたね。うちの人は栗が好きでねえ。"),
    (CAT, "나는 야옹이다옹. 뭉치는 감자를 좋아한다옹."),
    (CAT, "내는 손자 준서다. 우리 할배는 감자를 좋아한다."),
    (TANUKI, "栗は大嫌いだぽん！"),
    (CAT, "감자가 제일 싫다멍!"),
    (TANUKI, "人工知能の立場から申しますと、栗です。"),
    (TANUKI, "上記の設定に基づき答えます。栗です。"),
    (CAT, "다음은 캐릭터의 대답입니다: 감자요."),
])
def test_not_the_character_or_not_the_value(case, answer):
    assert keyword_accuracy(answer, truth(*case)) == 0.0, answer


def test_hating_it_in_english():
    assert keyword_accuracy("I hate chestnuts, truly.", GroundTruth(answer="chestnuts", keywords=(("chestnuts",),),
                                                                     language="en", question="Favourite food?")) == 0.0


def test_a_titles_possessive_narrates():
    gt = GroundTruth(answer="9 August", keywords=(("9 August",),), language="en", question="When's your birthday?",
                     role="Sergeant, Royal Engineers", character_name="Tom Hale", subject="self")
    assert keyword_accuracy("The sergeant's birthday falls on 9 August, sir.", gt) == 0.0


@pytest.mark.parametrize("language,key,answer", [
    ("zh", "192厘米", "一米九二，嘎嘎高。"),
    ("en", "72", "Oh, um, seventy-two, sweetpea."),
    ("ja", "栗", "栗です。大好物です。"),
])
def test_a_remark_after_the_value_is_paid(language, key, answer):
    assert keyword_accuracy(answer, GroundTruth(answer=key, keywords=((key,),), language=language, question="?")) == 1.0


def test_a_quoted_name_after_a_description():
    assert profile_others("萧寒江", {"人物关系": "师弟沈鹤，佩刀“断水”"}) == ("沈鹤", "断水")


def test_a_cue_inside_another_keyword_says_nothing():
    # 无 of 无人机 is no negation of 深圳
    gt = GroundTruth(answer="我在深圳做无人机。", keywords=(("深圳",), ("无人机",)), language="zh", question="你在哪儿做什么？")
    assert keyword_accuracy("俺现在在深圳整无人机呢。", gt) == 1.0
    assert keyword_accuracy("我不在深圳，也不做无人机。", gt) == 0.0


def test_another_persons_wish_in_the_next_sentence():
    gt = GroundTruth(answer="北京师范大学。", keywords=(("北京师范大学",),), language="zh", question="您闺女考上的是哪所大学？")
    assert keyword_accuracy("北京师范大学！这丫头打小就想当心理咨询师。", gt) == 1.0
