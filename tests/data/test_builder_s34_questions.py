"""Session 34 (review 74): a generic field whose value is a year or a date is asked when, never
what (「店の創業は何ですか」). Cards invented here, one per language."""

from __future__ import annotations

from built_records import built_records, profile

_CARDS = (
    (profile("Ada Finch", "en", Name="Ada Finch", Age="52", Occupation="Baker", **{"Shop founded": "1998"}), "1998",
     "When"),
    (profile("林秀英", "zh", 姓名="林秀英", 年龄="52岁", 职业="面馆老板", 开店=("2003年")), "2003", "什么时候|哪一年"),
    (profile("森 浩二", "ja", 名前="森 浩二", 年齢="60歳", 職業="蕎麦屋の店主", 店の創業="1985年"), "1985", "いつ|何年"),
    (profile("한정숙", "ko", 이름="한정숙", 나이="58세", 직업="국밥집 사장", 가게_개업="1994년"), "1994", "언제"),
)


def test_a_year_field_is_asked_when_not_what():
    import re
    for card, year, when in _CARDS:
        asked = [r.question for r in built_records(card) if any(year in str(k) for k in r.keywords)]
        assert asked and all(re.search(when, q) for q in asked), (card.name, asked)


def test_a_verb_clause_after_a_comma_is_no_place():
    from raiden_r1.data.builder.places import without_verb_clauses
    assert without_verb_clauses("망원동 반지하 방, 언니와 같이 살아요", "ko") == "망원동 반지하 방"
    assert without_verb_clauses("城西老巷的阁楼，和师兄同住", "zh") == "城西老巷的阁楼"
    assert without_verb_clauses("下町のアパート、妹と住んでいる", "ja") == "下町のアパート"
    assert without_verb_clauses("A flat in Leith, shares it with her sister", "en") == "A flat in Leith"
    assert without_verb_clauses("서울 마포구, 망원동", "ko") == "서울 마포구, 망원동"


def test_a_korean_home_value_with_a_live_with_clause_keys_the_place():
    card = profile("정미숙", "ko", 이름="정미숙", 나이="24세", 직업="미용사", 사는_곳="망원동 옥탑방, 친구 수진과 함께 삼")
    keys = [str(r.keywords) for r in built_records(card) if "옥탑방" in str(r.keywords)]
    assert keys and not any("함께" in k or "수진과" in k for k in keys), keys
