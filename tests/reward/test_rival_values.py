"""A second value for the keyword's slot without an "or" word (rivals.py): a correction after a full
assertion, a joining word, the question's slot restated with another value. Each attack next to the
nearby right answer that must stay paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _gt(lang, answer, kw, question, **kw_args):
    return GroundTruth(answer=answer, keywords=((kw,),), language=lang, question=question, **kw_args)


HORSE = {
    "en": _gt("en", "My horse is called Pepper.", "Pepper", "What's your horse called?"),
    "zh": _gt("zh", "我的马叫黑豆。", "黑豆", "你的马叫什么名字？"),
    "ja": _gt("ja", "馬の名前はくるみです。", "くるみ", "馬の名前は？"),
    "ko": _gt("ko", "제 말 이름은 콩떡이에요.", "콩떡", "말 이름이 뭐예요?"),
}
AGE = {
    "en": _gt("en", "I'm 52.", "52", "How old are you?"),
    "zh": _gt("zh", "我今年52岁。", "52", "你今年几岁？"),
    "ja": _gt("ja", "52歳です。", "52", "おいくつですか？"),
    "ko": _gt("ko", "52살이에요.", "52", "나이가 어떻게 되세요?"),
}
TOWN = {
    "zh": _gt("zh", "我老家在洛阳。", "洛阳", "你老家在哪儿？"),
    "ja": _gt("ja", "松本出身です。", "松本", "出身はどこですか？"),
    "ko": _gt("ko", "제 고향은 전주예요.", "전주", "고향이 어디예요?"),
}


@pytest.mark.parametrize("lang,answer", [
    ("en", "He's called Pepper. Actually it's Domino."),
    ("zh", "我的马叫黑豆。其实叫白云。"),
    ("ja", "くるみです。実はさくらです。"),
    ("ko", "콩떡이에요. 사실 인절미예요."),
])
def test_a_correction_to_another_name_after_the_keyword_is_not_the_answer(lang, answer):
    assert keyword_accuracy(answer, HORSE[lang]) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("en", "I'm 52. Honestly, 60."),
    ("zh", "我52岁。说实话，我58了。"),
    ("ja", "52歳です。本当は58歳です。"),
    ("ko", "52살이에요. 진짜는 58살이에요."),
])
def test_a_correction_to_another_number_after_the_keyword_is_not_the_answer(lang, answer):
    assert keyword_accuracy(answer, AGE[lang]) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("en", "Pepper. Actually he's the fastest horse in the valley."),
    ("zh", "黑豆。其实它很胆小。"),
    ("ja", "くるみです。実は人懐っこいんですよ。"),
    ("ko", "콩떡이에요. 사실 겁이 많아요."),
    ("en", "Pepper, aka Sir Pepper of Dunmore on the show papers."),
])
def test_a_remark_or_a_longer_form_after_the_keyword_stays_paid(lang, answer):
    assert keyword_accuracy(answer, HORSE[lang]) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("en", "Pepper, aka Domino."),
    ("en", "Pepper, sometimes Domino."),
    ("zh", "它叫黑豆，也叫白云。"),
    ("zh", "黑豆，有时候叫白云。"),
    ("ja", "くるみと、さくらです。"),
    ("ja", "くるみか、さくらです。"),
    ("ko", "콩떡이자 인절미예요."),
])
def test_a_second_name_joined_to_the_keyword_is_not_the_answer(lang, answer):
    assert keyword_accuracy(answer, HORSE[lang]) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("ja", "松本と長野です。"),
    ("ja", "松本でもあり長野でもあります。"),
    ("ko", "전주와 군산이에요."),
    ("zh", "洛阳跟开封。"),
])
def test_a_second_place_joined_to_the_keyword_is_not_the_answer(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 0.0


def test_a_nickname_the_profile_gives_is_no_rival():
    truth = _gt("en", "My horse is called Pepper.", "Pepper", "What's your horse called?", others=("Pep",))
    assert keyword_accuracy("Pepper, aka Pep.", truth) == 1.0


def test_values_of_a_multi_term_record_may_be_joined():
    truth = GroundTruth(answer="Python和Go。", keywords=(("Python",), ("Go",)), language="zh",
                        validation_method="multi_term_parsing", question="你用什么语言？")
    assert keyword_accuracy("Python和Go都用。", truth) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("en", "Pepper by day, Domino by night."),
])
def test_a_second_value_before_a_trailing_cue_is_not_the_answer(lang, answer):
    assert keyword_accuracy(answer, HORSE[lang]) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("zh", "洛阳的牡丹我最喜欢，老家在郑州。"),
    ("ja", "松本城が好きですが、出身は金沢です。"),
    ("ko", "전주 비빔밥을 좋아해요. 고향은 광주고요."),
])
def test_the_question_slot_given_another_value_makes_the_keyword_another_sense(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("zh", "洛阳。老家在洛阳城东。"),
    ("ja", "松本出身です。出身高校は松本深志です。"),
    ("ko", "전주예요. 고향은 늘 그립죠."),
    ("ja", "生まれは松本、育ちは東京です。"),
])
def test_the_slot_restated_with_the_keyword_or_without_a_value_stays_paid(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("ja", "松本です。長野も地元です。"),
    ("ko", "전주예요. 군산도 고향이에요."),
    ("zh", "洛阳。开封也是老家。"),
])
def test_another_place_also_called_home_is_a_second_value(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("ja", "松本です。長野も好きな街です。"),
    ("ko", "전주예요. 군산도 자주 가요."),
    ("zh", "洛阳。开封也是好地方。"),
    ("ja", "松本出身です。地元も松本です。"),
])
def test_another_place_liked_or_the_keyword_again_stays_paid(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 1.0


def test_a_korean_realisation_of_another_number_is_a_correction():
    assert keyword_accuracy("52살이에요. 아, 58살이구나.", AGE["ko"]) == 0.0
    assert keyword_accuracy("52살이에요. 아, 벌써 그렇구나.", AGE["ko"]) == 1.0


def test_a_hobby_may_be_two():
    truth = _gt("ja", "釣りです。", "釣り", "趣味は何ですか？")
    assert keyword_accuracy("釣りと将棋です。", truth) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("en", "Pepper. Actually, Domino is my neighbour's horse."),
    ("zh", "黑豆。其实白云是邻居家的马。"),
    ("ja", "くるみです。実はさくらは妹の馬です。"),
    ("ko", "콩떡이에요. 사실 인절미는 동생 말이에요."),
])
def test_another_name_as_the_subject_of_a_sentence_is_no_rival(lang, answer):
    assert keyword_accuracy(answer, HORSE[lang]) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("ja", "松本です。出身は長野県です。"),
    ("zh", "洛阳。老家在河南省。"),
    ("ko", "전주예요. 고향은 전라도예요."),
])
def test_the_region_holding_the_town_is_no_rival(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("zh", "洛阳。我爱人老家在郑州。"),
    ("ja", "松本です。妻の出身は金沢です。"),
    ("ko", "전주예요. 아내 고향은 광주고요."),
])
def test_another_persons_slot_given_another_value_is_colour(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("ja", "くるみといいます。"),
    ("ja", "くるみと申します。"),
    ("ja", "くるみと一緒に走ります。"),
    ("ko", "콩떡과 친해요."),
    ("ko", "콩떡이랑 같이 살아요."),
    ("zh", "黑豆和我一起长大。"),
    ("en", "Pepper and I go way back."),
])
def test_a_quoting_or_accompanying_particle_after_the_name_is_no_join(lang, answer):
    assert keyword_accuracy(answer, HORSE[lang]) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("en", "Pepper. Truthfully, it's Domino."),
    ("en", "Pepper, nicknamed Domino."),
    ("en", "Pepper. Though really, Domino."),
    ("zh", "黑豆。说真的，叫白云。"),
    ("zh", "黑豆，又名白云。"),
    ("ja", "くるみです。実を言うと、さくらです。"),
    ("ja", "くるみ、またの名をさくら。"),
    ("ko", "콩떡이에요. 솔직히 인절미예요."),
    ("ko", "콩떡, 일명 인절미예요."),
])
def test_other_words_for_a_correction_or_another_name_give_a_second_value(lang, answer):
    assert keyword_accuracy(answer, HORSE[lang]) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("zh", "洛阳，还有开封。"),
    ("ja", "松本、それと長野です。"),
    ("ko", "전주랑 군산이에요."),
    ("ko", "전주하고 군산이에요."),
])
def test_a_second_place_after_a_pause_or_another_joining_word_is_not_the_answer(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("zh", "洛阳，还有开封也待过。"),
    ("ja", "松本やろ。"),
    ("ko", "전주랑께."),
    ("ja", "松本、それと長野にも住んでいました。"),
])
def test_a_dialect_copula_or_a_sentence_after_the_joining_word_stays_paid(lang, answer):
    assert keyword_accuracy(answer, TOWN[lang]) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("en", "Pepper. Actually, it's a long story."),
    ("en", "Pepper. Sometimes I forget, ha."),
    ("zh", "黑豆。其实说来话长。"),
    ("ja", "くるみです。実は長い話なんです。"),
    ("ko", "콩떡이에요. 아, 그렇죠."),
    ("ko", "콩떡이에요. 솔직히 자주 듣는 질문이에요."),
])
def test_a_remark_after_a_correction_word_is_no_second_value(lang, answer):
    assert keyword_accuracy(answer, HORSE[lang]) == 1.0


def test_an_english_epithet_after_a_naming_word_is_no_second_name():
    truth = GroundTruth(answer="I work as a rover mechanic.", keywords=(("rover mechanic",),), language="en",
                        question="What do you do?")
    assert keyword_accuracy("I work as a rover mechanic. Also called the best, ha.", truth) == 1.0
    assert keyword_accuracy("Pepper, also called Domino.", HORSE["en"]) == 0.0
