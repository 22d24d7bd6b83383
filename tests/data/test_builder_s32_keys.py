"""Session 32: keys too narrow or wrong, as kinds (cards invented here): a landmark's own name
("광안리" of 광안리해수욕장), a master written with his house's office (the name alone and, for the
one master, the office alone answer), a Korean item ending in a verb noun (its object is the key,
never a drop), a pupil's wrong schools (schools of the pupil's level, none the card names), and no
gender read from a name particle (bin/binti)."""

from __future__ import annotations

import pytest

from built_records import alternatives, built_records, by_family, field_keys, gold_accuracy, profile


@pytest.mark.parametrize("field, value, name", [
    ("사는 곳", "송도해수욕장 앞 원룸", "송도"), ("사는 곳", "해운대 해수욕장 근처 오피스텔", "해운대"),
    ("고향", "부산 자갈치시장 근처", "자갈치"), ("居住地", "湘南海岸の近く", "湘南"), ("居住地", "北京市朝阳公园附近", "朝阳"),
])
def test_a_landmark_is_keyed_by_its_own_name(field, value, name):
    assert name in field_keys(field, value)


def test_a_landmark_kind_alone_is_no_key():
    keys = field_keys("사는 곳", "부산 송도 해수욕장 근처")
    assert "송도" in keys and "해수욕장" not in keys, keys


@pytest.mark.parametrize("language, fields, label, answers", [
    ("zh", dict(姓名="沈霜", 人物关系="师父-青城剑派掌门柳云舟（隐居）；师兄-陆远"), "relation:师父",
     ["家师柳云舟。", "我师父是青城剑派掌门。"]),
    ("ja", dict(名前="鷲尾すみ", 師匠="白鷺流道場師範の今井玄斎"), "relation:師匠", ["師匠は今井玄斎です。"]),
    ("ko", dict(이름="강하늘", 인물관계="스승 - 청운파 장문인 남궁혁"), "relation:스승", ["스승님은 남궁혁이에요."]),
])
def test_a_master_with_an_office_is_answered_by_name(language, fields, label, answers):
    record = by_family(profile(next(iter(fields.values())), language, **fields))[label]
    assert all(gold_accuracy(record, a) == 1.0 for a in answers), (record.keywords, answers)


def test_a_bare_title_is_never_the_masters_key():
    record = by_family(profile("ルル", "ja", 名前="ルル", 師匠="大魔導士エルヴィラ"))["relation:師匠"]
    assert "大魔導士" not in alternatives(record), record.keywords


def test_two_masters_of_one_house_are_not_keyed_by_the_office():
    card = profile("沈霜", "zh", 姓名="沈霜", 人物关系="师父-青城剑派掌门柳云舟；师叔-青城剑派掌门柳云舟之弟柳云帆")
    record = by_family(card)["relation:师父"]
    assert "青城剑派掌门" not in alternatives(record) or gold_accuracy(record, "青城剑派掌门。") < 1.0


@pytest.mark.parametrize("field, value, key", [
    ("꿈", "은퇴하고 강릉에서 작은 게스트하우스 하기", "작은 게스트하우스"), ("특기", "밤하늘 별자리 읽기, 뜨개질", "밤하늘 별자리"),
    ("꿈", "세계 일주하기", "세계 일주"),
])
def test_a_korean_item_ending_in_a_verb_noun_is_keyed_by_its_object(field, value, key):
    assert key in field_keys(field, value)


def test_a_korean_dream_with_a_clause_before_it_is_asked_not_dropped():
    record = by_family(profile("최민지", "ko", 이름="최민지", 나이="45세", 꿈="은퇴하고 강릉에서 작은 게스트하우스 하기"))["dream"]
    assert gold_accuracy(record, "강릉에서 작은 게스트하우스 하는 거예요.") == 1.0


def test_an_adverb_before_the_verb_noun_gives_no_key():
    assert field_keys("특기", "골목길 지도 없이 찾기") == []


@pytest.mark.parametrize("language, fields, stated", [
    ("zh", dict(姓名="林小雨", 年龄="9岁", 学校="实验小学", 经历="一年级在育才小学读书，后来转学"), "育才小学"),
    ("en", dict(Name="Amy Hart", Age="10", School="Riverside Primary School"), ""),
    ("ko", dict(이름="김하나", 나이="10살", 학교="해운초등학교", 배경="새싹초등학교에 다니다가 전학"), "새싹초등학교"),
    ("ja", dict(名前="佐藤ゆい", 年齢="10歳", 学校="緑小学校"), ""),
])
def test_a_pupils_wrong_schools_are_other_primary_schools_the_card_never_names(language, fields, stated):
    record = by_family(profile(next(iter(fields.values())), language, **fields))["school"]
    negatives = record.negative_keywords
    assert negatives and all(any(w in n for w in ("小学", "Primary", "초등학교", "小学校")) for n in negatives), negatives
    assert not stated or stated not in negatives


@pytest.mark.parametrize("name", ["Nurul Aisyah binti Rahman", "Ahmad bin Yusof", "Kavitha d/o Rajan", "Ramesh s/o Krishnan"])
def test_no_gender_is_read_from_a_name_particle(name):
    from raiden_r1.data.builder.decoys import card_gender

    card = profile(name, "en", Name=name, Age="29", Occupation="nurse")
    assert card_gender(dict(card.fields)) is None
    assert not any(r.metadata.family == "gender" for r in built_records(card))
