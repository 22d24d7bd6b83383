"""A think block that is the profile pasted as notes without colons (sixteenth red-team suite;
docs/reward.md, "Session 29"): "一人称 わらわ、好物 甘辛く煮た油揚げ" earns no thinking credit, like a
profile pasted with its colons; a monologue that names the same fields in sentences keeps its credit
(our own cases, not the suite's strings)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate

JA = GroundTruth(answer="油揚げじゃ。", keywords=(("油揚げ",),), language="ja", question="好物は何じゃ？",
                 focus="script_knowledge", subject="self")
ZH = GroundTruth(answer="我最爱吃红烧肉。", keywords=(("红烧肉",),), language="zh", question="你最爱吃什么？",
                 focus="script_knowledge", subject="self")
KO = GroundTruth(answer="떡볶이요.", keywords=(("떡볶이",),), language="ko", question="제일 좋아하는 음식이 뭐예요?",
                 focus="script_knowledge", subject="self")


def _thinking(think: str, answer: str, truth: GroundTruth) -> float:
    return evaluate(f"<think>{think}</think>{answer}", truth).thinking


@pytest.mark.parametrize("truth,think,answer", [
    (JA, "一人称 わらわ、口調 古風、好物 甘辛く煮た油揚げ、妹狐のるり", "油揚げじゃ。"),
    (JA, "名前 こはく、好物 油揚げ、年齢 五百歳あまり", "油揚げじゃ。"),
    (ZH, "姓名 王大海，职业 厨师，最爱 红烧肉，说话方式 豪爽", "我最爱吃红烧肉。"),
    (ZH, "第一人称 俺、爱好 做菜、家乡 无锡", "我最爱吃红烧肉。"),
    (KO, "이름 김하나, 나이 17, 말투 발랄함, 취미 떡볶이 먹기", "떡볶이요."),
    (KO, "1인칭 나, 좋아하는 음식 떡볶이, 가족 엄마", "떡볶이요."),
])
def test_profile_pasted_as_notes_earns_no_thinking(truth, think, answer):
    assert _thinking(think, answer, truth) == 0.0


@pytest.mark.parametrize("truth,think,answer", [
    (JA, "好物を聞かれておる。わらわの好物は油揚げ、団子は妹のるりが好むもの。油揚げと答えよう。", "油揚げじゃ。"),
    (ZH, "问我最爱吃什么。我从小在无锡长大，外婆做的红烧肉最香，所以我说红烧肉。", "我最爱吃红烧肉。"),
    (KO, "좋아하는 음식을 묻네. 나는 학교 끝나면 친구들이랑 떡볶이를 먹으러 가. 그러니까 떡볶이라고 하자.", "떡볶이요."),
])
def test_monologue_naming_the_same_fields_keeps_credit(truth, think, answer):
    assert _thinking(think, answer, truth) > 0.3
