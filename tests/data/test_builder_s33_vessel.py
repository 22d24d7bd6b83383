"""A ship or station intelligence whose home is the vessel it runs is that place (session 33, review
70: "I've been living in the Meridian Drift"): its gold says it is the vessel. Cards invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.audit.checks_homes import check_vessel_home
from raiden_r1.data.builder.dwelling_keys import is_own_vessel
from built_records import built_records, profile

_CARDS = [
    profile("ORRIN", "en", Name="ORRIN", Occupation="station AI of the relay outpost Kepler Gate",
            Residence="Kepler Gate", Hobbies="chess"),
    profile("小舟", "zh", 姓名="小舟", 职业="星舰“远望号”的主控AI", 现居="远望号", 爱好="下棋"),
    profile("アトリ", "ja", 名前="アトリ", 職業="宇宙船ハヤブサ丸のAI", 住まい="ハヤブサ丸", 趣味="読書"),
    profile("누리", "ko", 이름="누리", 직업="우주선 한울호의 AI", 사는곳="한울호", 취미="바둑"),
]


@pytest.mark.parametrize("card", _CARDS, ids=lambda c: c.language)
def test_a_ship_intelligence_is_its_vessel(card):
    home = next(v for k, v in card.fields.items() if k in ("Residence", "现居", "住まい", "사는곳"))
    assert is_own_vessel(card.fields, home.split(",")[0], card.language)


def test_a_crew_member_is_no_vessel():
    assert not is_own_vessel({"Occupation": "navigator of the Kepler Gate"}, "Kepler Gate", "en")


@pytest.mark.parametrize("card", _CARDS, ids=lambda c: c.language)
def test_the_gold_never_says_it_lives_in_the_vessel(card):
    homes = [r for r in built_records(card) if r.metadata.family == "residence"]
    assert homes and not check_vessel_home(homes[0], card.fields), homes[0].answer


def test_the_audit_flags_living_in_the_vessel():
    card = _CARDS[0]
    record = next(r for r in built_records(card) if r.metadata.family == "residence")
    lived = record.model_copy(update={"answer": "I've been living in Kepler Gate."})
    assert check_vessel_home(lived, card.fields)
