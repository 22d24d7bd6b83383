"""What a clause's neighbours do to its keyword: a wish ("I'd love to say X, but"), a verb later in
the sentence that negates a topic list ("盆栽も俳句も、やりません"), a counter that makes the number
another quantity ("8반" for 8살), a narrator by role ("这位甜点师的对手"), another relative's relative
("父の兄")."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, keywords, question, answer=None, negatives=()):
    return GroundTruth(answer=answer or " ".join(k[0] for k in keywords), keywords=tuple(keywords), language=language,
                       question=question, negative_keywords=tuple(negatives),
                       validation_method="single_term_validation" if len(keywords) == 1 else "multi_term_parsing")


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("en", "can swim", "Can you swim?", "I'd love to say I can swim, but water terrifies me."),
    ("zh", "会游泳", "你会游泳吗？", "我倒想说我会游泳，可我一下水就慌。"),
    ("ja", "泳げます", "泳げますか？", "泳げますって言いたいところですけど、水が怖いんです。"),
    ("ko", "수영", "수영할 줄 알아요?", "수영 잘한다고 말하고 싶지만, 물이 무서워요."),
])
def test_a_wish_to_say_it_is_not_saying_it(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, [(keyword,)], question)) == 0.0, answer


@pytest.mark.parametrize("language,answer,ok", [
    ("ja", "将棋も書道も、私はまったくやりません。", 0.0),
    ("ja", "将棋も書道も、毎週やってますよ。", 1.0),
    ("ko", "바둑도 서예도, 저는 전혀 안 해요.", 0.0),
    ("ko", "바둑도 서예도, 주말마다 해요.", 1.0),
])
def test_a_topic_list_takes_the_negation_of_its_later_verb(language, answer, ok):
    kws = [("将棋",), ("書道",)] if language == "ja" else [("바둑",), ("서예",)]
    q = "趣味は？" if language == "ja" else "취미가 뭐예요?"
    assert keyword_accuracy(answer, truth(language, kws, q)) == ok, answer


@pytest.mark.parametrize("language,keyword,answer", [
    ("ko", "8살", "1학년 8반이에요!"), ("zh", "8岁", "我在三年级8班。"), ("ja", "8歳", "2年8組です！"),
])
def test_a_class_number_is_not_an_age(language, keyword, answer):
    q = {"ko": "몇 살이야?", "zh": "你几岁了？", "ja": "何歳？"}[language]
    assert keyword_accuracy(answer, truth(language, [(keyword,)], q, answer=f"{keyword}!")) == 0.0


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("zh", "苏曼", "你的竞争对手是谁？", "这位甜点师的竞争对手是苏曼。"),
    ("ko", "제빵사", "무슨 일 하세요?", "이분은 제빵사예요."),
    ("ja", "パティシエ", "お仕事は？", "この方はパティシエです。"),
])
def test_a_narrator_naming_the_character_by_role_speaks_from_outside(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, [(keyword,)], question)) == 0.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("ja", "兄", "ごきょうだいは？", "妹がいます。父の兄とも仲がいいです。"),
    ("zh", "哥哥", "你有兄弟姐妹吗？", "我有个妹妹，爸爸的哥哥也常来。"),
    ("en", "brother", "Do you have any siblings?", "A sister, and my father's brother lives with us."),
])
def test_another_relatives_relative_is_not_ones_own(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, [(keyword,)], question)) == 0.0, answer


def test_ones_own_relative_is_paid():
    assert keyword_accuracy("私の兄は消防士です。", truth("ja", [("兄",)], "ごきょうだいは？")) == 1.0
    assert keyword_accuracy("我有个哥哥。", truth("zh", [("哥哥",)], "你有兄弟姐妹吗？")) == 1.0


@pytest.mark.parametrize("answer,paid", [
    ("I do love toast with marmalade in the morning.", 0.0),
    ("Marmalade! My ginger tom, the terror of the street.", 1.0),
    ("my cat? marmalade lol", 1.0),  # an answer that writes everything in lower case
])
def test_a_name_written_only_as_a_common_word_is_not_the_name(answer, paid):
    g = GroundTruth(answer="My cat is Marmalade.", keywords=(("Marmalade",),), language="en",
                    question="What's your cat called?")
    assert keyword_accuracy(answer, g) == paid, answer
