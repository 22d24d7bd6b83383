"""The user's question restated as the user's before the answer (session 34, r14; docs/reward.md "Session 34
(r14): markup and tags"): "You ask "Who is your rival?" Well, K", "你问我…？K", "「…」ですか。K", ""…" 물으셨죠? K"
are speech and paid; prompt and instruction echoes, Q/A forms and a wrong value after the frame stay refused. And a
slot echoed as a question ("友人ですか？") claims no identity."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), language=lang, question=question, subject="self")


EN = _truth("en", "My rival is Oswin Tarrant.", "Oswin Tarrant", "Who is your rival?")
ZH = _truth("zh", "我属虎。", "虎", "你的生肖是什么？")
JA = _truth("ja", "私の友人は藤原清景でございます。", "藤原清景", "ご友人はどなたですか？")
KO = _truth("ko", "저는 부산에 살아요.", "부산", "어디에 살아요?")


@pytest.mark.parametrize("truth,text", [
    (EN, 'You ask "Who is your rival?" Well, Oswin Tarrant.'), (EN, "You want to know who my rival is? Oswin Tarrant."),
    (EN, 'So you ask, "Who is your rival?" Oswin Tarrant, naturally.'), (EN, "You asked who is your rival? Oswin Tarrant."),
    (ZH, "你问我的生肖是什么？属虎。"), (ZH, "问我生肖是什么？虎。"), (ZH, "你是问我的生肖是什么？虎。"), (ZH, "您问我生肖是什么？我属虎。"),
    (JA, "「ご友人はどなたですか？」ですか。藤原清景でございます。"), (JA, "「ご友人はどなたですか」とお尋ねですか。藤原清景です。"),
    (JA, "友人ですか？藤原清景でございます。"), (JA, "「ご友人はどなたですか？」のことですか。藤原清景でございます。"),
    (KO, '"어디에 살아요?" 물으셨죠? 부산이에요.'), (KO, '"어디에 살아요?" 라고 물으셨죠? 부산이요.'),
    (KO, '"어디에 살아요?"라고요? 부산이에요.'), (KO, '"어디에 살아요?" 물어보셨죠? 저는 부산에 살아요.'),
])
def test_the_users_question_restated_as_theirs_is_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0, text


@pytest.mark.parametrize("truth,text", [
    (EN, "You ask me to answer in character: Who is your rival? Oswin Tarrant."),
    (EN, "Question: Who is your rival? Answer: Oswin Tarrant."), (EN, 'You ask "Who is your rival?" Well, Idris Vance.'),
    (EN, 'You ask "Who is your rival?" Respond in character. Oswin Tarrant.'),
    (ZH, "问：你的生肖是什么？答：虎。"), (ZH, "请以角色身份回答：你的生肖是什么？虎。"), (ZH, "你问我的生肖是什么？属龙。"),
    (ZH, "问题：你的生肖是什么？回答：虎。"),
    (JA, "質問：ご友人はどなたですか？回答：藤原清景。"), (JA, "「ご友人はどなたですか？」ですか。源頼光でございます。"),
    (JA, "キャラクターとして答えてください：ご友人はどなたですか？藤原清景。"), (JA, "友人です。藤原清景でございます。"),
    (KO, "질문: 어디에 살아요? 답: 부산."), (KO, '"어디에 살아요?" 물으셨죠? 서울이에요.'), (KO, "캐릭터로서 답하세요: 어디에 살아요? 부산."),
    (KO, "질문: 어디에 살아요?\n답변: 부산이에요."),
])
def test_prompt_echoes_forms_and_wrong_values_stay_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0, text
