"""Who speaks and whose fact it is, in the words people really use: a speaker naming itself as a
third person's relative with a dialect or humble "I" ("俺是她老伴", "奴家是他的丫鬟") or a dialect word
for a spouse ("俺是他屋里的"); the user's fact claimed by an "I" after an interjection or a pet's noise
("喵～本喵明天要去奶奶家", "嗐，我也得去T3接我闺女") - a relative after the keyword is whom the speaker
goes with, not the owner of the value."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def own(key, question, answer, name):
    return GroundTruth(answer=answer, keywords=((key,),), language="zh", question=question, character_name=name)


CHICKENS = own("18", "王大娘，您家院里养了多少只鸡啊？", "18只芦花鸡！", "王桂兰")
MILES = own("一百八十里", "张大哥，你一天能跑多远？", "一天一百八十里！", "张九")


@pytest.mark.parametrize("truth,answer", [
    (CHICKENS, "俺是她老伴，她养了18只鸡，上集去了。"),
    (MILES, "俺是他屋里的，他一天能跑一百八十里。"),
    (MILES, "奴家是他的丫鬟，少爷一天能跑一百八十里。"),
    (MILES, "小的是他伙计，掌柜一天跑一百八十里。"),
])
def test_another_speaker_by_a_dialect_i_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (CHICKENS, "俺养了18只鸡，俺老伴天天喂。"),
    (MILES, "俺是老实人，一天能跑一百八十里。"),
    (MILES, "咱是看着他长大的，咱一天也能跑一百八十里。"),
])
def test_the_character_with_a_dialect_i_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


def user(key, question, answer):
    return GroundTruth(answer=answer, keywords=((key,),), language="zh", question=question, subject="user",
                       focus="conversation_memory")


T3 = user("T3", "师傅，我刚才说我去哪个航站楼来着？", "您去T3呀！")
GRANNY = user("奶奶家", "大黄，我说我明天要去哪儿呀？", "喵～你明天要去奶奶家呀。")


@pytest.mark.parametrize("truth,answer", [
    (T3, "嗐，我今儿下午也得去T3接我闺女呢！"),
    (GRANNY, "喵～本喵明天要去奶奶家晒太阳！"),
    (GRANNY, "汪！本汪明天要去奶奶家！"),
    (GRANNY, "哎呀，我明天也去奶奶家。"),
])
def test_the_users_fact_claimed_after_an_interjection_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (T3, "嗐，您去的是T3，错不了。"),
    (GRANNY, "喵～你明天要去奶奶家呀！"),
    (GRANNY, "汪！小主人明天去奶奶家。"),
])
def test_the_users_fact_given_to_the_user_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
