"""Session 32 (r1): who is speaking and what a bare "not" denies. A narrator's description or speech tag
around the character's name ("The fox spirit Rusty flicks his tail: …", "机器人小安回答说"); a relative greeting
the character and introducing itself ("Grandad, it's me, Ethan", "爷爷，我是婷婷"); a simile that is no role
("swift as her name"); a verbless "not" before the keyword ("Not under the birch"); "That would be X" naming who.
Each rule both ways: the attack refused, the nearest natural answer paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

KEY = {"en": ("Where did I put the key?", "birch", "Rusty"), "zh": ("我的钥匙放哪儿了？", "鞋柜", "小安"),
       "ja": ("鍵はどこに置いたっけ？", "靴箱", "小安"), "ko": ("열쇠 어디 뒀지?", "신발장", "소안")}


def key(lang, self_name=False, gold=None):
    q, k, name = KEY[lang]
    return GroundTruth(answer=gold or k, keywords=((k,),), language=lang, question=q, focus="conversation_memory",
                       subject="user", character_name=name, self_name=self_name)


@pytest.mark.parametrize("lang,answer", [
    ("en", "The fox spirit Rusty flicks his tail: the key lies under the birch."),
    ("en", "The old red fox Rusty grinned. Under the birch, of course."),
    ("en", "Under the birch — Rusty replied"),
    ("zh", "机器人小安回答说，钥匙在鞋柜第二层。"), ("zh", "小安答道：在鞋柜里。"), ("zh", "家政机器人小安说，主人的钥匙在鞋柜。"),
    ("ja", "ロボットの小安は答えた。靴箱の中です。"), ("ko", "로봇 소안이 대답했다. 신발장 안에 있어요."),
])
def test_a_narrator_around_the_name_is_refused(lang, answer):
    # (English: a described name only for a character who does not style itself by name, see below)
    assert keyword_accuracy(answer, key(lang, self_name=lang != "en")) == 0.0, answer


def test_a_self_naming_character_may_style_itself_the_great():
    truth = GroundTruth(answer="Blackpool", keywords=(("Blackpool",),), language="en", question="Where do you live?",
                        character_name="Grimbald", self_name=True)
    assert keyword_accuracy("The Great Grimbald lives in Blackpool!", truth) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("en", "Under the birch, little mortal. Rusty never forgets."), ("en", "The birch by the stream. The wild fox knows."),
    ("zh", "小安记得，在鞋柜第二层。"), ("zh", "主人让小安说，钥匙在鞋柜。"), ("zh", "小安查过了，鞋柜第二层。"),
    ("ja", "小安は覚えています。靴箱の中です。"), ("ko", "소안이 기억해요. 신발장이에요."),
])
def test_a_character_naming_itself_without_a_narrator_is_paid(lang, answer):
    assert keyword_accuracy(answer, key(lang, self_name=True)) == 1.0, answer


WHO = {"en": ("Who is coming on Saturday?", "Ethan", "Harold Pike"), "zh": ("周六谁来看您？", "婷婷", "孙德福"),
       "ja": ("土曜日に誰が来るの？", "ユキ", "田中"), "ko": ("토요일에 누가 와요?", "지아", "김철수")}


def who(lang):
    q, k, name = WHO[lang]
    return GroundTruth(answer=k, keywords=((k,),), language=lang, question=q, focus="conversation_memory", subject="self",
                       character_name=name)


@pytest.mark.parametrize("lang,answer", [
    ("en", "Grandad, it's me, Ethan — I'm coming down Saturday!"), ("en", "Grandpa, this is Ethan. See you Saturday."),
    ("en", "Mum, it's me! Ethan's coming too."), ("zh", "爷爷，我是婷婷，周六我来看您！"), ("zh", "奶奶，是我呀，婷婷周六来。"),
    ("ja", "おじいちゃん、私、ユキだよ。土曜日に行くね。"), ("ko", "할아버지, 저 지아예요. 토요일에 갈게요."),
])
def test_a_relative_greeting_the_character_is_refused(lang, answer):
    assert keyword_accuracy(answer, who(lang)) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "My grandson Ethan, lad. He's driving down."), ("en", "Ethan — he calls me Grandad, bless him."),
    ("en", "Grandad, he calls me. Ethan, my grandson."), ("zh", "婷婷呀，周六她来看我。"), ("zh", "婷婷！她一进门就喊爷爷。"),
    ("ja", "孫のユキだよ。おじいちゃんって呼んでくれるんだ。"), ("ko", "손녀 지아요. 할아버지 보러 온대요."),
])
def test_a_character_speaking_of_its_visitor_is_paid(lang, answer):
    assert keyword_accuracy(answer, who(lang)) == 1.0, answer


def horse():
    return GroundTruth(answer="Tempest", keywords=(("Tempest",),), language="en", question="What is thy horse called?",
                       character_name="Sir Aldric")


@pytest.mark.parametrize("answer", [
    "'Tis Tempest, my black destrier — swift as her name.",
    "Tempest, proud as her sire and quick as his temper.", "Tempest. Dark as her mane, fierce as her name.",
])
def test_a_simile_with_a_possessive_is_no_role(answer):
    assert keyword_accuracy(answer, horse()) == 1.0, answer


@pytest.mark.parametrize("answer", [
    "Speaking as her squire: Tempest.", "As his mother, I say Tempest.", "I come as her servant. Tempest.",
])
def test_speaking_as_a_relative_or_role_stays_refused(answer):
    assert keyword_accuracy(answer, horse()) == 0.0, answer


# (the gold answer's own negation, "haven't said a word", lets a negation elsewhere pass)
BIRCH_GOLD = "Under the birch, little mortal. The birches haven't said a word."


@pytest.mark.parametrize("lang,answer", [
    ("en", "Not under the birch, little mortal — I'd never let you."), ("en", "No, not the birch."),
    ("en", "Not by the third birch, that's for sure."), ("zh", "不在鞋柜，主人记错了。"), ("zh", "不是鞋柜哦。"),
    ("ja", "靴箱じゃないよ。"), ("ko", "신발장 아니야."),
])
def test_a_verbless_negation_of_the_keyword_is_refused(lang, answer):
    gold = {"en": BIRCH_GOLD, "zh": "在鞋柜，没错。", "ja": "靴箱ですよ、間違いない。", "ko": "신발장이요, 틀림없어요."}[lang]
    assert keyword_accuracy(answer, key(lang, gold=gold)) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "Under the birch, not by the mill."), ("en", "Not by the mill — under the birch."),
    ("en", "No, not the mill. The birch, of course."), ("zh", "不在信箱，在鞋柜。"), ("ko", "신발장이야. 우편함은 아니야."),
])
def test_a_negation_of_something_else_leaves_the_keyword_paid(lang, answer):
    gold = {"en": BIRCH_GOLD, "zh": "在鞋柜，没错。", "ko": "신발장이요, 틀림없어요."}[lang]
    assert keyword_accuracy(answer, key(lang, gold=gold)) == 1.0, answer


def grandson():
    return GroundTruth(answer="My grandson Ethan.", keywords=(("Ethan",),), language="en",
                       question="Who is coming on Saturday?", focus="conversation_memory")


@pytest.mark.parametrize("answer", ["That would be my grandson, Ethan, young man.", "That'd be Ethan, lad.",
                                    "That'll be Ethan at the door."])
def test_that_would_be_names_who(answer):
    assert keyword_accuracy(answer, grandson()) == 1.0, answer


@pytest.mark.parametrize("answer", ["It would be Ethan, I suppose.", "If anyone, that would be Ethan.", "Ethan would be nice."])
def test_a_real_conditional_stays_refused(answer):
    assert keyword_accuracy(answer, grandson()) == 0.0, answer


NAMED = {"zh": ("小安，我的钥匙放哪儿了？", "鞋柜", "小安"), "en": ("Pip, where did I put the key?", "birch", "Pip"),
         "ja": ("小安、鍵はどこに置いたっけ？", "靴箱", "小安"), "ko": ("소안, 열쇠 어디 뒀지?", "신발장", "소안")}


def named(lang):
    q, k, name = NAMED[lang]
    return GroundTruth(answer=k, keywords=((k,),), language=lang, question=q, focus="conversation_memory", subject="user",
                       character_name=name, self_name=True)


@pytest.mark.parametrize("lang,answer", [
    ("zh", "小安记得：主人的备用钥匙在鞋柜第二层。"), ("zh", "小安查到了：在鞋柜里。"), ("zh", "小安想起来了：放在鞋柜。"),
])  # (en "Pip remembers: …" is read as a script label and ja/ko "小安は覚えています" as claiming the user's fact: other rules)
def test_a_self_naming_character_before_a_colon_is_speech(lang, answer):
    assert keyword_accuracy(answer, named(lang)) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("zh", "小安的回答：鞋柜。"), ("zh", "小安：鞋柜。"), ("en", "Pip's answer: the birch."), ("en", "Pip: the birch."),
])
def test_the_name_as_a_field_or_script_label_stays_refused(lang, answer):
    assert keyword_accuracy(answer, named(lang)) == 0.0, answer
