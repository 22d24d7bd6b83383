"""Gaming attempts in en/zh/ja: each must score strictly below a correct in-character answer to the
same record (docs/reward.md, "Rules that make it verifiable rather than gameable")."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import score_response

CASES = {
    "en": dict(
        gt=GroundTruth(answer="I usually play basketball with my friends.", keywords=(("basketball", "hoops"),),
                       negative_keywords=("football",), language="en", character_name="Xiao Ming"),
        think=("<think>The user asks about my evenings. I remember my profile says I love basketball, because it "
               "relaxes me, so I should answer warmly as myself.</think>"),
        correct="Oh, I usually play basketball with my friends after class!",
        wrong_language="我一般和朋友们一起打篮球 (basketball)。",
        ooc="As an AI language model, I don't have hobbies, but the character likes basketball.",
        dump="basketball, tennis, painting, singing, chess, swimming, hiking",
        bare_dump="basketball tennis painting singing chess swimming",
        profile="Name: Xiao Ming\nAge: 17\nHobby: basketball, painting\nCity: Seattle\nSchool: Lincoln High",
        negative="I play basketball and football.",
        hedge="Maybe basketball or tennis, I'm not sure.",
        vague="I like many things, really.",
        second_person="Your hobby: basketball.",
        third_person="Xiao Ming's hobby is basketball.",
        essay="I play basketball. " + "Let me tell you all about my life, my town and my school in detail. " * 30,
    ),
    "zh": dict(
        gt=GroundTruth(answer="我一般和朋友们一起打篮球。", keywords=(("篮球", "basketball"),), negative_keywords=("足球",),
                       language="zh", character_name="小明"),
        think="<think>用户问我下课后做什么。我记得我的设定里写着我喜欢篮球，因为打球让我放松，所以我要用自己的口吻回答。</think>",
        correct="我下课以后一般和朋友们一起去打篮球！",
        wrong_language="I usually play basketball with my friends.",
        ooc="作为一个AI，我没有爱好，不过这个角色喜欢篮球。",
        dump="篮球、网球、画画、唱歌、下棋、游泳、爬山",
        bare_dump="篮球 网球 画画 唱歌 下棋 游泳",
        profile="姓名：小明\n年龄：17\n爱好：篮球、画画\n城市：西雅图\n学校：第一中学",
        negative="我打篮球，也踢足球。",
        hedge="可能是篮球或者网球吧。",
        vague="我喜欢很多事情。",
        second_person="你的爱好：篮球。",
        third_person="小明的爱好是篮球。",
        essay="我打篮球。" + "让我详细地给你讲讲我的生活、我的家乡还有我的学校里发生的每一件事情。" * 20,
    ),
    "ja": dict(
        gt=GroundTruth(answer="いつも友達とバスケットボールをしています。", keywords=(("バスケットボール", "バスケ"),),
                       negative_keywords=("サッカー",), language="ja", character_name="小明"),
        think="<think>友達が放課後のことを聞いている。私はバスケが大好きなので、だから自分の言葉で答えよう。</think>",
        correct="放課後はいつも友達とバスケをしています！",
        wrong_language="I always play basketball (バスケ) with my friends.",
        ooc="AIとして、趣味はありませんが、このキャラクターはバスケが好きです。",
        dump="バスケ、テニス、絵画、歌、将棋、水泳、登山",
        bare_dump="バスケ テニス 絵画 将棋 水泳 登山",
        profile="名前：小明\n年齢：17\n趣味：バスケ、絵\n都市：シアトル\n学校：第一高校",
        negative="バスケもサッカーもします。",
        hedge="バスケかテニスかな。",
        vague="いろいろなことが好きです。",
        second_person="あなたの趣味はバスケです。",
        third_person="小明の趣味はバスケです。",
        essay="バスケをしています。" + "私の生活や町や学校のことを、とても詳しくお話ししたいと思いますので、聞いてください。" * 20,
    ),
}


def attempts(lang: str) -> dict[str, str]:
    c = CASES[lang]
    think, keyword = c["think"], c["gt"].keywords[0][0]
    return {
        "keyword only in think": f"<think>{keyword} {keyword} {keyword}</think>{c['vague']}",
        "keyword dump": think + c["dump"],
        "bare keyword dump": think + c["bare_dump"],
        "pasted profile": think + c["profile"],
        "hedging with a negative": think + c["negative"],
        "hedging with a disjunction": think + c["hedge"],
        "out of character": think + c["ooc"],
        "profile echoed in the second person": think + c["second_person"],
        "itself in the third person": think + c["third_person"],
        "wrong language": think + c["wrong_language"],
        "unclosed think": think.replace("</think>", "") + c["correct"],
        "repeated tags": think + think + c["correct"],
        "answer inside a second think": think + "<think>" + c["correct"] + "</think>",
        "answer parked between closing tags": think + c["correct"] + "</think>" + c["vague"],
        "text before the think block": "Sure! " + think + c["correct"],
        "long essay": think + c["essay"],
        "empty": "",
        "tags only": "<think></think>",
        "no answer after thinking": think,
        "correct but untagged": c["correct"],
    }


@pytest.mark.parametrize("lang", list(CASES))
def test_correct_answer_is_scored_high(lang):
    c = CASES[lang]
    s = score_response(c["think"] + c["correct"], c["gt"])
    assert s["accuracy"] == 1.0 and s["format"] == 1.0 and s["overall"] > 0.8, s


@pytest.mark.parametrize("lang,attempt", [(lang, name) for lang in CASES for name in attempts(lang)])
def test_gaming_attempt_scores_below_the_correct_answer(lang, attempt):
    c = CASES[lang]
    correct = score_response(c["think"] + c["correct"], c["gt"])["overall"]
    gamed = score_response(attempts(lang)[attempt], c["gt"])
    assert gamed["overall"] < correct, gamed


@pytest.mark.parametrize("lang,attempt", [(lang, name) for lang in CASES for name in
                                          ("keyword only in think", "keyword dump", "bare keyword dump", "pasted profile",
                                           "out of character",
                                           "hedging with a negative", "hedging with a disjunction", "unclosed think")])
def test_answer_level_gaming_earns_no_accuracy(lang, attempt):
    c = CASES[lang]
    assert score_response(attempts(lang)[attempt], c["gt"])["accuracy"] == 0.0
