"""A list item cut from a clause that leans on its neighbour is said without the connective, and
the audit flags one that is not (review 61, section B: "奴家的性格是泼辣、机敏、心肠却软。" with the
key "心肠却软", which refused "心肠软。"). Cards invented here."""

from __future__ import annotations

from raiden_r1.data.audit.checks_keys import KEY_CHECKS
from raiden_r1.data.builder.clauses import unlinked
from built_records import by_family, gold_accuracy, profile

_ZH = profile("闵秋云", "zh", 姓名="闵秋云", 年龄="40岁", 性格="爽快、能干、脸上冷冰冰，心里却热乎")
_EN = profile("Odile Marsh", "en", Name="Odile Marsh", Age="40", Personality="stern, exacting, yet soft-hearted")
_JA = profile("宮坂 千景", "ja", 名前="宮坂 千景", 年齢="四十歳", 性格="口は悪いが、根は優しい、几帳面")
_KO = profile("유경태", "ko", 이름="유경태", 나이="마흔 살", 성격="말수가 적지만, 성실하다, 꼼꼼함")
_CASES = ((_ZH, "却", "心里热乎"), (_EN, "yet", "soft-hearted"), (_JA, "口は悪いが", "口は悪い"), (_KO, "적지만", "말수가 적다"))


def test_the_gold_says_the_trait_without_its_connective():
    for card, connective, free in _CASES:
        rec = by_family(card)["personality"]
        assert connective not in rec.answer and free in rec.answer, rec.answer
        assert gold_accuracy(rec, rec.answer) == 1.0


def test_the_unlinked_trait_and_the_cut_one_are_equal_keys():
    for card, _, free in _CASES:
        rec = by_family(card)["personality"]
        alts = [a for k in rec.keywords for a in ([k] if isinstance(k, str) else k)]
        assert free in alts and any(unlinked(a, card.language) == free for a in alts), rec.keywords


def test_a_natural_answer_naming_the_trait_without_the_connective_is_credited():
    rec = by_family(_ZH)["personality"]
    assert gold_accuracy(rec, "我这人心里热乎。") == 1.0


def test_a_word_holding_the_connective_is_no_cut_clause():
    for term, language in (("冷却", "zh"), ("从不退却", "zh"), ("也许", "zh"), ("可爱", "zh"), ("根は優しい", "ja"),
                           ("yesterday's child", "en"), ("성실하다", "ko")):
        assert unlinked(term, language) is None, term


def test_the_audit_flags_a_gold_and_key_with_a_dangling_connective():
    rec = by_family(_ZH)["personality"]
    spoiled = rec.model_copy(update={"answer": "我的性格是爽快、能干、心里却热乎。",
                                     "keywords": [["爽快", "能干", "脸上冷冰冰", "心里却热乎"]]})
    assert KEY_CHECKS["cut_clause"](spoiled, _ZH.fields)
    assert KEY_CHECKS["cut_clause"](rec, _ZH.fields) == []
