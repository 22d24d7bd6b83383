"""Session 32 (r1): a negative keyword the answer gives away rather than offers: to another person as the
doer of its own slot ("广州是小李去"), to a later sentence of its own whose denial is about it ("复旦也很好啦，但
那是周萌的梦想，不是我的"), or to a reporter it then calls wrong ("Max says pizza is better but he's wrong").
Each rule both ways: the natural answer paid, the nearest attack refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

TRIP = {"zh": ("我下周去哪儿出差？", "深圳", "广州", "小李"), "en": ("Where am I flying to?", "Lisbon", "Prague", "Dan"),
        "ja": ("私、どこに行くんだっけ？", "リスボン", "プラハ", "ダン"), "ko": ("제가 어디 간다고 했죠?", "리스본", "프라하", "댄")}


def trip(lang):
    q, key, neg, other = TRIP[lang]
    return GroundTruth(answer=key, keywords=((key,),), negative_keywords=(neg,), language=lang, question=q,
                       focus="conversation_memory", subject="user", others=(other,))


@pytest.mark.parametrize("lang,answer", [
    ("zh", "深圳呀。广州是他去，你别记混了。"), ("zh", "是深圳，广州是小李要去的。"), ("zh", "你去深圳。广州是同事去。"),
    ("en", "Lisbon. Prague is where Dan is going."), ("en", "Lisbon, dear. Prague's where he goes."),
    ("ja", "リスボンですよ。プラハはダンさんが行くんでしょう。"), ("ko", "리스본이요. 프라하는 댄 씨가 가는 거고요."),
])
def test_a_negative_given_another_doer_is_set_apart(lang, answer):
    assert keyword_accuracy(answer, trip(lang)) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("zh", "深圳，广州是你去。"), ("zh", "深圳，其实是广州。"), ("en", "Lisbon, and Prague is where you are going."),
    ("en", "Lisbon or Prague."), ("ja", "リスボン、プラハはあなたが行く。"), ("ko", "리스본, 프라하는 당신이 가요."),
])
def test_a_negative_given_the_asked_person_or_offered_stays_refused(lang, answer):
    assert keyword_accuracy(answer, trip(lang)) == 0.0, answer


FOOD = {"zh": ("你最喜欢吃什么？", "烤鸭", "火锅"), "en": ("What's your favourite food?", "pancake", "pizza"),
        "ja": ("好きな食べ物は？", "肉じゃが", "カレー"), "ko": ("제일 좋아하는 음식이 뭐예요?", "김치찌개", "된장찌개")}


def food(lang):
    q, key, neg = FOOD[lang]
    return GroundTruth(answer=key, keywords=((key,),), negative_keywords=(neg,), language=lang, question=q, subject="self")


@pytest.mark.parametrize("lang,answer", [
    ("zh", "烤鸭！火锅也不错，不过那是我哥的最爱，不是我的。"),
    ("en", "Pancakes! Pizza's great too, but that's Max's favourite, not mine."),
    ("ja", "肉じゃが！カレーもおいしいけど、あれは兄の好物で、私のじゃない。"),
    ("ko", "김치찌개요! 된장찌개도 맛있지만 그건 형이 좋아하는 거지, 제 건 아니에요."),
])
def test_a_denial_in_the_negatives_later_sentence_is_about_it(lang, answer):
    assert keyword_accuracy(answer, food(lang)) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("zh", "烤鸭，我现在不吃了。"), ("zh", "烤鸭。火锅也行。我早就不吃了。"), ("en", "Pancakes. Pizza's fine. I don't eat them anymore."),
    ("en", "Pancakes, but I don't eat them anymore."),
])
def test_a_denial_after_the_keyword_still_takes_it_back(lang, answer):
    assert keyword_accuracy(answer, food(lang)) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "PANCAKES!!! Max says pizza is better but he's WRONG."), ("en", "Pancakes. My brother thinks pizza wins; he's wrong."),
    ("zh", "烤鸭！我哥说火锅最好吃，他说错了。"), ("ja", "肉じゃが！兄はカレーだって言うけど、間違ってる。"),
    ("ko", "김치찌개요! 형은 된장찌개라는데 틀렸어요."),
])
def test_a_reported_negative_called_wrong_is_disowned(lang, answer):
    assert keyword_accuracy(answer, food(lang)) == 1.0, answer


# (zh/ja/ko already give a relative's reported value to the relative; English reads it as a second value)
@pytest.mark.parametrize("lang,answer", [
    ("en", "Pancakes. Max says pizza is better."), ("en", "Pancakes. Max says pizza is better, and he is right."),
    ("en", "Pancakes. Max says pizza, and that's not wrong."),
])
def test_a_reported_negative_not_called_wrong_still_counts(lang, answer):
    assert keyword_accuracy(answer, food(lang)) == 0.0, answer


def flight():
    return GroundTruth(answer="Lisbon, on the 3rd of May.", keywords=(("Lisbon",), ("3rd of May", "May 3", "3 May")),
                       negative_keywords=("Prague", "10th"), language="en", question="Where am I flying to, and when?",
                       focus="conversation_memory", subject="user", others=("Dan",), validation_method="multi_term_parsing")


@pytest.mark.parametrize("answer", [
    "Where and when? Lisbon, on the 3rd of May — Dan's the one stuck going to Prague on the 10th.",
    "Lisbon, on the 3rd of May. Dan flies to Prague on the 10th.", "Lisbon on the 3rd of May, and Dan is off on the 10th.",
])
def test_a_named_persons_own_date_is_no_second_value(answer):
    assert keyword_accuracy(answer, flight()) == 1.0, answer


@pytest.mark.parametrize("answer", [
    "Lisbon, on the 3rd of May. Or on the 10th.", "Lisbon, on the 3rd of May. You fly on the 10th, though.",
    "Lisbon, on the 3rd of May, maybe on the 10th.",
])
def test_another_date_for_the_user_stays_a_hedge(answer):
    assert keyword_accuracy(answer, flight()) < 1.0, answer
