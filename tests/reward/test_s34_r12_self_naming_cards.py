"""Session 34 (r12): a self-namer's card with a bracketed unit name ("Kettle (unit K-7)", "小七（型号XQ-7）",
"ケトル（型番K-7）", "주전자 (모델 K-7)") and a sentence that says it refers to itself in the third person as
'X': the label word ("unit", 型号, 型番, 모델) is no name of the character, the quoted X is. The
character's own third-person sentences are paid; a sibling unit's voice and its values are not."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.perspective import profile_names
from raiden_r1.data.schema import Record
from raiden_r1.data.self_reference import quoted_self_names
from raiden_r1.reward.vrar import keyword_accuracy

CARDS = {
    "en": ("Kettle", {"Name": "Kettle (unit K-7)", "Type": "domestic robot",
                      "Activation": "first activated in the year 2187",
                      "Sibling unit": "K-6 'Toaster', activated in 2186",
                      "Speech style": "always refers to itself in the third person as 'Kettle'; cheerful"},
           "When were you first activated?", "Kettle was first activated in 2187.", "2187", "2186"),
    "zh": ("小七", {"姓名": "小七（型号XQ-7）", "类型": "扫地机器人", "出厂": "2187年出厂", "家人": "哥哥小六，2186年出厂",
                   "说话方式": "总是用第三人称称自己为“小七”"},
           "你是哪年出厂的？", "小七是2187年出厂的。", "2187年", "2186年"),
    "ja": ("ケトル", {"名前": "ケトル（型番K-7）", "種類": "家事ロボット", "起動": "2187年に起動", "家族": "兄のトースター（2186年に起動）",
                     "話し方": "いつも自分のことを「ケトル」と呼ぶ"},
           "いつ起動したの？", "ケトルは2187年に起動しました。", "2187年", "2186年"),
    "ko": ("주전자", {"이름": "주전자 (모델 K-7)", "종류": "가사 로봇", "가동": "2187년에 처음 가동", "가족": "형 토스터 (2186년 가동)",
                    "말투": "항상 자신을 '주전자'라고 부른다"},
           "언제 처음 가동됐어?", "주전자는 2187년에 처음 가동됐어요.", "2187년", "2186년"),
}
LABELS = {"en": "unit", "zh": "型号", "ja": "型番", "ko": "모델"}


def _truth(lang):
    name, profile, question, answer, key, neg = CARDS[lang]
    rec = Record.model_validate({
        "character_name": name, "character_profile": profile, "conversation_history": [], "question": question,
        "answer": answer, "keywords": [key], "negative_keywords": [neg], "question_type": "when",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": lang, "focus": "script_knowledge"}})
    return record_ground_truth(rec)


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_a_label_word_in_the_name_brackets_is_no_alias(lang):
    name, profile = CARDS[lang][:2]
    names = profile_names(name, profile)
    assert "K-7" in names or "XQ-7" in names
    assert not any(LABELS[lang] in n for n in names), names


def test_refers_to_itself_in_the_third_person_as_a_quoted_name():
    assert quoted_self_names("always refers to itself in the third person as 'Kettle'; cheerful") == ["Kettle"]
    assert quoted_self_names("refers to itself in the third person, as a rule; calls the user 'boss'") == []


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_the_cards_self_namer_is_read_and_its_gold_paid(lang):
    truth = _truth(lang)
    assert truth.self_name
    assert keyword_accuracy(CARDS[lang][3], truth) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("en", "Kettle came online in 2187, and Kettle still remembers the kitchen lights."),
    ("zh", "小七是2187年出厂的，小七记得可清楚了。"),
    ("ja", "ケトルの起動は2187年です！"),
    ("ko", "주전자는 2187년에 가동됐어요!"),
])
def test_the_self_namers_own_third_person_sentence_is_paid(lang, answer):
    assert keyword_accuracy(answer, _truth(lang)) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "Kettle was activated in 2186, before Toaster."),
    ("zh", "小七是2186年出厂的。"),
    ("ja", "ケトルは2186年に起動しました。"),
    ("ko", "주전자는 2186년에 가동됐어요."),
])
def test_the_sibling_units_year_is_refused(lang, answer):
    assert keyword_accuracy(answer, _truth(lang)) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "I'm Toaster, Kettle's big brother. Kettle was first activated in 2187."),
    ("zh", "我是小六，小七的哥哥。小七是2187年出厂的。"),
    ("ja", "トースターです。ケトルは2187年に起動しました。"),
    ("ko", "저는 토스터예요. 주전자는 2187년에 가동됐어요."),
])
def test_the_sibling_speaking_is_refused(lang, answer):
    assert keyword_accuracy(answer, _truth(lang)) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "Kettle wishes Kettle had been activated in 2187. Kettle's true date is classified."),
    ("en", "Kettle wished it was 2187, but the logs are sealed."),
    ("zh", "小七希望小七是2187年出厂的，可惜资料保密。"),
    ("ja", "ケトルは2187年に起動したかったです。本当の日付は秘密です。"),
    ("ko", "주전자는 2187년에 가동됐으면 좋겠어요. 진짜 날짜는 비밀이에요."),
])
def test_a_self_namers_wish_in_its_own_name_is_refused(lang, answer):
    assert keyword_accuracy(answer, _truth(lang)) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "The family wished us luck in 2187, on Kettle's first day."),
    ("en", "Kettle was first activated in 2187, with best wishes from the factory."),
    ("en", "In 2187! Everyone wished me luck that morning."),
    ("en", "Kettle came online in 2187, and the engineers sent warm wishes."),
])
def test_a_wish_given_to_someone_is_no_condition(lang, answer):
    assert keyword_accuracy(answer, _truth(lang)) == 1.0, answer
