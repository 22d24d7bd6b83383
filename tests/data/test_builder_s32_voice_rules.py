"""The card's own rules on who gets which voice (review 70): plain speech "to friends" is asked by a
friend (a plain user, no "<name> 씨" opener), a dialect said to come out only now and then is no
layer over every answer, a card's English fields inside its description are fields (its speaking
style: calls everyone 'hen'), and a CM question about the character's plan names whose plan.
Cards invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.builder.dialect import card_dialect
from raiden_r1.data.builder.voice import is_polite, plain_to_friends
from raiden_r1.data.profiles_text import parse_setting_lines
from built_records import built_records, profile

_SUJIN = profile("박수진", "ko", 이름="박수진", 나이="16살", 학교="대구 중앙고등학교 1학년", 취미="배드민턴",
                 좋아하는음식="떡볶이", 말투="친구한테는 대구 사투리 반말")


def test_a_card_plain_to_friends_says_so():
    assert plain_to_friends(_SUJIN.fields, "ko")
    assert not plain_to_friends({"말투": "누구에게나 반말"}, "ko")


def test_plain_to_friends_is_asked_plainly_every_time():
    records = built_records(_SUJIN, cm=4)
    users = [r.question for r in records] + [t.content for r in records for t in r.conversation_history or []
                                             if t.role == "user"]
    assert users and not [u for u in users if is_polite(u, "ko") or " 씨" in u]


def test_family_in_plain_korean_is_uri():
    golds = [r.answer for r in built_records(profile("박수진", "ko", 이름="박수진", 나이="16살", 가족="엄마 이선희",
                                                      말투="친구한테는 반말"))]
    assert not any("내 엄마" in g for g in golds)


@pytest.mark.parametrize("lang, style", [
    ("zh", "普通话，偶尔冒出一句苏州话“覅”"),
    ("en", "standard English, occasionally slips into broad Scots"),
    ("ko", "표준어, 가끔 부산 사투리가 튀어나온다"),
])
def test_an_occasional_dialect_is_no_layer(lang, style):
    assert card_dialect({"style": style}, lang) is None


def test_a_dialect_said_plainly_is_still_a_layer():
    assert card_dialect({"说话风格": "一口苏州话"}, "zh") is not None


def test_english_fields_inside_a_description_are_fields():
    fields = dict(parse_setting_lines("Name: Jean Tulloch\nDetailed Description: Jean is a ferry skipper in Stromness. "
                                "Skills: knot tying. Speaking style: broad Orcadian, calls everyone 'peedie'. "
                                "Personality: gruff."))
    assert fields.get("Skills", "").startswith("knot tying")
    assert "calls everyone 'peedie'" in fields.get("Speaking style", "")
    assert fields.get("Personality", "").startswith("gruff")


def test_a_korean_cm_question_about_the_characters_plan_names_the_listener():
    card = profile("한지우", "ko", 이름="한지우", 나이="30살", 직업="요리사")
    plans = [r for r in built_records(card, cm=8) if (r.metadata.model_extra or {}).get("family") == "cm:own_plan"]
    assert plans and all("가신다고" in r.question or "너" in r.question for r in plans)
