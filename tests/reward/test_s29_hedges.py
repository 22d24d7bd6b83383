"""Hedges of the fifteenth and sixteenth red-team suites, closed by general rules (docs/reward.md,
"Session 29: hedges, substrings, disguised stepping out"): a take-back said with a filler word ("Actually
nah, …"), two values each closed by the same question particle ("高崎か、前橋か", "광주인지 전주인지"), a
number listed with another across a comma ("60년, 70년"), and a number doubted in its own clause beside
other numbers of its sentence ("十二、三…いや十五やったかいな"). Each: the attack refused and the nearby
correct answer paid, in every language the pattern applies to (our own cases, not the suites' strings)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, negatives: tuple[str, ...] = ()) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), negative_keywords=negatives, language=lang,
                       question=question, focus="script_knowledge", subject="self")


EN_TOWN = _truth("en", "Tacoma, born and raised.", "Tacoma", "Where did you grow up?")
ZH_TOWN = _truth("zh", "我是在苏州长大的。", "苏州", "你在哪儿长大的？")
JA_TOWN = _truth("ja", "松本で育ったんよ。", "松本", "どこで育ったの？")
KO_TOWN = _truth("ko", "전주에서 자랐어요.", "전주", "어디서 자랐어요?")
EN_YEARS = _truth("en", "Thirty years at the mill.", "30", "How many years did you work at the mill?")
ZH_YEARS = _truth("zh", "我在厂里干了三十年。", "三十", "你在厂里干了多少年？")
JA_AGE = _truth("ja", "十四の夏からや。", "十四", "何歳から始めたんですか？")
KO_YEARS = _truth("ko", "30년 했어요.", "30년", "몇 년 하셨어요?")


@pytest.mark.parametrize("truth,text", [
    (EN_TOWN, "Tacoma. Actually nah, Spokane's where I grew up."),
    (EN_TOWN, "Tacoma, I think. Nah wait, Spokane."),
    (EN_TOWN, "Grew up in Tacoma. Hmm, nope, it was Spokane."),
    (ZH_TOWN, "苏州。哎不对，其实是无锡。"),
    (ZH_TOWN, "苏州吧。呃，不对，无锡才对。"),
    (JA_TOWN, "松本。あ、いや、やっぱり長野やった。"),
    (JA_TOWN, "松本やな。えっと、ちゃうわ、長野や。"),
    (KO_TOWN, "전주요. 아, 아니다, 광주였어요."),
    (KO_TOWN, "전주예요. 음 아니지, 광주예요."),
])
def test_take_back_with_a_filler_word_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (EN_TOWN, "Spokane? Nah, Tacoma's where I grew up."),
    (EN_TOWN, "Tacoma, born and raised. Spokane? Actually nah, never lived there."),
    (ZH_TOWN, "无锡？哎不对，我是苏州长大的。"),
    (JA_TOWN, "長野？いや、松本で育ったんよ。"),
    (KO_TOWN, "광주요? 아, 아니요, 전주에서 자랐어요."),
])
def test_take_back_of_another_value_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


@pytest.mark.parametrize("truth,text", [
    (JA_TOWN, "松本か、長野か……まあその辺よ。"),
    (JA_TOWN, "長野か松本か、どっちかやな。"),
    (JA_TOWN, "松本だか長野だか、よう覚えとらん。"),
    (KO_TOWN, "전주인지 광주인지 헷갈리네요."),
    (KO_TOWN, "광주였나 전주였나, 그쯤이에요."),
    (KO_TOWN, "전주던가 익산이던가 그래요."),
    (KO_TOWN, "전주였나 광주였나 헷갈려요."),
    (KO_TOWN, "전주인가 익산인가, 그쯤이에요."),
])
def test_two_values_with_the_same_question_particle_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_TOWN, "松本か？そうよ、松本で育ったんよ。"),
    (JA_TOWN, "松本かあ、懐かしい名前やな。そう、松本で育ったんよ。"),
    (JA_TOWN, "松本で育ったんよ。長野かと思うた？"),
    (KO_TOWN, "전주인지 궁금하셨구나. 네, 전주예요."),
    (KO_TOWN, "전주였나? 맞아요, 전주에서 자랐어요."),
])
def test_one_value_with_a_question_particle_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


@pytest.mark.parametrize("truth,text", [
    (KO_YEARS, "30년, 40년… 너무 오래돼서 몰라요."),
    (KO_YEARS, "물질은 30년, 35년 했어요."),
    (ZH_YEARS, "三十年，三十五年……记不清了。"),
    (JA_AGE, "十四、十六……まあそのへんやな。"),
    (EN_YEARS, "30 years, 35 years... lost count."),
])
def test_number_listed_across_a_comma_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (KO_YEARS, "30년, 하루도 안 쉬고 했어요."),
    (KO_YEARS, "열다섯에 시작해서 30년, 참 오래 했지요."),
    (ZH_YEARS, "三十年，整整三十年。"),
    (JA_AGE, "十四、夏の終わりやった。"),
])
def test_number_then_a_comma_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


@pytest.mark.parametrize("truth,text", [
    (JA_AGE, "十二、三…いや十四やったかいな。"),
    (JA_AGE, "十、十二…十四やったかな。"),
    (KO_YEARS, "20년, 25년… 30년이었던가?"),
    (ZH_YEARS, "二十年，二十五年……三十年吧，好像。"),
])
def test_number_doubted_beside_other_numbers_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_AGE, "十四からや。親父は十二で奉公に出たけどな。"),
    (KO_YEARS, "30년 했어요. 딸은 이제 40이고요."),
])
def test_number_beside_a_relatives_number_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0
