"""Correct answers written another way than the keyword (twelfth red-team suite's false negatives):
Japanese kana readings (the dictionary's other readings, readings.yaml, a two-kana reading as a
whole word, the profile's furigana), 的话 that means "words", a one-character Chinese keyword said
with its suffix or doubled, a relative's age after their name in the profile, dialect and period
pronouns, the afternoon's hour on a 24-hour clock, Korean native tens and years counted with 해.
Each: the correct answer paid, and the nearest wrong one still refused."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth, record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.reward.lexicon import cues
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, answer, key, question="", negatives=(), name=""):
    return GroundTruth(answer=answer, keywords=((key,),), negative_keywords=tuple(negatives), language=language,
                       question=question, character_name=name)


def record_truth(language, profile, question, answer, key, negatives=()):
    return record_ground_truth(Record.model_validate({
        "character_name": profile["name"], "character_profile": profile, "conversation_history": [],
        "question": question, "answer": answer, "keywords": [key], "negative_keywords": list(negatives),
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "script_knowledge"}}))


# --- Japanese: kana readings -------------------------------------------------------------------

WAGASHI = gt("ja", "最中が一番好きです。", "最中", "好きな和菓子は？", ("羊羹",))


def test_another_dictionary_reading_of_the_keyword_is_paid():
    assert keyword_accuracy("もなかが一番だね。", WAGASHI) == 1.0


def test_another_dictionary_reading_still_obeys_negation():
    assert keyword_accuracy("もなかは好きじゃないよ。ようかんの方がいい。", WAGASHI) == 0.0


BREAKFAST = gt("ja", "朝ご飯は卵焼きと味噌汁だよ。", "朝ご飯", "毎朝何を作ってる？")


def test_a_reading_from_the_table_is_paid():
    assert keyword_accuracy("あさごはんを毎朝作ってるよ。", BREAKFAST) == 1.0


def test_a_reading_from_the_table_still_obeys_negation():
    assert keyword_accuracy("あさごはんは作ってないよ。", BREAKFAST) == 0.0


WINTER = gt("ja", "冬が一番好きです。雪がきれいだから。", "冬", "どの季節が好き？", ("夏",))


@pytest.mark.parametrize("answer", ["ふゆが一番好き！", "やっぱり、ふゆこそ最高だね。", "好きなのはふゆです。"])
def test_the_two_kana_reading_of_a_keyword_is_paid_as_a_word(answer):
    assert keyword_accuracy(answer, WINTER) == 1.0, answer


@pytest.mark.parametrize("answer", ["ふゆかいな季節は嫌い。夏が好き。", "ふゆじゃないよ、夏だよ。", "夏ふゆ"])
def test_the_two_kana_reading_is_never_read_inside_another_word_or_against_its_negation(answer):
    assert keyword_accuracy(answer, WINTER) == 0.0, answer


def test_a_two_kana_reading_that_is_a_particle_is_not_a_spelling():
    nara = gt("ja", "奈良の生まれです。", "奈良", "出身はどこ？", ("大阪",))
    assert keyword_accuracy("京都ならよく行くけど、生まれは別。", nara) == 0.0
    assert keyword_accuracy("奈良だよ。", nara) == 1.0


def test_a_negative_keyword_gets_no_two_kana_reading():
    # (a homophone in a right answer must not void it: はし here is the chopsticks' word)
    bridge = gt("ja", "港の灯台の近くです。", "灯台", "待ち合わせはどこ？", ("橋",))
    assert keyword_accuracy("灯台のそばだよ。はしで食べながら待ってる。", bridge) == 1.0


PROFILE_JA = {"name": "凪", "相棒": "白い狼の雷丸（らいまる）", "家族": "妻・道子（50歳）、息子の健太18歳"}


def test_the_profiles_furigana_spells_the_keyword():
    # (the dictionary reads 雷丸 かみなりまる: only the profile knows the name's reading)
    truth = record_truth("ja", PROFILE_JA, "相棒の名前は？", "雷丸だ。", "雷丸")
    assert keyword_accuracy("らいまるって言うんだ。", truth) == 1.0
    assert keyword_accuracy("らいまるじゃない、別の狼だ。", truth) == 0.0


# --- Chinese: 的话 as "words", suffixed and doubled one-character keywords ----------------------

COOK = gt("zh", "回太太的话，我最拿手的是狮子头。", "狮子头", "张妈，你拿手菜是什么？", ("糖醋鱼",))


@pytest.mark.parametrize("answer", ["回太太的話，老奴最會做獅子頭。", "说起厨房的话题，我最拿手狮子头。"])
def test_de_hua_that_means_words_is_no_condition(answer):
    assert keyword_accuracy(answer, COOK) == 1.0, answer


def test_a_real_condition_after_the_formula_is_still_refused():
    assert keyword_accuracy("回太太的话，要是有肉的话，我就做狮子头。", COOK) == 0.0


PIGEON = gt("zh", "我最喜欢鸽子，白鸽子最漂亮。", "鸽", "你最喜欢什么动物？", ("鹦鹉",))


@pytest.mark.parametrize("answer", ["鸽子！我天天喂鸽子。", "当然是鸽鸽啦。"])
def test_a_one_character_keyword_with_the_records_suffix_or_doubled_is_paid(answer):
    assert keyword_accuracy(answer, PIGEON) == 1.0, answer


def test_a_suffixed_keyword_still_obeys_negation():
    assert keyword_accuracy("我不喜欢鸽子，我喜欢鹦鹉。", PIGEON) == 0.0


def test_a_suffix_the_record_never_writes_makes_another_word():
    king = gt("zh", "我是这片草原的王。", "王", "你在草原上是什么身份？")
    assert keyword_accuracy("我是王子。", king) == 0.0
    assert keyword_accuracy("我就是王啦。", king) == 1.0


# --- A relative's age after their name; dialect and period pronouns ----------------------------

@pytest.mark.parametrize("language,profile,answer,wrong", [
    ("zh", {"name": "赵大山", "家庭": "妻子秀兰40岁，女儿小梅12岁"}, "俺四十五啦，小梅都十二了。", "小梅四十五了。"),
    ("ko", {"name": "박만석", "가족": "아내 정희 52살, 아들 준호 12살"}, "마흔다섯이오. 준호는 열둘이고.", "준호는 마흔다섯이오."),
    ("ja", {"name": "大森", "家族": "妻・道子（40歳）、娘の花子12歳"}, "45だ。花子はもう12になる。", "花子は45だよ。"),
])
def test_a_relatives_age_after_their_name_is_theirs(language, profile, answer, wrong):
    q = {"zh": "你今年多大？", "ko": "올해 몇 살이세요?", "ja": "おいくつですか？"}[language]
    truth = record_truth(language, profile, q, {"zh": "45岁", "ko": "45살", "ja": "45歳"}[language], "45", ("12", "40"))
    assert keyword_accuracy(answer, truth) == 1.0, answer
    assert keyword_accuracy(wrong, truth) == 0.0, wrong


@pytest.mark.parametrize("language,word", [("zh", "阿拉"), ("zh", "洒家"), ("zh", "奴婢"), ("ja", "わらわ"),
                                           ("ja", "それがし"), ("ko", "쇤네")])
def test_dialect_and_period_self_reference_is_first_person(language, word):
    assert canonical(word) in cues(language).get("first_person")


def test_shanghainese_you_is_second_person():
    assert canonical("侬") in cues("zh").get("second_person") and "佢" in cues("zh").get("third_person")


# --- Clock and Korean native numbers ------------------------------------------------------------

@pytest.mark.parametrize("language,key,gold,answer,wrong", [
    ("ko", "3시", "오후 3시에 출발해요.", "15시 출발입니다.", "16시 출발입니다."),
    ("zh", "4点", "下午4点开会。", "16点开会。", "14点开会。"),
    ("ja", "5時", "夕方5時に閉めるよ。", "17時に閉めるよ。", "15時に閉めるよ。"),
])
def test_an_hour_without_half_of_day_is_paid_on_the_24_hour_clock(language, key, gold, answer, wrong):
    truth = gt(language, gold, key)
    assert keyword_accuracy(answer, truth) == 1.0, answer
    assert keyword_accuracy(wrong, truth) == 0.0, wrong


def test_the_24_hour_form_still_fails_with_minutes_after_a_whole_hour():
    assert keyword_accuracy("15시 반 출발입니다.", gt("ko", "오후 3시에 출발해요.", "3시")) == 0.0


YEARS = gt("ko", "30년 했어요.", "30", "택시 몇 년 하셨어요?", ("12",))


@pytest.mark.parametrize("answer", ["서른 해 했지요.", "서른이요, 서른.", "딱 서른 해째예요."])
def test_korean_native_tens_and_years_with_hae_are_numbers(answer):
    assert keyword_accuracy(answer, YEARS) == 1.0, answer


@pytest.mark.parametrize("answer", ["열두 해 했지요.", "서른 해는 아니고 열두 해요."])
def test_native_years_still_carry_the_wrong_number(answer):
    assert keyword_accuracy(answer, YEARS) == 0.0, answer


def test_native_years_do_not_read_yes_as_four():
    assert canonical("네 해요") == "네 해요" and canonical("쉰 목소리") == "쉰 목소리"


def test_a_korean_given_name_with_a_form_of_address_narrates():
    truth = record_truth("ko", {"name": "오말순 해녀", "나이": "70"}, "물질 몇 년 하셨어요?", "50년 했수다.", "50")
    assert keyword_accuracy("쉰 해 했수다.", truth) == 1.0
    assert keyword_accuracy("말순 삼촌은 쉰 해 했수다.", truth) == 0.0


@pytest.mark.parametrize("language,answer,wrong", [
    ("ko", "나는 서른여덟, 남편은 마흔이야.", "서른여덟, 아니 마흔이야."),
    ("zh", "我三十八，老公四十。", "三十八，不对，四十。"),
    ("ja", "私は38、夫は40です。", "38、いや40です。"),
])
def test_a_relatives_number_in_the_same_sentence_is_no_second_value(language, answer, wrong):
    truth = gt(language, {"ko": "38살이야.", "zh": "我38岁。", "ja": "38歳です。"}[language], "38",
               {"ko": "몇 살이에요?", "zh": "你多大了？", "ja": "おいくつですか？"}[language])
    assert keyword_accuracy(answer, truth) == 1.0, answer
    assert keyword_accuracy(wrong, truth) == 0.0, wrong
