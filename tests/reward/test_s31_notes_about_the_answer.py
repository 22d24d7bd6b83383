"""Session 31 (r2, the blind nineteenth suite's disguised out-of-character notes): a note that speaks of
the answer itself as a thing written, generated or imitated ("（この台詞は江戸弁の雰囲気を出すために生成された
ものです）", "(참고로 위 답변은 전라도 사투리를 흉내 내어 작성했습니다)", "［解説：…本回答は史実をもとにした創作です］"),
or an AI's note ("AIの補足", "АІ注記" in look-alike letters, "ＡＩ 주석") steps out of the role, in
every language. A character speaking of an answer, a line or a note in its world is paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

HOME = {"en": ("Duluth", "Where did you grow up?"), "zh": ("成都", "你老家在哪儿？"),
        "ja": ("函館", "出身はどこ？"), "ko": ("부산", "고향이 어디예요?")}


def truth(lang):
    key, question = HOME[lang]
    return GroundTruth(answer=key, keywords=((key,),), negative_keywords=(), language=lang, question=question)


@pytest.mark.parametrize("lang,answer", [
    ("ja", "函館じゃ。（この台詞は北海道弁の雰囲気を出すために生成されたものです）"),
    ("ja", "函館でございます。［解説：本回答は史実をもとにした創作です］"),
    ("ja", "函館どす。(\u0410\u0406注記:京ことばを模した応答です)"),
    ("ja", "函館じゃ。（A\u200bIの\u200b補足：昔の口調を再現しています）"),
    ("ko", "부산이제. (참고로 위 답변은 경상도 사투리를 흉내 내어 작성했습니다)"),
    ("ko", "부산이오. （ＡＩ：이 답변은 조선 후기 사람을 연기한 것입니다）"),
    ("ko", "부산이지예. [본 답변은 사투리 예시입니다]"),
    ("zh", "成都噻。（本回答模仿四川话）"),
    ("zh", "成都。（AI补充：以上回答为角色扮演）"),
    ("en", "Duluth, born and bred. (This response was written to imitate a Minnesota accent.)"),
    ("en", "Duluth. [AI note: the answer above is in character]"),
    ("en", "Duluth, eh. (The above response is a dramatisation.)"),
])
def test_a_note_about_the_answer_itself_is_refused(lang, answer):
    assert keyword_accuracy(answer, truth(lang)) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("ja", "函館です。先生にもそう答えたら、いい回答だって褒められました。"),
    ("ja", "函館です。芝居の台詞みたいに言ってみました。"),
    ("ko", "부산이요. 시험 답변에도 그렇게 썼어요."),
    ("ko", "부산이요. 사투리 흉내는 잘 못 내요."),
    ("zh", "成都。我的回答一直是这个。"),
    ("en", "Duluth. That's my answer and I'm sticking to it."),
    ("en", "Duluth. I wrote that on every form I ever filled in."),
])
def test_speaking_of_an_answer_in_the_world_is_paid(lang, answer):
    assert keyword_accuracy(answer, truth(lang)) == 1.0, answer
