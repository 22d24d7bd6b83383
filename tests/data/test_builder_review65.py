"""Keys and golds from the 65th review (six unseen cards): a measure in an old unit with its modern
equivalent in brackets (Korean 척/촌, 관; English stone in words), a relation's person written after
what (s)he keeps ("이웃 빵집 주인 …"), a rank kept with its job, a duty no second job, a dish's side,
a spot of an address, the bracketed kind of a pastime, a colour's head word, a holiday birthday; and
the audit checks that flag each. One test per cause, on cards written for these tests."""

from __future__ import annotations

from raiden_r1.data.audit.checks_heads import check_head_keys, check_keeper_keys, check_missing_forms
from raiden_r1.data.audit.checks_measures import check_measure_units
from raiden_r1.data.builder.alternatives import bracketed_specifics
from raiden_r1.data.builder.dates import date_keys, holiday_names
from raiden_r1.data.builder.equivalents import colour_forms
from raiden_r1.data.builder.measures import measure_items, unread_notation
from raiden_r1.data.builder.pairs import pair_halves
from raiden_r1.data.profiles_relations import parse_relationships
from raiden_r1.data.schema import Record
from built_records import alternatives, by_family, gold_accuracy, profile

_GRANNY = profile("오말례", "ko", 이름="오말례", 키="5척 1촌(약 155센티)", 몸무게="열세 관(약 49킬로)", 시대="1958년",
                  거주지="목포 온금동 시장 골목", 인간관계="아들 오기철; 이웃 떡방앗간 주인 박씨 아주머니")
_CLERK = profile("韩德顺", "zh", 姓名="韩德顺", 职业="蔚泰厚票号三掌柜，管账房和银库", 所处时代="1885年")
_POTTER = profile("Silas Penhallow", "en", Name="Silas Penhallow", Weight="nine stone six", Era="1840s Cornwall",
                  **{"Favorite food": "pilchard pie and chips", "Birthday": "the 25th of December, 1801"})
_WEAVER = profile("小松 ハル", "ja", 名前="小松 ハル", 趣味="民謡（江差追分）、花札", 誕生日="昭和二年（1927年）五月五日",
                  時代="昭和四十年（1965年）", 出身地="新潟県北蒲原郡笹岡村")


def _with(rec, **changes):
    return Record.model_validate({**rec.model_dump(), **changes})


# 1. an old unit with the modern one in brackets: both notations, never the old number in the new unit
def test_a_korean_height_in_cheok_keeps_both_notations_and_never_glues_the_number():
    rec = by_family(_GRANNY)["height"]
    assert "5척 1촌" in rec.answer and "5센티" not in rec.answer
    assert {"5척 1촌", "155센티"} <= set(alternatives(rec)) and "5" not in alternatives(rec)
    assert gold_accuracy(rec, "5척 1촌이여.") == 1.0 and gold_accuracy(rec, "155센티여.") == 1.0


def test_a_korean_weight_in_gwan_written_in_words_is_a_key():
    assert measure_items("열세 관(약 49킬로)", "weight", "ko")[0][:3] == ["열세 관", "열세관", "49킬로"]
    assert gold_accuracy(by_family(_GRANNY)["weight"], "열세 관이여.") == 1.0


def test_an_english_stone_weight_in_words_is_also_said_with_and_and_pounds():
    rec = by_family(_POTTER)["weight"]
    assert gold_accuracy(rec, "Nine stone and six pound, near enough.") == 1.0
    assert gold_accuracy(rec, "Nine stone six pounds.") == 1.0


def test_a_first_notation_in_an_unread_unit_skips_the_question():
    assert unread_notation("3 cubits (about 150 cm)", "height", "en")
    assert not unread_notation("5척 1촌(약 155센티)", "height", "ko") and not unread_notation("170cm", "height", "ko")


# 2. a relation's person after what (s)he keeps
def test_a_korean_neighbour_after_the_shop_is_the_person_not_the_shop():
    assert ("이웃", "박씨 아주머니") in parse_relationships("아들 오기철; 이웃 떡방앗간 주인 박씨 아주머니")
    assert ("친구", "강만석") in parse_relationships("친구 철물점 사장 강만석")
    assert parse_relationships("동료 철물점 일꾼") == []  # a trade and no one named: not asked


def test_a_korean_addressed_person_is_keyed_whole_never_by_the_address_alone():
    rec = by_family(_GRANNY)["relation:이웃"]
    assert "박씨 아주머니" in rec.answer and "떡방앗간" not in rec.answer
    assert "아주머니" not in alternatives(rec) and "박씨 아주머" not in alternatives(rec)
    assert gold_accuracy(rec, "박씨 아주머니여.") == 1.0


# 3. a job's rank, its duty, a dish's side, a spot of an address
def test_a_ranked_job_keeps_its_rank():
    rec = by_family(_CLERK)["occupation"]
    assert "三掌柜" in alternatives(rec) and "掌柜" not in alternatives(rec)
    assert gold_accuracy(rec, "在下是蔚泰厚的大掌柜。") == 0.0


def test_a_duty_after_the_job_is_no_second_job():
    rec = by_family(_CLERK)["occupation"]
    assert "和管" not in rec.answer and not any(a.startswith("管") for a in alternatives(rec))


