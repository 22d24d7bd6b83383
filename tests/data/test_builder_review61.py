"""Keys, golds and chat material from the 61st review (six unseen cards): English places and jobs
written "X, near Y" / "X of Y", keys with a leading article, the card's own other names (a feast
day, a name's お prefix, a prefecture under its old circuit, a second pet), keys that are common
words, and words of the wrong period or place. One test per cause, on cards written for these tests."""

from __future__ import annotations

import json

from raiden_r1.data.builder.alternatives import relation_alternatives, said_alternatives
from raiden_r1.data.builder.cm import _fresh_values, material
from raiden_r1.data.builder.cm_phrases import KINDS
from raiden_r1.data.builder.dates import date_keys
from raiden_r1.data.builder.keys import pet_name_keys
from raiden_r1.text import normalize
from built_records import (
    built_records as _records, profile as _profile, by_family as _by_family,
    alternatives as _alternatives, gold_accuracy as _accuracy, field_keys as _keys)


_FERRY = _profile("Wat Haddon", "en", Name="Wat Haddon", Era="1598, London", Residence="the Red Cow inn in Deptford, near the royal dockyard",
                  Occupation="ferryman and warden of the Lambeth stairs", Birthday="Lammas Day (1 August) 1560",
                  Dislikes="bailiffs, cold pottage, the river fogs")
_MINER = _profile("Ines Okoro", "en", Name="Ines Okoro", Era="2304", Residence="Deck 4 of Mariner Spire habitat, circling Vesta",
                  Occupation="drill foreman", Dislikes="stale bread, sirens at dock closing, low ceilings")


# 1. "X, near Y" and "X of Y": a grammatical gold and the keys a person says
def test_a_place_near_a_landmark_is_said_as_the_place_with_its_town():
    rec = _by_family(_FERRY)["residence"]
    assert " in near" not in rec.answer and "Red Cow inn in Deptford" in rec.answer
    assert _accuracy(rec, "I live in Deptford, by the river.") == 1.0


def test_a_place_orbiting_another_is_said_as_the_place_never_as_the_orbit():
    rec = _by_family(_MINER)["residence"]
    assert " in circling" not in rec.answer and "Mariner Spire" in rec.answer
    assert "Mariner Spire" in _alternatives(rec)
    assert _accuracy(rec, "On Mariner Spire, out by Vesta.") == 1.0


def test_two_jobs_joined_before_of_are_each_an_answer_never_a_cut_pair():
    alts = _keys("Occupation", "ferryman and warden of the Lambeth stairs")
    assert "ferryman" in alts and "warden of the Lambeth stairs" in alts and "ferryman and warden" not in alts
    rec = _by_family(_FERRY)["occupation"]
    assert not rec.answer.rstrip(".").endswith("and warden")
    assert _accuracy(rec, "I'm a ferryman, friend.") == 1.0


# 2. no key starts with an article
def test_a_key_drops_its_leading_article():
    rec = _by_family(_FERRY)["dislikes"]
    assert not any(a.lower().startswith(("the ", "a ", "an ")) for a in _alternatives(rec))
    assert _accuracy(rec, "River fogs, and bailiffs worst of all.") == 1.0


# 3. the card's own other names
def test_a_feast_day_written_beside_its_date_is_a_key():
    assert date_keys("Candlemas Day (2 February) 1702") == [["2 February", "Candlemas Day", "Candlemas"]]
    rec = _by_family(_FERRY)["birthday"]
    assert _accuracy(rec, "I was born on Lammas.") == 1.0 and _accuracy(rec, "The first of August.") == 1.0


def test_a_date_beside_another_date_is_no_feast_name():
    assert date_keys("宣统三年八月初九（1911年9月30日）")[0][:2] in (["八月初九", "9月30日"], ["9月30日", "八月初九"])


def test_a_japanese_name_with_the_o_prefix_is_also_said_without_it():
    assert "千代" in relation_alternatives("お千代", "妹のお千代", set(), "ja")
    alts = relation_alternatives("お鶴", "母のお鶴（江戸に住む）", set(), "ja")
    assert "鶴" not in alts and "鶴でござ" in alts  # one kanji alone is a word as well
    rec = _by_family(_profile("木島 源太", "ja", 名前="木島 源太", 家族="母のお鶴（江戸に住む）"))["relation:母"]
    assert _accuracy(rec, "母は鶴でござる。") == 1.0


def test_a_prefecture_under_its_old_circuit_is_an_answer_alone():
    alts = _keys("籍贯", "江南东路苏州吴县")
    assert "苏州" in alts and "吴县" in alts


def test_every_pet_of_a_card_with_two_is_an_answer():
    assert pet_name_keys("一只橘猫，叫“馒头”；一只八哥，叫“阿福”") == [["馒头"], ["阿福"]]  # one item each: the record keys them any-of (rev66)
    rec = _by_family(_profile("赵铁柱", "zh", 姓名="赵铁柱", 宠物="一只橘猫，叫“馒头”；一只八哥，叫“阿福”"))["pets"]
    assert _accuracy(rec, "我养了只八哥，叫阿福。") == 1.0


# 4. keys that are common words
def test_a_common_noun_epithet_is_no_key_alone():
    alts = relation_alternatives("陈跛子", "师父陈跛子，已故", set(), "zh")
    assert "跛子" not in alts and "陈跛子" in alts


def test_a_boss_of_a_named_shop_is_keyed_by_the_shop_never_bare():
    alts = _keys("职业", "“李记面馆”掌柜")
    assert "掌柜" not in alts and "李记面馆" in alts
    rec = _by_family(_profile("李福", "zh", 姓名="李福", 职业="“李记面馆”掌柜"))["occupation"]
    assert "“" not in rec.answer and _accuracy(rec, "我是掌柜的。") == 0.0


def test_a_bare_plural_head_is_no_key_but_its_qualifier_is():
    alts = said_alternatives([["sirens at dock closing"]], "en")[0]
    assert "sirens" not in alts and "dock closing" in alts


def test_a_pet_named_by_a_common_word_is_not_asked():
    assert pet_name_keys("진돗개 '하늘'") == []
    assert "pets" not in _by_family(_profile("박철수", "ko", 이름="박철수", 반려동물="진돗개 '하늘'"))


# 5. the world
def test_a_character_is_never_told_of_her_own_home_as_news():
    # the pool's "Europa Base" is the card's "orbiting Europa" without the kind written into it
    norm = normalize("Residence: a bunk orbiting Europa")
    assert "Europa Base" not in _fresh_values(("Europa Base", "Titan Dock"), norm, [])
    assert "Titan Dock" in _fresh_values(("Europa Base", "Titan Dock"), norm, [])


def test_an_elizabethan_card_hears_no_modern_colour_names_nor_a_harbour_in_southwark():
    card = _profile("Kit Marlow", "en", Name="Kit Marlow", Era="1590, Elizabethan London", Residence="Bankside, Southwark")
    chats = json.dumps([r.model_dump() for r in _records(card, cm=30)]).lower()
    assert "teal" not in chats and "burgundy" not in chats and "harbour" not in chats


def test_a_card_of_the_1980s_hears_no_roommate_nor_team_leader():
    turns = json.dumps([material("ko", kind, "recent")[0] for kind in KINDS], ensure_ascii=False)
    assert "룸메이트" not in turns and "팀장" not in turns
