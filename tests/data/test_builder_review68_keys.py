"""Keys and facts from the 68th review (six unseen cards): a key kept as the card's whole phrase has
the head word people say beside it, in each language; a suburb's side is left out of its name; a
Korean district whose core is an everyday word is no key by that core; the card's third-person
form is no key; a pet field that denies a pet asks nothing; an English list item too long to key is
keyed by its head. One test per cause, on cards written for these tests."""

from __future__ import annotations

from raiden_r1.data.builder.head_words import denies_owning, head_forms
from built_records import alternatives, by_family, gold_accuracy, profile


def test_a_chinese_degree_word_before_a_trait_is_no_part_of_its_key():
    rec = by_family(profile("何小满", "zh", 姓名="何小满", 性格="爽快、嘴甜、有点粗心"))["personality"]
    assert "粗心" in alternatives(rec)
    assert gold_accuracy(rec, "我这个人比较粗心。") == 1.0


def test_a_chinese_two_character_verb_before_what_it_makes_gives_the_thing():
    rec = by_family(profile("白露", "zh", 姓名="白露", 特长="酿造桃花酒、弹琵琶"))["skills"]
    assert "桃花酒" in alternatives(rec)
    assert gold_accuracy(rec, "我最拿手的是桃花酒，自家酿的。") == 1.0


def test_a_japanese_degree_word_and_emphatic_prefix_leave_the_trait():
    rec = by_family(profile("佐伯 凛", "ja", 名前="佐伯 凛", 性格="生真面目、やや臆病、義理堅い"))["personality"]
    assert {"真面目", "臆病"} <= set(alternatives(rec))
    assert gold_accuracy(rec, "真面目で臆病なところがある。") == 1.0
    assert head_forms("生意気", "ja", "personality") == []  # 意気 is no trait of 生意気


def test_a_korean_note_form_trait_is_keyed_by_its_stem():
    rec = by_family(profile("김말순", "ko", 이름="김말순", 성격="눈물이 많음, 꼼꼼함"))["personality"]
    assert gold_accuracy(rec, "내가 눈물이 많은 편이다.") == 1.0
    assert gold_accuracy(rec, "꼼꼼한 편이지.") == 1.0


def test_a_korean_vehicle_job_with_its_kind_is_said_without_it_and_by_the_vehicle():
    rec = by_family(profile("정만수", "ko", 이름="정만수", 직업="시내버스 기사"))["occupation"]
    assert {"버스 기사", "시내버스"} <= set(alternatives(rec))
    assert gold_accuracy(rec, "버스 기사다.") == 1.0
    assert "기사" not in alternatives(rec)


def test_an_english_gerund_hobby_is_keyed_by_what_it_handles():
    rec = by_family(profile("Ada Lorne", "en", Name="Ada Lorne", Hobbies="restoring vintage typewriters, chess"))["hobbies"]
    assert {"vintage typewriters", "typewriters"} <= set(alternatives(rec))
    assert gold_accuracy(rec, "Fixing up vintage typewriters.") == 1.0
    assert head_forms("reading dabba codes", "en", "skills") == ["dabba codes"]  # never "codes" alone


def test_a_dish_named_by_whose_recipe_it_is_is_keyed_by_the_dish_and_never_in_the_third_person():
    rec = by_family(profile("Lena Sokol", "en", Name="Lena Sokol", **{"Favorite food": "her aunt's borscht"}))["food"]
    assert "borscht" in alternatives(rec)
    assert not any(a.startswith("her ") for a in alternatives(rec))
    assert gold_accuracy(rec, "Borscht. My aunt's recipe.") == 1.0


def test_a_suburb_side_after_its_name_is_left_out_and_north_carolina_stays_whole():
    rec = by_family(profile("Ravi Kulkarni", "en", Name="Ravi Kulkarni", Residence="a flat in Borivali West, Mumbai"))["residence"]
    assert "Borivali" in alternatives(rec)
    assert gold_accuracy(rec, "I live in Borivali.") == 1.0
    carolina = by_family(profile("Jo Pike", "en", Name="Jo Pike", Hometown="North Carolina"))["hometown"]
    assert "Carolina" not in alternatives(carolina)


def test_a_korean_district_whose_core_is_an_everyday_word_is_no_key_by_its_core():
    rec = by_family(profile("윤복희", "ko", 이름="윤복희", **{"사는 곳": "서울 동작구 사당동"}))["residence"]
    assert "동작" not in alternatives(rec) and "동작구" in alternatives(rec)
    assert gold_accuracy(rec, "동작이 굼떠서 집에만 있다.") == 0.0


def test_a_pet_field_that_denies_a_pet_asks_for_no_pet_name():
    for lang, name, field, value in [
            ("en", "Tom Reyes", "Pet", "none of his own, though he feeds the harbour cats"),
            ("zh", "郑大海", "宠物", "没有养宠物，但常喂楼下的流浪猫"),
            ("ja", "森 保", "ペット", "飼っていないが、近所の野良猫に餌をやる"),
            ("ko", "오상철", "반려동물", "없음. 동네 길고양이 밥만 챙긴다")]:
        assert denies_owning(value, lang), value
        card = profile(name, lang, **{{"en": "Name", "zh": "姓名", "ja": "名前", "ko": "이름"}[lang]: name, field: value})
        assert "pets" not in by_family(card)
    assert not denies_owning("a tabby cat named Nora", "en") and not denies_owning("一只叫“汤圆”的仓鼠", "zh")


def test_an_english_list_item_too_long_to_key_is_keyed_by_its_head():
    card = profile("Joe Dias", "en", Name="Joe Dias", Hobbies="fishing, Saturday evening football at the beach",
                   Dislikes="traffic jams, people who cut the queue")
    recs = by_family(card)
    assert "football" in alternatives(recs["hobbies"]) and "Saturday evening football" in recs["hobbies"].answer
    assert gold_accuracy(recs["hobbies"], "Fishing, and football on Saturdays.") == 1.0
    assert "cut the queue" in alternatives(recs["dislikes"])


def test_a_korean_list_item_too_long_to_key_is_keyed_by_what_people_say_of_it():
    card = profile("조말자", "ko", 이름="조말자", 취미="등산, 한화 이글스 야구 직관",
                   **{"싫어하는 것": "새치기 하는 사람, 눈 오는 날 고속도로 정체"})
    recs = by_family(card)
    assert {"야구 직관", "야구"} <= set(alternatives(recs["hobbies"]))
    assert gold_accuracy(recs["hobbies"], "야구 보러 가는 거지.") == 1.0
    assert {"새치기", "고속도로 정체"} <= set(alternatives(recs["dislikes"]))
