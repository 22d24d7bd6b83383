"""Session 32 (r5, rev71's refused natural answers): a negated verb of losing, failing or giving up
claims the skill ("누구헌테도 안 져", "将棋なら負けない", "象棋从来不输", "I never lose at chess"), and
native Korean tens with a unit are read as the number in every form ("일흔하나여" = 71). The nearest
denial, and another age, are still refused."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def sk(language, question, key, negatives=()):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question, negative_keywords=tuple(negatives))


SKILL = {"en": sk("en", "What are you good at?", "chess"), "zh": sk("zh", "你擅长什么？", "象棋"),
         "ja": sk("ja", "得意なことは何ですか？", "将棋"), "ko": sk("ko", "특기가 뭐야?", "그물")}
AGE = sk("ko", "몇 살이야?", "71", ["67", "74"])


@pytest.mark.parametrize("language,answer", [
    ("ko", "그물 깁는 거는 누구헌테도 안 져."), ("ko", "그물 깁기는 안 져."), ("ko", "그물 깁기라면 지지 않아."),
    ("ko", "그물 깁기는 포기 안 해."),
    ("ja", "将棋なら負けない。"), ("ja", "将棋では負けたことがない。"), ("ja", "将棋は諦めない。"),
    ("zh", "下象棋我从没输过。"), ("zh", "象棋从来不输。"), ("zh", "象棋，我不会输。"),
    ("en", "I never lose at chess."), ("en", "Chess. I never lose."),
])
def test_a_negated_verb_of_losing_claims_the_skill(language, answer):
    assert keyword_accuracy(answer, SKILL[language]) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("ko", "그물 깁기는 못 해."), ("ko", "그물 깁기라면 안 해."), ("ko", "그물 깁기는 안 져, 근데 잘하진 않아."),
    ("ko", "그물 깁기는 안 지어."),
    ("ja", "将棋ならしない。"), ("ja", "将棋なら負けないけど、好きじゃない。"), ("ja", "将棋は得意じゃない。"),
    ("zh", "象棋我不擅长。"), ("zh", "象棋从来不输，因为我不下。"), ("zh", "象棋？我老是输。"),
    ("en", "I don't play chess."), ("en", "I never lose at chess because I never play."), ("en", "I always lose at chess."),
])
def test_a_denial_beside_it_is_still_refused(language, answer):
    assert keyword_accuracy(answer, SKILL[language]) == 0.0, answer


@pytest.mark.parametrize("text,number", [
    ("일흔하나여", "71"), ("일흔하나랑께", "71"), ("일흔 하나여", "71"), ("일흔하나제", "71"), ("일흔하나인디", "71"),
    ("열하나여", "11"), ("스물아홉이여", "29"), ("여든여덟이제", "88"),
])
def test_native_tens_and_a_unit_are_the_number(text, number):
    assert canonical(text).startswith(number), text


@pytest.mark.parametrize("text", ["하나님", "하나도 없어", "하나같이", "일흔하나여자"])
def test_words_that_only_start_like_a_numeral_stay_words(text):
    assert not any(c.isdigit() for c in canonical(text)), text


@pytest.mark.parametrize("answer,paid", [
    ("일흔하나여.", 1.0), ("올해 일흔하나랑께.", 1.0), ("일흔한 살이여.", 1.0),
    ("일흔넷이여.", 0.0), ("예순일곱이여.", 0.0), ("일흔하나? 아니, 일흔넷이여.", 0.0),
])
def test_the_age_in_native_numerals(answer, paid):
    assert keyword_accuracy(answer, AGE) == paid, answer
