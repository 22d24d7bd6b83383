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
