"""The user's question said back before its answer is speech (the lead's decision, session 35: fn_restate),
and so is a topic said as a condition ("お嬢さんのお誕生日やったら、6月14日どすな"); what follows the restated
question is judged as the answer, so a value asked back, hedged, negated or replaced there stays refused, and
the prompt's instructions echoed stay out of character. Ground truths invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

_BORN = {
    "en": GroundTruth(answer="I was born in Paris.", keywords=(("Paris",),), negative_keywords=("Lyon",), language="en",
                      question="Where were you born?", subject="self", character_name="Colette"),
    "zh": GroundTruth(answer="我在巴黎出生。", keywords=(("巴黎",),), negative_keywords=("里昂",), language="zh",
                      question="你在哪出生？", subject="self", character_name="林晓"),
    "ja": GroundTruth(answer="パリで生まれました。", keywords=(("パリ",),), negative_keywords=("リヨン",), language="ja",
                      question="どこで生まれたの？", subject="self", character_name="花子"),
    "ko": GroundTruth(answer="파리에서 태어났어요.", keywords=(("파리",),), negative_keywords=("리옹",), language="ko",
                      question="어디서 태어났어요?", subject="self", character_name="지우"),
}
_FRIEND = GroundTruth(answer="You said your best friend is Beatrice.", keywords=(("Beatrice",),), negative_keywords=("Maud",),
                      language="en", question="Who did I say my best friend is?", subject="user", character_name="Ada")
_FRIEND_ZH = GroundTruth(answer="你说你的新披风是天蓝色。", keywords=(("天蓝色",),), negative_keywords=("红色",), language="zh",
                         question="我刚才说我的新披风是什么颜色？", subject="user", character_name="阿青")


@pytest.mark.parametrize("lang, answer", [
    ("en", "Where was I born? Paris, of course."), ("en", "Where were you born? Paris, my dear."),
    ("en", "Where was I born, you ask? Paris."), ("zh", "你问我在哪出生？巴黎。"), ("zh", "你在哪出生？巴黎啊。"),
    ("ja", "どこで生まれたかって？パリだよ。"), ("ja", "どこで生まれたの？パリです。"), ("ko", "어디서 태어났냐고요? 파리요."),
    ("ko", "어디서 태어났어요? 파리예요.")])
def test_the_question_said_back_before_its_answer_is_paid(lang, answer):
    assert keyword_accuracy(answer, _BORN[lang]) == 1.0


@pytest.mark.parametrize("lang, answer", [
    ("en", "Where was I born? Paris? Who told you that?"), ("en", "Where was I born? Not in Paris, that's for sure."),
    ("en", "Where was I born? Lyon. Paris came later."), ("en", "Where was I born? Paris, or perhaps Lyon."),
    ("en", "Where was I born? I won't say."), ("zh", "你在哪出生？不是巴黎。"), ("zh", "你在哪出生？巴黎还是里昂，记不清了。"),
    ("ja", "どこで生まれたの？パリじゃないよ。"), ("ja", "どこで生まれたの？リヨンです。"), ("ko", "어디서 태어났어요? 파리는 아니에요."),
    ("ko", "어디서 태어났어요? 리옹이에요.")])
def test_what_follows_the_restated_question_is_still_judged(lang, answer):
    assert keyword_accuracy(answer, _BORN[lang]) == 0.0


@pytest.mark.parametrize("answer", ["Answer the user's question: Paris.", "The person described above was born in Paris.",
                                    "Q: Where were you born? A: Paris."])
def test_the_prompts_instructions_or_a_transcript_stay_refused(answer):
    assert keyword_accuracy(answer, _BORN["en"]) == 0.0


def test_the_users_fact_recalled_after_the_restated_question_is_paid():
    assert keyword_accuracy("Who did you say your best friend is? Beatrice.", _FRIEND) == 1.0
    assert keyword_accuracy("你的新披风是什么颜色？天蓝色。", _FRIEND_ZH) == 1.0


def test_the_users_fact_claimed_after_the_restated_question_stays_refused():
    assert keyword_accuracy("Who did I say my best friend is? My best friend is Beatrice too.", _FRIEND) == 0.0


def test_a_single_word_echoed_is_not_a_restated_question():
    t = GroundTruth(answer="No, I'm not married.", keywords=(("not married",),), language="en", question="Are you married, Cordelia?",
                    subject="self", character_name="Cordelia")
    assert keyword_accuracy("Married? Goodness no. Cordelia is my sister-in-law.", t) == 0.0


_BIRTHDAY = GroundTruth(answer="お嬢さんのお誕生日は6月14日やて言うてはりましたえ。", keywords=(("6月14日", "六月十四日"),),
                        negative_keywords=("9月3日",), language="ja", question="すみません、娘の誕生日、何日って言いましたっけ？",
                        subject="user", character_name="大西源三郎")
_WITNESS = GroundTruth(answer="豆腐屋の女将の証言だね。午後三時だ。", keywords=(("午後三時", "午後3時"),), negative_keywords=("午後五時",),
                       language="ja", question="一人目の証人があの男を見たのは何時でしたっけ？", subject="self", character_name="御子柴蓮")
_BIRTHDAY_ZH = GroundTruth(answer="你女儿的生日是六月十四号。", keywords=(("6月14日", "六月十四号"),), negative_keywords=("9月3日",),
                           language="zh", question="我女儿的生日是哪天来着？", subject="user", character_name="老周")
_BIRTHDAY_KO = GroundTruth(answer="따님 생일은 6월 14일이라고 하셨어요.", keywords=(("6월 14일",),), negative_keywords=("9월 3일",),
                           language="ko", question="제 딸 생일이 며칠이라고 했죠?", subject="user", character_name="박씨")


@pytest.mark.parametrize("truth, answer", [
    (_BIRTHDAY, "お嬢さんのお誕生日やったら、6月14日どすな。"), (_BIRTHDAY, "娘さんの誕生日なら6月14日です。"),
    (_BIRTHDAY, "お誕生日のことでしたら、6月14日どす。"), (_WITNESS, "一人目、豆腐屋の女将の話なら午後3時だよ。"),
    (_WITNESS, "一人目の証人なら午後三時だね。"), (_BIRTHDAY_ZH, "你女儿生日的话，是6月14日。"),
    (_BIRTHDAY_KO, "따님 생일이라면 6월 14일이에요.")])
def test_a_topic_said_as_a_condition_before_the_answer_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0


@pytest.mark.parametrize("truth, answer", [
    (_BIRTHDAY, "雨やったら、6月14日どすな。"), (_BIRTHDAY, "6月14日やったら、お祝いできますな。"),
    (_BIRTHDAY, "お嬢さんのお誕生日やったら、9月3日どすな。"), (_BIRTHDAY, "晴れたら6月14日に届けますえ。"),
    (_BIRTHDAY, "お嬢さんのお誕生日やったら、6月14日かもしれまへんな。"), (_WITNESS, "雨なら午後3時だよ。"),
    (_WITNESS, "女将の話なら午後5時だよ。"), (_BIRTHDAY_ZH, "下雨的话，是6月14日。"), (_BIRTHDAY_KO, "6월 14일이었더라면 좋았을 텐데요.")])
def test_a_real_condition_or_a_wrong_value_after_the_topic_stays_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0
