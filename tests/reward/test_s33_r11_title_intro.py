"""The character's own title right before its own name, said as an introduction ("陰陽師の賀茂晴明に
ございます", "Detective Kenji Sato.") is the character naming itself (own_intro.py); the titled name as
the subject of a sentence that goes on, or a name with an honorific, stays third person."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

SEI = GroundTruth(answer="賀茂晴明でございます。", keywords=(("賀茂晴明", "晴明"),), language="ja", question="あなたは誰ですか？",
                  subject="self", character_name="賀茂晴明", role="陰陽寮に仕える陰陽師")
SATO = GroundTruth(answer="I'm Kenji Sato.", keywords=(("Kenji Sato", "Sato"),), language="en", question="Who are you?",
                   subject="self", character_name="Kenji Sato", role="police detective")
ZHU = GroundTruth(answer="我是赵铁柱。", keywords=(("赵铁柱", "铁柱"),), language="zh", question="你是谁？",
                  subject="self", character_name="赵铁柱", role="冰雕师傅")
GRAN = GroundTruth(answer="박순자다.", keywords=(("박순자", "순자"),), language="ko", question="누구세요?",
                   subject="self", character_name="박순자", role="노점 할머니")


@pytest.mark.parametrize("truth,answer", [
    (SEI, "陰陽師の賀茂晴明にございます。"),
    (SEI, "陰陽師の賀茂晴明でございます。"),
    (SATO, "Detective Kenji Sato."),
    (SATO, "Detective Sato, at your service."),
    (ZHU, "冰雕师傅赵铁柱。"),
    (GRAN, "노점 할머니 박순자다."),
])
def test_own_title_before_own_name_is_an_introduction(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (SEI, "陰陽師の賀茂晴明は京の生まれだ。"),
    (SEI, "陰陽師の賀茂晴明という男がおる。"),
    (SEI, "陰陽師の晴明殿でございます。"),
    (SATO, "Detective Sato is the man you want."),
    (SATO, "Ask Detective Sato."),
])
def test_the_titled_name_spoken_of_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
