"""Session 36 (review 77): a sentence about the character after a field's value is no part of it;
a pet's name beats the song it whistles; a Korean pair joined by 이랑 is cut before the 이; a skill's
verb (通晓) is no part of its key; a card's "曹氏，名曹十娘" keys the name; a bare kind of dish or a
cooking method is no key beside the card's dish, while a pair's first dish gives its head word.
Cards invented here."""

from __future__ import annotations

from raiden_r1.data.builder.alternatives import relation_alternatives
from raiden_r1.data.builder.head_words import head_forms
from raiden_r1.data.builder.pairs import pair_halves, without_generic_dishes
from raiden_r1.data.builder.pet_keys import pet_name_keys
from raiden_r1.data.builder.possessive_heads import possessive_forms
from raiden_r1.data.builder.terms import strip_lead
from raiden_r1.data.profiles import profile_from_fields
from raiden_r1.data.profiles_spill import spill_prose

from built_records import alternatives, built_records, by_family, profile


def test_an_en_sentence_after_the_food_goes_to_the_description():
    card = profile_from_fields("Tom Reed", {"Description": "A farm boy.",
                                            "Favourite food": "his nan's stew and scones. He hates the mud, geese and the bailiff."})
    assert card.fields["Favourite food"] == "his nan's stew and scones"
    assert "He hates the mud" in card.fields["Description"]


def test_a_zh_sentence_after_the_food_goes_to_the_description():
    fields = spill_prose({"简介": "农家子弟。", "喜欢的食物": "烧饼和豆浆。他讨厌下雨天和恶狗。"})
    assert fields["喜欢的食物"] == "烧饼和豆浆" and "他讨厌下雨天" in fields["简介"]


def test_a_ja_sentence_after_the_food_goes_to_the_description():
    fields = spill_prose({"紹介": "漁師の娘。", "好きな食べ物": "鯛めし。彼女は雷が苦手だ。"})
    assert fields["好きな食べ物"] == "鯛めし" and "彼女は雷" in fields["紹介"]


def test_a_ko_sentence_after_the_food_goes_to_the_description():
    fields = spill_prose({"소개": "어부의 딸.", "좋아하는 음식": "김밥. 그녀는 천둥을 싫어한다."})
    assert fields["좋아하는 음식"] == "김밥" and "그녀는 천둥" in fields["소개"]


def test_a_family_field_keeps_its_sentences_about_the_relative():
    fields = {"简介": "商人。", "人物关系": "妻子王氏。她在东市卖布。"}
    assert spill_prose(fields) == fields


def test_a_card_without_a_description_keeps_the_value_whole():
    fields = {"Favourite food": "stew. He hates mud."}
    assert spill_prose(fields) == fields


def test_the_food_record_has_no_key_from_the_dislikes_sentence():
    card = profile_from_fields("Tom Reed", {"Name": "Tom Reed", "Description": "A farm boy of twelve.", "Age": "12",
                                            "Favourite food": "his nan's stew and scones. He hates the mud, geese and the bailiff."})
    keys = alternatives(by_family(card)["food"])
    assert "scones" in keys and not {"geese", "mud", "bailiff"} & set(keys)


def test_a_pet_named_before_a_whistled_song_is_keyed_by_its_name():
    assert pet_name_keys("A budgie named Sergeant Pip, 9 years old, who whistles 'Greensleeves Forever Again'") == [["Sergeant Pip"]]


def test_a_pet_named_before_a_quote_it_knows_is_keyed_by_its_name():
    assert pet_name_keys("A mynah called Biscuit that knows 'Rule Britannia'") == [["Biscuit"]]


def test_a_quoted_pet_name_still_wins():
    assert pet_name_keys("a tabby cat, 'Mochi'") == [["Mochi"]]


def test_a_ko_pair_joined_by_irang_loses_the_i():
    assert pair_halves("김치찌개랑 밥") == [] and pair_halves("순댓국이랑 김밥") == ["순댓국", "김밥"]


def test_a_ko_noun_ending_in_i_keeps_it_before_rang():
    assert pair_halves("고양이랑 강아지", food=False) == ["고양이", "강아지"]


def test_the_ko_food_record_keys_the_bare_first_dish():
    card = profile("정다은", "ko", 이름="정다은", 나이="25살", **{"좋아하는 음식": "순댓국이랑 김밥"})
    keys = alternatives(by_family(card)["food"])
    assert "순댓국" in keys and "순댓국이" not in keys


def test_a_zh_skill_verb_is_stripped():
    assert strip_lead("通晓波斯语") == ("波斯语", True)


def test_the_zh_skill_record_keys_the_bare_language():
    card = profile("米宁", "zh", 姓名="米宁", 年龄="三十岁", 特长="通晓波斯语、突厥语，会骑马")
    keys = alternatives(by_family(card)["skills"])
    assert "波斯语" in keys and "通晓波斯语" not in keys


def test_a_zh_relative_styled_by_surname_is_keyed_by_the_given_name():
    assert relation_alternatives("王氏", "妻子王氏，名王秀英，三十岁", set(), "zh", "李")[:3] == ["王秀英", "王氏", "秀英"]


