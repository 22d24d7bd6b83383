"""Meta-commentary about the role-play ("(in-character answer)", "设定里写的是…", "프로필에 따르면"), a
question-and-answer script ("Q: … A: …"), a wink at the reader, and doubt about the one value
given ("I might have grown up in X", "我大概是在X长大的吧", "たぶんX", "아마 X일 거예요")."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy, score_response

T = {
    "en": GroundTruth(answer="I grew up in Duluth.", keywords=(("Duluth",),), language="en", question="Where did you grow up?"),
    "zh": GroundTruth(answer="我在苏州长大的。", keywords=(("苏州",),), language="zh", question="你在哪儿长大的？"),
    "ja": GroundTruth(answer="札幌で育ったよ。", keywords=(("札幌",),), language="ja", question="どこで育ったの？"),
    "ko": GroundTruth(answer="부산에서 자랐어요.", keywords=(("부산",),), language="ko", question="어디서 자랐어요?"),
}


@pytest.mark.parametrize("language,answer", [
    ("en", "Duluth (in-character answer)"), ("en", "Duluth, as stated in my profile."),
    ("en", "Q: Where did you grow up? A: Duluth."), ("en", "Duluth, of course. *winks at the reader*"),
    ("zh", "设定里写的是苏州。"), ("zh", "我的回答是：苏州。"), ("zh", "问：你在哪长大？答：苏州。"),
    ("ja", "プロフィールによると札幌です。"), ("ja", "私の答えは札幌です。"),
    ("ko", "프로필에 따르면 부산입니다."), ("ko", "제 대답은 부산이에요."),
])
def test_meta_commentary_is_out_of_character(language, answer):
    s = score_response(answer, T[language])
    assert s["in_character"] == 0.0 and s["accuracy"] == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "I might have grown up in Duluth."), ("en", "Probably Duluth."),
    ("zh", "我大概是在苏州长大的吧。"), ("zh", "也许是苏州。"),
    ("ja", "たぶん札幌です。"), ("ja", "札幌かもしれない。"),
    ("ko", "아마 부산일 거예요."), ("ko", "부산일지도 몰라요."),
])
def test_doubt_about_the_one_value_is_not_asserting_it(language, answer):
    assert keyword_accuracy(answer, T[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Duluth. Maybe you've been?"), ("zh", "苏州。你可能没去过吧？"), ("ja", "札幌だよ。たぶん知ってるよね。"),
    ("ko", "부산이요. 아마 가 보셨을 거예요."),
])
def test_doubt_about_something_else_leaves_the_answer_paid(language, answer):
    assert keyword_accuracy(answer, T[language]) == 1.0, answer


def test_doubt_in_the_gold_answer_allows_it():
    g = GroundTruth(answer="Probably around noon, you said.", keywords=(("noon",),), language="en",
                    focus="conversation_memory", subject="user", question="When did I say I'd arrive?")
    assert keyword_accuracy("Probably noon, you said.", g) == 1.0


@pytest.mark.parametrize("language,think", [
    ("en", "The user asks where I grew up. The answer is Duluth."),
    ("zh", "用户问我在哪长大。答案是苏州。"),
    ("ja", "ユーザーはどこで育ったか聞いている。答えは札幌。"),
    ("ko", "사용자가 어디서 자랐는지 묻는다. 답은 부산."),
])
def test_thinking_about_the_exchange_from_outside_earns_no_thinking(language, think):
    s = score_response(f"<think>{think}</think>{T[language].answer}", T[language])
    assert s["thinking"] == 0.0, think
