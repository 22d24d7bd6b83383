"""Session 31: a Jeju card in 반말 gets the plain Jeju endings in its golds (이라/라 for the copula
이야/야, 주 after a past, 허주 for 해), not only the polite ones (수다, 우다). Cards invented here."""

from __future__ import annotations

import re

from raiden_r1.data.schema import SBK
from built_records import built_records, gold_accuracy, profile

_FIELDS = dict(나이="58살", 생일="5월 5일", 직업="해녀", 취미="민요 부르기", 좋아하는음식="성게국", 싫어하는것="장마", 키="148센티미터")
_JEJU = profile("부춘자", "ko", 이름="부춘자", 말투="제주 사투리를 쓴다(~수다, 혼저 옵서). 반말을 한다.", **_FIELDS)
_SEOUL = profile("부춘자", "ko", 이름="부춘자", 말투="반말을 한다.", **_FIELDS)


def _sbk(card):
    return [r for r in built_records(card) if r.focus == SBK]


def test_plain_jeju_golds_say_the_plain_jeju_endings():
    golds = [r.answer for r in _sbk(_JEJU)]
    assert any(re.search(r"라\.$", g) for g in golds), golds
    assert any(re.search(r"(?:주|허주)\.$", g) for g in golds), golds
    assert not any(re.search(r"(?:이야|해)\.$", g) for g in golds), golds


def test_plain_jeju_golds_are_credited():
    assert all(gold_accuracy(r, r.answer) == 1.0 for r in _sbk(_JEJU))


def test_a_card_without_the_dialect_keeps_standard_banmal():
    golds = [r.answer for r in _sbk(_SEOUL)]
    assert any(re.search(r"야\.$", g) for g in golds) and not any(g.endswith("허주.") for g in golds)
