"""Session 30: a negative keyword named to set it apart (given its own owner or made the partner of the
verb: "旺财是恁邻居家的", "Sooty's my sister's cat", "ミケちゃんとは仲が悪い", "벨카는 언니 거고요"), another
person's number in the keyword's sentence ("and my little brother Luke's 29", "校長先生は60歳"), and
dialect particles glued to a one-character Chinese key or a kana key ("属虎撒", "おはぎずら"). Each rule is
checked both ways: the natural answer paid, the nearest attack refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def memory(language, question, key, negative):
    return GroundTruth(answer=key, keywords=((key,),), negative_keywords=(negative,), language=language, question=question,
                       focus="conversation_memory", subject="user")


ZH = ("zh", "我家鹦鹉叫啥来着？", "大白", "旺财")
EN = ("en", "What's my cat called?", "Mochi", "Sooty")
JA = ("ja", "うちの犬の名前、覚えてます？", "コタロウ", "ミケ")
KO = ("ko", "제 용 이름이 뭐였죠?", "에스카르", "벨카")


@pytest.mark.parametrize("record,answer", [
    (ZH, "你家鹦鹉叫大白，不是旺财，旺财是恁邻居家的。"), (ZH, "大白呀，旺财是隔壁老王家的。"),
    (EN, "Mochi, not Sooty. Sooty is mine."), (EN, "It's Mochi, dear; Sooty belongs to my neighbour."),
    (JA, "コタロウくんです。ミケちゃんとは仲が悪いっておっしゃってましたね。"), (JA, "コタロウですよ、ミケは隣の猫。"),
    (KO, "에스카르요. 벨카는 언니 거고요."), (KO, "에스카르요. 벨카하고는 달라요."),
])
def test_a_negative_given_its_own_owner_or_role_is_set_apart(record, answer):
    assert keyword_accuracy(answer, memory(*record)) == 1.0, answer


@pytest.mark.parametrize("record,answer", [
    (ZH, "大白，旺财是它的小名。"), (ZH, "大白，旺财是它大名。"), (EN, "Mochi or Sooty."), (JA, "コタロウ、ミケは本名です。"),
    (JA, "コタロウかミケ。"), (KO, "에스카르 아니면 벨카."),
])
def test_a_negative_offered_as_the_value_stays_refused(record, answer):
    assert keyword_accuracy(answer, memory(*record)) == 0.0, answer


def test_an_owner_the_question_asks_about_sets_nothing_apart():
    truth = GroundTruth(answer="Mochi", keywords=(("Mochi",),), negative_keywords=("Sooty",), language="en",
                        question="What's your sister's cat called?")
    assert keyword_accuracy("Mochi, and Sooty's my sister's cat.", truth) == 0.0


def test_both_names_said_as_the_value_stays_refused_in_japanese():
    truth = GroundTruth(answer="伊賀", keywords=(("伊賀",),), negative_keywords=("甲賀",), language="ja", question="どこの忍び？")
    assert keyword_accuracy("伊賀とも甲賀とも申せる。", truth) == 0.0


AGE = {"en": "How old are you?", "zh": "您今年多大了？", "ja": "何歳なの？", "ko": "나이가 어떻게 돼요?"}


def age(language, key):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=AGE[language])


@pytest.mark.parametrize("language,key,answer", [
    ("en", "34", "I'm 34, and my little brother Luke's 29."), ("en", "72", "I'm seventy-two, and Grandma is seventy."),
    ("ko", "29", "저는 스물아홉이고, 우리 형은 서른둘이에요."), ("ja", "40", "先生は40歳、校長先生は60歳。"),
    ("zh", "40", "老师四十，王老师三十五。"), ("zh", "68", "我六十八，我家老伴儿六十五。"),
])
def test_another_persons_number_in_the_sentence_is_theirs(language, key, answer):
    assert keyword_accuracy(answer, age(language, key)) == 1.0, answer


@pytest.mark.parametrize("language,key,answer", [
    ("en", "34", "I'm 34. I'm 29."), ("en", "34", "I'm 34, and I'm 29 at heart."), ("zh", "40", "老师四十，老师三十五。"),
    ("ja", "40", "先生は40歳、先生は38歳。"), ("ko", "29", "저는 스물아홉이고, 저는 서른둘이에요."), ("zh", "68", "我六十八，我六十五。"),
])
def test_a_second_number_for_the_same_subject_stays_a_hedge(language, key, answer):
    assert keyword_accuracy(answer, age(language, key)) == 0.0, answer


@pytest.mark.parametrize("language,key,answer", [
    ("zh", "虎", "虎撒。"), ("zh", "虎", "系虎嘅。"), ("ja", "おはぎ", "おはぎずら。"), ("ja", "おはぎ", "おはぎけぇ。"),
    ("ja", "おはぎ", "おはぎじゃん。"),
])
def test_a_dialect_particle_glued_to_the_key_is_paid(language, key, answer):
    truth = GroundTruth(answer=key, keywords=((key,),), language=language, question="何？" if language == "ja" else "属什么？")
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("language,key,answer", [("zh", "虎", "虎皮。"), ("ja", "おはぎ", "おはぎずし。")])
def test_another_word_glued_to_the_key_is_not_it(language, key, answer):
    truth = GroundTruth(answer=key, keywords=((key,),), language=language, question="何？" if language == "ja" else "属什么？")
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("language,key,answer", [
    ("en", "34", "34, and my twin sister Laura is 40."), ("ko", "29", "저는 스물아홉이고, 우리 쌍둥이 형은 서른둘이에요."),
    ("zh", "40", "我四十，我双胞胎哥哥三十五。"),
])
def test_a_twin_with_another_age_stays_a_second_value(language, key, answer):
    assert keyword_accuracy(answer, age(language, key)) == 0.0, answer


# --- the person the question asks about may hold the user's fact ("민재가 어디로 이사 갔다고 했죠?")

def _moved_friends(question):
    from raiden_r1.data.ground_truth import record_ground_truth
    from raiden_r1.data.schema import Record
    history = [{"role": "user", "content": "요즘 친구들이 다 이사를 가서 섭섭해요."},
               {"role": "assistant", "content": "아이고, 어디들로 갔는데요?"},
               {"role": "user", "content": "제 친구 민재는 대전으로, 회사 동료 지호는 광주로 이사 갔어요."}]
    return record_ground_truth(Record.model_validate({
        "character_name": "김만복", "character_profile": {"이름": "김만복", "직업": "택시 기사"}, "conversation_history": history,
        "question": question, "answer": "대전이요.", "keywords": ["대전"], "negative_keywords": ["광주"], "question_type": "where",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": "ko", "focus": "conversation_memory"}}))


def test_the_fact_given_to_the_person_asked_about_is_paid():
    assert keyword_accuracy("민재 씨는 대전, 지호 씨는 광주였죠.", _moved_friends("민재가 어디로 이사 갔다고 했죠?")) == 1.0


def test_the_fact_given_to_another_person_of_the_history_stays_refused():
    assert keyword_accuracy("지호 씨는 대전이었죠.", _moved_friends("민재가 어디로 이사 갔다고 했죠?")) == 0.0
