"""A home written as a dwelling and where it stands is keyed by the place and the dwelling too
(session 33, review 71: "甲賀との境にある山小屋に住んでおる" refused for 甲賀との境の山小屋); the dwelling
alone only where the card names no other of its kind. Cards invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.audit.checks_homes import check_dwelling_keys
from raiden_r1.data.builder.dwelling_keys import dwelling_keys
from built_records import alternatives, built_records, profile


@pytest.mark.parametrize("value, lang, expected", [
    ("比良山との境の炭焼き小屋", "ja", ["比良山"]),
    ("终南山脚下的茅屋", "zh", ["终南山"]),
    ("한라산 자락의 오두막", "ko", ["한라산"]),
    ("the cabin on the ridge above Lake Wenham", "en", ["Lake Wenham"]),
])
def test_a_dwelling_is_keyed_by_its_place_never_its_bare_kind(value, lang, expected):
    # (session 33, review 73: a bare 屋敷 paid "大内裏のそばの屋敷", anyone's mansion)
    assert dwelling_keys(value, lang) == expected


@pytest.mark.parametrize("value, lang", [("京都のマンション", "ja"), ("上海的房子", "zh"), ("서울 아파트", "ko"), ("a flat in Leeds", "en")])
def test_a_home_of_no_dwelling_kind_gets_no_such_keys(value, lang):
    assert dwelling_keys(value, lang) == []


def _home(card):
    return next(r for r in built_records(card) if r.metadata.family == "residence")


def test_a_card_home_takes_the_place_not_the_bare_dwelling():
    card = profile("山吹 弥助", "ja", 名前="山吹 弥助", 住まい="比良山との境の炭焼き小屋", 趣味="釣り")
    alts = set(alternatives(_home(card)))
    assert "比良山" in alts and "炭焼き小屋" not in alts


def test_the_dwelling_alone_is_no_key_where_the_card_has_another():
    card = profile("Tom Avery", "en", Name="Tom Avery", Residence="the cabin on the ridge above Lake Wenham",
                   Hometown="a cabin near Fort Ellis", Hobbies="fishing")
    alts = alternatives(_home(card))
    assert "Lake Wenham" in alts and "cabin" not in alts


def test_the_audit_flags_a_dwelling_keyed_whole():
    card = profile("山吹 弥助", "ja", 名前="山吹 弥助", 住まい="比良山との境の炭焼き小屋", 趣味="釣り")
    record = _home(card)
    assert not check_dwelling_keys(record, card.fields)
    assert check_dwelling_keys(record.model_copy(update={"keywords": ["比良山との境の炭焼き小屋"]}), card.fields)


def test_the_audit_flags_a_bare_dwelling_kind_key():
    card = profile("山吹 弥助", "ja", 名前="山吹 弥助", 住まい="比良山との境の炭焼き小屋", 趣味="釣り")
    record = _home(card)
    bare = record.model_copy(update={"keywords": [["比良山との境の炭焼き小屋", "炭焼き小屋", "比良山"]]})
    assert any("kind of dwelling" in p for p in check_dwelling_keys(bare, card.fields))