def test_the_side_of_a_dish_is_no_key_alone():
    assert pair_halves("pilchard pie and chips") == ["pilchard pie"]
    assert pair_halves("红烧鱼和米饭") == ["红烧鱼"] and pair_halves("고등어구이와 쌀밥") == ["고등어구이"]
    assert pair_halves("焼き鮭とご飯") == ["焼き鮭"]
    assert gold_accuracy(by_family(_POTTER)["food"], "Fish and chips, every Friday.") == 0.0


def test_a_kind_of_spot_in_a_spaced_address_is_no_key():
    rec = by_family(_GRANNY)["residence"]
    assert "시장" not in alternatives(rec) and "골목" not in alternatives(rec) and "온금동" in alternatives(rec)
    assert gold_accuracy(rec, "광주 양동 시장 근처여.") == 0.0


# 4. keys the card's own words give
def test_the_bracketed_kind_of_a_pastime_is_a_key_but_a_note_is_not():
    assert bracketed_specifics([["民謡"]], "民謡（江差追分）、花札", "hobbies") == [["民謡", "江差追分"]]
    assert bracketed_specifics([["戏曲"]], "戏曲（尤其是越剧）", "hobbies") == [["戏曲", "越剧"]]
    assert bracketed_specifics([["등산"]], "등산(특히 지리산)", "hobbies") == [["등산", "지리산"]]
    assert bracketed_specifics([["board games"]], "board games (especially draughts)", "hobbies") == [["board games", "draughts"]]
    assert bracketed_specifics([["roast pork"]], "roast pork (with apple sauce)", "food") == [["roast pork"]]
    assert bracketed_specifics([["Biscuit"]], "Biscuit (a one-eared tabby)", "pets") == [["Biscuit"]]
    assert gold_accuracy(by_family(_WEAVER)["hobbies"], "江差追分を唄うことだね。") == 1.0


def test_a_colour_head_word_that_is_a_colour_is_said_alone():
    assert "navy" in colour_forms("navy blue", "en") and "olive" in colour_forms("olive green", "en")
    assert "sky" not in colour_forms("sky blue", "en")


def test_a_birthday_on_a_holiday_is_answered_by_its_name_as_kept_in_the_story_year():
    assert "Christmas" in holiday_names(date_keys("the 25th of December, 1801"), "en", 1845)
    assert holiday_names([["5月5日"]], "ja", 1965) == ["こどもの日"] and holiday_names([["5月5日"]], "ja", 1930) == []
    assert holiday_names([["8월 15일"]], "ko", 1970) == ["광복절"] and holiday_names([["음력 8월 15일"]], "ko", 1970) == []
    assert gold_accuracy(by_family(_POTTER)["birthday"], "Christmas Day, as it happens.") == 1.0


# 5. the audit flags each kind on a built record, and passes the builder's own
def test_the_audit_flags_an_old_unit_left_out_of_the_keys():
    rec = by_family(_GRANNY)["weight"]
    assert check_measure_units(_with(rec, keywords=["49"]), _GRANNY.fields) and not check_measure_units(rec, _GRANNY.fields)


def test_the_audit_flags_a_shop_offered_as_the_person():
    rec = by_family(_GRANNY)["relation:이웃"]
    bad = _with(rec, keywords=[["떡방앗간", "방앗간"]])
    assert check_keeper_keys(bad, _GRANNY.fields) and not check_keeper_keys(rec, _GRANNY.fields)


def test_the_audit_flags_a_rankless_job_a_duty_a_side_and_a_spot():
    job = by_family(_CLERK)["occupation"]
    assert check_head_keys(_with(job, keywords=[["蔚泰厚票号三掌柜", "掌柜"]]), _CLERK.fields)
    assert check_head_keys(_with(job, keywords=[["三掌柜", "管账房和银库"]]), _CLERK.fields)
    assert not check_head_keys(job, _CLERK.fields)
    food = by_family(_POTTER)["food"]
    assert check_head_keys(_with(food, keywords=[["pilchard pie", "chips"]]), _POTTER.fields)
    assert not check_head_keys(food, _POTTER.fields)
    home = by_family(_GRANNY)["residence"]
    assert check_head_keys(_with(home, keywords=[["온금동", "시장"]]), _GRANNY.fields)
    assert not check_head_keys(home, _GRANNY.fields)


def test_the_audit_flags_a_missing_bracketed_kind_and_holiday():
    hobby, day = by_family(_WEAVER)["hobbies"], by_family(_POTTER)["birthday"]
    assert check_missing_forms(_with(hobby, keywords=[["民謡", "花札"]]), _WEAVER.fields)
    assert not check_missing_forms(hobby, _WEAVER.fields)
    assert check_missing_forms(_with(day, keywords=["25th of December"]), _POTTER.fields)
    assert not check_missing_forms(day, _POTTER.fields)


def test_a_japanese_district_with_a_direction_is_also_said_by_its_region():
    rec = by_family(_WEAVER)["hometown"]
    assert "蒲原" in alternatives(rec) and gold_accuracy(rec, "蒲原の生まれだよ。") == 1.0
    assert check_missing_forms(_with(rec, keywords=[["北蒲原郡", "笹岡村"]]), _WEAVER.fields)
    assert not check_missing_forms(rec, _WEAVER.fields)
