"""The character's own fact given to a relative ("My sister grew up in Duluth"), another value
offered in a clause of its own ("苏州吧，也可能是无锡", "Duluth-ish"), a value said to hold only on
paper, in a next life or as a plan that never happened, and the natural answers these rules must
leave alone (a relative beside the character, a family it belongs to, a reason after "could also be")."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

HOME = {"en": ("Where did you grow up?", "I grew up in Duluth.", "Duluth"),
        "zh": ("你在哪儿长大的？", "我在苏州长大的。", "苏州"),
        "ja": ("どこで育ったの？", "札幌で育ったよ。", "札幌"),
        "ko": ("어디서 자랐어요?", "부산에서 자랐어요.", "부산")}


def home(language):
    q, gold, key = HOME[language]
    return GroundTruth(answer=gold, keywords=((key,),), language=language, question=q,
                       focus="script_knowledge")


@pytest.mark.parametrize("language,answer", [
    ("en", "My sister grew up in Duluth."),
    ("en", "Duluth is where my cousin grew up."),
    ("zh", "我姐在苏州长大的。"),
    ("zh", "苏州是我哥长大的地方。"),
    ("ja", "札幌で育ったのは姉の方だよ。"),
    ("ja", "兄は札幌育ちだよ。"),
    ("ko", "부산에서 자란 건 제 언니예요."),
    ("ko", "제 동생은 부산에서 자랐어요."),
])
def test_a_relative_given_the_characters_own_fact_is_not_paid(language, answer):
    assert keyword_accuracy(answer, home(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "My mum raised me in Duluth."),
    ("en", "My family's from Duluth."),
    ("en", "My sister and I grew up in Duluth."),
    ("en", "Duluth. My sister still lives there."),
    ("zh", "我妈带着我在苏州长大。"),
    ("zh", "我爸妈都是苏州人，我也在苏州长大。"),
    ("ja", "家族みんな札幌だよ。"),
    ("ja", "母に連れられて札幌で育ったよ。"),
    ("ko", "엄마가 저를 부산에서 키웠어요."),
    ("ko", "우리 가족은 부산 사람이에요."),
])
def test_a_relative_beside_the_character_leaves_the_fact_its_own(language, answer):
    assert keyword_accuracy(answer, home(language)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Duluth. Could also be Superior, honestly."),
    ("en", "Duluth, if not Superior."),
    ("en", "Duluth-ish. Somewhere up north."),
    ("en", "Duluth and Fargo, can't pick one."),
    ("zh", "苏州吧，也可能是无锡。"),
    ("zh", "苏州，不过严格来说是在无锡。"),
    ("ja", "札幌。旭川だったかも。"),
    ("ko", "부산이요. 울산일 수도 있고요."),
])
def test_another_value_offered_in_a_clause_of_its_own_is_a_hedge(language, answer):
    assert keyword_accuracy(answer, home(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Duluth. Could also be why I love winter so much."),
    ("zh", "苏州。也可能是因为这样我特别爱吃甜的。"),
    ("ja", "札幌だよ。寒かったかも。"),
    ("ko", "부산이에요. 그래서 바다를 좋아하는 걸 수도 있어요."),
])
def test_a_reason_or_a_feeling_after_the_answer_is_no_second_value(language, answer):
    assert keyword_accuracy(answer, home(language)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Duluth, if you believe my aunt."),
    ("en", "Duluth is what it says on paper."),
    ("en", "I was supposed to grow up in Duluth, but we never made it."),
    ("zh", "户口本上写苏州。"),
    ("zh", "下辈子吧，下辈子在苏州长大。"),
    ("ja", "札幌だと思うじゃん？残念、函館でした。"),
    ("ja", "戸籍上は札幌だよ。"),
    ("ko", "서류상으로는 부산이에요."),
])
def test_a_value_on_paper_in_another_life_or_never_reached_is_not_asserted(language, answer):
    assert keyword_accuracy(answer, home(language)) == 0.0, answer


def friend_truth(language, question, gold, key, name, others=()):
    return GroundTruth(answer=gold, keywords=((key,),), language=language, question=question,
                       focus="script_knowledge", character_name=name, others=others)


@pytest.mark.parametrize("language,question,gold,key,name,answer", [
    ("en", "Who's your best friend, Tilly?", "My best friend is Moss.", "Moss", "Tilly", "Moss here! Tilly's my best friend."),
    ("en", "What do you love doing?", "I love birdwatching.", "birdwatching", "Saoirse",
     "Author's note: I wrote Saoirse as someone who loves birdwatching."),
    ("zh", "你有什么爱好？", "我爱打麻将。", "麻将", "苏晓棠", "作者按：我给苏晓棠设定的爱好是打麻将。"),
    ("zh", "你住在哪儿？", "我住天津。", "天津", "老金", "本人是老金的徒弟刘小川，我跟师父都住天津。"),
])
def test_a_friend_signing_on_an_author_or_another_named_speaker_is_not_the_character(
        language, question, gold, key, name, answer):
    assert keyword_accuracy(answer, friend_truth(language, question, gold, key, name)) == 0.0, answer


def test_the_character_giving_its_own_role_to_someone_is_still_itself():
    gt = friend_truth("zh", "你老家在哪儿？", "我老家泉州。", "泉州", "林秀英", others=("陈默",))
    assert keyword_accuracy("我是陈默的妻子，老家泉州。", gt) == 1.0
