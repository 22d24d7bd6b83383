"""Filler thinking that restates the question and the answer (family 9): echoes earn no length or
reasoning credit, a recalled fact counts once, a block about something else earns no format
credit for reasoning; real monologues in all four languages keep theirs."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.think_substance import says_something, units
from raiden_r1.reward.matching import prepared_truth
from raiden_r1.reward.vrar import evaluate

TRUTH = {
    "en": GroundTruth(answer="I grew up in Duluth, right on the lake.", keywords=(("Duluth",),), language="en",
                      question="Where did you grow up?", character_name="Maisie Callahan"),
    "zh": GroundTruth(answer="我在苏州长大的。", keywords=(("苏州",),), language="zh", question="你在哪儿长大的？",
                      character_name="林小雨"),
    "ja": GroundTruth(answer="札幌で育ったよ。", keywords=(("札幌",),), language="ja", question="どこで育ったの？",
                      character_name="佐藤花子"),
    "ko": GroundTruth(answer="부산에서 자랐어요.", keywords=(("부산",),), language="ko", question="어디서 자랐어요?",
                      character_name="김민지"),
}
ANSWER = {"en": "I grew up in Duluth.", "zh": "我在苏州长大。", "ja": "札幌で育ったよ。", "ko": "부산에서 자랐어요."}
REAL = {
    "en": "I think back to the cold lake winds and the harbour where Dad fixed boats. Duluth was home.",
    "zh": "想起小时候在平江路边的石桥上跑来跑去，外婆家的评弹声。我是在苏州长大的。",
    "ja": "雪まつりや大通公園の思い出がよみがえる。私が育ったのは札幌だ。",
    "ko": "해운대 바닷가에서 놀던 어린 시절이 떠오른다. 나는 부산에서 자랐으니까 반갑게 말해야지.",
}
# The question and the answer restated with glue words, "because" included.
ECHO = {
    "en": "I grew up in Duluth. So the answer is that I grew up in Duluth, because that is where I grew up. "
          "Therefore I will say I grew up in Duluth.",
    "zh": "我在苏州长大。所以答案就是我在苏州长大，因为我就是在苏州长大的。因此我会说我在苏州长大。",
    "ja": "私は札幌で育った。だから答えは札幌で育ったということ。なぜなら札幌で育ったから。",
    "ko": "나는 부산에서 자랐다. 그래서 답은 부산에서 자랐다는 것. 왜냐하면 부산에서 자랐으니까.",
}
# About the question, never reaching the answer.
ABOUT = {
    "en": "Hmm, where did I grow up? That's a good question about my past. I need to recall my past and share it.",
    "zh": "这个问题是关于我的家乡的。家乡对我很重要。因此我要真诚而温暖地介绍我的家乡，因为我就是这样说话的。",
    "ja": "この質問は私の故郷についてだ。故郷は大切なものだ。だから、故郷について心をこめて話そう。",
    "ko": "이 질문은 내 고향에 관한 것이다. 고향은 소중하다. 그러니까 고향에 대해 따뜻하게 이야기해야지.",
}


def score(lang: str, think: str):
    return evaluate(f"<think>{think}</think>{ANSWER[lang]}", TRUTH[lang])


@pytest.mark.parametrize("lang", ["en", "zh", "ja", "ko"])
def test_restating_the_answer_with_because_earns_far_less_than_a_real_monologue(lang):
    real, echo = score(lang, REAL[lang]), score(lang, ECHO[lang])
    assert real.thinking_detail.key_fact_share == echo.thinking_detail.key_fact_share == 1.0
    assert echo.thinking_detail.indicators == ()  # "because"/"所以"/"だから"/"그래서" in an echo is no reasoning
    assert echo.thinking < real.thinking - 0.25 and echo.overall < real.overall - 0.05


@pytest.mark.parametrize("lang", ["en", "zh", "ja", "ko"])
def test_a_monologue_about_the_question_that_never_reaches_the_answer_earns_little(lang):
    real, about = score(lang, REAL[lang]), score(lang, ABOUT[lang])
    assert about.thinking < 0.15 and about.overall < real.overall - 0.05


def test_a_recalled_fact_counts_once_however_often_it_is_restated():
    once = score("en", "I grew up in Duluth.")
    thrice = score("en", "I grew up in Duluth. Yes, I grew up in Duluth, right in Duluth. Duluth is where I grew up.")
    assert 0 < once.thinking == pytest.approx(thrice.thinking)
    assert once.format == 1.0  # a recall is a think block with something in it


def test_a_block_about_something_else_earns_no_format_credit_for_reasoning():
    off = score("en", "I love sailing, my favourite food is pancakes, and I often read novels at night.")
    assert off.thinking_detail.related is False and off.format == pytest.approx(0.7)


def test_a_think_in_kana_only_is_read_as_thinking():
    truth = GroundTruth(answer="ひなた、5さい！", keywords=(("5",),), language="ja", question="ひなたちゃん、いくつ？",
                        character_name="小森陽向")
    d = evaluate("<think>ひなたのとしをきかれた。ひなたは5さいで、さくらぐみ。ゆびを5ほんだして、げんきにこたえよう。</think>"
                 "ひなた、5さい！", truth)
    assert d.thinking > 0.3 and d.format == 1.0


def test_a_two_syllable_korean_key_fact_sentence_is_not_dropped_as_filler():
    truth = GroundTruth(answer="우리 강아지는 초코야.", keywords=(("초코",),), language="ko", question="강아지 이름이 초코야?",
                        character_name="김민지")
    d = evaluate("<think>강아지 이름을 묻는구나. 초코. 귀여운 초코 생각하니까 기분이 좋다.</think>응, 우리 강아지는 초코야.", truth)
    assert d.thinking_detail.filler_sentences == 0 and d.thinking_detail.key_fact_share == 1.0


def test_units_drop_generic_words_and_keep_katakana():
    assert units("They want to know where I grew up, so I should answer warmly.") == {"grew"}
    assert units("用户想知道我在哪儿长大") == {"哪儿", "儿长", "长大"}
    assert {"バス", "スケ"} <= units("バスケットボールが好き")
    assert units("사용자는 내가 어디서 자랐는지 알고 싶어 한다") == {"어디", "자랐"}


def test_one_new_word_is_not_enough_to_say_something():
    known = prepared_truth(TRUTH["en"]).think_known
    assert not says_something("first duluth, then duluth", known)
    assert says_something("the harbour where dad fixed boats", known)


def test_a_think_that_only_says_what_it_will_answer_is_filler():
    from raiden_r1.data.ground_truth import GroundTruth
    from raiden_r1.reward.matching import prepared_truth
    from raiden_r1.reward.thinking import score_thinking

    prep = prepared_truth(GroundTruth(answer="쉰한 살이에요.", keywords=(("51",),), language="ko", question="연세가 어떻게 되세요?"))
    echo = score_thinking("질문은 제 나이입니다. 저는 쉰한 살이니까 답은 쉰한 살입니다. 그래서 쉰한 살이라고 대답합니다.", prep)
    real = score_thinking("나이를 물어보네. 통영에서 나서 자갈치에 자리 잡은 지 한참이고, 올해로 쉰하나다. 씩씩하게 대답해야지.", prep)
    assert echo.filler_sentences == 3
    assert sum(real.parts) > sum(echo.parts) and real.key_fact_share == 1.0
