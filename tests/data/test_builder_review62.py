"""Keys and golds from the 62nd review (six unseen cards): a height or weight in the card's own
unit (pounds, pieds, 尺寸, 貫, 斤) and both of its notations, the card's other alternatives (a
date of another calendar, a second pet, a second nickname, a nickname's core, an address's
units), keys too broad (a year for a day, a numbered name's first word, a nationality, a family
name the relatives share) and golds in the wrong words (a pet's name given to the speaker, a
lunar birthday without 음력). One test per cause, on cards written for these tests."""

from __future__ import annotations

from raiden_r1.data.builder.dates import date_keys
from raiden_r1.data.builder.keys import pet_name_keys
from raiden_r1.data.builder.measures import measure_items
from raiden_r1.data.audit.checks_measures import check_pet_keys
from built_records import (
    profile as _profile, by_family as _by_family, alternatives as _alternatives, gold_accuracy as _accuracy,
    field_keys as _keys)

_DROVER = _profile("Clem Abbott", "en", Name="Clem Abbott", Era="1885, Queensland", Weight="212 lbs",
                   Height="5 pieds 4 pouces (about 173 cm)", Nickname="Red Clem, the Terror of the Diamantina",
                   Birthday="2 April 1770 (she now writes it 13 Germinal)",
                   Residence="a shack on Lot No. 9 Gold Gulch, Dawson",
                   Relationships="rival Irish Molly, who runs the laundry; partner Jock Reid, a drover")
_OBAA = _profile("大森 トメ", "ja", 名前="大森 トメ", 身長="五尺二寸（約158センチ）", 体重="十三貫（約49キロ）",
                 誕生日="大正五年（1916年）四月八日", あだ名="港のトメばあ、浜のおかみ", 出身地="長野県北安曇郡白馬村",
                 ペット="ミケという三毛猫", 話し方="一人称は「わし」",
                 家族="夫の大森 作次（漁師）；長男の大森 清（三十歳）")
_COOK = _profile("梁玉芬", "zh", 姓名="梁玉芬", 体重="60公斤", 身高="1米72", 宠物="一只黑狗叫“煤球”，一只白兔叫“汤圆”",
                 居住地="苏州府吴县的桃花坞，自家裱画铺楼上", 出生日期="光绪二十年（1894年）三月初三")
_DIVER = _profile("김말순", "ko", 이름="김말순", 생일="음력 1932년 7월 7일", 반려동물="초코라는 푸들", 별명="부두 말순이, 물개 할망")


# 1. a measure in the card's own unit, in both of its notations
def test_a_weight_in_pounds_is_said_in_pounds_never_in_kilograms():
    rec = _by_family(_DROVER)["weight"]
    assert "212 pounds" in rec.answer and "kg" not in rec.answer
    assert _accuracy(rec, "Two hundred and twelve pounds, mate.") == 1.0
    assert _accuracy(rec, "I weigh 212 kg.") == 0.0


def test_a_height_in_old_french_units_keeps_both_notations():
    rec = _by_family(_DROVER)["height"]
    assert "5 pieds 4 pouces" in rec.answer and "5 cm" not in rec.answer
    assert {"5 pieds 4 pouces", "173 cm"} <= set(_alternatives(rec)) and "5" not in _alternatives(rec)
    assert _accuracy(rec, "About 173 cm.") == 1.0


def test_a_japanese_old_unit_is_a_key_beside_its_metric_notation():
    height, weight = _by_family(_OBAA)["height"], _by_family(_OBAA)["weight"]
    assert "五尺二寸" in height.answer and "十三貫" in weight.answer
    assert _accuracy(height, "五尺二寸じゃ。") == 1.0 and _accuracy(height, "158センチじゃ。") == 1.0
    assert _accuracy(weight, "十三貫じゃ。") == 1.0 and _accuracy(weight, "49キロじゃ。") == 1.0


def test_a_weight_in_gongjin_is_also_said_in_jin():
    assert measure_items("60公斤", "weight", "zh")[0] == ["60公斤", "60", "120斤", "一百二十斤"]
    rec = _by_family(_COOK)["weight"]
    assert _accuracy(rec, "一百二十斤。") == 1.0 and _accuracy(rec, "120斤吧。") == 1.0
    assert _accuracy(rec, "60斤。") == 0.0


def test_a_cjk_weight_in_latin_kilograms_is_said_in_the_language():
    assert measure_items("48kg", "weight", "ko")[0][:2] == ["48킬로", "48kg"]
    assert measure_items("45kg", "weight", "ja")[0][:2] == ["45キロ", "45kg"]
    rec = _by_family(_profile("김말순", "ko", 이름="김말순", 몸무게="51kg"))["weight"]
    assert "51kg" not in rec.answer and "51킬로" in rec.answer and _accuracy(rec, "51kg이우다.") == 1.0


