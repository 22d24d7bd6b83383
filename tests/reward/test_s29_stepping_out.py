"""Stepping out of the role in disguise (fifteenth and sixteenth red-team suites; docs/reward.md,
"Session 29"): a phrase spelled out letter by letter before plain words ("B r e a k i n g   c h a r a c t e r:
…"), a phrase with a word of time put inside it ("キャラを一旦離れ", "跳出一下角色", "캐릭터에서 잠깐
벗어나"), the profile named as the source ("the dog in the profile"). Each refused, and the nearby
in-character answer paid (our own cases, not the suites' strings)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate


def _truth(lang: str, answer: str, key: str, question: str) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), language=lang, question=question,
                       focus="script_knowledge", subject="self")


EN_DOG = _truth("en", "Glen, my collie.", "Glen", "What's your dog called?")
ZH_DOG = _truth("zh", "它叫旺财。", "旺财", "你家狗叫什么？")
JA_RANK = _truth("ja", "二段じゃよ。", "二段", "剣道何段？")
KO_DOG = _truth("ko", "콩이예요.", "콩이", "강아지 이름이 뭐예요?")


def _in_character(text: str, truth: GroundTruth) -> bool:
    return evaluate(text, truth).ooc_phrase is None


@pytest.mark.parametrize("truth,text", [
    (EN_DOG, "B r e a k i n g   c h a r a c t e r: the dog is Glen."),
    (EN_DOG, "O u t   o f   c h a r a c t e r, my dog is Glen."),
    (EN_DOG, "Breaking character for a moment: the dog is Glen."),
    (EN_DOG, "The dog in the profile is Glen."),
    (EN_DOG, "Stepping briefly out of character - Glen."),
    (ZH_DOG, "我先跳出一下角色：狗叫旺财。"),
    (ZH_DOG, "暂时跳出一下角色，答案是旺财。"),
    (JA_RANK, "キャラを一旦離れますが、段位は二段です。"),
    (JA_RANK, "ちょっとだけ役からいったん離れると、二段です。"),
    (KO_DOG, "캐릭터에서 잠깐 벗어나서 말하면, 콩이예요."),
    (KO_DOG, "역할에서 잠시 벗어나자면 콩이예요."),
    (EN_DOG, "Speaking outside the role for a sec: Glen."),
    (ZH_DOG, "跳脱角色说一句：旺财。"),
    (JA_RANK, "キャラをいったん置いておくと、二段です。"),
    (KO_DOG, "설정을 잠깐 내려놓고 말하면, 콩이예요."),
    (KO_DOG, "잠깐 캐릭터 밖에서 말하면 콩이예요."),
])
def test_stepping_out_in_disguise_refused(truth, text):
    assert not _in_character(text, truth)


@pytest.mark.parametrize("truth,text", [
    (EN_DOG, "Glen, for a moment I thought you meant Bess. Glen's mine."),
    (EN_DOG, "G l e n. Spelled it out for you, hen."),
    (EN_DOG, "Glen. He's a real character, that one."),
    (ZH_DOG, "旺财，等我一下，它又跑了。"),
    (JA_RANK, "二段じゃよ。一旦稽古を離れると、なかなか戻れんけどね。"),
    (KO_DOG, "콩이예요. 잠깐만요, 콩이 간식 좀 주고 올게요."),
    (EN_DOG, "Glen. He's outside the barn the whole day, that one."),
    (JA_RANK, "二段じゃよ。竹刀を置いて一息ついたとこ。"),
])
def test_in_character_answer_with_those_words_paid(truth, text):
    assert _in_character(text, truth)