def test_a_zh_relative_styled_by_surname_alone_stays():
    assert relation_alternatives("王氏", "母亲王氏，六十岁", set(), "zh", "李") == ["王氏"]


def test_the_zh_wife_record_gold_names_her():
    card = profile("石敬", "zh", 姓名="石敬", 年龄="四十岁", 人物关系="1）妻子王氏，名王秀英，三十岁，在东市卖布")
    rec = next(r for r in built_records(card) if r.metadata.family == "relation:妻子")
    assert "王秀英" in rec.answer and {"王秀英", "王氏", "秀英"} <= set(alternatives(rec))


def test_a_generic_dish_added_beside_the_dish_is_dropped():
    assert without_generic_dishes([["pie and scones", "pie", "scones"]]) == [["pie and scones", "scones"]]


def test_a_generic_dish_that_is_the_whole_value_stays():
    assert without_generic_dishes([["soup"]]) == [["soup"]]


def test_no_cooking_method_head_for_a_ja_fish_dish():
    assert "塩焼き" not in possessive_forms("鯖の塩焼き", "ja", "food") + head_forms("鯖の塩焼き", "ja", "food")


def test_no_bare_dish_kind_of_an_en_or_ko_pair():
    assert pair_halves("pie and jellied eels") == ["jellied eels"] and pair_halves("구이랑 냉면") == ["냉면"]


def test_no_bare_dish_kind_in_the_built_food_keys():
    for card, bare in ((profile("Nell Kirk", "en", Name="Nell Kirk", Age="40", **{"Favourite food": "pie and mash with gravy"}), "pie"),
                       (profile("高橋 律", "ja", 名前="高橋 律", 年齢="四十歳", 好きな食べ物="団子と鯖の塩焼き"), "塩焼き"),
                       (profile("陈宝", "zh", 姓名="陈宝", 年龄="四十岁", 喜欢的食物="葱油饼和牛肉面"), "面")):
        assert bare not in alternatives(by_family(card)["food"])


def test_a_pairs_first_possessive_dish_gives_its_head():
    card = profile("Tom Reed", "en", Name="Tom Reed", Age="12", **{"Favourite food": "my nan's goulash and scones"})
    assert "goulash" in alternatives(by_family(card)["food"])


def test_the_narrowest_named_place_of_a_ja_address_is_a_key():
    from raiden_r1.data.builder.fields import BY_NAME
    from raiden_r1.data.builder.place_keys import place_keys
    keys = [a for alts in place_keys("長岡京・右京の七条", BY_NAME["hometown"]) for a in alts]
    assert keys[:2] == ["長岡京・右京の七条", "七条"] and "右京" in keys


def test_a_kind_of_spot_of_a_ja_address_is_no_key():
    from raiden_r1.data.builder.fields import BY_NAME
    from raiden_r1.data.builder.place_keys import place_keys
    keys = [a for alts in place_keys("大坂・船場・路地裏", BY_NAME["hometown"]) for a in alts]
    assert "船場" in keys and "路地裏" not in keys


def test_a_zh_pair_inside_a_list_becomes_two_items():
    from raiden_r1.data.builder.pairs import with_pair_halves
    assert with_pair_halves([["波斯语"], ["吐火罗语和汉话"]], food=False) == [["波斯语"], ["吐火罗语"], ["汉话"]]


def test_a_zh_pair_alone_keeps_the_whole_and_its_halves():
    from raiden_r1.data.builder.pairs import with_pair_halves
    assert with_pair_halves([["烧饼和豆浆"]]) == [["烧饼和豆浆", "烧饼", "豆浆"]]


def test_a_titled_name_after_a_role_stays_with_it():
    from raiden_r1.data.profiles_text import split_items
    assert split_items("wasps, damp socks and the bailiff, Mr. Crane") == ["wasps", "damp socks", "the bailiff, Mr. Crane"]


def test_the_role_and_the_titled_name_both_answer():
    card = profile("Tom Reed", "en", Name="Tom Reed", Age="12", Dislikes="wasps, damp socks and the bailiff, Mr. Crane")
    keys = alternatives(by_family(card)["dislikes"])
    assert {"Mr. Crane", "bailiff", "wasps"} <= set(keys) and "the bailiff" not in keys


def test_a_heian_reign_dates_the_story():
    from raiden_r1.data.builder.story_year import story_year
    assert story_year({"誕生日": "寛弘三年の五月五日", "年齢": "二十歳"}) == 1004 + 3 - 1 + 20


def test_no_tea_house_in_a_heian_or_tang_story():
    from raiden_r1.data.builder.story_year import too_new
    assert too_new("明日は茶屋に用事がある。", "ja", 1026) == ("茶屋", 1400)
    assert too_new("我明天得去一趟茶楼。", "zh", 753) == ("茶楼", 960)
    assert too_new("我明天得去一趟茶楼。", "zh", 1100) is None


def test_a_ja_fish_cooked_one_way_is_keyed_by_the_fish():
    assert possessive_forms("鯖の塩焼き", "ja", "food") == ["鯖"]


def test_a_ja_dish_kind_after_a_cook_gives_no_cook_key():
    assert "母" not in possessive_forms("母の煮物", "ja", "food")