def test_a_height_written_as_said_in_chinese_is_read():
    rec = _by_family(_COOK)["height"]
    assert "一米七二" in rec.answer and _accuracy(rec, "172厘米。") == 1.0


def test_a_stone_weight_is_said_in_stone():
    assert measure_items("11 st 2 lb", "weight", "en")[0][0] == "11 stone 2"


# 2. the card's own alternatives
def test_a_date_of_another_calendar_in_brackets_is_a_key():
    assert date_keys("2 April 1770 (she now writes it 13 Germinal)") == [["2 April", "13 Germinal"]]
    assert _accuracy(_by_family(_DROVER)["birthday"], "13 Germinal.") == 1.0


def test_a_year_in_brackets_is_no_answer_to_which_day():
    assert date_keys("大正五年（1916年）四月八日") == [["四月八日"]]
    assert "1894年" not in date_keys("光绪二十年（1894年）三月初三")[0]
    assert _accuracy(_by_family(_OBAA)["birthday"], "1916年の一月一日じゃ。") == 0.0


def test_two_pets_parted_by_a_comma_are_each_an_answer():
    assert pet_name_keys("一只黑狗叫“煤球”，一只白兔叫“汤圆”") == [["煤球"], ["汤圆"]]  # one item each: the record keys them any-of (rev66)
    assert pet_name_keys("a dog named Rex, a cat named Tibbs") == [["Rex"], ["Tibbs"]]  # one item each, keyed any-of (rev66)
    assert pet_name_keys("바둑이라는 강아지와 나비라는 고양이") == [["바둑이"], ["나비"]]  # one item each, keyed any-of (rev66)
    assert pet_name_keys("Salt and Pepper") == [["Salt and Pepper"]]  # one cat's name
    assert _accuracy(_by_family(_COOK)["pets"], "我还养了只白兔，叫汤圆。") == 1.0


def test_a_pet_written_with_its_kind_is_keyed_by_its_name():
    assert pet_name_keys("초코라는 푸들") == [["초코"]] and pet_name_keys("ミケという三毛猫") == [["ミケ"]]
    rec = _by_family(_DIVER)["pets"]
    assert "라는" not in rec.answer and _accuracy(rec, "초코우다.") == 1.0


def test_a_second_nickname_with_an_article_is_a_key():
    assert _keys("Nickname", "Red Clem, the Terror of the Diamantina") == ["Red Clem", "Terror of the Diamantina"]


def test_a_nickname_made_of_the_own_name_is_also_said_without_its_modifier():
    assert "トメばあ" in _alternatives(_by_family(_OBAA)["nickname"])
    assert "말순이" in _alternatives(_by_family(_DIVER)["nickname"])


def test_an_address_of_units_and_a_lane_keys_each_of_them():
    alts = _keys("居住地", "苏州府吴县的桃花坞，自家裱画铺楼上")
    assert {"苏州府", "吴县", "桃花坞"} <= set(alts)
    assert "四合院" not in _keys("居住地", "北京市的四合院")  # a kind of house, no lane's name
    rec = _by_family(_COOK)["residence"]
    assert "桃花坞" in rec.answer and _accuracy(rec, "住在吴县桃花坞。") == 1.0


def test_a_japanese_district_is_a_unit_of_the_address():
    assert {"北安曇郡", "北安曇", "白馬村"} <= set(_keys("出身地", "長野県北安曇郡白馬村"))


# 3. keys too broad
def test_a_numbered_name_gives_no_first_word_key():
    assert "Lot" not in _keys("Residence", "a shack on Lot No. 9 Gold Gulch, Dawson")


def test_a_nationality_before_a_name_is_no_key_nor_name():
    rec = _by_family(_DROVER)["relation:rival"]
    assert "Irish" not in _alternatives(rec)
    assert _accuracy(rec, "Some Irish lad from the pub.") == 0.0


def test_a_family_name_the_relatives_share_is_no_answer_to_the_own_name():
    rec = _by_family(_OBAA)["name"]
    assert "大森" not in _alternatives(rec) and "トメ" in _alternatives(rec)
    assert _accuracy(rec, "大森 清じゃ。") == 0.0


# 4. golds in the right words
def test_a_japanese_pet_gold_never_gives_the_name_to_the_speaker():
    rec = _by_family(_OBAA)["pets"]
    assert check_pet_keys(rec, _OBAA.fields) == [], rec.answer


def test_a_lunar_birthday_with_its_year_keeps_its_marker_in_the_gold():
    assert date_keys("음력 1932년 7월 7일") == [["음력 7월 7일", "7월 7일"]]
    assert "음력 7월 7일" in _by_family(_DIVER)["birthday"].answer
