"""The audit checks added after review 62 flag what the reviewer found (on records of cards written
for these tests, spoiled the way the old builder spoiled them), and pass the fixed build."""

from __future__ import annotations

from raiden_r1.data.audit.checks_measures import MEASURE_CHECKS
from built_records import built_records as _records, by_family as _by_family, profile as _profile

_EN = _profile("Clem Abbott", "en", Name="Clem Abbott", Weight="212 lbs", Height="5 pieds 4 pouces (about 173 cm)",
               Relationships="rival Irish Molly, who runs the laundry; late husband Amos Abbott")
_JA = _profile("大森 トメ", "ja", 名前="大森 トメ", 体重="十三貫（約49キロ）", 誕生日="大正五年（1916年）四月八日",
               ペット="ミケという三毛猫", 話し方="一人称は「わし」", 家族="夫の大森 作次（漁師）；長男の大森 清（三十歳）")
_ZH = _profile("梁玉芬", "zh", 姓名="梁玉芬", 体重="60公斤", 宠物="一只黑狗叫“煤球”")
_KO = _profile("김말순", "ko", 이름="김말순", 반려동물="초코라는 푸들", 몸무게="45kg")


def test_the_fixed_build_passes_the_new_checks():
    for card in (_EN, _JA, _ZH, _KO):
        for r in _records(card, cm=4):
            for name, check in MEASURE_CHECKS.items():
                assert check(r, card.fields) == [], (name, r.question, r.answer, r.keywords)


def test_a_gold_in_another_unit_than_the_card_fails_measure_units():
    rec = _by_family(_EN)["weight"]
    assert MEASURE_CHECKS["measure_units"](rec.model_copy(update={"answer": "I weigh 212 kg."}), _EN.fields)
    height = _by_family(_EN)["height"]
    spoiled = height.model_copy(update={"answer": "I'm 5 cm tall.", "keywords": ["5"]})
    assert MEASURE_CHECKS["measure_units"](spoiled, _EN.fields)


def test_a_zh_weight_said_in_jin_passes_measure_units():
    rec = _by_family(_ZH)["weight"]
    assert MEASURE_CHECKS["measure_units"](rec.model_copy(update={"answer": "我体重一百二十斤，也就是120斤。"}), _ZH.fields) == []


def test_a_card_notation_missing_from_the_keys_fails_measure_units():
    rec = _by_family(_JA)["weight"]
    assert MEASURE_CHECKS["measure_units"](rec.model_copy(update={"keywords": ["49"]}), _JA.fields)


def test_a_family_name_shared_with_relatives_fails_shared_surname():
    rec = _by_family(_JA)["name"]
    assert MEASURE_CHECKS["shared_surname"](rec.model_copy(update={"keywords": [["大森 トメ", "トメ", "大森"]]}), _JA.fields)
    en = _by_family(_EN)["name"]
    assert MEASURE_CHECKS["shared_surname"](en.model_copy(update={"keywords": [["Clem Abbott", "Abbott"]]}), _EN.fields)


def test_a_nationality_key_fails_epithet_keys():
    rec = _by_family(_EN)["relation:rival"]
    assert MEASURE_CHECKS["epithet_keys"](rec.model_copy(update={"keywords": [["Irish Molly", "Irish"]]}), _EN.fields)


def test_a_year_beside_a_day_fails_year_for_day():
    rec = _by_family(_JA)["birthday"]
    assert MEASURE_CHECKS["year_for_day"](rec.model_copy(update={"keywords": [["四月八日", "1916年"]]}), _JA.fields)


def test_a_pasted_pet_phrase_or_a_pet_name_given_to_the_speaker_fails_pet_keys():
    ko = _by_family(_KO)["pets"]
    assert MEASURE_CHECKS["pet_keys"](ko.model_copy(update={"keywords": [["초코라는 푸들"]]}), _KO.fields)
    ja = _by_family(_JA)["pets"]
    assert MEASURE_CHECKS["pet_keys"](ja.model_copy(update={"answer": "わし、ミケという名前です。"}), _JA.fields)
