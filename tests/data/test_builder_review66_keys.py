"""Review 66, keys and negatives: two named pets are both keys and both named; a joined list item
("雷と納豆", "A랑 B") answers by either half, never cut inside a word (아리랑) nor by a bare verb noun
(부르기); everyday short forms (三月三, 若草, 味噌煮込み, 메밀 반죽, 국숫집 / 국수 장사, 修风琴 where the card
writes it); a town inside a region of another country (NZ) is the key, its wrong towns are of that
country; no wrong skill inside the character's trade (요리 for a noodle-shop owner); values once
dropped (spaced addresses, food pairs, a quoted troupe before a job). Cards invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.builder.decoys import shares_trade_word
from raiden_r1.data.builder.pairs import pair_halves
from raiden_r1.data.builder.phrases import join_terms
from built_records import alternatives, by_family, field_keys, gold_accuracy, profile


@pytest.mark.parametrize(("lang", "fields", "names"), [
    ("zh", {"姓名": "周小满", "宠物": "两只狗，“馒头”和“花卷”"}, ["馒头", "花卷"]),
    ("ja", {"名前": "佐藤 まき", "ペット": "猫の「きなこ」と「もち」"}, ["きなこ", "もち"]),
    ("en", {"Name": "Ned Hale", "Pets": "a collie named Rusty and a terrier named Pip"}, ["Rusty", "Pip"]),
    ("ko", {"이름": "김순자", "반려동물": "'복실이'와 '점박이'"}, ["복실이", "점박이"]),
])
def test_every_named_pet_is_a_key_and_the_gold_names_them_all(lang, fields, names):
    r = by_family(profile(next(iter(fields.values())), lang, **fields))["pets"]
    assert set(names) <= set(alternatives(r))
    assert all(n in r.answer for n in names)


@pytest.mark.parametrize(("term", "halves"), [("雷と納豆", ["雷", "納豆"]), ("蛇と蜘蛛", ["蛇", "蜘蛛"]),
                                               ("떡볶이랑 순대", ["떡볶이", "순대"])])
def test_a_joined_pair_splits_even_with_a_one_kanji_half(term, halves):
    assert pair_halves(term, food=False) == halves


@pytest.mark.parametrize("term", ["정선아리랑 부르기", "친구와 놀기", "人と話すこと"])
def test_no_split_inside_a_word_or_off_a_verb_noun(term):
    assert pair_halves(term, food=False) == []


def test_korean_lists_join_their_last_item_with_gwa_wa():
    assert join_terms(["정선아리랑 부르기", "화투"], "ko") == "정선아리랑 부르기와 화투"
    assert join_terms(["떡볶이", "순대", "김밥"], "ko") == "떡볶이, 순대와 김밥"


@pytest.mark.parametrize(("field", "value", "short"), [
    ("生日", "农历五月初五", "五月五"), ("好物", "味噌煮込みうどん", "味噌煮込み"),
])
def test_everyday_short_forms_are_keys(field, value, short):
    lang = "ja" if field == "好物" else "zh"
    r = next(r for r in by_family(profile("甲", lang, 名前="山本 甲", **{field: value})).values() if short[:2] in r.answer)
    assert short in alternatives(r)


def test_a_korean_shop_keeper_is_keyed_by_the_shop_and_the_trade():
    r = by_family(profile("박말순", "ko", 이름="박말순", 직업="만둣집 주인"))["occupation"]
    assert {"만둣집", "만두 장사"} <= set(alternatives(r))
    assert gold_accuracy(r, "시장에서 만둣집을 해요.") == 1.0


def test_a_korean_compound_dish_skill_is_said_by_its_ingredient():
    r = by_family(profile("최영자", "ko", 이름="최영자", 특기="감자떡 빚기"))["skills"]
    assert "감자 빚기" in alternatives(r)


def test_the_cards_own_other_wording_of_a_skill_is_a_key():
    card = profile("陈小梅", "zh", 姓名="陈小梅", 职业="裁缝（兼补旧衣裳）", 擅长="量体裁衣，补破旧衣裳")
    r = by_family(card)["skills"]
    assert "补旧衣裳" in alternatives(r)


def test_a_new_zealand_town_is_the_key_and_its_wrong_towns_are_new_zealand_ones():
    card = profile("Aroha Ngata", "en", Name="Aroha Ngata", Hometown="Ruatoria, Gisborne",
                   Family="cousin Tama Ngata, a builder in Hamilton")
    r = by_family(card)["hometown"]
    assert alternatives(r) == ["Ruatoria"]
    assert not {"Calgary", "Ottawa", "Toronto", "Halifax", "Hamilton"} & set(r.negative_keywords)


@pytest.mark.parametrize(("term", "job"), [("요리", "국숫집 주인"), ("做饭", "面馆老板"), ("料理", "洋食屋のコック"),
                                           ("cooking", "tavern keeper"), ("sewing", "tailor")])
def test_work_of_the_characters_own_trade_is_no_wrong_answer(term, job):
    assert shares_trade_word(term, job)


@pytest.mark.parametrize(("lang", "fields", "key"), [
    ("ja", {"名前": "加藤 一郎", "出身": "京都府京都市 西陣"}, "西陣"),
    ("ko", {"이름": "이말자", "고향": "전라남도 보성군 벌교읍 장좌리"}, "장좌리"),
])
def test_a_spaced_address_is_keyed_by_the_place_inside_it(lang, fields, key):
    r = by_family(profile(next(iter(fields.values())), lang, **fields))["hometown"]
    assert key in alternatives(r)


def test_a_joined_food_pair_is_no_longer_dropped():
    r = by_family(profile("한순이", "ko", 이름="한순이", **{"좋아하는 음식": "감자옹심이와 수수부꾸미"}))["food"]
    assert {"감자옹심이", "수수부꾸미"} <= set(alternatives(r))


def test_a_quoted_troupe_before_a_job_leaves_the_job_and_its_role():
    assert {"头牌青衣", "青衣"} <= set(field_keys("职业", "“庆和班”京剧戏班的头牌青衣"))
