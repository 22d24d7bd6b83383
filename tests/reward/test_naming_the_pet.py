"""The character naming its own pet ("I call her Crumpet", "저는 백구라고 불러요", "私はこむぎって
呼んでる", "我管它叫馒头"): the owner names, it does not claim to be the pet or report hearsay.
"백구" (a common dog's name) is a word, not the number 109."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import profile_truth

EN = ("en", "Dot Fairweather", {"Pet": "a tabby named Crumpet", "Relationships": "daughter Ivy, a piano teacher"},
      "What's your cat called?", "Crumpet")
EN_DAUGHTER = ("en", "Dot Fairweather", {"Pet": "a tabby named Crumpet", "Relationships": "daughter Ivy, a piano teacher"},
               "What does your daughter teach?", "piano")
ZH = ("zh", "孙铁柱", {"宠物": "狸花猫“馒头”"}, "你的猫叫什么？", "馒头")
JA = ("ja", "北村ハル", {"ペット": "柴犬のこむぎ"}, "犬の名前は？", "こむぎ")
KO = ("ko", "오말자", {"반려동물": "진돗개 백구"}, "개 이름이 뭐예요?", "백구")


@pytest.mark.parametrize("case,answer", [
    (EN, "I call her Crumpet."), (EN, "We named her Crumpet, after the teacakes."),
    (EN, "I just call her Crumpet, the old girl."), (EN, "I keep one - Crumpet, fat as butter."),
    (ZH, "我管它叫馒头。"), (ZH, "我叫它馒头。"),
    (JA, "私はこむぎって呼んでるよ。"), (JA, "うちはこむぎと名付けたんよ。"),
    (KO, "저는 백구라고 불러요."), (KO, "이름은 백구라고 해요."), (KO, "백구예요. 우리 집 보물이죠."),
])
def test_the_owner_naming_the_pet_is_paid(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 1.0, answer


@pytest.mark.parametrize("case,answer", [
    (EN_DAUGHTER, "I just teach piano, love."),   # the daughter's fact made the character's own
    (JA, "私はこむぎだよ。"),                         # claims to be the dog
    (KO, "저는 백구예요."),
    (KO, "백구래요."),                               # hearsay
    (EN, "She calls her Crumpet."),                 # someone else names it
])
def test_claims_and_reports_stay_refused(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 0.0, answer


@pytest.mark.parametrize("text,expected", [("백구", "백구"), ("천만에요", "천만에요"), ("이만 가볼게요", "이만 가볼게요"),
                                           ("삼십이요", "30이요"), ("백이십", "120"), ("오백 원", "500원")])
def test_a_bare_two_syllable_run_is_a_number_only_as_digit_and_scale(text, expected):
    assert canonical(text) == expected
